#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Three more ACME clients from Debian against `anvil --headless` on loopback, each written
# differently from certbot and lego and each taking its own path through the protocol:
#   acme-tiny (Python, its own JWS code, RSA account key): one order for two names, http-01
#     from a webroot, POST-as-GET polling;
#   dehydrated (bash, curl and openssl): registration with External Account Binding on an alias
#     that requires it, an order for two names with a P-384 key, a forced renewal, revocation;
#     then a whole flow on the client-certificate listener (curl --cert through CURL_OPTS) against
#     an alias that requires a client certificate (an order without one refused);
#   uacme (C, libcurl over GnuTLS, so a TLS stack other than OpenSSL's): a P-384 account key
#     (ES384), an IP identifier (RFC 8738) answered by a hook, an account key rollover to a P-256
#     key (RFC 8555 §7.3.5) followed by an order signed with the new key, revocation signed with
#     the certificate's own key (§7.6), account deactivation (§7.3.6) and the refusal of the
#     deactivated account's key afterwards.
# Every name below lives in the knot fixture's zone (its "*" A record is 127.0.0.1), resolved by
# the alias with DNSSEC required. uacme trusts only the system's CA store and has no option to
# change it: it runs in a private mount namespace where Anvil's CA bundle is bind-mounted over
# the system store (root only; the system's own store is never touched).

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require acme-tiny dehydrated uacme openssl curl python3 knotd unshare

ZONE=anvil.test

t_step "start knot ($ZONE), anvil and a webroot on the http-01 port"
t_knot_start "$ZONE"
t_anvil_init
t_anvil_start
t_alias_use_knot default
BASE="https://127.0.0.1:$ANVIL_TLS_PORT/acme"
WEB="$T_WORK/webroot"
CHALLENGES="$WEB/.well-known/acme-challenge"
mkdir -p "$CHALLENGES"
"$T_PYTHON" -m http.server "$ANVIL_HTTP01_PORT" --bind 127.0.0.1 --directory "$WEB" \
    >"$T_WORK/webroot.log" 2>&1 </dev/null &
t_track_pid $!
t_wait_port "$ANVIL_HTTP01_PORT" 30 $!

# Waits until the server has picked up a configuration change made by the command line.
config_settles() { sleep 1.5; }

# split_chain FILE LEAF CHAIN: the first certificate of FILE to LEAF, the others to CHAIN.
split_chain() {
    awk -v leaf="$2" -v chain="$3" '
        /-----BEGIN CERTIFICATE-----/ { n++ }
        n == 1 { print > leaf }
        n > 1 { print > chain }' "$1"
    [ -s "$2" ] && [ -s "$3" ] || t_fail "$1 does not hold a certificate followed by its chain"
}

# assert_certifies CERT KEY: CERT holds the public key of the private KEY.
assert_certifies() {
    [ "$(openssl x509 -in "$1" -noout -pubkey)" = "$(openssl pkey -in "$2" -pubout)" ] ||
        t_fail "$1 does not certify the key $2"
}

# tiny CSR OUT [ARGS...]: acme-tiny for CSR with the default alias; it prints the certificate and
# its chain on stdout (to OUT) and its progress on stderr (the step's client log).
tiny() {
    local csr="$1" out="$2"
    shift 2
    T_CLIENT_LOG="$TINY/client.log"
    t_log "acme-tiny --csr $(basename "$csr")"
    SSL_CERT_FILE="$ANVIL_CA_BUNDLE" timeout --kill-after=10 240 acme-tiny --disable-check \
        --account-key "$TINY/account.key" --csr "$csr" --acme-dir "$CHALLENGES" \
        --directory-url "$ANVIL_DIRECTORY" "$@" </dev/null >"$out" 2>>"$TINY/client.log"
}

# ---------------------------------------------------------------------------------------------
t_step "acme-tiny: two names, RSA account key, http-01 from a webroot"
TINY="$T_WORK/acme-tiny"
mkdir -p "$TINY"
openssl genrsa -out "$TINY/account.key" 2048 2>/dev/null
openssl ecparam -name prime256v1 -genkey -noout -out "$TINY/domain.key"
openssl req -new -key "$TINY/domain.key" -subj "/CN=tiny.$ZONE" \
    -addext "subjectAltName=DNS:tiny.$ZONE,DNS:www.tiny.$ZONE" -out "$TINY/domain.csr"
