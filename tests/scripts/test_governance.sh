#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Account governance against `anvil --headless` with real clients (issue 4):
#   External Account Binding: lego --eab --kid --hmac and certbot --eab-kid/--eab-hmac-key against
#     an alias requiring EAB (and certbot without a binding refused with externalAccountRequired);
#   approvals: lego against an alias requiring registration approval, approved with
#     `anvil approval approve` between two runs, then getting its certificate; certbot sees the
#     RequestID too (certbot makes a fresh key per registration attempt, so its next attempt is a
#     new request: an approval binds one key, as in the reference);
#   Terms of Service: a URL change seen by certbot (userActionRequired), agreed with
#     `certbot update_account`, then issuance again;
#   client certificates: curl with a certificate Anvil issued against an alias on the
#     client-certificate listener (accepted), without one (rejected), on the plain listener
#     (rejected), denied by an access rule, and after revocation (rejected).

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require certbot lego openssl curl jq knotd

ZONE=anvil.test

t_step "start knot ($ZONE) and anvil"
t_knot_start "$ZONE"
t_anvil_init
t_anvil_start
BASE="https://127.0.0.1:$ANVIL_TLS_PORT/acme"
CC_BASE="https://127.0.0.1:$ANVIL_CC_PORT/acme"

# new_alias NAME FIELD=VALUE...: an alias whose names resolve through the knot fixture.
new_alias() {
    local out
    out="$(t_anvil alias add "$@" 2>&1)" || t_fail "anvil alias add $* failed: $out"
    t_alias_use_knot "$1"
}

# cb NAME LOGNAME ARGS...: certbot with its own directories per NAME, never interactive.
cb() {
    local dir="$T_WORK/certbot-$1" log="$T_WORK/certbot-$1-$2.log"
    shift 2
    mkdir -p "$dir/config" "$dir/work" "$dir/logs"
    : >"$log"
    t_log "certbot $*"
    t_run "$log" env REQUESTS_CA_BUNDLE="$ANVIL_CA_BUNDLE" \
        certbot --config-dir "$dir/config" --work-dir "$dir/work" --logs-dir "$dir/logs" \
        --non-interactive --no-random-sleep-on-renew "$@"
}

# lg NAME LOGNAME ARGS...: lego with its own state per NAME; http-01 answered on anvil's http-01 port.
lg() {
    local dir="$T_WORK/lego-$1" log="$T_WORK/lego-$1-$2.log"
    shift 2
    : >"$log"
    t_log "lego $*"
    t_run "$log" env LEGO_CA_CERTIFICATES="$ANVIL_CA_BUNDLE" lego --path "$dir" --accept-tos \
        --email ops@example.com "$@"
}

# Waits until the server has picked up a configuration change made by the command line.
config_settles() { sleep 1.5; }

# ---------------------------------------------------------------------------------------------
t_step "EAB: keys for alias 'eab'"
new_alias eab requireExternalAccountBinding=true
out="$(t_anvil eab create eab --label lego --alg HS256)" || t_fail "anvil eab create failed: $out"
LEGO_KID="$(sed -n 's/^Key identifier: *//p' <<<"$out")"
LEGO_HMAC="$(sed -n 's/^MAC key: *//p' <<<"$out")"
[ -n "$LEGO_KID" ] && [ -n "$LEGO_HMAC" ] || t_fail "anvil eab create printed no key identifier or key: $out"
grep -qF -- "--eab-kid=$LEGO_KID --eab-hmac-key=$LEGO_HMAC" <<<"$out" || t_fail "no certbot command line in: $out"
grep -qF -- "--kid=$LEGO_KID --hmac=$LEGO_HMAC" <<<"$out" || t_fail "no lego command line in: $out"
# A key whose base64url begins with '-' (one in 64 generated ones does): the printed certbot line
# must still work, so certbot below runs it as printed.
CB_KEY="$(python3 -c 'import base64, os; print(base64.urlsafe_b64encode(b"\xf8" + os.urandom(31)).decode().rstrip("="))')"
[ "${CB_KEY:0:1}" = "-" ] || t_fail "the test key does not begin with '-': $CB_KEY"
out="$(t_anvil eab create eab --label certbot --kid certbot-key --single-use --encrypt --key "$CB_KEY")" ||
    t_fail "anvil eab create --key failed: $out"
grep -qF -- "--eab-kid=certbot-key --eab-hmac-key=$CB_KEY" <<<"$out" || t_fail "no certbot command line in: $out"
t_anvil eab list eab | grep -q "certbot-key" || t_fail "anvil eab list shows no certbot-key"
if t_anvil eab show eab certbot-key | grep -qF -- "$CB_KEY"; then
    t_fail "anvil eab show printed the key without --reveal"
