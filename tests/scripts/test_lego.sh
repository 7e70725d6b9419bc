#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# lego against `anvil --headless` on loopback (issue 3, "Real clients"):
#   http-01 (built-in server, ECDSA P-256), dns-01 through the exec provider against a
#   DNSSEC-signed knot zone (a name and its wildcard, ECDSA P-384), revocation by the account
#   (lego revoke, reason keyCompromise), an IP identifier with http-01 (RSA 2048, RFC 8738), and
#   tls-alpn-01 with lego's built-in TLS server (RFC 8737), and an alternate chain to a root that
#   cross-signed the issuing CA (`anvil ca add-chain`, lego --preferred-chain, RFC 8555 §7.4.2).
# Every issuance is checked on what lego stored: names (DNS and IP SANs), key type, chain against
# the CA bundle; the revocation on the CRL served over HTTP and on `anvil cert show`.

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require lego openssl curl jq kdig knotd

ZONE=anvil.test

t_step "start knot ($ZONE, DNSSEC-signed) and anvil"
t_knot_start "$ZONE"
t_anvil_init
t_anvil_start
t_alias_use_knot default
t_alias_set default wildcardAllowed true
t_log "alias default: resolver 127.0.0.1:$KNOT_PORT, trust anchor $KNOT_DS"

LEGO="$T_WORK/lego"
CERTS="$LEGO/certificates"
mkdir -p "$LEGO"

# lg LOGNAME ARGS...: lego against anvil with its own directory (one account, lego@example.com).
lg() {
    local log="$T_WORK/lego-$1.log"
    shift
    : >"$log"
    t_log "lego $*"
    t_run "$log" env LEGO_CA_CERTIFICATES="$ANVIL_CA_BUNDLE" KNOT_DIR="$KNOT_DIR" \
        EXEC_PATH="$T_HOOKS_DIR/lego-exec.sh" EXEC_POLLING_INTERVAL=1 EXEC_PROPAGATION_TIMEOUT=60 \
        EXEC_SEQUENCE_INTERVAL=1 \
        lego --server "$ANVIL_DIRECTORY" --accept-tos --email lego@example.com --path "$LEGO" \
        --cert.timeout 60 "$@"
}

# check_issued NAME KEYTYPE BITS SAN...: lego's NAME.crt (leaf + chain) and NAME.issuer.crt.
check_issued() {
    local name="$1" type="$2" bits="$3"
    shift 3
    local crt="$CERTS/$name.crt" issuer="$CERTS/$name.issuer.crt"
    [ -s "$crt" ] || t_fail "lego stored no certificate at $crt"
    [ -s "$CERTS/$name.key" ] || t_fail "lego stored no key at $CERTS/$name.key"
    openssl x509 -in "$crt" -out "$T_WORK/$name.leaf.pem"
    t_assert_sans "$T_WORK/$name.leaf.pem" "$@"
    t_assert_key_type "$T_WORK/$name.leaf.pem" "$type" "$bits"
    t_assert_chain "$T_WORK/$name.leaf.pem" "$issuer"
    t_assert_chain "$T_WORK/$name.leaf.pem" "$crt"
    local leaf_key cert_key
    leaf_key="$(openssl pkey -in "$CERTS/$name.key" -pubout)"
    cert_key="$(openssl x509 -in "$crt" -noout -pubkey)"
    [ "$leaf_key" = "$cert_key" ] || t_fail "$crt does not certify the key lego generated ($CERTS/$name.key)"
}

# ---------------------------------------------------------------------------------------------
t_step "http-01 (lego's built-in server), ECDSA P-256"
lg http --key-type ec256 --http --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" -d "web.$ZONE" run ||
    t_fail "lego run --http failed"
check_issued "web.$ZONE" ec 256 "web.$ZONE"
t_anvil account list | grep -F lego@example.com | grep -q valid ||
    t_fail "anvil account list shows no valid account for lego@example.com: $(t_anvil account list)"

