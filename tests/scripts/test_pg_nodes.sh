#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Scale-out on PostgreSQL (issue #6): two `anvil --headless` nodes on loopback share one real
# PostgreSQL (a fresh schema), and anvil-bench sends every other request of every flow to the other
# node, as a load balancer would: a nonce issued by one node is used on the other, an order created
# on one is finalized on the other, an authorization validated by one is read on the other. Every
# flow must succeed with no badNonce retry. Then a configuration change made from another process
# (the command line, as the console does) must reach both nodes, and node B is killed (SIGKILL)
# and restarted three times under load: every certificate a client received is stored, serials
# are unique, no order is left half-done, and flows succeed again afterwards.
#
# Runs when ANVIL_TEST_PG_URL is set (packaging/bootstrap.sh test starts a throwaway server);
# skipped otherwise (exit 77), unless ANVIL_REQUIRE_PG=1, which makes a missing server a failure.

if [ -z "${ANVIL_TEST_PG_URL:-}" ]; then
    if [ "${ANVIL_REQUIRE_PG:-0}" = 1 ]; then
        echo "FAIL: ANVIL_REQUIRE_PG=1 but ANVIL_TEST_PG_URL is not set" >&2
        exit 1
    fi
    echo "SKIP: set ANVIL_TEST_PG_URL=postgresql://user:pass@host:port/db to run two nodes on PostgreSQL"
    exit 77
fi

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require psql curl python3
t_find_anvil
BENCH="${ANVIL_BENCH_BIN:-$(dirname "$ANVIL_BIN")/../tests/bench/anvil-bench}"
[ -x "$BENCH" ] || t_fail "anvil-bench not found at $BENCH (build the anvil-bench target)"

SCHEMA="pgnodes_$(date +%s)_$$"
DB_URL="$ANVIL_TEST_PG_URL?schema=$SCHEMA"
t_step "fresh schema $SCHEMA"
psql "$ANVIL_TEST_PG_URL" -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $SCHEMA" >"$T_WORK/psql.log" 2>&1 ||
    t_fail "cannot create schema $SCHEMA: $(cat "$T_WORK/psql.log")"

t_free_port PORT_A
t_free_port PORT_B
t_free_port HTTP01_PORT
T_ANVIL_LOG="$T_WORK/node-a.log"
t_run "$T_WORK/init.log" "$ANVIL_BIN" --data-dir "$T_WORK/a" --database "$DB_URL" --init --hostname 127.0.0.1 \
    --hostname localhost --tls-port "$PORT_A" --client-cert-port 0 --http-port 0 --enable-acme ||
    t_fail "anvil --init on PostgreSQL failed"
# The second node shares the database; its data directory holds the same master key (CA keys are
# sealed with it) and the same server certificate, as a deployment copies them.
cp -a "$T_WORK/a" "$T_WORK/b"
CA_BUNDLE="$T_WORK/a/ca-bundle.pem"
DIR_A="https://127.0.0.1:$PORT_A/acme/directory"
DIR_B="https://127.0.0.1:$PORT_B/acme/directory"

start_node() { # NAME PORT PIDVAR
    (cd "$T_WORK" && exec "$ANVIL_BIN" --data-dir "$T_WORK/$1" --database "$DB_URL" --headless --bind 127.0.0.1 \
        --tls-port "$2" --http01-port "$HTTP01_PORT" </dev/null >>"$T_WORK/node-$1.log" 2>&1) &
    local pid=$!
    t_track_pid "$pid"
    t_wait_port "$2" 60 "$pid"
    printf -v "$3" "%s" "$pid"
}
start_node a "$PORT_A" PID_A
start_node b "$PORT_B" PID_B
ANVIL_PID=$PID_A # checked for a clean SIGTERM exit by the cleanup

directory_status() { # URL
    curl -s -o /dev/null -w '%{http_code}' --cacert "$CA_BUNDLE" "$1" || true
}
for d in "$DIR_A" "$DIR_B"; do
    [ "$(directory_status "$d")" = 200 ] || t_fail "GET $d did not answer 200"
done

t_step "flows whose requests alternate between node A ($PORT_A) and node B ($PORT_B)"
FLOWS=60
t_run "$T_WORK/bench.log" "$BENCH" --directory "$DIR_A" --alternate "$DIR_B" --cacert "$CA_BUNDLE" \
    --concurrency 6 --count "$FLOWS" --http01-port "$HTTP01_PORT" --timeout 20 --json "$T_WORK/bench.json" ||
    t_fail "anvil-bench across two nodes failed"
python3 - "$T_WORK/bench.json" "$FLOWS" >>"$T_WORK/bench.log" 2>&1 <<'EOF' || t_fail "not every flow succeeded across the nodes"
import json, sys
j = json.load(open(sys.argv[1]))
want = int(sys.argv[2])
f, a = j["flows"], j["accounts"]
problems = []
if a["ok"] != 6 or a["failed"]:
    problems.append("accounts: %s ok, %s failed" % (a["ok"], a["failed"]))
if f["ok"] != want or f["failed"]:
    problems.append("flows: %s ok, %s failed (want %d)" % (f["ok"], f["failed"], want))
if j["errors"]:
    problems.append("errors: %s" % j["errors"])
# A nonce issued by one node must be accepted by the other on the first try.
if f["bad_nonce_retries"]:
    problems.append("%s badNonce retries" % f["bad_nonce_retries"])
