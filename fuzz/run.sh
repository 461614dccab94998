#!/usr/bin/env bash
# Builds the fuzz targets (clang, libFuzzer, ASan+UBSan), makes the seed
# folders and runs each target for SECONDS (default 600).
#   fuzz/run.sh [SECONDS] [TARGET...]     e.g. fuzz/run.sh 60 fuzz_profile
# Crashes land in fuzz/out/TARGET/ (crash-*, leak-*, timeout-*); the
# corpus grows in fuzz/out/TARGET/corpus. Keep a crash as a regression
# test in tests/fuzz-regressions/ (fuzz/README.md).
# Like the fuzzing, the build keeps to one core unless MEE_FUZZ_JOBS says
# otherwise: a change to lib/ rebuilds the whole library first.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(fuzz_load fuzz_profile fuzz_render fuzz_glob)
build=${MEE_FUZZ_BUILD:-build-fuzz}
out=${MEE_FUZZ_OUT:-fuzz/out}

cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DMEE_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
existing=()
for t in "${targets[@]}"; do
  [[ $t == fuzz_render && ! -f lib/render/render.hpp ]] && continue
  existing+=("$t")
done
cmake --build "$build" -j "${MEE_FUZZ_JOBS:-1}" --target "${existing[@]}"

# Seeds: the examples, the e2e inputs, the YAML test suite, earlier crashes,
# the hand-made seeds of fuzz/seeds/ (alias expansion in bytes); for the
# profile also the shipped profiles; for the glob its own (fuzz/seeds/glob).
seeds() {
  local dir=$1; shift
  rm -rf "$dir"; mkdir -p "$dir"
  local n=0 f
  while IFS= read -r -d '' f; do
    cp -- "$f" "$dir/$(printf '%05d' $n)-$(basename "$f")"; n=$((n + 1))
  done < <(find "$@" -type f \( -name '*.yaml' -o -name '*.yml' \) -size -64k -print0 2>/dev/null | sort -z)
}
suite=../shared/testdata/yaml-test-suite
seeds "$out/seeds/documents" examples tests/e2e/cases tests/fuzz-regressions fuzz/seeds/documents "$suite"
seeds "$out/seeds/profile" profiles tests/e2e/cases tests/fuzz-regressions "$suite"

# The fuzzer runs inside its output folder (crash files land in the working
# directory), so the binary and the seeds are named by absolute path.
fuzzers=$(realpath "$build/fuzz")
for t in "${existing[@]}"; do
  seed=$out/seeds/documents
  [[ $t == fuzz_profile ]] && seed=$out/seeds/profile
  [[ $t == fuzz_glob ]] && seed=fuzz/seeds/glob
  seed=$(realpath "$seed")
  mkdir -p "$out/$t/corpus"
  echo "== $t: $seconds s"
  (cd "$out/$t" && "$fuzzers/$t" -max_total_time="$seconds" -rss_limit_mb=2048 \
     -timeout=10 -max_len=65536 -print_final_stats=1 corpus "$seed" 2>&1 | tee log) || true
done
