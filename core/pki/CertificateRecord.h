// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

/** An issued certificate as stored in the certificates table. A copyable value type. */
struct CertificateRecord
{
    CertificateId id;
    /** Lowercase hex, even number of digits (X509Certificate::serialHex). */
    QString serialHex;
    CaId caId;
    QString orderId;
    QString accountId;
    QString endEntity;
    QString certificateProfile;
    QString subjectDn;
    QStringList dnsNames;
    QStringList ipAddresses;
    QByteArray der;
    QDateTime notBefore;
    QDateTime notAfter;
    /** "valid" or "revoked". */
    QString status = QStringLiteral("valid");
    std::optional<QDateTime> revokedAt;
    /** RFC 5280 §5.3.1 CRLReason; -1 while not revoked. */
    int revocationReason = -1;
    QDateTime createdAt;

    bool isRevoked() const { return status == QLatin1String("revoked"); }
};
