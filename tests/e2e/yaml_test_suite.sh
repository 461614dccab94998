#!/usr/bin/env bash
# The official YAML test suite through the real binary. Every in.yaml is a
# YAML file that is not a mee document, so:
#  - walking the suite, mee skips the ones it can parse (no soort) and gives
#    MEE001 for the ones it cannot: exit status 1, never a crash (>2);
#  - naming each in.yaml, every file gets a finding (MEE003 for the ones
#    without soort): exit status 1, and one finding line per file at least.
# Which inputs libyaml rejects is compared case by case in the unit tests
# (tests/unit/yaml_suite_test.cpp).
set -u
mee=$1
suite=$2
if [[ ! -d $suite ]]; then
  echo "the YAML test suite is not at $suite"
  exit 1
fi
out=$(mktemp)
trap 'rm -f "$out" "$out.files"' EXIT

"$mee" check --lang en --color never --format json "$suite" >"$out" 2>&1
status=$?
if [[ $status != 1 ]]; then
  echo "walking the suite: expected exit status 1, got $status"
  tail -5 "$out"
  exit 1
fi
walked_mee001=$(grep -c '"code": "MEE001"' "$out")
if [[ $walked_mee001 -lt 1 ]]; then
  echo "walking the suite: expected MEE001 findings, got none"
  exit 1
fi

find "$suite" -name in.yaml | sort >"$out.files"
total=$(wc -l <"$out.files")
xargs -d '\n' "$mee" check --lang en --color never --quiet <"$out.files" >"$out" 2>&1
status=$?
if [[ $status != 1 && $status != 123 ]]; then
  echo "naming every in.yaml: expected exit status 1, got $status"
  tail -5 "$out"
  exit 1
fi
# Every named file has a finding at its first line or at the parser's complaint.
with_finding=$(grep -E '^[^ ].*/in\.yaml:[0-9]+:[0-9]+: error MEE00[1-8] ' "$out" | sed -E 's/:[0-9]+:[0-9]+: .*//' | sort -u | wc -l)
if [[ $with_finding != "$total" ]]; then
  echo "naming every in.yaml: $total files, but $with_finding have a finding"
  exit 1
fi
echo "yaml-test-suite: $total inputs, $walked_mee001 not parseable (MEE001) when walked; no crash"
