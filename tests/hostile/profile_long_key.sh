#!/usr/bin/env bash
# Attack: a profile (named by --profile, or by `profile:` in a hostile
# .mee.yaml) whose value that must match a pattern (`profiel`,
# ^[a-z0-9-]+$; a slug such as doelen[].sleutel, ^[a-z0-9]+(-[a-z0-9]+)*$)
# is a 300,000-character string with one bad character at the end. Matching
# it with std::regex recursed once per character and crashed mee with a
# stack overflow. mee now rejects the profile at once: exit 2, "is not a
# valid profile" with file:line:col and the key path, and without the long
# value (profile errors quote no values).
source "$(dirname "$0")/common.sh"
mkdir .git
python3 - "$source_dir/profiles/dalfsen-2025.yaml" <<'PY'
import sys
src = open(sys.argv[1], encoding="utf-8").read()
long = "q" * 300000 + "!"
assert "profiel: dalfsen-2025" in src and "  - sleutel: eigenaarschap" in src
open("p-name.yaml", "w").write(src.replace("profiel: dalfsen-2025", "profiel: " + long))
open("p-slug.yaml", "w").write(src.replace("  - sleutel: eigenaarschap", "  - sleutel: " + long))
# Many groups of the slug's (-[a-z0-9]+)* with a bad end: backtracking too.
open("p-groups.yaml", "w").write(src.replace("  - sleutel: eigenaarschap", "  - sleutel: " + "q-" * 150000 + "Q"))
PY
snapshot

# expect_rejected PROFILE WHERE: exit 2, the place and key path, no value.
expect_rejected() {
  expect_stderr "mee: error: $1 is not a valid profile:"
  expect_stderr "$1:$2: does not match the profile schema (mee schema profile)"
  expect_nowhere "qqqqqqqqqq"
  expect_nowhere "q-q-q-q-q-"
  local size
  size=$(wc -c <err.txt)
  ((size < 1000)) || fail "stderr is $size bytes: the value is quoted"
  [[ ! -s out.txt ]] || fail "a report despite the bad profile: $(head -3 out.txt)"
}

run 2 check --lang en --color never --profile p-name.yaml docs
expect_rejected p-name.yaml "5:10: profiel"
run 2 check --lang en --color never --profile p-slug.yaml docs
expect_rejected p-slug.yaml "14:14: doelen[2].sleutel"
run 2 check --lang en --color never --profile p-groups.yaml docs
expect_rejected p-groups.yaml "14:14: doelen[2].sleutel"
# Every command that takes a profile.
run 2 score --lang en --color never --profile p-slug.yaml docs
expect_rejected p-slug.yaml "14:14: doelen[2].sleutel"
run 2 render --to md --lang en --color never --profile p-name.yaml docs/plannen/pva-2026-012-riolering-dalfsen.yaml
expect_rejected p-name.yaml "5:10: profiel"

# Named by a .mee.yaml in the repository (the pull request's own).
mkdir project
cp docs/plannen/pva-2026-012-riolering-dalfsen.yaml p-slug.yaml project/
printf 'lang: en\nprofile: p-slug.yaml\n' >project/.mee.yaml
snapshot
run 2 check --color never project
expect_stderr "is not a valid profile"
expect_stderr "p-slug.yaml:14:14: doelen[2].sleutel"
expect_nowhere "qqqqqqqqqq"
finish
