# lachen.yaml: the classic "billion laughs", nine levels of nine aliases each, in a plan.
{
  printf 'soort: plan\n'
  printf 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
  prev=a
  for next in b c d e f g h i; do
    printf '%s: &%s [' "$next" "$next"
    for k in 1 2 3 4 5 6 7 8; do printf '*%s,' "$prev"; done
    printf '*%s]\n' "$prev"
    prev=$next
  done
} > lachen.yaml
