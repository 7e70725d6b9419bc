// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_pkey_st;

/** What a public key is: "EC" + curve ("P-256"), "RSA" + bits, or "Ed25519"/"Ed448"/other names. */
struct KeyInfo
{
    QString algorithm;
    QString curve;
    int bits = 0;
    /** DER SubjectPublicKeyInfo. */
    QByteArray spkiDer;

    /** "EC P-256", "RSA 2048", "Ed25519". */
    QString toString() const;
};

/**
 * An asymmetric private key (a shared, immutable OpenSSL key). Copyable value type; the key
 * material leaves it only through the explicit export functions.
 */
class PrivateKey
{
public:
    PrivateKey() = default;

    /** Generates "EC:P-256", "EC:P-384", or "RSA:2048".."RSA:4096" (multiples of 1024 only). */
    static Result<PrivateKey> generate(const QString &spec);
    /**
     * Imports PEM (PKCS#8, traditional "RSA/EC PRIVATE KEY", encrypted with `passphrase`) or DER
     * (PKCS#8, traditional, encrypted PKCS#8). Malformed when unreadable or the passphrase is wrong.
     */
    static Result<PrivateKey> fromData(const QByteArray &pemOrDer, const QByteArray &passphrase = {});

    bool isNull() const { return !m_key; }

    QByteArray toPkcs8Der() const;
    QByteArray toPkcs8Pem() const;
    /** PKCS#8 PEM encrypted with AES-256-CBC under `passphrase` (for exports and tests). */
    Result<QByteArray> toEncryptedPem(const QByteArray &passphrase) const;

    KeyInfo info() const;
    /** The spec this key would be generated from: "EC:P-256", "RSA:3072". */
    QString spec() const;
    /** DER SubjectPublicKeyInfo. */
    QByteArray publicKeyDer() const;
    /** True when `spkiDer` is this key's public half. */
    bool matchesPublicKey(const QByteArray &spkiDer) const;

private:
    friend class CertificateBuilder;
    friend class CrlBuilder;
    friend class Csr;
    friend class OcspResponse;
    evp_pkey_st *native() const { return m_key.get(); }

    std::shared_ptr<evp_pkey_st> m_key;
};
