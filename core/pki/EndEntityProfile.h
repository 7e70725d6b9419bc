// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * Who may get a certificate and with which names: the subject DN attributes, e-mail, SAN kinds
 * and counts, and which CAs and certificate profiles may be used. A copyable value type, stored
 * as JSON in end_entity_profiles.config.
 */
struct EndEntityProfile
{
    QString name;
    /** Subject DN attributes an end entity may carry ("CN", "O", "OU", ...); CN is always first. */
    QStringList subjectDnAttributes {QStringLiteral("CN")};
    bool commonNameRequired = true;
    /** False: the CN is fixed by the administrator, not taken from the request. */
    bool commonNameModifiable = true;
    bool emailUsed = false;
    bool emailRequired = false;
    bool sanDnsAllowed = true;
    int maxSanDns = 100;
    bool sanIpAllowed = true;
    int maxSanIp = 10;
    QString defaultCertificateProfile = QStringLiteral("ACME_TLS");
    /** Certificate profiles a request may name; empty means only the default. */
    QStringList availableCertificateProfiles {QStringLiteral("ACME_TLS")};
    /** CA name used when the request names none. */
    QString defaultCa;
    /** CA names a request may use; empty means only the default. */
    QStringList availableCas;

    /** The profile ACME issuance uses unless told otherwise: "ACME_EE" issuing from `defaultCa`. */
    static EndEntityProfile acmeDefault(const QString &defaultCa);

    VoidResult validate() const;
    /** RejectedIdentifier when this many DNS names / IP addresses are not allowed. */
    VoidResult checkIdentifierCounts(int dnsCount, int ipCount) const;
    bool allowsCertificateProfile(const QString &profile) const;
    bool allowsCa(const QString &caName) const;

    QJsonObject toJson() const;
    static Result<EndEntityProfile> fromJson(const QString &name, const QJsonObject &json);
};
