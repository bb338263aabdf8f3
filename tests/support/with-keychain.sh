#!/bin/sh
# with-keychain.sh TEST [ARGS...]
# Runs a test inside a private D-Bus session with a fresh gnome-keyring, unlocked with a throw-away password,
# and HOME in a new temporary folder: keychain tests never see the user's own keychain and never wait for
# an unlock prompt. The test checks LADING_KEYCHAIN_SANDBOX=1 and refuses to run without it.
set -u

missing() {
    echo "FAIL: $1 is not installed; install the Debian package $2 (apt-get install $2)" >&2
    exit 1
}
command -v dbus-run-session >/dev/null 2>&1 || missing dbus-run-session dbus
command -v gnome-keyring-daemon >/dev/null 2>&1 || missing gnome-keyring-daemon gnome-keyring

sandbox=$(mktemp -d "${TMPDIR:-/tmp}/lading-keychain.XXXXXX") || exit 1
trap 'rm -rf "$sandbox"' EXIT
trap 'exit 130' INT TERM
mkdir -m 700 "$sandbox/run"

export HOME="$sandbox"
export XDG_CONFIG_HOME="$sandbox/.config" XDG_DATA_HOME="$sandbox/.local/share" XDG_CACHE_HOME="$sandbox/.cache"
export XDG_RUNTIME_DIR="$sandbox/run" DOCKER_CONFIG="$sandbox/.docker" REGISTRY_AUTH_FILE="$sandbox/auth.json"
export LADING_KEYCHAIN_SANDBOX=1
# No display: a keyring that wanted a password prompt must fail, not wait for a window nobody sees.
unset DBUS_SESSION_BUS_ADDRESS LADING_NO_KEYCHAIN DISPLAY WAYLAND_DISPLAY

dbus-run-session -- sh -c 'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    sh "$@"
