// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only: a real CA (root + issuing, EC P-256) and the engine's PKI facade over it, for
// engine tests that finalize orders.

#include "core/acme/PkiCertificates.h"
#include "core/crypto/MasterKey.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"

#include <memory>

struct PkiHarness
{
    std::unique_ptr<CaService> cas;
    std::unique_ptr<ProfileRepository> profiles;
    std::unique_ptr<IssuanceService> issuance;
    std::unique_ptr<PkiCertificates> facade;

    PkiHarness(std::shared_ptr<Database> db, ConfigStore &config, const Clock &clock)
    {
        cas = std::make_unique<CaService>(db, MasterKey::generate(), clock);
        profiles = std::make_unique<ProfileRepository>(db, clock);
        issuance = std::make_unique<IssuanceService>(db, *cas, *profiles, clock);
        Result<CaService::RootAndIssuing> ca = cas->createRootAndIssuing(
            QStringLiteral("Test Root"), QStringLiteral("CN=Test Root"), QStringLiteral("Test Issuing"),
            QStringLiteral("CN=Test Issuing"), QStringLiteral("EC:P-256"), Duration::fromSeconds(10LL * 365 * 86400),
            Duration::fromSeconds(5LL * 365 * 86400));
        Q_ASSERT(ca.isOk());
        VoidResult p = profiles->ensureDefaults(QStringLiteral("Test Issuing"));
        Q_ASSERT(p.isOk());
        facade = std::make_unique<PkiCertificates>(db, config, *cas, *profiles, *issuance, clock);
    }
};
