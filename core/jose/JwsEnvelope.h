// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

/**
 * A parsed but NOT verified flattened JWS (RFC 7515 §7.2.2): the result of JwsVerifier::parse()
 * or EabVerifier::parse(). Nothing in it may be trusted until JwsVerifier::verify() (or an
 * EabVerifier::verify*()) accepts it; the protocol engine only uses kid/jwk to find the key and
 * the nonce to consume it. Only the parsers construct one, so its fields are always consistent
 * with the bytes that were sent.
 */
class JwsEnvelope
{
public:
    QString alg() const { return m_alg; }
    /** The "kid" header (account URL for account JWS, key identifier for EAB); empty if absent. */
    QString kid() const { return m_kid; }
    bool hasJwk() const { return m_jwk.has_value(); }
    /** The embedded "jwk", already through the Jwk key policy; nullopt for a kid JWS. */
    std::optional<Jwk> jwk() const { return m_jwk; }
    /** The "nonce" header as sent (base64url text); empty for EAB. */
    QString nonce() const { return m_nonce; }
    QString url() const { return m_url; }
    /** The decoded protected header as a whole. */
    QJsonObject protectedHeader() const { return m_protectedHeader; }
    /** Decoded payload bytes; empty for POST-as-GET. */
    QByteArray payload() const { return m_payload; }
    /** ASCII(BASE64URL(protected) || '.' || BASE64URL(payload)) exactly as sent (RFC 7515 §5.2). */
    QByteArray signingInput() const { return m_signingInput; }
    /** Decoded signature bytes. */
    QByteArray signature() const { return m_signature; }

private:
    JwsEnvelope() = default;
    friend struct JwsEnvelopeParser;

    QString m_alg;
    QString m_kid;
    std::optional<Jwk> m_jwk;
    QString m_nonce;
    QString m_url;
    QJsonObject m_protectedHeader;
    QByteArray m_payload;
    QByteArray m_signingInput;
    QByteArray m_signature;
};
