#!/usr/bin/env bash
# An output path that cannot be written: exit 2 naming it, no file and no
# temporary file left, for every command that writes with -o.
source "$(dirname "$0")/common.sh"
mkdir out
snapshot
plan=docs/plannen/pva-2026-012-riolering-dalfsen.yaml
check_cmd() {  # check_cmd PATH ARGS...: mee ARGS -o PATH fails cleanly
  local path=$1; shift
  run 2 "$@" -o "$path"
  expect_stderr "$path"
  [[ ! -e $path || -d $path ]] || fail "mee $* -o $path left $path"
  expect_no_temporaries .
}
check_cmd /nonexistent/x.md indicators --lang en --year 2026 docs
check_cmd out indicators --lang en --year 2026 docs
if "$mee" render --help >/dev/null 2>&1; then
  check_cmd /nonexistent/x.md render --lang en --to md "$plan"
  check_cmd /nonexistent/x.html render --lang en --to html "$plan"
fi
if "$mee" agenda --help >/dev/null 2>&1; then
  check_cmd /nonexistent/x.ics agenda --lang en --format ics --from 2026-01-01 docs
fi
# Writing over a document it read is refused too.
if "$mee" render --help >/dev/null 2>&1; then
  run 2 render --lang en --to md "$plan" -o "$plan"
fi
finish
