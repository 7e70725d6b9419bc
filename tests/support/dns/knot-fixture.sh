#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# knot-fixture.sh: a throw-away authoritative DNS server (Knot DNS 3.2) for tests.
#
# It serves a DNSSEC-signed zone on 127.0.0.1 that accepts dynamic updates, so tests can put
# dns-01 TXT records in place and point a validating resolver (libunbound, with the zone's own
# trust anchor) at it. Everything lives under DIR: config, zone files, journal, keys, log, pid,
# control socket (the socket falls back to a short /tmp path only when DIR is too long for a
# UNIX socket name). Runs as root or as any user; never reads stdin.
#
# Usage
#   knot-fixture.sh start   DIR PORT ZONE [UNSIGNED_ZONE...]
#       Starts knotd on 127.0.0.1@PORT (UDP and TCP) serving ZONE (e.g. "anvil.test."), signed
#       automatically with a fresh ECDSA P-256 key (single-type signing, NSEC). The zone has
#       SOA, NS (ns.ZONE), A 127.0.0.1 for the apex, ns.ZONE and *.ZONE, and CAA records at
#       caa-*.ZONE (see write_zone_file). Each UNSIGNED_ZONE
#       gets the same records without DNSSEC (for "insecure answer" tests). Returns once every
#       zone is served (signed zones: with RRSIGs). Keys survive a stop/start on the same DIR,
#       so the trust anchor stays valid; zone contents start fresh each time.
#   knot-fixture.sh ds      DIR [ZONE]
#       Prints ZONE's DS record ("anvil.test. DS 12345 13 2 <hex>"), one line, usable as a
#       libunbound trust anchor (ub_ctx_add_ta) or an unbound trust-anchor: line.
#   knot-fixture.sh dnskey  DIR [ZONE]
#       Prints the zone's KSK/CSK DNSKEY record, one line (the other trust anchor form).
#   knot-fixture.sh tsig    DIR
#       Prints the TSIG key allowed to update the zones as "hmac-sha256:NAME:BASE64SECRET"
#       (nsupdate -y, lego RFC2136_TSIG_*, certbot dns-rfc2136 credentials).
#   knot-fixture.sh set-txt DIR NAME VALUE     replaces every TXT at NAME by VALUE
#   knot-fixture.sh add-txt DIR NAME VALUE     adds VALUE next to NAME's other TXT records
#   knot-fixture.sh del-txt DIR NAME [VALUE]   removes VALUE, or every TXT at NAME
#       NAME is absolute ("_acme-challenge.www.anvil.test", trailing dot optional) and must lie
#       in a served zone. Each returns only when the server answers with the new data (signed
#       with RRSIGs in a signed zone), or fails after 15 s.
#   knot-fixture.sh port    DIR                prints the port
#   knot-fixture.sh status  DIR                exit 0 when running
#   knot-fixture.sh stop    DIR                stops the server (idempotent)
#
# Dynamic updates also work over DNS (RFC 2136) from 127.0.0.1/::1, unsigned or signed with the
# TSIG key above, e.g.
#   printf 'server 127.0.0.1 PORT\nupdate add _acme-challenge.anvil.test. 1 TXT "x"\nsend\n' | nsupdate
#
# Resolver settings matching the fixture (libunbound): forwarder "127.0.0.1@PORT",
# do-not-query-localhost: no, trust anchor = the output of `ds`. Answers for ZONE are then
# "secure", answers in an UNSIGNED_ZONE "insecure".
#
# Environment: KNOTD, KNOTC, KEYMGR, KDIG override the tool paths.

set -euo pipefail

KNOTD="${KNOTD:-$(command -v knotd || echo /usr/sbin/knotd)}"
KNOTC="${KNOTC:-$(command -v knotc || echo /usr/sbin/knotc)}"
KEYMGR="${KEYMGR:-$(command -v keymgr || echo /usr/sbin/keymgr)}"
KDIG="${KDIG:-$(command -v kdig || echo /usr/bin/kdig)}"
WAIT_SECONDS=15
TTL=1 # tiny TTLs: a test resolver must never see a stale answer