: >"$TINY/client.log"
tiny "$TINY/domain.csr" "$TINY/chain.pem" --contact "mailto:tiny@example.com" || t_fail "acme-tiny failed"
split_chain "$TINY/chain.pem" "$TINY/leaf.pem" "$TINY/issuer.pem"
t_assert_sans "$TINY/leaf.pem" "tiny.$ZONE" "www.tiny.$ZONE"
t_assert_key_type "$TINY/leaf.pem" ec 256
assert_certifies "$TINY/leaf.pem" "$TINY/domain.key"
t_assert_chain "$TINY/leaf.pem" "$TINY/issuer.pem"
[ -z "$(ls -A "$CHALLENGES")" ] || t_fail "acme-tiny left challenge files behind: $(ls "$CHALLENGES")"

# ---------------------------------------------------------------------------------------------
t_step "dehydrated: External Account Binding, P-384 key, renewal, revocation"
out="$(t_anvil alias add eab requireExternalAccountBinding=true 2>&1)" || t_fail "anvil alias add eab failed: $out"
t_alias_use_knot eab
out="$(t_anvil eab create eab --label dehydrated --alg HS256)" || t_fail "anvil eab create failed: $out"
DH_KID="$(sed -n 's/^Key identifier: *//p' <<<"$out")"
DH_HMAC="$(sed -n 's/^MAC key: *//p' <<<"$out")"
[ -n "$DH_KID" ] && [ -n "$DH_HMAC" ] || t_fail "anvil eab create printed no key identifier or key: $out"
config_settles
DH="$T_WORK/dehydrated"
mkdir -p "$DH"
cat >"$DH/config" <<EOF
CA="$BASE/eab/directory"
BASEDIR="$DH"
WELLKNOWN="$CHALLENGES"
CHALLENGETYPE="http-01"
KEY_ALGO=secp384r1
CONTACT_EMAIL=dehydrated@example.com
EAB_KID="$DH_KID"
EAB_HMAC_KEY="$DH_HMAC"
EOF
# dehydrated_in DIR LOGNAME ARGS...: dehydrated with DIR/config, its output in DIR/LOGNAME.log;
# curl trusts Anvil's CA.
dehydrated_in() {
    local dir="$1" log="$1/$2.log"
    shift 2
    : >"$log"
    t_log "dehydrated ($(basename "$dir")) $*"
    t_run "$log" env CURL_CA_BUNDLE="$ANVIL_CA_BUNDLE" dehydrated --config "$dir/config" "$@"
}
dh() { dehydrated_in "$DH" "$@"; }
dh register --register --accept-terms || t_fail "dehydrated could not register with EAB"
[ "$(t_anvil eab accounts eab "$DH_KID" | wc -l)" = 1 ] || t_fail "anvil eab accounts lists no account for $DH_KID"
dh issue --cron --domain "dh.$ZONE" --domain "www.dh.$ZONE" || t_fail "dehydrated could not get a certificate"
LIVE="$DH/certs/dh.$ZONE"
t_assert_sans "$LIVE/cert.pem" "dh.$ZONE" "www.dh.$ZONE"
t_assert_key_type "$LIVE/cert.pem" ec 384
assert_certifies "$LIVE/cert.pem" "$LIVE/privkey.pem"
t_assert_chain "$LIVE/cert.pem" "$LIVE/chain.pem"
FIRST_SERIAL="$(t_serial "$LIVE/cert.pem")"
dh renew --cron --force --domain "dh.$ZONE" --domain "www.dh.$ZONE" || t_fail "dehydrated could not renew"
RENEWED_SERIAL="$(t_serial "$LIVE/cert.pem")"
[ "$RENEWED_SERIAL" != "$FIRST_SERIAL" ] || t_fail "the renewal handed back the same certificate ($FIRST_SERIAL)"
t_assert_chain "$LIVE/cert.pem" "$LIVE/chain.pem"
cp "$LIVE/cert.pem" "$DH/renewed.pem"
dh revoke --revoke "$LIVE/cert.pem" || t_fail "dehydrated could not revoke"
t_assert_revoked "$DH/renewed.pem" "$LIVE/chain.pem"

