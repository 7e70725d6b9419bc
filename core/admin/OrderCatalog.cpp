// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/OrderCatalog.h"

#include "core/storage/Database.h"
#include "core/storage/OrderRepository.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

const char *const kColumns = "o.id, o.account_id, o.alias, o.status, o.identifiers, o.profile, o.certificate_id, "
                             "o.expires, o.created_at, o.updated_at, o.approval_id, o.held_csr IS NOT NULL, "
                             // Only a held order's request is looked up: a browse of a million orders
                             // must not pay a lookup per row.
                             "CASE WHEN o.held_csr IS NOT NULL "
                             "THEN (SELECT r.status FROM approval_requests r WHERE r.id = o.approval_id) END";
constexpr int kColumnCount = 13; // details() reads its own columns after these

QDateTime timeOf(qint64 ms)
{
    return ms == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : timeOf(v.toLongLong());
}

QStringList identifiersFrom(const QString &json)
{
    QStringList out;
    for (const QJsonValue &v : QJsonDocument::fromJson(json.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        out << o.value(QLatin1String("type")).toString() + QLatin1Char(':')
                + o.value(QLatin1String("value")).toString();
    }
    return out;
}

OrderSummary summaryFrom(const QSqlQuery &q)
{
    OrderSummary s;
    s.id = OrderId(q.value(0).toString());
    s.accountId = AccountId(q.value(1).toString());
    s.alias = q.value(2).toString();
    s.status = q.value(3).toString();
    s.identifiers = identifiersFrom(q.value(4).toString());
    s.profile = q.value(5).toString();
    s.certificateId = CertificateId(q.value(6).toString());
    s.expires = timeOf(q.value(7));
    s.createdAt = timeOf(q.value(8));
    s.updatedAt = timeOf(q.value(9));
    s.approvalId = q.value(10).toString();
    // The CSR is kept while the request is undecided: issuance clears it, rejection or expiry fails the order.
    // Between a decision and the server's next pass over held orders (every 2 s) the CSR is still there.
    const bool held = s.status == QLatin1String("processing") && !s.approvalId.isEmpty() && q.value(11).toBool();
    const QString decision = q.value(12).toString();
    const bool decided = decision == QLatin1String("approved") || decision == QLatin1String("rejected");
    s.awaitingApproval = held && !decided;
    s.heldAfterDecision = held && decided ? decision : QString();
    return s;
}

/** The WHERE clause shared by list() and count(). */
QString filterClause(const OrderFilter &filter, QVariantMap &args)
{
    QStringList where;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        // Identifiers are stored as JSON text: a substring match finds "example.com" in every
        // order for a name under it. The ids match exactly (they are random, a prefix means nothing).
        where << QStringLiteral("(o.identifiers LIKE :tIds OR o.id = :tId OR o.account_id = :tAccount)");
        args.insert(QStringLiteral("tIds"), QLatin1Char('%') + text + QLatin1Char('%'));
        args.insert(QStringLiteral("tId"), text);
        args.insert(QStringLiteral("tAccount"), text);
    }
    if (!filter.status.isEmpty()) {
        where << QStringLiteral("o.status = :status");
        args.insert(QStringLiteral("status"), filter.status);
    }
    if (!filter.alias.isEmpty()) {
        where << QStringLiteral("o.alias = :alias");
        args.insert(QStringLiteral("alias"), filter.alias);
    }
    return where.join(QStringLiteral(" AND "));
}

} // namespace

