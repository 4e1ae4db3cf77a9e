#!/usr/bin/env bash
# Installs the Debian/Ubuntu packages DLQ Manager needs to build, run and test, if missing,
# plus any package names given as arguments. Called by run.sh, test.sh and bench/run.sh; safe
# to run again (installs nothing when all is present).
set -euo pipefail

# libqt6sql6-sqlite: Qt's SQLite driver, a plugin loaded at run time, for the run history.
# qt6-tools-dev (CMake's Qt6LinguistTools) and qt6-l10n-tools (lupdate, lrelease): the
# translations; qt6-translations-l10n: Qt's own strings (standard buttons) in those languages.
packages=(cmake ninja-build g++ qt6-base-dev qt6-base-dev-tools libgl-dev openssl qtkeychain-qt6-dev
          libqt6sql6-sqlite qt6-tools-dev qt6-l10n-tools qt6-translations-l10n)
if [[ "${DLQ_WITH_TEST_TOOLS:-0}" == 1 ]]; then
    # clang-format: the format check; nginx: the TLS + HTTP/2 test; the rest: the package tests.
    packages+=(clang-format git nginx-light help2man dpkg-dev desktop-file-utils appstream file)
    # The keychain tests run a real Secret Service (gnome-keyring) on a private session bus.
    packages+=(gnome-keyring dbus libsecret-tools)
fi
packages+=("$@")
if [[ "${DLQ_WITH_GUI_TOOLS:-0}" == 1 ]]; then
    packages+=(xvfb xauth openbox imagemagick xdotool xclip)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
    echo "Installing missing packages: ${missing[*]}" >&2
    sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
