#!/usr/bin/env bash
# Attack: a document with 49,000 different keys in one mapping (near the
# 100,000 nodes a document may have) and one duplicate key at the end.
# Looking up each new key among all before it took quadratic time (6 s).
# mee now finds the duplicate with a hash per mapping: MEE002 at the
# duplicate, naming the line of the first. How fast is measured in bench/
# and tests/unit/yaml_tree_test.cpp, not asserted here (`run` fails only
# on a hang).
source "$(dirname "$0")/common.sh"
python3 - <<'PY'
with open("big.yaml", "w") as f:
    f.write("soort: plan\nid: PVA-2026-050\nextra:\n")
    for i in range(49000):
        f.write(f"  k{i:05d}: {i}\n")
    f.write("  k00777: dubbel\n")   # first at line 4 + 777 = 781
PY
snapshot
run 1 check --format text --lang en --color never big.yaml
expect_stdout "big.yaml:49004:3: error MEE002 key 'k00777' appears twice in the same mapping (first at line 781, column 3)"
n=$(grep -c "MEE002" out.txt)
((n == 1)) || fail "expected one MEE002, got $n"
# The unknown key `extra` is reported once, not once per key inside it.
n=$(grep -c "MEE005" out.txt)
((n == 1)) || fail "expected one MEE005 (extra), got $n"

run 1 check --lang nl --color never --format json big.yaml
python3 - <<'PY' || fail "JSON: $(cat check.txt)"
import json, sys
d = json.load(open("out.txt", encoding="utf-8"))
dup = [(f["line"], f["column"], f["message"]) for f in d["findings"] if f["code"] == "MEE002"]
ok = len(dup) == 1 and dup[0][:2] == (49004, 3) and "regel 781" in dup[0][2]
open("check.txt", "w").write(repr(dup))
sys.exit(0 if ok else 1)
PY
rm -f check.txt
finish
