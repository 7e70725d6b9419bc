// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AuditLog.h"

#include <QCryptographicHash>

AuditLog::AuditLog(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

QString AuditLog::computeHash(const QString &prevHash, qint64 seq, qint64 ts, const QString &actor,
                              const QString &action, const QString &object, const QString &details)
{
    // Length-prefixed fields: no two different rows serialise to the same bytes.
    QByteArray data;
    for (const QString &part : {prevHash, QString::number(seq), QString::number(ts), actor, action, object, details}) {
        const QByteArray utf8 = part.toUtf8();
        data += QByteArray::number(utf8.size()) + ':' + utf8 + '|';
    }
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

VoidResult AuditLog::append(const QString &actor, const QString &action, const QString &object, const QString &details)
{
    return m_db->transaction([&]() -> VoidResult {
        // The transaction holds the write lock (SQLite) / the advisory lock (PostgreSQL), so the
        // chain is extended by one writer at a time.
        if (!m_db->isSqlite()) {
            Result<QSqlQuery> lock = m_db->exec(QStringLiteral("SELECT pg_advisory_xact_lock(727275)"));
            if (!lock) {
                return lock.error();
            }
        }
        Result<QSqlQuery> last
            = m_db->exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!last) {
            return last.error();
        }
        qint64 seq = 1;
        QString prev = QStringLiteral("genesis");
        if (last->next()) {
            seq = last->value(0).toLongLong() + 1;
            prev = last->value(1).toString();
        }
        const qint64 ts = m_clock.nowMs();
        const QString hash = computeHash(prev, seq, ts, actor, action, object, details);
        Result<QSqlQuery> ins = m_db->exec(
            QStringLiteral("INSERT INTO audit_log (seq, ts, actor, action, object, details, prev_hash, hash) "
                           "VALUES (:seq, :ts, :actor, :action, :object, :details, :prev, :hash)"),
            {{QStringLiteral("seq"), seq},
             {QStringLiteral("ts"), ts},
             {QStringLiteral("actor"), actor},
             {QStringLiteral("action"), action},
             {QStringLiteral("object"), object},
             {QStringLiteral("details"), details},
             {QStringLiteral("prev"), prev},
             {QStringLiteral("hash"), hash}});
        if (!ins) {
            return ins.error();
        }
        return {};
    });
}

Result<QList<AuditEntry>> AuditLog::recent(int limit, qint64 beforeSeq) const
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT seq, ts, actor, action, object, details, prev_hash, hash FROM audit_log "
                                    "WHERE (:before <= 0 OR seq < :before2) ORDER BY seq DESC LIMIT :limit"),
                     {{QStringLiteral("before"), beforeSeq},
                      {QStringLiteral("before2"), beforeSeq},
                      {QStringLiteral("limit"), limit}});
    if (!q) {
        return q.error();
    }
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.seq = q->value(0).toLongLong();
        e.time = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        e.actor = q->value(2).toString();
        e.action = q->value(3).toString();
        e.object = q->value(4).toString();
        e.details = q->value(5).toString();
        e.prevHash = q->value(6).toString();
        e.hash = q->value(7).toString();
        out << e;
    }
    return out;
}

Result<qint64> AuditLog::verify() const
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT seq, ts, actor, action, object, details, prev_hash, hash FROM audit_log ORDER BY seq"));
    if (!q) {
        return q.error();
    }
    QString prev = QStringLiteral("genesis");
    qint64 expectedSeq = 1;
    qint64 count = 0;
    while (q->next()) {
        const qint64 seq = q->value(0).toLongLong();
        if (seq != expectedSeq) {
            return CoreError(CoreError::Code::Conflict,
                             QStringLiteral("Audit log broken: record %1 is missing").arg(expectedSeq));
        }
        const QString storedPrev = q->value(6).toString();
        const QString stored = q->value(7).toString();
        const QString computed = computeHash(prev, seq, q->value(1).toLongLong(), q->value(2).toString(),
                                             q->value(3).toString(), q->value(4).toString(), q->value(5).toString());
        if (storedPrev != prev || stored != computed) {
            return CoreError(
                CoreError::Code::Conflict,
                QStringLiteral("Audit log broken at record %1: its contents or chain were altered").arg(seq));
        }
        prev = stored;
        ++expectedSeq;
        ++count;
    }
    return count;
}
