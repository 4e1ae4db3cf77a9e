#!/usr/bin/env bash
# Installs what is missing, builds, and launches DLQ Manager.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
DLQ_BUILD_DIR=${DLQ_BUILD_DIR:-build} scripts/build.sh -DDLQ_BUILD_TESTS=OFF
exec "${DLQ_BUILD_DIR:-build}/app/dlq-manager" "$@"
