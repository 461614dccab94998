# Shared by the fault-injection tests (sourced): a fresh temporary folder
# per test with a copy of examples/, a checksum of every input file taken
# before the test and compared at the end (mee never changes a document),
# and `run` that runs mee with a time limit and rejects hangs and crashes.
#   bash tests/fault/NAME.sh MEE SOURCE_DIR
set -u
mee=$(realpath "$1")
source_dir=$(realpath "$2")
work=$(cd "$(mktemp -d)" && pwd -P)
sums=$(mktemp)
failed=0
cleanup() { chmod -R u+rwX "$work" 2>/dev/null; rm -rf "$work" "$sums"; }
trap cleanup EXIT
cd "$work" || exit 2
cp -r "$source_dir/examples" docs

fail() { echo "FAIL: $*"; failed=1; }

# The checksums of every regular file under the work folder (FIFOs, devices
# and dangling links have no content to change).
checksum_inputs() { find . -type f ! -path './out/*' ! -name out.txt ! -name err.txt -print0 | sort -z | xargs -0 -r sha256sum; }
snapshot() { checksum_inputs >"$sums"; }

# run EXPECTED_STATUSES ARGS...: mee with ARGS in the work folder, at most
# 30 s; $status, out and err hold what happened. A hang (124), a signal
# other than SIGPIPE or SIGINT, or a status not in EXPECTED_STATUSES fails.
run() {
  local expected=$1; shift
  timeout -k 5 30 "$mee" "$@" >out.txt 2>err.txt </dev/null
  status=$?
  if [[ $status == 124 || $status == 137 ]]; then fail "mee $* hung"; return; fi
  if ((status > 128)); then fail "mee $* died of signal $((status - 128)): $(head -5 err.txt)"; return; fi
  if [[ " $expected " != *" $status "* ]]; then
    fail "mee $*: exit status $status, expected one of: $expected; stderr: $(head -3 err.txt)"
  fi
}

# expect_stderr TEXT: the last run's stderr holds TEXT.
expect_stderr() { grep -qF -- "$1" err.txt || fail "stderr lacks '$1': $(head -3 err.txt)"; }

# No temporary file of mee's (.NAME.mee-XXXXXXXX.tmp) anywhere under `$1`.
expect_no_temporaries() {
  local left
  left=$(find "${1:-.}" -name '*.mee-*.tmp' 2>/dev/null)
  [[ -z $left ]] || fail "temporary files left behind: $left"
}

finish() {
  rm -f out.txt err.txt
  if ! diff <(cat "$sums") <(checksum_inputs) >/dev/null; then
    fail "an input file changed:"; diff <(cat "$sums") <(checksum_inputs)
  fi
  ((failed == 0)) && echo "ok"
  exit "$failed"
}
