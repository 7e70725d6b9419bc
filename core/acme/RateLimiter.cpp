// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/RateLimiter.h"

#include "core/acme/RegisteredDomain.h"
#include "core/storage/Database.h"

#include <QHostAddress>
#include <QSet>

namespace {

const QString kAccountEvent = QStringLiteral("account");
const QString kCertificateEvent = QStringLiteral("certificate");

// The first key of PostgreSQL's two-key advisory locks: which kind of subject the second
// (a hash of the subject) is. A hash collision only makes two subjects wait for each other.
constexpr int kLockSpaceNewAccounts = 0x616e0001;
constexpr int kLockSpaceAccount = 0x616e0002;
constexpr int kLockSpaceCertificates = 0x616e0003;

qint64 secondsUntil(qint64 whenMs, qint64 now)
{
    return qMax<qint64>(1, (whenMs - now + 999) / 1000);
}

/** The distinct registered domains of the DNS identifiers (IP identifiers have none). */
QStringList registeredDomains(const QList<AcmeIdentifier> &identifiers)
{
    QStringList out;
    QSet<QString> seen;
    for (const AcmeIdentifier &id : identifiers) {
        if (id.type != QLatin1String("dns")) {
            continue;
        }
        const QString domain = RegisteredDomain::of(id.value);
        if (!seen.contains(domain)) {
            seen.insert(domain);
            out << domain;
        }
    }
    return out;
}

} // namespace

RateLimiter::RateLimiter(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

QString RateLimiter::addressKey(const QString &remoteAddress)
{
    QHostAddress address(remoteAddress);
    if (address.isNull()) {
        return remoteAddress;
    }
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QHostAddress(v4).toString();
    }
    // One IPv6 host usually owns a whole /64: count the network, not the address.
    Q_IPV6ADDR bytes = address.toIPv6Address();
    for (int i = 8; i < 16; ++i) {
        bytes[i] = 0;
    }
    return QHostAddress(bytes).toString() + QStringLiteral("/64");
}

VoidResult RateLimiter::lockKeys(int space, QStringList keys)
{
    if (m_db->isSqlite() || keys.isEmpty()) {
        return {}; // BEGIN IMMEDIATE: this transaction is the only writer until it ends
    }
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        Result<QSqlQuery> locked = m_db->exec(
            QStringLiteral("SELECT pg_advisory_xact_lock(CAST(:space AS integer), hashtext(CAST(:key AS text)))"),
            {{QStringLiteral("space"), space}, {QStringLiteral("key"), key}});
        if (!locked) {
            return locked.error();
        }
    }
    return {};
}

VoidResult RateLimiter::lockNewAccount(const AliasConfig &alias, const QString &remoteAddress)
{
    if (alias.rateLimitNewAccountsPerAddress <= 0) {
        return {};
    }
    return lockKeys(kLockSpaceNewAccounts, {alias.name + QLatin1Char('\n') + addressKey(remoteAddress)});
}

VoidResult RateLimiter::lockAccount(const AliasConfig &alias, const QString &accountId)
{
    if (alias.rateLimitNewOrdersPerAccount <= 0 && alias.rateLimitPendingAuthorizations <= 0
        && alias.rateLimitFailedValidations <= 0) {
        return {};
    }
    return lockKeys(kLockSpaceAccount, {accountId});
}

VoidResult RateLimiter::lockIssuance(const AliasConfig &alias, const QList<AcmeIdentifier> &identifiers)
{
    if (alias.rateLimitCertificatesPerDomain <= 0) {
        return {};
    }
    QStringList keys;
    for (const QString &domain : registeredDomains(identifiers)) {
        keys << alias.name + QLatin1Char('\n') + domain;
    }
    return lockKeys(kLockSpaceCertificates, keys);
}

