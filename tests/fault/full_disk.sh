#!/usr/bin/env bash
# A full disk: standard output on /dev/full is exit status 2 with the reason
# (never a report that silently lacks its end); an output file on a full
# file system (a 16 KiB tmpfs, where the test may mount one) is exit status
# 2 naming the path, with no partial and no temporary file left.
source "$(dirname "$0")/common.sh"
snapshot
plan=docs/plannen/pva-2026-012-riolering-dalfsen.yaml
to_full() {  # to_full ARGS...: mee ARGS >/dev/full fails cleanly
  timeout -k 5 30 "$mee" "$@" >/dev/full 2>err.txt </dev/null
  local status=$?
  [[ $status == 2 ]] || fail "mee $* >/dev/full: exit status $status, expected 2"
  expect_stderr "cannot write to standard output: no space left on the disk"
}
to_full check --lang en --today 2026-12-01 docs
to_full check --lang en --format sarif --today 2026-12-01 docs
to_full indicators --lang en --year 2026 --format html docs
to_full render --lang en --to html "$plan"
to_full agenda --lang en --format ics --from 2026-01-01 docs
to_full rules --lang en

full=$work/full
mkdir "$full"
if mount -t tmpfs -o size=16k tmpfs "$full" 2>/dev/null; then
  trap 'umount "$full" 2>/dev/null; cleanup' EXIT
  run 2 render --lang en --to html "$plan" -o "$full/plan.html"
  expect_stderr "$full/plan.html"
  expect_stderr "no space left on the disk"
  [[ -z $(ls -A "$full") ]] || fail "files left on the full disk: $(ls -A "$full")"
  run 2 check --lang en --today 2026-12-01 docs --output "sarif=$full/mee.sarif"
  expect_stderr "$full/mee.sarif"
  [[ -z $(ls -A "$full") ]] || fail "files left on the full disk: $(ls -A "$full")"
  umount "$full"
else
  echo "note: cannot mount a small tmpfs here (not root?): the full file system part is skipped"
fi
finish
