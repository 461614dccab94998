#!/usr/bin/env bash
# Attack: terminal control sequences in a document reach the terminal of
# whoever reads mee's output (a CI log, a reviewer's shell): ESC sequences
# (colours, clear screen), an OSC title sequence (ESC ] 0;pwned BEL), BEL,
# CR, backspace, written as YAML double-quoted escapes in values that
# findings quote (a value not on a fixed list, an unknown key), in a file
# NAME, and in a path named on the command line. mee now shows every
# control character as its visible picture (ESC as U+241B, BEL U+2407,
# BS U+2408, CR U+240D; a C1 control as U+FFFD) in text output, in error
# messages on stderr, and in `mee render`.
source "$(dirname "$0")/common.sh"
mkdir .git
name=$'docs/plannen/plan-\x1b[1mvet\r.yaml'
python3 - "$name" <<'PY'
import sys
src = open("docs/plannen/pva-2026-012-riolering-dalfsen.yaml", encoding="utf-8").read()
# Double-quoted YAML escapes: the parsed values hold the control characters.
src = src.replace("id: PVA-2026-012", "id: PVA-2026-098")
src = src.replace("domein: ruimte", 'domein: "\\e[31mrood\\e[0m\\a\\b"')
src = src.replace("dorpsvisie: false", 'dorpsvisie: false\n"\\x1b]0;pwned\\x07": "\\r\\e[2K"')
src = src.replace("status: vastgesteld", 'status: "vast\\rgesteld\\x9b"')
src = src.replace("titel: Vervanging", 'titel: "\\e]0;pwned\\a\\e[2JVervanging')
src = src.replace("omgeving, Dalfsen", 'omgeving, Dalfsen"', 1)
open(sys.argv[1], "w", encoding="utf-8").write(src)
PY
[[ -f $name ]] || fail "could not make the test document"
snapshot

# mee check, text output: nothing but pictures.
run 1 check --format text --lang en --color never --today 2026-05-10 docs/plannen
expect_no_control_characters out.txt err.txt
expect_stdout "docs/plannen/plan-␛[1mvet␍.yaml:6:9: info MEE109 domein '␛[31mrood␛[0m␇␈' is not in the profile's list"
expect_stdout "unknown key '␛]0;pwned␇'"
expect_stdout "'vast␍gesteld�' is not a valid value for 'status'"
# The same with verbose notes on stderr.
run 1 check --format text --lang en --color never --today 2026-05-10 --verbose docs
expect_no_control_characters out.txt err.txt
expect_stdout "plan-␛[1mvet␍.yaml"

# A path on the command line that does not exist: the error on stderr.
run 2 check --format text --lang en --color never $'no\x1b[2Jsuch\r\x07.yaml'
expect_no_control_characters out.txt err.txt
expect_stderr "mee: error: 'no␛[2Jsuch␍␇.yaml' does not exist"
run 2 render --to md --lang en --color never $'no\x1b]0;pwned\x07.yaml'
expect_no_control_characters out.txt err.txt
expect_stderr "no␛]0;pwned␇.yaml"

# mee render of the document to stdout, Markdown and HTML.
for to in md html; do
  run 0 render --to $to --lang en --color never --today 2026-05-10 --with-codes "$name"
  [[ -s out.txt ]] || fail "render --to $to: no report"
  expect_no_control_characters out.txt err.txt
  expect_stdout "␛"
done
run 0 render --to md --lang en --color never --today 2026-05-10 "$name"
expect_stdout '- **Domain:** ␛\[31mrood␛\[0m␇␈'
expect_stdout "Unknown key '␛\]0;pwned␇'"

# Several documents in a folder: the skipped and written notes on stderr.
run "0 1" render --to html --lang en --color never --today 2026-05-10 docs -o out
expect_no_control_characters out.txt err.txt
ls out | LC_ALL=C grep -qP '[\x00-\x1f\x7f]' && fail "a control character in a file name under out/: $(ls out | cat -v)"
finish
