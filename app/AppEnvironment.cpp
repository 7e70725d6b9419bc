// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/AppEnvironment.h"

#include "core/crypto/X509Certificate.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QSaveFile>
#include <QStandardPaths>

AppEnvironment::Paths AppEnvironment::resolvePaths(const QString &dataDirOption, const QString &databaseOption)
{
    Paths p;
    p.dataDir = dataDirOption;
    if (p.dataDir.isEmpty()) {
        p.dataDir = qEnvironmentVariable("ANVIL_DATA_DIR");
    }
    if (p.dataDir.isEmpty()) {
        p.dataDir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/anvil");
    }
    p.dataDir = QDir(p.dataDir).absolutePath();
    p.databaseUrl = databaseOption;
    if (p.databaseUrl.isEmpty()) {
        p.databaseUrl = qEnvironmentVariable("ANVIL_DATABASE_URL");
    }
    if (p.databaseUrl.isEmpty()) {
        p.databaseUrl = QStringLiteral("sqlite:") + p.dataDir + QStringLiteral("/anvil.db");
    }
    p.masterKeyFile = qEnvironmentVariable("ANVIL_MASTER_KEY_FILE");
    if (p.masterKeyFile.isEmpty()) {
        p.masterKeyFile = p.dataDir + QStringLiteral("/master.key");
    }
    return p;
}

Result<std::unique_ptr<AppEnvironment>> AppEnvironment::open(const Paths &paths)
{
    if (!QDir().mkpath(paths.dataDir)) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot create the data directory %1").arg(paths.dataDir));
    }
    QFile::setPermissions(paths.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    std::unique_ptr<AppEnvironment> env(new AppEnvironment);
    env->m_paths = paths;
    Result<std::shared_ptr<Database>> db = Database::open(paths.databaseUrl);
    if (!db) {
        return db.error();
    }
    env->m_db = *db;
    if (VoidResult m = env->m_db->migrate(); !m) {
        return m.error();
    }
    if (!env->m_db->sqliteFile().isEmpty()) {
        // The database holds account keys and certificates: owner-only, like the key files.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::setPermissions(env->m_db->sqliteFile() + suffix, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
    }
    Result<MasterKey> key = MasterKey::loadOrCreate(paths.masterKeyFile);
    if (!key) {
        return key.error();
    }
    env->m_config = std::make_unique<ConfigStore>(env->m_db, env->m_clock);
    env->m_cas = std::make_unique<CaService>(env->m_db, *key, env->m_clock);
    env->m_profiles = std::make_unique<ProfileRepository>(env->m_db, env->m_clock);
    env->m_issuance = std::make_unique<IssuanceService>(env->m_db, *env->m_cas, *env->m_profiles, env->m_clock);
    env->m_setup = std::make_unique<SetupService>(*env->m_config, *env->m_cas, *env->m_profiles);
    env->m_audit = std::make_unique<AuditLog>(env->m_db, env->m_clock);
    return env;
}

QString AppEnvironment::serverChainFile() const
{
    return m_paths.dataDir + QStringLiteral("/server-chain.pem");
}

QString AppEnvironment::serverKeyFile() const
{
    return m_paths.dataDir + QStringLiteral("/server-key.pem");
}

QString AppEnvironment::caBundleFile() const
{
    return m_paths.dataDir + QStringLiteral("/ca-bundle.pem");
}

VoidResult AppEnvironment::writePrivateFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot write %1").arg(path), f.errorString());
    }
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(data);
    if (!f.commit()) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot write %1").arg(path), f.errorString());
    }
    return {};
}

VoidResult AppEnvironment::ensureServerCertificate(const QStringList &hostnames)
{
    QStringList dns;
    QStringList ips;
    for (const QString &h : hostnames) {
        if (QHostAddress(h).isNull()) {
            dns << h.toLower();
        } else {
            ips << QHostAddress(h).toString();
        }
    }
    QFile existing(serverChainFile());
    if (existing.open(QIODevice::ReadOnly) && QFile::exists(serverKeyFile())) {
        Result<X509Certificate> cert = X509Certificate::fromPem(existing.readAll());
        if (cert) {
            QStringList haveDns = cert->dnsNames();
            QStringList haveIps = cert->ipAddresses();
            QStringList wantDns = dns;
            QStringList wantIps = ips;
            haveDns.sort();
            haveIps.sort();
            wantDns.sort();
            wantIps.sort();
            if (haveDns == wantDns && haveIps == wantIps && cert->notAfter() > m_clock.now().addDays(30)) {
                return {};
            }
        }
    }
    Result<CertificateAuthority> ca = m_setup->issuingCa();
    if (!ca) {
        return ca.error();
    }
    Result<CaService::ServerCredentials> creds
        = m_cas->issueServerCertificate(ca->id, dns, ips, Duration::fromMs(365LL * 24 * 3600 * 1000));
    if (!creds) {
        return creds.error();
    }
    if (VoidResult k = writePrivateFile(serverKeyFile(), creds->keyPem); !k) {
        return k;
    }
    QSaveFile chain(serverChainFile());
    if (!chain.open(QIODevice::WriteOnly)) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot write %1").arg(serverChainFile()));
    }
    chain.write(creds->chainPem);
    if (!chain.commit()) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot write %1").arg(serverChainFile()));
    }
    return writeCaBundle();
}

VoidResult AppEnvironment::writeCaBundle()
{
    Result<CertificateAuthority> ca = m_setup->issuingCa();
    if (!ca) {
        return ca.error();
    }
    Result<QList<X509Certificate>> chain = m_cas->chain(ca->id);
    if (!chain) {
        return chain.error();
    }
    // Clients trust the root; the intermediates come with every chain we serve.
    QSaveFile f(caBundleFile());
    if (!f.open(QIODevice::WriteOnly)) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot write %1").arg(caBundleFile()));
    }
    f.write(chain->last().toPem());
    if (!f.commit()) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot write %1").arg(caBundleFile()));
    }
    return {};
}
