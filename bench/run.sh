#!/usr/bin/env bash
# The benchmark of mee (BENCHMARKS.md says what it measures and what it found).
#
# usage: bench/run.sh [--mee PATH] [--count N] [--seed S] [--corpus DIR]
#                     [--results FILE] [--runs R] [--quick] [--scaling]
#
#   --mee PATH      the mee binary (default: build-bench/mee, then build/mee)
#   --count N       documents in the corpus (default 10000)
#   --seed S        seed of the corpus generator (default 1)
#   --corpus DIR    where the corpus goes (default bench/corpus, ignored by git)
#   --results FILE  where the figures go (default bench/results.txt, ignored)
#   --runs R        runs per measurement; the median is reported (default 5)
#   --quick         only the floor and mee (no ajv-cli, no python3-jsonschema),
#                   and the one-file latency from 3 runs instead of 20
#   --scaling       also measure the floor and mee check on 1,000, 10,000 and
#                   30,000 documents (corpora in DIR-1000, DIR-10000, DIR-30000)
#
# Every tool runs on the same files on the same machine, one after another.
# Exit status 0 when everything ran, 1 when a tool failed (not when it was slow:
# nothing here asserts a time).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
mee=""
count=10000
seed=1
corpus="$here/corpus"
results="$here/results.txt"
runs=5
quick=0
scaling=0
threads=2
python=/usr/bin/python3

while [[ $# -gt 0 ]]; do
  case "$1" in
    --mee) mee=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --corpus) corpus=$2; shift 2 ;;
    --results) results=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    --scaling) scaling=1; shift ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: error: unknown option '$1' (see --help)" >&2; exit 2 ;;
  esac
done

if [[ -z "$mee" ]]; then
  for candidate in "$root/build-bench/mee" "$root/build/mee"; do
    [[ -x "$candidate" ]] && { mee=$candidate; break; }
  done
