// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pki/CertificateProfile.h"
#include "core/pki/EndEntityProfile.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

#include <memory>

class AuditLog;
class Clock;
class ConfigStore;
class Database;
class ProfileRepository;

/**
 * Certificate and end entity profiles for the console: list, create, edit, clone and remove,
 * validated by the profiles themselves (CertificateProfile::validate, EndEntityProfile::validate,
 * as `anvil profile set` is) and audited. Removing a profile that something still uses is refused.
 * Call from the admin worker thread.
 */
class ProfileCatalog
{
public:
    ProfileCatalog(std::shared_ptr<Database> db, ConfigStore *config, const Clock &clock);
    ~ProfileCatalog();

    Result<QList<CertificateProfile>> certificateProfiles() const;
    Result<QList<EndEntityProfile>> endEntityProfiles() const;

    /**
     * Saves `profile`. `originalName` empty: a new profile (Conflict when the name is taken);
     * otherwise the profile of that name is replaced (renamed when the name changed).
     */
    Result<CertificateProfile> saveCertificateProfile(const CertificateProfile &profile, const QString &originalName,
                                                      const QString &actor);
    Result<EndEntityProfile> saveEndEntityProfile(const EndEntityProfile &profile, const QString &originalName,
                                                  const QString &actor);
    /** Conflict while an end entity profile names it. */
    VoidResult removeCertificateProfile(const QString &name, const QString &actor);
    /** Conflict while an ACME alias uses it. */
    VoidResult removeEndEntityProfile(const QString &name, const QString &actor);

    /** The extended key usages CertificateBuilder knows, for the editor's choices. */
    static QStringList knownExtendedKeyUsages();

private:
    Result<bool> certificateProfileExists(const QString &name) const;
    Result<bool> endEntityProfileExists(const QString &name) const;

    std::shared_ptr<Database> m_db;
    ConfigStore *m_config;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<AuditLog> m_audit;
};
