#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# certbot against `anvil --headless` on loopback (issue 3, "Real clients"):
#   register with an e-mail, update the e-mail, http-01 (standalone, ECDSA P-256), dns-01 with
#   manual hooks against a DNSSEC-signed knot zone (RSA 2048), a wildcard with dns-01 (ECDSA P-384),
#   a dns-01 order whose TXT value is wrong (the order ends invalid), renewal (--force-renewal),
#   revocation by the account and by the certificate's key, unregister.
# Every issuance is checked on what certbot stored: names, key type, chain against the CA bundle;
# revocations on the CRL served over HTTP and on `anvil cert show`.

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require certbot openssl curl jq kdig knotd
[ -x "$T_PYTHON" ] || t_fail "$T_PYTHON (certbot's interpreter) is missing"

ZONE=anvil.test

t_step "start knot ($ZONE, DNSSEC-signed) and anvil"
t_knot_start "$ZONE"
t_anvil_init
t_anvil_start
# Every name below lives in the fixture's zone (its "*" A record is 127.0.0.1): http-01 resolves
# through the alias's resolver too, with DNSSEC required.
t_alias_use_knot default
t_alias_set default wildcardAllowed true
t_log "alias default: resolver 127.0.0.1:$KNOT_PORT, trust anchor $KNOT_DS"

CB="$T_WORK/certbot"
mkdir -p "$CB/config" "$CB/work" "$CB/logs"
LIVE="$CB/config/live"

# cb LOGNAME ARGS...: certbot against anvil with its own directories, never interactive.
cb() {
    local log="$T_WORK/certbot-$1.log"
    shift
    : >"$log"
    t_log "certbot $*"
    t_run "$log" env REQUESTS_CA_BUNDLE="$ANVIL_CA_BUNDLE" KNOT_DIR="$KNOT_DIR" \
        certbot --config-dir "$CB/config" --work-dir "$CB/work" --logs-dir "$CB/logs" \
        --server "$ANVIL_DIRECTORY" --non-interactive --no-random-sleep-on-renew "$@"
}

# The certbot account directory (one account at a time here).
account_dir() {
    local d
    d="$(find "$CB/config/accounts" -name regr.json -printf '%h\n' 2>/dev/null | head -n1)"
    [ -n "$d" ] || t_fail "certbot stored no account under $CB/config/accounts"
    printf '%s\n' "$d"
}

# POST-as-GET URL as certbot's account; JSON on stdout.
as_account() {
    local d
    d="$(account_dir)"
    t_acme_get "$d/private_key.json" "$d/regr.json" "$1"
}

assert_contact() { # EMAIL
    local d url json contact
    d="$(account_dir)"
    url="$(t_json "$d/regr.json" '.uri')"
    json="$(as_account "$url")" || t_fail "POST-as-GET of the account $url failed: $json"
    contact="$(t_json - '.contact' <<<"$json")"
    [ "$contact" = "[\"mailto:$1\"]" ] ||
        t_fail "the account $url has contact $contact on the server, expected [\"mailto:$1\"]"
    t_anvil account list | grep -F -- "$1" | grep -q valid ||
        t_fail "anvil account list shows no valid account with $1: $(t_anvil account list)"
    t_log "ok: account $url has contact mailto:$1"
}

# ---------------------------------------------------------------------------------------------
t_step "register with an e-mail"
cb register register -m first@example.com --agree-tos --no-eff-email ||
    t_fail "certbot register failed"
assert_contact first@example.com
ACCOUNT_DIR="$(account_dir)"
ACCOUNT_URL="$(t_json "$ACCOUNT_DIR/regr.json" '.uri')"

t_step "update the e-mail"
cb update update_account -m second@example.com --no-eff-email ||
    t_fail "certbot update_account failed"
assert_contact second@example.com
if t_anvil account list | grep -q 'first@example.com'; then
    t_fail "anvil account list still shows first@example.com after update_account"
fi

# ---------------------------------------------------------------------------------------------
t_step "http-01 standalone, ECDSA P-256"
cb http certonly --standalone --http-01-address 127.0.0.1 --http-01-port "$ANVIL_HTTP01_PORT" \
    --cert-name http -d http.$ZONE --key-type ecdsa --elliptic-curve secp256r1 ||
    t_fail "certbot certonly --standalone (http-01) failed"
