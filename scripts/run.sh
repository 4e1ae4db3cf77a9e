#!/usr/bin/env bash
# Installs what is missing, builds, and launches DLQ Manager. Builds into build-app/ (not the
# test script's build/) so the two never flip each other's cached options.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
build_dir=${DLQ_BUILD_DIR:-build-app}
DLQ_BUILD_DIR=$build_dir scripts/build.sh -DDLQ_BUILD_TESTS=OFF -DDLQ_WERROR=OFF
exec "$build_dir/app/dlq-manager" "$@"
