#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Starts the console under Xvfb on a freshly seeded temporary database and writes a PNG of every
# page to docs/screenshots/ (dark palette: docs/screenshots/dark/). Not a ctest: run it by hand
# after changing a page, look at the pictures, and commit them with the change.
#
#   tests/scripts/screenshots.sh [BUILD_DIR]     (default: build)
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-${ANVIL_BINARY_DIR:-$src/build}}"
out="$src/docs/screenshots"

if ! command -v xvfb-run >/dev/null; then
    echo "screenshots: xvfb-run is not installed (apt-get install xvfb)" >&2
    exit 1
fi
if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
    cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
cmake --build "$build" --target anvil-console-shots -j"$(nproc)" >/dev/null
tool="$build/bin/anvil-console-shots"

mkdir -p "$out/dark"
# A real X server (not the offscreen platform), as an admin would see it; fixed DPI and fonts so
# the pictures only change when the console does.
export QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1 QT_AUTO_SCREEN_SCALE_FACTOR=0
xvfb-run -a -s "-screen 0 1400x900x24 -dpi 96" "$tool" --out "$out" --theme light
xvfb-run -a -s "-screen 0 1400x900x24 -dpi 96" "$tool" --out "$out/dark" --theme dark
echo "screenshots: wrote $(find "$out" -name '*.png' | wc -l) pictures to $out"
