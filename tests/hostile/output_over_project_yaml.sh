#!/usr/bin/env bash
# Attack: a pull request changes the CI command line (or a Makefile it
# calls) so that an output of mee lands on a YAML file of the project: a
# document, .mee.yaml, the profile, .meeignore, or some other YAML file
# such as the CI configuration, silently rewriting what a later step or
# reviewer trusts. mee refuses, exit 2, before writing anything: the path
# "is one of the files mee reads" or "is a YAML file of the project".
# A new file of another kind (a .json) is written as usual.
source "$(dirname "$0")/common.sh"
rm -f docs/.mee.yaml  # the work folder is the project, by its .mee.yaml
mkdir profiles
cp "$source_dir/profiles/dalfsen-2025.yaml" profiles/p.yaml
printf 'lang: en\nprofile: profiles/p.yaml\n' >.mee.yaml
plan=docs/plannen/pva-2026-012-riolering-dalfsen.yaml
eindverslag=docs/eindverslagen/ev-2025-024-speelplek-hoonhorst.yaml
ci=docs/ci/github-actions.yml  # YAML of the project, but no document (.meeignore)
snapshot

# refused ARGS...: exit 2 and one of the two messages; finish checks that
# no file changed.
refused() {
  run 2 "$@"
  grep -qE "is (a YAML file of the project|one of the files mee reads)" err.txt ||
    fail "mee $*: no refusal on stderr: $(head -3 err.txt)"
  expect_no_temporaries .
}
refused check --lang en --color never docs/plannen -o json="$eindverslag"
expect_stderr "'$eindverslag' is a YAML file of the project"
refused check --lang en --color never docs -o json=.mee.yaml
expect_stderr "'.mee.yaml' is one of the files mee reads"
refused check --lang en --color never docs --write-baseline .mee.yaml
refused check --lang en --color never docs -o json=profiles/p.yaml
expect_stderr "'profiles/p.yaml' is one of the files mee reads"
refused check --lang en --color never docs --write-baseline profiles/p.yaml
refused check --lang en --color never docs -o sarif=docs/.meeignore
expect_stderr "'docs/.meeignore' is a YAML file of the project"
refused check --lang en --color never docs -o json="$ci"
expect_stderr "'$ci' is a YAML file of the project"
refused check --lang en --color never docs -o json=new.json -o sarif="$plan"
[[ ! -e new.json ]] || fail "one output was refused but another was still written"
refused agenda --lang en --color never --format ics --from 2026-01-01 docs -o "$plan"
refused agenda --lang en --color never --format ics --from 2026-01-01 docs/plannen -o "$ci"
refused indicators --lang en --color never --year 2026 docs -o profiles/p.yaml
refused render --lang en --color never --to md "$plan" -o .mee.yaml
refused render --lang en --color never --to md "$plan" -o profiles/p.yaml
refused render --lang en --color never --to html "$plan" -o "$eindverslag"

# Every output is checked before the first is written: a refused -o leaves
# no baseline behind either.
refused check --lang en --color never docs --write-baseline fresh-baseline.json -o json=.mee.yaml
[[ ! -e fresh-baseline.json ]] || fail "an output was refused but the baseline was still written"

# A new .json file, in the project or among the documents, is fine.
run 1 check --lang en --color never docs -o json=new.json
grep -qF '"findings"' new.json || fail "new.json did not get the report"
run 1 check --lang en --color never docs/plannen -o json=docs/plannen/new.json
grep -qF '"findings"' docs/plannen/new.json || fail "docs/plannen/new.json did not get the report"
rm -f new.json docs/plannen/new.json
finish
