// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

/**
 * The key that protects CA private keys at rest. It lives in a file outside the database, so a
 * database dump alone reveals no CA key. Sealed blobs are AES-256-GCM:
 * nonce (12 random bytes) || ciphertext || tag (16 bytes), authenticated together with an AAD
 * that binds a blob to its row (the CA id), so blobs cannot be swapped between rows.
 */
class MasterKey
{
public:
    static constexpr int KeySize = 32;
    static constexpr int NonceSize = 12;
    static constexpr int TagSize = 16;

    MasterKey() = default;

    /** Exactly 32 bytes, else Malformed. */
    static Result<MasterKey> fromBytes(const QByteArray &key);
    /** A new random key (tests, first start). */
    static MasterKey generate();
    /**
     * Reads the 32-byte key file at `path`; creates it (mode 0600, exclusive create) when absent.
     * Refuses a file of the wrong size or one that group or others may read.
     */
    static Result<MasterKey> loadOrCreate(const QString &path);

    bool isNull() const { return m_key.isEmpty(); }

    Result<QByteArray> seal(const QByteArray &plaintext, const QByteArray &aad) const;
    /** Crypto error when the key, the AAD or any byte of the blob is wrong. */
    Result<QByteArray> open(const QByteArray &sealed, const QByteArray &aad) const;

private:
    QByteArray m_key;
};
