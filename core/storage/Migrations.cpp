// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Migrations.h"

namespace {

QStringList version1()
{
    return {
        // Global protocol settings: acme.enabled, acme.defaultAlias, acme.nonceValidityMs, ...
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL, "
                       "updated_at BIGINT NOT NULL)"),
        // One row per ACME alias; `config` is the typed AliasConfig as JSON (validated in core/config).
        QStringLiteral("CREATE TABLE aliases (name TEXT PRIMARY KEY, config TEXT NOT NULL, "
                       "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE cas (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, subject_dn TEXT NOT NULL, "
                       "issuer_ca_id TEXT REFERENCES cas(id), cert_der {BLOB} NOT NULL, key_enc {BLOB}, "
                       "key_type TEXT NOT NULL, serial TEXT NOT NULL, not_before BIGINT NOT NULL, "
                       "not_after BIGINT NOT NULL, crl_number BIGINT NOT NULL DEFAULT 0, "
                       "renew_early_at BIGINT, created_at BIGINT NOT NULL)"),
        // Extra chains for a CA (cross-signed roots): RFC 8555 §7.4.2 alternate links.
        QStringLiteral("CREATE TABLE ca_chains (id TEXT PRIMARY KEY, ca_id TEXT NOT NULL REFERENCES cas(id), "
                       "root_subject_dn TEXT NOT NULL, chain_pem TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE certificate_profiles (name TEXT PRIMARY KEY, config TEXT NOT NULL, "
                       "updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE end_entity_profiles (name TEXT PRIMARY KEY, config TEXT NOT NULL, "
                       "updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE end_entities (username TEXT PRIMARY KEY, ee_profile TEXT NOT NULL, "
                       "cert_profile TEXT NOT NULL, ca_id TEXT NOT NULL, subject_dn TEXT NOT NULL, "
                       "subject_alt_names TEXT NOT NULL, email TEXT, status TEXT NOT NULL, "
                       "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE TABLE accounts (id TEXT PRIMARY KEY, alias TEXT NOT NULL, "
                       "key_thumbprint TEXT NOT NULL UNIQUE, jwk TEXT NOT NULL, status TEXT NOT NULL, "
                       "contact TEXT NOT NULL, tos_agreed_url TEXT, tos_agreed_at BIGINT, eab_key_id TEXT, "
                       "client_cert_subject TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX accounts_alias ON accounts(alias, created_at)"),
        QStringLiteral("CREATE TABLE orders (id TEXT PRIMARY KEY, account_id TEXT NOT NULL REFERENCES accounts(id), "
                       "alias TEXT NOT NULL, status TEXT NOT NULL, identifiers TEXT NOT NULL, not_before BIGINT, "
                       "not_after BIGINT, expires BIGINT NOT NULL, error TEXT, certificate_id TEXT, profile TEXT, "
                       "replaces TEXT, end_entity TEXT, created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX orders_account ON orders(account_id, created_at)"),
        QStringLiteral("CREATE INDEX orders_status ON orders(status, updated_at)"),
        QStringLiteral("CREATE TABLE authorizations (id TEXT PRIMARY KEY, "
                       "account_id TEXT NOT NULL REFERENCES accounts(id), alias TEXT NOT NULL, "
                       "identifier_type TEXT NOT NULL, identifier_value TEXT NOT NULL, "
                       "wildcard INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, expires BIGINT NOT NULL, "
                       "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX authz_reuse ON authorizations(account_id, identifier_type, identifier_value, "
                       "status)"),
        QStringLiteral("CREATE TABLE order_authorizations (order_id TEXT NOT NULL REFERENCES orders(id), "
                       "authz_id TEXT NOT NULL REFERENCES authorizations(id), position INTEGER NOT NULL, "
                       "PRIMARY KEY (order_id, authz_id))"),
        QStringLiteral("CREATE INDEX order_authz_by_authz ON order_authorizations(authz_id)"),
        QStringLiteral("CREATE TABLE challenges (id TEXT PRIMARY KEY, "
                       "authz_id TEXT NOT NULL REFERENCES authorizations(id), type TEXT NOT NULL, "
                       "token TEXT NOT NULL, status TEXT NOT NULL, validated_at BIGINT, error TEXT, "
                       "created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX challenges_authz ON challenges(authz_id)"),
        QStringLiteral("CREATE TABLE certificates (id TEXT PRIMARY KEY, serial TEXT NOT NULL UNIQUE, "
                       "ca_id TEXT NOT NULL REFERENCES cas(id), order_id TEXT, account_id TEXT, end_entity TEXT, "
                       "cert_profile TEXT, subject_dn TEXT NOT NULL, sans TEXT NOT NULL, der {BLOB} NOT NULL, "
                       "not_before BIGINT NOT NULL, not_after BIGINT NOT NULL, status TEXT NOT NULL, "
                       "revoked_at BIGINT, revocation_reason INTEGER, renew_early_at BIGINT, "
                       "created_at BIGINT NOT NULL)"),
        // No order ever gets two certificates (issue #7 crash consistency).
        QStringLiteral("CREATE UNIQUE INDEX certificates_order ON certificates(order_id)"),
        QStringLiteral("CREATE INDEX certificates_ca_status ON certificates(ca_id, status)"),
        QStringLiteral("CREATE INDEX certificates_account ON certificates(account_id)"),
        QStringLiteral("CREATE INDEX certificates_end_entity ON certificates(end_entity)"),
        QStringLiteral("CREATE INDEX certificates_created ON certificates(created_at)"),
        QStringLiteral("CREATE INDEX certificates_subject ON certificates(subject_dn)"),
        QStringLiteral("CREATE TABLE eab_keys (id TEXT PRIMARY KEY, alias TEXT NOT NULL, "
                       "key_identifier TEXT NOT NULL, label TEXT, type TEXT NOT NULL, mac_algorithm TEXT, "
                       "key_material {BLOB}, encrypted INTEGER NOT NULL DEFAULT 0, public_key_pem TEXT, "
                       "fingerprint TEXT, signature_algorithm TEXT, expires_at BIGINT, "
                       "single_use INTEGER NOT NULL DEFAULT 0, revoked_at BIGINT, created_at BIGINT NOT NULL, "
                       "UNIQUE (alias, key_identifier))"),
        QStringLiteral("CREATE TABLE tos_versions (id {SERIAL_PK}, alias TEXT NOT NULL, url TEXT NOT NULL, "
                       "changes_url TEXT, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX tos_versions_alias ON tos_versions(alias, id)"),
        QStringLiteral("CREATE TABLE approval_requests (id TEXT PRIMARY KEY, alias TEXT NOT NULL, "
                       "kind TEXT NOT NULL, key_thumbprint TEXT NOT NULL, account_id TEXT, payload TEXT NOT NULL, "
                       "status TEXT NOT NULL, created_at BIGINT NOT NULL, expires_at BIGINT NOT NULL, "
                       "decided_at BIGINT, decided_by TEXT, comment TEXT)"),
        QStringLiteral("CREATE INDEX approvals_lookup ON approval_requests(kind, key_thumbprint, created_at)"),
        QStringLiteral("CREATE TABLE nonces (value TEXT PRIMARY KEY, expires BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX nonces_expires ON nonces(expires)"),
        // Append-only, hash-chained (issue #7): hash = SHA-256(prev_hash || canonical row).
        QStringLiteral("CREATE TABLE audit_log (seq {SERIAL_PK}, ts BIGINT NOT NULL, actor TEXT NOT NULL, "
                       "action TEXT NOT NULL, object TEXT, details TEXT, prev_hash TEXT NOT NULL, "
                       "hash TEXT NOT NULL)"),
    };
}

