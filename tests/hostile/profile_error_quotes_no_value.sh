#!/usr/bin/env bash
# Attack: a profile error that quotes the value. A hostile .mee.yaml can
# name any file as its profile (`profile: ...`), and the error lands in a
# public CI log; a profile with a wrong-typed value (a number, a boolean, a
# date, a text field set to a secret-looking text or mapping) printed that
# value. mee now rejects such a profile with exit 2 and names only the file,
# line, column and key path ("p.yaml:284:17: getallen.intake_dagen: does not
# match the profile schema"), never the value; the same for a profile that
# is well-formed but inconsistent (a school holiday whose `tot` is before
# `van`, a level not in `niveaus`).
source "$(dirname "$0")/common.sh"
mkdir .git
python3 - "$source_dir/profiles/dalfsen-2025.yaml" <<'PY'
import re, sys
src = open(sys.argv[1], encoding="utf-8").read()
def make(name, old, new):
    assert re.search(old, src), old
    open(name, "w", encoding="utf-8").write(re.sub(old, new, src, count=1))
make("p-number.yaml", r"intake_dagen: *\d+", "intake_dagen: SECRET-ABC-123")
make("p-bool.yaml", r"dorpsvisie_elk_niveau: true", "dorpsvisie_elk_niveau: SECRET-ABC-123")
make("p-date.yaml", r"dekking: \{van: 2025-08-25", "dekking: {van: SECRET-ABC-123")
make("p-text.yaml", r"naam: Met Elkaar 2.0, gemeente Dalfsen", "naam: {geheim: SECRET-ABC-123}")
make("p-list.yaml", r"kernen: \[Dalfsen,", "kernen: [[SECRET-ABC-123], Dalfsen,")
# Well-formed for the schema, but inconsistent.
make("p-holiday.yaml", r"- naam: herfstvakantie\n( *)advies: true\n( *)noord: \{van: 2025-10-18, tot: 2025-10-26\}",
     r"- naam: SECRET-ABC-123\n\1advies: true\n\2noord: {van: 2025-10-28, tot: 2025-10-26}")
make("p-level.yaml", r"  beleid: \[raadplegen, adviseren\]", "  beleid: [raadplegen, secret-abc-123]")
PY
snapshot

# rejected PROFILE LINE:COL KEY-PATH: exit 2 with the place, no value.
rejected() {
  run 2 check --lang en --color never --profile "$1" docs
  expect_stderr "mee: error: $1 is not a valid profile:"
  expect_stderr "$1:$2: $3: "
  expect_nowhere "SECRET-ABC-123"
  expect_nowhere "secret-abc-123"
  [[ ! -s out.txt ]] || fail "$1: a report despite the bad profile"
}
rejected p-number.yaml 284:17 getallen.intake_dagen
expect_stderr "p-number.yaml:284:17: getallen.intake_dagen: does not match the profile schema (mee schema profile)"
rejected p-bool.yaml 52:24 dorpsvisie_elk_niveau
rejected p-date.yaml 149:18 schoolvakanties.dekking.van
rejected p-text.yaml 6:7 naam
rejected p-list.yaml 277:10 "kernen[0]"

# In Dutch, and named by the repository's own .mee.yaml.
mkdir project
cp docs/plannen/pva-2026-012-riolering-dalfsen.yaml p-number.yaml project/
printf 'lang: nl\nprofile: p-number.yaml\n' >project/.mee.yaml
snapshot
run 2 check --color never project
expect_stderr "is geen geldig profiel"
expect_stderr "p-number.yaml:284:17: getallen.intake_dagen: past niet bij het profielschema"
expect_nowhere "SECRET-ABC-123"

# Inconsistent profiles: the key path, not the value. (FAILS with the
# binary of 2026-12-07: "school holiday 'SECRET-ABC-123': 'tot' is before
# 'van'", "niveau_per_soort_werk.beleid: 'secret-abc-123' is not one of niveaus".)
for case in "p-holiday.yaml schoolvakanties" "p-level.yaml niveau_per_soort_werk.beleid"; do
  set -- $case
  run 2 check --lang en --color never --profile $1 docs
  expect_stderr "mee: error: $1 is not a valid profile:"
  expect_stderr "$2"
  expect_nowhere "SECRET-ABC-123"
  expect_nowhere "secret-abc-123"
done
finish
