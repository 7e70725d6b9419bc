#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a C++ file differs from .clang-format (STYLE.md §2: CI checks the format).
set -euo pipefail
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$src"
fmt="$(command -v clang-format-14 || command -v clang-format || true)"
if [ -z "$fmt" ]; then
    echo "check-format: clang-format not installed" >&2
    exit 1
fi
mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null || find app core ui tests -name '*.cpp' -o -name '*.h')
[ ${#files[@]} -gt 0 ] || exit 0
if ! "$fmt" --dry-run -Werror "${files[@]}" 2>/tmp/anvil-format.log; then
    echo "check-format: these files need clang-format -i:" >&2
    grep -oE '^[^:]+\.(cpp|h)' /tmp/anvil-format.log | sort -u >&2
    exit 1
fi
echo "check-format: ${#files[@]} files formatted"