/** Account governance (issue #4): single-use EAB keys, client-certificate access rules, approval lists. */
QStringList version2()
{
    return {
        // First binding of an EAB key; a single-use key is claimed by the UPDATE that sets it.
        QStringLiteral("ALTER TABLE eab_keys ADD COLUMN used_at BIGINT"),
        QStringLiteral("CREATE INDEX accounts_eab ON accounts(alias, eab_key_id)"),
        QStringLiteral("CREATE INDEX approvals_status ON approval_requests(status, created_at)"),
        // Which client certificates (by subject DN or SHA-256 fingerprint) may use an alias that
        // requires one; effect is 'allow' or 'deny'.
        QStringLiteral("CREATE TABLE client_cert_rules (id TEXT PRIMARY KEY, alias TEXT NOT NULL, "
                       "match_type TEXT NOT NULL, match_value TEXT NOT NULL, effect TEXT NOT NULL, "
                       "created_at BIGINT NOT NULL, created_by TEXT NOT NULL, "
                       "UNIQUE (alias, match_type, match_value))"),
    };
}

/** Protocol features beyond the reference (issue #8). */
QStringList version3()
{
    return {
        // RFC 9773 §5: newOrder and finalize look up whether a certificate was already replaced.
        QStringLiteral("CREATE INDEX orders_replaces ON orders(replaces)"),
        // One delegated OCSP responder per CA (RFC 6960 §4.2.2.2); its key sealed with the master
        // key like CA keys (AAD "ocsp:" + CA id).
        QStringLiteral("CREATE TABLE ocsp_responders (ca_id TEXT PRIMARY KEY REFERENCES cas(id), "
                       "cert_der {BLOB} NOT NULL, key_enc {BLOB} NOT NULL, not_after BIGINT NOT NULL, "
                       "created_at BIGINT NOT NULL)"),
    };
}

