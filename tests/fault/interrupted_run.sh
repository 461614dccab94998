#!/usr/bin/env bash
# SIGINT to a long run over a big generated corpus: mee stops (or finishes)
# without leaving temporary files, half outputs or changed documents.
source "$(dirname "$0")/common.sh"
for i in $(seq 1 150); do mkdir -p big/$i && cp docs/plannen/*.yaml docs/eindverslagen/*.yaml big/$i/; done
mkdir out
snapshot
interrupt() {  # interrupt DELAY ARGS...
  local delay=$1; shift
  timeout -k 5 60 "$mee" "$@" >out.txt 2>err.txt &
  local pid=$!
  sleep "$delay"
  kill -INT "$pid" 2>/dev/null
  wait "$pid"
  local status=$?
  if [[ $status == 124 || $status == 137 ]]; then fail "mee $* did not stop after SIGINT"; fi
  if ((status > 128 && status != 130)); then fail "mee $* died of signal $((status - 128)) after SIGINT"; fi
  expect_no_temporaries .
}
for delay in 0.2 0.5 1 2; do
  interrupt "$delay" check --lang en --color never big
  interrupt "$delay" indicators --lang en --year 2026 -o out/indicators.md big
  # No half file: what is there is complete (its last line is the footer).
  if [[ -f out/indicators.md ]]; then
    cmp -s out/indicators.md <("$mee" indicators --lang en --year 2026 big 2>/dev/null) ||
      fail "out/indicators.md is not the complete summary"
    rm -f out/indicators.md
  fi
  if "$mee" render --help >/dev/null 2>&1; then
    interrupt "$delay" render --lang en --to md -o out/reports/ big
    rm -rf out/reports
  fi
done
finish
