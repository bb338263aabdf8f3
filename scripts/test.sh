#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs every test (unit, real registry, peers,
# keychain, GUI offscreen), then proves the headless build (core + CLI + core tests without Qt Widgets).
#   bash scripts/test.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bash "$here/scripts/setup.sh" "$here/build"

export QT_QPA_PLATFORM=offscreen
cd "$here/build"
ctest --output-on-failure --timeout 900 -j2

# The wall between core and the window: build and test core and the CLI with no Qt Widgets at all.
bash "$here/scripts/setup.sh" "$here/build-headless" -DLADING_HEADLESS=ON
cd "$here/build-headless"
ctest --output-on-failure --timeout 900 -j2 -L unit
