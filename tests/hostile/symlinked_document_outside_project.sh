#!/usr/bin/env bash
# Attack: a pull request adds docs/plannen/leak.yaml as a symbolic link to a
# file outside the repository (a CI secret, ~/.ssh/..., /etc/...) that
# starts like a document, hoping mee quotes its lines in findings, in the
# public CI log or in an uploaded report. mee does not read it: MEE007
# "this is a symbolic link to '...', outside the project", also when the
# link is named directly and in json and sarif; the secret appears
# nowhere. A link to a document inside the project is read as usual.
source "$(dirname "$0")/common.sh"
rm -f docs/.mee.yaml  # the work folder, marked by .git, is the project
mkdir .git
outside=$(cd "$(mktemp -d)" && pwd -P)
trap 'cleanup; rm -rf "$outside"' EXIT
# A plan whose every answer and text is the secret: read, it would be quoted.
{
  printf 'soort: plan\nid: PVA-2026-099\ntoken: SUPERSECRET123\n'
  sed -e '/^soort:/d' -e '/^id:/d' -e 's/\(toelichting\|titel\|naam\): .*/\1: SUPERSECRET123/' \
    docs/plannen/pva-2026-012-riolering-dalfsen.yaml
  printf 'datum: SUPERSECRET123\n'
} >"$outside/secret.yaml"
ln -s "$outside/secret.yaml" docs/plannen/leak.yaml
# A link to a document elsewhere in the project.
mkdir store
mv docs/plannen/pva-2026-017-parkeren-centrum-dalfsen.yaml store/
ln -s ../../store/pva-2026-017-parkeren-centrum-dalfsen.yaml docs/plannen/inside.yaml
snapshot

message="MEE007 this is a symbolic link to '$outside/secret.yaml', outside the project"
run 1 check --lang en --color never docs
expect_stdout "docs/plannen/leak.yaml:1:1: error $message"
expect_nowhere SUPERSECRET123
run 1 check --lang en --color never docs/plannen/leak.yaml
expect_stdout "docs/plannen/leak.yaml:1:1: error $message"
expect_nowhere SUPERSECRET123
for format in json sarif junit github codequality; do
  run 1 check --lang en --color never --format "$format" docs
  expect_stdout "MEE007"
  expect_stdout "outside the project"
  expect_nowhere SUPERSECRET123
  run 1 check --lang en --color never --format "$format" docs/plannen/leak.yaml
  expect_stdout "MEE007"
  expect_nowhere SUPERSECRET123
done
mkdir -p out
run 1 check --lang en --color never docs -o json=out/report.json -o sarif=out/report.sarif
expect_nowhere SUPERSECRET123 out/report.json out/report.sarif
grep -qF '"MEE007"' out/report.json || fail "out/report.json lacks MEE007"

# The other commands that read documents do not read it either.
run "0 1 2" score --lang en --color never docs
expect_nowhere SUPERSECRET123
run "0 1 2" score --lang en --color never docs/plannen/leak.yaml
expect_nowhere SUPERSECRET123
run "0 1 2" render --lang en --color never --to md docs/plannen/leak.yaml
expect_nowhere SUPERSECRET123
run "0 1 2" render --lang en --color never --to html docs -o out/site/
expect_nowhere SUPERSECRET123 out.txt err.txt out/site/*
run "0 1 2" indicators --lang en --color never --year 2026 docs
expect_nowhere SUPERSECRET123
run "0 1 2" agenda --lang en --color never --format ics --include-concept --from 2026-01-01 docs
expect_nowhere SUPERSECRET123
run 2 decide --lang en --color never docs/plannen/leak.yaml
expect_nowhere SUPERSECRET123

# A link inside the project is read: its findings are there, no MEE007.
run 1 check --lang en --color never docs/plannen/inside.yaml
expect_stdout "docs/plannen/inside.yaml:20:18: error MEE101"
grep -q "inside.yaml.*MEE007" out.txt && fail "a link inside the project was refused: $(grep MEE007 out.txt)"
run 1 check --lang en --color never docs
expect_stdout "docs/plannen/inside.yaml:20:18: error MEE101"
rm -rf out
finish
