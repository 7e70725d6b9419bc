// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/ProfileRepository.h"

#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct Table
{
    QString table;
    QString kind;
};

const Table kCertificate {QStringLiteral("certificate_profiles"), QStringLiteral("Certificate profile")};
const Table kEndEntity {QStringLiteral("end_entity_profiles"), QStringLiteral("End entity profile")};

Result<QJsonObject> loadJson(Database &db, const Table &t, const QString &name)
{
    Result<QSqlQuery> q = db.exec(QStringLiteral("SELECT config FROM %1 WHERE name = :name").arg(t.table),
                                  {{QStringLiteral("name"), name}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("%1 '%2' does not exist").arg(t.kind, name));
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(q->value(0).toString().toUtf8(), &err);
    if (!doc.isObject()) {
        return CoreError(CoreError::Code::InvalidProfile, QStringLiteral("%1 '%2' is stored damaged").arg(t.kind, name),
                         err.errorString());
    }
    return doc.object();
}

Result<QStringList> names(Database &db, const Table &t)
{
    Result<QSqlQuery> q = db.exec(QStringLiteral("SELECT name FROM %1 ORDER BY name").arg(t.table));
    if (!q) {
        return q.error();
    }
    QStringList out;
    while (q->next()) {
        out << q->value(0).toString();
    }
    return out;
}

VoidResult save(Database &db, const Table &t, const QString &name, const QJsonObject &json, qint64 nowMs)
{
    Result<QSqlQuery> q = db.exec(
        QStringLiteral("INSERT INTO %1 (name, config, updated_at) VALUES (:name, :config, :now) "
                       "ON CONFLICT (name) DO UPDATE SET config = excluded.config, updated_at = excluded.updated_at")
            .arg(t.table),
        {{QStringLiteral("name"), name},
         {QStringLiteral("config"), QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))},
         {QStringLiteral("now"), nowMs}});
    if (!q) {
        return q.error();
    }
    return {};
}

VoidResult remove(Database &db, const Table &t, const QString &name)
{
    Result<QSqlQuery> q
        = db.exec(QStringLiteral("DELETE FROM %1 WHERE name = :name").arg(t.table), {{QStringLiteral("name"), name}});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("%1 '%2' does not exist").arg(t.kind, name));
    }
    return {};
}

} // namespace

ProfileRepository::ProfileRepository(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_certificateCache(m_db, QStringLiteral("profiles"), &clock, CrossNodeStaleness::UpToMaxAge)
    , m_endEntityCache(m_db, QStringLiteral("profiles"), &clock, CrossNodeStaleness::UpToMaxAge)
{
}

Result<CertificateProfile> ProfileRepository::certificateProfile(const QString &name) const
{
    BeaconCache<CertificateProfile>::Generation generation;
    if (std::optional<CertificateProfile> kept = m_certificateCache.find(name, generation)) {
        return *kept;
    }
    Result<QJsonObject> json = loadJson(*m_db, kCertificate, name);
    if (!json) {
        return json.error();
    }
    Result<CertificateProfile> profile = CertificateProfile::fromJson(name, *json);
    if (profile) {
        m_certificateCache.insert(name, *profile, generation);
    }
    return profile;
}

Result<QList<CertificateProfile>> ProfileRepository::certificateProfiles() const
{
    Result<QStringList> all = names(*m_db, kCertificate);
    if (!all) {
        return all.error();
    }
    QList<CertificateProfile> out;
    for (const QString &name : *all) {
        Result<CertificateProfile> p = certificateProfile(name);
        if (!p) {
            return p.error();
        }
        out << *p;
    }
    return out;
}

VoidResult ProfileRepository::saveCertificateProfile(const CertificateProfile &profile)
{
    if (VoidResult r = profile.validate(); !r) {
        return r;
    }
    VoidResult r = save(*m_db, kCertificate, profile.name, profile.toJson(), m_clock.nowMs());
    if (r) {
        m_certificateCache.announceChange();
    }
    return r;
}

VoidResult ProfileRepository::removeCertificateProfile(const QString &name)
{
    VoidResult r = remove(*m_db, kCertificate, name);
    if (r) {
        m_certificateCache.announceChange();
    }
    return r;
}

Result<EndEntityProfile> ProfileRepository::endEntityProfile(const QString &name) const
{
    BeaconCache<EndEntityProfile>::Generation generation;
    if (std::optional<EndEntityProfile> kept = m_endEntityCache.find(name, generation)) {
        return *kept;
    }
    Result<QJsonObject> json = loadJson(*m_db, kEndEntity, name);
    if (!json) {
        return json.error();
    }
    Result<EndEntityProfile> profile = EndEntityProfile::fromJson(name, *json);
    if (profile) {
        m_endEntityCache.insert(name, *profile, generation);
    }
    return profile;
}

Result<QList<EndEntityProfile>> ProfileRepository::endEntityProfiles() const
{
    Result<QStringList> all = names(*m_db, kEndEntity);
    if (!all) {
        return all.error();
    }
    QList<EndEntityProfile> out;
    for (const QString &name : *all) {
        Result<EndEntityProfile> p = endEntityProfile(name);
        if (!p) {
            return p.error();
        }
        out << *p;
    }
    return out;
}

VoidResult ProfileRepository::saveEndEntityProfile(const EndEntityProfile &profile)
{
    if (VoidResult r = profile.validate(); !r) {
        return r;
    }
    VoidResult r = save(*m_db, kEndEntity, profile.name, profile.toJson(), m_clock.nowMs());
    if (r) {
        m_endEntityCache.announceChange();
    }
    return r;
}

VoidResult ProfileRepository::removeEndEntityProfile(const QString &name)
{
    VoidResult r = remove(*m_db, kEndEntity, name);
    if (r) {
        m_endEntityCache.announceChange();
    }
    return r;
}

VoidResult ProfileRepository::ensureDefaults(const QString &defaultCa)
{
    return m_db->transaction([&]() -> VoidResult {
        const CertificateProfile tls = CertificateProfile::acmeDefault();
        Result<CertificateProfile> existing = certificateProfile(tls.name);
        if (!existing && existing.error().code() != CoreError::Code::NotFound) {
            return existing.error();
        }
        if (!existing) {
            if (VoidResult r = saveCertificateProfile(tls); !r) {
                return r;
            }
        }
        const EndEntityProfile ee = EndEntityProfile::acmeDefault(defaultCa);
        Result<EndEntityProfile> existingEe = endEntityProfile(ee.name);
        if (!existingEe && existingEe.error().code() != CoreError::Code::NotFound) {
            return existingEe.error();
        }
        if (!existingEe) {
            return saveEndEntityProfile(ee);
        }
        return {};
    });
}
