#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# ARCHITECTURE.md / STYLE.md §1: core never includes Widgets or ui/; ui never includes QtSql,
# OpenSSL or core/storage; OpenSSL appears only in .cpp files of core/crypto, core/jose and
# core/validation (never in a header); QtHttpServer only in core/http.
set -euo pipefail
src="${ANVIL_SOURCE_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}"
cd "$src"
fail=0
check() {
    local what="$1" pattern="$2"
    shift 2
    local hits
    hits=$(grep -rlE "$pattern" "$@" 2>/dev/null || true)
    if [ -n "$hits" ]; then
        echo "FAIL: $what:"
        echo "$hits" | sed 's/^/  /'
        fail=1
    fi
}
check "core includes Widgets or GUI" '#include *<(QtWidgets|QtGui|QWidget|QMainWindow|QDialog|QApplication)' core
check "core includes ui/ or app/" '#include *"(ui|app)/' core
check "ui includes QtSql" '#include *<(QtSql|QSql[A-Za-z]*)' ui
check "ui includes OpenSSL" '#include *<openssl/' ui
check "ui includes core/storage" '#include *"core/storage/' ui
check "OpenSSL in a header" '#include *<openssl/' $(find core app ui -name '*.h' 2>/dev/null)
check "OpenSSL outside crypto/jose/validation" '#include *<openssl/' core/acme core/admin core/approvals core/config core/http core/pki core/storage core/util app ui
check "QtHttpServer outside core/http" '#include *<(QtHttpServer|QHttpServer|QAbstractHttpServer)' core/acme core/admin core/approvals core/config core/crypto core/jose core/pki core/storage core/util core/validation ui
if [ "$fail" -ne 0 ]; then
    echo "1 failed, 0 passed"
    exit 1
fi
echo "layering: ok"
