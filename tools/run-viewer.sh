#!/usr/bin/env bash
# Builds and opens the viewer on the bundled notice (or the files given).
set -euo pipefail
cd "$(dirname "$0")/.."
# Build only when there is no viewer yet or a source is newer than it (a configure alone takes seconds).
viewer=build/app/luming-viewer
if [ ! -x "$viewer" ] || [ -n "$(find CMakeLists.txt geo app cli resources -newer "$viewer" -print -quit)" ]; then
  tools/build.sh
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat <<MSG
No display found, so the viewer window cannot open here. Either:
  xvfb-run -a build/app/luming-viewer            # a virtual display
  build/app/luming-viewer --screenshot view.png  # render the window to a PNG, headless
  build/cli/luming parse resources/notices/jinan_gazette_2021_19.txt   # the command line
MSG
  exit 2
fi
exec build/app/luming-viewer "$@"