OrderCatalog::OrderCatalog(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

OrderCatalog::~OrderCatalog() = default;

OrderProblem OrderCatalog::problemFrom(const QString &json)
{
    OrderProblem p;
    if (json.isEmpty()) {
        return p;
    }
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    p.type = o.value(QLatin1String("type")).toString();
    p.detail = o.value(QLatin1String("detail")).toString();
    for (const QJsonValue &v : o.value(QLatin1String("subproblems")).toArray()) {
        const QJsonObject sub = v.toObject();
        const QJsonObject id = sub.value(QLatin1String("identifier")).toObject();
        const QString detail = sub.value(QLatin1String("detail")).toString();
        p.subproblems << (id.isEmpty()
                              ? detail
                              : QStringLiteral("%1: %2").arg(id.value(QLatin1String("value")).toString(), detail));
    }
    return p;
}

Result<Page<OrderSummary>> OrderCatalog::list(const OrderFilter &filter, const OrderSummary *after, int limit) const
{
    QVariantMap args;
    QStringList where;
    if (const QString f = filterClause(filter, args); !f.isEmpty()) {
        where << f;
    }
    if (after) {
        // Keyset paging with a row value on (created_at, id), both descending, so that SQLite and
        // PostgreSQL answer a deep page with one range scan of orders_created (or of
        // orders_status_created under a status filter): it costs what the first page does.
        where << QStringLiteral("(o.created_at, o.id) < (:cAt, :cId)");
        args.insert(QStringLiteral("cAt"), after->createdAt.toMSecsSinceEpoch());
        args.insert(QStringLiteral("cId"), after->id.value());
    }
    args.insert(QStringLiteral("lim"), limit + 1);
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT %1 FROM orders o %2 ORDER BY o.created_at DESC, o.id DESC LIMIT :lim")
            .arg(QLatin1String(kColumns),
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
        args);
    if (!q) {
        return q.error();
    }
    Page<OrderSummary> page;
    while (q->next()) {
        if (page.rows.size() == limit) {
            page.more = true;
            break;
        }
        page.rows << summaryFrom(*q);
    }
    return page;
}

Result<qint64> OrderCatalog::count(const OrderFilter &filter) const
{
    QVariantMap args;
    const QString f = filterClause(filter, args);
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT count(*) FROM orders o %1").arg(f.isEmpty() ? QString() : QStringLiteral("WHERE ") + f),
        args);
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<OrderDetails> OrderCatalog::details(const OrderId &id) const
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT %1, o.error, o.not_before, o.not_after, o.replaces, o.end_entity, c.serial "
                       "FROM orders o LEFT JOIN certificates c ON c.id = o.certificate_id WHERE o.id = :id")
            .arg(QLatin1String(kColumns)),
        {{QStringLiteral("id"), id.value()}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No order %1").arg(id.value()));
    }
    OrderDetails d;
    d.summary = summaryFrom(*q);
    d.error = problemFrom(q->value(kColumnCount).toString());
    d.notBefore = timeOf(q->value(kColumnCount + 1));
    d.notAfter = timeOf(q->value(kColumnCount + 2));
    d.replaces = q->value(kColumnCount + 3).toString();
    d.endEntity = q->value(kColumnCount + 4).toString();
    d.certificateSerial = q->value(kColumnCount + 5).toString();

    OrderRepository orders(m_db);
    Result<QStringList> authzIds = orders.orderAuthorizations(id.value());
    if (!authzIds) {
        return authzIds.error();
    }
    for (const QString &authzId : *authzIds) {
        Result<std::optional<AuthorizationRow>> authz = orders.findAuthorization(authzId);
        if (!authz) {
            return authz.error();
        }
        if (!*authz) {
            continue;
        }
        const AuthorizationRow &row = **authz;
        AuthorizationDetails a;
        a.id = AuthorizationId(row.id);
        a.identifier = row.identifierType + QLatin1Char(':') + (row.wildcard ? QStringLiteral("*.") : QString())
            + row.identifierValue;
        a.status = row.status;
        a.expires = timeOf(row.expires);
        Result<QList<ChallengeRow>> challenges = orders.challengesOf(authzId);
        if (!challenges) {
            return challenges.error();
        }
        for (const ChallengeRow &c : *challenges) {
            ChallengeDetails ch;
            ch.id = ChallengeId(c.id);
            ch.type = c.type;
            ch.status = c.status;
            ch.validatedAt = timeOf(c.validatedAt);
            ch.updatedAt = timeOf(c.updatedAt);
            ch.error = problemFrom(c.error);
            a.challenges << ch;
        }
        d.authorizations << a;
    }
    return d;
}
