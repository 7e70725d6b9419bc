#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Anvil vs Debian's Pebble under the same anvil-bench load, in one run (issue #6).
#
# Starts both servers on loopback (Anvil headless on a fresh SQLite data directory with its default
# durable writes; Pebble in memory with PEBBLE_VA_NOSLEEP=1, PEBBLE_WFE_NONCEREJECT=0 and
# PEBBLE_AUTHZREUSE=0), then for each repetition and concurrency runs the same load against one and
# then the other (the order alternates per repetition), and prints the medians and the
# Anvil/Pebble ratio. A point that fails, times out or leaves a server dead is reported in its row.
#
# Settings (environment):
#   CONCURRENCIES="1 4 16 64 256"  DURATION=20 (s per point)  REPEAT=3  KEY_TYPE=p256|rsa2048
#   CA_KEY_TYPE=EC:P-256 (Anvil's CA; Pebble's is always RSA-2048)  NAMES=1  THREADS=1
#   WARMUP=50 (flows per server before measuring)  TIMEOUT=30 (s per request)  KEEP=1 (keep $WORK)
#   BUILD=build-bench  ANVIL=$BUILD/bin/anvil  BENCH=$BUILD/tests/bench/anvil-bench  PEBBLE=/usr/bin/pebble
#   TARGETS="anvil pebble"  RESULTS=dir (default: $WORK/results)
#   RECONNECT=1: every flow on new connections (a full TLS handshake each), as one-shot clients do
# Quick run: CONCURRENCIES="1 16 64" DURATION=10 REPEAT=1 tests/bench/compare.sh
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=$(cd "$here/../.." && pwd)
BUILD=${BUILD:-$src/build-bench}
ANVIL=${ANVIL:-$BUILD/bin/anvil}
BENCH=${BENCH:-$BUILD/tests/bench/anvil-bench}
PEBBLE=${PEBBLE:-/usr/bin/pebble}
CONCURRENCIES=${CONCURRENCIES:-"1 4 16 64 256"}
DURATION=${DURATION:-20}
REPEAT=${REPEAT:-3}
KEY_TYPE=${KEY_TYPE:-p256}
CA_KEY_TYPE=${CA_KEY_TYPE:-EC:P-256}
NAMES=${NAMES:-1}
THREADS=${THREADS:-1}
WARMUP=${WARMUP:-50}
TIMEOUT=${TIMEOUT:-30}
TARGETS=${TARGETS:-"anvil pebble"}
RECONNECT=${RECONNECT:-0}

for tool in "$ANVIL" "$BENCH" "$PEBBLE"; do
    [ -x "$tool" ] || { echo "compare.sh: $tool not found or not executable" >&2; exit 2; }
done
command -v python3 >/dev/null || { echo "compare.sh: python3 is needed for the summary" >&2; exit 2; }

# shellcheck source=tests/bench/ports.sh
. "$(dirname "${BASH_SOURCE[0]}")/ports.sh"
base=$(free_port_base 5) || { echo "compare.sh: no free ports" >&2; exit 2; }
anvil_port=$base
pebble_port=$((base + 1))
pebble_mgmt=$((base + 2))
pebble_tls01=$((base + 3))
http01_port=$((base + 4))

