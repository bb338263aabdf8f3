#!/bin/sh
# Validates the desktop entry and the AppStream metainfo; fails saying what to install when a validator is
# missing.   packaging/validate.sh
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
command -v desktop-file-validate >/dev/null || { echo "FAIL: install the Debian package desktop-file-utils" >&2; exit 1; }
command -v appstreamcli >/dev/null || { echo "FAIL: install the Debian package appstream" >&2; exit 1; }
desktop-file-validate "$here/io.github.lading.Lading.desktop"
appstreamcli validate --no-net --pedantic "$here/io.github.lading.Lading.metainfo.xml"
echo "1 passed, 0 failed"
