#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Anvil on PostgreSQL with one node and with two nodes sharing the database (issue #6).
#
# Initialises Anvil on a fresh schema of PG_URL, starts node A, and for each concurrency runs
# anvil-bench against A alone, then starts node B (same database, a copy of A's data directory for
# the master key and server certificate) and runs the same load with every other request sent to B
# (--alternate, as a load balancer would). Prints flows/s, flow p99 and the servers' CPU per flow
# (both nodes summed, from /proc/PID/stat); PostgreSQL's WAL flushes per flow (pg_stat_wal, the
# whole server's), and its CPU per flow when it runs on this machine (every `postgres` process).
#
# Before the first point, WARMUP flows (default 500) run against A, then the schema's tables are
# analysed: PostgreSQL plans the nodes' prepared statements once per connection from the tables'
# statistics, and a fresh schema has none (its tables were empty), so until autovacuum's first
# ANALYZE (a minute or more in) lookups by key ran as sequential scans of a growing table, at
# 0.1-0.3 ms each. The points then measure the steady state of a database in use.
#
# Settings (environment):
#   PG_URL=postgresql://user:pass@host:port/db   (required; a schema anvil_bench_<time> is created)
#   CONCURRENCIES="1 16 64"  DURATION=10  WARMUP=500  BUILD=build-bench  ANVIL=...  BENCH=...  KEEP=1
# Example: PG_URL=postgresql://anvil:anvil@127.0.0.1:55445/anvil_test BUILD=build tests/bench/pg-nodes.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
BUILD=${BUILD:-$src/build-bench}
ANVIL=${ANVIL:-$BUILD/bin/anvil}
BENCH=${BENCH:-$BUILD/tests/bench/anvil-bench}
CONCURRENCIES=${CONCURRENCIES:-"1 16 64"}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-500}
[ -n "${PG_URL:-}" ] || { echo "pg-nodes.sh: set PG_URL=postgresql://user:pass@host:port/db" >&2; exit 2; }
for tool in "$ANVIL" "$BENCH"; do
    [ -x "$tool" ] || { echo "pg-nodes.sh: $tool not found or not executable" >&2; exit 2; }
done
command -v psql >/dev/null || { echo "pg-nodes.sh: psql is needed" >&2; exit 2; }

# shellcheck source=tests/bench/ports.sh
. "$(dirname "${BASH_SOURCE[0]}")/ports.sh"
base=$(free_port_base 3) || { echo "pg-nodes.sh: no free ports" >&2; exit 2; }
port_a=$base
port_b=$((base + 1))
http01_port=$((base + 2))
schema="anvil_bench_$(date +%s)"
db="$PG_URL?schema=$schema"
WORK=$(mktemp -d /tmp/anvil-pg-nodes.XXXXXX)
pids=()
cleanup() {
    local p
    for p in "${pids[@]}"; do
        kill "$p" 2>/dev/null || true
        wait "$p" 2>/dev/null || true
    done
    psql "$PG_URL" -q -c "DROP SCHEMA IF EXISTS $schema CASCADE" >/dev/null 2>&1 || true
    if [ "${KEEP:-0}" = 1 ]; then
        echo "pg-nodes.sh: kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT

psql "$PG_URL" -q -v ON_ERROR_STOP=1 -c "CREATE SCHEMA $schema" >/dev/null
"$ANVIL" --data-dir "$WORK/a" --database "$db" --init --hostname 127.0.0.1 --tls-port "$port_a" \
    --client-cert-port 0 --http-port 0 --enable-acme >"$WORK/init.log" 2>&1 || { cat "$WORK/init.log" >&2; exit 1; }
cp -a "$WORK/a" "$WORK/b"
cacert="$WORK/a/ca-bundle.pem"
dir_a="https://127.0.0.1:$port_a/acme/directory"
dir_b="https://127.0.0.1:$port_b/acme/directory"

start_node() { # NAME PORT
    "$ANVIL" --data-dir "$WORK/$1" --database "$db" --headless --bind 127.0.0.1 --tls-port "$2" \
        --http01-port "$http01_port" >>"$WORK/$1.log" 2>&1 &
    pids+=($!)
    local i
    for i in $(seq 1 150); do
        curl -fsS --max-time 2 --cacert "$cacert" -o /dev/null "https://127.0.0.1:$2/acme/directory" 2>/dev/null && return 0
        sleep 0.2
    done
    echo "pg-nodes.sh: node $1 not ready" >&2
    exit 1
}
cpu_ticks() { # PID...: utime + stime of the processes, in clock ticks
    local p t=0 f
    for p in "$@"; do
        read -r -a f <"/proc/$p/stat" 2>/dev/null || continue
        t=$((t + f[13] + f[14]))
    done
    echo "$t"
}
pg_local() { # true when PG_URL's server runs here (its processes' CPU can be read)
    case "$PG_URL" in
        *@127.0.0.1[:/]* | *@localhost[:/]*) pgrep -x postgres >/dev/null ;;
        *) return 1 ;;
    esac
}
pg_ticks() { # CPU of this machine's postgres processes, or nothing when PostgreSQL is elsewhere
    if pg_local; then
        # shellcheck disable=SC2046 # one PID per word
        cpu_ticks $(pgrep -x postgres)
    fi
}
wal_syncs() { # WAL flushes of the whole server so far (pg_stat_wal, PostgreSQL 14 on), or nothing
    psql "$PG_URL" -Atq -c "SELECT wal_sync FROM pg_stat_wal" 2>/dev/null || true
}

