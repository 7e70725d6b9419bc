#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Crash consistency (issue 7): `anvil --headless` on a fresh data directory under load from
# anvil-bench (which saves every certificate it receives), killed with SIGKILL at random moments
# dozens of times and restarted each time. Afterwards:
#   - the database passes its integrity check (sqlite3 PRAGMA integrity_check, `anvil db check`);
#   - every certificate a client received is stored, and serials are unique;
#   - no order is left 'processing' (recovered at start), no order has two certificates, every
#     valid order names a stored certificate of its own; no validation interrupted by a kill is
#     left 'processing' (run again at start);
#   - accounts, CAs and configuration are intact: unchanged `config get`, `alias list`, `ca list`,
#     every account key readable, and a clean run of new flows after the crashes issues again;
#   - `anvil audit verify` passes.
# The same on PostgreSQL (a fresh schema) when ANVIL_TEST_PG_URL is set (required with
# ANVIL_REQUIRE_PG=1).
#
# Environment: ANVIL_CRASH_SECONDS (per backend, default 60), ANVIL_CRASH_MIN_KILLS (default 24).

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require sqlite3 openssl jq curl
export LC_ALL=C # sort and comm agree on the order

CRASH_SECONDS="${ANVIL_CRASH_SECONDS:-60}"
MIN_KILLS="${ANVIL_CRASH_MIN_KILLS:-24}"

t_find_anvil
BENCH="$(dirname "$ANVIL_BIN")/../tests/bench/anvil-bench"
[ -x "$BENCH" ] || t_fail "anvil-bench not found at $BENCH (build the anvil-bench target)"

PG_SCHEMAS=()
drop_pg_schemas() {
    local s
    for s in "${PG_SCHEMAS[@]}"; do
        psql "$ANVIL_TEST_PG_URL" -q -c "DROP SCHEMA IF EXISTS $s CASCADE" >/dev/null 2>&1 || true
    done
}
trap 'rc=$?; drop_pg_schemas; (exit $rc); t_cleanup' EXIT

# sql QUERY: one query on the backend under test; rows on stdout, columns separated by '|'.
sql() {
    if [ "$BACKEND" = sqlite ]; then
        sqlite3 -batch "$ANVIL_DATA/anvil.db" "$1"
    else
        psql "$ANVIL_TEST_PG_URL" -X -q -At -v ON_ERROR_STOP=1 -c "SET search_path TO $PG_SCHEMA" -c "$1"
    fi
}

# Starts the server without waiting; SERVER_PID. Tracked until it is stopped, so that a failure
# anywhere stops it too (and the work directory is not removed under a running server).
server_spawn() {
    (cd "$T_WORK" && exec "$ANVIL_BIN" --data-dir "$ANVIL_DATA" --headless --http01-port "$ANVIL_HTTP01_PORT" \
        </dev/null >>"$T_ANVIL_LOG" 2>&1) &
    SERVER_PID=$!
    t_track_pid "$SERVER_PID"
}

untrack() { # PID: no longer stopped by the cleanup (it has been stopped already)
    local keep=() p
    for p in "${T_PIDS[@]}"; do
        [ "$p" = "$1" ] || keep+=("$p")
    done
    T_PIDS=("${keep[@]}")
}

# Until the directory answers (the server recovered and serves), or fail.
server_wait() {
    local deadline=$((SECONDS + 60))
    until curl -fsS --max-time 2 --cacert "$ANVIL_CA_BUNDLE" -o /dev/null "$ANVIL_DIRECTORY" 2>/dev/null; do
        kill -0 "$SERVER_PID" 2>/dev/null || t_fail "anvil exited during start-up (see the anvil log)"
        [ $SECONDS -lt $deadline ] || t_fail "GET $ANVIL_DIRECTORY did not succeed within 60 s after a restart"
        sleep 0.1
    done
}

kill9() { # PID
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
    untrack "$1"
}

# The state an administrator sees, which crashes must not change.
snapshot() { # FILE
    {
        t_anvil config get
        t_anvil alias list
        t_anvil alias show acme
        t_anvil ca list
    } >"$1" 2>&1 || t_fail "reading the configuration failed: $(cat "$1")"
}

