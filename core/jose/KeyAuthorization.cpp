// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/KeyAuthorization.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JoseOpenSsl_p.h"

QString keyAuthorization(const QString &token, const Jwk &accountKey)
{
    return token + QLatin1Char('.') + accountKey.thumbprint();
}

QString dns01TxtValue(const QString &keyAuthorization)
{
    return Base64Url::encodeToString(tlsAlpn01Digest(keyAuthorization));
}

QByteArray tlsAlpn01Digest(const QString &keyAuthorization)
{
    // The key authorization is ASCII (token and thumbprint are base64url); UTF-8 is the same bytes.
    return JoseOpenSsl::digest("SHA256", keyAuthorization.toUtf8());
}
