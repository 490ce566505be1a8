#!/usr/bin/env bash
# Installs the Debian 12 packages Luming builds, tests and runs with. Needs root (or sudo).
# clang and libclang-rt-14-dev (libFuzzer and the sanitizer runtimes) are for tools/fuzz.sh;
# qt6-translations-l10n puts Qt's own dialogs (buttons, file dialogs) into Chinese.
set -euo pipefail
packages=(
  build-essential cmake ninja-build pkg-config clang-format clang-tidy ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 libgl-dev
  qt6-translations-l10n
  libgdal-dev gdal-bin libproj-dev proj-bin libsqlite3-dev sqlite3 libopencc-dev opencc
  libeigen3-dev libceres-dev libpoppler-qt6-dev
  fonts-noto-cjk xvfb xauth
  clang libclang-rt-14-dev
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -q
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
