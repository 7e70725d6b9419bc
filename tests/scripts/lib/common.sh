# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
#
# common.sh: shared helpers for the real-client tests (tests/scripts/test_*.sh).
#
# Source it first thing:   . "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"
#
# It turns on `set -Eeuo pipefail`, creates a unique work directory ($T_WORK), and installs an EXIT
# trap that stops every process started through it (anvil, the knot fixture, anything passed to
# t_track_pid) and removes $T_WORK (kept when ANVIL_TEST_KEEP=1). Any failure, an explicit
# `t_fail "..."` or an unexpected non-zero command, prints "FAIL: ..." followed by the client log
# of the current step and the tail of the anvil log.
#
# Environment
#   ANVIL_BINARY_DIR   build tree (ctest sets it); the binary is $ANVIL_BINARY_DIR/bin/anvil
#   ANVIL_SOURCE_DIR   source tree (ctest sets it; defaults to this checkout)
#   ANVIL_BIN          overrides the anvil binary
#   ANVIL_TEST_KEEP=1  keep $T_WORK after the run

set -Eeuo pipefail
umask 022

T_LIB_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
T_NAME="$(basename "${0%.sh}")"
ANVIL_SOURCE_DIR="${ANVIL_SOURCE_DIR:-$(cd "$T_LIB_DIR/../../.." && pwd)}"
T_KNOT_FIXTURE="$ANVIL_SOURCE_DIR/tests/support/dns/knot-fixture.sh"
# shellcheck disable=SC2034 # used by the test scripts
T_HOOKS_DIR="$ANVIL_SOURCE_DIR/tests/scripts/hooks"
# certbot's own interpreter has the acme and josepy modules (Debian's python3-acme).
T_PYTHON="${T_PYTHON:-/usr/bin/python3}"

T_START=$SECONDS
T_PIDS=()
T_KNOT_DIRS=()
T_PORTS=()
T_CLIENT_LOG=""  # the current step's client output, printed on failure
T_ANVIL_LOG=""
T_ANVIL_EXTRA_ARGS=()
T_FAILED=0

# ---------------------------------------------------------------------------------------------
# Messages and failure

t_log() { printf '[%s +%3ds] %s\n' "$T_NAME" $((SECONDS - T_START)) "$*"; }

t_step() {
    printf '\n'
    t_log "=== $*"
}

t_dump() { # LABEL FILE [LINES]
    local label="$1" file="$2" lines="${3:-150}"
    [ -n "$file" ] && [ -s "$file" ] || return 0
    printf -- '----- %s (%s, last %s lines) -----\n' "$label" "$file" "$lines" >&2
    tail -n "$lines" "$file" >&2 || true
    printf -- '----- end of %s -----\n' "$label" >&2
}

t_fail() {
    printf 'FAIL: %s\n' "$*" >&2
    # In a subshell ($(...)) only report; the parent fails on the status and dumps the logs.
    if [ "$BASHPID" = "$$" ] && [ "$T_FAILED" = 0 ]; then
        T_FAILED=1
        t_dump "client log" "$T_CLIENT_LOG" 120
        t_dump "anvil log" "$T_ANVIL_LOG" 200
    fi
    exit 1
}

t_on_err() {
    local rc=$? line="$1" cmd="$2"
    trap - ERR
    t_fail "unexpected exit status $rc at ${BASH_SOURCE[1]##*/}:$line: $cmd"
}
trap 't_on_err "$LINENO" "$BASH_COMMAND"' ERR

t_require() { # COMMAND...
    local c
    for c in "$@"; do
        command -v "$c" >/dev/null 2>&1 || t_fail "required tool '$c' is not installed"
    done
}

# ---------------------------------------------------------------------------------------------
# Work directory, processes, cleanup

T_WORK="$(mktemp -d "${TMPDIR:-/tmp}/anvil-$T_NAME.XXXXXX")"
chmod 755 "$T_WORK"

t_track_pid() { T_PIDS+=("$1"); }

# t_kill_pid PID: TERM, wait up to 10 s, then KILL. Sets T_KILL_STATUS to the exit status
# (128+N when killed by signal N; 255 when it had already been reaped or was not our child).
t_kill_pid() {
    local pid="$1"
    T_KILL_STATUS=255
    if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null && T_KILL_STATUS=0 || T_KILL_STATUS=$?
        return 0
    fi
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null && T_KILL_STATUS=0 || T_KILL_STATUS=$?
}

