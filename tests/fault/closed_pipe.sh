#!/usr/bin/env bash
# Output piped into `head -1`: mee stops quietly (no error spew on stderr)
# and does not crash; ending by SIGPIPE, as other Unix tools do, is fine.
source "$(dirname "$0")/common.sh"
for i in $(seq 1 30); do mkdir -p many/$i && cp docs/plannen/*.yaml many/$i/; done
snapshot
piped() {
  timeout -k 5 30 "$mee" "$@" 2>err.txt | head -1 >/dev/null
  local status=${PIPESTATUS[0]}
  if [[ $status == 124 || $status == 137 ]]; then fail "mee $* | head -1 hung"; fi
  if ((status > 128 && status != 141)); then fail "mee $* | head -1 died of signal $((status - 128))"; fi
  if [[ -s err.txt ]]; then fail "mee $* | head -1 wrote to stderr: $(head -3 err.txt)"; fi
}
piped check --lang en --color never many
piped check --lang en --format json many
piped score --lang en many
piped rules --lang en
piped indicators --lang en --year 2026 many
piped indicators --lang en --year 2026 --format html many
if "$mee" render --help >/dev/null 2>&1; then
  piped render --lang en --to html docs/plannen/pva-2026-012-riolering-dalfsen.yaml
fi
finish
