// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QString>

/** RFC 8555 §8.1: token || '.' || base64url(JWK thumbprint (RFC 7638) of the account key). */
QString keyAuthorization(const QString &token, const Jwk &accountKey);

/** RFC 8555 §8.4: the dns-01 TXT record value, base64url(SHA-256(keyAuthorization)). */
QString dns01TxtValue(const QString &keyAuthorization);

/** RFC 8737 §3: the tls-alpn-01 acmeIdentifier extension value, SHA-256(keyAuthorization) (32 bytes). */
QByteArray tlsAlpn01Digest(const QString &keyAuthorization);
