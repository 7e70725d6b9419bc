#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's two commands on a fresh Debian 12 machine:
#   packaging/bootstrap.sh run    install what is missing, build, start Anvil (console, or headless
#                                 where there is no display) on the embedded SQLite default
#   packaging/bootstrap.sh test   install what is missing, build, run the whole suite through ctest
#                                 (starts a throwaway PostgreSQL cluster on loopback for the storage tests)
# Both are idempotent; a second run only rebuilds what changed.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$(cd "$here/.." && pwd)"
mode="${1:-}"
shift || true

# Build and run-time packages (Debian 12). Test-only ones follow.
build_packages=(build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-private-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql qt6-qpa-plugins libgl-dev libvulkan-dev
    libssl-dev libunbound-dev libsqlite3-dev libjemalloc-dev openssl ca-certificates curl)
test_packages=(postgresql xvfb xauth certbot lego acme-tiny dehydrated uacme knot knot-dnsutils dnsutils clang libclang-rt-14-dev
    python3 dpkg-dev fakeroot file clang-format publicsuffix sqlite3)

need_install() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        echo "bootstrap: installing ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -q
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
    fi
}

build_dir="${ANVIL_BUILD_DIR:-$src/build}"
jobs="$(nproc)"

configure_and_build() {
    local werror="${1:-OFF}"
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
    # Paths relative to the source tree, so a fresh clone elsewhere reuses the cache.
    export CCACHE_BASEDIR="$src" CCACHE_NOHASHDIR=1
    cmake -S "$src" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DANVIL_WERROR="$werror" >/dev/null
    # CMake 3.25's Ninja AUTOMOC misses a Q_OBJECT header added to an existing (globbed) target
    # on an incremental build; make every autogen step re-scan (moc itself still runs only where needed).
    find "$build_dir" -path '*_autogen/timestamp' -delete 2>/dev/null || true
    cmake --build "$build_dir" -j "$jobs"
}

pg_dir=""
stop_postgres() {
    if [ -n "$pg_dir" ] && [ -d "$pg_dir" ]; then
        runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$pg_dir"
    fi
}

start_postgres() {
    # A throwaway cluster on loopback, owned by the postgres system user (initdb refuses root).
    local bin=/usr/lib/postgresql/15/bin port="${ANVIL_TEST_PG_PORT:-55432}"
    pg_dir="$(mktemp -d /tmp/anvil-pg.XXXXXX)"
    chown postgres: "$pg_dir"
    trap stop_postgres EXIT
    runuser -u postgres -- "$bin/initdb" -D "$pg_dir/data" -A trust -U postgres >/dev/null
    runuser -u postgres -- "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
        -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
    runuser -u postgres -- "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -q \
        -c "CREATE ROLE anvil LOGIN PASSWORD 'anvil'" -c "CREATE DATABASE anvil_test OWNER anvil"
    export ANVIL_TEST_PG_URL="postgresql://anvil:anvil@127.0.0.1:$port/anvil_test"
    export ANVIL_TEST_PG_ADMIN_URL="postgresql://postgres@127.0.0.1:$port/postgres"
    echo "bootstrap: PostgreSQL on 127.0.0.1:$port"
}

case "$mode" in
run)
    need_install "${build_packages[@]}"
    configure_and_build OFF
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        exec "$build_dir/bin/anvil" "$@"
    fi
    exec "$build_dir/bin/anvil" --headless "$@"
    ;;
test)
    need_install "${build_packages[@]}" "${test_packages[@]}"
    configure_and_build ON
    "$src/tests/scripts/check-format.sh"
    start_postgres
    export ANVIL_REQUIRE_PG=1
    cd "$build_dir"
    ctest --output-on-failure -j "$jobs" "$@"
    ;;
*)
    echo "usage: $0 run [anvil options] | test [ctest options]" >&2
    exit 2
    ;;
esac