run_backend() {
    BACKEND="$1"
    local dir="$T_WORK/$BACKEND"
    ANVIL_DATA="$dir/anvil"
    SAVE="$dir/received"
    mkdir -p "$ANVIL_DATA" "$SAVE"
    T_ANVIL_LOG="$dir/anvil.log"
    if [ "$BACKEND" = postgresql ]; then
        PG_SCHEMA="crash_$$_$RANDOM"
        PG_SCHEMAS+=("$PG_SCHEMA")
        psql "$ANVIL_TEST_PG_URL" -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $PG_SCHEMA" >/dev/null ||
            t_fail "cannot create schema $PG_SCHEMA on $ANVIL_TEST_PG_URL"
        export ANVIL_DATABASE_URL="$ANVIL_TEST_PG_URL?schema=$PG_SCHEMA"
    else
        unset ANVIL_DATABASE_URL
    fi

    t_step "$BACKEND: fresh data directory"
    t_free_port ANVIL_TLS_PORT
    t_free_port ANVIL_HTTP01_PORT
    t_run "$dir/init.log" "$ANVIL_BIN" --data-dir "$ANVIL_DATA" --init --hostname 127.0.0.1 \
        --tls-port "$ANVIL_TLS_PORT" --client-cert-port 0 --http-port 0 --enable-acme ||
        t_fail "anvil --init failed"
    ANVIL_CA_BUNDLE="$ANVIL_DATA/ca-bundle.pem"
    ANVIL_DIRECTORY="https://127.0.0.1:$ANVIL_TLS_PORT/acme/directory"
    snapshot "$dir/before.txt"

    t_step "$BACKEND: load and SIGKILL for ${CRASH_SECONDS} s (at least $MIN_KILLS kills)"
    local kills=0 end=$((SECONDS + CRASH_SECONDS)) bench_pid pause
    while [ $SECONDS -lt $end ] || [ $kills -lt "$MIN_KILLS" ]; do
        server_spawn
        # Every fourth kill lands during start-up (migrations, recovery), the others under load.
        if [ $((kills % 4)) = 3 ]; then
            sleep "0.$((RANDOM % 10))"
            kill9 "$SERVER_PID"
            kills=$((kills + 1))
            continue
        fi
        server_wait
        "$BENCH" --directory "$ANVIL_DIRECTORY" --cacert "$ANVIL_CA_BUNDLE" --concurrency 6 --duration 60 \
            --http01-port "$ANVIL_HTTP01_PORT" --poll-max-ms 50 --timeout 5 --save-dir "$SAVE" \
            </dev/null >>"$dir/bench.log" 2>&1 &
        bench_pid=$!
        t_track_pid "$bench_pid"
        pause=$((300 + RANDOM % 1700))
        # On a loaded machine a cycle may be too short for any flow to finish: until one has, let
        # the load run longer each time, so the run always includes kills after issuance.
        if [ -z "$(find "$SAVE" -name '*.pem' -print -quit)" ]; then
            pause=$((pause + kills * 500))
        fi
        sleep "$((pause / 1000)).$(printf '%03d' $((pause % 1000)))"
        # The server dies first: whatever the client saved by now was answered before the kill.
        kill9 "$SERVER_PID"
        kill9 "$bench_pid"
        kills=$((kills + 1))
        if grep -q "cannot listen" "$dir/bench.log"; then
            t_fail "anvil-bench could not listen on its http-01 port $ANVIL_HTTP01_PORT: $(grep -m1 "cannot listen" "$dir/bench.log")"
        fi
    done
    local received
    received="$(find "$SAVE" -name '*.pem' | wc -l)"
    t_log "$kills kills; clients received $received certificates"
    [ "$received" -gt 0 ] || t_fail "no certificate was issued during the crash run (see $dir/bench.log)"

    t_step "$BACKEND: restart, recover, stop cleanly"
    local restart_ms
    restart_ms="$(date +%s%3N)"
    server_spawn
    server_wait
    kill -TERM "$SERVER_PID"
    local rc=0
    wait "$SERVER_PID" || rc=$?
    untrack "$SERVER_PID"
    [ "$rc" = 0 ] || [ "$rc" = 143 ] || t_fail "anvil exited with status $rc on SIGTERM after recovery"

    t_step "$BACKEND: checks"
    if [ "$BACKEND" = sqlite ]; then
        local integrity
        integrity="$(sqlite3 -batch "$ANVIL_DATA/anvil.db" 'PRAGMA integrity_check')"
        [ "$integrity" = ok ] || t_fail "PRAGMA integrity_check: $integrity"
        integrity="$(sqlite3 -batch "$ANVIL_DATA/anvil.db" 'PRAGMA foreign_key_check')"
        [ -z "$integrity" ] || t_fail "PRAGMA foreign_key_check: $integrity"
        t_log "ok: PRAGMA integrity_check and foreign_key_check"
    fi
    t_anvil db check >"$dir/db-check.txt" 2>&1 || t_fail "anvil db check failed: $(cat "$dir/db-check.txt")"

    # Serials as lowercase hex without leading zeros, on both sides.
    sql "SELECT serial FROM certificates" | sed 's/^0*//' | tr 'A-F' 'a-f' | sort >"$dir/stored.txt"
    local dup
    dup="$(uniq -d "$dir/stored.txt" | head -5)"
    [ -z "$dup" ] || t_fail "serials stored twice: $dup"
    local missing
    t_received_serials "$SAVE" >"$dir/received.txt"
    [ "$(wc -l <"$dir/received.txt")" = "$received" ] || t_fail "cannot read every received certificate"
    missing="$(sort "$dir/received.txt" | comm -23 - "$dir/stored.txt" | wc -l)"
    if [ "$missing" != 0 ]; then
        sort "$dir/received.txt" | comm -23 - "$dir/stored.txt" | head -10 >&2
    fi
    [ "$missing" = 0 ] || t_fail "$missing received certificates are missing from the database"
    t_log "ok: all $received received certificates are stored; $(wc -l <"$dir/stored.txt") serials, all unique"

    local n
    n="$(sql "SELECT COUNT(*) FROM orders WHERE status = 'processing'")"
    [ "$n" = 0 ] || t_fail "$n orders are still 'processing' after the restart"
    n="$(sql "SELECT COUNT(*) FROM (SELECT order_id FROM certificates WHERE order_id IS NOT NULL
              GROUP BY order_id HAVING COUNT(*) > 1) twice")"
    [ "$n" = 0 ] || t_fail "$n orders have two certificates"
    n="$(sql "SELECT COUNT(*) FROM orders o WHERE o.status = 'valid' AND NOT EXISTS
              (SELECT 1 FROM certificates c WHERE c.id = o.certificate_id AND c.order_id = o.id)")"
    [ "$n" = 0 ] || t_fail "$n valid orders lack their certificate"
    n="$(sql "SELECT COUNT(*) FROM certificates c JOIN orders o ON o.id = c.order_id
              WHERE o.status <> 'valid' OR o.certificate_id <> c.id")"
    [ "$n" = 0 ] || t_fail "$n certificates belong to orders that are not valid with them"
    t_log "ok: no order processing, none with two certificates, valid orders and certificates agree"

    # Validations the kills interrupted ran again at start (and ended before the clean stop): on
    # SQLite all of them; on PostgreSQL, where another node might still be validating, those older
    # than the server's 60 s staleness bound.
    local stale_before=$restart_ms
    [ "$BACKEND" = sqlite ] || stale_before=$((restart_ms - 60000))
    n="$(sql "SELECT COUNT(*) FROM challenges WHERE status = 'processing' AND updated_at < $stale_before")"
    [ "$n" = 0 ] || t_fail "$n challenges are still 'processing' after the restart (validation not resumed)"
    t_log "ok: no interrupted validation left 'processing'"

    local accounts keys
    accounts="$(sql "SELECT COUNT(*) FROM accounts")"
    keys="$(sql "SELECT jwk FROM accounts" | jq -s '[.[] | select(has("kty") and has("crv") or has("n"))] | length')" ||
        t_fail "account keys are not JSON"
    [ "$keys" = "$accounts" ] || t_fail "only $keys of $accounts account keys are readable JWKs"
    snapshot "$dir/after.txt"
    diff -u "$dir/before.txt" "$dir/after.txt" >&2 || t_fail "the configuration changed across the crashes"
    t_log "ok: $accounts accounts with readable keys; configuration, aliases and CAs unchanged"

    t_anvil audit verify >"$dir/audit.txt" 2>&1 || t_fail "anvil audit verify failed: $(cat "$dir/audit.txt")"
    t_log "ok: anvil audit verify: $(tail -n 1 "$dir/audit.txt")"

    t_step "$BACKEND: issuance works after the crashes"
    server_spawn
    ANVIL_PID="$SERVER_PID"
    server_wait
    T_CLIENT_TIMEOUT=120 t_run "$dir/bench-final.log" "$BENCH" --directory "$ANVIL_DIRECTORY" \
        --cacert "$ANVIL_CA_BUNDLE" --concurrency 2 --count 4 --http01-port "$ANVIL_HTTP01_PORT" ||
        t_fail "anvil-bench failed after the crashes"
    t_kill_pid "$SERVER_PID"
    [ "$T_KILL_STATUS" = 0 ] || [ "$T_KILL_STATUS" = 143 ] || t_fail "anvil exited with $T_KILL_STATUS on SIGTERM"
    T_PIDS=()
    ANVIL_PID=""
    t_log "ok: 4 new flows issued after $kills kills"
}

run_backend sqlite
if [ -n "${ANVIL_TEST_PG_URL:-}" ]; then
    t_require psql
    run_backend postgresql
elif [ "${ANVIL_REQUIRE_PG:-0}" = 1 ]; then
    t_fail "ANVIL_REQUIRE_PG=1 but ANVIL_TEST_PG_URL is not set"
else
    t_log "PostgreSQL skipped: ANVIL_TEST_PG_URL is not set"
fi