/**
 * Rate limits (issue #7). Events the other tables can't count: new accounts per client
 * address and certificates per registered domain, one row each, pruned after the longest window.
 */
QStringList version4()
{
    return {
        QStringLiteral("CREATE TABLE rate_limit_events (kind TEXT NOT NULL, alias TEXT NOT NULL, "
                       "subject TEXT NOT NULL, created_at BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX rate_limit_events_lookup ON rate_limit_events(kind, alias, subject, created_at)"),
        QStringLiteral("CREATE INDEX rate_limit_events_created ON rate_limit_events(created_at)"),
        // Pending authorizations per account; failed validations use authz_reuse, new orders orders_account.
        QStringLiteral("CREATE INDEX authz_pending ON authorizations(account_id, status, expires)"),
    };
}

/**
 * The console's orders browser (issue #5): newest first over a million orders, every page a range
 * scan on (created_at, id), also within one status. Measured on SQLite with 1,000,000 orders:
 * a deep page took 2.4 s with an index on created_at alone (an OR cursor and a sort), 0.3 ms now.
 */
QStringList version5()
{
    return {
        QStringLiteral("CREATE INDEX orders_created ON orders(created_at, id)"),
        QStringLiteral("CREATE INDEX orders_status_created ON orders(status, created_at, id)"),
    };
}

/**
 * The console's certificates and accounts browsers (issue #5), paged like the orders in version 5:
 * newest first on (created_at, id), also within the status (and, for accounts, alias) filters the
 * pages offer. The indexes on created_at alone and on (alias, created_at) become prefixes of the
 * new ones, so they are replaced rather than kept beside them.
 */
QStringList version6()
{
    return {
        QStringLiteral("DROP INDEX certificates_created"),
        QStringLiteral("CREATE INDEX certificates_created ON certificates(created_at, id)"),
        QStringLiteral("CREATE INDEX certificates_status_created ON certificates(status, created_at, id)"),
        QStringLiteral("DROP INDEX accounts_alias"),
        QStringLiteral("CREATE INDEX accounts_alias ON accounts(alias, created_at, id)"),
        QStringLiteral("CREATE INDEX accounts_created ON accounts(created_at, id)"),
        QStringLiteral("CREATE INDEX accounts_status_created ON accounts(status, created_at, id)"),
    };
}

/** The dashboard's failed-validation history and recent errors without reading every challenge. */
QStringList version7()
{
    return {
        QStringLiteral("CREATE INDEX challenges_status_updated ON challenges(status, updated_at)"),
    };
}

/**
 * The account URL (and dns-persist-01 account hash prefix) a validation was started with, so
 * that a validation interrupted by a crash can be run again by any node with the same task (CAA
 * accounturi and the dns-persist-01 hash need them).
 */
QStringList version8()
{
    return {
        QStringLiteral("ALTER TABLE challenges ADD COLUMN account_url TEXT"),
        QStringLiteral("ALTER TABLE challenges ADD COLUMN account_hash_prefix TEXT"),
    };
}

/**
 * dns-persist-01 (draft-ietf-acme-dns-persist-02 §4.2): the thumbprints of the keys each account
 * used before its current one, so a record computed under an earlier key still validates after a
 * key change. Kept for the account's lifetime; the newest retirement is tried first.
 */
QStringList version9()
{
    return {
        QStringLiteral("CREATE TABLE account_key_history (account_id TEXT NOT NULL REFERENCES accounts(id), "
                       "thumbprint TEXT NOT NULL, retired_at BIGINT NOT NULL, PRIMARY KEY (account_id, thumbprint))"),
    };
}

/**
 * Per-order approval queue (issue #8): a held order keeps its checked CSR and the approval request
 * that releases it; the approval names its order.
 */
