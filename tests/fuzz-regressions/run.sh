#!/usr/bin/env bash
# Runs `mee check` on one input that once crashed or hung a fuzz target, in
# a fresh temporary folder: it must end with status 0, 1 or 2 (a finding or
# a clean refusal), within 30 seconds, without changing the file.
set -u
mee=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$2" "$work/input.yaml"
cd "$work" || exit 2
before=$(sha256sum input.yaml)
timeout -k 5 30 "$mee" check --lang en --color never --today 2026-06-01 input.yaml >/dev/null 2>err.txt
status=$?
if [[ $status != 0 && $status != 1 && $status != 2 ]]; then
  echo "FAIL: mee check ended with status $status"; cat err.txt; exit 1
fi
[[ $(sha256sum input.yaml) == "$before" ]] || { echo "FAIL: input changed"; exit 1; }
echo ok
