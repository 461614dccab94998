#!/usr/bin/env bash
# Attack: a repository holds symbolic links in a loop (a.yaml -> b.yaml ->
# a.yaml) where CI names a document or an output. Read or written, a loop
# must neither hang nor be misreported as a missing file ("does not
# exist" sends the user looking for a file that is right there). mee stops
# with exit 2 and says the path is a symbolic link in a loop; an output
# onto a looping link is refused the same way and the links stay.
source "$(dirname "$0")/common.sh"
ln -s b.yaml a.yaml
ln -s a.yaml b.yaml
ln -s self.yaml self.yaml
ln -s d.json c.json
ln -s c.json d.json
plan=docs/plannen/pva-2026-012-riolering-dalfsen.yaml
snapshot

loop() {  # loop NAME ARGS...: exit 2, a loop message naming NAME, no "does not exist"
  local name=$1; shift
  run 2 "$@"
  grep -qE "'$name' is a symbolic link in a loop|'$name'.*(loop|too many symbolic links)" err.txt ||
    fail "mee $*: no loop message for $name: $(head -3 err.txt)"
  expect_nowhere "does not exist" err.txt
}
# Named as a document.
loop a.yaml check --lang en --color never a.yaml
expect_stderr "'a.yaml' is a symbolic link in a loop (it leads back to itself)"
loop self.yaml check --lang en --color never self.yaml
loop a.yaml check --lang en --color never --format json docs a.yaml
loop a.yaml score --lang en --color never a.yaml
loop a.yaml render --lang en --color never --to md a.yaml
loop a.yaml decide --lang en --color never a.yaml
loop a.yaml check --lang en --color never --profile a.yaml docs
loop c.json check --lang en --color never --baseline c.json docs
# Named as an output.
loop c.json check --lang en --color never -o json=c.json docs
expect_stderr "'c.json' is a symbolic link in a loop (it leads back to itself); give another file"
loop c.json check --lang en --color never --write-baseline c.json docs
loop c.json agenda --lang en --color never --format ics --from 2026-01-01 docs -o c.json
loop c.json indicators --lang en --color never --year 2026 docs -o c.json
loop c.json render --lang en --color never --to md "$plan" -o c.json
for link in a.yaml:b.yaml b.yaml:a.yaml c.json:d.json d.json:c.json self.yaml:self.yaml; do
  [[ -L ${link%%:*} && $(readlink "${link%%:*}") == "${link#*:}" ]] || fail "the link ${link%%:*} was changed"
done
expect_no_temporaries .
finish
