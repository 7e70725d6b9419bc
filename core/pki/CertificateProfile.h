// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Duration.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * What a certificate issued under this profile may and must look like: allowed subject key
 * types, validity and extended key usages. A copyable value type, stored as JSON in
 * certificate_profiles.config (the name is the row key, not part of the JSON).
 */
struct CertificateProfile
{
    QString name;
    /** What the profile is for, shown to ACME clients (draft-ietf-acme-profiles meta.profiles). */
    QString description;
    /** "EC", "RSA". */
    QStringList keyAlgorithms {QStringLiteral("EC"), QStringLiteral("RSA")};
    /** "P-256", "P-384", "P-521". */
    QStringList ecCurves {QStringLiteral("P-256"), QStringLiteral("P-384")};
    QList<int> rsaBits {2048, 3072, 4096};
    Duration validity = Duration::fromMs(90LL * 24 * 3600 * 1000);
    /** Names CertificateBuilder knows: "serverAuth", "clientAuth", ... */
    QStringList extendedKeyUsage {QStringLiteral("serverAuth")};
    /** Issuing a new certificate for an end entity revokes its earlier valid ones (superseded). */
    bool singleActiveCertificate = false;

    /** The profile ACME issuance uses unless told otherwise: "ACME_TLS". */
    static CertificateProfile acmeDefault();

    /** Checks every field; InvalidProfile with a detail naming the profile, the field and the rule. */
    VoidResult validate() const;

    /**
     * BadCsr unless the profile allows a subject key of this algorithm ("EC", "RSA", "Ed25519"),
     * curve ("P-256") and size, e.g. "RSA key of 1024 bits is not allowed by profile 'X'
     * (allowed: 2048, 3072, 4096)".
     */
    VoidResult checkKey(const QString &algorithm, const QString &curve, int bits) const;

    /** {"keyAlgorithms": [...], "ecCurves": [...], "rsaBits": [...], "validity": "90d", ...} */
    QJsonObject toJson() const;
    /** Reads and validates; InvalidProfile for a wrong type or a malformed validity string. */
    static Result<CertificateProfile> fromJson(const QString &name, const QJsonObject &json);
};
