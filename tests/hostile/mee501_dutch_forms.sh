#!/usr/bin/env bash
# Attack: personal data hidden from MEE501 in the forms Dutch texts really
# use, or disguised: +31 (0)6 1234 5678, 06 - 12345678, 06.12.34.56.78,
# 06/12345678, (0529) 123456, a no-break or zero-width space inside a number,
# fullwidth digits, "jan.jansen [at] example.nl", "jan(at)example(dot)nl", a
# zero-width space inside an address, an IDN domain, a BSN that passes the
# 11-check, an IBAN that passes mod 97. mee now reports MEE501 (warning) at
# each text and `mee render` (without --with-personal-data) masks each as
# [telefoonnummer], [e-mailadres], [burgerservicenummer (BSN)],
# [rekeningnummer (IBAN)]; dates and times (01.02.2024 10.30, 09.00 tot
# 12.00), an IBAN failing mod 97 and a 9-digit number failing the 11-check
# stay quiet and are shown as written.
source "$(dirname "$0")/common.sh"
mkdir .git
plan=docs/plannen/pva-2026-012-riolering-dalfsen.yaml
# One text per line under opgave.aanleiding (lines 40 to 57), one in a
# communicatie text; written as YAML double-quoted strings.
python3 - "$plan" <<'PY'
import json, sys
path = sys.argv[1]
src = open(path, encoding="utf-8").read()
hits = [
    "Bel +31 (0)6 1234 5678 voor vragen.",
    "Bel 06 - 12345678 voor vragen.",
    "Bel 06.12.34.56.78 voor vragen.",
    "Bel 06/12345678 voor vragen.",
    "Bel (0529) 123456 voor vragen.",
    "Bel 06\u00a087654321 voor vragen.",            # no-break space
    "Bel 0612\u200b348765 voor vragen.",            # zero-width space
    "Bel \uff10\uff16\uff15\uff15\uff15\uff14\uff14\uff13\uff13\uff12 voor vragen.",  # fullwidth 0655544332
    "Mail jan.jansen [at] example.nl voor vragen.",
    "Mail piet(at)example(dot)nl voor vragen.",
    "Mail kees.de\u200bboer@example.nl voor vragen.",  # zero-width space
    "Mail klaas@b\u00fccher.nl voor vragen.",          # IDN domain
    "Het BSN 111222333 staat in het dossier.",         # passes the 11-check
    "Stort op NL91ABNA0417164300 de bijdrage.",        # passes mod 97
]
quiet = [
    "Bijeenkomst op 01.02.2024 10.30 in de bouwkeet.",
    "Open van 09.00 tot 12.00 in de bouwkeet.",
    "Stort op NL92ABNA0417164300 de bijdrage.",        # fails mod 97
    "Zaaknummer 111222334 in het archief.",            # fails the 11-check
]
items = "".join("    - " + json.dumps(t, ensure_ascii=False) + "\n" for t in hits + quiet)
old = "  aanleiding:\n    - Gemeentelijk Rioleringsplan 2023-2027\n"
assert old in src
src = src.replace(old, "  aanleiding:\n" + items)
old = "  terugkoppeling: Vragen uit"
assert old in src
src = src.replace(old, "  terugkoppeling: Bel de omgevingsmanager op 06-11223344. Vragen uit")
open(path, "w", encoding="utf-8").write(src)
PY
line_of() { grep -nF -- "$1" "$plan" | head -1 | cut -d: -f1; }
snapshot

run 1 check --format text --lang nl --color never --today 2026-05-10 "$plan"
for l in $(seq 40 53); do
  expect_stdout "$plan:$l:7: warning MEE501"
done
expect_stdout "$plan:$(line_of 'terugkoppeling:'):"
n=$(grep -c "warning MEE501" out.txt)
((n == 15)) || fail "expected 15 MEE501 warnings, got $n: $(grep MEE501 out.txt)"
# The kinds, in the order of the lines.
kinds=$(grep -o "MEE501 deze tekst bevat een [a-z-]*" out.txt | awk '{print $NF}' | tr '\n' ' ')
[[ $kinds == "telefoonnummer telefoonnummer telefoonnummer telefoonnummer telefoonnummer telefoonnummer telefoonnummer telefoonnummer e-mailadres e-mailadres e-mailadres e-mailadres burgerservicenummer rekeningnummer telefoonnummer " ]] ||
  fail "MEE501 kinds: $kinds"
# Quiet: dates and times, a wrong IBAN, a number failing the 11-check.
for l in $(seq 54 57); do
  if grep -q "^$plan:$l:" out.txt; then fail "a finding at line $l (a quiet text): $(grep "^$plan:$l:" out.txt)"; fi
done

originals=("1234 5678" "12345678" "06.12.34.56.78" "06/12345678" "0529" "87654321" "348765"
  "０６５５５４４３３２" "jan.jansen" "piet(at)" "example(dot)" "boer@" "klaas@" "bücher"
  "111222333" "NL91ABNA0417164300" "11223344")
for lang in nl en; do
  run 0 render --to md --lang $lang --color never --today 2026-05-10 "$plan"
  for s in "${originals[@]}"; do expect_nowhere "$s"; done
  run 0 render --to html --lang $lang --color never --today 2026-05-10 "$plan" -o out.html
  for s in "${originals[@]}"; do expect_nowhere "$s" out.html; done
  rm -f out.html
done
run 0 render --to md --lang nl --color never --today 2026-05-10 "$plan"
n=$(grep -cF 'Bel \[telefoonnummer\] voor vragen.' out.txt)
((n == 8)) || fail "expected 8 masked phone numbers, got $n"
n=$(grep -cF 'Mail \[e-mailadres\] voor vragen.' out.txt)
((n == 4)) || fail "expected 4 masked e-mail addresses, got $n"
expect_stdout 'Het BSN \[burgerservicenummer (BSN)\] staat in het dossier.'
expect_stdout 'Stort op \[rekeningnummer (IBAN)\] de bijdrage.'
expect_stdout 'Bel de omgevingsmanager op \[telefoonnummer\].'
# The quiet texts are shown as written.
expect_stdout "Bijeenkomst op 01.02.2024 10.30 in de bouwkeet."
expect_stdout "Open van 09.00 tot 12.00 in de bouwkeet."
expect_stdout "Stort op NL92ABNA0417164300 de bijdrage."
expect_stdout "Zaaknummer 111222334 in het archief."
# With --with-personal-data the texts are shown as written (so the checks
# above can fail).
run 0 render --to md --lang nl --color never --today 2026-05-10 --with-personal-data "$plan"
expect_stdout "Bel 06.12.34.56.78 voor vragen."
expect_stdout "NL91ABNA0417164300"
finish