# ---------------------------------------------------------------------------------------------
t_step "dehydrated over the client-certificate listener: a whole flow with curl --cert"
# acme-tiny gets a certificate for TLS client authentication from a client CA through the default
# alias.
t_client_ca_issue_begin
config_settles
openssl ecparam -name prime256v1 -genkey -noout -out "$TINY/client.key"
openssl req -new -key "$TINY/client.key" -subj "/CN=client.$ZONE" -addext "subjectAltName=DNS:client.$ZONE" \
    -out "$TINY/client.csr"
tiny "$TINY/client.csr" "$TINY/client-chain.pem" || t_fail "acme-tiny could not get the client certificate"
t_client_ca_issue_end
split_chain "$TINY/client-chain.pem" "$TINY/client-leaf.pem" "$TINY/client-issuer.pem"
openssl x509 -in "$TINY/client-leaf.pem" -noout -issuer | grep -q "Anvil Client CA" ||
    t_fail "the client certificate is not from ClientCA"
out="$(t_anvil alias add mtls requireClientCertificate=true clientCertificateTrustedCas=ClientCA 2>&1)" ||
    t_fail "anvil alias add mtls failed: $out"
t_alias_use_knot mtls
config_settles
MT="$T_WORK/dehydrated-mtls"
mkdir -p "$MT"
# The client certificate and its chain in one file, as curl sends them.
cat "$TINY/client-leaf.pem" "$TINY/client-issuer.pem" >"$MT/client.pem"
write_mtls_config() { # BASEDIR CURL_OPTS
    mkdir -p "$1"
    cat >"$MT/config" <<EOF
CA="https://127.0.0.1:$ANVIL_CC_PORT/acme/mtls/directory"
BASEDIR="$1"
WELLKNOWN="$CHALLENGES"
CHALLENGETYPE="http-01"
CONTACT_EMAIL=mtls@example.com
CURL_OPTS="$2"
EOF
}
# mt LOGNAME ARGS...: dehydrated against the alias that requires a client certificate.
mt() { dehydrated_in "$MT" "$@"; }
# As in the reference, the directory and newAccount need no client certificate; an order does.
write_mtls_config "$MT/without" ""
mt register-without --register --accept-terms || t_fail "newAccount needs no client certificate, but was refused"
if mt order-without --cron --domain "mtls.$ZONE"; then
    t_fail "dehydrated got a certificate on the client-certificate alias without a client certificate"
fi
grep -q "client certificate" "$MT/order-without.log" ||
    t_fail "the refusal of an order without a client certificate does not say why"
write_mtls_config "$MT/with" "--cert $MT/client.pem --key $TINY/client.key"
mt register --register --accept-terms || t_fail "dehydrated could not register with its client certificate"
mt issue --cron --domain "mtls.$ZONE" || t_fail "dehydrated could not get a certificate over the client-certificate listener"
t_assert_sans "$MT/with/certs/mtls.$ZONE/cert.pem" "mtls.$ZONE"
t_assert_chain "$MT/with/certs/mtls.$ZONE/cert.pem" "$MT/with/certs/mtls.$ZONE/chain.pem"

# ---------------------------------------------------------------------------------------------
t_step "uacme (GnuTLS): IP identifier, key rollover, revocation by the certificate's key, deactivation"
if [ "$(id -u)" -ne 0 ]; then
    t_log "SKIPPED uacme: it trusts only the system CA store, which only root can replace (in a private mount namespace)"
    exit 0