t_cleanup() {
    local rc=$? pid d
    trap - ERR
    set +e
    for pid in "${T_PIDS[@]}"; do
        t_kill_pid "$pid"
        # anvil must stop cleanly on SIGTERM (systemd's stop); a crash is a failure of its own.
        if [ "$pid" = "${ANVIL_PID:-}" ] && [ "$T_KILL_STATUS" != 0 ] && [ "$T_KILL_STATUS" != 143 ]; then
            printf 'FAIL: anvil (pid %s) exited with status %s on SIGTERM%s\n' "$pid" "$T_KILL_STATUS" \
                "$([ "$T_KILL_STATUS" -gt 128 ] && [ "$T_KILL_STATUS" -lt 255 ] && echo " (signal $((T_KILL_STATUS - 128)))")" >&2
            t_dump "anvil log after SIGTERM" "$T_ANVIL_LOG" 40
            [ "$rc" -ne 0 ] || rc=1
            T_FAILED=1
        fi
    done
    for d in "${T_KNOT_DIRS[@]}"; do
        bash "$T_KNOT_FIXTURE" stop "$d" >/dev/null 2>&1
    done
    for d in "${T_PORTS[@]}"; do
        rm -rf "${T_PORT_DIR:?}/$d"
    done
    if [ "$rc" -ne 0 ] && [ "$T_FAILED" = 0 ]; then
        printf 'FAIL: %s exited with status %s\n' "$T_NAME" "$rc" >&2
        t_dump "client log" "$T_CLIENT_LOG" 120
        t_dump "anvil log" "$T_ANVIL_LOG" 200
    fi
    if [ "${ANVIL_TEST_KEEP:-0}" = 1 ]; then
        printf '%s: work directory kept: %s\n' "$T_NAME" "$T_WORK" >&2
    else
        rm -rf "$T_WORK"
    fi
    if [ "$rc" -eq 0 ]; then
        t_log "PASS ($((SECONDS - T_START)) s)"
    fi
    exit "$rc"
}
trap t_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# t_run LOG CMD...: runs CMD with stdin from /dev/null, output to LOG (the step's client log),
# killed after $T_CLIENT_TIMEOUT seconds (default 240) so a hanging exchange fails with a message
# instead of running into ctest's timeout.
t_run() {
    local log="$1" rc=0
    shift
    T_CLIENT_LOG="$log"
    timeout --kill-after=10 "${T_CLIENT_TIMEOUT:-240}" "$@" </dev/null >>"$log" 2>&1 || rc=$?
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        printf 'FAIL: %s timed out after %s s\n' "$1" "${T_CLIENT_TIMEOUT:-240}" | tee -a "$log" >&2
    fi
    return "$rc"
}

# ---------------------------------------------------------------------------------------------
# Ports

# t_free_port VAR: a port free for TCP and UDP on 127.0.0.1, distinct from the ones handed out
# before in this run. (Chosen at random, not the kernel's ephemeral range, so a client's outgoing
# connection cannot take it between now and the bind.) ctest runs several scripts at once, and a
# port is often bound long after it was chosen: each is also reserved for this script's lifetime
# in $T_PORT_DIR (a directory per port, made atomically, naming the script's pid), so two scripts
# never get the same one; a reservation whose script is gone is taken over.
T_PORT_DIR="${TMPDIR:-/tmp}/anvil-test-ports"
t_free_port() {
    local _port
    mkdir -p "$T_PORT_DIR"
    _port="$("$T_PYTHON" - "$T_PORT_DIR" "$$" "${T_PORTS[@]}" <<'EOF'
import os, random, shutil, socket, sys
reservations, owner = sys.argv[1], sys.argv[2]
taken = set(int(p) for p in sys.argv[3:])

def alive(pid):
    try:
        os.kill(int(pid), 0)
        return True
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True

def reserve(p):
    path = os.path.join(reservations, str(p))
    try:
        os.mkdir(path)
    except FileExistsError:
        try:
            holder = open(os.path.join(path, "pid")).read().strip()
        except OSError:
            return False  # being written by its reserver right now
        if alive(holder):
            return False
        shutil.rmtree(path, ignore_errors=True)  # its script is gone
        try:
            os.mkdir(path)
        except FileExistsError:
            return False
    with open(os.path.join(path, "pid"), "w") as f:
        f.write(owner)
    return True

for _ in range(500):
    p = random.randint(20000, 32000)
    if p in taken or not reserve(p):
        continue
    try:
        for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
            s = socket.socket(socket.AF_INET, kind)
            try:
                s.bind(("127.0.0.1", p))
            finally:
                s.close()
    except OSError:
        shutil.rmtree(os.path.join(reservations, str(p)), ignore_errors=True)
        continue
    print(p)
    sys.exit(0)
sys.exit(1)
EOF
)" || t_fail "no free port found"
    T_PORTS+=("$_port")
    printf -v "$1" '%s' "$_port"
}

