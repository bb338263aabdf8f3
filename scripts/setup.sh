#!/usr/bin/env bash
# Installs what Lading needs to build, run and test on Debian 12 (as root), then configures and builds.
# Idempotent: packages already present are not touched, and the build is incremental.
#   scripts/setup.sh [BUILD_DIR] [extra cmake arguments...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$here/build}"
shift || true

packages=(
    # toolchain
    g++ cmake ninja-build ccache pkg-config
    # libraries
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
    qt6-qpa-plugins qtkeychain-qt6-dev libarchive-dev libssl-dev libgl-dev libxkbcommon-dev
    qt6-httpserver-dev qt6-websockets-dev
    # running and testing: the real registry and peers, keychain, offscreen/X display, TLS material
    docker-registry skopeo umoci apache2-utils openssl dbus dbus-x11 gnome-keyring libsecret-tools
    xvfb xauth fonts-dejavu-core time procps desktop-file-utils appstream curl qt6-translations-l10n
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]}" >&2
    if [ "$(id -u)" -ne 0 ]; then
        echo "setup: run as root (or install these packages first): ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
fi
# Share the compiler cache between checkouts (CI builds a fresh clone).
export CCACHE_BASEDIR="$here"
cmake --build "$build" -j"$(nproc)"
