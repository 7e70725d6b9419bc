// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Certificate.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

/**
 * Builds and signs a v2 CRL (RFC 5280 §5): cRLNumber, authorityKeyIdentifier, thisUpdate and
 * nextUpdate, and per entry the revocation date and reasonCode (omitted for unspecified(0),
 * as §5.3.1 recommends).
 */
class CrlBuilder
{
public:
    struct Entry
    {
        QString serialHex;
        QDateTime revokedAt;
        int reasonCode = 0;
    };

    void setUpdateTimes(const QDateTime &thisUpdate, const QDateTime &nextUpdate);
    void setCrlNumber(qint64 number) { m_crlNumber = number; }
    void addRevoked(const QString &serialHex, const QDateTime &revokedAt, int reasonCode);

    /** DER CRL signed by `issuerKey`, which must be the key of `issuer`. */
    Result<QByteArray> sign(const X509Certificate &issuer, const PrivateKey &issuerKey) const;

    /** DER → PEM ("X509 CRL"). */
    static QByteArray toPem(const QByteArray &der);

private:
    QDateTime m_thisUpdate;
    QDateTime m_nextUpdate;
    qint64 m_crlNumber = 0;
    QList<Entry> m_entries;
};