t_assert_sans "$LIVE/http/cert.pem" "http.$ZONE"
t_assert_key_type "$LIVE/http/cert.pem" ec 256
t_assert_chain "$LIVE/http/cert.pem" "$LIVE/http/chain.pem"
t_assert_chain "$LIVE/http/cert.pem" "$LIVE/http/fullchain.pem"
t_assert_not_revoked "$LIVE/http/cert.pem" "$LIVE/http/chain.pem"
HTTP_SERIAL_1="$(t_serial "$LIVE/http/cert.pem")"
cp "$LIVE/http/cert.pem" "$T_WORK/http-first.pem"

# ---------------------------------------------------------------------------------------------
t_step "dns-01 with manual hooks (knot, DNSSEC), RSA 2048, two names"
cb dns certonly --manual --preferred-challenges dns \
    --manual-auth-hook "$T_HOOKS_DIR/certbot-dns-auth.sh" \
    --manual-cleanup-hook "$T_HOOKS_DIR/certbot-dns-cleanup.sh" \
    --cert-name dns -d dns.$ZONE -d www.dns.$ZONE --key-type rsa --rsa-key-size 2048 ||
    t_fail "certbot certonly --manual (dns-01) failed"
t_assert_sans "$LIVE/dns/cert.pem" "dns.$ZONE" "www.dns.$ZONE"
t_assert_key_type "$LIVE/dns/cert.pem" rsa 2048
t_assert_chain "$LIVE/dns/cert.pem" "$LIVE/dns/chain.pem"
txt="$(kdig @127.0.0.1 -p "$KNOT_PORT" +short "_acme-challenge.dns.$ZONE" TXT || true)"
[ -z "$txt" ] || t_fail "the cleanup hook left _acme-challenge.dns.$ZONE TXT $txt"

# ---------------------------------------------------------------------------------------------
t_step "wildcard with dns-01, ECDSA P-384"
cb wild certonly --manual --preferred-challenges dns \
    --manual-auth-hook "$T_HOOKS_DIR/certbot-dns-auth.sh" \
    --manual-cleanup-hook "$T_HOOKS_DIR/certbot-dns-cleanup.sh" \
    --cert-name wild -d "$ZONE" -d "*.$ZONE" --key-type ecdsa --elliptic-curve secp384r1 ||
    t_fail "certbot certonly --manual for *.$ZONE (dns-01) failed"
t_assert_sans "$LIVE/wild/cert.pem" "$ZONE" "*.$ZONE"
t_assert_key_type "$LIVE/wild/cert.pem" ec 384
t_assert_chain "$LIVE/wild/cert.pem" "$LIVE/wild/chain.pem"

# ---------------------------------------------------------------------------------------------
t_step "dns-01 with a wrong TXT value fails and leaves the order invalid"
if ANVIL_HOOK_TXT_VALUE="not-the-key-authorization-digest" cb bad certonly --manual \
    --preferred-challenges dns \
    --manual-auth-hook "$T_HOOKS_DIR/certbot-dns-auth.sh" \
    --manual-cleanup-hook "$T_HOOKS_DIR/certbot-dns-cleanup.sh" \
    --cert-name bad -d bad.$ZONE; then
    t_fail "certbot got a certificate for bad.$ZONE although the TXT record was wrong"
fi
[ ! -e "$LIVE/bad" ] || t_fail "certbot stored a lineage for bad.$ZONE"
# certbot's debug log holds every response; the newOrder one (201) carries the order's Location.
CB_LOG="$CB/logs/letsencrypt.log"
ORDER_URL="$("$T_PYTHON" - "$CB_LOG" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
# "Sending POST request to <newOrder>" ... "Received response:\nHTTP 201\n...Location: URL"
urls = re.findall(r"Received response:\nHTTP 201\n(?:[^\n]+\n)*?Location: (\S+)", text)
print(urls[-1] if urls else "")
EOF
)"
[ -n "$ORDER_URL" ] || t_fail "no newOrder response (HTTP 201 with Location) in $CB_LOG"
order="$(as_account "$ORDER_URL")" || t_fail "POST-as-GET $ORDER_URL failed: $order"
[ "$(t_json - '.identifiers[0].value' <<<"$order")" = "bad.$ZONE" ] ||
    t_fail "the last order in certbot's log is not the one for bad.$ZONE: $order"