RateLimiter::Check RateLimiter::windowLimit(const QString &fromWhere, const QVariantMap &args,
                                            const QString &timeColumn, int limit, int adding, qint64 windowMs,
                                            qint64 now, const QString &detail)
{
    QVariantMap bound = args;
    bound.insert(QStringLiteral("since"), now - windowMs);
    const QString where = QStringLiteral("%1 AND %2 > :since").arg(fromWhere, timeColumn);
    Result<QSqlQuery> counted = m_db->exec(QStringLiteral("SELECT COUNT(*) %1").arg(where), bound);
    if (!counted) {
        return counted.error();
    }
    const qint64 count = counted->next() ? counted->value(0).toLongLong() : 0;
    if (count + adding <= limit) {
        return std::optional<Refusal>();
    }
    if (adding > limit) {
        return std::optional<Refusal>(Refusal {detail, qMax<qint64>(1, windowMs / 1000)});
    }
    // The slot frees when the (count + adding - limit)-th oldest event in the window leaves it.
    bound.insert(QStringLiteral("skip"), count + adding - limit - 1);
    Result<QSqlQuery> oldest
        = m_db->exec(QStringLiteral("SELECT %1 %2 ORDER BY %1 LIMIT 1 OFFSET :skip").arg(timeColumn, where), bound);
    if (!oldest) {
        return oldest.error();
    }
    const qint64 at = oldest->next() ? oldest->value(0).toLongLong() : now;
    return std::optional<Refusal>(Refusal {detail, secondsUntil(at + windowMs, now)});
}

RateLimiter::Check RateLimiter::checkNewAccount(const AliasConfig &alias, const QString &remoteAddress, qint64 now)
{
    const int limit = alias.rateLimitNewAccountsPerAddress;
    if (limit <= 0) {
        return std::optional<Refusal>();
    }
    const QString key = addressKey(remoteAddress);
    return windowLimit(
        QStringLiteral("FROM rate_limit_events WHERE kind = :kind AND alias = :alias AND subject = :subject"),
        {{QStringLiteral("kind"), kAccountEvent},
         {QStringLiteral("alias"), alias.name},
         {QStringLiteral("subject"), key}},
        QStringLiteral("created_at"), limit, 1, alias.rateLimitNewAccountsWindow.ms(), now,
        QStringLiteral("Rate limit rateLimitNewAccountsPerAddress: at most %1 new accounts per client address "
                       "(%2) per %3")
            .arg(limit)
            .arg(key, alias.rateLimitNewAccountsWindow.toString()));
}

VoidResult RateLimiter::recordNewAccount(const AliasConfig &alias, const QString &remoteAddress, qint64 now)
{
    if (alias.rateLimitNewAccountsPerAddress <= 0) {
        return {};
    }
    return recordEvent(kAccountEvent, alias.name, addressKey(remoteAddress), now);
}

RateLimiter::Check RateLimiter::failedValidations(const AliasConfig &alias, const QString &accountId,
                                                  const AcmeIdentifier &id, qint64 now)
{
    const int limit = alias.rateLimitFailedValidations;
    if (limit <= 0) {
        return std::optional<Refusal>();
    }
    return windowLimit(
        QStringLiteral("FROM authorizations WHERE account_id = :a AND identifier_type = :t "
                       "AND identifier_value = :v AND status = 'invalid'"),
        {{QStringLiteral("a"), accountId}, {QStringLiteral("t"), id.type}, {QStringLiteral("v"), id.value}},
        QStringLiteral("updated_at"), limit, 1, kFailedValidationWindowMs, now,
        QStringLiteral("Rate limit rateLimitFailedValidations: at most %1 failed validations of %2 "
                       "per account per hour")
            .arg(limit)
            .arg(id.value));
}

RateLimiter::Check RateLimiter::pendingAuthorizations(const AliasConfig &alias, const QString &accountId, int adding,
                                                      qint64 now)
{
    const int limit = alias.rateLimitPendingAuthorizations;
    if (limit <= 0 || adding <= 0) {
        return std::optional<Refusal>();
    }
    const QString detail
        = QStringLiteral("Rate limit rateLimitPendingAuthorizations: at most %1 pending authorizations per account")
              .arg(limit);
    const QString where
        = QStringLiteral("FROM authorizations WHERE account_id = :a AND status = 'pending' AND expires > :now");
    QVariantMap args {{QStringLiteral("a"), accountId}, {QStringLiteral("now"), now}};
    Result<QSqlQuery> counted = m_db->exec(QStringLiteral("SELECT COUNT(*) %1").arg(where), args);
    if (!counted) {
        return counted.error();
    }
    const qint64 count = counted->next() ? counted->value(0).toLongLong() : 0;
    if (count + adding <= limit) {
        return std::optional<Refusal>();
    }
    if (adding > limit) {
        return std::optional<Refusal>(Refusal {detail, 3600});
    }
    // A slot frees when enough pending authorizations expire (or are finished sooner).
    args.insert(QStringLiteral("skip"), count + adding - limit - 1);
    Result<QSqlQuery> first
        = m_db->exec(QStringLiteral("SELECT expires %1 ORDER BY expires LIMIT 1 OFFSET :skip").arg(where), args);
    if (!first) {
        return first.error();
    }
    const qint64 at = first->next() ? first->value(0).toLongLong() : now;
    return std::optional<Refusal>(Refusal {detail, secondsUntil(at, now)});
}

