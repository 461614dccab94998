#!/usr/bin/env bash
# A device named as input (endless /dev/zero, empty /dev/null) is refused
# with exit 2 instead of being read until memory runs out.
source "$(dirname "$0")/common.sh"
snapshot
run 2 check --lang en /dev/zero
expect_stderr "mee: error: cannot read '/dev/zero': not a regular file"
run 2 check --lang en /dev/null
expect_stderr "/dev/null"
run 2 check --lang en --profile /dev/zero docs
expect_stderr "/dev/zero"
run 2 decide --lang en /dev/urandom
finish