fi
t_anvil eab show eab certbot-key --reveal | grep -qF -- "$CB_KEY" || t_fail "anvil eab show --reveal lost the key"
config_settles
directory_meta="$(curl -fsS --cacert "$ANVIL_CA_BUNDLE" "$BASE/eab/directory")"
[ "$(jq -r .meta.externalAccountRequired <<<"$directory_meta")" = true ] ||
    t_fail "directory meta of alias eab lacks externalAccountRequired: $directory_meta"

t_step "EAB: certbot without a binding is refused"
if cb noeab register register --server "$BASE/eab/directory" -m a@example.com --agree-tos --no-eff-email; then
    t_fail "certbot registered with alias eab without an external account binding"
fi
grep -q "externalAccountRequired\|external account" "$T_WORK/certbot-noeab-register.log" "$T_WORK/certbot-noeab/logs/letsencrypt.log" ||
    t_fail "certbot was not told externalAccountRequired"

t_step "EAB: lego --eab --kid --hmac"
lg eab run --server "$BASE/eab/directory" --eab --kid "$LEGO_KID" --hmac "$LEGO_HMAC" \
    --domains lego-eab.$ZONE --http --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" run ||
    t_fail "lego with EAB failed"
t_assert_sans "$T_WORK/lego-eab/certificates/lego-eab.$ZONE.crt" "lego-eab.$ZONE"
[ "$(t_anvil eab accounts eab "$LEGO_KID" | wc -l)" = 1 ] || t_fail "anvil eab accounts lists no account for $LEGO_KID"

t_step "EAB: certbot --eab-kid --eab-hmac-key (single-use, encrypted key)"
cb eab certonly certonly --server "$BASE/eab/directory" --eab-kid=certbot-key --eab-hmac-key="$CB_KEY" \
    -m b@example.com --agree-tos --no-eff-email --standalone --http-01-address 127.0.0.1 \
    --http-01-port "$ANVIL_HTTP01_PORT" --cert-name eab -d certbot-eab.$ZONE ||
    t_fail "certbot with EAB failed"
t_assert_sans "$T_WORK/certbot-eab/config/live/eab/cert.pem" "certbot-eab.$ZONE"
t_anvil eab list eab | grep "certbot-key" | grep -q used || t_fail "the single-use key is not marked used"
if cb eab2 register register --server "$BASE/eab/directory" --eab-kid=certbot-key --eab-hmac-key="$CB_KEY" \
    -m c@example.com --agree-tos --no-eff-email; then
    t_fail "a single-use EAB key bound a second account"
fi
t_anvil eab revoke eab "$LEGO_KID" >/dev/null || t_fail "anvil eab revoke failed"
if lg eab2 run --server "$BASE/eab/directory" --eab --kid "$LEGO_KID" --hmac "$LEGO_HMAC" \
    --domains lego-eab2.$ZONE --http --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" run; then
    t_fail "lego registered with a revoked EAB key"
fi
grep -q "revoked" "$T_WORK/lego-eab2-run.log" || t_fail "lego was not told the EAB key is revoked"

# ---------------------------------------------------------------------------------------------
t_step "approvals: lego waits for registration approval"
new_alias appr requireApprovalForRegistration=true
config_settles
if lg appr first --server "$BASE/appr/directory" --domains appr.$ZONE --http \
    --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" run; then
    t_fail "lego registered although the alias requires approval"
fi
grep -q "has been sent for approval" "$T_WORK/lego-appr-first.log" || t_fail "lego did not see the approval message"
REQ="$(grep -o 'RequestID=[0-9]*' "$T_WORK/lego-appr-first.log" | head -n1 | cut -d= -f2)"
[ -n "$REQ" ] || t_fail "no RequestID in lego's output"
t_anvil approval list --pending | grep -q "^$REQ " || t_fail "anvil approval list --pending lacks $REQ"
if lg appr second --server "$BASE/appr/directory" --domains appr.$ZONE --http \
    --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" run; then
    t_fail "lego registered before the approval"
fi
grep -q "PENDING. RequestID=$REQ\|PENDING.*RequestID=$REQ" "$T_WORK/lego-appr-second.log" ||
    t_fail "lego's second attempt was not told PENDING for $REQ"
t_anvil approval approve "$REQ" --comment "known team" >/dev/null || t_fail "anvil approval approve failed"
lg appr third --server "$BASE/appr/directory" --domains appr.$ZONE --http \
    --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" run || t_fail "lego failed after the approval"
t_assert_sans "$T_WORK/lego-appr/certificates/appr.$ZONE.crt" "appr.$ZONE"
t_anvil audit list 50 | grep "approval.approve" | grep -qF -- "$REQ" || t_fail "the approval is not in the audit log"

