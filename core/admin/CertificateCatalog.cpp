// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/CertificateCatalog.h"

#include "core/crypto/X509Certificate.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const char *const kColumns = "c.id, c.serial, c.subject_dn, c.sans, cas.name, c.cert_profile, c.account_id, "
                             "c.order_id, c.status, c.revocation_reason, c.revoked_at, c.not_before, c.not_after, "
                             "c.created_at, c.renew_early_at, cas.renew_early_at";

QDateTime timeOf(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

CertificateSummary summaryFrom(const QSqlQuery &q)
{
    CertificateSummary s;
    s.id = CertificateId(q.value(0).toString());
    s.serialHex = q.value(1).toString();
    s.subjectDn = q.value(2).toString();
    QStringList dns;
    QStringList ips;
    for (const QJsonValue &v : QJsonDocument::fromJson(q.value(3).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        (o.value(QLatin1String("type")).toString() == QLatin1String("ip") ? ips : dns)
            << o.value(QLatin1String("value")).toString();
    }
    s.names = dns + ips;
    s.caName = q.value(4).toString();
    s.profile = q.value(5).toString();
    s.accountId = q.value(6).toString();
    s.orderId = q.value(7).toString();
    s.status = q.value(8).toString();
    s.revocationReason = q.value(9).isNull() ? -1 : q.value(9).toInt();
    s.revokedAt = timeOf(q.value(10));
    s.notBefore = timeOf(q.value(11));
    s.notAfter = timeOf(q.value(12));
    s.createdAt = timeOf(q.value(13));
    // A CA-wide mark concerns the certificates issued before it (as the engine's renewalInfo has it).
    qint64 mark = q.value(14).isNull() ? 0 : q.value(14).toLongLong();
    if (!q.value(15).isNull() && q.value(15).toLongLong() >= s.createdAt.toMSecsSinceEpoch()) {
        mark = qMax(mark, q.value(15).toLongLong());
    }
    s.renewEarlyAt = mark ? QDateTime::fromMSecsSinceEpoch(mark, Qt::UTC) : QDateTime();
    return s;
}

QString filterClause(const CertificateFilter &filter, qint64 now, QVariantMap &args)
{
    QStringList where;
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f:]+$"));
        QString clause = QStringLiteral("c.id = :tId OR c.subject_dn LIKE :tSubject OR c.sans LIKE :tSans");
        args.insert(QStringLiteral("tId"), text);
        args.insert(QStringLiteral("tSubject"), QLatin1Char('%') + text + QLatin1Char('%'));
        args.insert(QStringLiteral("tSans"), QLatin1Char('%') + text + QLatin1Char('%'));
        if (hex.match(text).hasMatch()) {
            // Serials are stored as lowercase hex; a prefix match can use the UNIQUE index.
            clause += QStringLiteral(" OR c.serial LIKE :tSerial");
            args.insert(QStringLiteral("tSerial"), text.toLower().remove(QLatin1Char(':')) + QLatin1Char('%'));
        }
        where << QLatin1Char('(') + clause + QLatin1Char(')');
    }
    if (filter.status == QLatin1String("valid")) {
        where << QStringLiteral("c.status = 'valid' AND c.not_after >= :now");
        args.insert(QStringLiteral("now"), now);
    } else if (filter.status == QLatin1String("expired")) {
        where << QStringLiteral("c.status = 'valid' AND c.not_after < :now");
        args.insert(QStringLiteral("now"), now);
    } else if (filter.status == QLatin1String("revoked")) {
        where << QStringLiteral("c.status = 'revoked'");
    }
    return where.join(QStringLiteral(" AND "));
}

} // namespace

