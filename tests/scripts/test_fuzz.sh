#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang, AddressSanitizer and UndefinedBehaviorSanitizer in a
# build directory of their own, and runs each for ANVIL_FUZZ_SECONDS (default 15) from its
# checked-in corpus. A crash fails the test and leaves the reproducer in the work directory;
# turn it into a regression test (STYLE.md §8).
set -euo pipefail
src="${ANVIL_SOURCE_DIR:?}"
build="${ANVIL_BINARY_DIR:?}/fuzz-build"
seconds="${ANVIL_FUZZ_SECONDS:-15}"
export CCACHE_BASEDIR="$src" CCACHE_NOHASHDIR=1
if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DANVIL_FUZZ=ON \
        -DANVIL_SANITIZE=address,undefined -DANVIL_BUILD_UI=OFF >"$build.configure.log" 2>&1 \
        || { cat "$build.configure.log"; echo "0 passed, 1 failed"; exit 1; }
fi
cmake --build "$build" --target fuzzers -j "$(nproc)" >"$build.build.log" 2>&1 \
    || { tail -40 "$build.build.log"; echo "0 passed, 1 failed"; exit 1; }

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
passed=0
failed=0
for fuzzer in $(find "$build/tests" -maxdepth 1 -type f -name 'Fuzz*' -perm -u+x | sort); do
    name="$(basename "$fuzzer")"
    work="$(mktemp -d "/tmp/anvil-$name.XXXXXX")"
    # Seeds: every corpus directory beside the target's source.
    srcfile="$(find "$src/tests/fuzz" -name "$name.cpp")"
    seeds=()
    for d in "$(dirname "$srcfile")"/corpus/*/; do
        [ -d "$d" ] && seeds+=("$d")
    done
    if "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$work/" \
        "$work" "${seeds[@]}" >"$work/log" 2>&1; then
        echo "$name: $(grep -oE 'stat::number_of_executed_units: [0-9]+' "$work/log" || tail -1 "$work/log")"
        passed=$((passed + 1))
        rm -rf "$work"
    else
        echo "FAIL: $name crashed; reproducer and log in $work"
        tail -30 "$work/log"
        failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
