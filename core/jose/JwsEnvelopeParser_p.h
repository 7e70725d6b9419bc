// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/jose: the structural checks JwsVerifier and EabVerifier share.

#include "core/jose/JwsEnvelope.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QString>

struct JwsEnvelopeParser
{
    /**
     * Boulder's parseJWS checks 1-3 on a flattened JWS object: no unprotected "header", no
     * "signatures" (general serialization), and "protected", "payload", "signature" as strict
     * base64url strings with a non-empty signature and a protected header that is a JSON object.
     * Fills everything but the header fields the callers check themselves; \a what names the
     * JWS in details ("JWS", "externalAccountBinding JWS").
     */
    static Result<JwsEnvelope> parseStructure(const QJsonObject &jws, const QString &what);

    /** Rejects any "crit" (RFC 7515 §4.1.11: we understand no extension). */
    static VoidResult checkCrit(const JwsEnvelope &env, const QString &what);

    static void setAlg(JwsEnvelope &env, const QString &alg) { env.m_alg = alg; }
    static void setKid(JwsEnvelope &env, const QString &kid) { env.m_kid = kid; }
    static void setJwk(JwsEnvelope &env, const Jwk &jwk) { env.m_jwk = jwk; }
    static void setNonce(JwsEnvelope &env, const QString &nonce) { env.m_nonce = nonce; }
    static void setUrl(JwsEnvelope &env, const QString &url) { env.m_url = url; }
};