t_step "approvals: certbot sees the RequestID; a rejection is reported"
if cb appr register register --server "$BASE/appr/directory" -m d@example.com --agree-tos --no-eff-email; then
    t_fail "certbot registered although the alias requires approval"
fi
CB_REQ="$(grep -o 'RequestID=[0-9]*' "$T_WORK/certbot-appr-register.log" | head -n1 | cut -d= -f2)"
[ -n "$CB_REQ" ] || t_fail "certbot's output has no RequestID"
t_anvil approval reject "$CB_REQ" --comment "unknown requester" >/dev/null || t_fail "anvil approval reject failed"
t_anvil approval show "$CB_REQ" | grep -q "rejected" || t_fail "approval $CB_REQ is not rejected"

# ---------------------------------------------------------------------------------------------
t_step "Terms of Service: a change seen by certbot and agreed"
new_alias tos termsOfServiceUrl=https://example.com/tos-v1 termsOfServiceChangeUrl=https://example.com/tos-changes
config_settles
cb tos register register --server "$BASE/tos/directory" -m e@example.com --agree-tos --no-eff-email ||
    t_fail "certbot register with alias tos failed"
t_alias_set tos termsOfServiceUrl https://example.com/tos-v2
config_settles
if cb tos before certonly --server "$BASE/tos/directory" --standalone --http-01-address 127.0.0.1 \
    --http-01-port "$ANVIL_HTTP01_PORT" --cert-name tos -d tos.$ZONE; then
    t_fail "certbot got a certificate although the Terms of Service changed"
fi
grep -q "userActionRequired" "$T_WORK/certbot-tos/logs/letsencrypt.log" ||
    t_fail "certbot was not answered userActionRequired"
grep -q "https://example.com/tos-changes" "$T_WORK/certbot-tos/logs/letsencrypt.log" ||
    t_fail "the userActionRequired problem does not name the changes URL"
# certbot's update_account sends the contact only; agree the way the reference documents it (an
# account update with termsOfServiceAgreed true), signed as certbot's account by certbot's own
# acme module.
TOS_ACCOUNT="$(find "$T_WORK/certbot-tos/config/accounts" -name regr.json -printf '%h\n' | head -n1)"
[ -n "$TOS_ACCOUNT" ] || t_fail "certbot stored no account for alias tos"
T_CLIENT_LOG="$T_WORK/tos-agree.log"
"$T_PYTHON" - "$ANVIL_CA_BUNDLE" "$BASE/tos/directory" "$TOS_ACCOUNT" >"$T_CLIENT_LOG" 2>&1 <<'PY' ||
import json, sys
import josepy as jose
from acme import client, messages
ca, directory_url, account_dir = sys.argv[1:4]
key = jose.JWK.json_loads(open(account_dir + "/private_key.json").read())
uri = json.load(open(account_dir + "/regr.json"))["uri"]
regr = messages.RegistrationResource(uri=uri, body=messages.Registration())
net = client.ClientNetwork(key, account=regr, verify_ssl=ca, user_agent="anvil-tests")
acme = client.ClientV2(messages.Directory.from_json(net.get(directory_url).json()), net)
updated = acme.update_registration(regr, messages.Registration(terms_of_service_agreed=True))
print("agreed:", updated.uri, updated.body.terms_of_service_agreed)
PY
    t_fail "agreeing to the new Terms of Service through an account update failed"
cb tos after certonly --server "$BASE/tos/directory" --standalone --http-01-address 127.0.0.1 \
    --http-01-port "$ANVIL_HTTP01_PORT" --cert-name tos -d tos.$ZONE ||
    t_fail "certbot failed after agreeing to the new Terms of Service"
t_assert_sans "$T_WORK/certbot-tos/config/live/tos/cert.pem" "tos.$ZONE"

# ---------------------------------------------------------------------------------------------
t_step "client certificates: a certificate for TLS client authentication from a client CA"
t_client_ca_issue_begin
t_alias_use_knot default
config_settles
cb client certonly certonly --server "$ANVIL_DIRECTORY" -m f@example.com --agree-tos --no-eff-email --standalone \
    --http-01-address 127.0.0.1 --http-01-port "$ANVIL_HTTP01_PORT" --cert-name client -d client.$ZONE ||
    t_fail "certbot could not get the client certificate"