echo "# load before: $(uptime)"
start_node a "$port_a"
pid_a=${pids[0]}
if [ "$WARMUP" -gt 0 ]; then
    "$BENCH" --directory "$dir_a" --cacert "$cacert" --concurrency 8 --count "$WARMUP" \
        --http01-port "$http01_port" >"$WORK/warmup.txt" 2>&1 || { cat "$WORK/warmup.txt" >&2; exit 1; }
fi
psql "$PG_URL" -q -v ON_ERROR_STOP=1 >/dev/null <<SQL
SELECT format('ANALYZE %I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname = '$schema' \gexec
SQL
printf '%6s | %5s | %9s | %12s | %11s | %10s | %11s | %s\n' nodes conc flows/s "flow p99 ms" "srv ms/flow" \
    "pg ms/flow" "WAL flushes" errors
run_point() { # NODES CONCURRENCY PIDS...
    local nodes=$1 conc=$2 before after pg_before pg_after wal_before wal_after out
    shift 2
    local args=(--directory "$dir_a")
    [ "$nodes" = 2 ] && args+=(--alternate "$dir_b")
    out="$WORK/n$nodes-c$conc.json"
    before=$(cpu_ticks "$@")
    pg_before=$(pg_ticks)
    wal_before=$(wal_syncs)
    "$BENCH" "${args[@]}" --cacert "$cacert" --concurrency "$conc" --duration "$DURATION" \
        --http01-port "$http01_port" --json "$out" >"$WORK/n$nodes-c$conc.txt" 2>&1 || true
    after=$(cpu_ticks "$@")
    pg_after=$(pg_ticks)
    wal_after=$(wal_syncs)
    python3 - "$out" "$nodes" "$conc" "$((after - before))" "$(getconf CLK_TCK)" \
        "${pg_before:+$((pg_after - pg_before))}" "${wal_before:+$((wal_after - wal_before))}" <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
nodes, conc, ticks, hz = sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
pg_ticks, wal = sys.argv[6], sys.argv[7]
f = j["flows"]
ok = f["ok"]
p99 = j["latency"]["flow"]["p99_ms"] if "flow" in j["latency"] else float("nan")
ms = 1000.0 * ticks / hz / ok if ok else float("nan")
pg_ms = "%.2f" % (1000.0 * int(pg_ticks) / hz / ok) if pg_ticks and ok else "-"
wal_per_flow = "%.1f" % (int(wal) / ok) if wal and ok else "-"
errors = ", ".join("%s: %d" % (k, v) for k, v in j["errors"].items()) or "none"
print("%6s | %5s | %9.1f | %12.1f | %11.2f | %10s | %11s | %s"
      % (nodes, conc, f["flows_per_second"], p99, ms, pg_ms, wal_per_flow, errors))
EOF
}
for c in $CONCURRENCIES; do
    run_point 1 "$c" "$pid_a"
done
start_node b "$port_b"
pid_b=${pids[1]}
for c in $CONCURRENCIES; do
    run_point 2 "$c" "$pid_a" "$pid_b"
done
echo "# load after: $(uptime)"