# ---------------------------------------------------------------------------------------------
t_step "dns-01 through the exec provider (knot, DNSSEC), name + wildcard, ECDSA P-384"
lg dns --key-type ec384 --dns exec --dns.disable-cp --dns.resolvers "127.0.0.1:$KNOT_PORT" \
    -d "dns.$ZONE" -d "*.dns.$ZONE" run || t_fail "lego run --dns exec failed"
check_issued "dns.$ZONE" ec 384 "dns.$ZONE" "*.dns.$ZONE"
grep -q "lego-exec: present _acme-challenge.dns.$ZONE. " "$T_WORK/lego-dns.log" ||
    t_fail "lego never called the exec hook with 'present _acme-challenge.dns.$ZONE.'"
grep -q "lego-exec: cleanup _acme-challenge.dns.$ZONE. " "$T_WORK/lego-dns.log" ||
    t_fail "lego never called the exec hook with 'cleanup _acme-challenge.dns.$ZONE.'"
txt="$(kdig @127.0.0.1 -p "$KNOT_PORT" +short "_acme-challenge.dns.$ZONE" TXT || true)"
[ -z "$txt" ] || t_fail "the exec cleanup left _acme-challenge.dns.$ZONE TXT $txt"

# ---------------------------------------------------------------------------------------------
t_step "revoke (lego revoke, signed by the account, reason keyCompromise)"
cp "$T_WORK/dns.$ZONE.leaf.pem" "$T_WORK/dns-revoked.pem"
lg revoke -d "dns.$ZONE" revoke --reason 1 --keep || t_fail "lego revoke failed"
t_assert_revoked "$T_WORK/dns-revoked.pem" "$CERTS/dns.$ZONE.issuer.crt" 1
t_assert_not_revoked "$T_WORK/web.$ZONE.leaf.pem" "$CERTS/web.$ZONE.issuer.crt"

# ---------------------------------------------------------------------------------------------
# Last, so a failure here leaves the steps above reported.
t_step "IP identifier 127.0.0.1 with http-01, RSA 2048 (RFC 8738)"
if ! lg ip --key-type rsa2048 --http --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" -d 127.0.0.1 run; then
    if grep -q 'newOrder.*Invalid DNS identifier 127.0.0.1' "$T_WORK/lego-ip.log"; then
        # lego 4.9.1 predates its RFC 8738 support: it orders {"type":"dns","value":"127.0.0.1"}.
        t_fail "anvil refused lego's order for 127.0.0.1: lego $(dpkg-query -W -f='${Version}' lego 2>/dev/null || echo '?') sends" \
            "the IP as a \"dns\" identifier and anvil answers rejectedIdentifier"
    fi
    t_fail "lego run --http -d 127.0.0.1 failed"
fi
check_issued 127.0.0.1 rsa 2048 127.0.0.1
t_assert_not_revoked "$T_WORK/127.0.0.1.leaf.pem" "$CERTS/127.0.0.1.issuer.crt"

# ---------------------------------------------------------------------------------------------
t_step "tls-alpn-01 (lego's built-in TLS server, RFC 8737), ECDSA P-256"
# The alias validates tls-alpn-01 on a port of the test's own instead of 443.
t_free_port TLS_ALPN_PORT
t_alias_set default tlsAlpn01Port "$TLS_ALPN_PORT"
lg tls --key-type ec256 --tls --tls.port "127.0.0.1:$TLS_ALPN_PORT" -d "alpn.$ZONE" run ||
    t_fail "lego run --tls failed"
grep -q 'use tls-alpn-01 solver' "$T_WORK/lego-tls.log" ||
    t_fail "lego did not solve the order with tls-alpn-01: $(grep -i solver "$T_WORK/lego-tls.log" | head -3)"
check_issued "alpn.$ZONE" ec 256 "alpn.$ZONE"

