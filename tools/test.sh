#!/usr/bin/env bash
# Builds and runs every test (Qt Test executables under CTest). GUI tests run offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/build.sh
QT_QPA_PLATFORM=offscreen ctest --test-dir build --output-on-failure -j"$(nproc)" "$@"
