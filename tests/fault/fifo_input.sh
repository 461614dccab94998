#!/usr/bin/env bash
# A FIFO is never opened for reading: named as a document, as a profile, as
# .mee.yaml's profile, found in a walked folder, or as .meeignore; without
# the check, opening it would wait for a writer forever.
source "$(dirname "$0")/common.sh"
mkfifo pipe.yaml docs/plannen/walked-pipe.yaml docs/.meeignore
mkdir project && cp docs/plannen/pva-2026-012-riolering-dalfsen.yaml project/
mkfifo project/.mee.yaml
snapshot
run 2 check --lang en pipe.yaml
expect_stderr "mee: error: cannot read 'pipe.yaml': not a regular file"
run 2 decide --lang en pipe.yaml
run 2 check --lang en --profile pipe.yaml docs
expect_stderr "pipe.yaml"
run "0 1" check --lang en --color never docs
cd project
run 2 check --lang en pva-2026-012-riolering-dalfsen.yaml
expect_stderr ".mee.yaml"
cd ..
finish