CertificateCatalog::CertificateCatalog(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_audit(std::make_unique<AuditLog>(m_db, clock))
{
}

CertificateCatalog::~CertificateCatalog() = default;

void CertificateCatalog::setPki(CaService *cas, IssuanceService *issuance)
{
    m_cas = cas;
    m_issuance = issuance;
}

QList<int> CertificateCatalog::revocationReasons()
{
    QList<int> reasons;
    for (int r = 0; r <= 10; ++r) {
        if (IssuanceService::isAllowedRevocationReason(r)) {
            reasons << r;
        }
    }
    return reasons;
}

Result<Page<CertificateSummary>> CertificateCatalog::list(const CertificateFilter &filter,
                                                          const CertificateSummary *after, int limit) const
{
    QVariantMap args;
    QStringList where;
    if (const QString f = filterClause(filter, m_clock.nowMs(), args); !f.isEmpty()) {
        where << f;
    }
    if (after) {
        // Keyset paging with a row value on (created_at, id), both descending, so that SQLite and
        // PostgreSQL answer a deep page with one range scan of certificates_created (or of
        // certificates_status_created under a status filter): it costs what the first page does.
        where << QStringLiteral("(c.created_at, c.id) < (:cAt, :cId)");
        args.insert(QStringLiteral("cAt"), after->createdAt.toMSecsSinceEpoch());
        args.insert(QStringLiteral("cId"), after->id.value());
    }
    args.insert(QStringLiteral("lim"), limit + 1);
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT %1 FROM certificates c LEFT JOIN cas ON cas.id = c.ca_id %2 "
                       "ORDER BY c.created_at DESC, c.id DESC LIMIT :lim")
            .arg(QLatin1String(kColumns),
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
        args);
    if (!q) {
        return q.error();
    }
    Page<CertificateSummary> page;
    while (q->next()) {
        if (page.rows.size() == limit) {
            page.more = true;
            break;
        }
        page.rows << summaryFrom(*q);
    }
    return page;
}

Result<qint64> CertificateCatalog::count(const CertificateFilter &filter, qint64 cap) const
{
    QVariantMap args;
    const QString f = filterClause(filter, m_clock.nowMs(), args);
    const QString where = f.isEmpty() ? QString() : QStringLiteral("WHERE ") + f;
    if (cap > 0) {
        args.insert(QStringLiteral("cap"), cap);
    }
    Result<QSqlQuery> q = m_db->exec(
        cap > 0 ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM certificates c %1 LIMIT :cap) capped").arg(where)
                : QStringLiteral("SELECT count(*) FROM certificates c %1").arg(where),
        args);
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<CertificateSummary> CertificateCatalog::summary(const CertificateId &id) const
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT %1 FROM certificates c LEFT JOIN cas ON cas.id = c.ca_id WHERE c.id = :id")
                         .arg(QLatin1String(kColumns)),
                     {{QStringLiteral("id"), id.value()}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No certificate %1").arg(id.value()));
    }
    return summaryFrom(*q);
}

Result<CertificateDetails> CertificateCatalog::details(const CertificateId &id) const
{
    Result<CertificateSummary> s = summary(id);
    if (!s) {
        return s.error();
    }
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT der, ca_id FROM certificates WHERE id = :id"),
                                     {{QStringLiteral("id"), id.value()}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No certificate %1").arg(id.value()));
    }
    CertificateDetails d;
    d.summary = *s;
    const QByteArray der = q->value(0).toByteArray();
    const CaId caId(q->value(1).toString());
    Result<QList<X509Certificate>> parsed = X509Certificate::listFromData(der);
    if (parsed && !parsed->isEmpty()) {
        const X509Certificate &cert = parsed->first();
        d.pem = cert.toPem();
        d.issuerDn = cert.issuerDn();
        d.keyUsages = cert.keyUsages();
        d.extendedKeyUsages = cert.extendedKeyUsages();
        d.keyType = cert.publicKeyInfo().toString();
    }
    if (m_cas) {
        if (Result<QByteArray> chain = m_cas->chainPem(caId); chain) {
            d.chainPem = *chain;
        }
    }
    return d;
}

VoidResult CertificateCatalog::markForEarlyRenewal(const CertificateId &id, const QString &actor)
{
    return m_db->transaction([&]() -> VoidResult {
        Result<QSqlQuery> q = m_db->exec(QStringLiteral("UPDATE certificates SET renew_early_at = :at WHERE id = :id"),
                                         {{QStringLiteral("at"), m_clock.nowMs()}, {QStringLiteral("id"), id.value()}});
        if (!q) {
            return q.error();
        }
        if (q->numRowsAffected() == 0) {
            return CoreError(CoreError::Code::NotFound, QStringLiteral("No certificate with id '%1'").arg(id.value()));
        }
        return m_audit->append(actor, QStringLiteral("certificate.renewEarly"), id.value());
    });
}

