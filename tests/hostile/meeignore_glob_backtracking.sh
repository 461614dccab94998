#!/usr/bin/env bash
# Attack: a .meeignore in the repository with patterns that make a
# backtracking glob matcher take exponential time: `*a*a*a*a*a*a*a*a*a*a*a*a*b`
# against a file named with 60 a's (C(60,12) ways to place the stars), and
# the same with `**` over a path 40 folders deep. The old matcher hung the
# CI job. mee now matches in linear time: the check finishes at once, the
# files (which do not end in b) are not ignored and are checked, and a
# pattern that does match (`**/*a.yaml`) still ignores them.
source "$(dirname "$0")/common.sh"
mkdir .git plannen
a60=plannen/$(printf 'a%.0s' $(seq 60)).yaml
deep=plannen/$(printf 'a/%.0s' $(seq 40))aaaa.yaml
mkdir -p "$(dirname "$deep")"
# Copies of plans with findings, each with an id of its own.
cp docs/plannen/pva-2026-017-parkeren-centrum-dalfsen.yaml "$a60"
sed 's/^id: PVA-2026-012$/id: PVA-2026-013/' docs/plannen/pva-2026-012-riolering-dalfsen.yaml >"$deep"
cp docs/plannen/pva-2026-012-riolering-dalfsen.yaml plannen/
printf '%s\n' '*a*a*a*a*a*a*a*a*a*a*a*a*b' \
  '**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/a/**/b' \
  '**/*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b/**' \
  'a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*.yml' >.meeignore
snapshot

# checked_paths: the files with findings in the last JSON run, one a line,
# and the number of documents checked.
checked_paths() { python3 -c 'import json; d = json.load(open("out.txt")); print("\n".join(sorted({f["path"] for f in d["findings"]}))); print("documents:", d["summary"]["documents"])'; }

# A backtracking matcher takes far longer than the 30 s after which `run`
# calls mee hung; how fast the matcher is, is measured in bench/.
run 1 check --lang en --color never --format json plannen
checked=$(checked_paths)
grep -qxF "$a60" <<<"$checked" || fail "the file of 60 a's was ignored: $checked"
grep -qxF "$deep" <<<"$checked" || fail "the deep file was ignored: $checked"
grep -qx "documents: 3" <<<"$checked" || fail "expected 3 documents: $checked"
# The text summary counts them too.
run 1 check --format text --lang en --color never plannen
expect_stdout "in 3 documents"
expect_stdout "$a60:"

# A pattern that matches does ignore them.
printf '%s\n' '*a*a*a*a*a*a*a*a*a*a*a*a*b' '**/*a.yaml' >.meeignore
snapshot
run 1 check --lang en --color never --format json plannen
checked=$(checked_paths)
grep -qxF "$a60" <<<"$checked" && fail "the file of 60 a's is not ignored by **/*a.yaml"
grep -qxF "$deep" <<<"$checked" && fail "the deep file is not ignored by **/*a.yaml"
grep -qx "documents: 1" <<<"$checked" || fail "expected 1 document: $checked"
finish
