#!/usr/bin/env bash
# Attack: a pull request commits `site -> /somewhere/outside` (a folder
# link) where CI renders the reports (`mee render docs --to html -o site`),
# so that mee, often as root, fills or overwrites files outside the
# repository. mee refuses, exit 2, saying the path "leads through a
# symbolic link" outside the project, and writes nothing there: not the
# reports, not an index, not a temporary file, not a new folder.
source "$(dirname "$0")/common.sh"
rm -f docs/.mee.yaml  # the work folder, marked by .git, is the project
mkdir .git
outside=$(cd "$(mktemp -d)" && pwd -P)
trap 'cleanup; rm -rf "$outside"' EXIT
ln -s "$outside" site
plan=docs/plannen/pva-2026-012-riolering-dalfsen.yaml
snapshot

refused() {  # refused ARGS...: exit 2, the message, $outside still empty
  run 2 "$@"
  expect_stderr "leads through a symbolic link to '$outside/"
  [[ -z $(ls -A "$outside") ]] || fail "mee $* wrote outside the project: $(cd "$outside" && find . | head -5)"
  [[ -L site && $(readlink site) == "$outside" ]] || fail "mee $* replaced the link site"
  rm -rf "${outside:?}"/* "${outside:?}"/.[!.]*
}
refused render --lang en --color never docs --to html -o site
refused render --lang en --color never docs --to md -o site/
refused render --lang en --color never docs/plannen --to md -o site
refused render --lang en --color never --to html "$plan" -o site/plan.html
# A new folder below the link would be made outside the project too.
refused render --lang en --color never docs --to html -o site/reports
refused render --lang en --color never docs --to md -o site/reports/

# A link to a folder inside the project is fine: the reports land there.
mkdir real
ln -s real inside
run 0 render --lang en --color never docs --to md -o inside
[[ -L inside && -f real/index.md ]] || fail "render through a link inside the project did not write real/index.md"
rm -rf real inside
finish