# t_wait_port PORT [SECONDS [PID]]: until something accepts TCP connections on 127.0.0.1:PORT.
t_wait_port() {
    local port="$1" limit="${2:-60}" pid="${3:-}" deadline
    deadline=$((SECONDS + limit))
    while ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            t_fail "process $pid exited before listening on port $port"
        fi
        [ $SECONDS -lt $deadline ] || t_fail "nothing listens on 127.0.0.1:$port after ${limit} s"
        sleep 0.2
    done
}

# ---------------------------------------------------------------------------------------------
# Anvil

t_find_anvil() {
    if [ -n "${ANVIL_BIN:-}" ]; then
        :
    elif [ -n "${ANVIL_BINARY_DIR:-}" ]; then
        ANVIL_BIN="$ANVIL_BINARY_DIR/bin/anvil"
    else
        local c
        for c in "$ANVIL_SOURCE_DIR"/build*/bin/anvil; do
            if [ -x "$c" ]; then
                ANVIL_BIN="$c"
                break
            fi
        done
    fi
    if [ -z "${ANVIL_BIN:-}" ] || [ ! -x "$ANVIL_BIN" ]; then
        t_fail "anvil binary not found (set ANVIL_BINARY_DIR or ANVIL_BIN; tried '${ANVIL_BIN:-}')"
    fi
}

# t_anvil_init: a fresh CA in $T_WORK/anvil with free ports. Sets ANVIL_DATA, ANVIL_TLS_PORT,
# ANVIL_HTTP_PORT, ANVIL_HTTP01_PORT (where clients must answer http-01), ANVIL_DIRECTORY,
# ANVIL_CA_BUNDLE, ANVIL_CRL_URL.
t_anvil_init() {
    t_find_anvil
    ANVIL_DATA="$T_WORK/anvil"
    mkdir -p "$ANVIL_DATA"
    t_free_port ANVIL_TLS_PORT
    t_free_port ANVIL_CC_PORT
    t_free_port ANVIL_HTTP_PORT
    t_free_port ANVIL_HTTP01_PORT
    T_ANVIL_LOG="$T_WORK/anvil.log"
    t_run "$T_WORK/anvil-init.log" "$ANVIL_BIN" --data-dir "$ANVIL_DATA" --init --hostname localhost \
        --hostname 127.0.0.1 --tls-port "$ANVIL_TLS_PORT" --client-cert-port "$ANVIL_CC_PORT" \
        --http-port "$ANVIL_HTTP_PORT" --enable-acme ||
        t_fail "anvil --init failed"
    ANVIL_CA_BUNDLE="$ANVIL_DATA/ca-bundle.pem"
    [ -s "$ANVIL_CA_BUNDLE" ] || t_fail "anvil --init wrote no CA bundle at $ANVIL_CA_BUNDLE"
    ANVIL_DIRECTORY="https://127.0.0.1:$ANVIL_TLS_PORT/acme/directory"
    ANVIL_CRL_URL="http://127.0.0.1:$ANVIL_HTTP_PORT/crl/Anvil%20Issuing%20CA.crl"
}

