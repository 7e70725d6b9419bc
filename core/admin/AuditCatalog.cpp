// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/AuditCatalog.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QVariantMap>

AuditCatalog::AuditCatalog(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

Result<Page<AuditRecord>> AuditCatalog::list(const QString &text, const AuditRecord *after, int limit) const
{
    QVariantMap args;
    QStringList where;
    if (!text.isEmpty()) {
        const QString like = QLatin1Char('%') + text + QLatin1Char('%');
        where << QStringLiteral("(actor LIKE :t1 OR action LIKE :t2 OR object LIKE :t3 OR details LIKE :t4)");
        args.insert(QStringLiteral("t1"), like);
        args.insert(QStringLiteral("t2"), like);
        args.insert(QStringLiteral("t3"), like);
        args.insert(QStringLiteral("t4"), like);
    }
    if (after) {
        where << QStringLiteral("seq < :before");
        args.insert(QStringLiteral("before"), after->seq);
    }
    args.insert(QStringLiteral("lim"), limit + 1);
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT seq, ts, actor, action, object, details, hash FROM audit_log %1 "
                       "ORDER BY seq DESC LIMIT :lim")
            .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
        args);
    if (!q) {
        return q.error();
    }
    Page<AuditRecord> page;
    while (q->next()) {
        if (page.rows.size() == limit) {
            page.more = true;
            break;
        }
        AuditRecord r;
        r.seq = q->value(0).toLongLong();
        r.time = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        r.actor = q->value(2).toString();
        r.action = q->value(3).toString();
        r.object = q->value(4).toString();
        r.details = q->value(5).toString();
        r.hash = q->value(6).toString();
        page.rows << r;
    }
    return page;
}

Result<qint64> AuditCatalog::count() const
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT count(*) FROM audit_log"));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<AuditVerification> AuditCatalog::verify() const
{
    // The same rule as AuditLog::verify (hash = SHA-256 over the previous hash and the row), walked
    // in keyset chunks so that the result says which record broke the chain and how.
    constexpr int kChunk = 5000;
    AuditVerification v;
    QString prev = QStringLiteral("genesis");
    qint64 expectedSeq = 1;
    for (;;) {
        Result<QSqlQuery> q = m_db->exec(
            QStringLiteral("SELECT seq, ts, actor, action, object, details, prev_hash, hash FROM audit_log "
                           "WHERE seq >= :from ORDER BY seq LIMIT :lim"),
            {{QStringLiteral("from"), expectedSeq}, {QStringLiteral("lim"), kChunk}});
        if (!q) {
            return q.error();
        }
        int rows = 0;
        while (q->next()) {
            ++rows;
            const qint64 seq = q->value(0).toLongLong();
            if (seq != expectedSeq) {
                v.brokenAt = expectedSeq;
                v.missing = true;
                return v;
            }
            const QString computed
                = AuditLog::computeHash(prev, seq, q->value(1).toLongLong(), q->value(2).toString(),
                                        q->value(3).toString(), q->value(4).toString(), q->value(5).toString());
            const QString stored = q->value(7).toString();
            if (q->value(6).toString() != prev || stored != computed) {
                v.brokenAt = seq;
                return v;
            }
            prev = stored;
            ++expectedSeq;
            ++v.records;
        }
        if (rows < kChunk) {
            break;
        }
    }
    v.intact = true;
    return v;
}