die() {
    echo "knot-fixture: $*" >&2
    exit 1
}

usage() {
    sed -n '3,48p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
}

# Absolute DIR without requiring it to exist.
absdir() {
    case "$1" in
    /*) printf '%s\n' "${1%/}" ;;
    *) printf '%s\n' "$(pwd)/${1%/}" ;;
    esac
}

# "Anvil.Test" -> "anvil.test."
fqdn() {
    local n="${1,,}"
    [[ "$n" == *. ]] || n="$n."
    printf '%s\n' "$n"
}

conf() { printf '%s\n' "$DIR/knot.conf"; }
ctl() { "$KNOTC" -c "$(conf)" -t 10 "$@"; }

pid_alive() {
    local pid
    [ -f "$DIR/knot.pid" ] || return 1
    pid="$(cat "$DIR/knot.pid" 2>/dev/null || true)"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

require_running() {
    [ -f "$(conf)" ] || die "no fixture in $DIR (run start first)"
    pid_alive || die "knotd of $DIR is not running (log: $DIR/knot.log)"
}

fixture_port() { cat "$DIR/port"; }

# The served zone NAME belongs to (longest suffix match), or fail.
zone_of() {
    local name best="" z
    name="$(fqdn "$1")"
    while read -r z _; do
        if [[ "$name" == "$z" || "$name" == *".$z" ]] && [ ${#z} -gt ${#best} ]; then
            best="$z"
        fi
    done <"$DIR/zones"
    [ -n "$best" ] || die "$name is not in a served zone ($(cut -d' ' -f1 "$DIR/zones" | tr '\n' ' '))"
    printf '%s\n' "$best"
}

zone_signed() { grep -q "^$1 signed\$" "$DIR/zones"; }

dig_answer() { # NAME TYPE
    "$KDIG" @127.0.0.1 -p "$(fixture_port)" +dnssec +norecurse +noall +answer +time=2 +retry=1 "$1" "$2" 2>/dev/null ||
        true
}

# Waits until `dig_answer NAME TYPE` satisfies the predicate function given as $3.
wait_for() {
    local name="$1" type="$2" pred="$3" deadline=$((SECONDS + WAIT_SECONDS)) out
    while :; do
        out="$(dig_answer "$name" "$type")"
        if "$pred" "$out"; then
            return 0
        fi
        [ $SECONDS -lt $deadline ] || return 1
        sleep 0.1
    done
}

write_zone_file() { # ZONE FILE
    local z="$1"
    cat >"$2" <<EOF
\$ORIGIN $z
\$TTL $TTL
@   SOA ns.$z hostmaster.$z 1 3600 600 86400 $TTL
@   NS  ns.$z
@   A   127.0.0.1
ns  A   127.0.0.1
*   A   127.0.0.1
; CAA (RFC 8659, RFC 8657) for the CAA check's tests; the CA is "ca.anvil.test".
caa-ours    CAA 0 issue "ca.anvil.test"
caa-other   CAA 0 issue "other-ca.example"
caa-nobody  CAA 0 issue ";"
caa-acct    CAA 0 issue "ca.anvil.test; accounturi=https://ca.test:8442/acme/acct/ACCOUNT1"
caa-method  CAA 0 issue "ca.anvil.test; validationmethods=dns-01"
caa-wild    CAA 0 issue "ca.anvil.test"
caa-wild    CAA 0 issuewild ";"
caa-crit    CAA 128 tbs "unknown"
caa-iodef   CAA 0 iodef "mailto:security@anvil.test"
EOF
}

cmd_start() {
    [ $# -ge 3 ] || usage
    DIR="$(absdir "$1")"
    local port="$2" zone unsigned=() z
    zone="$(fqdn "$3")"
    shift 3
    for z in "$@"; do unsigned+=("$(fqdn "$z")"); done
    if ! [[ "$port" =~ ^[0-9]+$ ]] || [ "$port" -lt 1 ] || [ "$port" -gt 65535 ]; then
        die "bad port: $port"
    fi
    [ -x "$KNOTD" ] || die "knotd not found (apt-get install knot)"
    [ -x "$KDIG" ] || die "kdig not found (apt-get install knot-dnsutils)"
    mkdir -p "$DIR"
    if [ -f "$(conf)" ] && pid_alive; then
        die "a fixture is already running in $DIR (pid $(cat "$DIR/knot.pid"))"
    fi

    # Fresh zone data on every start; keys (and with them the DS) are kept.
    rm -rf "$DIR/zonefiles" "$DIR/db/journal" "$DIR/db/timers" "$DIR/knot.log"
    mkdir -p "$DIR/zonefiles" "$DIR/db/keys" "$DIR/run"
    chmod 700 "$DIR/db"

    local sock="$DIR/run/knot.sock"
    if [ ${#sock} -gt 100 ]; then
        # sockaddr_un holds 108 bytes; deep build trees exceed it.
        sock="$(mktemp -d /tmp/knotfx.XXXXXX)/knot.sock"
    fi
    printf '%s\n' "$sock" >"$DIR/control-socket"
    printf '%s\n' "$port" >"$DIR/port"

    # One TSIG key per fixture, kept like the DNSSEC keys.
    if [ ! -s "$DIR/tsig" ]; then
        local secret
        secret="$(head -c 32 /dev/urandom | base64 -w0)"
        printf 'hmac-sha256:anvil-fixture-key.:%s\n' "$secret" >"$DIR/tsig"
    fi
    local tsig_secret
    tsig_secret="$(cut -d: -f3 "$DIR/tsig")"

    : >"$DIR/zones"
    # knotd's "%s.zone" names the file after the zone without its trailing dot.
    write_zone_file "$zone" "$DIR/zonefiles/${zone%.}.zone"
    printf '%s signed\n' "$zone" >>"$DIR/zones"
    for z in "${unsigned[@]}"; do
        write_zone_file "$z" "$DIR/zonefiles/${z%.}.zone"
        printf '%s unsigned\n' "$z" >>"$DIR/zones"
    done

    {
        cat <<EOF
# Generated by knot-fixture.sh; see its header.
server:
    rundir: "$DIR/run"
    pidfile: "$DIR/knot.pid"
    listen: 127.0.0.1@$port
    identity: ""
    version: ""
    nsid: ""
    udp-workers: 1
    tcp-workers: 1
    background-workers: 1

control:
    listen: "$sock"

log:
  - target: "$DIR/knot.log"
    any: info

database:
    storage: "$DIR/db"

key:
  - id: anvil-fixture-key.
    algorithm: hmac-sha256
    secret: $tsig_secret

acl:
  - id: update-local
    address: [127.0.0.1, ::1]
    action: update
  - id: update-tsig
    address: [127.0.0.1, ::1]
    key: anvil-fixture-key.
    action: update

policy:
  - id: fixture
    algorithm: ecdsap256sha256
    single-type-signing: on
    ksk-lifetime: 0
    zsk-lifetime: 0
    dnskey-ttl: $TTL
    zone-max-ttl: 60
    propagation-delay: 0
    nsec3: off

template:
  - id: default
    storage: "$DIR/zonefiles"
    file: "%s.zone"
    acl: [update-local, update-tsig]
    zonefile-sync: -1
    zonefile-load: whole
    journal-content: changes
    semantic-checks: off

zone:
  - domain: $zone
    dnssec-signing: on
    dnssec-policy: fixture
EOF
        for z in "${unsigned[@]}"; do
            printf '  - domain: %s\n' "$z"
        done
    } >"$(conf)"

    "$KNOTC" -c "$(conf)" conf-check >/dev/null || die "invalid configuration $(conf)"
    "$KNOTD" -c "$(conf)" -d </dev/null >>"$DIR/knotd.out" 2>&1 || die "knotd failed: $(tail -n 20 "$DIR/knotd.out")"

    local deadline=$((SECONDS + WAIT_SECONDS))
    unsigned_ready() { grep -q 'SOA' <<<"$1"; }
    while :; do
        if pid_alive && [ -n "$(dig_answer "$zone" SOA | grep 'RRSIG.*SOA' || true)" ]; then
            break
        fi
        # knotd logs "critical" and exits when it cannot bind or load: fail fast then.
        if [ $SECONDS -ge $deadline ] || grep -q 'critical:' "$DIR/knot.log" 2>/dev/null; then
            local log
            log="$(tail -n 30 "$DIR/knot.log" 2>/dev/null; tail -n 10 "$DIR/knotd.out" 2>/dev/null)"
            cmd_stop_dir || true
            die "knotd did not serve $zone signed on 127.0.0.1@$port:
$log"
        fi
        sleep 0.1
    done
    for z in "${unsigned[@]}"; do
        wait_for "$z" SOA unsigned_ready || die "knotd did not serve $z"
    done
    echo "knot-fixture: serving $zone (signed) ${unsigned[*]:+and ${unsigned[*]} (unsigned) }on 127.0.0.1@$port, pid $(cat "$DIR/knot.pid")"
}

cmd_stop_dir() {
    local pid
    [ -f "$DIR/knot.pid" ] || return 0
    pid="$(cat "$DIR/knot.pid" 2>/dev/null || true)"
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        ctl stop >/dev/null 2>&1 || kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.05
        done
        if kill -0 "$pid" 2>/dev/null; then
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    rm -f "$DIR/knot.pid"
    local sock
    sock="$(cat "$DIR/control-socket" 2>/dev/null || true)"
    case "$sock" in
    /tmp/knotfx.*/knot.sock) rm -rf "$(dirname "$sock")" ;;
    esac
}

