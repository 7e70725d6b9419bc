// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pki/CertificateProfile.h"
#include "core/pki/EndEntityProfile.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

#include <memory>

class Clock;
class Database;

/** Certificate and end entity profiles in certificate_profiles / end_entity_profiles (config = JSON). */
class ProfileRepository
{
public:
    ProfileRepository(std::shared_ptr<Database> db, const Clock &clock);

    /** NotFound when absent; InvalidProfile when the stored JSON no longer validates. */
    Result<CertificateProfile> certificateProfile(const QString &name) const;
    Result<QList<CertificateProfile>> certificateProfiles() const;
    /** Validates, then inserts or replaces. */
    VoidResult saveCertificateProfile(const CertificateProfile &profile);
    /** NotFound when absent. */
    VoidResult removeCertificateProfile(const QString &name);

    Result<EndEntityProfile> endEntityProfile(const QString &name) const;
    Result<QList<EndEntityProfile>> endEntityProfiles() const;
    VoidResult saveEndEntityProfile(const EndEntityProfile &profile);
    VoidResult removeEndEntityProfile(const QString &name);

    /**
     * Creates the "ACME_TLS" certificate profile and the "ACME_EE" end entity profile (default CA
     * `defaultCa`) when they are missing; leaves existing ones untouched.
     */
    VoidResult ensureDefaults(const QString &defaultCa = {});

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
};
