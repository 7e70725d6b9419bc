// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/KeyAuthorizationDigest.h"

#include <QCryptographicHash>

QByteArray KeyAuthorizationDigest::sha256(const QString &keyAuthorization)
{
    return QCryptographicHash::hash(keyAuthorization.toUtf8(), QCryptographicHash::Sha256);
}

QString KeyAuthorizationDigest::dnsTxtValue(const QString &keyAuthorization)
{
    return QString::fromLatin1(
        sha256(keyAuthorization).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
