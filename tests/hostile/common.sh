# Shared by the hostile-repository tests (sourced), on top of the fault
# tests' harness (tests/fault/common.sh): a fresh work folder with a copy of
# examples/ as docs/, `run`, `expect_stderr`, `snapshot` and `finish`.
#   bash tests/hostile/NAME.sh MEE SOURCE_DIR
source "$(dirname "${BASH_SOURCE[0]}")/../fault/common.sh"

# expect_stdout TEXT: the last run's stdout holds TEXT.
expect_stdout() { grep -qF -- "$1" out.txt || fail "stdout lacks '$1': $(head -3 out.txt)"; }

# expect_nowhere TEXT FILE...: none of the files (default: the last run's
# stdout and stderr) holds TEXT.
expect_nowhere() {
  local text=$1; shift
  local files=("$@")
  ((${#files[@]})) || files=(out.txt err.txt)
  if grep -qF -- "$text" "${files[@]}" 2>/dev/null; then fail "'$text' appears in ${files[*]}"; fi
}

# expect_no_control_characters FILE...: no byte of C0 but tab and line
# feed, no DEL, no C1 control (as UTF-8), in the files.
expect_no_control_characters() {
  if LC_ALL=C grep -qP '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]' "$@"; then
    fail "a control character reaches the output: $(LC_ALL=C grep -nP '[\x00-\x08\x0b-\x1f\x7f]' "$@" | head -3 | cat -v)"
  fi
}
