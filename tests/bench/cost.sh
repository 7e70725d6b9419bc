#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Server cost per issuance flow in instructions (callgrind), deterministic where wall-clock and
# CPU-time figures are not on a shared machine (issue #6).
#
# Starts a fresh Anvil (SQLite file, durable writes) under valgrind --tool=callgrind, runs WARMUP
# flows with anvil-bench, zeroes the counters, runs COUNT flows, dumps, and prints the server's
# instructions per flow (every thread; the http-01 validation and TLS included) with the top
# functions (inclusive). Keep the callgrind file with KEEP=1 to inspect it with
# callgrind_annotate or kcachegrind.
#
#   BUILD=build COUNT=100 WARMUP=20 CONCURRENCY=8 CA_KEY_TYPE=EC:P-256 tests/bench/cost.sh
set -euo pipefail

BUILD=${BUILD:-build}
ANVIL=${ANVIL:-$BUILD/bin/anvil}
BENCH=${BENCH:-$BUILD/tests/bench/anvil-bench}
COUNT=${COUNT:-100}
WARMUP=${WARMUP:-20}
CONCURRENCY=${CONCURRENCY:-8}
CA_KEY_TYPE=${CA_KEY_TYPE:-EC:P-256}
KEY_TYPE=${KEY_TYPE:-p256}
# Polls wait long enough for the validation to be done (under callgrind too): every flow then
# makes the same requests (newOrder, authorization, challenge, finalize, certificate, and a poll
# only when the challenge was answered before its validation ended: servers before 9c30a07).
POLL_MS=${POLL_MS:-1500}
TOP=${TOP:-40}

for tool in "$ANVIL" "$BENCH" valgrind callgrind_control callgrind_annotate; do
    command -v "$tool" >/dev/null || [ -x "$tool" ] || { echo "cost.sh: $tool not found" >&2; exit 2; }
done

# shellcheck source=tests/bench/ports.sh
. "$(dirname "${BASH_SOURCE[0]}")/ports.sh"
base=$(free_port_base 2) || { echo "cost.sh: no free ports" >&2; exit 2; }
port=$base
http01_port=$((base + 1))
WORK=$(mktemp -d /tmp/anvil-cost.XXXXXX)
pid=
cleanup() {
    if [ -n "$pid" ]; then
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    fi
    if [ "${KEEP:-0}" = 1 ]; then
        echo "cost.sh: kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

"$ANVIL" --data-dir "$WORK/anvil" --init --hostname 127.0.0.1 --hostname localhost --tls-port "$port" \
    --client-cert-port 0 --http-port 0 --enable-acme --ca-key-type "$CA_KEY_TYPE" >"$WORK/init.log" 2>&1 \
    || { cat "$WORK/init.log" >&2; exit 1; }
url="https://127.0.0.1:$port/acme/directory"
cacert="$WORK/anvil/ca-bundle.pem"

valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" --dump-instr=no --collect-atstart=yes \
    "$ANVIL" --data-dir "$WORK/anvil" --headless --bind 127.0.0.1 --http01-port "$http01_port" \
    >"$WORK/anvil.log" 2>&1 &
pid=$!
for _ in $(seq 1 300); do
    kill -0 "$pid" 2>/dev/null || { echo "cost.sh: anvil exited; log:" >&2; tail -20 "$WORK/anvil.log" >&2; exit 1; }
    curl -fsS --max-time 5 --cacert "$cacert" -o /dev/null "$url" 2>/dev/null && break
    sleep 0.5
done

bench() { # count
    "$BENCH" --directory "$url" --cacert "$cacert" --concurrency "$CONCURRENCY" --count "$1" \
        --http01-port "$http01_port" --key-type "$KEY_TYPE" --poll-ms "$POLL_MS" --timeout 120 \
        --json "$WORK/bench.json" \
        >"$WORK/bench.txt" 2>&1 || { echo "cost.sh: anvil-bench failed:" >&2; cat "$WORK/bench.txt" >&2; exit 1; }
}

bench "$WARMUP"
callgrind_control -z "$pid" >/dev/null
bench "$COUNT"
flows=$(python3 -c 'import json,sys; print(int(json.load(open(sys.argv[1]))["flows"]["ok"]))' "$WORK/bench.json" \
    2>/dev/null || echo "$COUNT")
requests=$(python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["flows"]["requests_per_flow"], 2))' \
    "$WORK/bench.json" 2>/dev/null || echo '?')
callgrind_control -d "$pid" >/dev/null
sleep 1
dump=$(ls -t "$WORK"/callgrind.out.* 2>/dev/null | head -1)
[ -n "$dump" ] || { echo "cost.sh: no callgrind dump" >&2; exit 1; }
total=$(callgrind_annotate "$dump" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1; exit }')
echo "# $(date -u +%FT%TZ) anvil $ANVIL ($(git rev-parse --short HEAD 2>/dev/null || echo '?')), CA $CA_KEY_TYPE, keys $KEY_TYPE"
echo "# concurrency $CONCURRENCY, warm-up $WARMUP flows, measured $flows flows, $requests requests per flow"
python3 -c "import sys; t=int(sys.argv[1]); n=int(sys.argv[2]); print(f'server instructions per flow: {t/n/1e6:.2f} M (total {t/1e6:.0f} M over {n} flows)')" "$total" "$flows"
if [ "$TOP" -gt 0 ]; then
    callgrind_annotate --inclusive=yes "$dump" 2>/dev/null | sed -n '/^Ir/,$p' | head -n $((TOP + 2))
fi
if [ "${KEEP:-0}" = 1 ]; then
    echo "# callgrind file: $dump"
fi
