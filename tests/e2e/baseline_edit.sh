#!/usr/bin/env bash
# A baseline across edits: --write-baseline accepts today's findings; after
# lines are inserted above them (and a value moves down), --baseline still
# suppresses every one of them and the exit status is 0; a new finding is
# reported and fails the run; the summary counts what the baseline left out;
# paths in the baseline are relative to its folder, so running from another
# folder or naming the file instead of the folder gives the same result.
set -u
mee=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { env -u GITHUB_ACTIONS LANG=C.UTF-8 "$mee" check --lang en --color never --today 2026-06-01 "$@"; }
source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"

mkdir -p "$work/project/plannen"
cd "$work/project" || exit 2
: >.mee.yaml
cp "$source_dir/examples/plannen/pva-2026-017-parkeren-centrum-dalfsen.yaml" plannen/parkeren.yaml
run plannen >/dev/null
expect "the plan has findings that fail the run" 1 $?
total=$(run --format json plannen | /usr/bin/env python3 -c 'import json,sys; print(len(json.load(sys.stdin)["findings"]))')

run --write-baseline .mee-baseline.json plannen >"$work/out" 2>"$work/err"
expect "--write-baseline accepts every finding: exit status" 0 $?
expect "--write-baseline says what it wrote" "mee: baseline with $total findings written to .mee-baseline.json" "$(cat "$work/err")"
expect "--write-baseline: summary" "no findings in 1 document; $total findings suppressed by the baseline" "$(tail -1 "$work/out")"
grep -q '"path": "plannen/parkeren.yaml"' .mee-baseline.json
expect "paths in the baseline are relative to its folder" 0 $?
if grep -q '"line"' .mee-baseline.json; then echo "FAILED: the baseline holds line numbers"; fail=1; fi

# Insert lines above everything, and in the middle of the document.
{ printf '# Een nieuwe kop\n# over twee regels\n\n'; cat plannen/parkeren.yaml; } >"$work/edited"
sed 's/^opgave:/# een opmerking\nopgave:/' "$work/edited" >plannen/parkeren.yaml
if cmp -s "$work/edited" plannen/parkeren.yaml; then echo "FAILED: the edit did nothing"; fail=1; fi
run --baseline .mee-baseline.json plannen >"$work/out"
expect "after inserting lines: still suppressed, exit status" 0 $?
expect "after inserting lines: summary" "no findings in 1 document; $total findings suppressed by the baseline" "$(tail -1 "$work/out")"
run --baseline .mee-baseline.json plannen/parkeren.yaml >/dev/null
expect "naming the file instead of the folder" 0 $?
(cd plannen && run --baseline ../.mee-baseline.json . >/dev/null)
expect "running from another folder" 0 $?

# A new mistake is reported, and fails.
sed -i 's/^soort_werk:/onbekend_veld: x\nsoort_werk:/' plannen/parkeren.yaml
run --baseline .mee-baseline.json plannen >"$work/out"
expect "a new finding fails the run" 1 $?
expect "only the new finding is reported" 1 "$(grep -c '^plannen/parkeren.yaml:[0-9]*:[0-9]*: ' "$work/out")"
grep -q "error MEE005 unknown key 'onbekend_veld'" "$work/out"
expect "the new finding is the unknown key" 0 $?
run --baseline .mee-baseline.json --format json plannen >"$work/json"
expect "json summary counts the suppressed" "$total" \
  "$(/usr/bin/env python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["baselined"])' "$work/json")"

# A fixed finding leaves a stale entry, named with --verbose.
sed -i 's/^  verslaglegging: pm$/  verslaglegging: Verslagen komen op de projectpagina van de gemeente./' plannen/parkeren.yaml
run --baseline .mee-baseline.json --verbose plannen >/dev/null 2>"$work/err"
grep -q "mee: 1 baseline entry matches no finding any more (fixed?); rewrite it with --write-baseline" "$work/err"
expect "a fixed finding is a stale entry under --verbose" 0 $?

# Bad baselines stop the run with exit status 2.
run --baseline nergens.json plannen >/dev/null 2>"$work/err"
expect "a missing baseline: exit status" 2 $?
expect "a missing baseline: message" "mee: error: cannot read baseline 'nergens.json': no such file or folder" "$(cat "$work/err")"
echo '{"findings": []}' >kapot.json
run --baseline kapot.json plannen >/dev/null 2>&1
expect "not a baseline: exit status" 2 $?
run --baseline .mee-baseline.json --write-baseline x.json plannen >/dev/null 2>&1
expect "--baseline with --write-baseline is a usage error" 2 $?
run --write-baseline plannen/parkeren.yaml plannen >/dev/null 2>"$work/err"
expect "--write-baseline over a document is refused" 2 $?
exit $fail
