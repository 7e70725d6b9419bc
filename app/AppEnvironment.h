// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/SetupService.h"
#include "core/config/ConfigStore.h"
#include "core/crypto/MasterKey.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QString>

#include <memory>

/**
 * Where this node keeps its files, and the core services built on them. Built once by main()
 * for the server, the console and the command line alike.
 *
 * Data directory (ANVIL_DATA_DIR, --data-dir; default: the user's data directory, or
 * /var/lib/anvil for the system service): anvil.db (SQLite default), master.key (protects CA keys;
 * never in the database), server-chain.pem and server-key.pem (this node's TLS identity),
 * ca-bundle.pem (what ACME clients must trust).
 */
class AppEnvironment
{
public:
    struct Paths
    {
        QString dataDir;
        QString databaseUrl;
        QString masterKeyFile;
    };

    static Paths resolvePaths(const QString &dataDirOption, const QString &databaseOption);

    /** Opens and migrates the database, loads (or creates) the master key, builds the services. */
    static Result<std::unique_ptr<AppEnvironment>> open(const Paths &paths);

    const Paths &paths() const { return m_paths; }
    std::shared_ptr<Database> database() const { return m_db; }
    const Clock &clock() const { return m_clock; }
    ConfigStore &config() { return *m_config; }
    CaService &cas() { return *m_cas; }
    ProfileRepository &profiles() { return *m_profiles; }
    IssuanceService &issuance() { return *m_issuance; }
    SetupService &setup() { return *m_setup; }
    AuditLog &audit() { return *m_audit; }

    QString serverChainFile() const;
    QString serverKeyFile() const;
    QString caBundleFile() const;

    /** Issues (or re-issues when names changed or it expires within 30 days) this node's TLS certificate. */
    VoidResult ensureServerCertificate(const QStringList &hostnames);
    /** Writes the root(s) of the issuing CA's chain, for clients to trust. */
    VoidResult writeCaBundle();

    /** A file written with owner-only permissions (keys, backups). */
    static VoidResult writePrivateFile(const QString &path, const QByteArray &data);

private:
    AppEnvironment() = default;

    Paths m_paths;
    SystemClock m_clock;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<ConfigStore> m_config;
    std::unique_ptr<CaService> m_cas;
    std::unique_ptr<ProfileRepository> m_profiles;
    std::unique_ptr<IssuanceService> m_issuance;
    std::unique_ptr<SetupService> m_setup;
    std::unique_ptr<AuditLog> m_audit;
};
