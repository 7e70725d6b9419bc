#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The OCSP responder (RFC 6960, issue 8) against `anvil --headless`, checked with `openssl ocsp`:
#   certificates lego got carry AIA (OCSP URL and caIssuers) once server.publicHttpBaseUrl is set,
#   and the caIssuers URL serves the issuing CA's DER certificate;
#   POST /ocsp answers good for a valid certificate, revoked (time and reason keyCompromise) after
#   `lego revoke --reason 1`, unknown for a serial Anvil never issued, unauthorized for a CA it
#   does not know; GET /ocsp/{base64} (Appendix A.1) answers the same;
#   every answer verifies against the CA bundle: signed by a delegated responder certificate
#   (OCSPSigning, ocsp-nocheck) that the issuing CA issued.
# Then the Prometheus endpoint (--metrics-port, loopback) is scraped: it counts what happened.

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require lego openssl curl knotd

ZONE=anvil.test

t_step "start knot ($ZONE) and anvil with a public HTTP base URL"
t_knot_start "$ZONE"
t_anvil_init
PUBLIC="http://127.0.0.1:$ANVIL_HTTP_PORT"
t_anvil config set server.publicHttpBaseUrl "$PUBLIC" >/dev/null || t_fail "cannot set server.publicHttpBaseUrl"
t_free_port METRICS_PORT
T_ANVIL_EXTRA_ARGS=(--metrics-port "$METRICS_PORT")
t_anvil_start
t_alias_use_knot default
sleep 1.5 # the server picks up configuration changed by the command line

LEGO="$T_WORK/lego"
CERTS="$LEGO/certificates"
lg() {
    local log="$T_WORK/lego-$1.log"
    shift
    : >"$log"
    t_log "lego $*"
    t_run "$log" env LEGO_CA_CERTIFICATES="$ANVIL_CA_BUNDLE" lego --server "$ANVIL_DIRECTORY" --accept-tos \
        --email ocsp@example.com --path "$LEGO" --cert.timeout 60 "$@"
}

t_step "two certificates over http-01"
for n in good revoked; do
    lg "$n" --key-type ec256 --http --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" -d "$n.$ZONE" run ||
        t_fail "lego run for $n.$ZONE failed"
done
GOOD="$CERTS/good.$ZONE.crt"
REVOKED="$CERTS/revoked.$ZONE.crt"
ISSUER="$CERTS/good.$ZONE.issuer.crt"
cat "$ANVIL_CA_BUNDLE" "$ISSUER" >"$T_WORK/cas.pem"

t_step "AIA in the issued certificate"
OCSP_URL="$(openssl x509 -in "$GOOD" -noout -ocsp_uri)"
[ "$OCSP_URL" = "$PUBLIC/ocsp" ] || t_fail "OCSP URL in the certificate is '$OCSP_URL', expected $PUBLIC/ocsp"
CA_ISSUERS="$(openssl x509 -in "$GOOD" -noout -text | sed -n 's/^ *CA Issuers - URI://p')"
[ -n "$CA_ISSUERS" ] || t_fail "no caIssuers URL in the certificate"
curl -fsS -o "$T_WORK/issuer.der" "$CA_ISSUERS" || t_fail "GET $CA_ISSUERS failed"
[ "$(openssl x509 -inform DER -in "$T_WORK/issuer.der" -noout -fingerprint -sha256)" = \
    "$(openssl x509 -in "$ISSUER" -noout -fingerprint -sha256)" ] ||
    t_fail "$CA_ISSUERS does not serve the issuing CA certificate"

# ocsp_post LABEL ARGS...: openssl ocsp over POST; the answer must verify. Prints the output.
ocsp_post() {
    local log="$T_WORK/ocsp-$1.log"
    shift
    : >"$log"
    t_run "$log" openssl ocsp -issuer "$ISSUER" -url "$OCSP_URL" -CAfile "$T_WORK/cas.pem" -resp_text "$@" ||
        t_fail "openssl ocsp $* failed"
    grep -q "Response verify OK" "$log" || t_fail "the OCSP response did not verify"
    cat "$log"
}

t_step "good"
out="$(ocsp_post good -cert "$GOOD")"
grep -q "^$GOOD: good" <<<"$out" || t_fail "expected good: $out"
grep -q "OCSP Signing" <<<"$out" || t_fail "the responder certificate lacks OCSP Signing: $out"
grep -q "OCSP No Check" <<<"$out" || t_fail "the responder certificate lacks ocsp-nocheck: $out"

