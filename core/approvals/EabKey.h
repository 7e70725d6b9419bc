// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

/**
 * One External Account Binding key of an ACME alias (RFC 8555 §7.3.4 and the reference's
 * "Managing ACME External Account Bindings"). A copyable value type built from an eab_keys row;
 * it never carries the MAC key itself (EabKeyService::reveal() and ::bindingMaterial() do).
 */
struct EabKey
{
    enum class Type {
        Symmetric, // RFC 8555: MAC with a shared key
        Asymmetric, // reference: account-key signature plus "aks" by a key the CA holds the public half of
    };

    EabKeyId id;
    QString alias;
    /** The "kid" of the binding: base64url, 1 to 256 characters. */
    QString keyIdentifier;
    QString label;
    Type type = Type::Symmetric;
    /** Symmetric: HS256, HS384 or HS512. */
    QString macAlgorithm;
    /** Symmetric: the key is sealed with the master key at rest ('Encrypt Key'). */
    bool encrypted = false;
    /** Asymmetric: PEM public key or X.509 certificate. */
    QString publicKeyPem;
    /** Asymmetric: the "cf" string clients must send. */
    QString fingerprint;
    /** Asymmetric: SHA256withECDSA, SHA256withRSA, Ed25519, ... */
    QString signatureAlgorithm;
    /** Invalid when the key does not expire. */
    QDateTime expiresAt;
    bool singleUse = false;
    /** Invalid while not revoked. */
    QDateTime revokedAt;
    /** First account binding; invalid while unused. */
    QDateTime usedAt;
    QDateTime createdAt;
    /** Accounts bound with this key (filled by EabKeyService::list/find). */
    qint64 boundAccounts = 0;

    bool isRevoked() const { return revokedAt.isValid(); }
    bool isExpired(const QDateTime &now) const { return expiresAt.isValid() && now >= expiresAt; }
    bool isUsedUp() const { return singleUse && usedAt.isValid(); }
    /** "active", "revoked", "expired" or "used". */
    QString state(const QDateTime &now) const
    {
        if (isRevoked()) {
            return QStringLiteral("revoked");
        }
        if (isExpired(now)) {
            return QStringLiteral("expired");
        }
        if (isUsedUp()) {
            return QStringLiteral("used");
        }
        return QStringLiteral("active");
    }
    static QString typeName(Type t)
    {
        return t == Type::Symmetric ? QStringLiteral("mac") : QStringLiteral("asymmetric");
    }
};
