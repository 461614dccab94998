#!/usr/bin/env bash
# Attack: a YAML file in the repository that is no mee document and cannot
# be parsed (a tool's file, an encrypted secret, a deliberately broken one)
# would have its lines echoed under its MEE001 finding, into a public CI
# log. mee now reports the place and the reason, but shows no line of a
# walked file that shows no sign of being a mee document (no `soort:`); a
# broken mee document still shows its line.
source "$(dirname "$0")/common.sh"
mkdir .git
printf 'token: "SUPERSECRET123\nkey: [\n' >docs/deploy-secret.yaml
printf 'soort: plan\nid: PVA-2026-001\ntitel: "kapot\nopgave: x\n' >docs/plannen/kapot.yaml
snapshot
run 1 check --lang en --color never docs
expect_stdout "docs/deploy-secret.yaml:"
expect_stdout "MEE001"
expect_nowhere "SUPERSECRET123"
# A broken mee document still shows its line, so its writer can mend it.
expect_stdout 'titel: "kapot'
for format in json sarif junit github codequality; do
  run 1 check --lang en --format "$format" docs
  expect_nowhere "SUPERSECRET123"
done
# Named on the command line it is meant as a document: its line is shown.
run 1 check --lang en --color never docs/deploy-secret.yaml
expect_stdout "MEE001"
finish
