#!/usr/bin/env bash
# Runs one end-to-end case: copies the case folder to a fresh temporary
# folder, runs its setup.sh there (if any), then `mee ARGS` with ARGS from
# the file `cmd`, and compares stdout, stderr and the exit status with
# `stdout`, `stderr` (empty when absent) and `status` (0 when absent).
# MEE_UPDATE=1 rewrites the expected files from what mee printed.
# The temporary folder's absolute path differs on every run, so where mee
# prints it (a bad .mee.yaml is named by its absolute path) it is replaced
# by `<case>` before comparing, and timings on stderr ("12 ms") by "<n> ms".
# GITHUB_ACTIONS is unset, so that the text format stays text on GitHub.
set -u
# Both may be given relative to the current folder; the case runs elsewhere.
mee=$(realpath "$1")
case_dir=$(realpath "$2")
e2e_dir=$(dirname "$(realpath "$0")")
work=$(cd "$(mktemp -d)" && pwd -P)
trap 'rm -rf "$work"' EXIT
cp -r "$case_dir"/. "$work"/
cd "$work" || exit 2
if [[ -f setup.sh ]]; then
  # MEE_E2E_DIR: where shared setup helpers live (outside_project.sh).
  MEE_E2E_DIR=$e2e_dir bash setup.sh || { echo "setup.sh failed"; exit 1; }
fi
eval "set -- $(cat cmd)"
env -u NO_COLOR -u GITHUB_ACTIONS LANG=C.UTF-8 LC_ALL= LC_MESSAGES= "$mee" "$@" >"$work/.out" 2>"$work/.err"
status=$?
work_re=$(printf '%s' "$work" | sed 's/[][\\.*^$/]/\\&/g')
sed -i "s/$work_re/<case>/g" "$work/.out" "$work/.err"
# --verbose prints timings; they differ on every run.
sed -i -E 's/\b[0-9]+ ms\b/<n> ms/g' "$work/.err"
if [[ ${MEE_UPDATE:-0} == 1 ]]; then
  cp "$work/.out" "$case_dir/stdout"
  if [[ -s "$work/.err" ]]; then cp "$work/.err" "$case_dir/stderr"; else rm -f "$case_dir/stderr"; fi
  if [[ $status != 0 ]]; then echo "$status" >"$case_dir/status"; else rm -f "$case_dir/status"; fi
  exit 0
fi
ok=1
expected_status=0
[[ -f status ]] && expected_status=$(cat status)
if [[ $status != "$expected_status" ]]; then
  echo "exit status: expected $expected_status, got $status"
  ok=0
fi
if ! diff -u stdout "$work/.out"; then
  echo "stdout differs (above: - expected, + actual)"
  ok=0
fi
expected_err=/dev/null
[[ -f stderr ]] && expected_err=stderr
if ! diff -u "$expected_err" "$work/.err"; then
  echo "stderr differs (above: - expected, + actual)"
  ok=0
fi
[[ $ok == 1 ]]
