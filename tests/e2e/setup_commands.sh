#!/usr/bin/env bash
# The README's two set-up commands and .ci/run agree: .ci/run installs every
# package the two commands install (and clang-format, for its format check,
# nothing else), the first command installs nothing only the tests use, and
# .ci/run runs the second command's build and test line as it is.
set -u
source_dir=$(realpath "$1")
readme=$source_dir/README.md
ci=$source_dir/.ci/run
fail=0
expect() {  # WHAT EXPECTED ACTUAL
  if [[ $2 == "$3" ]]; then
    echo "ok: $1"
  else
    printf 'FAILED: %s\n  expected: %s\n  got:      %s\n' "$1" "$2" "$3"
    fail=1
  fi
}
# The commands: the lines of the first two sh blocks under "## Set up".
mapfile -t commands < <(sed -n '/^## Set up/,/^## /p' "$readme" | awk '/^```sh$/{on=1; next} /^```$/{on=0} on')
expect "the README has two set-up commands" 2 "${#commands[@]}"
packages_of() {  # the packages after `apt-get install ... ` up to the next &&
  sed -E 's/.*apt-get install -y --no-install-recommends ([^&]*)&&.*/\1/' <<<"$1" | tr ' ' '\n' | sed '/^$/d' | sort
}
first=$(packages_of "${commands[0]}")
second=$(packages_of "${commands[1]}")
readme_all=$(sort <<<"$first"$'\n'"$second" | sed '/^$/d')
ci_all=$(sed -n '/^packages=(/,/)/p' "$ci" | sed -E 's/^packages=\(//; s/\)$//' | tr ' ' '\n' | sed '/^$/d' | sort)
expect ".ci/run installs the README's packages and clang-format" \
  "$(sort <<<"$readme_all"$'\n'clang-format | tr '\n' ' ')" "$(tr '\n' ' ' <<<"$ci_all")"
for p in chromium python3-icalendar python3-jsonschema python3-yaml libxml2-utils groff-base pre-commit zsh fish bc time \
  libyaml-cpp-dev; do
  expect "the first command does not install $p (only the tests use it)" "" "$(grep -x -- "$p" <<<"$first")"
done
expect "the first command ends with the build and the check of the examples" \
  "cmake -S . -B build -G Ninja && cmake --build build && ./build/mee check examples/" \
  "$(sed -E 's/.*&& (cmake -S)/\1/' <<<"${commands[0]}")"
test_line=$(sed -E 's/.*&& (cmake -S)/\1/' <<<"${commands[1]}")
expect "the second command ends with the build and ctest" \
  "cmake -S . -B build -G Ninja && cmake --build build && ctest --test-dir build --output-on-failure -j2" "$test_line"
expect ".ci/run runs that line as it is" 1 "$(grep -cxF -- "$test_line" "$ci")"
exit $fail
