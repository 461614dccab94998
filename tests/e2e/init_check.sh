#!/usr/bin/env bash
# `mee init` writes templates that `mee check` reads without a MEE0xx
# finding (schema, YAML, keys), for every kind, to stdout and with -o; yet
# an untouched template fails the check (exit status 1, errors for the
# content still to be written) and an untouched plan scores 20 or less; -o
# never overwrites without --force (exit status 2, naming the file); the
# modeline points at the project's schemas/ folder; the template is the
# same for every run with the same --today.
set -u
mee=$(realpath "$1")
cases="$(dirname "$(realpath "${BASH_SOURCE[0]}")")/cases"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source "$(dirname "${BASH_SOURCE[0]}")/expect.sh"
m() { env -u GITHUB_ACTIONS LANG=C.UTF-8 "$mee" "$@"; }

cd "$work" || exit 2
: >.mee.yaml
mkdir -p schemas documenten
for kind in plan eindverslag initiatief; do m schema "$kind" >"schemas/$kind.schema.json"; done
for kind in plan eindverslag initiatief; do
  m init "$kind" --today 2026-06-01 >"documenten/$kind-stdout.yaml"
  expect "init $kind to stdout: exit status" 0 $?
  m init "$kind" --lang en --today 2026-06-01 -o "documenten/$kind.yaml" 2>"$work/err"
  expect "init $kind -o: exit status" 0 $?
  expect "init $kind -o: message" "mee: wrote documenten/$kind.yaml; fill it in and check it with: mee check documenten/$kind.yaml" "$(cat "$work/err")"
  m check --lang en --color never --today 2026-06-01 --format json "documenten/$kind.yaml" >"$work/$kind.json"
  status=$?
  if [[ $status == 2 ]]; then echo "FAILED: mee check could not judge the $kind template"; fail=1; fi
  schema_findings=$(grep -c '"code": "MEE0' "$work/$kind.json")
  expect "the $kind template has no MEE0xx finding" 0 "$schema_findings"
  [[ $schema_findings == 0 ]] || grep -A3 '"code": "MEE0' "$work/$kind.json" | head -20
  expect "the untouched $kind template fails the check" 1 "$status"
  errors=$(grep -o '"errors": [0-9]*' "$work/$kind.json" | head -1 | grep -o '[0-9]*$')
  expect "the untouched $kind template has errors" yes "$([[ ${errors:-0} -gt 0 ]] && echo yes || echo no)"
  m init "$kind" --lang en --today 2026-06-01 -o "documenten/$kind.yaml" >/dev/null 2>"$work/err"
  expect "init $kind -o over an existing file: exit status" 2 $?
  expect "init $kind -o over an existing file: message" \
    "mee: error: 'documenten/$kind.yaml' already exists; use --force to overwrite it" "$(cat "$work/err")"
  m init "$kind" --today 2026-06-01 -o "documenten/$kind.yaml" --force 2>/dev/null
  expect "init $kind -o --force: exit status" 0 $?
  ls -A documenten | grep -q '\.tmp$' && { echo "FAILED: a temporary file was left behind"; fail=1; }
done
expect "the plan's modeline points at the project's schema" "# yaml-language-server: \$schema=../schemas/plan.schema.json" \
  "$(head -1 documenten/plan.yaml)"
cmp -s <(grep -v '^id: ' documenten/plan.yaml) <(grep -v '^id: ' documenten/plan-stdout.yaml)
expect "stdout and -o give the same plan here, but for the id" 0 $?
expect "each new plan has the next free id" "id: PVA-2026-001|id: PVA-2026-002" \
  "$(grep -h '^id: ' documenten/plan-stdout.yaml documenten/plan.yaml | cut -c1-16 | tr '\n' '|' | sed 's/|$//')"
