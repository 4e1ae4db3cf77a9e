#!/usr/bin/env bash
# Installs what is missing, checks formatting, builds with warnings as errors, and runs every
# test through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
DLQ_WITH_TEST_TOOLS=1 scripts/deps.sh
scripts/format.sh --check
DLQ_BUILD_DIR=${DLQ_BUILD_DIR:-build} scripts/build.sh -DDLQ_BUILD_TESTS=ON -DDLQ_WERROR=ON -DDLQ_TEST_AREAS=all
ctest --test-dir "${DLQ_BUILD_DIR:-build}" --output-on-failure --parallel "$(nproc)" "$@"
