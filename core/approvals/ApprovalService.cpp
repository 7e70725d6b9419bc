// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/approvals/ApprovalService.h"

#include "core/crypto/Crypto.h"

#include <QSqlQuery>
#include <QtEndian>

namespace {

const QString kColumns = QStringLiteral("id, alias, kind, key_thumbprint, account_id, payload, status, created_at, "
                                        "expires_at, decided_at, decided_by, comment, order_id");

ApprovalRequest fromQuery(const QSqlQuery &q, const QDateTime &now)
{
    ApprovalRequest r;
    r.id = ApprovalId(q.value(0).toString());
    r.alias = q.value(1).toString();
    const QString kind = q.value(2).toString();
    r.kind = kind == QLatin1String("keychange") ? ApprovalRequest::Kind::KeyChange
        : kind == QLatin1String("order")        ? ApprovalRequest::Kind::Order
                                                : ApprovalRequest::Kind::Registration;
    r.keyThumbprint = q.value(3).toString();
    r.accountId = q.value(4).toString();
    r.payload = q.value(5).toString();
    r.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    r.expiresAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    if (!q.value(9).isNull()) {
        r.decidedAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    }
    r.decidedBy = q.value(10).toString();
    r.comment = q.value(11).toString();
    r.orderId = q.value(12).toString();
    const QString status = q.value(6).toString();
    if (status == QLatin1String("approved")) {
        r.status = ApprovalRequest::Status::Approved;
    } else if (status == QLatin1String("rejected")) {
        r.status = ApprovalRequest::Status::Rejected;
    } else if (status == QLatin1String("completed")) {
        r.status = ApprovalRequest::Status::Completed;
    } else {
        // Expiry is derived from the clock, so it needs no job to flip rows.
        r.status = now >= r.expiresAt ? ApprovalRequest::Status::Expired : ApprovalRequest::Status::Pending;
    }
    return r;
}

/** A nine-digit id, as the reference shows them ("RequestID=123456789"): easy to type on the command line. */
QString newRequestId()
{
    const QByteArray bytes = Crypto::randomBytes(8);
    const quint64 n = qFromBigEndian<quint64>(bytes.constData());
    return QString::number(100000000 + n % 900000000);
}

} // namespace

ApprovalService::ApprovalService(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
{
}

Result<ApprovalRequest> ApprovalService::insert(ApprovalRequest::Kind kind, const QString &alias,
                                                const QString &thumbprint, const QString &accountId,
                                                const QString &payload, const Duration &validity,
                                                const QString &orderId)
{
    ApprovalRequest r;
    r.alias = alias;
    r.orderId = orderId;
    r.kind = kind;
    r.keyThumbprint = thumbprint;
    r.accountId = accountId;
    r.payload = payload;
    r.createdAt = m_clock.now();
    r.expiresAt = r.createdAt.addMSecs(validity.ms());
    for (int attempt = 0;; ++attempt) {
        r.id = ApprovalId(newRequestId());
        Result<QSqlQuery> q = m_db->exec(
            QStringLiteral(
                "INSERT INTO approval_requests (id, alias, kind, key_thumbprint, account_id, payload, status, "
                "created_at, expires_at, order_id) "
                "VALUES (:id, :alias, :kind, :tp, :acct, :payload, 'pending', :t, :exp, :order)"),
            {{QStringLiteral("id"), r.id.value()},
             {QStringLiteral("alias"), alias},
             {QStringLiteral("kind"), ApprovalRequest::kindName(kind)},
             {QStringLiteral("tp"), thumbprint},
             {QStringLiteral("acct"), accountId.isEmpty() ? QVariant() : QVariant(accountId)},
             {QStringLiteral("payload"), payload},
             {QStringLiteral("t"), r.createdAt.toMSecsSinceEpoch()},
             {QStringLiteral("exp"), r.expiresAt.toMSecsSinceEpoch()},
             {QStringLiteral("order"), orderId.isEmpty() ? QVariant() : QVariant(orderId)}});
        if (q) {
            break;
        }
        if (q.error().code() != CoreError::Code::Conflict || attempt >= 4) {
            return q.error();
        }
    }
    const QString details = QStringLiteral("kind=%1 key=%2%3%4 expires=%5")
                                .arg(ApprovalRequest::kindName(kind), thumbprint,
                                     accountId.isEmpty() ? QString() : QStringLiteral(" account=") + accountId,
                                     orderId.isEmpty() ? QString() : QStringLiteral(" order=") + orderId,
                                     r.expiresAt.toString(Qt::ISODate));
    if (VoidResult a
        = m_audit.append(QStringLiteral("acme:") + alias, QStringLiteral("approval.request"), r.id.value(), details);
        !a) {
        return a.error();
    }
    return r;
}

Result<ApprovalOutcome> ApprovalService::request(ApprovalRequest::Kind kind, const QString &alias,
                                                 const QString &thumbprint, const QString &accountId,
                                                 const QString &payload, const Duration &validity)
{
    ApprovalOutcome out;
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        Result<QSqlQuery> q
            = m_db->exec(QStringLiteral("SELECT ") + kColumns
                             + QStringLiteral(" FROM approval_requests WHERE kind = :kind AND alias = :alias "
                                              "AND key_thumbprint = :tp AND COALESCE(account_id, '') = :acct "
                                              "AND status <> 'completed' ORDER BY created_at DESC LIMIT 1"),
                         {{QStringLiteral("kind"), ApprovalRequest::kindName(kind)},
                          {QStringLiteral("alias"), alias},
                          {QStringLiteral("tp"), thumbprint},
                          {QStringLiteral("acct"), accountId}});
        if (!q) {
            return q.error();
        }
        const bool found = q->next();
        const ApprovalRequest latest = found ? fromQuery(*q, m_clock.now()) : ApprovalRequest();
        q->finish();
        const bool renew = found && latest.status == ApprovalRequest::Status::Expired
            && kind == ApprovalRequest::Kind::KeyChange; // reference: an expired key change is renewed
        if (!found || renew) {
            Result<ApprovalRequest> created = insert(kind, alias, thumbprint, accountId, payload, validity);
            if (!created) {
                return created.error();
            }
            out = {ApprovalOutcome::State::Created, *created};
            return {};
        }
        out.request = latest;
        switch (latest.status) {
        case ApprovalRequest::Status::Pending:
            out.state = ApprovalOutcome::State::Pending;
            break;
        case ApprovalRequest::Status::Approved:
        case ApprovalRequest::Status::Completed:
            out.state = ApprovalOutcome::State::Approved;
            break;
        case ApprovalRequest::Status::Rejected:
            out.state = ApprovalOutcome::State::Rejected;
            break;
        case ApprovalRequest::Status::Expired:
            out.state = ApprovalOutcome::State::Expired;
            break;
        }
        return {};
    });
    if (!r) {
        return r.error();
    }
    return out;
}