RateLimiter::Check RateLimiter::checkNewOrder(const AliasConfig &alias, const QString &accountId,
                                              const QList<AcmeIdentifier> &identifiers, qint64 now)
{
    if (const int limit = alias.rateLimitNewOrdersPerAccount; limit > 0) {
        Check c = windowLimit(QStringLiteral("FROM orders WHERE account_id = :a"), {{QStringLiteral("a"), accountId}},
                              QStringLiteral("created_at"), limit, 1, alias.rateLimitNewOrdersWindow.ms(), now,
                              QStringLiteral("Rate limit rateLimitNewOrdersPerAccount: at most %1 new orders per "
                                             "account per %2")
                                  .arg(limit)
                                  .arg(alias.rateLimitNewOrdersWindow.toString()));
        if (!c || c->has_value()) {
            return c;
        }
    }
    for (const AcmeIdentifier &id : identifiers) {
        Check c = failedValidations(alias, accountId, id, now);
        if (!c || c->has_value()) {
            return c;
        }
    }
    // Authorizations the order may reuse are valid, not pending; counting every identifier as a
    // new pending one errs on the strict side by at most the order's size.
    if (Check c = pendingAuthorizations(alias, accountId, int(identifiers.size()), now); !c || c->has_value()) {
        return c;
    }
    return checkIssuance(alias, identifiers, now);
}

RateLimiter::Check RateLimiter::checkNewAuthorization(const AliasConfig &alias, const QString &accountId,
                                                      const AcmeIdentifier &identifier, qint64 now)
{
    if (Check c = failedValidations(alias, accountId, identifier, now); !c || c->has_value()) {
        return c;
    }
    return pendingAuthorizations(alias, accountId, 1, now);
}

RateLimiter::Check RateLimiter::checkIssuance(const AliasConfig &alias, const QList<AcmeIdentifier> &identifiers,
                                              qint64 now)
{
    const int limit = alias.rateLimitCertificatesPerDomain;
    if (limit <= 0) {
        return std::optional<Refusal>();
    }
    for (const QString &domain : registeredDomains(identifiers)) {
        Check c = windowLimit(
            QStringLiteral("FROM rate_limit_events WHERE kind = :kind AND alias = :alias AND subject = :subject"),
            {{QStringLiteral("kind"), kCertificateEvent},
             {QStringLiteral("alias"), alias.name},
             {QStringLiteral("subject"), domain}},
            QStringLiteral("created_at"), limit, 1, kCertificateWindowMs, now,
            QStringLiteral("Rate limit rateLimitCertificatesPerDomain: at most %1 certificates per registered "
                           "domain (%2) per week")
                .arg(limit)
                .arg(domain));
        if (!c || c->has_value()) {
            return c;
        }
    }
    return std::optional<Refusal>();
}

VoidResult RateLimiter::recordIssuance(const AliasConfig &alias, const QList<AcmeIdentifier> &identifiers, qint64 now)
{
    if (alias.rateLimitCertificatesPerDomain <= 0) {
        return {};
    }
    for (const QString &domain : registeredDomains(identifiers)) {
        if (VoidResult r = recordEvent(kCertificateEvent, alias.name, domain, now); !r) {
            return r;
        }
    }
    return {};
}

VoidResult RateLimiter::recordEvent(const QString &kind, const QString &alias, const QString &subject, qint64 now)
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("INSERT INTO rate_limit_events (kind, alias, subject, created_at) VALUES (:k, :a, :s, :t)"),
        {{QStringLiteral("k"), kind},
         {QStringLiteral("a"), alias},
         {QStringLiteral("s"), subject},
         {QStringLiteral("t"), now}});
    if (!q) {
        return q.error();
    }
    // At most once an hour per process, drop events no window can still count.
    const qint64 last = m_lastPrune.loadRelaxed();
    if (now - last >= 3600LL * 1000 && m_lastPrune.testAndSetRelaxed(last, now)) {
        Result<QSqlQuery> pruned
            = m_db->exec(QStringLiteral("DELETE FROM rate_limit_events WHERE created_at < :cutoff"),
                         {{QStringLiteral("cutoff"), now - kEventRetentionMs}});
        if (!pruned) {
            return pruned.error();
        }
    }
    return {};
}