t_step "revoked (lego revoke --reason 1)"
out="$(ocsp_post revoked-before -cert "$REVOKED" -no_nonce)"
grep -q "^$REVOKED: good" <<<"$out" || t_fail "expected good before revocation: $out"
lg revoke -d "revoked.$ZONE" revoke --reason 1 --keep || t_fail "lego revoke failed"
out="$(ocsp_post revoked -cert "$REVOKED" -no_nonce)"
grep -q "^$REVOKED: revoked" <<<"$out" || t_fail "expected revoked right after the revocation: $out"
grep -q "Reason: keyCompromise" <<<"$out" || t_fail "expected reason keyCompromise: $out"
grep -q "Revocation Time:" <<<"$out" || t_fail "no revocation time: $out"

t_step "unknown serial"
out="$(ocsp_post unknown -serial 0x0123456789abcdef -no_nonce)"
grep -q "^0x0123456789abcdef: unknown" <<<"$out" || t_fail "expected unknown: $out"

t_step "a CA this server does not know"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -subj "/CN=Stranger" \
    -keyout "$T_WORK/stranger.key" -out "$T_WORK/stranger.pem" -days 1 2>/dev/null
: >"$T_WORK/ocsp-stranger.log"
t_run "$T_WORK/ocsp-stranger.log" openssl ocsp -issuer "$T_WORK/stranger.pem" -serial 0x01 -url "$OCSP_URL" \
    -no_nonce || true
grep -q "unauthorized" "$T_WORK/ocsp-stranger.log" ||
    t_fail "expected unauthorized for an unknown CA: $(cat "$T_WORK/ocsp-stranger.log")"

t_step "GET /ocsp/{base64} (RFC 6960 Appendix A.1)"
for case in good revoked; do
    cert="$CERTS/$case.$ZONE.crt"
    openssl ocsp -issuer "$ISSUER" -cert "$cert" -no_nonce -reqout "$T_WORK/$case.req" >/dev/null 2>&1
    b64="$(base64 -w0 "$T_WORK/$case.req" | sed 's/+/%2B/g; s,/,%2F,g; s/=/%3D/g')"
    code="$(curl -sS -o "$T_WORK/$case.resp" -w '%{http_code}' "$PUBLIC/ocsp/$b64")"
    [ "$code" = 200 ] || t_fail "GET /ocsp/... answered HTTP $code"
    out="$(openssl ocsp -respin "$T_WORK/$case.resp" -issuer "$ISSUER" -cert "$cert" -CAfile "$T_WORK/cas.pem" 2>&1)" ||
        t_fail "openssl ocsp -respin failed: $out"
    grep -q "Response verify OK" <<<"$out" || t_fail "the GET answer did not verify: $out"
    grep -q "^$cert: $case" <<<"$out" || t_fail "expected $case over GET: $out"
done

t_log "ok: OCSP good, revoked, unknown and unauthorized, over POST and GET"

t_step "metrics scrape (127.0.0.1:$METRICS_PORT/metrics)"
curl -fsS -o "$T_WORK/metrics.txt" "http://127.0.0.1:$METRICS_PORT/metrics" || t_fail "GET /metrics failed"
metric() { # NAME{LABELS}: the value, or empty
    awk -v k="$1" '$1 == k { print $2 }' "$T_WORK/metrics.txt"
}
[ "$(metric anvil_certificates_issued_total)" = 2 ] || t_fail "expected 2 issued: $(grep issued "$T_WORK/metrics.txt")"
[ "$(metric anvil_certificates_revoked_total)" = 1 ] || t_fail "expected 1 revoked"
[ "$(metric 'anvil_acme_validations_total{type="http-01",result="valid"}')" = 2 ] ||
    t_fail "expected 2 valid http-01 validations: $(grep validations "$T_WORK/metrics.txt")"
[ "$(metric 'anvil_acme_requests_total{endpoint="newOrder",status="201"}')" = 2 ] ||
    t_fail "expected 2 newOrder 201: $(grep 'endpoint="newOrder"' "$T_WORK/metrics.txt")"
[ "$(metric 'anvil_acme_requests_total{endpoint="ocsp",status="200"}')" -ge 5 ] ||
    t_fail "expected OCSP requests counted: $(grep 'endpoint="ocsp"' "$T_WORK/metrics.txt")"
grep -q '^anvil_acme_request_duration_seconds_bucket{endpoint="finalize",le="+Inf"} 2$' "$T_WORK/metrics.txt" ||
    t_fail "no finalize latency histogram"
grep -q '^anvil_nonce_store_size [0-9]' "$T_WORK/metrics.txt" || t_fail "no nonce store size"
# Admin-only: not on the public ports.
code="$(curl -sS -o /dev/null -w '%{http_code}' "$PUBLIC/metrics")"
[ "$code" = 404 ] || t_fail "/metrics answered $code on the public HTTP port"
t_log "ok: metrics count requests, validations, issuance and revocation"
