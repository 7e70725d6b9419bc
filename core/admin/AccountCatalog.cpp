// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/AccountCatalog.h"

#include "core/storage/AccountRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace {

const char *const kColumns = "id, alias, status, contact, key_thumbprint, tos_agreed_url, tos_agreed_at, eab_key_id, "
                             "client_cert_subject, created_at, updated_at";

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

AccountSummary summaryFrom(const QSqlQuery &q)
{
    AccountSummary s;
    s.id = AccountId(q.value(0).toString());
    s.alias = q.value(1).toString();
    s.status = q.value(2).toString();
    const QJsonArray contacts = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array();
    for (const QJsonValue &c : contacts) {
        s.contacts << c.toString();
    }
    s.keyThumbprint = q.value(4).toString();
    s.termsOfServiceUrl = q.value(5).toString();
    s.termsOfServiceAgreedAt = timeOf(q.value(6));
    s.eabKeyId = q.value(7).toString();
    s.clientCertificateSubject = q.value(8).toString();
    s.createdAt = timeOf(q.value(9));
    s.updatedAt = timeOf(q.value(10));
    return s;
}

/** The WHERE clause shared by list() and count(). */
QString filterClause(const AccountFilter &filter, QVariantMap &args)
{
    QStringList where;
    if (!filter.text.isEmpty()) {
        const QString like = QLatin1Char('%') + filter.text + QLatin1Char('%');
        where << QStringLiteral("(id LIKE :t1 OR contact LIKE :t2 OR key_thumbprint LIKE :t3)");
        args.insert(QStringLiteral("t1"), like);
        args.insert(QStringLiteral("t2"), like);
        args.insert(QStringLiteral("t3"), like);
    }
    if (!filter.alias.isEmpty()) {
        where << QStringLiteral("alias = :alias");
        args.insert(QStringLiteral("alias"), filter.alias);
    }
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("status = :status");
        args.insert(QStringLiteral("status"), filter.status);
    }
    return where.join(QStringLiteral(" AND "));
}

Result<qint64> scalar(Database &db, const QString &sql, const QVariantMap &args)
{
    Result<QSqlQuery> q = db.exec(sql, args);
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

AccountCatalog::AccountCatalog(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(std::make_unique<AuditLog>(m_db, clock))
{
}

AccountCatalog::~AccountCatalog() = default;

Result<Page<AccountSummary>> AccountCatalog::list(const AccountFilter &filter, const AccountSummary *after,
                                                  int limit) const
{
    QVariantMap args;
    QStringList where;
    if (const QString f = filterClause(filter, args); !f.isEmpty()) {
        where << f;
    }
    if (after) {
        // Keyset paging with a row value on (created_at, id), both descending: one range scan of
        // accounts_created (accounts_alias, accounts_status_created under those filters),
        // so deep pages cost what the first one does.
        where << QStringLiteral("(created_at, id) < (:cAt, :cId)");
        args.insert(QStringLiteral("cAt"), after->createdAt.toMSecsSinceEpoch());
        args.insert(QStringLiteral("cId"), after->id.value());
    }
    args.insert(QStringLiteral("lim"), limit + 1);
    const QString sql
        = QStringLiteral("SELECT %1 FROM accounts %2 ORDER BY created_at DESC, id DESC LIMIT :lim")
              .arg(QLatin1String(kColumns),
                   where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")));
    Result<QSqlQuery> q = m_db->exec(sql, args);
    if (!q) {
        return q.error();
    }
    Page<AccountSummary> page;
    while (q->next()) {
        if (page.rows.size() == limit) {
            page.more = true;
            break;
        }
        page.rows << summaryFrom(*q);
    }
    return page;
}

Result<qint64> AccountCatalog::count(const AccountFilter &filter) const
{
    QVariantMap args;
    const QString f = filterClause(filter, args);
    return scalar(
        *m_db,
        QStringLiteral("SELECT count(*) FROM accounts %1").arg(f.isEmpty() ? QString() : QStringLiteral("WHERE ") + f),
        args);
}

Result<AccountDetails> AccountCatalog::details(const AccountId &id) const
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT %1, jwk FROM accounts WHERE id = :id").arg(QLatin1String(kColumns)),
                     {{QStringLiteral("id"), id.value()}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No account %1").arg(id.value()));
    }
    AccountDetails d;
    d.summary = summaryFrom(*q);
    d.jwk = q->value(11).toString();
    const QVariantMap byAccount {{QStringLiteral("a"), id.value()}};
    Result<qint64> orders
        = scalar(*m_db, QStringLiteral("SELECT count(*) FROM orders WHERE account_id = :a"), byAccount);
    Result<qint64> valid = scalar(
        *m_db, QStringLiteral("SELECT count(*) FROM orders WHERE account_id = :a AND status = 'valid'"), byAccount);
    Result<qint64> certificates
        = scalar(*m_db, QStringLiteral("SELECT count(*) FROM certificates WHERE account_id = :a"), byAccount);
    for (const Result<qint64> *r : {&orders, &valid, &certificates}) {
        if (!*r) {
            return r->error();
        }
    }
    d.orders = *orders;
    d.validOrders = *valid;
    d.certificates = *certificates;
    return d;
}

Result<AccountSummary> AccountCatalog::deactivate(const AccountId &id, const QString &actor)
{
    const qint64 now = m_clock.nowMs();
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        Result<QSqlQuery> q = m_db->exec(QStringLiteral("UPDATE accounts SET status = 'deactivated', updated_at = :t "
                                                        "WHERE id = :id AND status = 'valid'"),
                                         {{QStringLiteral("t"), now}, {QStringLiteral("id"), id.value()}});
        if (!q) {
            return q.error();
        }
        AccountRepository(m_db).announceChange(); // the protocol engine keeps account rows in memory
        if (q->numRowsAffected() != 1) {
            Result<AccountDetails> existing = details(id);
            if (!existing) {
                return existing.error();
            }
            return CoreError(CoreError::Code::Conflict,
                             QStringLiteral("Account %1 is %2, not valid").arg(id.value(), existing->summary.status));
        }
        // RFC 8555 §7.3.6: deactivation is final; pending authorizations go with it (as AcmeEngine does).
        Result<QSqlQuery> authz
            = m_db->exec(QStringLiteral("UPDATE authorizations SET status = 'deactivated', updated_at = :t "
                                        "WHERE account_id = :a AND status IN ('pending', 'valid')"),
                         {{QStringLiteral("t"), now}, {QStringLiteral("a"), id.value()}});
        if (!authz) {
            return authz.error();
        }
        return m_audit->append(actor, QStringLiteral("account.deactivate"), id.value());
    });
    if (!r) {
        return r.error();
    }
    Result<AccountDetails> after = details(id);
    if (!after) {
        return after.error();
    }
    return after->summary;
}
