#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The per-order approval queue (issue 8) with a real client against `anvil --headless`:
#   an alias holding orders for *.held.anvil.test; lego for a name the patterns don't match gets
#   its certificate at once; lego for a held name finalizes and keeps polling the 'processing'
#   order (lego 4.9 polls the order until --cert.timeout, default 30 s) while the script finds the
#   request with `anvil approval list --pending`, checks what it shows and approves it; lego then
#   gets its certificate. A rejected order reaches lego as an invalid order with the admin's comment.
#   certbot (which polls a processing order for 90 s) waits for an approval the same way.

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require lego certbot openssl curl jq knotd

ZONE=anvil.test

t_step "start knot ($ZONE) and anvil; alias 'held' holds orders for *.held.$ZONE"
t_knot_start "$ZONE"
t_anvil_init
t_anvil_start
out="$(t_anvil alias add held "orderApprovalPatterns=*.held.$ZONE" 2>&1)" || t_fail "anvil alias add held failed: $out"
t_alias_use_knot held
t_anvil alias show held | grep -q "orderApprovalPatterns.*\*\.held\.$ZONE" ||
    t_fail "anvil alias show held lacks the pattern: $(t_anvil alias show held)"
sleep 1.5 # the server picks the new alias up

# lg LOGNAME ARGS...: lego with one account for the alias; http-01 answered on anvil's http-01 port.
lg() {
    local log="$T_WORK/lego-$1.log"
    shift
    : >"$log"
    t_log "lego $*"
    t_run "$log" env LEGO_CA_CERTIFICATES="$ANVIL_CA_BUNDLE" lego --server "https://127.0.0.1:$ANVIL_TLS_PORT/acme/held/directory" \
        --accept-tos --email ops@example.com --path "$T_WORK/lego" --http --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" \
        "$@"
}

# pending_order_request: the id of the one pending order approval request, waiting up to 60 s.
pending_order_request() {
    local deadline=$((SECONDS + 60)) id
    while [ $SECONDS -lt $deadline ]; do
        id="$(t_anvil approval list --pending | awk '$2 == "order" { print $1 }' | head -n1)"
        if [ -n "$id" ]; then
            echo "$id"
            return 0
        fi
        sleep 0.5
    done
    return 1
}

# ---------------------------------------------------------------------------------------------
t_step "a name the patterns don't match is issued at once"
lg free --domains free.$ZONE run || t_fail "lego for free.$ZONE failed"
t_assert_sans "$T_WORK/lego/certificates/free.$ZONE.crt" "free.$ZONE"
[ -z "$(t_anvil approval list | awk '$2 == "order"')" ] || t_fail "an order approval was asked for free.$ZONE"

# ---------------------------------------------------------------------------------------------
t_step "a held name: lego waits until an admin approves"
lg approve --cert.timeout 120 --domains app.held.$ZONE run &
LEGO_PID=$!
t_track_pid "$LEGO_PID"
REQ="$(pending_order_request)" || t_fail "no order approval request appeared; lego: $(tail -n 20 "$T_WORK/lego-approve.log")"
t_log "order approval request $REQ"
shown="$(t_anvil approval show "$REQ")"
grep -q "^kind: *order" <<<"$shown" || t_fail "approval $REQ is not of kind order: $shown"
grep -q "app.held.$ZONE" <<<"$shown" || t_fail "approval $REQ does not show the identifier: $shown"
ORDER="$(sed -n 's/^order: *//p' <<<"$shown")"
[ -n "$ORDER" ] && [ "$ORDER" != "-" ] || t_fail "approval $REQ names no order: $shown"
# lego is still polling the processing order: nothing was issued yet.
sleep 3
kill -0 "$LEGO_PID" 2>/dev/null || t_fail "lego stopped before the approval: $(tail -n 20 "$T_WORK/lego-approve.log")"
[ ! -e "$T_WORK/lego/certificates/app.held.$ZONE.crt" ] || t_fail "lego got a certificate before the approval"
t_anvil approval approve "$REQ" --comment "change 42" >/dev/null || t_fail "anvil approval approve $REQ failed"
wait "$LEGO_PID" || t_fail "lego failed after the approval: $(tail -n 20 "$T_WORK/lego-approve.log")"
t_assert_sans "$T_WORK/lego/certificates/app.held.$ZONE.crt" "app.held.$ZONE"
t_anvil approval show "$REQ" | grep -q "^status: *completed" || t_fail "approval $REQ is not completed"
audit="$(t_anvil audit list 100)"
grep "approval.approve" <<<"$audit" | grep -qF -- "$REQ" || t_fail "the approval of $REQ is not audited"
grep "certificate.issue" <<<"$audit" | grep -qF -- "$ORDER" || t_fail "no audited issuance for order $ORDER"
[ "$(grep -c "certificate.issue" <<<"$(grep -F -- "$ORDER" <<<"$audit")")" = 1 ] || t_fail "order $ORDER was issued more than once"

