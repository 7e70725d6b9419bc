#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer (issue 7), in a build
# tree of its own. Not a ctest: an instrumented build and run of every test takes far longer than
# the suite's time budget. Run it by hand before a release:
#
#     tests/scripts/sanitize.sh [ctest options]      e.g. -R TestAcme, or -L scripts
#
# Any sanitizer report fails the test that triggered it (halt_on_error, no recovery from UB).
# Environment: ANVIL_SANITIZE_BUILD_DIR (default <source>/build-sanitize), ANVIL_SANITIZE_LEAKS=1
# to turn on LeakSanitizer (off by default: Qt's plugins keep allocations until exit),
# ANVIL_SANITIZE_SCRIPTS=1 to include the real-client script tests (excluded by default).

set -Eeuo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${ANVIL_SANITIZE_BUILD_DIR:-$src/build-sanitize}"
jobs="${ANVIL_SANITIZE_JOBS:-$(nproc)}"

export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}" CCACHE_BASEDIR="$src" CCACHE_NOHASHDIR=1
cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DANVIL_WERROR=ON \
    -DANVIL_SANITIZE=address,undefined -DCMAKE_CXX_FLAGS="-fno-sanitize-recover=undefined" >/dev/null
find "$build" -path '*_autogen/timestamp' -delete 2>/dev/null || true
cmake --build "$build" -j "$jobs"

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=${ANVIL_SANITIZE_LEAKS:-0}:strict_string_checks=1:detect_stack_use_after_return=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
# Qt's OpenSSL backend and the SQL drivers are not instrumented; their allocations are still
# checked by ASan's allocator, which is what matters for our code.
exclude=(-LE scripts)
if [ "${ANVIL_SANITIZE_SCRIPTS:-0}" = 1 ]; then
    exclude=()
fi
cd "$build"
ctest --output-on-failure -j "$jobs" "${exclude[@]}" "$@"
