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

/**
 * `epochMs` as 8 base-62 characters (digits, then upper, then lower case), so that bytewise order
 * is time order until the year 8888; before the epoch is the epoch, later is 62^8 - 1.
 */
inline QString timePrefix(qint64 epochMs)
{
    static const char digits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    constexpr int width = 8;
    constexpr quint64 limit = 218340105584896ULL; // 62^8
    quint64 v = epochMs < 0 ? 0 : qMin(quint64(epochMs), limit - 1);
    char prefix[width];
    for (int i = width - 1; i >= 0; --i) {
        prefix[i] = digits[v % 62];
        v /= 62;
    }
    return QString::fromLatin1(prefix, width);
}

/**
 * A resource id whose text sorts by creation time: timePrefix(`epochMs`), then make(`randomBytes`).
 * Rows keyed by random text land on random pages of their primary-key index, and every insert
 * dirties, logs and later checkpoints a page nobody touched for a while (and, in a large
 * database, first reads it back); ids made in time order land on the index's last pages, which
 * the next inserts dirty again. The random part keeps the id unguessable; the prefix tells only
 * when the resource was made (an order's "expires" already does).
 */
inline QString timeOrdered(qint64 epochMs, int randomBytes)
{
    return timePrefix(epochMs) + make(randomBytes);
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
