#!/usr/bin/env bash
# Runs a test only when what it needs from outside the project is there;
# otherwise prints one line saying what is missing and exits 77, which ctest
# reports as skipped (SKIP_RETURN_CODE 77), never as passed.
#   skip_unless.sh dir PATH WHAT -- COMMAND...        PATH is a folder
#   skip_unless.sh pkg-config MODULE WHAT -- COMMAND...
# WHAT says how to provide it.
set -u
kind=$1 thing=$2 what=$3
shift 3
[[ ${1-} == -- ]] && shift
case $kind in
  dir) [[ -d $thing ]] || { echo "SKIPPED: $thing is not there; $what"; exit 77; } ;;
  pkg-config) pkg-config --exists "$thing" 2>/dev/null || { echo "SKIPPED: pkg-config finds no $thing; $what"; exit 77; } ;;
  *) echo "skip_unless.sh: unknown kind '$kind'" >&2; exit 2 ;;
esac
exec "$@"
