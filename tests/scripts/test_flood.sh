#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Floods and slow clients while honest clients run (issue 7), scaled down for the suite: 400
# slow connections (most silent, a fifth trickling header bytes after a TLS handshake) and
# repeated 100 MB bodies while anvil-bench runs issuance flows and lego gets a certificate.
# Every honest flow and lego must succeed and every 100 MB body must get its 413 before it is
# sent whole; latency and throughput are reported, not asserted (the suite shares a loaded box).
# The full-size run is tests/scripts/flood.sh.

export ANVIL_FLOOD_CONNECTIONS="${ANVIL_FLOOD_CONNECTIONS:-400}"
export ANVIL_FLOOD_RATE="${ANVIL_FLOOD_RATE:-200}"
export ANVIL_FLOOD_SECONDS="${ANVIL_FLOOD_SECONDS:-8}"
export ANVIL_FLOOD_BASELINE_SECONDS="${ANVIL_FLOOD_BASELINE_SECONDS:-3}"
export ANVIL_FLOOD_LEGO="${ANVIL_FLOOD_LEGO:-1}"
export ANVIL_FLOOD_STRICT="${ANVIL_FLOOD_STRICT:-0}"
exec bash "$(dirname "${BASH_SOURCE[0]}")/flood.sh" "$@"
