// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/CertificateRepository.h"

#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {

/** NULL for empty optional text: order_id is UNIQUE and many certificates have no order. */
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QString sansToJson(const CertificateRecord &r)
{
    QJsonArray sans;
    for (const QString &dns : r.dnsNames) {
        sans.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("dns")}, {QStringLiteral("value"), dns}});
    }
    for (const QString &ip : r.ipAddresses) {
        sans.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("ip")}, {QStringLiteral("value"), ip}});
    }
    return QString::fromUtf8(QJsonDocument(sans).toJson(QJsonDocument::Compact));
}

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

const QString kColumns
    = QStringLiteral("id, serial, ca_id, order_id, account_id, end_entity, cert_profile, subject_dn, "
                     "sans, der, not_before, not_after, status, revoked_at, revocation_reason, "
                     "created_at");

} // namespace

CertificateRepository::CertificateRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

VoidResult CertificateRepository::insert(const CertificateRecord &r)
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("INSERT INTO certificates (%1) VALUES (:id, :serial, :ca, :order, :account, :ee, :profile, "
                       ":subject, :sans, :der, :notBefore, :notAfter, :status, :revokedAt, :reason, :created)")
            .arg(kColumns),
        {{QStringLiteral("id"), r.id.value()},
         {QStringLiteral("serial"), r.serialHex},
         {QStringLiteral("ca"), r.caId.value()},
         {QStringLiteral("order"), textOrNull(r.orderId)},
         {QStringLiteral("account"), textOrNull(r.accountId)},
         {QStringLiteral("ee"), textOrNull(r.endEntity)},
         {QStringLiteral("profile"), textOrNull(r.certificateProfile)},
         {QStringLiteral("subject"), r.subjectDn},
         {QStringLiteral("sans"), sansToJson(r)},
         {QStringLiteral("der"), r.der},
         {QStringLiteral("notBefore"), r.notBefore.toMSecsSinceEpoch()},
         {QStringLiteral("notAfter"), r.notAfter.toMSecsSinceEpoch()},
         {QStringLiteral("status"), r.status},
         {QStringLiteral("revokedAt"), r.revokedAt ? QVariant(r.revokedAt->toMSecsSinceEpoch()) : QVariant()},
         {QStringLiteral("reason"), r.revocationReason >= 0 ? QVariant(r.revocationReason) : QVariant()},
         {QStringLiteral("created"), r.createdAt.toMSecsSinceEpoch()}});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<QList<CertificateRecord>> CertificateRepository::select(const QString &where, const QVariantMap &args) const
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT %1 FROM certificates %2 ORDER BY created_at, id").arg(kColumns, where), args);
    if (!q) {
        return q.error();
    }
    QList<CertificateRecord> out;
    while (q->next()) {
        CertificateRecord r;
        r.id = CertificateId(q->value(0).toString());
        r.serialHex = q->value(1).toString();
        r.caId = CaId(q->value(2).toString());
        r.orderId = q->value(3).toString();
        r.accountId = q->value(4).toString();
        r.endEntity = q->value(5).toString();
        r.certificateProfile = q->value(6).toString();
        r.subjectDn = q->value(7).toString();
        const QJsonArray sans = QJsonDocument::fromJson(q->value(8).toString().toUtf8()).array();
        for (const QJsonValue &v : sans) {
            const QJsonObject o = v.toObject();
            (o.value(QLatin1String("type")).toString() == QLatin1String("ip") ? r.ipAddresses : r.dnsNames)
                << o.value(QLatin1String("value")).toString();
        }
        r.der = q->value(9).toByteArray();
        r.notBefore = fromMs(q->value(10));
        r.notAfter = fromMs(q->value(11));
        r.status = q->value(12).toString();
        if (!q->value(13).isNull()) {
            r.revokedAt = fromMs(q->value(13));
        }
        r.revocationReason = q->value(14).isNull() ? -1 : q->value(14).toInt();
        r.createdAt = fromMs(q->value(15));
        out << r;
    }
    return out;
}

Result<CertificateRecord> CertificateRepository::findById(const CertificateId &id) const
{
    Result<QList<CertificateRecord>> r = select(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id.value()}});
    if (!r) {
        return r.error();
    }
    if (r->isEmpty()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No certificate with id '%1'").arg(id.value()));
    }
    return r->first();
}

Result<CertificateRecord> CertificateRepository::findBySerial(const QString &serialHex) const
{
    Result<QList<CertificateRecord>> r
        = select(QStringLiteral("WHERE serial = :serial"), {{QStringLiteral("serial"), serialHex.toLower()}});
    if (!r) {
        return r.error();
    }
    if (r->isEmpty()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No certificate with serial %1").arg(serialHex));
    }
    return r->first();
}

Result<QList<CertificateRecord>> CertificateRepository::revokedByCa(const CaId &caId) const
{
    return select(QStringLiteral("WHERE ca_id = :ca AND status = 'revoked'"), {{QStringLiteral("ca"), caId.value()}});
}

Result<QList<CertificateRecord>> CertificateRepository::validByEndEntity(const QString &endEntity) const
{
    return select(QStringLiteral("WHERE end_entity = :ee AND status = 'valid'"), {{QStringLiteral("ee"), endEntity}});
}

VoidResult CertificateRepository::markRevoked(const CertificateId &id, const QDateTime &at, int reason)
{
    // The status condition makes concurrent revocations race-free: only one UPDATE matches.
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_at = :at, "
                                                    "revocation_reason = :reason WHERE id = :id AND status = 'valid'"),
                                     {{QStringLiteral("id"), id.value()},
                                      {QStringLiteral("at"), at.toMSecsSinceEpoch()},
                                      {QStringLiteral("reason"), reason}});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 1) {
        return {};
    }
    Result<CertificateRecord> existing = findById(id);
    if (!existing) {
        return existing.error();
    }
    return CoreError(CoreError::Code::Conflict,
                     QStringLiteral("Certificate %1 is already revoked").arg(existing->serialHex));
}

Result<qint64> CertificateRepository::count() const
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT count(*) FROM certificates"));
    if (!q) {
        return q.error();
    }
    q->next();
    return q->value(0).toLongLong();
}
