// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/ConfigStore.h"
#include "core/pki/CaService.h"
#include "core/pki/ProfileRepository.h"
#include "core/util/Duration.h"

#include <QString>
#include <QStringList>

/**
 * First start (issue #2): a CA (created or imported), the default profiles, a first ACME alias,
 * the server's own TLS certificate, and the listen ports. Shared by `anvil --headless --init` and
 * the console's setup wizard, so both do exactly the same thing.
 */
class SetupService
{
public:
    struct Options
    {
        // Create...
        QString rootName = QStringLiteral("Anvil Root CA");
        QString rootSubject = QStringLiteral("CN=Anvil Root CA,O=Anvil");
        bool withIssuingCa = true;
        QString issuingName = QStringLiteral("Anvil Issuing CA");
        QString issuingSubject = QStringLiteral("CN=Anvil Issuing CA,O=Anvil");
        QString keySpec = QStringLiteral("EC:P-256");
        Duration rootValidity = Duration::fromMs(20LL * 365 * 24 * 3600 * 1000);
        Duration issuingValidity = Duration::fromMs(10LL * 365 * 24 * 3600 * 1000);
        // ...or import (PEM/DER certificate or bundle, and key).
        QByteArray importCertificates;
        QByteArray importKey;
        QByteArray importPassphrase;
        QString importName = QStringLiteral("Imported CA");

        QString aliasName = QStringLiteral("default");
        QStringList hostnames; // the server certificate's names; empty = localhost, 127.0.0.1, ::1 and this host
        int tlsPort = 8442;
        int clientCertPort = 8443;
        int httpPort = 8080;
        bool enableAcme = false; // the reference's secure default: off until an admin enables it
    };

    struct Outcome
    {
        QString issuingCaName;
        QString rootCaName;
        QString aliasName;
        bool createdCa = false;
    };

    SetupService(ConfigStore &config, CaService &cas, ProfileRepository &profiles);

    /** True when a CA that can sign exists. */
    bool isInitialized();

    /** Idempotent: creates only what is missing (a second run keeps the existing CA). */
    Result<Outcome> initialize(const Options &options, const QString &actor);

    /** The CA that signs ACME certificates and the server's own certificate. */
    Result<CertificateAuthority> issuingCa();

    /** The names the server certificate covers by default. */
    static QStringList defaultHostnames();

private:
    ConfigStore &m_config;
    CaService &m_cas;
    ProfileRepository &m_profiles;
};
