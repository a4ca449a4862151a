#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (a standalone CMake project: tests/fuzz) and runs each
# one for N seconds from a copy of its seed corpus. Prints one line per target; exits non-zero if
# any target found a crash, a sanitizer report, a failed check, a timeout or an out-of-memory.
#
#   tests/fuzz/run-fuzzers.sh [--seconds N] [--build-dir DIR] [--only TARGET]
#
# Findings are written as crash-*/timeout-*/oom-* files under DIR/findings/<target>/; copy one
# into tests/fuzz/corpus/<target>/ when fixing it, so that the replay test keeps it fixed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=20
build_dir="$root/build-fuzz"
only=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --build-dir) build_dir="$2"; shift 2 ;;
        --only) only="$2"; shift 2 ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "run-fuzzers.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done

cxx=${FUZZ_CXX:-$(command -v clang++ || true)}
if [[ -z "$cxx" ]]; then
    echo "run-fuzzers.sh: clang++ not found (libFuzzer needs clang; set FUZZ_CXX)" >&2
    exit 2
fi

generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
cmake -S "$here" -B "$build_dir" "${generator[@]}" -DCMAKE_CXX_COMPILER="$cxx" >/dev/null
cmake --build "$build_dir" -j"${FUZZ_JOBS:-2}" >/dev/null

targets=$(sed -n '/^set(BILLS_FUZZ_TARGETS/,/)/p' "$here/CMakeLists.txt" |
          tr -d '()' | sed 's/set//; s/BILLS_FUZZ_TARGETS//' | tr -s ' \n' '\n' | sed '/^$/d')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failed=0
for target in $targets; do
    [[ -n "$only" && "$target" != "$only" ]] && continue
    corpus="$work/$target"
    mkdir -p "$corpus" "$build_dir/findings/$target"
    cp "$here/corpus/$target/"* "$corpus/" 2>/dev/null || true
    dict=()
    case "$target" in
        csv) dict=(-dict="$here/csv.dict") ;;
        bill_page|domain|json_tree|token_response|statement_queue) dict=(-dict="$here/json.dict") ;;
    esac
    log="$build_dir/findings/$target/last-run.log"
    status=0
    # -timeout: one input taking this long is a finding (a hang), not a slow machine.
    # -rss_limit_mb: the viewer models must stay bounded; libFuzzer's default is 2048.
    QT_QPA_PLATFORM=offscreen "$build_dir/fuzz_$target" "$corpus" "${dict[@]}" \
        -max_total_time="$seconds" -timeout=25 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build_dir/findings/$target/" >"$log" 2>&1 || status=$?
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
    corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
    if [[ $status -eq 0 ]]; then
        verdict="ok"
    else
        verdict="FAILED (exit $status; see $log)"
        failed=1
    fi
    printf '%-16s %s: %s execs in %ss, cov %s, ft %s, corpus %s\n' \
        "$target" "$verdict" "${execs:-?}" "$seconds" "${cov:-?}" "${ft:-?}" "${corp:-?}"
done
exit $failed
