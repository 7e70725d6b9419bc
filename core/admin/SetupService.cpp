// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/SetupService.h"

#include <QHostInfo>

SetupService::SetupService(ConfigStore &config, CaService &cas, ProfileRepository &profiles)
    : m_config(config)
    , m_cas(cas)
    , m_profiles(profiles)
{
}

QStringList SetupService::defaultHostnames()
{
    QStringList names {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"), QStringLiteral("::1")};
    const QString host = QHostInfo::localHostName();
    if (!host.isEmpty() && host != QLatin1String("localhost")) {
        names << host.toLower();
    }
    return names;
}

bool SetupService::isInitialized()
{
    return issuingCa().isOk();
}

Result<CertificateAuthority> SetupService::issuingCa()
{
    // The issuing CA is the one the default end entity profile names; before profiles exist,
    // the newest CA with a key.
    Result<EndEntityProfile> ee = m_profiles.endEntityProfile(QStringLiteral("ACME_EE"));
    if (ee && !ee->defaultCa.isEmpty()) {
        Result<CertificateAuthority> ca = m_cas.find(ee->defaultCa);
        if (ca && ca->hasKey) {
            return ca;
        }
    }
    Result<QList<CertificateAuthority>> all = m_cas.list();
    if (!all) {
        return all.error();
    }
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->hasKey && !it->isRoot()) {
            return *it;
        }
    }
    for (auto it = all->crbegin(); it != all->crend(); ++it) {
        if (it->hasKey) {
            return *it;
        }
    }
    return CoreError(CoreError::Code::NotFound, QStringLiteral("No CA exists yet: run the setup first"));
}

Result<SetupService::Outcome> SetupService::initialize(const Options &o, const QString &actor)
{
    Outcome out;
    out.aliasName = o.aliasName;
    Result<CertificateAuthority> existing = issuingCa();
    if (existing) {
        out.issuingCaName = existing->name;
    } else if (!o.importCertificates.isEmpty()) {
        Result<CertificateAuthority> imported
            = m_cas.importCa(o.importName, o.importCertificates, o.importKey, o.importPassphrase);
        if (!imported) {
            return imported.error();
        }
        out.issuingCaName = imported->name;
        out.createdCa = true;
    } else if (o.withIssuingCa) {
        Result<CaService::RootAndIssuing> both = m_cas.createRootAndIssuing(
            o.rootName, o.rootSubject, o.issuingName, o.issuingSubject, o.keySpec, o.rootValidity, o.issuingValidity);
        if (!both) {
            return both.error();
        }
        out.issuingCaName = both->issuing.name;
        out.rootCaName = both->root.name;
        out.createdCa = true;
    } else {
        Result<CertificateAuthority> root = m_cas.createRoot(o.rootName, o.rootSubject, o.keySpec, o.rootValidity);
        if (!root) {
            return root.error();
        }
        out.issuingCaName = root->name;
        out.rootCaName = root->name;
        out.createdCa = true;
    }
    if (VoidResult p = m_profiles.ensureDefaults(out.issuingCaName); !p) {
        return p.error();
    }
    Result<QList<AliasConfig>> aliases = m_config.aliases();
    if (!aliases) {
        return aliases.error();
    }
    if (aliases->isEmpty()) {
        if (VoidResult a = m_config.addAlias(AliasConfig::withDefaults(o.aliasName), actor); !a) {
            return a.error();
        }
    } else {
        out.aliasName = aliases->first().name;
    }
    Result<GlobalSettings> settings = m_config.settings();
    if (!settings) {
        return settings.error();
    }
    GlobalSettings s = *settings;
    s.tlsPort = o.tlsPort;
    s.clientCertPort = o.clientCertPort;
    s.httpPort = o.httpPort;
    if (!o.hostnames.isEmpty()) {
        s.serverHostnames = o.hostnames;
    } else if (s.serverHostnames.isEmpty()) {
        s.serverHostnames = defaultHostnames();
    }
    if (o.enableAcme) {
        s.acmeEnabled = true;
    }
    if (VoidResult w = m_config.saveSettings(s, actor); !w) {
        return w.error();
    }
    return out;
}
