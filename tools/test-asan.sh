#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer into build-asan/ and runs the
# whole test suite there; any sanitizer report fails the test that triggered it.
#   tools/test-asan.sh [ctest arguments, e.g. -R tst_text_reader]
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLUMING_SANITIZE=ON "${launcher[@]}" >/dev/null
cmake --build build-asan -j"$(nproc)"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
# A sanitized test runs 2-5x slower: Qt Test's 5-minute limit per test function and CTest's per test are
# raised; bounds on time inside the tests scale themselves (tests/test_support.h, timingScale).
export QTEST_FUNCTION_TIMEOUT="${QTEST_FUNCTION_TIMEOUT:-1800000}"
QT_QPA_PLATFORM=offscreen ctest --test-dir build-asan -j"$(nproc)" --timeout 3600 --output-on-failure "$@"