# t_anvil_start: the headless server in the background, until its directory answers; with the
# options in T_ANVIL_EXTRA_ARGS (an array) added.
t_anvil_start() {
    # Started from $T_WORK so that nothing (a core file) lands in the caller's directory.
    (cd "$T_WORK" && exec "$ANVIL_BIN" --data-dir "$ANVIL_DATA" --headless --http01-port "$ANVIL_HTTP01_PORT" \
        "${T_ANVIL_EXTRA_ARGS[@]}" </dev/null >>"$T_ANVIL_LOG" 2>&1) &
    ANVIL_PID=$!
    t_track_pid "$ANVIL_PID"
    t_wait_port "$ANVIL_TLS_PORT" 60 "$ANVIL_PID"
    local deadline=$((SECONDS + 30))
    until curl -fsS --cacert "$ANVIL_CA_BUNDLE" -o "$T_WORK/directory.json" "$ANVIL_DIRECTORY" 2>/dev/null; do
        kill -0 "$ANVIL_PID" 2>/dev/null || t_fail "anvil exited during start-up"
        [ $SECONDS -lt $deadline ] || t_fail "GET $ANVIL_DIRECTORY did not succeed within 30 s"
        sleep 0.2
    done
    t_log "anvil (pid $ANVIL_PID) serves $ANVIL_DIRECTORY; http-01 answers expected on port $ANVIL_HTTP01_PORT"
}

# t_anvil CMD...: an admin command on the test's data directory; output on stdout.
t_anvil() {
    "$ANVIL_BIN" --data-dir "$ANVIL_DATA" "$@" </dev/null
}

# t_alias_set NAME FIELD VALUE
t_alias_set() {
    local out
    out="$(t_anvil alias set "$1" "$2" "$3" 2>&1)" || t_fail "anvil alias set $1 $2 '$3' failed: $out"
}

# t_client_ca_issue_begin: a CA of its own for TLS client certificates, "ClientCA" under the root
# (CA names in alias lists can't hold blanks), clientAuth added to the ACME_TLS profile, and the
# default end entity profile issuing from ClientCA until t_client_ca_issue_end. The caller waits
# for the server to pick the change up.
t_client_ca_issue_begin() {
    t_anvil ca create ClientCA --subject "CN=Anvil Client CA,O=Anvil" --issuer "Anvil Root CA" >/dev/null ||
        t_fail "anvil ca create ClientCA failed"
    t_anvil profile set cert ACME_TLS extendedKeyUsage serverAuth,clientAuth >/dev/null ||
        t_fail "cannot add clientAuth to the certificate profile"
    t_anvil profile set ee ACME_EE defaultCa ClientCA >/dev/null || t_fail "cannot make ClientCA the default CA"
}

t_client_ca_issue_end() {
    t_anvil profile set ee ACME_EE defaultCa "Anvil Issuing CA" >/dev/null || t_fail "cannot restore the default CA"
}

# ---------------------------------------------------------------------------------------------
# DNS fixture

# t_knot_start ZONE: knotd serving ZONE signed. Sets KNOT_DIR, KNOT_PORT, KNOT_DS.
t_knot_start() {
    KNOT_DIR="$T_WORK/knot"
    t_free_port KNOT_PORT
    T_KNOT_DIRS+=("$KNOT_DIR")
    t_run "$T_WORK/knot-start.log" bash "$T_KNOT_FIXTURE" start "$KNOT_DIR" "$KNOT_PORT" "$1" ||
        t_fail "the knot fixture did not start"
    KNOT_DS="$(bash "$T_KNOT_FIXTURE" ds "$KNOT_DIR")" || t_fail "no DS record from the knot fixture"
    export KNOT_DIR
}

# Points the alias's resolver at the fixture with DNSSEC required.
t_alias_use_knot() { # ALIAS
    t_alias_set "$1" dnsResolver 127.0.0.1
    t_alias_set "$1" dnsPort "$KNOT_PORT"
    t_alias_set "$1" dnssecTrustAnchor "$KNOT_DS"
    t_alias_set "$1" requireDnssec true
}

# ---------------------------------------------------------------------------------------------
# Certificates

# t_serial CERT: the serial as lowercase hex without colons (anvil's form).
t_serial() {
    local s
    s="$(openssl x509 -in "$1" -noout -serial)" || t_fail "cannot read the serial of $1"
    s="${s#serial=}"
    printf '%s\n' "${s,,}"
}

