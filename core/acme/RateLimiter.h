// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeIdentifiers.h"
#include "core/config/AliasConfig.h"
#include "core/util/Result.h"

#include <QAtomicInteger>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

class Database;

/**
 * The per-alias rate limits of issue #7, counted in SQL so that every node sharing a PostgreSQL
 * database sees the same counts. A limit of 0 is off and costs no query.
 *
 * | limit                                      | counted from                           |
 * |--------------------------------------------|----------------------------------------|
 * | new accounts per client address per window | rate_limit_events kind 'account'       |
 * | new orders per account per window          | orders (account_id, created_at)        |
 * | certificates per registered domain / 7 d   | rate_limit_events kind 'certificate'   |
 * | failed validations per account, identifier | authorizations 'invalid' in the last h |
 * | pending authorizations per account         | authorizations 'pending', not expired  |
 *
 * A check and the write it counts are one atomic step: the engine checks inside the transaction
 * that records, after taking the limit's lock (lockNewAccount(), lockAccount(), lockIssuance()),
 * so N concurrent requests against a limit of K let exactly K through, on every node sharing the
 * database. On SQLite the transaction's own write lock (BEGIN IMMEDIATE) already serializes every
 * writer, so the lock calls cost nothing there; on PostgreSQL (READ COMMITTED, where two
 * transactions would both count the same rows) they take transaction-scoped advisory locks, one
 * per counted subject, so only requests counting against the same subject wait for each other.
 */
class RateLimiter
{
public:
    /** A limit that refuses the request: the detail names it, retryAfter says when a slot frees. */
    struct Refusal
    {
        QString detail;
        qint64 retryAfterSeconds = 1;
    };
    using Check = Result<std::optional<Refusal>>;

    static constexpr qint64 kCertificateWindowMs = 7LL * 24 * 3600 * 1000;
    static constexpr qint64 kFailedValidationWindowMs = 3600LL * 1000;
    /** Events older than this are deleted (the longest configurable window is 30 days). */
    static constexpr qint64 kEventRetentionMs = 31LL * 24 * 3600 * 1000;

    explicit RateLimiter(std::shared_ptr<Database> db);

    /** The key new-account counting uses: the address itself, or its /64 network for IPv6. */
    static QString addressKey(const QString &remoteAddress);

    /**
     * In the transaction that will record a new account, before checkNewAccount(): serializes
     * the requests counted against this address until the transaction ends.
     */
    VoidResult lockNewAccount(const AliasConfig &alias, const QString &remoteAddress);
    /**
     * In the transaction that will create an order or authorization for the account, before
     * checkNewOrder() or checkNewAuthorization().
     */
    VoidResult lockAccount(const AliasConfig &alias, const QString &accountId);
    /** In the transaction that will record an issuance, before checkIssuance(). */
    VoidResult lockIssuance(const AliasConfig &alias, const QList<AcmeIdentifier> &identifiers);

    /** Before a new account is created for `remoteAddress` (in its transaction, see lockNewAccount()). */
    Check checkNewAccount(const AliasConfig &alias, const QString &remoteAddress, qint64 now);
    /** In the transaction that created the account. */
    VoidResult recordNewAccount(const AliasConfig &alias, const QString &remoteAddress, qint64 now);

    /** Before a new order: orders per account, failed validations, pending authorizations, certificates. */
    Check checkNewOrder(const AliasConfig &alias, const QString &accountId, const QList<AcmeIdentifier> &identifiers,
                        qint64 now);
    /** Before a pre-authorization (RFC 8555 §7.4.1): failed validations and pending authorizations. */
    Check checkNewAuthorization(const AliasConfig &alias, const QString &accountId, const AcmeIdentifier &identifier,
                                qint64 now);
    /** Before an order is finalized: certificates per registered domain. */
    Check checkIssuance(const AliasConfig &alias, const QList<AcmeIdentifier> &identifiers, qint64 now);
    /** In the transaction that stored the certificate. */
    VoidResult recordIssuance(const AliasConfig &alias, const QList<AcmeIdentifier> &identifiers, qint64 now);

private:
    /** PostgreSQL: pg_advisory_xact_lock for each key (sorted, so two lockers never deadlock). */
    VoidResult lockKeys(int space, QStringList keys);
    /** Counts rows of `sql` (":since" bound) and, when `limit` is reached, finds when a slot frees. */
    Check windowLimit(const QString &fromWhere, const QVariantMap &args, const QString &timeColumn, int limit,
                      int adding, qint64 windowMs, qint64 now, const QString &detail);
    Check failedValidations(const AliasConfig &alias, const QString &accountId, const AcmeIdentifier &id, qint64 now);
    Check pendingAuthorizations(const AliasConfig &alias, const QString &accountId, int adding, qint64 now);
    VoidResult recordEvent(const QString &kind, const QString &alias, const QString &subject, qint64 now);

    std::shared_ptr<Database> m_db;
    QAtomicInteger<qint64> m_lastPrune = 0;
};
