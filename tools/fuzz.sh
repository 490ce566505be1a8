#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan) into build-fuzz/ and runs each for N seconds
# (default 60) on a seed corpus from the samples; exits non-zero on the first crash, leak, timeout
# or sanitizer report (the reproducer is left as build-fuzz/crash-* and named in the log).
#   tools/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++ \
  -DLUMING_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j2 --target fuzz_notice_reader fuzz_project_reader

# Seed corpora: every sample and seed notice; the saved projects in fuzz/corpus/project.
corpus=build-fuzz/corpus
rm -rf "$corpus"
mkdir -p "$corpus/notice" "$corpus/project"
cp tests/data/samples/*.txt tests/data/seeds/*.txt "$corpus/notice/"
cp fuzz/corpus/project/*.gpkg "$corpus/project/"

export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen
status=0
for target in notice_reader project_reader; do
  dir="$corpus/${target%_reader}"
  echo "fuzz: $target for ${seconds}s"
  # New inputs go to a scratch folder: the seed corpus stays as committed.
  mkdir -p "build-fuzz/new-$target"
  # Notices: inputs up to 16 KiB (the seeds are cut there; most of a notice's grammar fits), so a run
  # tries many; projects: the whole saved GeoPackage.
  max_len=16384
  if [ "$target" = project_reader ]; then max_len=262144; fi
  if ! (cd build-fuzz && "./fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 \
        -max_len="$max_len" -print_final_stats=1 "new-$target" "../$dir" 2>"fuzz-$target.log"); then
    echo "fuzz: $target FAILED; see build-fuzz/fuzz-$target.log:" >&2
    grep -E "ERROR|SUMMARY|Test unit written" "build-fuzz/fuzz-$target.log" >&2 || tail -20 "build-fuzz/fuzz-$target.log" >&2
    status=1
  else
    grep -E "stat::number_of_executed_units|stat::average_exec_per_sec" "build-fuzz/fuzz-$target.log" | sed 's/^/fuzz: /'
  fi
done
exit $status