# t_assert_sans CERT NAME...: the subjectAltName holds exactly NAMEs (DNS names or IP addresses).
t_assert_sans() {
    local cert="$1" text got want
    shift
    [ -s "$cert" ] || t_fail "no certificate at $cert"
    text="$(openssl x509 -in "$cert" -noout -ext subjectAltName 2>&1)" ||
        t_fail "openssl cannot read the subjectAltName of $cert: $text"
    got="$(tail -n +2 <<<"$text" | tr ',' '\n' | sed 's/^ *//; s/ *$//; /^$/d' |
        sed 's/^IP Address:/IP:/' | sort)"
    want="$(for n in "$@"; do
        if [[ "$n" =~ ^[0-9.]+$ || "$n" == *:* ]]; then printf 'IP:%s\n' "$n"; else printf 'DNS:%s\n' "$n"; fi
    done | sort)"
    [ "$got" = "$want" ] ||
        t_fail "subjectAltName of $cert is [$(paste -sd' ' <<<"$got")], expected [$(paste -sd' ' <<<"$want")]"
    t_log "ok: $(basename "$cert") names [$(paste -sd' ' <<<"$got")]"
}

# t_assert_chain LEAF CHAIN: LEAF verifies against anvil's CA bundle with CHAIN as intermediates.
t_assert_chain() {
    local leaf="$1" chain="$2" out
    [ -s "$chain" ] || t_fail "no chain at $chain"
    out="$(openssl verify -CAfile "$ANVIL_CA_BUNDLE" -untrusted "$chain" "$leaf" 2>&1)" ||
        t_fail "chain does not verify: openssl verify -CAfile $ANVIL_CA_BUNDLE -untrusted $chain $leaf: $out"
    # The served chain must not be the leaf alone, and must not already contain the trust anchor only.
    t_log "ok: chain of $(basename "$leaf") verifies"
}

# t_assert_key_type CERT rsa|ec [BITS]
t_assert_key_type() {
    local cert="$1" want="$2" bits="${3:-}" text
    text="$(openssl x509 -in "$cert" -noout -text)" || t_fail "cannot read $cert"
    case "$want" in
    rsa) grep -q 'Public Key Algorithm: rsaEncryption' <<<"$text" ||
        t_fail "$cert does not hold an RSA key: $(grep 'Public Key Algorithm' <<<"$text")" ;;
    ec) grep -q 'Public Key Algorithm: id-ecPublicKey' <<<"$text" ||
        t_fail "$cert does not hold an EC key: $(grep 'Public Key Algorithm' <<<"$text")" ;;
    esac
    if [ -n "$bits" ]; then
        grep -q "Public-Key: ($bits bit)" <<<"$text" ||
            t_fail "$cert key is not $bits bits: $(grep 'Public-Key:' <<<"$text")"
    fi
    t_log "ok: $(basename "$cert") holds a $want${bits:+ $bits-bit} key"
}

# t_crl_fetch FILE CHAIN: the CRL over HTTP from the server (DER or PEM), as text in FILE. It must
# verify with the CA bundle (the root) plus CHAIN (the issuing CA a client received).
t_crl_fetch() {
    local out="$1" chain="$2" raw="$1.raw" code
    code="$(curl -sS -o "$raw" -w '%{http_code}' "$ANVIL_CRL_URL" 2>&1)" ||
        t_fail "GET $ANVIL_CRL_URL failed: $code"
    [ "$code" = 200 ] || t_fail "GET $ANVIL_CRL_URL answered HTTP $code"
    local fmt
    for fmt in DER PEM ""; do
        [ -n "$fmt" ] || t_fail "the body of $ANVIL_CRL_URL is not a CRL (DER or PEM)"
        openssl crl -inform "$fmt" -in "$raw" -noout -text >"$out" 2>/dev/null && break
    done
    cat "$ANVIL_CA_BUNDLE" "$chain" >"$out.cas"
    openssl crl -inform "$fmt" -in "$raw" -noout -CAfile "$out.cas" >/dev/null 2>&1 ||
        t_fail "the CRL from $ANVIL_CRL_URL does not verify against $ANVIL_CA_BUNDLE + $chain"
}

