#!/usr/bin/env bash
# Configures and builds into build/ (or $DLQ_BUILD_DIR). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${DLQ_BUILD_DIR:-build}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${DLQ_BUILD_TYPE:-RelWithDebInfo}" \
    "${launcher[@]}" "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
