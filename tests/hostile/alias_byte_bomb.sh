#!/usr/bin/env bash
# Attack: an alias to a big scalar, repeated. A 1 MiB text anchored once and
# aliased 3,000 times is a 1 MiB file of a few thousand nodes that expands
# to 3 GiB. mee counts the bytes an expansion produces, not only its nodes:
# MEE008, at once, worded by its cause.
source "$(dirname "$0")/common.sh"
python3 - <<'PY'
big = "x" * (1024 * 1024)
with open("bomb.yaml", "w") as f:
    f.write("soort: plan\nid: PVA-2026-001\nlast: &groot " + big + "\nherhaald:\n")
    f.write("  - *groot\n" * 3000)
PY
snapshot
run 1 check --lang nl --color never bomb.yaml
expect_stdout "bomb.yaml:"
expect_stdout "MEE008"
expect_stdout "ankers en aliassen breiden het document uit tot meer dan 16 MiB tekst"
run 1 check --lang en --color never --format json bomb.yaml
expect_stdout '"code": "MEE008"'
expect_stdout "more than 16 MiB of text"
# Every command that reads documents stops the same way.
run "0 1 2" score --lang en bomb.yaml
run "0 1 2" render --lang en bomb.yaml
finish
