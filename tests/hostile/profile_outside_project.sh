#!/usr/bin/env bash
# Attack: a pull request sets `profile:` in .mee.yaml to a file outside the
# repository (../../secrets.yaml, /etc/hostname, or a committed link that
# leads out), so that mee reads a file of the CI machine and shows parts of
# it in its errors, or runs with a laxer profile planted elsewhere. mee
# refuses, exit 2, at the place in .mee.yaml (file:line:col): "profile must
# be a file in the project". A profile in the project is used as before,
# and --profile on the command line (the user's own choice) may name any
# file.
source "$(dirname "$0")/common.sh"
mkdir proj
mv docs proj/docs
rm -f proj/docs/.mee.yaml
{ echo "token: SUPERSECRET123"; cat "$source_dir/profiles/dalfsen-2025.yaml"; } >outside.yaml
cp "$source_dir/profiles/dalfsen-2025.yaml" good-profile.yaml
cd proj
mkdir .git profiles
cp "$source_dir/profiles/dalfsen-2025.yaml" profiles/p.yaml
ln -s .. up                                 # a folder link out of the project
ln -s ../../outside.yaml profiles/link.yaml # a file link out of the project
ln -s p.yaml profiles/alias.yaml            # a link inside the project
snapshot

message="profile must be a file in the project"
refused() {  # refused PROFILE: .mee.yaml naming PROFILE stops every command
  printf 'lang: en\nprofile: %s\n' "$1" >.mee.yaml
  run 2 check --color never docs
  expect_stderr "mee: error: .mee.yaml:2:10: $message"
  expect_nowhere SUPERSECRET123
  run 2 check --color never --format sarif docs/plannen
  expect_stderr ".mee.yaml:2:10: $message"
  run 2 score --color never docs
  expect_stderr ".mee.yaml:2:10: $message"
  run 2 render --color never --to md docs/plannen/pva-2026-012-riolering-dalfsen.yaml
  expect_stderr ".mee.yaml:2:10: $message"
  run 2 indicators --color never --year 2026 docs
  expect_stderr ".mee.yaml:2:10: $message"
  run 2 agenda --color never --format ics --from 2026-01-01 docs
  expect_stderr ".mee.yaml:2:10: $message"
  # From a folder below, the place is shown from there.
  cd docs
  run 2 check --color never .
  expect_stderr "proj/.mee.yaml:2:10: $message"
  rm -f out.txt err.txt
  cd ..
  expect_nowhere SUPERSECRET123
  rm .mee.yaml
}
refused ../outside.yaml
refused /etc/hostname
refused "$(cd .. && pwd -P)/outside.yaml"
refused docs/../../outside.yaml
refused up/outside.yaml
refused profiles/link.yaml
# Also from a .mee.yaml deeper in the project: ../ is not allowed.
printf 'profile: ../profiles/p.yaml\n' >docs/.mee.yaml
run 2 check --lang en --color never docs
expect_stderr "docs/.mee.yaml:1:10: $message"
rm docs/.mee.yaml

# A profile in the project, also through a link inside it, is used.
for inside in profiles/p.yaml profiles/alias.yaml ./profiles/p.yaml; do
  printf 'lang: en\nprofile: %s\n' "$inside" >.mee.yaml
  run 1 check --color never docs
  expect_stdout "MEE207"
  rm .mee.yaml
done
# --profile names any file: the user's own choice.
run 1 check --lang en --color never --profile ../good-profile.yaml docs
expect_stdout "MEE207"
run 1 check --lang en --color never --profile "$(cd .. && pwd -P)/good-profile.yaml" docs
expect_stdout "MEE207"
finish
