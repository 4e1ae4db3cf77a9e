#!/usr/bin/env bash
# Runs a command against a real Secret Service of its own: a private D-Bus session bus
# (dbus-run-session) with gnome-keyring-daemon, under a fresh HOME and XDG folders so no
# existing keyring (locked, or holding real secrets) is touched.
# Usage: with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [[ "${DLQ_IN_KEYRING_SESSION:-}" != 1 ]]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        command -v "$tool" >/dev/null || {
            echo "with-keyring.sh: $tool is missing (DLQ_WITH_TEST_TOOLS=1 scripts/deps.sh)" >&2
            exit 1
        }
    done
    root=$(mktemp -d "${TMPDIR:-/tmp}/dlq-keyring.XXXXXX")
    trap 'rm -rf "$root"' EXIT
    mkdir -p "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
    chmod 700 "$root/runtime"
    # Not exec: the trap removes the folder (and the keyring in it) afterwards.
    env HOME="$root/home" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config" \
        XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime" \
        DLQ_IN_KEYRING_SESSION=1 dbus-run-session -- "$0" "$@"
    exit $?
fi

# Inside the session. A non-empty password creates and unlocks a "login" keyring without a
# prompt; an empty one would try to open a GUI prompter and every store would fail.
eval "$(printf '%s' dlq-test-keyring | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
exec "$@"
