// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>

/**
 * A validated public JSON Web Key (RFC 7517) that may sign ACME requests.
 *
 * Copyable value type: copies share one immutable OpenSSL key. A Jwk only exists in a state
 * that passed the key policy, so holders never re-check it:
 * - RSA: modulus 2048..8192 bits and odd; exponent odd, >= 3 and at most 64 bits (a larger
 *   exponent would only make verification slow, a denial of service lever). Leading zero
 *   octets in "n"/"e" are accepted and dropped, as go-jose (Boulder) does; toJson() and
 *   thumbprint() use the minimal form of RFC 7518 §6.3.1.
 * - EC: P-256, P-384, P-521; "x" and "y" exactly the field size (RFC 7518 §6.2.1.2); the
 *   point is on the curve and passes OpenSSL's public key check.
 * - OKP: Ed25519 only (RFC 8037), "x" 32 bytes.
 * - Private members ("d", "p", "q", "dp", "dq", "qi", "oth", "k") are rejected: a client that
 *   sends them has leaked its key and must not get an account with it.
 * Every rejection is CoreError::Code::BadPublicKey with a detail that names the problem.
 * Optional members ("kid", "alg", "use", ...) are ignored and not kept.
 */
class Jwk
{
public:
    /** A null key: isNull(), verifies nothing, equal only to another null key. */
    Jwk();

    static Result<Jwk> fromJson(const QJsonObject &json);
    /**
     * From a DER SubjectPublicKeyInfo (e.g. a certificate's key, RFC 8555 §7.6 revocation), same
     * policy as fromJson(). Only the canonical encoding is accepted: EC keys with a named curve
     * (explicit parameters are refused) and an uncompressed point.
     */
    static Result<Jwk> fromSpkiDer(const QByteArray &der);

    bool isNull() const;

    /** The required public members only, e.g. {"kty":"EC","crv":"P-256","x":…,"y":…}. */
    QJsonObject toJson() const;
    /** RFC 7638 §3.2 input: required members in lexicographic order, no whitespace (ASCII). */
    QByteArray canonicalJson() const;
    /** RFC 7638 thumbprint: base64url(SHA-256(canonicalJson())). */
    QString thumbprint() const;
    /** DER SubjectPublicKeyInfo. */
    QByteArray spkiDer() const;

    /** "RSA", "EC" or "OKP". */
    QString keyType() const;
    /** "P-256", "P-384", "P-521", "Ed25519"; empty for RSA. */
    QString curve() const;
    /** Modulus size for RSA, field size for EC, 256 for Ed25519. */
    int bits() const;

    /** The one JWS alg this key signs with: RS256, ES256, ES384, ES512 or EdDSA. */
    QString algorithm() const;
    /** True if \a alg is algorithm() (RFC 7518 §3.4: ES256 needs P-256 and so on). */
    bool supportsAlg(const QString &alg) const;

    /**
     * Verifies a JWS signature (RFC 7515 §5.2) over \a signingInput. ES* signatures are the raw
     * fixed-length r||s of RFC 7518 §3.4 (converted to DER internally), RS256 is PKCS#1 v1.5 with
     * SHA-256, EdDSA is Ed25519 (RFC 8037). False for a null key or an alg the key does not support.
     */
    bool verify(const QString &alg, const QByteArray &signingInput, const QByteArray &signature) const;

    /** Same public key (equal canonical members). */
    bool operator==(const Jwk &other) const;
    bool operator!=(const Jwk &other) const { return !(*this == other); }

private:
    struct Data;
    explicit Jwk(std::shared_ptr<const Data> data);
    static Result<Jwk> fromSpkiComponents(const QByteArray &der);
    friend struct JwkBuilder;

    std::shared_ptr<const Data> d;
};
