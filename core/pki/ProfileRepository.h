// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pki/CertificateProfile.h"
#include "core/pki/EndEntityProfile.h"
#include "core/storage/BeaconCache.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

#include <memory>

class Clock;
class Database;

/**
 * Certificate and end entity profiles in certificate_profiles / end_entity_profiles (config = JSON).
 *
 * Every issuance reads its profiles (two or three statements per order); on a SQLite file they
 * are kept in memory. Every save or removal bumps a ChangeBeacon beside the database once it is
 * committed, in this process or another (the command line, a console), and a read that finds the
 * beacon moved reads the database again. Entries are also dropped after a second, so a change
 * whose writer died before its bump is seen in a second too. Reads inside a transaction, and
 * every read on PostgreSQL, go to the database.
 */
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
    // Both announce to one beacon ("-profiles"): a change of either kind drops both.
    BeaconCache<CertificateProfile> m_certificateCache;
    BeaconCache<EndEntityProfile> m_endEntityCache;
};
