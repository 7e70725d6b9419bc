// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/**
 * The digests challenges publish instead of the key authorization itself. Computed here rather
 * than through core/jose so validation stays independent of it.
 */
class KeyAuthorizationDigest
{
public:
    /** SHA-256 over the key authorization's UTF-8 octets (32 bytes). */
    static QByteArray sha256(const QString &keyAuthorization);
    /** RFC 8555 §8.4: base64url(SHA-256(keyAuthorization)) without padding, the dns-01 TXT value. */
    static QString dnsTxtValue(const QString &keyAuthorization);
};
