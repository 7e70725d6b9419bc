// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/EndEntityRepository.h"

#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

EndEntityRepository::EndEntityRepository(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

VoidResult EndEntityRepository::createOrReset(const EndEntity &e, const QString &status)
{
    if (e.username.isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("An end entity needs a username"));
    }
    const qint64 now = m_clock.nowMs();
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral(
            "INSERT INTO end_entities (username, ee_profile, cert_profile, ca_id, subject_dn, "
            "subject_alt_names, email, status, created_at, updated_at) VALUES (:username, :eeProfile, "
            ":certProfile, :ca, :subject, :sans, :email, :status, :now, :now) ON CONFLICT (username) DO UPDATE "
            "SET ee_profile = excluded.ee_profile, cert_profile = excluded.cert_profile, ca_id = excluded.ca_id, "
            "subject_dn = excluded.subject_dn, subject_alt_names = excluded.subject_alt_names, "
            "email = excluded.email, status = excluded.status, updated_at = excluded.updated_at"),
        {{QStringLiteral("username"), e.username},
         {QStringLiteral("eeProfile"), e.endEntityProfile},
         {QStringLiteral("certProfile"), e.certificateProfile},
         {QStringLiteral("ca"), e.caId.value()},
         {QStringLiteral("subject"), e.subjectDn},
         {QStringLiteral("sans"),
          QString::fromUtf8(
              QJsonDocument(QJsonArray::fromStringList(e.subjectAltNames)).toJson(QJsonDocument::Compact))},
         {QStringLiteral("email"), e.email.isEmpty() ? QVariant() : QVariant(e.email)},
         {QStringLiteral("status"), status},
         {QStringLiteral("now"), now}});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<EndEntity> EndEntityRepository::find(const QString &username) const
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral(
            "SELECT username, ee_profile, cert_profile, ca_id, subject_dn, subject_alt_names, email, status, "
            "created_at, updated_at FROM end_entities WHERE username = :u"),
        {{QStringLiteral("u"), username}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No end entity '%1'").arg(username));
    }
    EndEntity e;
    e.username = q->value(0).toString();
    e.endEntityProfile = q->value(1).toString();
    e.certificateProfile = q->value(2).toString();
    e.caId = CaId(q->value(3).toString());
    e.subjectDn = q->value(4).toString();
    for (const QJsonValue &v : QJsonDocument::fromJson(q->value(5).toString().toUtf8()).array()) {
        e.subjectAltNames << v.toString();
    }
    e.email = q->value(6).toString();
    e.status = q->value(7).toString();
    e.createdAt = QDateTime::fromMSecsSinceEpoch(q->value(8).toLongLong(), Qt::UTC);
    e.updatedAt = QDateTime::fromMSecsSinceEpoch(q->value(9).toLongLong(), Qt::UTC);
    return e;
}
