// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/EndEntityProfile.h"

#include <QJsonArray>

namespace {

const QStringList &knownDnAttributes()
{
    static const QStringList all {
        QStringLiteral("CN"), QStringLiteral("O"), QStringLiteral("OU"),           QStringLiteral("C"),
        QStringLiteral("ST"), QStringLiteral("L"), QStringLiteral("serialNumber"), QStringLiteral("UID")};
    return all;
}

} // namespace

EndEntityProfile EndEntityProfile::acmeDefault(const QString &defaultCa)
{
    EndEntityProfile p;
    p.name = QStringLiteral("ACME_EE");
    p.defaultCa = defaultCa;
    return p;
}

VoidResult EndEntityProfile::validate() const
{
    auto invalid = [this](const QString &why) {
        return CoreError(CoreError::Code::InvalidProfile, QStringLiteral("End entity profile '%1': %2").arg(name, why));
    };
    if (name.trimmed().isEmpty() || name.size() > 250) {
        return CoreError(CoreError::Code::InvalidProfile,
                         QStringLiteral("An end entity profile needs a name of 1 to 250 characters"));
    }
    if (!subjectDnAttributes.contains(QLatin1String("CN"))) {
        return invalid(QStringLiteral("subjectDnAttributes must include CN"));
    }
    for (const QString &a : subjectDnAttributes) {
        if (!knownDnAttributes().contains(a)) {
            return invalid(QStringLiteral("unknown subject DN attribute '%1' (use %2)")
                               .arg(a, knownDnAttributes().join(QLatin1String(", "))));
        }
    }
    if (emailRequired && !emailUsed) {
        return invalid(QStringLiteral("an e-mail address cannot be required when it is not used"));
    }
    if (maxSanDns < 0 || maxSanDns > 1000 || maxSanIp < 0 || maxSanIp > 1000) {
        return invalid(QStringLiteral("maximum SAN counts must be from 0 to 1000"));
    }
    if (!sanDnsAllowed && !sanIpAllowed) {
        return invalid(QStringLiteral("at least one of DNS names and IP addresses must be allowed"));
    }
    if (defaultCertificateProfile.isEmpty()) {
        return invalid(QStringLiteral("defaultCertificateProfile is required"));
    }
    if (!availableCertificateProfiles.isEmpty() && !availableCertificateProfiles.contains(defaultCertificateProfile)) {
        return invalid(QStringLiteral("the default certificate profile '%1' must be one of the available ones")
                           .arg(defaultCertificateProfile));
    }
    if (!defaultCa.isEmpty() && !availableCas.isEmpty() && !availableCas.contains(defaultCa)) {
        return invalid(QStringLiteral("the default CA '%1' must be one of the available CAs").arg(defaultCa));
    }
    return {};
}

VoidResult EndEntityProfile::checkIdentifierCounts(int dnsCount, int ipCount) const
{
    if (dnsCount > 0 && !sanDnsAllowed) {
        return CoreError(CoreError::Code::RejectedIdentifier,
                         QStringLiteral("DNS names are not allowed by end entity profile '%1'").arg(name));
    }
    if (ipCount > 0 && !sanIpAllowed) {
        return CoreError(CoreError::Code::RejectedIdentifier,
                         QStringLiteral("IP addresses are not allowed by end entity profile '%1'").arg(name));
    }
    if (dnsCount > maxSanDns) {
        return CoreError(CoreError::Code::RejectedIdentifier,
                         QStringLiteral("%1 DNS names exceed the maximum of %2 of end entity profile '%3'")
                             .arg(dnsCount)
                             .arg(maxSanDns)
                             .arg(name));
    }
    if (ipCount > maxSanIp) {
        return CoreError(CoreError::Code::RejectedIdentifier,
                         QStringLiteral("%1 IP addresses exceed the maximum of %2 of end entity profile '%3'")
                             .arg(ipCount)
                             .arg(maxSanIp)
                             .arg(name));
    }
    return {};
}

bool EndEntityProfile::allowsCertificateProfile(const QString &profile) const
{
    return profile == defaultCertificateProfile || availableCertificateProfiles.contains(profile);
}

bool EndEntityProfile::allowsCa(const QString &caName) const
{
    return caName == defaultCa || availableCas.contains(caName);
}

QJsonObject EndEntityProfile::toJson() const
{
    return {
        {QStringLiteral("subjectDnAttributes"), QJsonArray::fromStringList(subjectDnAttributes)},
        {QStringLiteral("commonNameRequired"), commonNameRequired},
        {QStringLiteral("commonNameModifiable"), commonNameModifiable},
        {QStringLiteral("emailUsed"), emailUsed},
        {QStringLiteral("emailRequired"), emailRequired},
        {QStringLiteral("sanDnsAllowed"), sanDnsAllowed},
        {QStringLiteral("maxSanDns"), maxSanDns},
        {QStringLiteral("sanIpAllowed"), sanIpAllowed},
        {QStringLiteral("maxSanIp"), maxSanIp},
        {QStringLiteral("defaultCertificateProfile"), defaultCertificateProfile},
        {QStringLiteral("availableCertificateProfiles"), QJsonArray::fromStringList(availableCertificateProfiles)},
        {QStringLiteral("defaultCa"), defaultCa},
        {QStringLiteral("availableCas"), QJsonArray::fromStringList(availableCas)},
    };
}

Result<EndEntityProfile> EndEntityProfile::fromJson(const QString &name, const QJsonObject &json)
{
    EndEntityProfile p;
    p.name = name;
    auto invalid = [&name](const char *key, const char *what) {
        return CoreError(CoreError::Code::InvalidProfile,
                         QStringLiteral("End entity profile '%1': %2 must be %3")
                             .arg(name, QLatin1String(key), QLatin1String(what)));
    };
    for (const auto &[key, member] :
         {std::pair {"commonNameRequired", &p.commonNameRequired},
          std::pair {"commonNameModifiable", &p.commonNameModifiable}, std::pair {"emailUsed", &p.emailUsed},
          std::pair {"emailRequired", &p.emailRequired}, std::pair {"sanDnsAllowed", &p.sanDnsAllowed},
          std::pair {"sanIpAllowed", &p.sanIpAllowed}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined()) {
            continue;
        }
        if (!v.isBool()) {
            return invalid(key, "true or false");
        }
        *member = v.toBool();
    }
    for (const auto &[key, member] : {std::pair {"maxSanDns", &p.maxSanDns}, std::pair {"maxSanIp", &p.maxSanIp}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined()) {
            continue;
        }
        if (!v.isDouble()) {
            return invalid(key, "a number");
        }
        *member = v.toInt();
    }
    for (const auto &[key, member] : {std::pair {"defaultCertificateProfile", &p.defaultCertificateProfile},
                                      std::pair {"defaultCa", &p.defaultCa}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined()) {
            continue;
        }
        if (!v.isString()) {
            return invalid(key, "a string");
        }
        *member = v.toString();
    }
    for (const auto &[key, member] : {std::pair {"subjectDnAttributes", &p.subjectDnAttributes},
                                      std::pair {"availableCertificateProfiles", &p.availableCertificateProfiles},
                                      std::pair {"availableCas", &p.availableCas}}) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined()) {
            continue;
        }
        if (!v.isArray()) {
            return invalid(key, "a list of strings");
        }
        member->clear();
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString()) {
                return invalid(key, "a list of strings");
            }
            *member << item.toString();
        }
    }
    if (VoidResult r = p.validate(); !r) {
        return r.error();
    }
    return p;
}
