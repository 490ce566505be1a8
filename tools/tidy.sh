#!/usr/bin/env bash
# Runs clang-tidy (.clang-tidy at the root) on the C++ files of geo/, app/ and cli/ changed since BASE, and on
# the .cpp beside each changed header. BASE: the first argument, else the commit in .ci/tidy-base (the main a
# session started from: what the submission adds). Fails on any warning. Needs build/compile_commands.json.
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:-$(grep -v '^#' .ci/tidy-base | head -n 1)}"
if ! git cat-file -e "${base}^{commit}" 2>/dev/null; then
  echo "tidy: base $base is not a commit here; checking every file"
  base=$(git rev-list --max-parents=0 HEAD | tail -n 1)
fi
[ -f build/compile_commands.json ] || tools/build.sh
mapfile -t changed < <(git diff --name-only --diff-filter=d "$base" -- 'geo/*.cpp' 'geo/*.h' 'app/*.cpp' 'app/*.h' 'cli/*.cpp' 'cli/*.h')
files=()
for f in "${changed[@]}"; do
  case "$f" in
    *.h) c="${f%.h}.cpp"; c="${c%_p.cpp}.cpp"; [ -f "$c" ] && files+=("$c") ;;
    *.cpp) files+=("$f") ;;
  esac
done
mapfile -t files < <(printf '%s\n' "${files[@]}" | sort -u | while read -r f; do
  [ -n "$f" ] && grep -qF "\"file\": \"$PWD/$f\"" build/compile_commands.json && echo "$f"; done)
if [ ${#files[@]} -eq 0 ]; then echo "tidy: no changed C++ files since $base"; exit 0; fi
echo "tidy: ${#files[@]} files changed since ${base:0:12}"
# clang-tidy exits non-zero on findings; the log decides.
printf '%s\n' "${files[@]}" | xargs -P"$(nproc)" -n 4 clang-tidy -p build --quiet >build/tidy.log 2>/dev/null || true
if grep -q 'error:\|warning:' build/tidy.log; then
  grep -A3 'error:\|warning:' build/tidy.log | head -n 200
  echo "tidy: $(grep -c 'warning:\|error:' build/tidy.log) findings (build/tidy.log)"; exit 1
fi
echo "tidy: clean"
