// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jose/Jwk.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/**
 * A JWS whose signature, algorithm and URL JwsVerifier::verify() accepted. Handlers take
 * `const VerifiedJws &` so that no unverified payload reaches protocol logic. Like Boulder's
 * bJSONWebSignature, callers must never create their own: the constructor is private.
 */
class VerifiedJws
{
public:
    QString alg() const { return m_alg; }
    /** The "kid" header (account URL); empty for a jwk JWS. */
    QString kid() const { return m_kid; }
    /** True if the key came from the "jwk" header (newAccount, revocation by certificate key). */
    bool hasEmbeddedJwk() const { return m_embeddedJwk; }
    QString nonce() const { return m_nonce; }
    QString url() const { return m_url; }
    QJsonObject protectedHeader() const { return m_protectedHeader; }
    /** The key the signature was verified with. */
    Jwk key() const { return m_key; }

    /** Decoded payload bytes. */
    QByteArray payload() const { return m_payload; }
    /** RFC 8555 §6.3: an empty payload is a POST-as-GET request. */
    bool isPostAsGet() const { return m_payload.isEmpty(); }
    /** The payload as a JSON object; Malformed if it is empty, not JSON or not an object. */
    Result<QJsonObject> payloadObject() const;

private:
    VerifiedJws() = default;
    friend class JwsVerifier;

    QString m_alg;
    QString m_kid;
    bool m_embeddedJwk = false;
    QString m_nonce;
    QString m_url;
    QJsonObject m_protectedHeader;
    Jwk m_key;
    QByteArray m_payload;
};
