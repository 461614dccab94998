#!/usr/bin/env bash
# Attack: a file NAME that holds a line end followed by a CI workflow
# command ("::add-mask::x", "::error::fake"): printed as is, the second line
# of the name is read by the GitHub Actions runner as a command (hide text
# from the log, forge an error annotation). And a file name that is an HTML
# tag (<img src=x onerror=alert(1)>), put as is into a Markdown report that
# is later shown as HTML. Both files are unreadable YAML, so mee names them
# in a "skipped"/"cannot be read" note. mee now shows the line end as ␊ (no
# line of its output starts with ::), escapes the name in a --format github
# annotation (one line per finding, %0A and %3A), and escapes the tag as
# text in `mee indicators --format md` (\<img) and html (&lt;img).
source "$(dirname "$0")/common.sh"
mkdir .git
printf 'a: [\n' >$'docs/plannen/x\n::add-mask::x\n::error::fake.yaml'
snapshot

# no_workflow_commands FILE...: no line starts with :: (after spaces).
no_workflow_commands() {
  if grep -aqE '^\s*::' "$@"; then fail "a line starts with '::': $(grep -aE '^\s*::' "$@" | head -3)"; fi
}

run 0 render --to html --lang en --color never --today 2026-05-10 docs -o out
expect_stderr "mee: skipped, unreadable: docs/plannen/x␊::add-mask::x␊::error::fake.yaml (MEE001)"
no_workflow_commands out.txt err.txt
n=$(grep -c "skipped" err.txt)
((n == 1)) || fail "expected one skipped note, got $n: $(cat err.txt)"

run 1 check --format text --lang en --color never --today 2026-05-10 docs
expect_stdout "docs/plannen/x␊::add-mask::x␊::error::fake.yaml:2:1: error MEE001"
no_workflow_commands out.txt err.txt
run 1 check --format text --lang en --color never --today 2026-05-10 --verbose docs
no_workflow_commands out.txt err.txt

# --format github: exactly one annotation line per finding; the name
# escaped inside its own annotation.
run 1 check --format json --lang en --today 2026-05-10 docs
findings=$(python3 -c 'import json; print(len(json.load(open("out.txt"))["findings"]))')
run 1 check --format github --lang en --today 2026-05-10 docs
annotations=$(grep -cE '^::(error|warning|notice) file=' out.txt)
((annotations == findings)) || fail "$annotations annotations for $findings findings"
others=$(grep -vE '^::(error|warning|notice) file=' out.txt | grep -c '^')
((others <= 1)) || fail "lines besides the annotations and the summary: $(grep -vE '^::(error|warning|notice) file=' out.txt)"
n=$(grep -c 'fake' out.txt)
((n == 1)) || fail "the hostile file is on $n lines, expected 1: $(grep fake out.txt)"
expect_stdout "::error file=docs/plannen/x%0A%3A%3Aadd-mask%3A%3Ax%0A%3A%3Aerror%3A%3Afake.yaml,line=2,col=1,title=MEE001::"
if grep -qE '^::(add-mask|error::fake)' out.txt; then fail "a forged workflow command: $(grep -E '^::(add-mask|error::fake)' out.txt)"; fi
# The same when GITHUB_ACTIONS chooses the format.
GITHUB_ACTIONS=true run 1 check --lang en --today 2026-05-10 docs
annotations=$(grep -cE '^::(error|warning|notice) file=' out.txt)
((annotations == findings)) || fail "GITHUB_ACTIONS=true: $annotations annotations for $findings findings"
grep -qE '^::(add-mask|error::fake)' out.txt && fail "GITHUB_ACTIONS=true: a forged workflow command"

# An HTML tag as a file name, left out of the year overview (invalid YAML).
printf 'soort: plan\nid: PVA-2026-077\ndatum: 2026-03-01\na: [\n' >'docs/plannen/<img src=x onerror=alert(1)>.yaml'
snapshot
run 0 indicators --format md --lang en --color never --year 2026 docs
expect_stdout 'docs/plannen/\<img src=x onerror=alert(1)>.yaml: cannot be read (MEE001)'
expect_stdout 'docs/plannen/x␊::add-mask::x␊::error::fake.yaml: cannot be read (MEE001)'
if grep -qP '(?<!\\)<img' out.txt; then fail "a raw <img tag in the Markdown: $(grep -P '(?<!\\)<img' out.txt)"; fi
no_workflow_commands out.txt err.txt
run 0 indicators --format html --lang en --color never --year 2026 docs
expect_stdout '<code>docs/plannen/&lt;img src=x onerror=alert(1)&gt;.yaml</code>'
expect_nowhere '<img src=x'
no_workflow_commands out.txt err.txt
finish
