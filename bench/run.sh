#!/usr/bin/env bash
# The benchmark suite: dlqctl against xargs+curl and the official @upstash/workflow SDK,
# deleting the same 2 000 IDs from the sandbox (20 ms latency), plus a 100 req/s rate-limited
# scenario; then issue 7's figures (bench/speed.py): 800 IDs at 50 ms latency, dlqctl beside a
# minimal keep-alive client (bench/h1client.cpp), TLS + HTTP/2 through nginx, and bulk against
# per ID at 8 000 IDs. `--speed` prints every figure issue 7 asks for in one run (about 2-3
# minutes on a quiet machine).
# Installs what is missing, builds Release into build-bench/, prints the tables and writes
# docs/BENCHMARKS.md. Not part of the test suite.
#
#   bench/run.sh [driver options]   e.g. --reps 1, or --only 'bulk' (runs a subset, writes no docs)
#   bench/run.sh --speed [options]  only issue 7's figures (bench/speed.py; --reps, --only)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

suite=all
if [[ ${1:-} == --speed ]]; then
    suite=speed
    shift
fi
sdk_version=1.3.3 # @upstash/workflow, pinned
build_dir=build-bench
npm_dir=bench/.work

# Tools the contenders and the driver need, by command: a node that came from elsewhere
# (nvm, NodeSource) counts, so only what is really absent is installed.
declare -A need=([python3]=python3)
[[ $suite == speed ]] || need+=([curl]=curl [node]=nodejs [npm]=npm)
missing=()
for tool in "${!need[@]}"; do
    command -v "$tool" >/dev/null || missing+=("${need[$tool]}")
done
"$root/scripts/deps.sh" "${missing[@]}" nginx-light

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDLQ_BUILD_TESTS=OFF \
    "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --target dlqctl --parallel "$(nproc)"
dlqctl=$root/$build_dir/app/dlqctl
[[ -x $dlqctl ]] || dlqctl=$(find "$root/$build_dir" -type f -name dlqctl -perm -u+x | head -n 1)
[[ -x $dlqctl ]] || { echo "dlqctl was not built" >&2; exit 1; }
h1client=$root/$build_dir/h1client
g++ -O2 -std=c++17 -Wall -Wextra -o "$h1client" bench/h1client.cpp

speed() {
    python3 bench/speed.py --dlqctl "$dlqctl" --h1client "$h1client" --work "$root/$npm_dir/speed" \
        --docs "$root/docs/BENCHMARKS.md" "$@"
}
if [[ $suite == speed ]]; then
    speed --command "bench/run.sh --speed" "$@"
    exit
fi

mkdir -p "$npm_dir"
installed=$(node -p "try { require('./$npm_dir/node_modules/@upstash/workflow/package.json').version } catch { '' }")
if [[ $installed != "$sdk_version" ]]; then
    [[ -f $npm_dir/package.json ]] || echo '{ "private": true }' >"$npm_dir/package.json"
    npm install --prefix "$npm_dir" --no-audit --no-fund --save-exact "@upstash/workflow@$sdk_version"
fi

python3 bench/driver.py --dlqctl "$dlqctl" --node "$(command -v node)" \
    --npm-dir "$root/$npm_dir" --sdk-version "$sdk_version" --work "$root/$npm_dir/runs" \
    --docs "$root/docs/BENCHMARKS.md" --command "bench/run.sh" "$@"
# With --only the classic suite ran a subset and wrote nothing; so does this one.
if [[ " $* " == *" --only "* ]]; then exit; fi
speed --command "bench/run.sh"