fi
UA="$T_WORK/uacme"
mkdir -p "$UA/conf"
# The store GnuTLS reads (Debian's ca-certificates bundle); replaced for uacme's mount namespace only.
SYSTEM_STORE=/etc/ssl/certs/ca-certificates.crt
[ -f "$SYSTEM_STORE" ] || t_fail "no system CA store at $SYSTEM_STORE"
cat >"$UA/hook.sh" <<EOF
#!/bin/sh
# uacme hook: METHOD TYPE IDENTIFIER TOKEN KEY_AUTHORIZATION
[ "\$2" = http-01 ] || exit 1
case "\$1" in
begin) printf '%s' "\$5" >"$CHALLENGES/\$4" ;;
done | failed) rm -f "$CHALLENGES/\$4" ;;
esac
EOF
chmod +x "$UA/hook.sh"
cat >"$UA/in-namespace.sh" <<EOF
#!/bin/sh
mount --bind "$ANVIL_CA_BUNDLE" "$SYSTEM_STORE" || exit 99
exec uacme --verbose --confdir "$UA/conf" --acme-url "$ANVIL_DIRECTORY" "\$@"
EOF
chmod +x "$UA/in-namespace.sh"
# ua LOGNAME ARGS...: uacme in a mount namespace of its own.
ua() {
    local log="$UA/$1.log"
    shift
    : >"$log"
    t_log "uacme $*"
    t_run "$log" unshare --mount "$UA/in-namespace.sh" "$@"
}
if ! unshare --mount true 2>/dev/null; then
    t_fail "unshare --mount fails as root: uacme cannot be given Anvil's CA"
fi
# A P-384 account key (ES384 signatures), rolled over to a P-256 one below (ES256).
ua new --yes --type EC --bits 384 new uacme@example.com || t_fail "uacme could not create an account"
openssl pkey -in "$UA/conf/private/key.pem" -noout -text | grep -q "NIST CURVE: P-384" ||
    t_fail "uacme's account key is not a P-384 key"
ua issue --type EC --hook "$UA/hook.sh" issue 127.0.0.1 || t_fail "uacme could not get a certificate for 127.0.0.1"
split_chain "$UA/conf/127.0.0.1/cert.pem" "$UA/leaf1.pem" "$UA/chain1.pem"
t_assert_sans "$UA/leaf1.pem" 127.0.0.1
t_assert_chain "$UA/leaf1.pem" "$UA/chain1.pem"
assert_certifies "$UA/leaf1.pem" "$UA/conf/private/127.0.0.1/key.pem"

old_key="$(openssl pkey -in "$UA/conf/private/key.pem" -pubout)"
ua newkey --yes --type EC --bits 256 newkey || t_fail "uacme could not roll its account key over"
openssl pkey -in "$UA/conf/private/key.pem" -noout -text | grep -q "NIST CURVE: P-256" ||
    t_fail "uacme's new account key is not a P-256 key"
[ "$(openssl pkey -in "$UA/conf/private/key.pem" -pubout)" != "$old_key" ] ||
    t_fail "uacme kept its old account key"
grep -q "account key changed" "$UA/newkey.log" || t_fail "uacme did not report the key change"
ua reissue --force --type EC --hook "$UA/hook.sh" issue 127.0.0.1 ||
    t_fail "uacme could not order with its new account key"
split_chain "$UA/conf/127.0.0.1/cert.pem" "$UA/leaf2.pem" "$UA/chain2.pem"
[ "$(t_serial "$UA/leaf2.pem")" != "$(t_serial "$UA/leaf1.pem")" ] || t_fail "the second order returned the first certificate"

# Signed with the certificate's own key (RFC 8555 §7.6, the second way), not the account's.
ua revoke revoke "$UA/conf/127.0.0.1/cert.pem" "$UA/conf/private/127.0.0.1/key.pem" ||
    t_fail "uacme could not revoke with the certificate's key"
t_assert_revoked "$UA/leaf2.pem" "$UA/chain2.pem"
t_assert_not_revoked "$UA/leaf1.pem" "$UA/chain1.pem"

ua deactivate --yes deactivate || t_fail "uacme could not deactivate its account"
if ua after-deactivation --type EC --hook "$UA/hook.sh" issue 127.0.0.1; then
    t_fail "a deactivated account got a certificate"
fi
# uacme looks its account up (newAccount, onlyReturnExisting) before ordering: refused there.
grep -q "urn:ietf:params:acme:error:unauthorized" "$UA/after-deactivation.log" &&
    grep -q "exists but is deactivated" "$UA/after-deactivation.log" ||
    t_fail "the deactivated account's key was not refused as unauthorized"
