// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jose/Jwk.h"
#include "core/jose/JwsEnvelope.h"
#include "core/jose/VerifiedJws.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/**
 * Verifies the JWS of an ACME request (RFC 8555 §6.2-6.4), in Boulder's parseJWS order and in
 * two stages, because the nonce store and the account lookup belong to the protocol engine:
 *
 *     Result<JwsEnvelope> env = JwsVerifier::parse(body);          // structure, alg, headers
 *     ... engine: consume env->nonce(), find the key by env->kid() or take *env->jwk() ...
 *     Result<VerifiedJws> jws = JwsVerifier::verify(*env, key, requestUrl);
 *
 * Error codes: structure and headers → Malformed; alg not allowed or not the key's →
 * BadSignatureAlgorithm (the problem document lists supportedAlgorithms()); nonce missing or
 * not base64url → BadNonce; embedded jwk refused by the key policy → BadPublicKey; wrong
 * signature → Malformed, as Boulder and Pebble do ("JWS signature is invalid": the request is
 * not a valid JWS, not a request by someone who lacks rights); "url" not the request URL →
 * Unauthorized (RFC 8555 §6.4).
 */
class JwsVerifier
{
public:
    /** RFC 8555 §6.2 allowlist: RS256, ES256, ES384, ES512, EdDSA; never "none" or a MAC. */
    static QStringList supportedAlgorithms();

    /**
     * Parses a flattened JSON JWS request body. Checks, each a distinct error:
     * 1. no unprotected "header"; 2. no "signatures" (general serialization);
     * 3. "protected", "payload", "signature" strict base64url strings (payload may be empty,
     *    signature not), protected header a JSON object;
     * 4. "alg" present and in supportedAlgorithms(); no "crit";
     * 6. exactly one of "jwk" and "kid" (kid a non-empty string, jwk an object);
     * 7. "nonce" a non-empty base64url string; "url" a non-empty string;
     * and an embedded "jwk" passes Jwk::fromJson(). The caller bounds the body size (64 KiB).
     */
    static Result<JwsEnvelope> parse(const QByteArray &body);

    /**
     * Parses the inner JWS of a keyChange request (RFC 8555 §7.3.5), the outer JWS's payload
     * object: the same checks as parse(), except that it must carry a "jwk" (the new key), must
     * not carry a "kid", and must NOT carry a "nonce". Verify it with
     * verify(inner, *inner.jwk(), keyChangeUrl); comparing "account" and "oldKey" in its payload
     * is the engine's job.
     */
    static Result<JwsEnvelope> parseKeyChangeInner(const QJsonObject &inner);

    /**
     * Verifies \a envelope with \a key (the embedded jwk or the account's key):
     * 5. alg is the key's algorithm (ES256 needs P-256, ...); if the JWS embeds a jwk, \a key
     *    must be that jwk; the signature verifies;
     * 8. the protected "url" equals \a requestUrl exactly.
     */
    static Result<VerifiedJws> verify(const JwsEnvelope &envelope, const Jwk &key, const QString &requestUrl);

private:
    enum class Kind {
        Request,
        KeyChangeInner,
    };
    static Result<JwsEnvelope> parseObject(const QJsonObject &jws, Kind kind);
};
