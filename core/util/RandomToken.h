// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

/**
 * Unguessable URL-safe tokens for resource ids, nonces and challenge tokens. QRandomGenerator::system()
 * reads the CPU's generator (RDRAND) where there is one, else the operating system's CSPRNG
 * (getrandom on Linux); both are fit for secrets.
 */
namespace RandomToken {

inline QByteArray bytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(out.data()), count / 4);
    for (int i = count - count % 4; i < count; ++i) {
        out[i] = char(QRandomGenerator::system()->bounded(256));
    }
    return out;
}

/** base64url (no padding) of `byteCount` random bytes: 16 bytes → 22 characters. */
inline QString make(int byteCount = 16)
{
    return QString::fromLatin1(
        bytes(byteCount).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

/** `count` random characters of [A-Za-z0-9] (the reference's ${RANDOM}: 12 characters). */
inline QString alphanumeric(int count)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) {
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(62)]);
    }
    return out;
}

} // namespace RandomToken
