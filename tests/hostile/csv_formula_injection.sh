#!/usr/bin/env bash
# Attack: CSV formula injection. A plan's `id` (or an initiative's `kern`,
# or a file name) that a spreadsheet would run as a formula
# (=HYPERLINK("http://evil","x"), +1+1, -2+3, @SUM(A1), a leading tab or
# CR), or that holds a quote, comma or line end to break out of its cell
# and add a row. mee now writes every field of a data row in double quotes
# with quotes doubled and line ends kept inside the quotes, and puts a ' in
# front of a text field that starts with =, +, -, @, TAB or CR: in
# `mee score --format csv` and `mee indicators --format csv`.
source "$(dirname "$0")/common.sh"
mkdir .git hostile
python3 - <<'PY'
plan = open("docs/plannen/pva-2026-012-riolering-dalfsen.yaml", encoding="utf-8").read()
ids = ['\'=HYPERLINK("http://evil","x")\'', "'+1+1'", "'-2+3'", "'@SUM(A1)'",
       '"\\tTAB"', '"\\rCR"', '"X\\n=1+2"', '"a\\"b,c"']
for i, x in enumerate(ids):
    open(f"hostile/p{i}.yaml", "w", encoding="utf-8").write(plan.replace("id: PVA-2026-012", "id: " + x))
ini = open("docs/initiatieven/ini-2025-004-jeu-de-boulesbaan-oudleusen.yaml", encoding="utf-8").read()
kerns = ['\'=HYPERLINK("http://evil","x")\'', "'+1+1'", "'-2+3'", "'@SUM(A1)'",
         '"\\tTAB"', '"Dalfsen\\n=1+2"', '"a\\"b,c"']
for i, k in enumerate(kerns):
    s = ini.replace("kern: Oudleusen", "kern: " + k).replace("id: INI-2025-004", f"id: INI-2025-10{i}")
    open(f"hostile/i{i}.yaml", "w", encoding="utf-8").write(s)
PY
cp hostile/p1.yaml '=1+2.yaml'
snapshot

# check_csv FILE ROWS COLUMNS: every data field quoted, python's csv module
# reads ROWS rows (header included) of COLUMNS fields each.
check_csv() {
  python3 - "$@" <<'PY' || fail "$(cat csv-check.txt)"
import csv, re, sys
path, rows_expected, columns = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
text = open(path, encoding="utf-8", newline="").read()
problems = []
header, _, body = text.partition("\n")
field = r'"(?:[^"]|"")*"'
if not re.fullmatch(rf"(?:{field}(?:,{field})*\n)*", body):
    problems.append("a data field is not in double quotes")
rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
if len(rows) != rows_expected:
    problems.append(f"{len(rows)} rows, expected {rows_expected}")
if {len(r) for r in rows} != {columns}:
    problems.append(f"columns per row: {sorted({len(r) for r in rows})}, expected {columns}")
for r in rows[1:]:
    for cell in r:
        if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
            problems.append(f"a cell starts a formula: {cell!r}")
open("csv-check.txt", "w").write(f"{path}: " + "; ".join(problems))
sys.exit(1 if problems else 0)
PY
  rm -f csv-check.txt
}

# mee score: rows per plan from an untouched plan, then the hostile ones.
run 0 score --format csv --lang en --today 2026-05-10 docs/plannen/pva-2026-012-riolering-dalfsen.yaml
per_plan=$(python3 -c 'import csv,sys; print(len(list(csv.reader(open("out.txt", newline=""))))-1)')
((per_plan >= 1)) || fail "no score rows for a plan"
run 0 score --format csv --lang en --today 2026-05-10 hostile/p0.yaml hostile/p1.yaml hostile/p2.yaml hostile/p3.yaml \
  hostile/p4.yaml hostile/p5.yaml hostile/p6.yaml hostile/p7.yaml '=1+2.yaml'
cp out.txt score.csv
check_csv score.csv $((1 + 9 * per_plan)) 7
python3 - <<'PY' || fail "score csv: $(cat csv-check.txt)"
import csv, sys
rows = list(csv.reader(open("score.csv", encoding="utf-8", newline="")))
ids = {r[1] for r in rows[1:]}
expected = {'\'=HYPERLINK("http://evil","x")', "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTAB", "'\rCR", "X\n=1+2", 'a"b,c'}
paths = {r[0] for r in rows[1:]}
problems = []
if ids != expected: problems.append(f"id cells {sorted(ids)}")
if "'=1+2.yaml" not in paths: problems.append(f"path cells {sorted(paths)}")
open("csv-check.txt", "w").write("; ".join(problems))
sys.exit(1 if problems else 0)
PY
grep -qF '"'"'"'=HYPERLINK(""http://evil"",""x"")"' score.csv || fail "the raw id cell is not '\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"'"
rm -f score.csv csv-check.txt

# mee indicators: a kern is a figure's key.
run 0 indicators --format csv --lang en --year 2025 docs/initiatieven/ini-2025-004-jeu-de-boulesbaan-oudleusen.yaml
clean_rows=$(python3 -c 'import csv; print(len(list(csv.reader(open("out.txt", newline="")))))')
run 0 indicators --format csv --lang en --year 2025 hostile
cp out.txt indicators.csv
# Each of the 7 initiatives brings a kern of its own (one row each) instead
# of Oudleusen (one row).
check_csv indicators.csv $((clean_rows - 1 + 7)) 4
python3 - <<'PY' || fail "indicators csv: $(cat csv-check.txt)"
import csv, sys
rows = list(csv.reader(open("indicators.csv", encoding="utf-8", newline="")))
kerns = {r[1] for r in rows[1:] if r[0] == "initiatives.kern"}
expected = {'\'=HYPERLINK("http://evil","x")', "'+1+1", "'-2+3", "'@SUM(A1)", "'\tTAB", "Dalfsen\n=1+2", 'a"b,c'}
open("csv-check.txt", "w").write(f"kern cells {sorted(kerns)}")
sys.exit(0 if kerns == expected else 1)
PY
rm -f indicators.csv csv-check.txt
finish
