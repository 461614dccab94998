#!/usr/bin/env bash
# `mee check --format sarif` (and `--output sarif=FILE`) validate against the
# official SARIF 2.1.0 schema, checked by an independent validator: Python's
# jsonschema. Inputs: the examples (every kind of document, many findings),
# a clean project (no results), and a file name and key that need escaping.
# Skips (exit 77, saying so) only when python3 or its jsonschema is absent
# (tests/CMakeLists.txt skips it, too, when the schema is not in MEE_TESTDATA).
set -u
mee=$(realpath "$1")
schema=$(realpath "$2")
source_dir=$(realpath "$3")
python=/usr/bin/python3
if [[ ! -x $python ]] || ! "$python" -c 'import jsonschema' 2>/dev/null; then
  echo "SKIPPED: /usr/bin/python3 with jsonschema is not installed (Debian: python3-jsonschema)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { env -u GITHUB_ACTIONS LANG=C.UTF-8 "$mee" check --color never --today 2026-12-01 "$@"; }

validate() {
  "$python" - "$schema" "$1" <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
doc = json.load(open(sys.argv[2]))
validator = jsonschema.Draft4Validator(schema)
errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
for e in errors[:10]:
    print("  at /" + "/".join(str(p) for p in e.path) + ": " + e.message[:300])
run = doc["runs"][0]
ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
for r in run["results"]:
    if ids[r["ruleIndex"]] != r["ruleId"]:
        print("  ruleIndex %d is not %s" % (r["ruleIndex"], r["ruleId"])); errors.append(r)
    uri = r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    if uri.startswith("/") or "\\" in uri or uri.startswith("./"):
        print("  not a relative URI with forward slashes: " + uri); errors.append(r)
sys.exit(1 if errors else 0)
PY
}

fail=0
check() {  # NAME FILE EXPECTED-RESULTS(or -)
  if validate "$2"; then
    echo "ok: $1 is valid SARIF 2.1.0"
  else
    echo "FAILED: $1 is not valid SARIF 2.1.0"
    fail=1
  fi
}

cd "$source_dir" || exit 2
run --format sarif examples/ >"$work/examples.sarif"
[[ $? == 1 ]] || { echo "FAILED: expected exit status 1 on examples/"; fail=1; }
check "examples/ (stdout)" "$work/examples.sarif"
run --lang en --quiet --output "sarif=$work/examples-en.sarif" examples/ >/dev/null
check "examples/ (--output, English)" "$work/examples-en.sarif"
if ! grep -q '"ruleId": "MEE207"' "$work/examples.sarif"; then
  echo "FAILED: the examples' MEE207 is not among the results"
  fail=1
fi

mkdir -p "$work/clean"
cp "$source_dir/tests/e2e/cases/clean-plan/plan.yaml" "$work/clean/"
(cd "$work/clean" && run --format sarif . >"$work/clean.sarif")
check "a clean project" "$work/clean.sarif"

mkdir -p "$work/odd/map met spatie"
printf 'soort: plan\n"a<b>&\\"c": 1\n' >"$work/odd/map met spatie/plan, ë.yaml"
(cd "$work/odd" && run --format sarif . >"$work/odd.sarif")
check "a file name and key that need escaping" "$work/odd.sarif"
if ! grep -q '"uri": "map%20met%20spatie/plan%2C%20%C3%AB.yaml"' "$work/odd.sarif"; then
  echo "FAILED: the odd file name is not percent-encoded as expected"
  grep '"uri"' "$work/odd.sarif" | head -2
  fail=1
fi
exit $fail
