# diep.yaml: a plan whose titel is 5,000 nested flow lists [[[ ... ]]].
{
  printf 'soort: plan\nid: PVA-2026-004\ntitel: '
  head -c 5000 /dev/zero | tr '\0' '['
  head -c 5000 /dev/zero | tr '\0' ']'
  printf '\n'
} > diep.yaml
