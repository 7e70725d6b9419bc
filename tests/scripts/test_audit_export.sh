#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `anvil audit export` (issue 7): CSV and JSON copies of the audit log, owner-only, with every
# record and its chain hashes; --since narrows it; the export itself is audited; bad options fail.

. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

t_require jq

t_step "a data directory with some admin actions"
t_anvil_init
t_anvil alias add rel-one >/dev/null
t_alias_set rel-one orderValidity 2h
t_anvil alias add "rel-two" >/dev/null
records="$(t_anvil audit list 100000 | wc -l)"
[ "$records" -ge 3 ] || t_fail "expected at least 3 audit records, found $records"

t_step "JSON"
umask 022 # owner-only must not depend on the caller's umask
out="$(t_anvil audit export --format json "$T_WORK/audit.json")" || t_fail "audit export --format json: $out"
[ "$(stat -c %a "$T_WORK/audit.json")" = 600 ] || t_fail "audit.json is $(stat -c %a "$T_WORK/audit.json"), not 600"
[ "$(t_json "$T_WORK/audit.json" 'length')" = "$records" ] || t_fail "audit.json does not hold $records records"
t_json "$T_WORK/audit.json" '.[0].prevHash' | grep -qx genesis || t_fail "the first record does not start the chain"
# Each record's prevHash is the hash before it: the copy carries the chain.
t_json "$T_WORK/audit.json" '[range(1; length) as $i | .[$i].prevHash == .[$i - 1].hash] | all' | grep -qx true ||
    t_fail "the chain hashes in audit.json do not link"
t_json "$T_WORK/audit.json" '[.[].action] | index("alias.update") != null' | grep -qx true ||
    t_fail "alias.update missing from the export"
t_log "ok: $records records, 0600, chain links"

t_step "CSV, replacing a world-readable file"
echo old >"$T_WORK/audit.csv"
chmod 644 "$T_WORK/audit.csv"
out="$(t_anvil audit export "$T_WORK/audit.csv")" || t_fail "audit export: $out"
[ "$(stat -c %a "$T_WORK/audit.csv")" = 600 ] || t_fail "audit.csv is $(stat -c %a "$T_WORK/audit.csv"), not 600"
head -n 1 "$T_WORK/audit.csv" | tr -d '\r' | grep -qx 'seq,time,actor,action,object,details,prev_hash,hash' ||
    t_fail "audit.csv has no header row"
# The JSON export before it is on the record now, so one more.
[ "$(($(wc -l <"$T_WORK/audit.csv") - 1))" = $((records + 1)) ] || t_fail "audit.csv does not hold $((records + 1)) records"
t_anvil audit list 1 | grep -q "audit.export" || t_fail "the export is not in the audit log"
t_log "ok: CSV with header, the export audited"

t_step "--since"
out="$(t_anvil audit export --format json --since 1h "$T_WORK/recent.json")" || t_fail "--since 1h: $out"
[ "$(t_json "$T_WORK/recent.json" 'length')" -ge "$records" ] || t_fail "--since 1h dropped recent records"
out="$(t_anvil audit export --format json --since 2999-01-01 "$T_WORK/none.json")" || t_fail "--since DATE: $out"
[ "$(t_json "$T_WORK/none.json" 'length')" = 0 ] || t_fail "--since in the future exported records"
t_log "ok: --since filters"

t_step "bad options fail"
if t_anvil audit export --format xml "$T_WORK/x" >/dev/null 2>&1; then t_fail "--format xml accepted"; fi
if t_anvil audit export --since yesterday "$T_WORK/x" >/dev/null 2>&1; then t_fail "--since yesterday accepted"; fi
if t_anvil audit export >/dev/null 2>&1; then t_fail "audit export without a file accepted"; fi
if t_anvil audit export "$T_WORK/no/such/dir/x.csv" >/dev/null 2>&1; then t_fail "unwritable target accepted"; fi
[ ! -e "$T_WORK/x" ] || t_fail "a refused export wrote a file"
t_log "ok: refused"
