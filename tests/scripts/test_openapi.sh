#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The OpenAPI description of the ACME endpoints (issue 8) from `anvil --headless`: 404 while the
# setting is off (the default), served once `anvil config set server.openApiEnabled true` is in
# effect, for the default alias and an alias's path form, and valid OpenAPI 3 by a real validator
# (the openapi-spec-validator Python module, when a python3 here has it: Debian 12 does not package
# it; without it that one step is left out and said so).

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require curl jq

VALIDATOR_PY=""
for py in "$T_PYTHON" python3; do
    if command -v "$py" >/dev/null && "$py" -c 'import openapi_spec_validator' 2>/dev/null; then
        VALIDATOR_PY="$py"
        break
    fi
done

t_step "start anvil; the description is off by default"
t_anvil_init
t_anvil_start
out="$(t_anvil alias add corp 2>&1)" || t_fail "anvil alias add corp failed: $out"
BASE="https://127.0.0.1:$ANVIL_TLS_PORT/acme"
status() { curl -sS -o "$T_WORK/body.json" -w '%{http_code}' --cacert "$ANVIL_CA_BUNDLE" "$1"; }
code="$(status "$BASE/openapi.json")"
[ "$code" = 404 ] || t_fail "openapi.json answered HTTP $code while off: $(cat "$T_WORK/body.json")"

t_step "turned on from the command line, without a restart"
t_anvil config set server.openApiEnabled true >/dev/null || t_fail "anvil config set server.openApiEnabled failed"
deadline=$((SECONDS + 10))
until [ "$(status "$BASE/openapi.json")" = 200 ]; do
    [ $SECONDS -lt $deadline ] || t_fail "openapi.json is not served after enabling it: $(cat "$T_WORK/body.json")"
    sleep 0.3
done
cp "$T_WORK/body.json" "$T_WORK/default.json"
[ "$(jq -r '.servers[0].url' "$T_WORK/default.json")" = "$BASE" ] || t_fail "wrong server URL in the default alias's description"
code="$(status "$BASE/corp/openapi.json")"
[ "$code" = 200 ] || t_fail "alias corp's openapi.json answered HTTP $code"
cp "$T_WORK/body.json" "$T_WORK/corp.json"
[ "$(jq -r '.servers[0].url' "$T_WORK/corp.json")" = "$BASE/corp" ] || t_fail "wrong server URL in alias corp's description"
# What the directory advertises is described (paths are relative to the server URL).
curl -fsS --cacert "$ANVIL_CA_BUNDLE" "$BASE/corp/directory" -o "$T_WORK/directory.json" || t_fail "no directory"
for key in newNonce newAccount newOrder revokeCert keyChange renewalInfo; do
    url="$(jq -r ".$key" "$T_WORK/directory.json")"
    path="${url#"$BASE/corp"}"
    [ "$key" != renewalInfo ] || path="$path/{certID}" # RFC 9773 §4.1: clients append /certID
    jq -e --arg p "$path" '.paths[$p]' "$T_WORK/corp.json" >/dev/null || t_fail "directory entry $key ($path) is not described"
done

if [ -z "$VALIDATOR_PY" ]; then
    t_log "no python3 with the openapi_spec_validator module: the validator step is left out"
fi
[ -z "$VALIDATOR_PY" ] || t_step "valid OpenAPI 3 ($VALIDATOR_PY openapi_spec_validator)"
for f in ${VALIDATOR_PY:+default corp}; do
    T_CLIENT_LOG="$T_WORK/validate-$f.log"
    "$VALIDATOR_PY" - "$T_WORK/$f.json" >"$T_CLIENT_LOG" 2>&1 <<'PY' || t_fail "the $f description is not valid OpenAPI: $(tail -n 20 "$T_CLIENT_LOG")"
import json, sys
import openapi_spec_validator as v
# 0.5 (Debian 12) has validate_spec; later versions call it validate.
(getattr(v, "validate", None) or v.validate_spec)(json.load(open(sys.argv[1])))
print("valid")
PY
done

t_step "turned off again"
t_anvil config set server.openApiEnabled false >/dev/null || t_fail "anvil config set failed"
deadline=$((SECONDS + 10))
until [ "$(status "$BASE/openapi.json")" = 404 ]; do
    [ $SECONDS -lt $deadline ] || t_fail "openapi.json is still served after turning it off"
    sleep 0.3
done
