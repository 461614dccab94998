#!/usr/bin/env bash
# The test of tools/new-rule (ctest tools.new-rule): in a temporary copy of
# lib/rules/ and tests/rules/, it adds a rule to a family file of each kind
# and checks what it wrote: the definition block and the check skeleton,
# which compile without a warning as written (and are clang-formatted, when
# clang-format is installed); the fixture with a firing and a quiet case;
# that it refuses a code that exists and a file outside lib/rules/; and that
# --dry-run changes nothing.
#   test-new-rule.sh SOURCE_DIR CXX
set -euo pipefail
src=$1 cxx=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/tools" "$tmp/tests"
cp -r "$src/lib" "$tmp/lib"
cp -r "$src/tests/rules" "$tmp/tests/rules"
cp "$src/tools/new-rule" "$tmp/tools/new-rule"
[[ -f $src/.clang-format ]] && cp "$src/.clang-format" "$tmp/.clang-format"
cd "$tmp"
fail() { echo "FAIL: $*" >&2; exit 1; }

python3 tools/new-rule --help | grep -q 'usage: new-rule' || fail "--help prints no usage"

# --dry-run prints, and changes nothing.
before=$(md5sum lib/rules/plan/planning.cpp)
python3 tools/new-rule --dry-run MEE199 lib/rules/plan/planning.cpp > dry.txt
grep -q '^extern const Rule MEE199{' dry.txt || fail "--dry-run does not print the definition"
[[ $(md5sum lib/rules/plan/planning.cpp) == "$before" ]] || fail "--dry-run changed the family file"
[[ ! -e tests/rules/MEE199.yaml ]] || fail "--dry-run wrote the fixture"

# Refusals: an existing code, an existing fixture, a file outside lib/rules/.
if python3 tools/new-rule MEE101 lib/rules/plan/planning.cpp 2> err.txt; then fail "accepted MEE101, which exists"; fi
grep -q 'already defined' err.txt || fail "no reason given for MEE101: $(cat err.txt)"
if python3 tools/new-rule MEE198 lib/base/date.cpp 2> err.txt; then fail "accepted a file outside lib/rules/"; fi
grep -q 'not a .cpp file under' err.txt || fail "no reason given for lib/base/date.cpp: $(cat err.txt)"

# A rule in a family file of each kind.
for pair in MEE199:lib/rules/plan/planning.cpp MEE299:lib/rules/eindverslag.cpp MEE399:lib/rules/initiatief.cpp \
            MEE499:lib/rules/project.cpp MEE099:lib/rules/format.cpp; do
  code=${pair%%:*} file=${pair#*:}
  python3 tools/new-rule "$code" "$file" > out.txt || fail "new-rule $code $file failed"
  grep -q "^extern const Rule $code{" "$file" || fail "$file has no definition of $code"
  tail -1 "$file" | grep -qx '}  // namespace mee::rules' || fail "$file no longer ends with its namespace"
  for field in .code .scope .severity .section .title .why .fix .example; do
    grep -A30 "^extern const Rule $code{" "$file" | grep -Eq "^    [.]${field#.} =( |\$)" || fail "$code has no $field"
  done
  "$cxx" -std=c++20 -fsyntax-only -Wall -Wextra -Wpedantic -Wshadow -Werror -I lib "$file" \
    || fail "$file does not compile without warnings after new-rule $code"
  if command -v clang-format > /dev/null && [[ -f .clang-format ]]; then
    clang-format --dry-run --Werror "$file" 2> fmt.txt || fail "what new-rule wrote is not clang-formatted: $(head -20 fmt.txt)"
  fi
  fixture=tests/rules/$code.yaml
  [[ -f $fixture ]] || fail "no fixture $fixture"
  grep -qx "rule: $code" "$fixture" || fail "$fixture does not name $code"
  grep -q '^  - name: "quiet:' "$fixture" || fail "$fixture has no quiet case"
  grep '^  - name: ' "$fixture" | grep -vq 'quiet:' || fail "$fixture has no firing case"
  [[ $(grep -c '^    edits:' "$fixture") -ge 2 ]] || fail "$fixture has cases without edits"
done
# The same code twice is refused, now that it exists.
if python3 tools/new-rule MEE199 lib/rules/plan/step1.cpp 2> err.txt; then fail "accepted MEE199 twice"; fi
echo "tools/new-rule: ok"