QStringList version10()
{
    return {
        QStringLiteral("ALTER TABLE orders ADD COLUMN held_csr TEXT"),
        QStringLiteral("ALTER TABLE orders ADD COLUMN approval_id TEXT"),
        QStringLiteral("ALTER TABLE approval_requests ADD COLUMN order_id TEXT"),
        QStringLiteral("CREATE INDEX approvals_order ON approval_requests(order_id)"),
    };
}

/**
 * Fewer index pages written per issuance (issue #6). Every index a row change touches is one more
 * page appended to the WAL at commit (and copied again at checkpoint); a flow wrote about 59.
 * Three indexes took every row and moved on every status change, for readers that look at a few:
 * - orders(status, updated_at): only 'processing' orders are read by status and update time
 *   (finalizations interrupted by a crash, held orders), and orders_status_created finds those
 *   as well: dropped.
 * - orders(replaces): RFC 9773 looks up one non-null value and nearly every order has none:
 *   partial, without the nulls.
 * - challenges(status, updated_at): only 'processing' (validations interrupted by a crash) and
 *   'invalid' (the dashboard's failures) are read: one partial index for each.
 * - authorizations(account_id, identifier_type, identifier_value, status): read for 'valid'
 *   (reuse) and 'invalid' (the failed-validation limit), never for 'pending': partial, so a new
 *   authorization is not written to it until it is decided. It gains `expires`: without it SQLite
 *   answered the reuse lookup (valid, unexpired, latest expiry first) from authz_pending, walking
 *   every valid authorization of the account (thousands for one busy ACME client, and more each
 *   hour) instead of the one identifier's.
 * - authorizations(account_id, status, expires): read for 'pending' only (the pending limit):
 *   partial, on (account_id, expires), so a decided authorization leaves it.
 * - certificates(ca_id, status): only a CA's revoked certificates are read (CRLs, their count),
 *   and certificates_status_created finds those as well: dropped.
 * - certificates(subject_dn): no statement compares a subject for equality (the console searches
 *   with LIKE '%…%', which no index serves): dropped.
 * The readers name the status as a literal, which is what lets SQLite (and PostgreSQL) prove
 * that a partial index covers them.
 * Measured with anvil-bench (16 clients): pwrite calls per flow 118 -> 106.
 */
QStringList version11()
{
    return {
        QStringLiteral("DROP INDEX orders_status"),
        QStringLiteral("DROP INDEX orders_replaces"),
        QStringLiteral("CREATE INDEX orders_replaces ON orders(replaces) WHERE replaces IS NOT NULL"),
        QStringLiteral("DROP INDEX challenges_status_updated"),
        QStringLiteral("CREATE INDEX challenges_processing ON challenges(updated_at) WHERE status = 'processing'"),
        QStringLiteral("CREATE INDEX challenges_invalid ON challenges(updated_at) WHERE status = 'invalid'"),
        QStringLiteral("DROP INDEX authz_reuse"),
        QStringLiteral("CREATE INDEX authz_reuse ON authorizations(account_id, identifier_type, identifier_value, "
                       "status, expires) WHERE status = 'valid' OR status = 'invalid'"),
        QStringLiteral("DROP INDEX authz_pending"),
        QStringLiteral("CREATE INDEX authz_pending ON authorizations(account_id, expires) WHERE status = 'pending'"),
        QStringLiteral("DROP INDEX certificates_ca_status"),
        QStringLiteral("DROP INDEX certificates_subject"),
    };
}

/**
 * One alternate chain per CA and root. CaService refuses a second chain to a root the CA already
 * reaches, but two administrators adding the same chain at the same instant could both pass that
 * check; the index makes the second insert fail instead. Duplicates such a race may already have
 * stored go first (the older chain stays: it is the one ACME clients were served first).
 */
QStringList version12()
{
    return {
        QStringLiteral("DELETE FROM ca_chains WHERE EXISTS (SELECT 1 FROM ca_chains o WHERE o.ca_id = ca_chains.ca_id "
                       "AND o.root_subject_dn = ca_chains.root_subject_dn AND (o.created_at < ca_chains.created_at "
                       "OR (o.created_at = ca_chains.created_at AND o.id < ca_chains.id)))"),
        QStringLiteral("CREATE UNIQUE INDEX ca_chains_root ON ca_chains(ca_id, root_subject_dn)"),
    };
}

} // namespace

const QVector<QStringList> &Migrations::versions()
{
    static const QVector<QStringList> all {version1(), version2(), version3(), version4(),  version5(),  version6(),
                                           version7(), version8(), version9(), version10(), version11(), version12()};
    return all;
}
