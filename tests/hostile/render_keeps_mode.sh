#!/usr/bin/env bash
# Attack (on the user's secrecy): an output file kept private with mode
# 600 (a report with findings, a render with personal data) would become
# world-readable if mee replaced it with a new file of mode 644 from its
# temporary file. mee gives the new content the old file's mode; a new
# file gets the mode the umask gives, as a shell's `>` would.
source "$(dirname "$0")/common.sh"
umask 022
plan=docs/plannen/pva-2026-012-riolering-dalfsen.yaml
mkdir out
echo "old report" >out/out.md
echo "old json" >out/out.json
echo "old baseline" >out/baseline.json
echo "old agenda" >out/agenda.ics
chmod 600 out/out.md out/out.json out/baseline.json
chmod 640 out/agenda.ics
snapshot

keeps() {  # keeps FILE MODE WHAT: FILE has new content and mode MODE
  [[ $(stat -c %a "$1") == "$2" ]] || fail "$3: $1 has mode $(stat -c %a "$1"), expected $2"
  ! grep -q '^old ' "$1" || fail "$3: $1 was not rewritten"
}
run 0 render --lang en --color never --to md "$plan" -o out/out.md
keeps out/out.md 600 "render -o"
grep -qF "Prinsenstraat" out/out.md || fail "out/out.md is not the report: $(head -3 out/out.md)"
run 1 check --lang en --color never docs -o json=out/out.json
keeps out/out.json 600 "check -o json="
run 0 check --lang en --color never docs --write-baseline out/baseline.json
keeps out/baseline.json 600 "check --write-baseline"
run 0 agenda --lang en --color never --format ics --from 2026-01-01 docs -o out/agenda.ics
keeps out/agenda.ics 640 "agenda -o"

# New files: 0666 less the umask.
run 0 render --lang en --color never --to md "$plan" -o out/new.md
keeps out/new.md 644 "render -o (a new file, umask 022)"
umask 077
run 1 check --lang en --color never docs -o json=out/new.json
keeps out/new.json 600 "check -o json= (a new file, umask 077)"
umask 002
run 0 indicators --lang en --color never --year 2026 docs -o out/new-indicators.md
keeps out/new-indicators.md 664 "indicators -o (a new file, umask 002)"
expect_no_temporaries .
finish
