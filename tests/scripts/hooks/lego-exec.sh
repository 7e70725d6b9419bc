#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# lego exec DNS provider (EXEC_PATH, default mode): called as
#   lego-exec.sh present|cleanup FQDN VALUE
# with FQDN "_acme-challenge.example.test." and VALUE the TXT value. Updates the knot fixture at
# $KNOT_DIR and returns once the record is served (signed), so lego may skip its own
# propagation check (--dns.disable-cp), which would query port 53 of the zone's NS.
set -euo pipefail
: "${KNOT_DIR:?KNOT_DIR (the knot fixture directory) is not set}"
fixture="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../support/dns" && pwd)/knot-fixture.sh"
action="${1:-}"
echo "lego-exec: $*" >&2
case "$action" in
present) exec bash "$fixture" add-txt "$KNOT_DIR" "$2" "$3" ;;
cleanup) exec bash "$fixture" del-txt "$KNOT_DIR" "$2" "$3" ;;
*)
    echo "lego-exec: unsupported action '$action'" >&2
    exit 2
    ;;
esac
