#!/usr/bin/env bash
# Attack: a document whose id is 300 characters long (or 300 two-byte
# characters), so that `mee render DIR -o out/` would name a report file
# longer than a file system allows (255 bytes): the whole render fails
# with ENAMETOOLONG and CI publishes nothing. mee shortens the name (an
# id prefix and a hash, at most ~105 bytes), renders everything (exit 0),
# and index.md links to the shortened names. An id with slashes stays one
# file name inside out/.
source "$(dirname "$0")/common.sh"
long=$(printf 'PVA-2026-%0291d' 12)
wide=PVA-$(printf 'é%.0s' $(seq 1 296))
sed -i "s/^id: .*/id: $long/" docs/plannen/pva-2026-012-riolering-dalfsen.yaml
sed -i "s/^id: .*/id: $wide/" docs/plannen/pva-2026-009-zoekgebieden-zon-en-wind.yaml
sed -i "s|^id: .*|id: ../../../escape|" docs/plannen/pva-2026-003-dorpsvisie-oudleusen.yaml
[[ $(grep -c "^id: $long\$" docs/plannen/pva-2026-012-riolering-dalfsen.yaml) == 1 && ${#long} == 300 ]] ||
  fail "the long id was not set up"
snapshot
documents=$(ls docs/plannen/*.yaml | wc -l)

for to in md html; do
  run 0 render --lang en --color never --to "$to" docs/plannen -o out/
  ((status == 0)) || continue
  [[ -z $(find out -mindepth 2) ]] || fail "render --to $to wrote below out/: $(find out -mindepth 2 | head -3)"
  [[ $(find out -type f | wc -l) == $((documents + 1)) ]] ||
    fail "render --to $to: $(find out -type f | wc -l) files, expected $((documents + 1)): $(ls out)"
  [[ -f out/index.$to ]] || fail "render --to $to wrote no index.$to"
  while IFS= read -r name; do
    bytes=$(printf %s "$name" | LC_ALL=C wc -c)
    ((bytes <= 105)) || fail "render --to $to: a file name of $bytes bytes: $name"
    [[ $name == index.$to ]] && continue
    grep -qF -- "$name" "out/index.$to" || fail "index.$to does not link to $name"
  done < <(ls out)
  # The long ids are shortened but still recognisable.
  ls out | grep -q '^PVA-2026-0000' || fail "no report named after the long id: $(ls out)"
  rm -rf out
done
[[ ! -e escape.md && ! -e ../escape.md && ! -e escape.html ]] || fail "an id with ../ wrote outside out/"
finish
