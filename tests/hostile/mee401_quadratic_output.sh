#!/usr/bin/env bash
# Attack: many copies of one document with the same `id`. MEE401 on each
# copy listed every other copy, so n copies gave n*(n-1) file names: output
# that grows with the square of the number of files (megabytes for a few
# hundred files, in every report format). mee now names at most 3 other
# files and then "and N more documents", so the output grows linearly.
source "$(dirname "$0")/common.sh"
# A project of its own (.mee.yaml), so that only the copies share the id.
mkdir .git copies
printf 'lang: en\n' >copies/.mee.yaml
for i in $(seq -w 1 60); do cp docs/plannen/pva-2025-018-kerkstraat-nieuwleusen.yaml copies/p$i.yaml; done
snapshot

run 1 check --format text --lang en --color never --today 2026-05-10 copies
n=$(grep -c "error MEE401 id 'PVA-2025-018' is also used in" out.txt)
((n == 60)) || fail "expected 60 MEE401 findings, got $n"
# Each names exactly 3 other files, and the 56 others as a number.
python3 - <<'PY' || fail "MEE401 messages: $(cat check.txt)"
import re, sys
bad = []
for line in open("out.txt", encoding="utf-8"):
    if " MEE401 " not in line:
        continue
    own = line.split(":", 1)[0]
    message = line.split(" is also used in ", 1)[1]
    named = re.findall(r"copies/p\d+\.yaml", message)
    if len(named) != 3 or own in named or " and 56 more documents: every document has an id of its own" not in message:
        bad.append(line.strip())
open("check.txt", "w").write(f"{len(bad)} bad: " + " | ".join(bad[:2]))
sys.exit(1 if bad else 0)
PY
rm -f check.txt
size60=$(wc -c <out.txt)
((size60 < 60 * 600)) || fail "text output of 60 copies is $size60 bytes"
expect_stdout "copies/p01.yaml:3:5: error MEE401 id 'PVA-2025-018' is also used in copies/p02.yaml:3:5, copies/p03.yaml:3:5, copies/p04.yaml:3:5 and 56 more documents"
run 1 check --format text --lang nl --color never --today 2026-05-10 copies/p01.yaml
expect_stdout "en nog 56 andere documenten: elk document heeft een eigen id"

# Every format grows linearly: twice the copies, at most about twice the bytes.
declare -A size
for format in json sarif junit github codequality; do
  run 1 check --lang en --format $format --today 2026-05-10 copies
  size[$format]=$(wc -c <out.txt)
  ((size[$format] < 60 * 2000)) || fail "--format $format: ${size[$format]} bytes for 60 copies"
done
for i in $(seq 61 120); do cp copies/p01.yaml copies/p$i.yaml; done
snapshot
run 1 check --format text --lang en --color never --today 2026-05-10 copies
size120=$(wc -c <out.txt)
((size120 < size60 * 21 / 10)) || fail "text output: $size60 bytes for 60 copies, $size120 for 120"
expect_stdout "and 116 more documents"
for format in json sarif junit github codequality; do
  run 1 check --lang en --format $format --today 2026-05-10 copies
  s=$(wc -c <out.txt)
  ((s < size[$format] * 21 / 10)) || fail "--format $format: ${size[$format]} bytes for 60 copies, $s for 120"
done
finish
