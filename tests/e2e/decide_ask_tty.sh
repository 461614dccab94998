#!/usr/bin/env bash
# `mee decide --ask` in a terminal (a pseudo-terminal made by util-linux's
# script): the questions go to the terminal, stdout holds only the afweging:
# block, answers are taken whatever their case and with a space for the
# hyphen, a wrong answer is asked again, and nothing is said about a plan.
set -u
mee=$(realpath "$1")
if ! command -v script >/dev/null; then
  echo "SKIPPED: script is not installed (Debian: bsdutils)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2
# ruimte: a wrong answer first, then JA; geschikt: Nee; capaciteit: te organiseren.
printf 'misschien\nJA\nAlles ligt nog open.\nNee\nTe technisch: het gaat om de riolering.\nte organiseren\nMet inhuur.\n' >answers
env -u NO_COLOR LANG=C.UTF-8 script -qec "'$mee' decide --ask --lang nl >block.yaml; echo \$? >status" /dev/null \
  <answers >terminal 2>&1
fail=0
expect() {  # WHAT EXPECTED ACTUAL
  if [[ $2 == "$3" ]]; then
    echo "ok: $1"
  else
    printf 'FAILED: %s\n--- expected\n%s\n--- got\n%s\n' "$1" "$2" "$3"
    fail=1
  fi
}
expect "exit status" 0 "$(cat status 2>/dev/null)"
expect "stdout is the afweging: block alone" "afweging:
  ruimte:
    antwoord: ja
    toelichting: Alles ligt nog open.
  geschikt:
    antwoord: nee
    toelichting: \"Te technisch: het gaat om de riolering.\"
  capaciteit:
    antwoord: te-organiseren
    toelichting: Met inhuur.
  besluitstuk:
    soort:            # bestuursopdracht | collegevoorstel | raadsvoorstel
    kenmerk:" "$(cat block.yaml)"
tr -d '\r' <terminal >terminal.txt
for text in "Is er ruimte voor inbreng, of kunnen we die maken?" "ruimte [ja/te-maken/nee]: " "Kies ja/te-maken/nee." \
  "capaciteit [ja/te-organiseren/nee]: " "Uitkomst: alleen informeren"; do
  expect "the terminal shows '$text'" shown "$(grep -qF -- "$text" terminal.txt && echo shown)"
done
expect "the terminal says nothing about a plan" "" "$(grep -i 'plan' terminal.txt)"
[[ $fail == 0 ]] || { echo "--- the terminal:"; cat terminal.txt; }
exit $fail
