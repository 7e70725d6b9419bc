#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# certbot --manual-cleanup-hook for dns-01: removes what certbot-dns-auth.sh published.
set -euo pipefail
: "${KNOT_DIR:?KNOT_DIR (the knot fixture directory) is not set}"
: "${CERTBOT_DOMAIN:?not run by certbot}"
: "${CERTBOT_VALIDATION:?not run by certbot}"
fixture="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../support/dns" && pwd)/knot-fixture.sh"
value="${ANVIL_HOOK_TXT_VALUE:-$CERTBOT_VALIDATION}"
echo "certbot-dns-cleanup: _acme-challenge.$CERTBOT_DOMAIN TXT $value" >&2
exec bash "$fixture" del-txt "$KNOT_DIR" "_acme-challenge.$CERTBOT_DOMAIN" "$value"
