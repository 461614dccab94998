#!/usr/bin/env bash
# Attack: a document saved under a file name that is not valid UTF-8
# (bytes FF FE and a cut-off C3). Written into a JSON, SARIF or JUnit
# report as raw bytes, the name made the whole report invalid (a CI step
# that parses it fails, or the error went unseen). mee now checks the file
# as any other (exit 1 for its findings, not 2) and writes the name with
# U+FFFD for each invalid byte (SARIF: the URI percent-encoded), so the
# JSON and SARIF parse as UTF-8 JSON and the JUnit XML is well-formed.
source "$(dirname "$0")/common.sh"
mkdir .git
bad=$'docs/plannen/plan-\xff\xfe-x\xc3.yaml'
# A copy of an example plan with errors (MEE101, MEE103) and a shared id.
cp docs/plannen/pva-2026-017-parkeren-centrum-dalfsen.yaml "$bad"
snapshot

run 1 check --format json --lang en --color never docs
cp out.txt report.json
python3 - <<'PY' || fail "JSON report: $(cat check.txt)"
import json, sys
problems = []
try:
    d = json.load(open("report.json", encoding="utf-8"))   # strict UTF-8
    mine = [f for f in d["findings"] if f["path"].startswith("docs/plannen/plan-")]
    if not mine:
        problems.append("no finding for the file")
    for f in mine:
        if f["path"] != "docs/plannen/plan-\ufffd\ufffd-x\ufffd.yaml":
            problems.append(f"path {f['path']!r}")
    codes = {f["code"] for f in mine}
    if not {"MEE101", "MEE103", "MEE401"} <= codes:
        problems.append(f"codes {sorted(codes)}")
    if d["summary"]["documents"] != 18:
        problems.append(f"{d['summary']['documents']} documents, expected 18")
except Exception as e:
    problems.append(repr(e))
open("check.txt", "w").write("; ".join(problems))
sys.exit(1 if problems else 0)
PY

run 1 check --format junit --lang en --color never docs
cp out.txt report.xml
xmllint --noout report.xml 2>xmllint.txt || fail "JUnit report is not well-formed XML: $(head -3 xmllint.txt)"
python3 - <<'PY' || fail "JUnit report: $(cat check.txt)"
import sys, xml.etree.ElementTree as ET
problems = []
try:
    text = ET.tostring(ET.parse("report.xml").getroot(), encoding="unicode")
    if "plan-\ufffd\ufffd-x\ufffd.yaml" not in text:
        problems.append("the file name with U+FFFD is missing")
except Exception as e:
    problems.append(repr(e))
open("check.txt", "w").write("; ".join(problems))
sys.exit(1 if problems else 0)
PY

run 1 check --format sarif --lang en --color never docs
cp out.txt report.sarif
python3 - <<'PY' || fail "SARIF report: $(cat check.txt)"
import json, sys
problems = []
try:
    d = json.load(open("report.sarif", encoding="utf-8"))
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"]
            for run in d["runs"] for r in run["results"] for loc in r.get("locations", [])}
    mine = [u for u in uris if "plan-" in u]
    if len(mine) != 1:
        problems.append(f"URIs of the file: {mine}")
    elif not ("\ufffd" in mine[0] or "%FF" in mine[0].upper()):
        problems.append(f"URI {mine[0]!r}")
except Exception as e:
    problems.append(repr(e))
open("check.txt", "w").write("; ".join(problems))
sys.exit(1 if problems else 0)
PY

# The same reports written with -o (one run, three files).
run 1 check --lang en --color never -o json=o.json -o sarif=o.sarif -o junit=o.xml docs
python3 -c 'import json; json.load(open("o.json", encoding="utf-8")); json.load(open("o.sarif", encoding="utf-8"))' ||
  fail "-o json/sarif: not valid UTF-8 JSON"
xmllint --noout o.xml 2>/dev/null || fail "-o junit: not well-formed XML"
# Text output shows the name with U+FFFD too.
run 1 check --format text --lang en --color never docs
expect_stdout "docs/plannen/plan-��-x�.yaml:"
rm -f report.json report.xml report.sarif o.json o.sarif o.xml check.txt xmllint.txt
finish
