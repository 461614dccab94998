#!/usr/bin/env bash
# Every manual page (as the build writes them, build/man/) is clean under
# `groff -man -ww -z` (no warning at all), carries the version `mee
# --version` prints, and every command of `mee --help` has its page, which
# names it.
# Skips (exit 77, saying so) only when groff is absent.
set -u
mee=$(realpath "$1")
man_dir=$(realpath "$2")
if ! command -v groff >/dev/null; then
  echo "SKIPPED: groff is not installed (Debian: groff-base)"
  exit 77
fi
fail=0
for page in "$man_dir"/*.1; do
  out=$(groff -man -ww -z "$page" 2>&1)
  if [[ -n $out ]]; then
    echo "FAILED: $(basename "$page"):"
    echo "$out" | head -10
    fail=1
  else
    echo "ok: $(basename "$page")"
  fi
done
version=$("$mee" --version | awk '{ print $2; exit }')
for page in "$man_dir"/*.1; do
  if ! head -1 "$page" | grep -qF "\"mee $version\""; then
    echo "FAILED: $(basename "$page") does not carry the version $version: $(head -1 "$page")"
    fail=1
  fi
done
commands=$("$mee" --help --lang en | sed -n '/^Commands:/,/^$/p' | awk 'NR > 1 && NF { print $1 }')
if [[ -z $commands ]]; then
  echo "FAILED: no commands in mee --help"
  exit 1
fi
for c in $commands; do
  page="$man_dir/mee-$c.1"
  if [[ ! -f $page ]]; then
    echo "FAILED: no manual page for 'mee $c' ($page)"
    fail=1
  elif ! grep -q "^mee\\\\-$c \\\\- " "$page"; then
    echo "FAILED: $page does not name 'mee-$c' in NAME"
    fail=1
  fi
  if ! grep -q "mee\\\\-$c (1)\|mee\\\\-$c (1)" "$man_dir/mee.1" && ! grep -q "BR mee\\\\-$c (1)" "$man_dir/mee.1"; then
    echo "FAILED: mee.1 does not refer to mee-$c(1)"
    fail=1
  fi
done
exit $fail
