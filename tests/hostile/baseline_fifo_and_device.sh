#!/usr/bin/env bash
# Attack: the CI command's --baseline names a file the pull request
# controls, made a FIFO without a writer (opening it for reading would wait
# forever: the job hangs until its time limit), a link to a device such as
# /dev/zero (endless: memory runs out), or a huge file. mee refuses at once
# with exit 2: the baseline is "not a regular file", "a folder", or
# "larger than 64 MiB"; the FIFO is left as it is.
source "$(dirname "$0")/common.sh"
mkfifo baseline.fifo
ln -s baseline.fifo fifo-link.json
ln -s /dev/zero zero-link.json
mkdir folder.json
snapshot

# refused BASELINE TEXT [LIMIT]: exit 2 with TEXT, within LIMIT seconds
# (default 10: a FIFO or a device is refused before it is read at all;
# `run` itself fails a run that takes 30 s).
refused() {
  local started=$SECONDS
  run 2 check --lang en --color never --baseline "$1" docs
  expect_stderr "mee: error: cannot read baseline '$1': $2"
  ((SECONDS - started <= ${3:-10})) || fail "--baseline $1 took $((SECONDS - started)) s"
}
refused baseline.fifo "not a regular file"
refused fifo-link.json "not a regular file"
refused /dev/zero "not a regular file"
refused zero-link.json "not a regular file"
refused folder.json "it is a folder"
[[ -p baseline.fifo ]] || fail "the FIFO is no longer a FIFO"
# The baseline of a run that also writes outputs: nothing is written.
mkdir out
run 2 check --lang en --color never --baseline baseline.fifo -o json=out/r.json docs
[[ ! -e out/r.json ]] || fail "out/r.json was written although the baseline was refused"

# Over 64 MiB (a sparse file: no time or disk to make it).
if truncate -s 65M out/big.json 2>/dev/null; then
  refused out/big.json "larger than 64 MiB" 30
  rm -f out/big.json
fi
# A real baseline still works: all findings accepted, exit 0.
run 0 check --lang en --color never --write-baseline out/baseline.json docs
run 0 check --lang en --color never --baseline out/baseline.json docs
finish