# ---------------------------------------------------------------------------------------------
t_step "a held name: a rejection reaches lego with the admin's comment"
lg reject --cert.timeout 120 --domains db.held.$ZONE run &
LEGO_PID=$!
t_track_pid "$LEGO_PID"
REQ="$(pending_order_request)" || t_fail "no order approval request appeared; lego: $(tail -n 20 "$T_WORK/lego-reject.log")"
t_anvil approval reject "$REQ" --comment "not in the inventory" >/dev/null || t_fail "anvil approval reject $REQ failed"
if wait "$LEGO_PID"; then
    t_fail "lego got a certificate for a rejected order"
fi
grep -q "not in the inventory" "$T_WORK/lego-reject.log" || t_fail "lego was not told the admin's comment: $(tail -n 20 "$T_WORK/lego-reject.log")"
grep -q "unauthorized" "$T_WORK/lego-reject.log" || t_fail "lego was not told unauthorized"
[ ! -e "$T_WORK/lego/certificates/db.held.$ZONE.crt" ] || t_fail "a certificate for the rejected order exists"

# ---------------------------------------------------------------------------------------------
t_step "a held name: certbot waits until an admin approves"
CB="$T_WORK/certbot"
mkdir -p "$CB/config" "$CB/work" "$CB/logs"
: >"$T_WORK/certbot.log"
t_log "certbot certonly -d web.held.$ZONE"
t_run "$T_WORK/certbot.log" env REQUESTS_CA_BUNDLE="$ANVIL_CA_BUNDLE" certbot certonly --non-interactive \
    --config-dir "$CB/config" --work-dir "$CB/work" --logs-dir "$CB/logs" \
    --server "https://127.0.0.1:$ANVIL_TLS_PORT/acme/held/directory" -m ops@example.com --agree-tos --no-eff-email \
    --standalone --http-01-address 127.0.0.1 --http-01-port "$ANVIL_HTTP01_PORT" --cert-name web -d web.held.$ZONE &
CERTBOT_PID=$!
t_track_pid "$CERTBOT_PID"
REQ="$(pending_order_request)" || t_fail "no order approval request appeared for certbot: $(tail -n 20 "$T_WORK/certbot.log")"
grep -q "web.held.$ZONE" <<<"$(t_anvil approval show "$REQ")" || t_fail "approval $REQ is not certbot's order"
sleep 2
kill -0 "$CERTBOT_PID" 2>/dev/null || t_fail "certbot stopped before the approval: $(tail -n 20 "$T_WORK/certbot.log")"
t_anvil approval approve "$REQ" >/dev/null || t_fail "anvil approval approve $REQ failed"
wait "$CERTBOT_PID" || t_fail "certbot failed after the approval: $(tail -n 20 "$T_WORK/certbot.log")"
t_assert_sans "$CB/config/live/web/cert.pem" "web.held.$ZONE"
