#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The console's governance pages against `anvil --headless` with lego (issue 5's tests):
#   "generate an EAB key and have lego register with it": the EAB keys page's New key… → Create
#     key, and lego registers and gets a certificate with the key identifier and MAC key the
#     shown-once dialog gave (its own lego command line);
#   "approve a pending account and see the client's next request succeed": lego is told its
#     registration waits for approval, the Approvals page's Approve button decides it, and lego's
#     next run registers and gets its certificate.
# The pages run in tests/ui/tools/ConsoleDrive.cpp (offscreen) on the server's own data directory,
# as the console does beside the server.

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require lego openssl curl jq knotd

DRIVE="${ANVIL_BINARY_DIR:-$ANVIL_SOURCE_DIR/build}/bin/anvil-console-drive"
[ -x "$DRIVE" ] || t_fail "anvil-console-drive is not built ($DRIVE)"
export QT_QPA_PLATFORM=offscreen

ZONE=anvil.test

t_step "start knot ($ZONE) and anvil"
t_knot_start "$ZONE"
t_anvil_init
t_anvil_start
BASE="https://127.0.0.1:$ANVIL_TLS_PORT/acme"

new_alias() {
    local out
    out="$(t_anvil alias add "$@" 2>&1)" || t_fail "anvil alias add $* failed: $out"
    t_alias_use_knot "$1"
}

# console LOGNAME ARGS...: the console tool; its output in $T_WORK/console-LOGNAME.log.
console() {
    local log="$T_WORK/console-$1.log"
    shift
    : >"$log"
    t_log "console $*"
    t_run "$log" "$DRIVE" --data-dir "$ANVIL_DATA" "$@"
}

lg() {
    local dir="$T_WORK/lego-$1" log="$T_WORK/lego-$1-$2.log"
    shift 2
    : >"$log"
    t_log "lego $*"
    t_run "$log" env LEGO_CA_CERTIFICATES="$ANVIL_CA_BUNDLE" lego --path "$dir" --accept-tos \
        --email ops@example.com "$@"
}

# ---------------------------------------------------------------------------------------------
t_step "EAB: a key generated on the EAB keys page"
new_alias eab requireExternalAccountBinding=true
sleep 1.5 # the server picks up the new alias
console eab eab-generate eab || t_fail "the EAB keys page did not create a key"
KID="$(sed -n 's/^kid=//p' "$T_WORK/console-eab.log")"
HMAC="$(sed -n 's/^hmac=//p' "$T_WORK/console-eab.log")"
LEGO_LINE="$(sed -n 's/^lego=//p' "$T_WORK/console-eab.log")"
[ -n "$KID" ] && [ -n "$HMAC" ] || t_fail "the dialog showed no key identifier or key"
grep -qF -- "--eab --kid=$KID --hmac=$HMAC" <<<"$LEGO_LINE" || t_fail "the lego command line lacks the key: $LEGO_LINE"
SERVER="$(grep -o -- '--server [^ ]*' <<<"$LEGO_LINE" | cut -d' ' -f2)"
[ "$SERVER" = "https://localhost:$ANVIL_TLS_PORT/acme/eab/directory" ] ||
    t_fail "the lego command line names the wrong directory: $SERVER"
t_anvil eab list eab | grep -qF -- "$KID" || t_fail "anvil eab list lacks the console's key $KID"

t_step "EAB: lego registers with the console's key (the dialog's own command line)"
lg eab run --server "$SERVER" --eab --kid="$KID" --hmac="$HMAC" --domains console-eab.$ZONE --http \
    --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" run || t_fail "lego with the console's EAB key failed"
t_assert_sans "$T_WORK/lego-eab/certificates/console-eab.$ZONE.crt" "console-eab.$ZONE"
[ "$(t_anvil eab accounts eab "$KID" | wc -l)" = 1 ] || t_fail "the console's key bound no account"

# ---------------------------------------------------------------------------------------------
t_step "approvals: lego waits for registration approval"
new_alias appr requireApprovalForRegistration=true
sleep 1.5
if lg appr first --server "$BASE/appr/directory" --domains console-appr.$ZONE --http \
    --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" run; then
    t_fail "lego registered although the alias requires approval"
fi
REQ="$(grep -o 'RequestID=[0-9]*' "$T_WORK/lego-appr-first.log" | head -n1 | cut -d= -f2)"
[ -n "$REQ" ] || t_fail "no RequestID in lego's output"

t_step "approvals: approved with the Approvals page's button; lego's next run succeeds"
console approve approve "$REQ" "approved in the console test" || t_fail "the Approvals page did not approve $REQ"
lg appr second --server "$BASE/appr/directory" --domains console-appr.$ZONE --http \
    --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" run || t_fail "lego failed after the approval in the console"
t_assert_sans "$T_WORK/lego-appr/certificates/console-appr.$ZONE.crt" "console-appr.$ZONE"
t_anvil approval show "$REQ" | grep -q "admin:console-test" || t_fail "approval $REQ does not name the console's admin"
t_anvil audit list 50 | grep "approval.approve" | grep -qF -- "$REQ" || t_fail "the approval is not in the audit log"

t_log "PASS"
