#!/usr/bin/env bash
# `mee check --format junit` (and `--output junit=FILE`) validate against the
# Apache Ant JUnit schema with xmllint, for several --fail-on thresholds, a
# clean project, an unreadable file and text that needs XML escaping.
# Skips (exit 77, saying so) only when xmllint is absent (tests/CMakeLists.txt
# skips it, too, when the XSD is not in MEE_TESTDATA).
set -u
mee=$(realpath "$1")
xsd=$(realpath "$2")
source_dir=$(realpath "$3")
if ! command -v xmllint >/dev/null; then
  echo "SKIPPED: xmllint is not installed (Debian: libxml2-utils)"
  exit 77
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() { env -u GITHUB_ACTIONS LANG=C.UTF-8 "$mee" check --color never --today 2026-12-01 "$@"; }
fail=0
check() {  # NAME FILE
  if xmllint --noout --schema "$xsd" "$2" 2>"$work/err"; then
    echo "ok: $1 is valid JUnit XML"
  else
    echo "FAILED: $1 is not valid JUnit XML"
    head -5 "$work/err"
    fail=1
  fi
}

cd "$source_dir" || exit 2
for threshold in error warning info never; do
  run --format junit --fail-on "$threshold" examples/ >"$work/examples-$threshold.xml"
  check "examples/ with --fail-on $threshold" "$work/examples-$threshold.xml"
done
run --quiet --output "junit=$work/out.xml" examples/ >/dev/null
check "examples/ (--output)" "$work/out.xml"
cmp -s "$work/out.xml" "$work/examples-error.xml" || { echo "FAILED: --output junit differs from --format junit"; fail=1; }
tests=$(grep -o 'tests="[0-9]*"' "$work/examples-error.xml")
documents=$(run --format json examples/ | /usr/bin/env python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["documents"])' 2>/dev/null || echo "?")
if [[ $tests != "tests=\"$documents\"" ]]; then
  echo "FAILED: expected one testcase per document ($documents), got $tests"
  fail=1
fi
if grep -q '<failure' "$work/examples-never.xml"; then
  echo "FAILED: --fail-on never still has failures"
  fail=1
fi

mkdir -p "$work/p"
cp "$source_dir/tests/e2e/cases/clean-plan/plan.yaml" "$work/p/clean.yaml"
printf 'soort: plan\n  titel: [\n' >"$work/p/kapot.yaml"
printf 'soort: plan\n"<x>&\\u0001 ]]>": 1\n' >"$work/p/a & b <c>.yaml"
(cd "$work/p" && run --format junit . >"$work/p.xml")
check "a clean, an unreadable and an oddly named document" "$work/p.xml"
grep -q 'classname="mee"' "$work/p.xml" || { echo "FAILED: the unreadable file is not classname mee"; fail=1; }
exit $fail
