// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/AuditCatalog.h"

#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariantMap>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace {

QByteArray csvField(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace('"', "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

} // namespace

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

Result<qint64> AuditCatalog::exportTo(const QString &path, AuditExportFormat format, const QDateTime &since) const
{
    const QString staged = path + QStringLiteral(".part");
    QFile::remove(staged);
    QFile out(staged);
    // NewOnly with the permissions argument: created 0600 at once, never briefly readable by others.
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot create %1").arg(staged), out.errorString());
    }
    auto failed = [&](const QString &why) {
        out.close();
        QFile::remove(staged);
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot write %1").arg(path), why);
    };
    const bool csv = format == AuditExportFormat::Csv;
    if (out.write(csv ? "seq,time,actor,action,object,details,prev_hash,hash\r\n" : "[") < 0) {
        return failed(out.errorString());
    }
    constexpr int kChunk = 5000;
    qint64 written = 0;
    qint64 nextSeq = 0;
    const qint64 sinceMs = since.isValid() ? since.toMSecsSinceEpoch() : 0;
    for (;;) {
        // Keyset chunks in seq order, so a million records never sit in memory at once.
        Result<QSqlQuery> q = m_db->exec(
            QStringLiteral("SELECT seq, ts, actor, action, object, details, prev_hash, hash FROM audit_log "
                           "WHERE seq >= :from AND ts >= :since ORDER BY seq LIMIT :lim"),
            {{QStringLiteral("from"), nextSeq}, {QStringLiteral("since"), sinceMs}, {QStringLiteral("lim"), kChunk}});
        if (!q) {
            out.close();
            QFile::remove(staged);
            return q.error();
        }
        int rows = 0;
        QByteArray chunk;
        while (q->next()) {
            ++rows;
            const qint64 seq = q->value(0).toLongLong();
            const QString time
                = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC).toString(Qt::ISODateWithMs);
            if (csv) {
                chunk += QByteArray::number(seq) + ',' + time.toLatin1();
                for (int column = 2; column < 8; ++column) {
                    chunk += ',' + csvField(q->value(column).toString());
                }
                chunk += "\r\n";
            } else {
                const QJsonObject o {{QStringLiteral("seq"), seq},
                                     {QStringLiteral("time"), time},
                                     {QStringLiteral("actor"), q->value(2).toString()},
                                     {QStringLiteral("action"), q->value(3).toString()},
                                     {QStringLiteral("object"), q->value(4).toString()},
                                     {QStringLiteral("details"), q->value(5).toString()},
                                     {QStringLiteral("prevHash"), q->value(6).toString()},
                                     {QStringLiteral("hash"), q->value(7).toString()}};
                chunk += (written > 0 ? ",\n" : "\n") + QJsonDocument(o).toJson(QJsonDocument::Compact);
            }
            ++written;
            nextSeq = seq + 1;
        }
        if (out.write(chunk) != chunk.size()) {
            return failed(out.errorString());
        }
        if (rows < kChunk) {
            break;
        }
    }
    if ((!csv && out.write("\n]\n") < 0) || !out.flush()) {
        return failed(out.errorString());
    }
    out.close();
    // rename(2) replaces an existing file atomically; QFile::rename would refuse.
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(staged);
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot write %1").arg(path),
                         QString::fromLocal8Bit(std::strerror(errno)));
    }
    return written;
}