t_client_ca_issue_end
CLIENT_CERT="$T_WORK/certbot-client/config/live/client/cert.pem"
CLIENT_KEY="$T_WORK/certbot-client/config/live/client/privkey.pem"
openssl x509 -in "$CLIENT_CERT" -noout -issuer | grep -q "Anvil Client CA" || t_fail "the client certificate is not from ClientCA"
CLIENT_SERIAL="$(t_serial "$CLIENT_CERT")"
new_alias mtls requireClientCertificate=true clientCertificateTrustedCas=ClientCA
config_settles
# ARI id of the client certificate (draft-ietf-acme-ari): an endpoint that needs the certificate.
ARI="$("$T_PYTHON" - "$CLIENT_CERT" <<'PY'
import base64, sys
from cryptography import x509
cert = x509.load_pem_x509_certificate(open(sys.argv[1], "rb").read())
aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier
n = cert.serial_number
serial = n.to_bytes((n.bit_length() + 8) // 8, "big")
b64 = lambda b: base64.urlsafe_b64encode(b).decode().rstrip("=")
print(b64(aki) + "." + b64(serial))
PY
)"
# mtls_status URL [CURL ARGS...]: the HTTP status; the body in $T_WORK/mtls-body.json.
# The certificate check answers 403 only; past it, renewalInfo answers 200, or 404 while the
# certificate is too young for renewal information.
mtls_status() {
    local url="$1"
    shift
    curl -sS -o "$T_WORK/mtls-body.json" -w '%{http_code}' --cacert "$ANVIL_CA_BUNDLE" "$@" "$url"
}

t_step "client certificates: accepted, missing, wrong listener"
status="$(mtls_status "$CC_BASE/mtls/renewalInfo/$ARI" --cert "$CLIENT_CERT" --key "$CLIENT_KEY")"
accepted() { [ "$1" = 200 ] || { [ "$1" = 404 ] && grep -q "Renewal information" "$T_WORK/mtls-body.json"; }; }
accepted "$status" || t_fail "with the client certificate: HTTP $status $(cat "$T_WORK/mtls-body.json")"
t_log "ok: renewalInfo with the client certificate passes the certificate check (HTTP $status)"
status="$(mtls_status "$CC_BASE/mtls/renewalInfo/$ARI")"
[ "$status" = 403 ] && grep -q "client certificate" "$T_WORK/mtls-body.json" ||
    t_fail "without a client certificate: HTTP $status $(cat "$T_WORK/mtls-body.json")"
status="$(mtls_status "$CC_BASE/mtls/directory")"
[ "$status" = 200 ] || t_fail "the directory needs no client certificate, got HTTP $status"
status="$(mtls_status "$BASE/mtls/directory" --cert "$CLIENT_CERT" --key "$CLIENT_KEY")"
[ "$status" = 403 ] || t_fail "alias mtls answered on the plain TLS listener: HTTP $status"

t_step "client certificates: access rules"
SUBJECT="$(t_anvil cert show "$CLIENT_SERIAL" | sed -n 's/^subject: *//p')"
[ -n "$SUBJECT" ] || SUBJECT="CN=client.$ZONE"
t_anvil clientcert deny mtls "$SUBJECT" >/dev/null || t_fail "anvil clientcert deny failed"
config_settles
status="$(mtls_status "$CC_BASE/mtls/renewalInfo/$ARI" --cert "$CLIENT_CERT" --key "$CLIENT_KEY")"
[ "$status" = 403 ] || t_fail "a denied client certificate got HTTP $status"
t_anvil clientcert remove mtls "$SUBJECT" >/dev/null || t_fail "anvil clientcert remove failed"
FP="$(openssl x509 -in "$CLIENT_CERT" -noout -fingerprint -sha256 | cut -d= -f2)"
t_anvil clientcert allow mtls "$FP" >/dev/null || t_fail "anvil clientcert allow failed"
t_anvil clientcert list mtls | grep -q allow || t_fail "anvil clientcert list shows no rule"
status="$(mtls_status "$CC_BASE/mtls/renewalInfo/$ARI" --cert "$CLIENT_CERT" --key "$CLIENT_KEY")"
accepted "$status" || t_fail "an allowed client certificate got HTTP $status"

t_step "client certificates: revoked"
t_anvil cert revoke "$CLIENT_SERIAL" >/dev/null || t_fail "anvil cert revoke failed"
status="$(mtls_status "$CC_BASE/mtls/renewalInfo/$ARI" --cert "$CLIENT_CERT" --key "$CLIENT_KEY")"
[ "$status" = 403 ] && grep -q "revoked" "$T_WORK/mtls-body.json" ||
    t_fail "a revoked client certificate: HTTP $status $(cat "$T_WORK/mtls-body.json")"
status="$(mtls_status "$CC_BASE/mtls/directory" --cert "$CLIENT_CERT" --key "$CLIENT_KEY")"
[ "$status" = 200 ] || t_fail "the directory stays open to a revoked certificate (reference), got HTTP $status"
