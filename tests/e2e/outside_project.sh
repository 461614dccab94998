#!/usr/bin/env bash
# For a case about documents outside any project (its setup.sh runs this):
# no .mee.yaml and no git work tree in or above the case's temporary folder
# (run_case.sh makes it with mktemp; a TMPDIR inside a git work tree would
# change what mee finds).
d=$PWD
while :; do
  if [[ -e $d/.git || -e $d/.mee.yaml ]]; then
    echo "$d holds .git or .mee.yaml: run this case with TMPDIR outside any project"
    exit 1
  fi
  [[ $d == / ]] && break
  d=$(dirname "$d")
done