VoidResult CertificateCatalog::markCaForEarlyRenewal(const QString &caName, const QString &actor)
{
    if (!m_cas) {
        return CoreError(CoreError::Code::Unsupported, QStringLiteral("CAs are not available"));
    }
    Result<CertificateAuthority> ca = m_cas->find(caName);
    if (!ca) {
        return ca.error();
    }
    return m_db->transaction([&]() -> VoidResult {
        if (VoidResult r = m_cas->markForEarlyRenewal(ca->id); !r) {
            return r;
        }
        return m_audit->append(actor, QStringLiteral("ca.renewEarly"), ca->name);
    });
}

Result<CertificateSummary> CertificateCatalog::revoke(const CertificateId &id, int reason, const QString &actor)
{
    if (!m_issuance) {
        return CoreError(CoreError::Code::Unsupported, QStringLiteral("Revocation is not available"));
    }
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        if (VoidResult v = m_issuance->revoke(id, reason, m_clock.now()); !v) {
            return v;
        }
        return m_audit->append(actor, QStringLiteral("certificate.revoke"), id.value(),
                               QStringLiteral("reason=%1").arg(reason));
    });
    if (!r) {
        return r.error();
    }
    return summary(id);
}

Result<BulkRevocationProgress> CertificateCatalog::revokeBatch(const BulkRevocation &job,
                                                               const BulkRevocationProgress &from, int batchSize)
{
    if (!m_issuance) {
        return CoreError(CoreError::Code::Unsupported, QStringLiteral("Revocation is not available"));
    }
    if (!IssuanceService::isAllowedRevocationReason(job.reason)) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Revocation reason %1 is not allowed").arg(job.reason));
    }
    BulkRevocationProgress next = from;
    if (from.finished) {
        return next;
    }
    // What this batch covers: (id, already revoked?) in the order the job goes through them.
    QList<QPair<CertificateId, bool>> batch;
    if (job.filter) {
        CertificateSummary cursor;
        const bool resume = from.cursorId.value().size() > 0;
        if (resume) {
            cursor.createdAt = from.cursorCreatedAt;
            cursor.id = from.cursorId;
        }
        Result<Page<CertificateSummary>> page = list(*job.filter, resume ? &cursor : nullptr, batchSize);
        if (!page) {
            return page.error();
        }
        for (const CertificateSummary &c : page->rows) {
            batch << qMakePair(c.id, c.status == QLatin1String("revoked"));
        }
        if (!page->rows.isEmpty()) {
            next.cursorCreatedAt = page->rows.constLast().createdAt;
            next.cursorId = page->rows.constLast().id;
        }
        next.finished = !page->more;
    } else {
        const int end = qMin<qsizetype>(job.ids.size(), qsizetype(from.nextIndex) + batchSize);
        for (int i = from.nextIndex; i < end; ++i) {
            batch << qMakePair(job.ids.at(i), false);
        }
        next.nextIndex = end;
        next.finished = end >= job.ids.size();
    }
    const QDateTime now = m_clock.now();
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        for (const auto &[id, revoked] : batch) {
            if (revoked) {
                ++next.alreadyRevoked;
                continue;
            }
            VoidResult v = m_issuance->revoke(id, job.reason, now);
            if (!v) {
                // Conflict: revoked since (by a client or another admin); NotFound: gone. Anything
                // else (the database) stops the batch, which is rolled back and can be resumed.
                if (v.error().code() == CoreError::Code::Conflict) {
                    ++next.alreadyRevoked;
                    continue;
                }
                if (v.error().code() == CoreError::Code::NotFound) {
                    ++next.failed;
                    continue;
                }
                return v;
            }
            if (VoidResult a = m_audit->append(job.actor, QStringLiteral("certificate.revoke"), id.value(),
                                               QStringLiteral("reason=%1").arg(job.reason));
                !a) {
                return a;
            }
            ++next.revoked;
        }
        return {};
    });
    if (!r) {
        return r.error();
    }
    return next;
}
