#!/usr/bin/env bash
# The index of a folder of reports counts the attention points each report
# lists: for every row of index.md, the number in its last column equals
# the list items under the report's "Aandachtspunten" (deviations apart)
# and the number its first sentence names; and all of them together are
# what `mee check` finds in those documents, motivated deviations left out.
# usage: render_index.sh MEE REPO
set -u
mee=$(realpath "$1")
repo=$(realpath "$2")
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 2

mkdir docs
cp "$repo"/tests/e2e/render/hostile-*.yaml docs/
cp "$repo"/examples/plannen/*.yaml "$repo"/examples/eindverslagen/*.yaml "$repo"/examples/initiatieven/*.yaml docs/
"$mee" render docs --to md -o md/ --today 2026-12-01 2>/dev/null || { echo "FAILED: mee render"; exit 1; }
"$mee" check docs --format json --today 2026-12-01 >check.json
[[ $? -le 1 ]] || { echo "FAILED: mee check"; exit 1; }

python3 - <<'PY'
import json, re, sys

problems = []
rows = []
for line in open("md/index.md", encoding="utf-8"):
    m = re.match(r"^\| [^|]+ \| \[.*\]\(<([^>]+)>\) \|.*\| (\d+) \|$", line.rstrip("\n"))
    if m:
        rows.append((m.group(1), int(m.group(2))))
if len(rows) < 10:
    problems.append(f"the index lists {len(rows)} reports, expected at least 10")

total = 0
for name, count in rows:
    text = open(f"md/{name}", encoding="utf-8").read()
    box = text.split("\n## Aandachtspunten\n", 1)
    if len(box) != 2:
        problems.append(f"{name}: no section Aandachtspunten")
        continue
    box = re.split(r"\n## |\n---\n", box[1])[0].split("**Gemotiveerd afgeweken**")[0]
    items = len(re.findall(r"^- ", box, flags=re.M))
    said = re.search(r"vindt nog (\d+) aandachtspunt", box)
    said = int(said.group(1)) if said else 0
    if not (count == items == said):
        problems.append(f"{name}: the index says {count}, the report lists {items} and says {said}")
    if re.search(r"^- \*\*MEE\d{3}\*\*|\(regel \d+\)|^- (error|warning|info)\b", box, flags=re.M):
        problems.append(f"{name}: rule codes, lines or English severities in the attention points")
    total += count

findings = json.load(open("check.json", encoding="utf-8"))
if isinstance(findings, dict):
    findings = findings.get("findings", [])
open_points = [f for f in findings if not f.get("message", "").startswith("gemotiveerd afgeweken: ")]
if total != len(open_points):
    problems.append(f"the reports list {total} attention points, mee check finds {len(open_points)}")

for p in problems:
    print("FAILED:", p)
if not problems:
    print(f"render index: {len(rows)} reports, {total} attention points, each counted as listed")
sys.exit(1 if problems else 0)
PY