if f["http01_served"] < want:
    problems.append("only %s http-01 validations for %d flows" % (f["http01_served"], want))
print("\n".join(problems) or "all %d flows ok, no badNonce" % want)
sys.exit(1 if problems else 0)
EOF
t_log "$(tail -1 "$T_WORK/bench.log")"

t_step "a configuration change from another process reaches both nodes"
wait_status() { # URL STATUS
    local deadline=$((SECONDS + 15))
    until [ "$(directory_status "$1")" = "$2" ]; do
        [ $SECONDS -lt $deadline ] || t_fail "$1 did not answer $2 within 15 s after the change"
        sleep 0.2
    done
}
T_CLIENT_LOG="$T_WORK/admin.log"
"$ANVIL_BIN" --data-dir "$T_WORK/a" --database "$DB_URL" acme disable </dev/null >>"$T_WORK/admin.log" 2>&1 ||
    t_fail "anvil acme disable failed"
wait_status "$DIR_A" 403
wait_status "$DIR_B" 403
"$ANVIL_BIN" --data-dir "$T_WORK/b" --database "$DB_URL" acme enable </dev/null >>"$T_WORK/admin.log" 2>&1 ||
    t_fail "anvil acme enable failed"
wait_status "$DIR_A" 200
wait_status "$DIR_B" 200

t_step "node B is killed (SIGKILL) and restarted under alternating load: nothing is lost"
SAVE="$T_WORK/received"
mkdir -p "$SAVE"
KILL_BENCH_LOG="$T_WORK/bench-kill.log"
# Clients keep going while B is down (their requests to B fail); every certificate they receive
# must be in the database, and no order may be left half-done.
"$BENCH" --directory "$DIR_A" --alternate "$DIR_B" --cacert "$CA_BUNDLE" --concurrency 6 --duration 12 \
    --http01-port "$HTTP01_PORT" --poll-max-ms 50 --timeout 5 --save-dir "$SAVE" </dev/null >"$KILL_BENCH_LOG" 2>&1 &
KILL_BENCH_PID=$!
for round in 1 2 3; do
    sleep "1.$((RANDOM % 10))"
    kill -KILL "$PID_B" 2>/dev/null || true
    wait "$PID_B" 2>/dev/null || true
    sleep 0.5
    start_node b "$PORT_B" PID_B
done
wait "$KILL_BENCH_PID" || true # flows that reached B while it was down failed, as they should
RECEIVED="$(find "$SAVE" -name '*.pem' | wc -l)"
[ "$RECEIVED" -gt 0 ] || t_fail "no certificate was received across the kills (see $KILL_BENCH_LOG)"
export LC_ALL=C
pg_sql() { psql "$ANVIL_TEST_PG_URL" -X -q -At -v ON_ERROR_STOP=1 -c "SET search_path TO $SCHEMA" -c "$1"; }
pg_sql "SELECT serial FROM certificates" | sed 's/^0*//' | tr 'A-F' 'a-f' | sort >"$T_WORK/stored.txt"
[ -z "$(uniq -d "$T_WORK/stored.txt")" ] || t_fail "a serial is stored twice"
t_received_serials "$SAVE" | sort >"$T_WORK/received.txt"
MISSING="$(comm -23 "$T_WORK/received.txt" "$T_WORK/stored.txt" | wc -l)"
[ "$MISSING" = 0 ] || t_fail "$MISSING received certificates are missing from the database"
N="$(pg_sql "SELECT COUNT(*) FROM orders WHERE status = 'processing'")"
[ "$N" = 0 ] || t_fail "$N orders are left 'processing'"
N="$(pg_sql "SELECT COUNT(*) FROM (SELECT order_id FROM certificates WHERE order_id IS NOT NULL
             GROUP BY order_id HAVING COUNT(*) > 1) twice")"
[ "$N" = 0 ] || t_fail "$N orders have two certificates"
t_log "ok: 3 kills of node B; all $RECEIVED received certificates stored, serials unique, no order half-done"

t_step "after the kills, every flow across both nodes succeeds again"
t_run "$T_WORK/bench-after-kill.log" "$BENCH" --directory "$DIR_A" --alternate "$DIR_B" --cacert "$CA_BUNDLE" \
    --concurrency 4 --count 12 --http01-port "$HTTP01_PORT" --timeout 20 ||
    t_fail "flows across both nodes failed after node B was killed and restarted"

t_step "the alternation really used node B: without it, flows fail"
t_kill_pid "$PID_B"
[ "$T_KILL_STATUS" = 0 ] || [ "$T_KILL_STATUS" = 143 ] || t_fail "node B exited with status $T_KILL_STATUS on SIGTERM"
if "$BENCH" --directory "$DIR_A" --alternate "$DIR_B" --cacert "$CA_BUNDLE" --concurrency 1 --count 2 \
    --http01-port "$HTTP01_PORT" --timeout 5 </dev/null >"$T_WORK/bench-b-down.log" 2>&1; then
    t_fail "flows succeeded with node B stopped: requests did not alternate"
fi

t_kill_pid "$PID_A"
[ "$T_KILL_STATUS" = 0 ] || [ "$T_KILL_STATUS" = 143 ] || t_fail "node A exited with status $T_KILL_STATUS on SIGTERM"
ANVIL_PID=""
psql "$ANVIL_TEST_PG_URL" -q -c "DROP SCHEMA $SCHEMA CASCADE" >/dev/null 2>&1 || true
