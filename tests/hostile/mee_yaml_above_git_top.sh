#!/usr/bin/env bash
# Attack: CI clones the pull request into a shared folder (a runner's
# builds folder, /tmp) where someone placed a .mee.yaml above the clone:
# `fail_on: never` and `disable:` would make every check pass, or a broken
# one would make every run fail. mee looks for .mee.yaml no higher than the
# top of the git work tree (the folder with .git, a folder or a file): a
# parent's .mee.yaml is ignored, lang, fail_on, disable and all. Without
# .git the parent's .mee.yaml is the project's, which shows the boundary.
source "$(dirname "$0")/common.sh"
unset LC_ALL LC_MESSAGES
export LANG=C.UTF-8  # no language in the environment: Dutch by default
mkdir -p parent/clone
mv docs parent/clone/docs
rm -f parent/clone/docs/.mee.yaml
printf 'lang: en\nfail_on: never\ndisable: [MEE207, MEE101, MEE191]\n' >parent/.mee.yaml
cd parent/clone

# Without .git: the parent's .mee.yaml is the project's (English, never fails).
run 0 check --color never docs
expect_stdout "MEE"
expect_stdout " in 17 documents"
expect_nowhere "MEE207"

mkdir .git
snapshot
# With .git: the parent's .mee.yaml does not count.
run 1 check --color never docs
expect_stdout "MEE207"
expect_stdout " in 17 documenten"   # Dutch: the parent's lang: en is ignored too
run 1 check --lang en --color never docs
expect_stdout "MEE207"
run 1 check --lang en --color never --format json docs
expect_stdout '"code": "MEE207"'
cd docs/plannen  # from below, too
run 1 check --lang en --color never .
expect_stdout "MEE191"
rm -f out.txt err.txt
cd ../..
run 1 check --lang en --color never docs/plannen/pva-2026-017-parkeren-centrum-dalfsen.yaml
expect_stdout "MEE101"
# .git as a file (a git worktree or submodule) marks the top as well.
rmdir .git
echo "gitdir: /nowhere/.git/worktrees/clone" >.git
run 1 check --lang en --color never docs
expect_stdout "MEE207"

# A broken .mee.yaml above the clone is ignored as well.
cp ../.mee.yaml ../good.mee.yaml
printf 'fail_on: [\n' >../.mee.yaml
run 1 check --lang en --color never docs
expect_stdout "MEE207"
expect_nowhere ".mee.yaml"
run 0 score --lang en --color never docs
expect_nowhere ".mee.yaml"
# ... and counts again without .git: the boundary.
rm .git
run 2 check --lang en --color never docs
expect_stderr "parent/.mee.yaml:2:1"
mkdir .git
rm -f ../.mee.yaml ../good.mee.yaml
finish
