#!/usr/bin/env bash
# Re-runs lupdate over the sources the window translates (cmake/DlqTranslations.cmake) into every
# translations/dlq-manager_<lang>.ts. Existing translations are kept; new or changed strings come
# in as unfinished, strings gone from the sources are dropped. Then translate what it lists
# (Qt Linguist: linguist translations/dlq-manager_de.ts; or by hand: write the <translation> and
# remove type="unfinished") and check with: ctest --test-dir "$build_dir" -R tst_translations
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${DLQ_BUILD_DIR:-build}
scripts/deps.sh
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${DLQ_BUILD_TYPE:-RelWithDebInfo}"
fi
cmake --build "$build_dir" --target update_translations
status=0
for ts in translations/dlq-manager_*.ts; do
    # One <message> per source string; an unfinished one still needs its translation.
    count=$(grep -c 'type="unfinished"' "$ts" || true)
    if ((count > 0)); then
        echo "$ts: $count message(s) to translate:"
        grep -B3 'type="unfinished"' "$ts" | sed -n 's/^ *<source>\(.*\)<\/source>$/    \1/p'
        status=1
    else
        echo "$ts: complete"
    fi
done
exit $status
