// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

/**
 * Random numbers, hashes and MACs over OpenSSL (the only randomness source of Anvil, STYLE.md §4).
 * All functions are thread-safe.
 */
namespace Crypto {

enum class HmacAlgorithm {
    Sha256,
    Sha384,
    Sha512,
};

/**
 * `count` bytes from the OpenSSL CSPRNG (RAND_bytes). A CA must not run without randomness, so a
 * failing generator ends the process (qFatal) instead of returning predictable bytes.
 */
QByteArray randomBytes(int count);
/** `bytes` random bytes as unpadded base64url: unguessable ids for rows and URLs. */
QString randomId(int bytes = 16);

QByteArray sha1(const QByteArray &data);
QByteArray sha256(const QByteArray &data);
QByteArray sha384(const QByteArray &data);
QByteArray hmac(HmacAlgorithm algorithm, const QByteArray &key, const QByteArray &data);

/** Compares in time that depends only on the length (CRYPTO_memcmp); use it for MACs and tokens. */
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/**
 * Known-answer tests (FIPS 180-2 SHA-256 "abc", RFC 4231 HMAC case 2, an AES-256-GCM round trip
 * with AAD). The server refuses to start when this fails.
 */
VoidResult selfTest();

} // namespace Crypto
