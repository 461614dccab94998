#!/usr/bin/env bash
# Files and folders that are gone by the time mee reads them: a dangling
# symlink named and walked, and folders removed while mee walks and reads.
source "$(dirname "$0")/common.sh"
ln -s nowhere.yaml dangling.yaml
ln -s gone docs/dangling-folder
snapshot
run 2 check --lang en dangling.yaml
expect_stderr "'dangling.yaml' does not exist"
run "0 1" check --lang en --color never docs
# A big corpus of which folders disappear during the run: any outcome but a
# hang or a crash; a failure names what it could not read.
for i in $(seq 1 40); do mkdir -p big/$i && cp docs/plannen/*.yaml big/$i/; done
for round in 1 2 3; do
  rm -rf copy && cp -r big copy
  ( sleep 0.$((round * 2)); rm -rf copy/1* copy/2* ) &
  run "0 1 2" check --lang en --color never copy
  wait
  if [[ $status == 2 ]]; then grep -q "copy/" err.txt || fail "failure does not name a path: $(cat err.txt)"; fi
done
rm -rf copy big
finish
