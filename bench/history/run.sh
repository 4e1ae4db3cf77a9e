#!/bin/sh
# Builds Release with the history benchmark and runs it: 1 000 000 results in runs of 10 000,
# then search by ID cold and warm. Usage: bench/history/run.sh [build-dir] [results] [per-run]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$here/build-bench-history"}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDLQ_BUILD_BENCH=ON \
    -DDLQ_BUILD_TESTS=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$build" --target dlq-historybench
"$build/bench/history/dlq-historybench" "${2:-1000000}" "${3:-10000}"
