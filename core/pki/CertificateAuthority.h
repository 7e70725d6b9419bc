// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/X509Certificate.h"
#include "core/util/Ids.h"

#include <QDateTime>
#include <QString>

#include <optional>

/** A CA as the rest of Anvil sees it (never its key). A copyable value type built from a cas row. */
struct CertificateAuthority
{
    CaId id;
    QString name;
    QString subjectDn;
    /** The CA that issued this one; null for a root or an imported CA whose issuer is unknown. */
    CaId issuerCaId;
    X509Certificate certificate;
    /** "EC:P-256", "RSA:3072"; "none" for an issuer-only CA imported without its key. */
    QString keyType;
    QString serialHex;
    QDateTime notBefore;
    QDateTime notAfter;
    qint64 crlNumber = 0;
    std::optional<QDateTime> renewEarlyAt;
    QDateTime createdAt;
    /** False for chain certificates imported without a key: they cannot sign. */
    bool hasKey = false;

    bool isRoot() const { return issuerCaId.isNull() && certificate.subjectDn() == certificate.issuerDn(); }
};