[ "$(t_json - '.status' <<<"$order")" = invalid ] ||
    t_fail "order $ORDER_URL for bad.$ZONE is $(t_json - '.status' <<<"$order"), expected invalid: $order"
authz_url="$(t_json - '.authorizations[0]' <<<"$order")"
authz="$(as_account "$authz_url")" || t_fail "POST-as-GET $authz_url failed: $authz"
[ "$(t_json - '.status' <<<"$authz")" = invalid ] ||
    t_fail "authorization $authz_url is $(t_json - '.status' <<<"$authz"), expected invalid: $authz"
problem="$(t_json - '[.challenges[] | select(.type == "dns-01") | .error][0]' <<<"$authz")"
# RFC 8555 §6.7: incorrectResponse (Boulder answers unauthorized for the same case).
case "$(t_json - '.type' <<<"$problem")" in
urn:ietf:params:acme:error:incorrectResponse | urn:ietf:params:acme:error:unauthorized) ;;
*) t_fail "the dns-01 challenge error is $problem, expected incorrectResponse (or unauthorized)" ;;
esac
t_log "ok: order invalid, authorization invalid, challenge error: $problem"

# ---------------------------------------------------------------------------------------------
t_step "renew (--force-renewal)"
cb renew renew --cert-name http --force-renewal || t_fail "certbot renew --force-renewal failed"
HTTP_SERIAL_2="$(t_serial "$LIVE/http/cert.pem")"
[ "$HTTP_SERIAL_2" != "$HTTP_SERIAL_1" ] ||
    t_fail "certbot renew kept serial $HTTP_SERIAL_1: no new certificate"
[ -e "$CB/config/archive/http/cert2.pem" ] || t_fail "certbot stored no cert2.pem for the renewal"
t_assert_sans "$LIVE/http/cert.pem" "http.$ZONE"
t_assert_key_type "$LIVE/http/cert.pem" ec 256
t_assert_chain "$LIVE/http/cert.pem" "$LIVE/http/chain.pem"
t_assert_not_revoked "$LIVE/http/cert.pem" "$LIVE/http/chain.pem"
t_log "renewed: $HTTP_SERIAL_1 -> $HTTP_SERIAL_2 (first: $(t_anvil cert show "$HTTP_SERIAL_1" | grep '^status'))"

# ---------------------------------------------------------------------------------------------
t_step "revoke by the account (reason superseded)"
cb revoke-account revoke --cert-path "$LIVE/dns/cert.pem" --reason superseded \
    --no-delete-after-revoke || t_fail "certbot revoke (account-signed) failed"
t_assert_revoked "$LIVE/dns/cert.pem" "$LIVE/dns/chain.pem" 4

t_step "revoke by the certificate's key (reason keyCompromise)"
cb revoke-key revoke --cert-path "$LIVE/wild/cert.pem" --key-path "$LIVE/wild/privkey.pem" \
    --reason keycompromise --no-delete-after-revoke ||
    t_fail "certbot revoke --key-path (signed with the certificate key) failed"
t_assert_revoked "$LIVE/wild/cert.pem" "$LIVE/wild/chain.pem" 1
# Nobody revoked the renewed certificate.
t_assert_not_revoked "$LIVE/http/cert.pem" "$LIVE/http/chain.pem"

# ---------------------------------------------------------------------------------------------
t_step "unregister"
cp "$ACCOUNT_DIR/private_key.json" "$T_WORK/account-key.json"
cb unregister unregister || t_fail "certbot unregister failed"
[ -z "$(find "$CB/config/accounts" -name regr.json 2>/dev/null)" ] ||
    t_fail "certbot kept its account after unregister"
t_anvil account list | grep -F second@example.com | grep -q deactivated ||
    t_fail "anvil account list does not show the account deactivated: $(t_anvil account list)"
if out="$(t_acme_get "$T_WORK/account-key.json" "$ACCOUNT_URL" "$ACCOUNT_URL")"; then
    t_fail "the deactivated account $ACCOUNT_URL still answers POST-as-GET: $out"
fi
[ "$(t_json - '.type' <<<"$out")" = "urn:ietf:params:acme:error:unauthorized" ] ||
    t_fail "a request by the deactivated account got $out, expected urn:ietf:params:acme:error:unauthorized"
t_log "ok: account $ACCOUNT_URL deactivated; its requests are refused ($out)"
