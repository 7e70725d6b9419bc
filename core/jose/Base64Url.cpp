// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/Base64Url.h"

#include <array>

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** The value of each base64url character, -1 for every other byte ('=', '+', '/', NUL, ...). */
constexpr std::array<signed char, 256> makeSextets()
{
    std::array<signed char, 256> table {};
    for (signed char &v : table) {
        v = -1;
    }
    for (int i = 0; i < 64; ++i) {
        table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<signed char>(i);
    }
    return table;
}

constexpr std::array<signed char, 256> kSextets = makeSextets();

CoreError invalid(const QString &internal)
{
    return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid base64url encoding"), internal);
}

/**
 * Strict decoding of `n` code units (bytes, or UTF-16 units already known to be ASCII), written
 * straight into a buffer of the exact size: n characters carry 6n bits, whole bytes of them.
 */
template<typename Unit> Result<QByteArray> decodeUnits(const Unit *text, qsizetype n)
{
    if (n % 4 == 1) {
        return invalid(QStringLiteral("impossible length %1").arg(n));
    }
    QByteArray out(n * 3 / 4, Qt::Uninitialized);
    char *o = out.data();
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const quint32 unit = static_cast<quint32>(text[i]);
        const int v = unit < kSextets.size() ? kSextets[unit] : -1;
        if (v < 0) {
            // Covers '=', '+', '/', whitespace, NUL and everything else.
            return invalid(QStringLiteral("invalid character at offset %1").arg(i));
        }
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *o++ = char((acc >> bits) & 0xff);
        }
    }
    // RFC 4648 §3.5: the unused bits of the last character must be zero; otherwise two
    // encodings would decode to the same bytes.
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0) {
        return invalid(QStringLiteral("non-zero trailing bits"));
    }
    return out;
}

} // namespace

namespace Base64Url {

QByteArray encode(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    const qsizetype rest = n % 3;
    QByteArray out(n / 3 * 4 + (rest == 0 ? 0 : rest + 1), Qt::Uninitialized);
    char *o = out.data();
    qsizetype i = 0;
    for (; i + 3 <= n; i += 3) {
        const quint32 v = (quint32(p[i]) << 16) | (quint32(p[i + 1]) << 8) | quint32(p[i + 2]);
        *o++ = kAlphabet[(v >> 18) & 0x3f];
        *o++ = kAlphabet[(v >> 12) & 0x3f];
        *o++ = kAlphabet[(v >> 6) & 0x3f];
        *o++ = kAlphabet[v & 0x3f];
    }
    if (rest == 1) {
        const quint32 v = quint32(p[i]) << 16;
        *o++ = kAlphabet[(v >> 18) & 0x3f];
        *o++ = kAlphabet[(v >> 12) & 0x3f];
    } else if (rest == 2) {
        const quint32 v = (quint32(p[i]) << 16) | (quint32(p[i + 1]) << 8);
        *o++ = kAlphabet[(v >> 18) & 0x3f];
        *o++ = kAlphabet[(v >> 12) & 0x3f];
        *o++ = kAlphabet[(v >> 6) & 0x3f];
    }
    return out;
}

QString encodeToString(const QByteArray &data)
{
    return QString::fromLatin1(encode(data));
}

Result<QByteArray> decode(const QByteArray &text)
{
    return decodeUnits(reinterpret_cast<const unsigned char *>(text.constData()), text.size());
}

Result<QByteArray> decode(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            return invalid(QStringLiteral("non-ASCII character"));
        }
    }
    return decodeUnits(text.utf16(), text.size());
}

} // namespace Base64Url
