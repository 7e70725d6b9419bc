#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# certbot --manual-auth-hook for dns-01: publishes _acme-challenge.$CERTBOT_DOMAIN TXT
# "$CERTBOT_VALIDATION" in the knot fixture at $KNOT_DIR and returns once it is served (signed).
# add-txt, not set-txt: a wildcard and its base name put two values on the same name.
#
# ANVIL_HOOK_TXT_VALUE, when set, is published instead of the real validation (negative tests:
# a user whose hook publishes the wrong value).
set -euo pipefail
: "${KNOT_DIR:?KNOT_DIR (the knot fixture directory) is not set}"
: "${CERTBOT_DOMAIN:?not run by certbot}"
: "${CERTBOT_VALIDATION:?not run by certbot}"
fixture="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../support/dns" && pwd)/knot-fixture.sh"
value="${ANVIL_HOOK_TXT_VALUE:-$CERTBOT_VALIDATION}"
echo "certbot-dns-auth: _acme-challenge.$CERTBOT_DOMAIN TXT $value" >&2
exec bash "$fixture" add-txt "$KNOT_DIR" "_acme-challenge.$CERTBOT_DOMAIN" "$value"