cmd_stop() {
    [ $# -ge 1 ] || usage
    DIR="$(absdir "$1")"
    cmd_stop_dir
}

cmd_ds() {
    [ $# -ge 1 ] || usage
    DIR="$(absdir "$1")"
    [ -f "$(conf)" ] || die "no fixture in $DIR"
    local zone
    zone="${2:+$(fqdn "$2")}"
    zone="${zone:-$(grep ' signed$' "$DIR/zones" | head -n1 | cut -d' ' -f1)}"
    # keymgr prints one DS per digest type; SHA-256 (type 2) is what every validator supports.
    local line
    line="$("$KEYMGR" -c "$(conf)" "$zone" ds | awk '$3 == "DS" && $6 == "2" || $2 == "DS" && $5 == "2"' | head -n1)"
    [ -n "$line" ] || die "no KSK for $zone yet"
    printf '%s\n' "$line"
}

cmd_dnskey() {
    [ $# -ge 1 ] || usage
    DIR="$(absdir "$1")"
    [ -f "$(conf)" ] || die "no fixture in $DIR"
    local zone
    zone="${2:+$(fqdn "$2")}"
    zone="${zone:-$(grep ' signed$' "$DIR/zones" | head -n1 | cut -d' ' -f1)}"
    "$KEYMGR" -c "$(conf)" "$zone" dnskey | head -n1
}

# Escapes VALUE for a quoted TXT character-string.
txt_rdata() {
    local v="$1"
    v="${v//\\/\\\\}"
    v="${v//\"/\\\"}"
    printf '"%s"\n' "$v"
}

# Runs one knotc transaction; aborts it on failure.
transaction() { # ZONE -- knotc-args-lines...
    local zone="$1"
    shift
    ctl zone-begin "$zone" >/dev/null || die "zone-begin $zone failed"
    local step
    for step in "$@"; do
        # shellcheck disable=SC2086 # each step is "command arg arg", values pre-quoted via arrays below
        if ! eval "ctl $step" >/dev/null; then
            ctl zone-abort "$zone" >/dev/null 2>&1 || true
            die "knotc $step failed"
        fi
    done
    ctl zone-commit "$zone" >/dev/null || {
        ctl zone-abort "$zone" >/dev/null 2>&1 || true
        die "zone-commit $zone failed"
    }
}

cmd_txt() { # MODE DIR NAME [VALUE]
    local mode="$1"
    shift
    [ $# -ge 2 ] || usage
    DIR="$(absdir "$1")"
    require_running
    local name zone value="${3-}" rdata qz qn qr
    name="$(fqdn "$2")"
    zone="$(zone_of "$name")"
    qz="$(printf '%q' "$zone")"
    qn="$(printf '%q' "$name")"
    case "$mode" in
    set | add)
        [ $# -ge 3 ] || usage
        rdata="$(txt_rdata "$value")"
        qr="$(printf '%q' "$rdata")"
        local existing
        existing="$(dig_answer "$name" TXT | awk '$4 == "TXT"' || true)"
        if [ "$mode" = set ] && [ -n "$existing" ]; then
            transaction "$zone" "zone-unset $qz $qn TXT" "zone-set $qz $qn $TTL TXT $qr"
        elif [ "$mode" = add ] && grep -qF -- "$rdata" <<<"$existing"; then
            : # already there
        else
            transaction "$zone" "zone-set $qz $qn $TTL TXT $qr"
        fi
        ;;
    del)
        local existing
        existing="$(dig_answer "$name" TXT | awk '$4 == "TXT"' || true)"
        if [ -n "$value" ]; then
            rdata="$(txt_rdata "$value")"
            qr="$(printf '%q' "$rdata")"
            if grep -qF -- "$rdata" <<<"$existing"; then
                transaction "$zone" "zone-unset $qz $qn TXT $qr"
            fi
        elif [ -n "$existing" ]; then
            transaction "$zone" "zone-unset $qz $qn TXT"
        fi
        ;;
    esac

    # Wait until the server answers with the change (and its signature in a signed zone).
    WANT_RDATA="${rdata-}"
    WANT_SIGNED=0
    if zone_signed "$zone"; then WANT_SIGNED=1; fi
    present() {
        grep -qF -- "$WANT_RDATA" <<<"$(awk '$4 == "TXT"' <<<"$1")" &&
            { [ "$WANT_SIGNED" = 0 ] || grep -q 'RRSIG[[:space:]]\+TXT' <<<"$1"; }
    }
    absent() {
        if [ -n "$WANT_RDATA" ]; then
            if grep -qF -- "$WANT_RDATA" <<<"$(awk '$4 == "TXT"' <<<"$1")"; then return 1; fi
        else
            [ -z "$(awk '$4 == "TXT"' <<<"$1")" ]
        fi
    }
    case "$mode" in
    set | add) wait_for "$name" TXT present || die "$name TXT $WANT_RDATA not served after ${WAIT_SECONDS}s" ;;
    del) wait_for "$name" TXT absent || die "$name TXT still served after ${WAIT_SECONDS}s" ;;
    esac
}

main() {
    [ $# -ge 1 ] || usage
    local cmd="$1"
    shift
    case "$cmd" in
    start) cmd_start "$@" ;;
    stop) cmd_stop "$@" ;;
    ds) cmd_ds "$@" ;;
    dnskey) cmd_dnskey "$@" ;;
    tsig)
        [ $# -ge 1 ] || usage
        DIR="$(absdir "$1")"
        cat "$DIR/tsig"
        ;;
    port)
        [ $# -ge 1 ] || usage
        DIR="$(absdir "$1")"
        fixture_port
        ;;
    status)
        [ $# -ge 1 ] || usage
        DIR="$(absdir "$1")"
        [ -f "$(conf)" ] && pid_alive
        ;;
    set-txt) cmd_txt set "$@" ;;
    add-txt) cmd_txt add "$@" ;;
    del-txt) cmd_txt del "$@" ;;
    -h | --help | help) usage ;;
    *) usage ;;
    esac
}

main "$@"