fi
[[ -x "$mee" ]] || { echo "bench/run.sh: error: no mee binary; build it or pass --mee PATH" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench/run.sh: error: /usr/bin/time is missing: apt-get install -y time" >&2; exit 2; }

work=$(dirname "$results")
mkdir -p "$work"
mee=$(cd "$(dirname "$mee")" && pwd)/$(basename "$mee")

# The floor: yaml-cpp's event parser and nothing else.
floor="$work/floor"
if [[ ! -x "$floor" || "$here/floor.cpp" -nt "$floor" ]]; then
  # shellcheck disable=SC2046
  g++ -std=c++20 -O2 -o "$floor" "$here/floor.cpp" $(pkg-config --cflags --libs yaml-cpp yaml-0.1) -pthread
fi

# make_corpus DIR N: generate N documents into DIR unless DIR already holds them.
make_corpus() {
  local dir=$1 n=$2 stamp="$1/.corpus-stamp"
  local want="count=$n seed=$seed generator=$(md5sum "$here/gen_corpus.py" | cut -c1-12)"
  if [[ ! -f "$stamp" || "$(cat "$stamp")" != "$want" ]]; then
    mkdir -p "$dir"
    "$python" "$here/gen_corpus.py" "$dir" --count "$n" --seed "$seed" >/dev/null
    echo "$want" >"$stamp"
  fi
}

# measure NAME CMD...: runs CMD $runs times; sets wall (median seconds),
# cpu (median user+sys seconds) and rss (largest peak RSS in MB). A tool that
# exits with status 2 or more (or is killed) is a failure; 1 means findings.
declare -A WALL CPU RSS
measure() {
  local name=$1; shift
  local walls=() cpus=() peak=0 i start end status
  for ((i = 0; i < runs; i++)); do
    start=$EPOCHREALTIME
    status=0
    /usr/bin/time -f '%U %S %M' -o "$work/time.out" "$@" >"$work/$name.out" 2>"$work/$name.err" || status=$?
    end=$EPOCHREALTIME
    if ((status >= 2)); then
      echo "bench/run.sh: error: $name failed with status $status: $*" >&2
      tail -5 "$work/$name.err" >&2
      exit 1
    fi
    walls+=("$(echo "$end - $start" | bc -l)")
    read -r user sys kb < <(tail -1 "$work/time.out")
    cpus+=("$(echo "$user + $sys" | bc -l)")
    ((kb > peak)) && peak=$kb
  done
  WALL[$name]=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  CPU[$name]=$(printf '%s\n' "${cpus[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  RSS[$name]=$((peak / 1024))
  echo "bench: $name: wall ${WALL[$name]} s, cpu ${CPU[$name]} s, peak ${RSS[$name]} MB (median of $runs)" >&2
}

ratio() { echo "scale=2; $1 / $2" | bc -l | sed 's/^\./0./'; }
ms() { echo "scale=1; $1 * 1000 / 1" | bc -l | sed 's/^\./0./'; }

make_corpus "$corpus" "$count"
today=2026-12-01

measure floor "$floor" "$corpus" "$threads"
measure floor_libyaml "$floor" --libyaml "$corpus" "$threads"
measure check "$mee" check -j "$threads" --today "$today" "$corpus"
measure score "$mee" score -j "$threads" --today "$today" "$corpus"
measure indicators "$mee" indicators -j "$threads" --year 2026 "$corpus"

# One file on its own: inside the corpus, mee would load the whole project
# around it (for the cross-document rules) and measure the project instead.
plans=("$corpus"/plannen/*.yaml)
one_plan=$(basename "${plans[0]}")
rm -rf "$work/one" && mkdir -p "$work/one" && cp "$corpus/plannen/$one_plan" "$work/one/"
saved_runs=$runs
one_runs=20
((quick == 1)) && one_runs=3
runs=$one_runs
measure one "$mee" check --today "$today" "$work/one/$one_plan"
runs=$saved_runs

if ((quick == 0)); then
  ajv="$here/node_modules/.bin/ajv"
  if [[ ! -x "$ajv" ]]; then
    npm install --prefix "$here" --no-audit --no-fund >/dev/null  # versions: package-lock.json
  fi
  # One ajv-cli run per kind over that kind's files, one after another.
  cat >"$work/ajv.sh" <<EOF
#!/usr/bin/env bash
cd "$here"
status=0
for kind in plan:plannen eindverslag:eindverslagen initiatief:initiatieven; do
  node "$ajv" validate --spec=draft7 --all-errors --errors=line -c ./ajv_setup.js \\
    -s "$root/schemas/\${kind%%:*}.schema.json" -d "$corpus/\${kind#*:}/*.yaml" || status=1
done
exit \$status
EOF
  chmod +x "$work/ajv.sh"
  measure ajv "$work/ajv.sh"
  measure jsonschema "$python" "$here/jsonschema_check.py" "$root/schemas" "$corpus"
fi

{
  echo "mee benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "corpus: $count documents (seed $seed) in $corpus; $threads threads where a tool has them"
  echo "median of $runs runs (one file: of $one_runs runs); wall and cpu (user+sys) in seconds, peak RSS in MB"
  echo
  printf '%-34s %8s %8s %8s %10s\n' "tool" "wall" "cpu" "rss" "us/doc"
  for name in floor floor_libyaml check score indicators ajv jsonschema; do
    [[ -n "${WALL[$name]:-}" ]] || continue
    case $name in
      floor) label="floor (yaml-cpp events, -j$threads)" ;;
      floor_libyaml) label="libyaml events, -j$threads" ;;
      check) label="mee check -j $threads" ;;
      score) label="mee score -j $threads" ;;
      indicators) label="mee indicators -j $threads --year 2026" ;;
      ajv) label="ajv-cli (schema only)" ;;
      jsonschema) label="python3-jsonschema + CSafeLoader" ;;
    esac
    printf '%-34s %8.3f %8.3f %8d %10.1f\n' "$label" "${WALL[$name]}" "${CPU[$name]}" "${RSS[$name]}" \
      "$(echo "${WALL[$name]} * 1000000 / $count" | bc -l)"
  done
  echo
  echo "one file (mee check $one_plan): $(ms "${WALL[one]}") ms median, peak RSS ${RSS[one]} MB"
  echo
  echo "ratios (wall; cpu in brackets)"
  echo "mee check / floor:        $(ratio "${WALL[check]}" "${WALL[floor]}") ($(ratio "${CPU[check]}" "${CPU[floor]}"))   target <= 1.5"
  echo "mee check / libyaml:      $(ratio "${WALL[check]}" "${WALL[floor_libyaml]}") ($(ratio "${CPU[check]}" "${CPU[floor_libyaml]}"))   (the parser mee uses; no target)"
  if ((quick == 0)); then
    echo "ajv / mee check:          $(ratio "${WALL[ajv]}" "${WALL[check]}") ($(ratio "${CPU[ajv]}" "${CPU[check]}"))   target >= 1.0"
    echo "jsonschema / mee check:   $(ratio "${WALL[jsonschema]}" "${WALL[check]}") ($(ratio "${CPU[jsonschema]}" "${CPU[check]}"))   target >= 5"
  fi
  echo "mee check peak RSS:       ${RSS[check]} MB   target < 150 MB at 10,000 documents"
  echo "one file:                 $(ms "${WALL[one]}") ms   target < 10 ms"
} >"$results.tmp"

if ((scaling == 1)); then
  {
    echo
    echo "scaling (median of $runs runs; wall seconds, us per document)"
    printf '%-10s %10s %10s %10s %10s %10s %10s %8s\n' "documents" "floor" "us/doc" "libyaml" "us/doc" "check" \
      "us/doc" "rss MB"
    for n in 1000 10000 30000; do
      dir="$corpus-$n"
      [[ $n == "$count" ]] && dir=$corpus
      make_corpus "$dir" "$n"
      measure floor "$floor" "$dir" "$threads"
      measure floor_libyaml "$floor" --libyaml "$dir" "$threads"
      measure check "$mee" check -j "$threads" --today "$today" "$dir"
      per_doc() { echo "$1 * 1000000 / $n" | bc -l; }
      printf '%-10s %10.3f %10.1f %10.3f %10.1f %10.3f %10.1f %8d\n' "$n" \
        "${WALL[floor]}" "$(per_doc "${WALL[floor]}")" "${WALL[floor_libyaml]}" "$(per_doc "${WALL[floor_libyaml]}")" \
        "${WALL[check]}" "$(per_doc "${WALL[check]}")" "${RSS[check]}"
    done
  } >>"$results.tmp"
fi

mv "$results.tmp" "$results"
cat "$results"
