#!/usr/bin/env bash
# Symlink loops: a file link that points at itself through another, and a
# folder link back up the tree. mee neither hangs nor follows the loop.
source "$(dirname "$0")/common.sh"
ln -s b.yaml a.yaml
ln -s a.yaml b.yaml
ln -s .. docs/plannen/up
ln -s ../plannen docs/initiatieven/sideways
snapshot
run 2 check --lang en a.yaml
expect_stderr "a.yaml"
run "0 1" check --lang en --color never docs
run "0 1" score --lang en docs
finish
