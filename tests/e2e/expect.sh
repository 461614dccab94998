# Sourced by the end-to-end scripts that compare many small results:
# `expect WHAT EXPECTED ACTUAL` prints ok or FAILED and remembers a failure
# in $fail, which the script ends with (`exit "$fail"`).
fail=0
expect() {
  if [[ "$2" != "$3" ]]; then
    echo "FAILED: $1: expected '$2', got '$3'"
    fail=1
  else
    echo "ok: $1"
  fi
}
