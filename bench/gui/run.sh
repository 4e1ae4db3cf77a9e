#!/bin/sh
# Builds Release with the GUI benchmark and runs it offscreen: GUI stalls during a run, a paste
# and each filter keystroke at 200 000 rows, and peak memory. Usage: bench/gui/run.sh [build-dir]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-"$here/build-bench-gui"}
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDLQ_BUILD_BENCH=ON \
    -DDLQ_BUILD_TESTS=OFF -DCMAKE_CXX_COMPILER_LAUNCHER=ccache
cmake --build "$build" --target dlq-guibench
QT_QPA_PLATFORM=offscreen QSTASH_TOKEN= QSTASH_URL= "$build/bench/gui/dlq-guibench"
