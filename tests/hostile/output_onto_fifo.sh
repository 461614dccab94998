#!/usr/bin/env bash
# Attack: a repository (or its CI job) makes an output path a FIFO or a
# device, hoping mee renames its temporary file over it (destroying the
# node) or hangs. mee writes into an existing FIFO or character device in
# place, as a shell's `>` would: the FIFO stays a FIFO and its reader gets
# the whole output, for check -o FORMAT=FILE, agenda -o and indicators -o;
# `-o json=/dev/stdout` puts the JSON on stdout.
source "$(dirname "$0")/common.sh"
mkfifo fifo
snapshot

# into_fifo EXPECTED_STATUSES ARGS...: mee ARGS (naming ./fifo as output)
# while a reader drains the FIFO into got.txt.
into_fifo() {
  local expected=$1; shift
  rm -f got.txt
  timeout 40 cat fifo >got.txt &  # longer than run's limit
  local reader=$!
  run "$expected" "$@"
  wait "$reader" || fail "the FIFO's reader got no end of file from mee $*"
  [[ -p fifo ]] || fail "mee $* replaced the FIFO: $(ls -l fifo)"
}

# check: the FIFO gets exactly the JSON that --format json prints.
"$mee" check --lang en --color never --today 2026-03-01 --format json docs >want.json 2>/dev/null
into_fifo 1 check --lang en --color never --today 2026-03-01 -o json=fifo docs
cmp -s got.txt want.json || fail "the FIFO did not get the JSON report of check: $(head -c 200 got.txt)"
expect_stdout "errors"

# agenda -o FIFO: what agenda would print.
"$mee" agenda --lang en --color never --today 2026-03-01 --format ics --from 2026-01-01 docs >want.ics 2>/dev/null
[[ -s want.ics ]] || fail "agenda printed nothing"
into_fifo 0 agenda --lang en --color never --today 2026-03-01 --format ics --from 2026-01-01 docs -o fifo
cmp -s got.txt want.ics || fail "the FIFO did not get the agenda: $(head -c 200 got.txt)"

# indicators -o FIFO.
"$mee" indicators --lang en --color never --today 2026-03-01 --year 2026 docs >want.md 2>/dev/null
[[ -s want.md ]] || fail "indicators printed nothing"
into_fifo 0 indicators --lang en --color never --today 2026-03-01 --year 2026 docs -o fifo
cmp -s got.txt want.md || fail "the FIFO did not get the indicators: $(head -c 200 got.txt)"

# -o json=/dev/stdout: the JSON arrives on stdout (a pipe here, or the
# terminal), and nothing is renamed over it.
run 1 check --lang en --color never --today 2026-03-01 -o json=/dev/stdout docs
cmp -s out.txt want.json || fail "-o json=/dev/stdout did not put the JSON report on stdout: $(head -c 200 out.txt)"
expect_no_temporaries .
rm -f got.txt want.json want.ics want.md
finish
