// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/Base64Url.h"

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= 'a' && c <= 'z') {
        return c - 'a' + 26;
    }
    if (c >= '0' && c <= '9') {
        return c - '0' + 52;
    }
    if (c == '-') {
        return 62;
    }
    if (c == '_') {
        return 63;
    }
    return -1;
}

CoreError invalid(const QString &internal)
{
    return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid base64url encoding"), internal);
}

} // namespace

namespace Base64Url {

QByteArray encode(const QByteArray &data)
{
    QByteArray out;
    out.reserve((data.size() * 4 + 2) / 3);
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    for (; i + 3 <= n; i += 3) {
        const quint32 v = (quint32(p[i]) << 16) | (quint32(p[i + 1]) << 8) | quint32(p[i + 2]);
        out.append(kAlphabet[(v >> 18) & 0x3f]);
        out.append(kAlphabet[(v >> 12) & 0x3f]);
        out.append(kAlphabet[(v >> 6) & 0x3f]);
        out.append(kAlphabet[v & 0x3f]);
    }
    const qsizetype rest = n - i;
    if (rest == 1) {
        const quint32 v = quint32(p[i]) << 16;
        out.append(kAlphabet[(v >> 18) & 0x3f]);
        out.append(kAlphabet[(v >> 12) & 0x3f]);
    } else if (rest == 2) {
        const quint32 v = (quint32(p[i]) << 16) | (quint32(p[i + 1]) << 8);
        out.append(kAlphabet[(v >> 18) & 0x3f]);
        out.append(kAlphabet[(v >> 12) & 0x3f]);
        out.append(kAlphabet[(v >> 6) & 0x3f]);
    }
    return out;
}

QString encodeToString(const QByteArray &data)
{
    return QString::fromLatin1(encode(data));
}

Result<QByteArray> decode(const QByteArray &text)
{
    const qsizetype n = text.size();
    if (n % 4 == 1) {
        return invalid(QStringLiteral("impossible length %1").arg(n));
    }
    QByteArray out;
    out.reserve(n * 3 / 4);
    quint32 acc = 0;
    int bits = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const int v = sextet(text.at(i));
        if (v < 0) {
            // Covers '=', '+', '/', whitespace, NUL and everything else.
            return invalid(QStringLiteral("invalid character at offset %1").arg(i));
        }
        acc = (acc << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out.append(char((acc >> bits) & 0xff));
        }
    }
    // RFC 4648 §3.5: the unused bits of the last character must be zero; otherwise two
    // encodings would decode to the same bytes.
    if (bits > 0 && (acc & ((1u << bits) - 1)) != 0) {
        return invalid(QStringLiteral("non-zero trailing bits"));
    }
    return out;
}

Result<QByteArray> decode(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f) {
            return invalid(QStringLiteral("non-ASCII character"));
        }
    }
    return decode(text.toLatin1());
}

} // namespace Base64Url
