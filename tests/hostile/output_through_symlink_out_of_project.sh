#!/usr/bin/env bash
# Attack: a pull request commits a symbolic link where CI writes a report
# (report.sarif -> ~/.bashrc, or a folder link), so that mee, often run as
# root, overwrites a file outside the repository. mee refuses, exit 2: the
# path "leads through a symbolic link to ... outside" the project; the file
# outside is untouched and the link stays as it was. A link to a regular
# file inside the project is allowed: that file gets the output and the
# link stays a link.
source "$(dirname "$0")/common.sh"
rm -f docs/.mee.yaml  # the work folder, marked by .git, is the project
mkdir .git
outside=$(cd "$(mktemp -d)" && pwd -P)
trap 'cleanup; rm -rf "$outside"' EXIT
echo "victim's own text" >"$outside/victim.txt"
ln -s "$outside/victim.txt" report.sarif
ln -s "$outside/victim.txt" link.json
ln -s "$outside" away  # a folder on the way
snapshot

# refused LINK ARGS...: exit 2 with the message; nothing outside changed and
# LINK still points where it pointed.
refused() {
  local link=$1 target
  target=$(readlink "$link"); shift
  run 2 "$@"
  expect_stderr "leads through a symbolic link to '$outside"
  expect_stderr "outside"
  [[ -L $link && $(readlink "$link") == "$target" ]] || fail "mee $* replaced the link $link: $(ls -l "$link")"
  [[ $(cat "$outside/victim.txt") == "victim's own text" ]] || fail "mee $* wrote outside the project"
  [[ $(ls -A "$outside") == victim.txt ]] || fail "mee $* left files outside the project: $(ls -A "$outside")"
}
refused report.sarif check --lang en --color never -o sarif=report.sarif docs
expect_stderr "'report.sarif' leads through a symbolic link to '$outside/victim.txt', outside"
refused link.json check --lang en --color never --write-baseline link.json docs
expect_stderr "'link.json' leads through a symbolic link to '$outside/victim.txt', outside"
refused away check --lang en --color never -o json=away/new.json docs
refused report.sarif check --lang en --color never --format json -o sarif=report.sarif -o json=fine.json docs
[[ ! -e fine.json ]] || fail "one output was refused but another was still written"
refused away indicators --lang en --color never --year 2026 docs -o away/indicators.md
refused away agenda --lang en --color never --format ics --from 2026-01-01 docs -o away/agenda.ics
refused link.json render --lang en --color never --to md docs/plannen/pva-2026-012-riolering-dalfsen.yaml -o link.json
expect_no_temporaries "$outside"

# A link to a regular file inside the project: the file gets the output.
echo "old" >inside.txt
ln -s inside.txt good.sarif
mkdir sub && ln -s ../inside.txt sub/baseline.json
run 1 check --lang en --color never -o sarif=good.sarif docs
[[ -L good.sarif && $(readlink good.sarif) == inside.txt ]] || fail "the link good.sarif did not stay a link"
grep -qF '"version": "2.1.0"' inside.txt || fail "the file the link leads to did not get the SARIF report: $(head -3 inside.txt)"
run 0 check --lang en --color never --write-baseline sub/baseline.json docs
[[ -L sub/baseline.json && $(readlink sub/baseline.json) == ../inside.txt ]] || fail "the link sub/baseline.json did not stay a link"
grep -qF '"baseline"' inside.txt || fail "the file the link leads to did not get the baseline: $(head -3 inside.txt)"
expect_no_temporaries .
rm -rf inside.txt good.sarif sub
finish
