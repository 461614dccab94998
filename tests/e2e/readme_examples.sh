#!/usr/bin/env bash
# The README shows the output of `mee check examples/`; it must be exactly
# what mee prints. The block sits between the markers
# <!-- mee check examples: begin --> and <!-- mee check examples: end -->,
# inside a ```text fence, after a line with the command.
set -u
mee=$(realpath "$1")
root=$2
cd "$root" || exit 2
expected=$(sed -n '/<!-- mee check examples: begin -->/,/<!-- mee check examples: end -->/p' README.md |
  sed '1,/^```text$/d' | sed '/^```$/,$d' | sed '1d')
command_line=$(sed -n '/<!-- mee check examples: begin -->/,/<!-- mee check examples: end -->/p' README.md |
  sed '1,/^```text$/d' | head -1)
if [[ $command_line != '$ mee check --today 2026-12-01 examples/' ]]; then
  echo "README: the block must start with: \$ mee check --today 2026-12-01 examples/ (found: $command_line)"
  exit 1
fi
actual=$(env -u NO_COLOR -u GITHUB_ACTIONS LANG=C.UTF-8 LC_ALL= LC_MESSAGES= "$mee" check --color never --today 2026-12-01 examples/)
if [[ "$expected" != "$actual" ]]; then
  diff -u <(printf '%s\n' "$expected") <(printf '%s\n' "$actual")
  echo "the README's output of mee check examples/ differs from mee's (above: - README, + mee)"
  exit 1
fi
echo "README example output matches"
