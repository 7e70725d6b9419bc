// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jose/Jwk.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

/**
 * An ACME account private key: the client side, for tests, the benchmark tool and engine
 * tests. The server never holds account private keys. Copyable; copies share one key.
 * toPem() returns secret material: never log it.
 */
class AccountKey
{
public:
    /** A null key: isNull(), signs nothing. */
    AccountKey();

    /**
     * Generates a key: "EC:P-256", "EC:P-384", "EC:P-521", "Ed25519" or "RSA:<bits>" with bits
     * 2048..8192 (a multiple of 8). Unsupported specs give CoreError::Code::Unsupported.
     */
    static Result<AccountKey> generate(const QString &spec);
    /** From an unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY"); the public key must pass the Jwk policy. */
    static Result<AccountKey> fromPem(const QByteArray &pkcs8Pem);

    bool isNull() const;
    /** Unencrypted PKCS#8 PEM. Secret. */
    QByteArray toPem() const;
    Jwk publicJwk() const;
    /** The JWS alg: RS256, ES256, ES384, ES512 or EdDSA. */
    QString alg() const;

    /** A JWS signature over \a signingInput in alg() (ES*: fixed-length r||s, RFC 7518 §3.4). */
    Result<QByteArray> sign(const QByteArray &signingInput) const;

    /**
     * An X.509-style signature over \a data for the asymmetric EAB "aks" (see EabVerifier):
     * SHA256withRSA/SHA384withRSA/SHA512withRSA (PKCS#1 v1.5), SHA256withECDSA/... (DER
     * ECDSA-Sig-Value) or Ed25519. The algorithm must fit the key type.
     */
    Result<QByteArray> signWithAlgorithm(const QByteArray &data, const QString &signatureAlgorithm) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};
