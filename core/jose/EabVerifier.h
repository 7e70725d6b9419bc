// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jose/Jwk.h"
#include "core/jose/JwsEnvelope.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/**
 * External Account Binding (RFC 8555 §7.3.4): the "externalAccountBinding" member of a
 * newAccount payload. The engine calls parse(), looks up the binding by kid(), then one of the
 * verify functions. Looking up the kid, and whether it was already used, is the engine's job.
 *
 * Symmetric (RFC 8555 §7.3.4) — a flattened JWS with
 *   protected: {"alg": "HS256"|"HS384"|"HS512", "kid": <key identifier>, "url": <newAccount URL>}
 *              ("nonce" is forbidden; "crit" is refused);
 *   payload:   the account's public JWK (the outer JWS "jwk"), compared as a key;
 *   signature: HMAC with the CA-issued MAC key over the JWS signing input.
 *
 * Asymmetric — the byte-level format this implementation defines (the reference product's
 * description is informal):
 *   protected: {"alg": <the account key's JWS alg>, "kid": <key identifier>, "url": <newAccount URL>}
 *              ("nonce" forbidden, "crit" refused);
 *   payload:   UTF-8 JSON object {"key": <account public JWK>, "cf": <string>, "aks": <string>}
 *              (other members are ignored);
 *   signature: a JWS signature by the ACCOUNT key (the outer "jwk"), RFC 7515 §5.2;
 *   "key":     must be the same public key as the outer "jwk";
 *   "cf":      the fingerprint string the CA handed out with the binding; compared as UTF-8
 *              bytes, exactly and in constant time;
 *   "aks":     base64url (unpadded) of a signature made with the binding private key (whose SPKI
 *              or X.509 certificate the CA holds) over the ASCII bytes of the account key's
 *              RFC 7638 canonical JSON — Jwk::canonicalJson(), e.g.
 *              {"crv":"P-256","kty":"EC","x":"…","y":"…"} — not over its hash. The configured
 *              signatureAlgorithm decides the format: SHA256withRSA / SHA384withRSA /
 *              SHA512withRSA are RSASSA-PKCS1-v1_5; SHA256withECDSA / SHA384withECDSA /
 *              SHA512withECDSA are ECDSA with the signature as a DER ECDSA-Sig-Value (what Java's
 *              Signature and `openssl dgst -sign` produce, NOT the r||s of JWS); Ed25519 is
 *              PureEdDSA (RFC 8032), 64 bytes.
 *
 * Errors: structure → Malformed; bad MAC, bad signature, wrong url, wrong key, wrong cf, bad
 * aks → Unauthorized; a misconfigured binding key or algorithm → Internal.
 */
class EabVerifier
{
public:
    /**
     * Parses the externalAccountBinding object: flattened JWS structure (as JwsVerifier),
     * "alg" one of HS256/HS384/HS512 or an account algorithm (JwsVerifier::supportedAlgorithms(),
     * for the asymmetric variant), "kid" a non-empty string, no "nonce", "url" a non-empty string.
     */
    static Result<JwsEnvelope> parse(const QJsonObject &eab);

    /** The MAC algorithms of the symmetric binding. */
    static QStringList macAlgorithms();

    /**
     * Symmetric binding: alg is a MAC algorithm, the HMAC over the signing input with \a macKey
     * matches (CRYPTO_memcmp), url equals \a newAccountUrl, the payload is \a outerJwk.
     */
    static VoidResult verifySymmetric(const JwsEnvelope &envelope, const QByteArray &macKey,
                                      const QString &newAccountUrl, const Jwk &outerJwk);

    /**
     * Asymmetric binding (format above): the inner signature verifies with \a outerJwk, url
     * equals \a newAccountUrl, "key" is \a outerJwk, "cf" equals \a expectedFingerprint, and
     * "aks" verifies with \a configuredKeyDer (DER SPKI or DER X.509 certificate) under
     * \a signatureAlgorithm.
     */
    static VoidResult verifyAsymmetric(const JwsEnvelope &envelope, const Jwk &outerJwk,
                                       const QByteArray &configuredKeyDer, const QString &signatureAlgorithm,
                                       const QString &expectedFingerprint, const QString &newAccountUrl);
};
