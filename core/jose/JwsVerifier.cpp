// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/JwsVerifier.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JoseUtil_p.h"
#include "core/jose/JwsEnvelopeParser_p.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace {

const QString kWhat = QStringLiteral("JWS");

CoreError malformed(const QString &detail)
{
    return CoreError(CoreError::Code::Malformed, detail);
}

CoreError badAlgorithm(const QString &detail)
{
    return CoreError(CoreError::Code::BadSignatureAlgorithm,
                     detail + QStringLiteral("; accepted algorithms: ")
                         + JwsVerifier::supportedAlgorithms().join(QStringLiteral(", ")));
}

} // namespace

QStringList JwsVerifier::supportedAlgorithms()
{
    return {QStringLiteral("RS256"), QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("ES512"),
            QStringLiteral("EdDSA")};
}

Result<JwsEnvelope> JwsVerifier::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return malformed(QStringLiteral("Request body is not a JSON object; RFC 8555 §6.2 requires a JWS in the "
                                        "flattened JSON serialization"));
    }
    return parseObject(doc.object(), Kind::Request);
}

Result<JwsEnvelope> JwsVerifier::parseKeyChangeInner(const QJsonObject &inner)
{
    return parseObject(inner, Kind::KeyChangeInner);
}

Result<JwsEnvelope> JwsVerifier::parseObject(const QJsonObject &jws, Kind kind)
{
    const QString what = kind == Kind::Request ? kWhat : QStringLiteral("keyChange inner JWS");
    // Checks 1-3.
    Result<JwsEnvelope> parsed = JwsEnvelopeParser::parseStructure(jws, what);
    if (!parsed) {
        return parsed;
    }
    JwsEnvelope env = std::move(parsed).value();
    const QJsonObject header = env.protectedHeader();

    // 4. RFC 8555 §6.2: "none" and MAC algorithms are not allowed.
    const QJsonValue alg = header.value(QLatin1String("alg"));
    if (!alg.isString()) {
        return badAlgorithm(QStringLiteral("JWS protected header has no \"alg\""));
    }
    if (!supportedAlgorithms().contains(alg.toString())) {
        return badAlgorithm(QStringLiteral("JWS algorithm %1 is not supported").arg(JoseUtil::quoted(alg.toString())));
    }
    JwsEnvelopeParser::setAlg(env, alg.toString());
    const VoidResult crit = JwsEnvelopeParser::checkCrit(env, what);
    if (!crit) {
        return crit.error();
    }

    // 6. RFC 8555 §6.2: "jwk" and "kid" are mutually exclusive, and one is required.
    const bool hasJwk = header.contains(QLatin1String("jwk"));
    const bool hasKid = header.contains(QLatin1String("kid"));
    if (hasJwk && hasKid) {
        return malformed(QStringLiteral("JWS protected header has both \"jwk\" and \"kid\"; exactly one is allowed"));
    }
    if (!hasJwk && !hasKid) {
        return malformed(
            QStringLiteral("JWS protected header has neither \"jwk\" nor \"kid\"; exactly one is required"));
    }
    if (kind == Kind::KeyChangeInner && hasKid) {
        // RFC 8555 §7.3.5: the inner JWS is signed by the new key, identified by "jwk".
        return malformed(QStringLiteral("keyChange inner JWS must carry the new key as \"jwk\", not \"kid\""));
    }
    if (hasKid) {
        const QJsonValue kid = header.value(QLatin1String("kid"));
        if (!kid.isString() || kid.toString().isEmpty()) {
            return malformed(QStringLiteral("JWS \"kid\" is not a non-empty string"));
        }
        JwsEnvelopeParser::setKid(env, kid.toString());
    } else if (!header.value(QLatin1String("jwk")).isObject()) {
        return malformed(QStringLiteral("JWS \"jwk\" is not a JSON object"));
    }

    // 7. RFC 8555 §6.5: a missing or garbled nonce is badNonce, so the client retries with a fresh one.
    const QJsonValue nonce = header.value(QLatin1String("nonce"));
    if (kind == Kind::KeyChangeInner) {
        // RFC 8555 §7.3.5: the inner JWS "MUST NOT" have a nonce.
        if (!nonce.isUndefined()) {
            return malformed(QStringLiteral("keyChange inner JWS must not contain a \"nonce\""));
        }
    } else if (!nonce.isString() || nonce.toString().isEmpty()) {
        return CoreError(CoreError::Code::BadNonce, QStringLiteral("JWS has no anti-replay \"nonce\""));
    } else if (!Base64Url::decode(QStringView(nonce.toString())).isOk()) {
        return CoreError(CoreError::Code::BadNonce, QStringLiteral("JWS \"nonce\" is not valid base64url"));
    } else {
        JwsEnvelopeParser::setNonce(env, nonce.toString());
    }

    // RFC 8555 §6.4: "url" is required; verify() compares it with the request URL.
    const QJsonValue url = header.value(QLatin1String("url"));
    if (!url.isString() || url.toString().isEmpty()) {
        return malformed(QStringLiteral("%1 protected header has no \"url\"").arg(what));
    }
    JwsEnvelopeParser::setUrl(env, url.toString());

    if (hasJwk) {
        Result<Jwk> jwk = Jwk::fromJson(header.value(QLatin1String("jwk")).toObject());
        if (!jwk) {
            return jwk.error();
        }
        JwsEnvelopeParser::setJwk(env, *jwk);
    }
    return env;
}

Result<VerifiedJws> JwsVerifier::verify(const JwsEnvelope &envelope, const Jwk &key, const QString &requestUrl)
{
    if (key.isNull()) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("Internal error"),
                         QStringLiteral("JwsVerifier::verify called with a null key"));
    }
    // Repeats check 4 so that an envelope from EabVerifier::parse() (HS256, ...) can never pass.
    if (!supportedAlgorithms().contains(envelope.alg())) {
        return badAlgorithm(QStringLiteral("JWS algorithm %1 is not supported").arg(JoseUtil::quoted(envelope.alg())));
    }
    // 5. RFC 7518 §3.4: the alg must be the one the key signs with.
    if (!key.supportsAlg(envelope.alg())) {
        const QString keyName = key.curve().isEmpty() ? key.keyType() : key.keyType() + QLatin1Char(' ') + key.curve();
        return badAlgorithm(QStringLiteral("JWS algorithm %1 does not match the %2 key, which signs with %3")
                                .arg(envelope.alg(), keyName, key.algorithm()));
    }
    if (envelope.hasJwk() && *envelope.jwk() != key) {
        return malformed(QStringLiteral("JWS \"jwk\" is not the key the request is verified with"));
    }
    if (!key.verify(envelope.alg(), envelope.signingInput(), envelope.signature())) {
        return malformed(QStringLiteral("JWS signature is invalid"));
    }
    // 8. RFC 8555 §6.4: the signed URL must be this request's URL, compared exactly.
    if (envelope.url() != requestUrl) {
        return CoreError(CoreError::Code::Unauthorized,
                         QStringLiteral("JWS \"url\" header does not match the request URL %1").arg(requestUrl));
    }

    VerifiedJws jws;
    jws.m_alg = envelope.alg();
    jws.m_kid = envelope.kid();
    jws.m_embeddedJwk = envelope.hasJwk();
    jws.m_nonce = envelope.nonce();
    jws.m_url = envelope.url();
    jws.m_protectedHeader = envelope.protectedHeader();
    jws.m_key = key;
    jws.m_payload = envelope.payload();
    return jws;
}
