#!/usr/bin/env bash
# A Msg whose two forms use different replacement fields must not compile:
# compiles tests/compile_fail/msg_placeholders.cpp and passes only when the
# compiler refuses it with Msg's own reason, so that a check that silently
# stopped working (or a file that fails for another reason) is seen.
#   run.sh CXX SOURCE_DIR
set -u
cxx=$1 src=$2
out=$("$cxx" -std=c++20 -fsyntax-only -I "$src/lib" "$src/tests/compile_fail/msg_placeholders.cpp" 2>&1)
status=$?
if ((status == 0)); then
  echo "FAILED: a Msg with different replacement fields compiled"
  exit 1
fi
if ! grep -q "different replacement fields" <<<"$out"; then
  echo "FAILED: the compiler refused the file, but not for the replacement fields:"
  echo "$out" | head -20
  exit 1
fi
echo "ok: refused, \"the Dutch and the English form use different replacement fields\""
