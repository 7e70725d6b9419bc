// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/GovernancePolicy.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "tests/support/EngineHarness.h"
#include "tests/ui/UiFixture.h"

/**
 * The console's services and the ACME engine with account governance on one database: what a
 * client does through the engine shows up in the console, and what the admin does in the console
 * changes what the client is told next.
 */
struct GovernanceUiFixture : UiFixture
{
    GovernanceUiFixture(const std::function<void(AliasConfig &)> &edit = {})
    {
        admin->setMasterKey(master);
        h.addAlias(QStringLiteral("main"), edit);
        h.enable();
    }

    MasterKey master = MasterKey::generate();
    CaService cas {db, master, clock};
    ProfileRepository profiles {db, clock};
    IssuanceService issuance {db, cas, profiles, clock};
    GovernancePolicy policy {db, master, cas, issuance, clock};
    EngineHarness h {nullptr, &policy, db};
};