WORK=$(mktemp -d /tmp/anvil-compare.XXXXXX)
RESULTS=${RESULTS:-$WORK/results}
mkdir -p "$RESULTS"
declare -A url cacert pid
cleanup() {
    local p
    for p in "${pid[@]}"; do
        kill "$p" 2>/dev/null || true
    done
    for p in "${pid[@]}"; do
        wait "$p" 2>/dev/null || true
    done
    if [ "${KEEP:-0}" = 1 ]; then
        echo "compare.sh: kept $WORK" >&2
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_ready() { # url cacert pid name
    local i
    for i in $(seq 1 150); do
        kill -0 "$3" 2>/dev/null || { echo "compare.sh: $4 exited at start; log:" >&2; tail -20 "$WORK/$4.log" >&2; exit 1; }
        if curl -fsS --max-time 2 --cacert "$2" -o /dev/null "$1" 2>/dev/null; then
            return 0
        fi
        sleep 0.2
    done
    echo "compare.sh: $4 not ready at $1 after 30 s" >&2
    exit 1
}

echo "# load before: $(uptime)"

start_anvil() {
    "$ANVIL" --data-dir "$WORK/anvil" --headless --bind 127.0.0.1 --http01-port "$http01_port" >>"$WORK/anvil.log" 2>&1 &
    pid[anvil]=$!
    wait_ready "${url[anvil]}" "${cacert[anvil]}" "${pid[anvil]}" anvil
}

if [[ " $TARGETS " == *" anvil "* ]]; then
    "$ANVIL" --data-dir "$WORK/anvil" --init --hostname 127.0.0.1 --hostname localhost --tls-port "$anvil_port" \
        --client-cert-port 0 --http-port 0 --enable-acme --ca-key-type "$CA_KEY_TYPE" >"$WORK/anvil-init.log" 2>&1 \
        || { cat "$WORK/anvil-init.log" >&2; exit 1; }
    url[anvil]="https://127.0.0.1:$anvil_port/acme/directory"
    cacert[anvil]="$WORK/anvil/ca-bundle.pem"
    start_anvil
fi

start_pebble() {
    PEBBLE_VA_NOSLEEP=1 PEBBLE_WFE_NONCEREJECT=0 PEBBLE_AUTHZREUSE=0 \
        "$PEBBLE" -config "$WORK/pebble/config.json" >>"$WORK/pebble.log" 2>&1 &
    pid[pebble]=$!
    wait_ready "${url[pebble]}" "${cacert[pebble]}" "${pid[pebble]}" pebble
}

# A server that stalled (requests timed out, or the tool was killed) or died is restarted before
# its next point, so that one hang is reported in its row and does not empty the rest.
restart_if_stalled() { # target result.json
    local t=$1 bad
    bad=$(python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(int(bool(j.get("killed") or j.get("dead") or any("timeout" in k for k in j.get("errors", {})))))' "$2" 2>/dev/null || echo 1)
    if [ "$bad" = 1 ]; then
        echo "# $t stalled or died: restarting it" >&2
        kill "${pid[$t]}" 2>/dev/null || true
        wait "${pid[$t]}" 2>/dev/null || true
        "start_$t"
    fi
}

if [[ " $TARGETS " == *" pebble "* ]]; then
    # Debian's package ships no test certificates: make a throwaway CA and a loopback server certificate.
    mkdir -p "$WORK/pebble"
    (
        cd "$WORK/pebble"
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key -out ca.pem \
            -subj /CN=compare-pebble-ca -days 2 2>/dev/null
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout key.pem -out cert.csr \
            -subj /CN=localhost 2>/dev/null
        printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\n' >ext.cnf
        openssl x509 -req -in cert.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out cert.pem -days 2 \
            -extfile ext.cnf 2>/dev/null
        cat >config.json <<EOF
{"pebble": {"listenAddress": "127.0.0.1:$pebble_port", "managementListenAddress": "127.0.0.1:$pebble_mgmt",
 "certificate": "$WORK/pebble/cert.pem", "privateKey": "$WORK/pebble/key.pem",
 "httpPort": $http01_port, "tlsPort": $pebble_tls01, "ocspResponderURL": "", "externalAccountBindingRequired": false}}
EOF
    )
    url[pebble]="https://127.0.0.1:$pebble_port/dir"
    cacert[pebble]="$WORK/pebble/ca.pem"
    start_pebble
fi

reconnect_arg=()
[ "$RECONNECT" = 1 ] && reconnect_arg=(--reconnect)

run_point() { # target concurrency tag [extra bench args]
    local t=$1 c=$2 tag=$3
    shift 3
    local out="$RESULTS/$t-$tag.json" rc=0
    if ! kill -0 "${pid[$t]}" 2>/dev/null; then
        echo "{\"label\": \"$t\", \"concurrency\": $c, \"dead\": true}" >"$out"
        return
    fi
    # Bounded: duration + drain of in-flight flows (each request times out after $TIMEOUT s).
    timeout -k 5 $((DURATION + 2 * TIMEOUT + 30)) "$BENCH" --directory "${url[$t]}" --cacert "${cacert[$t]}" \
        --concurrency "$c" --threads "$THREADS" --key-type "$KEY_TYPE" --names "$NAMES" \
        --http01-port "$http01_port" --server-pid "${pid[$t]}" --timeout "$TIMEOUT" --label "$t" \
        --json "$out" "$@" ${reconnect_arg[@]+"${reconnect_arg[@]}"} >"$RESULTS/$t-$tag.txt" 2>&1 || rc=$?
    if [ "$rc" -ge 124 ] || [ ! -s "$out" ]; then
        echo "{\"label\": \"$t\", \"concurrency\": $c, \"killed\": true, \"rc\": $rc}" >"$out"
    fi
    kill -0 "${pid[$t]}" 2>/dev/null || echo "compare.sh: $t died during c=$c ($tag)" >&2
    restart_if_stalled "$t" "$out"
}

targets=()
for t in $TARGETS; do targets+=("$t"); done
if [ "$WARMUP" -gt 0 ]; then
    for t in "${targets[@]}"; do
        run_point "$t" 4 warmup --count "$WARMUP"
    done
fi
for r in $(seq 1 "$REPEAT"); do
    order=("${targets[@]}")
    if [ $((r % 2)) -eq 0 ] && [ "${#targets[@]}" -eq 2 ]; then
        order=("${targets[1]}" "${targets[0]}")
    fi
    for c in $CONCURRENCIES; do
        for t in "${order[@]}"; do
            run_point "$t" "$c" "c$c-r$r" --duration "$DURATION"
            echo "# $t c=$c rep $r: $(grep -E '^flows:' "$RESULTS/$t-c$c-r$r.txt" 2>/dev/null || echo 'no result')" >&2
        done
    done
done
echo "# load after: $(uptime)"
echo "# settings: DURATION=$DURATION REPEAT=$REPEAT KEY_TYPE=$KEY_TYPE CA_KEY_TYPE=$CA_KEY_TYPE NAMES=$NAMES" \
    "THREADS=$THREADS; Anvil $ANVIL (tree at $(git -C "$src" rev-parse --short HEAD 2>/dev/null || echo '?')), Pebble $(dpkg-query -W -f '${Version}' pebble 2>/dev/null || echo '?')"

python3 - "$RESULTS" "$CONCURRENCIES" "$REPEAT" <<'PY'
import json, os, statistics, sys

results, concurrencies, repeat = sys.argv[1], sys.argv[2].split(), int(sys.argv[3])

def load(target, c):
    runs = []
    for r in range(1, repeat + 1):
        path = os.path.join(results, f"{target}-c{c}-r{r}.json")
        if os.path.exists(path):
            with open(path) as f:
                runs.append(json.load(f))
    return runs

def summary(runs):
    """Medians over repetitions, and what went wrong in any of them."""
    notes, ok = [], []
    for j in runs:
        if j.get("dead"):
            notes.append("server dead")
            continue
        if j.get("killed"):
            notes.append("STALL (bench killed)")
            continue
        fl = j["flows"]
        errs = sum(j.get("errors", {}).values()) + sum(j["accounts"].get("errors", {}).values())
        timeouts = sum(v for k, v in j.get("errors", {}).items() if "timeout" in k)
        if fl["ok"] == 0:
            notes.append("no flow completed")
        if timeouts:
            notes.append(f"STALL: {timeouts} timeouts")
        if errs:
            top = sorted(j.get("errors", {}).items(), key=lambda kv: -kv[1])[:2]
            notes.append(f"{errs} errors (" + "; ".join(f"{k} x{v}" for k, v in top) + ")")
        if fl["ok"] > 0:
            ok.append(j)
    med = lambda xs: statistics.median(xs) if xs else float("nan")
    s = {
        "fps": med([j["flows"]["flows_per_second"] for j in ok]),
        "srv": med([j["server"]["cpu_ms_per_flow"] for j in ok if "server" in j]),
        "p99": med([j["latency"]["flow"]["p99_ms"] for j in ok]),
        "bench": med([j["bench"]["cpu_ms_per_flow"] for j in ok]),
        "rss": max([j["server"]["peak_rss_mb"] for j in ok if "server" in j] or [float("nan")]),
        "n": len(ok),
    }
    return s, sorted(set(notes))

fmt = lambda x, spec: "-" if x != x else format(x, spec)
print()
print(f"{'conc':>5} | {'Anvil flows/s':>13} {'Pebble flows/s':>14} {'ratio':>6} | {'srv ms/flow A':>13} {'P':>6} |"
      f" {'flow p99 ms A':>13} {'P':>7} | {'bench ms/flow A':>15} {'P':>5} | notes")
peaks = {"anvil": 0.0, "pebble": 0.0}
rss = {"anvil": float("nan"), "pebble": float("nan")}
for c in concurrencies:
    a, an = summary(load("anvil", c))
    p, pn = summary(load("pebble", c))
    ratio = a["fps"] / p["fps"] if p["fps"] == p["fps"] and p["fps"] > 0 else float("nan")
    for name, s in (("anvil", a), ("pebble", p)):
        if s["fps"] == s["fps"]:
            peaks[name] = max(peaks[name], s["fps"])
        if s["rss"] == s["rss"]:
            rss[name] = s["rss"] if rss[name] != rss[name] else max(rss[name], s["rss"])
    notes = "; ".join([f"Anvil: {n}" for n in an] + [f"Pebble: {n}" for n in pn]) or "ok"
    print(f"{c:>5} | {fmt(a['fps'], '13.1f')} {fmt(p['fps'], '14.1f')} {fmt(ratio, '6.2f')} |"
          f" {fmt(a['srv'], '13.2f')} {fmt(p['srv'], '6.2f')} | {fmt(a['p99'], '13.1f')} {fmt(p['p99'], '7.1f')} |"
          f" {fmt(a['bench'], '15.2f')} {fmt(p['bench'], '5.2f')} | {notes}")
pr = peaks["anvil"] / peaks["pebble"] if peaks["pebble"] > 0 else float("nan")
print(f"peak flows/s: Anvil {peaks['anvil']:.1f}, Pebble {peaks['pebble']:.1f}, ratio {fmt(pr, '.2f')};"
      f" server peak RSS: Anvil {fmt(rss['anvil'], '.1f')} MB, Pebble {fmt(rss['pebble'], '.1f')} MB")
print(f"(medians of {repeat} repetition(s); srv = server CPU per completed flow; bench = the load tool's own CPU)")
PY