m init plan --today 2026-06-01 -o schemas/../plan-top.yaml 2>/dev/null
expect "a file next to schemas/ points into it" "# yaml-language-server: \$schema=schemas/plan.schema.json" "$(head -1 plan-top.yaml)"
m init plan --today 2026-06-01 >"$work/a" && m init plan --today 2026-06-01 >"$work/b"
cmp -s "$work/a" "$work/b"
expect "the same template on every run" 0 $?
m score --lang en --today 2026-06-01 documenten/plan.yaml >"$work/out"
expect "an untouched plan scores 20 or less" "documenten/plan.yaml: 17 (plan)" "$(head -1 "$work/out")"
# The e2e cases that check and score an untouched template hold a copy of
# it (a case cannot run mee init first): the copies are what mee init writes.
for c in plan:init-plan-check eindverslag:init-eindverslag-check initiatief:init-initiatief-check plan:init-plan-score; do
  kind=${c%%:*} name=${c#*:}
  cmp -s <(m init "$kind" --today 2026-06-01 | tail -n +2 | grep -v "^id: ") <(tail -n +2 "$cases/$name/$kind.yaml" | grep -v "^id: ")
  expect "cases/$name/$kind.yaml is what mee init $kind writes" 0 $?
done
m init voorstel >/dev/null 2>"$work/err"
expect "an unknown kind: exit status" 2 $?
expect "an unknown kind: message" "mee: error: unknown kind 'voorstel'; choose plan, eindverslag, initiatief or project" \
  "$(m init voorstel --lang en 2>&1)"
m init plna --lang en >/dev/null 2>"$work/err"
expect "a near miss gets a suggestion" "mee: error: unknown kind 'plna'; choose plan, eindverslag, initiatief or project (did you mean plan?)" "$(cat "$work/err")"
m init plan -o nergens/plan.yaml >/dev/null 2>&1
expect "a folder that does not exist: exit status" 2 $?

# `mee init project`: a commented .mee.yaml and the schemas, where the
# templates' modelines then point; never over an existing file.
mkdir -p "$work/los/proj"
cd "$work/los" || exit 2
m init project --lang en -o proj 2>"$work/err"
expect "init project: exit status" 0 $?
expect "init project: message" \
  "mee: wrote proj/.mee.yaml and proj/schemas/; start a document with: mee init plan -o proj/nieuw-plan.yaml (make a folder for the plans first if you want one, e.g. plannen/)" \
  "$(cat "$work/err")"
for key in 'lang: nl' 'fail_on: error' 'disable: \[\]' '# profile: '; do
  grep -B1 "^$key" proj/.mee.yaml | head -1 | grep -q '^# '
  expect "init project: .mee.yaml has '$key' with a comment above it" 0 $?
done
for kind in plan eindverslag initiatief profile; do
  cmp -s "proj/schemas/$kind.schema.json" <(m schema "$kind")
  expect "init project: schemas/$kind.schema.json is mee schema $kind" 0 $?
done
m check --lang en --color never proj >"$work/out" 2>&1
expect "init project: mee check reads the new .mee.yaml" "no findings in 0 documents" "$(cat "$work/out")"
mkdir -p proj/plannen
m init plan --today 2026-06-01 -o proj/plannen/p.yaml 2>"$work/err"
expect "a plan in the new project points at its schemas/" "# yaml-language-server: \$schema=../schemas/plan.schema.json" \
  "$(head -1 proj/plannen/p.yaml)"
expect "a plan in the new project (lang: nl from its .mee.yaml): no note about the schema" \
  "mee: proj/plannen/p.yaml geschreven; vul het in en controleer het met: mee check proj/plannen/p.yaml" "$(cat "$work/err")"
echo "lang: en" >proj/.mee.yaml
m init project -o proj >/dev/null 2>"$work/err"
expect "init project over an existing .mee.yaml: exit status" 2 $?
expect "init project over an existing .mee.yaml: message" \
  "mee: error: 'proj/.mee.yaml' already exists; mee does not overwrite it without --force (nothing was written)" \
  "$(cat "$work/err")"
expect "init project over an existing .mee.yaml: left as it was" "lang: en" "$(cat proj/.mee.yaml)"
m init project -o proj --force 2>/dev/null
expect "init project --force: exit status" 0 $?
grep -q '^fail_on: error' proj/.mee.yaml
expect "init project --force: .mee.yaml rewritten" 0 $?
m init project -o nergens >/dev/null 2>&1
expect "init project into a folder that does not exist: exit status" 2 $?

# A project without schemas/: the modeline points where init project puts
# them, and mee says they are not there yet.
# (a folder of its own: the one above holds schemas/ of the tests above)
fresh=$(mktemp -d)
trap 'rm -rf "$work" "$fresh"' EXIT
cd "$fresh" || exit 2
mkdir -p zonder/a/b
: >zonder/.mee.yaml
m init plan --lang en --today 2026-06-01 -o zonder/a/b/p.yaml 2>"$work/err"
expect "no schemas/ yet: the modeline points at the project's schemas/" \
  "# yaml-language-server: \$schema=../../schemas/plan.schema.json" "$(head -1 zonder/a/b/p.yaml)"
expect "no schemas/ yet: mee says so" \
  "mee: the schema ../../schemas/plan.schema.json does not exist yet, so an editor cannot find it; mee init project writes the schemas to schemas/ at the top of the project" \
  "$(head -1 "$work/err")"
exit $fail
