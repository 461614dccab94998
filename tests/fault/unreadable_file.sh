#!/usr/bin/env bash
# A file that cannot be read is exit 2 naming it, never "the file is empty".
source "$(dirname "$0")/common.sh"
snapshot
if [[ $(id -u) == 0 ]]; then
  echo "skipped chmod 000: running as root, which reads it anyway"
else
  cp docs/plannen/pva-2026-012-riolering-dalfsen.yaml locked.yaml
  chmod 000 locked.yaml
  run 2 check locked.yaml
  expect_stderr "cannot read 'locked.yaml'"
  chmod 600 locked.yaml
fi
# /proc/self/mem opens, but reading its first page fails (EIO), as root too.
run 2 check --lang en /proc/self/mem
expect_stderr "mee: error: cannot read '/proc/self/mem'"
finish