# t_crl_lists SERIAL CHAIN: exit 0 when the CRL fetched now lists SERIAL (lowercase hex).
t_crl_lists() {
    local serial="${1^^}" f="$T_WORK/crl.$RANDOM.txt"
    t_crl_fetch "$f" "$2"
    # openssl prints "Serial Number: 0A1B..." (even digits, upper case).
    grep -Eq "Serial Number: 0*${serial#"${serial%%[!0]*}"}\$" "$f"
}

# t_assert_revoked CERT CHAIN [REASON]: listed in the CRL over HTTP and "revoked" in
# `anvil cert show` (with reason code REASON).
t_assert_revoked() {
    local cert="$1" chain="$2" reason="${3:-}" serial show
    serial="$(t_serial "$cert")"
    # CRLs may be re-signed asynchronously after a revocation: allow a few seconds.
    local deadline=$((SECONDS + 20))
    until t_crl_lists "$serial" "$chain"; do
        [ $SECONDS -lt $deadline ] ||
            t_fail "serial $serial of $(basename "$cert") is not in the CRL served at $ANVIL_CRL_URL"
        sleep 1
    done
    show="$(t_anvil cert show "$serial" 2>&1)" || t_fail "anvil cert show $serial failed: $show"
    grep -Eq '^status: +revoked' <<<"$show" ||
        t_fail "anvil cert show $serial does not say revoked: $(grep '^status' <<<"$show")"
    if [ -n "$reason" ]; then
        grep -Eq "^status: +revoked \(reason $reason\)" <<<"$show" ||
            t_fail "anvil cert show $serial: expected reason $reason, got: $(grep '^status' <<<"$show")"
    fi
    t_log "ok: $serial revoked (CRL over HTTP and anvil cert show)"
}

# t_assert_not_revoked CERT CHAIN: absent from the CRL, and `anvil cert show` does not say revoked.
t_assert_not_revoked() {
    local cert="$1" chain="$2" serial show
    serial="$(t_serial "$cert")"
    if t_crl_lists "$serial" "$chain"; then
        t_fail "serial $serial of $(basename "$cert") is in the CRL although nobody revoked it"
    fi
    show="$(t_anvil cert show "$serial" 2>&1)" || t_fail "anvil cert show $serial failed: $show"
    if grep -Eq '^status: +revoked' <<<"$show"; then
        t_fail "anvil cert show $serial says revoked although nobody revoked it"
    fi
}

# t_acme_get ACCOUNT_KEY_JWK ACCOUNT_URL URL: POST-as-GET URL as that account; prints the JSON.
t_acme_get() {
    "$T_PYTHON" "$T_LIB_DIR/acme-get.py" --ca "$ANVIL_CA_BUNDLE" --directory "$ANVIL_DIRECTORY" \
        --key "$1" --account "$2" "$3"
}

# t_json FILE|- FILTER: jq -r -c FILTER on a JSON file or stdin.
t_json() {
    local file="$1"
    [ "$file" != - ] || file=/dev/stdin
    jq -r -c "$2" "$file"
}

# t_received_serials DIR: the serial of the first (leaf) certificate of every DIR/*.pem, lowercase hex
# without leading zeros (one process for hundreds of files; openssl would take one each).
t_received_serials() {
    "$T_PYTHON" - "$1" <<'EOF'
import base64, glob, os, re, sys

def tlv(der, i):
    """(tag, content start, content end) of the DER element at i."""
    tag, n = der[i], der[i + 1]
    i += 2
    if n & 0x80:
        k = n & 0x7F
        n = int.from_bytes(der[i:i + k], "big")
        i += k
    return tag, i, i + n

for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.pem"))):
    text = open(path).read()
    m = re.search(r"-----BEGIN CERTIFICATE-----(.*?)-----END CERTIFICATE-----", text, re.S)
    der = base64.b64decode("".join(m.group(1).split()))
    _, tbs, _ = tlv(der, 0)            # Certificate
    _, i, _ = tlv(der, tbs)            # TBSCertificate
    tag, start, end = tlv(der, i)
    if tag == 0xA0:                    # [0] version
        tag, start, end = tlv(der, end)
    print(der[start:end].hex().lstrip("0"))
EOF
}