Result<ApprovalRequest> ApprovalService::requestOrder(const QString &alias, const QString &orderId,
                                                      const QString &accountId, const QString &thumbprint,
                                                      const QString &payload, const Duration &validity)
{
    // An order is finalized (ready → processing) once, so each held order asks once.
    return insert(ApprovalRequest::Kind::Order, alias, thumbprint, accountId, payload, validity, orderId);
}

VoidResult ApprovalService::complete(const ApprovalId &id)
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("UPDATE approval_requests SET status = 'completed' WHERE id = :id AND status = 'approved'"),
        {{QStringLiteral("id"), id.value()}});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() != 1) {
        return CoreError(CoreError::Code::Conflict,
                         QStringLiteral("Approval request %1 is not approved").arg(id.value()));
    }
    return {};
}

Result<QList<ApprovalRequest>> ApprovalService::list(bool pendingOnly, int limit)
{
    return listPage(pendingOnly, {}, nullptr, limit);
}

Result<QList<ApprovalRequest>> ApprovalService::listPage(bool pendingOnly, const QString &alias,
                                                         const ApprovalRequest *after, int limit)
{
    QStringList where;
    QVariantMap args {{QStringLiteral("limit"), limit}};
    if (pendingOnly) {
        where << QStringLiteral("status = 'pending' AND expires_at > :now");
        args.insert(QStringLiteral("now"), m_clock.nowMs());
    }
    if (!alias.isEmpty()) {
        where << QStringLiteral("alias = :alias");
        args.insert(QStringLiteral("alias"), alias);
    }
    if (after) {
        where << QStringLiteral("(created_at, id) < (:cAt, :cId)");
        args.insert(QStringLiteral("cAt"), after->createdAt.toMSecsSinceEpoch());
        args.insert(QStringLiteral("cId"), after->id.value());
    }
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM approval_requests ")
            + (where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))
            + QStringLiteral(" ORDER BY created_at DESC, id DESC LIMIT :limit"),
        args);
    if (!q) {
        return q.error();
    }
    QList<ApprovalRequest> out;
    const QDateTime now = m_clock.now();
    while (q->next()) {
        out << fromQuery(*q, now);
    }
    return out;
}

Result<ApprovalRequest> ApprovalService::find(const ApprovalId &id)
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM approval_requests WHERE id = :id"),
                     {{QStringLiteral("id"), id.value()}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No approval request %1").arg(id.value().left(64)));
    }
    return fromQuery(*q, m_clock.now());
}

VoidResult ApprovalService::approve(const ApprovalId &id, const QString &actor, const QString &comment)
{
    return decide(id, true, actor, comment);
}

VoidResult ApprovalService::reject(const ApprovalId &id, const QString &actor, const QString &comment)
{
    return decide(id, false, actor, comment);
}

VoidResult ApprovalService::decide(const ApprovalId &id, bool approve, const QString &actor, const QString &comment)
{
    return m_db->transaction([&]() -> VoidResult {
        Result<ApprovalRequest> r = find(id);
        if (!r) {
            return r.error();
        }
        if (r->status != ApprovalRequest::Status::Pending) {
            return CoreError(CoreError::Code::Conflict,
                             QStringLiteral("Approval request %1 is %2, not pending")
                                 .arg(id.value(), ApprovalRequest::statusName(r->status)));
        }
        const qint64 now = m_clock.nowMs();
        // The status condition makes two admins deciding at once safe: the second changes nothing.
        Result<QSqlQuery> q = m_db->exec(
            QStringLiteral("UPDATE approval_requests SET status = :s, decided_at = :t, decided_by = :by, comment = :c "
                           "WHERE id = :id AND status = 'pending'"),
            {{QStringLiteral("s"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")},
             {QStringLiteral("t"), now},
             {QStringLiteral("by"), actor},
             {QStringLiteral("c"), comment},
             {QStringLiteral("id"), id.value()}});
        if (!q) {
            return q.error();
        }
        if (q->numRowsAffected() != 1) {
            return CoreError(CoreError::Code::Conflict,
                             QStringLiteral("Approval request %1 was decided meanwhile").arg(id.value()));
        }
        return m_audit.append(
            actor, approve ? QStringLiteral("approval.approve") : QStringLiteral("approval.reject"), id.value(),
            QStringLiteral("kind=%1 alias=%2 key=%3%4%5 comment=%6")
                .arg(ApprovalRequest::kindName(r->kind), r->alias, r->keyThumbprint,
                     r->accountId.isEmpty() ? QString() : QStringLiteral(" account=") + r->accountId,
                     r->orderId.isEmpty() ? QString() : QStringLiteral(" order=") + r->orderId, comment));
    });
}
