// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/ProfileCatalog.h"

#include "core/config/ConfigStore.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/pki/ProfileRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

#include <QJsonDocument>

namespace {

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

CoreError nameTaken(const QString &kind, const QString &name)
{
    return CoreError(CoreError::Code::Conflict, QStringLiteral("There is already a %1 named '%2'").arg(kind, name));
}

} // namespace

ProfileCatalog::ProfileCatalog(std::shared_ptr<Database> db, ConfigStore *config, const Clock &clock)
    : m_db(std::move(db))
    , m_config(config)
    , m_profiles(std::make_unique<ProfileRepository>(m_db, clock))
    , m_audit(std::make_unique<AuditLog>(m_db, clock))
{
}

ProfileCatalog::~ProfileCatalog() = default;

QStringList ProfileCatalog::knownExtendedKeyUsages()
{
    return CertificateBuilder::supportedExtendedKeyUsages();
}

Result<QList<CertificateProfile>> ProfileCatalog::certificateProfiles() const
{
    return m_profiles->certificateProfiles();
}

Result<QList<EndEntityProfile>> ProfileCatalog::endEntityProfiles() const
{
    return m_profiles->endEntityProfiles();
}

Result<bool> ProfileCatalog::certificateProfileExists(const QString &name) const
{
    Result<CertificateProfile> p = m_profiles->certificateProfile(name);
    if (p) {
        return true;
    }
    if (p.error().code() == CoreError::Code::NotFound) {
        return false;
    }
    // A stored profile that no longer validates still exists.
    return p.error().code() == CoreError::Code::InvalidProfile ? Result<bool>(true) : Result<bool>(p.error());
}

Result<bool> ProfileCatalog::endEntityProfileExists(const QString &name) const
{
    Result<EndEntityProfile> p = m_profiles->endEntityProfile(name);
    if (p) {
        return true;
    }
    if (p.error().code() == CoreError::Code::NotFound) {
        return false;
    }
    return p.error().code() == CoreError::Code::InvalidProfile ? Result<bool>(true) : Result<bool>(p.error());
}

Result<CertificateProfile> ProfileCatalog::saveCertificateProfile(const CertificateProfile &profile,
                                                                  const QString &originalName, const QString &actor)
{
    CertificateProfile p = profile;
    p.name = p.name.trimmed();
    if (VoidResult v = p.validate(); !v) {
        return v.error();
    }
    if (originalName != p.name) {
        Result<bool> exists = certificateProfileExists(p.name);
        if (!exists) {
            return exists.error();
        }
        if (*exists) {
            return nameTaken(QStringLiteral("certificate profile"), p.name);
        }
    }
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        if (VoidResult s = m_profiles->saveCertificateProfile(p); !s) {
            return s;
        }
        if (!originalName.isEmpty() && originalName != p.name) {
            if (VoidResult d = m_profiles->removeCertificateProfile(originalName); !d) {
                return d;
            }
        }
        return m_audit->append(
            actor, originalName.isEmpty() ? QStringLiteral("profile.create") : QStringLiteral("profile.set"),
            QStringLiteral("cert:") + p.name, jsonText(p.toJson()));
    });
    if (!r) {
        return r.error();
    }
    return p;
}

Result<EndEntityProfile> ProfileCatalog::saveEndEntityProfile(const EndEntityProfile &profile,
                                                              const QString &originalName, const QString &actor)
{
    EndEntityProfile p = profile;
    p.name = p.name.trimmed();
    if (VoidResult v = p.validate(); !v) {
        return v.error();
    }
    if (originalName != p.name) {
        Result<bool> exists = endEntityProfileExists(p.name);
        if (!exists) {
            return exists.error();
        }
        if (*exists) {
            return nameTaken(QStringLiteral("end entity profile"), p.name);
        }
    }
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        if (VoidResult s = m_profiles->saveEndEntityProfile(p); !s) {
            return s;
        }
        if (!originalName.isEmpty() && originalName != p.name) {
            if (VoidResult d = m_profiles->removeEndEntityProfile(originalName); !d) {
                return d;
            }
        }
        return m_audit->append(
            actor, originalName.isEmpty() ? QStringLiteral("profile.create") : QStringLiteral("profile.set"),
            QStringLiteral("ee:") + p.name, jsonText(p.toJson()));
    });
    if (!r) {
        return r.error();
    }
    return p;
}

VoidResult ProfileCatalog::removeCertificateProfile(const QString &name, const QString &actor)
{
    Result<QList<EndEntityProfile>> ees = m_profiles->endEntityProfiles();
    if (!ees) {
        return ees.error();
    }
    for (const EndEntityProfile &ee : *ees) {
        if (ee.defaultCertificateProfile == name || ee.availableCertificateProfiles.contains(name)) {
            return CoreError(
                CoreError::Code::Conflict,
                QStringLiteral("Certificate profile '%1' is used by end entity profile '%2'").arg(name, ee.name));
        }
    }
    return m_db->transaction([&]() -> VoidResult {
        if (VoidResult d = m_profiles->removeCertificateProfile(name); !d) {
            return d;
        }
        return m_audit->append(actor, QStringLiteral("profile.remove"), QStringLiteral("cert:") + name);
    });
}

VoidResult ProfileCatalog::removeEndEntityProfile(const QString &name, const QString &actor)
{
    if (m_config) {
        Result<QList<AliasConfig>> aliases = m_config->aliases();
        if (!aliases) {
            return aliases.error();
        }
        for (const AliasConfig &a : *aliases) {
            if (a.endEntityProfile == name) {
                return CoreError(
                    CoreError::Code::Conflict,
                    QStringLiteral("End entity profile '%1' is used by ACME alias '%2'").arg(name, a.name));
            }
        }
    }
    return m_db->transaction([&]() -> VoidResult {
        if (VoidResult d = m_profiles->removeEndEntityProfile(name); !d) {
            return d;
        }
        return m_audit->append(actor, QStringLiteral("profile.remove"), QStringLiteral("ee:") + name);
    });
}