# ---------------------------------------------------------------------------------------------
t_step "alternate chain (RFC 8555 §7.4.2): anvil ca add-chain, lego --preferred-chain"
# Another root cross-signs the issuing CA (same subject and key); the chain is registered on the
# running server's database and lego, asked for that root, must receive and keep it.
ISSUER_PEM="$CERTS/web.$ZONE.issuer.crt"
issuer_fp="$(openssl x509 -in "$ISSUER_PEM" -noout -fingerprint -sha256)"
CA_NAME=""
while IFS= read -r line; do
    name="${line%%  *}"
    if [ "$(t_anvil ca show "$name" | openssl x509 -noout -fingerprint -sha256 2>/dev/null)" = "$issuer_fp" ]; then
        CA_NAME="$name"
    fi
done < <(t_anvil ca list)
[ -n "$CA_NAME" ] || t_fail "no CA of anvil ca list issued web.$ZONE: $(t_anvil ca list)"
t_run "$T_WORK/other-root.log" openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -keyout "$T_WORK/other.key" -out "$T_WORK/other.pem" -subj "/CN=Other Root" -days 30 \
    -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,cRLSign ||
    t_fail "openssl could not make the other root"
printf 'basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,digitalSignature,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n' \
    >"$T_WORK/cross.cnf"
# OpenSSL 3.0 re-signs only self-signed input certificates: a new one with the CA's subject and key.
openssl x509 -in "$ISSUER_PEM" -noout -pubkey >"$T_WORK/issuing-ca.pub"
issuer_subject="$(openssl x509 -in "$ISSUER_PEM" -noout -subject -nameopt compat | sed 's/^subject=//')"
t_run "$T_WORK/cross.log" openssl x509 -new -subj "$issuer_subject" -force_pubkey "$T_WORK/issuing-ca.pub" \
    -CA "$T_WORK/other.pem" -CAkey "$T_WORK/other.key" -set_serial 4660 -days 30 -extfile "$T_WORK/cross.cnf" \
    -out "$T_WORK/cross.pem" || t_fail "openssl could not cross-sign the issuing CA: $(cat "$T_WORK/cross.log")"
cat "$T_WORK/cross.pem" "$T_WORK/other.pem" >"$T_WORK/alt-chain.pem"
t_anvil ca add-chain "$CA_NAME" --file "$T_WORK/alt-chain.pem" >"$T_WORK/add-chain.log" 2>&1 ||
    t_fail "anvil ca add-chain failed: $(cat "$T_WORK/add-chain.log")"
t_anvil ca chains "$CA_NAME" | grep -q "^# to CN=Other Root" || t_fail "anvil ca chains lists no chain to CN=Other Root"
lg alt --key-type ec256 --http --http.port "127.0.0.1:$ANVIL_HTTP01_PORT" -d "alt.$ZONE" run \
    --preferred-chain "Other Root" || t_fail "lego run --preferred-chain failed"
openssl x509 -in "$CERTS/alt.$ZONE.crt" -out "$T_WORK/alt.leaf.pem"
openssl x509 -in "$CERTS/alt.$ZONE.issuer.crt" -noout -issuer | grep -q "CN *= *Other Root" ||
    t_fail "lego kept the default chain: $(openssl x509 -in "$CERTS/alt.$ZONE.issuer.crt" -noout -issuer)"
openssl verify -CAfile "$T_WORK/other.pem" -untrusted "$CERTS/alt.$ZONE.issuer.crt" "$T_WORK/alt.leaf.pem" \
    >"$T_WORK/alt-verify.log" 2>&1 || t_fail "the alternate chain does not verify to Other Root: $(cat "$T_WORK/alt-verify.log")"
t_anvil ca remove-chain "$CA_NAME" --root "CN=Other Root" >"$T_WORK/remove-chain.log" 2>&1 ||
    t_fail "anvil ca remove-chain failed: $(cat "$T_WORK/remove-chain.log")"
[ -z "$(t_anvil ca chains "$CA_NAME")" ] || t_fail "the chain to CN=Other Root is still listed after remove-chain"
