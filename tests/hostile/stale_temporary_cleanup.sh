#!/usr/bin/env bash
# Attack (or accident): a run killed by SIGKILL (a CI timeout, the OOM
# killer) leaves its temporary file `.mee-PID-XXXXXXXX.tmp` in the output's
# folder, and such files pile up in a workspace that is reused. mee removes,
# in the folder it writes to, the temporary files of its own naming whose
# process is gone; it leaves alone those of a live process, other names
# that only look alike, and anything that is not a regular file (a link,
# whose target stays too).
source "$(dirname "$0")/common.sh"
dead=999999
while kill -0 "$dead" 2>/dev/null; do dead=$((dead - 1)); done  # a PID that runs no process
mkdir out
stale=".mee-$dead-deadbeef.tmp"
echo "half a report" >"out/$stale"
echo "half" >"out/.mee-$dead-0badcafe.tmp"
keep=(".mee-notapid.tmp" "mee-1-deadbeef.tmp" ".mee-$dead-DEADBEEF.tmp" ".mee-$dead-deadbee.tmp"
  ".mee-$dead-deadbeef.tmp.bak" ".mee--deadbeef.tmp" ".mee-$$-deadbeef.tmp")
for name in "${keep[@]}"; do echo "not mee's to remove" >"out/$name"; done
mkdir "out/.mee-$dead-00000000.tmp"                     # a folder
echo "target" >target.txt
ln -s ../target.txt "out/.mee-$dead-11111111.tmp"       # a link
snapshot

run 1 check --lang en --color never -o json=out/r.json docs
grep -qF '"findings"' out/r.json || fail "out/r.json is not the report"
[[ ! -e out/$stale ]] || fail "the stale temporary file $stale was left"
[[ ! -e out/.mee-$dead-0badcafe.tmp ]] || fail "the stale temporary file .mee-$dead-0badcafe.tmp was left"
for name in "${keep[@]}"; do
  [[ -f out/$name ]] || fail "mee removed out/$name, which is not a stale temporary file of its own"
done
[[ -d out/.mee-$dead-00000000.tmp ]] || fail "mee removed a folder named like a temporary file"
[[ -L out/.mee-$dead-11111111.tmp ]] || fail "mee removed a link named like a temporary file"
[[ $(cat target.txt) == target ]] || fail "the link's target changed"

# The same for the other commands that write files.
echo "half" >"out/$stale"
run 0 indicators --lang en --color never --year 2026 docs -o out/indicators.md
[[ ! -e out/$stale ]] || fail "indicators -o left the stale temporary file"
echo "half" >"out/$stale"
run 0 render --lang en --color never --to md docs/plannen/pva-2026-012-riolering-dalfsen.yaml -o out/plan.md
[[ ! -e out/$stale ]] || fail "render -o left the stale temporary file"
# mee's own temporary files are gone after a run, too: only the planted
# files are left.
expected=$(printf '%s\n' "${keep[@]}" ".mee-$dead-00000000.tmp" ".mee-$dead-11111111.tmp" indicators.md plan.md r.json | sort)
[[ $(ls -A out | sort) == "$expected" ]] || fail "out/ holds other files than expected: $(ls -A out)"
finish
