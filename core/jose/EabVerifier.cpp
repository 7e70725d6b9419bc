// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/EabVerifier.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JoseOpenSsl_p.h"
#include "core/jose/JoseUtil_p.h"
#include "core/jose/JwsEnvelopeParser_p.h"
#include "core/jose/JwsVerifier.h"
#include "core/jose/SignatureAlgorithm_p.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/x509.h>

using namespace JoseOpenSsl;

namespace {

const QString kWhat = QStringLiteral("externalAccountBinding JWS");

CoreError malformed(const QString &detail)
{
    return CoreError(CoreError::Code::Malformed, detail);
}

CoreError unauthorized(const QString &detail)
{
    return CoreError(CoreError::Code::Unauthorized, detail);
}

CoreError misconfigured(const QString &internal)
{
    return CoreError(CoreError::Code::Internal, QStringLiteral("External account binding is misconfigured"), internal);
}

const char *macDigest(const QString &alg)
{
    if (alg == QLatin1String("HS256")) {
        return "SHA256";
    }
    if (alg == QLatin1String("HS384")) {
        return "SHA384";
    }
    if (alg == QLatin1String("HS512")) {
        return "SHA512";
    }
    return nullptr;
}

QByteArray hmac(const char *digestName, const QByteArray &key, const QByteArray &data)
{
    const EVP_MD *md = EVP_get_digestbyname(digestName);
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!md
        || !HMAC(md, key.constData(), int(key.size()), reinterpret_cast<const unsigned char *>(data.constData()),
                 size_t(data.size()), out, &len)) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

VoidResult checkUrl(const JwsEnvelope &env, const QString &newAccountUrl)
{
    // RFC 8555 §7.3.4: the same "url" as the outer JWS, which is the newAccount URL.
    if (env.url() != newAccountUrl) {
        return unauthorized(
            QStringLiteral("externalAccountBinding \"url\" does not match the newAccount URL %1").arg(newAccountUrl));
    }
    return {};
}

/** The configured binding key from DER SPKI or DER X.509, through the Jwk key policy. */
EvpPkeyPtr loadBindingKey(const QByteArray &der, QString *internal)
{
    QByteArray spki;
    if (parseSpki(der)) {
        spki = der;
    } else {
        (void)takeErrors(); // the SPKI attempt's errors are expected for a certificate
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        const unsigned char *start = p;
        X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
        if (!cert || p - start != der.size()) {
            *internal = QStringLiteral("EAB binding key is neither DER SPKI nor DER X.509: ") + takeErrors();
            return {};
        }
        spki = spkiOf(X509_get0_pubkey(cert.get()));
    }
    const Result<Jwk> policy = Jwk::fromSpkiDer(spki);
    if (!policy) {
        *internal = QStringLiteral("EAB binding key refused: ") + policy.error().detail();
        return {};
    }
    return parseSpki(spki);
}

} // namespace

QStringList EabVerifier::macAlgorithms()
{
    return {QStringLiteral("HS256"), QStringLiteral("HS384"), QStringLiteral("HS512")};
}

Result<JwsEnvelope> EabVerifier::parse(const QJsonObject &eab)
{
    Result<JwsEnvelope> parsed = JwsEnvelopeParser::parseStructure(eab, kWhat);
    if (!parsed) {
        return parsed;
    }
    JwsEnvelope env = std::move(parsed).value();
    const QJsonObject header = env.protectedHeader();

    const QJsonValue alg = header.value(QLatin1String("alg"));
    if (!alg.isString()
        || !(macAlgorithms().contains(alg.toString()) || JwsVerifier::supportedAlgorithms().contains(alg.toString()))) {
        return malformed(QStringLiteral("externalAccountBinding JWS algorithm %1 is not supported; use HS256, HS384 "
                                        "or HS512 (or the account key's algorithm for an asymmetric binding)")
                             .arg(alg.isString() ? JoseUtil::quoted(alg.toString()) : QStringLiteral("(missing)")));
    }
    JwsEnvelopeParser::setAlg(env, alg.toString());
    const VoidResult crit = JwsEnvelopeParser::checkCrit(env, kWhat);
    if (!crit) {
        return crit.error();
    }
    const QJsonValue kid = header.value(QLatin1String("kid"));
    if (!kid.isString() || kid.toString().isEmpty()) {
        return malformed(QStringLiteral("externalAccountBinding JWS has no \"kid\" (the key identifier)"));
    }
    JwsEnvelopeParser::setKid(env, kid.toString());
    // RFC 8555 §7.3.4: "MUST NOT contain a nonce".
    if (header.contains(QLatin1String("nonce"))) {
        return malformed(QStringLiteral("externalAccountBinding JWS must not contain a \"nonce\""));
    }
    const QJsonValue url = header.value(QLatin1String("url"));
    if (!url.isString() || url.toString().isEmpty()) {
        return malformed(QStringLiteral("externalAccountBinding JWS has no \"url\""));
    }
    JwsEnvelopeParser::setUrl(env, url.toString());
    return env;
}

VoidResult EabVerifier::verifySymmetric(const JwsEnvelope &envelope, const QByteArray &macKey,
                                        const QString &newAccountUrl, const Jwk &outerJwk)
{
    const char *digestName = macDigest(envelope.alg());
    if (!digestName) {
        return malformed(QStringLiteral("externalAccountBinding must be MAC-signed with HS256, HS384 or HS512"));
    }
    if (macKey.isEmpty() || outerJwk.isNull()) {
        return misconfigured(QStringLiteral("empty EAB MAC key or null account key"));
    }
    // Authenticate first, then look at what was authenticated.
    const QByteArray expected = hmac(digestName, macKey, envelope.signingInput());
    if (expected.isEmpty()) {
        return misconfigured(QStringLiteral("HMAC failed: ") + takeErrors());
    }
    if (!constantTimeEquals(expected, envelope.signature())) {
        return unauthorized(QStringLiteral("externalAccountBinding MAC is invalid"));
    }
    const VoidResult url = checkUrl(envelope, newAccountUrl);
    if (!url) {
        return url;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(envelope.payload(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        return malformed(QStringLiteral("externalAccountBinding payload is not a JWK object"));
    }
    const Result<Jwk> bound = Jwk::fromJson(doc.object());
    if (!bound || *bound != outerJwk) {
        return unauthorized(QStringLiteral("externalAccountBinding payload is not the account key"));
    }
    return {};
}

VoidResult EabVerifier::verifyAsymmetric(const JwsEnvelope &envelope, const Jwk &outerJwk,
                                         const QByteArray &configuredKeyDer, const QString &signatureAlgorithm,
                                         const QString &expectedFingerprint, const QString &newAccountUrl)
{
    if (outerJwk.isNull()) {
        return misconfigured(QStringLiteral("null account key"));
    }
    if (!outerJwk.supportsAlg(envelope.alg())) {
        return malformed(QStringLiteral("externalAccountBinding must be signed by the account key with %1")
                             .arg(outerJwk.algorithm()));
    }
    if (!outerJwk.verify(envelope.alg(), envelope.signingInput(), envelope.signature())) {
        return unauthorized(QStringLiteral("externalAccountBinding signature is invalid"));
    }
    const VoidResult url = checkUrl(envelope, newAccountUrl);
    if (!url) {
        return url;
    }

    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(envelope.payload(), &error);
    const QJsonObject payload = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject() || !payload.value(QLatin1String("key")).isObject()
        || !payload.value(QLatin1String("cf")).isString() || !payload.value(QLatin1String("aks")).isString()) {
        return malformed(QStringLiteral("externalAccountBinding payload must be an object with \"key\" (JWK), "
                                        "\"cf\" and \"aks\" (strings)"));
    }
    const Result<Jwk> bound = Jwk::fromJson(payload.value(QLatin1String("key")).toObject());
    if (!bound || *bound != outerJwk) {
        return unauthorized(QStringLiteral("externalAccountBinding \"key\" is not the account key"));
    }

    if (expectedFingerprint.isEmpty()) {
        return misconfigured(QStringLiteral("empty EAB fingerprint"));
    }
    if (!constantTimeEquals(payload.value(QLatin1String("cf")).toString().toUtf8(), expectedFingerprint.toUtf8())) {
        return unauthorized(QStringLiteral("externalAccountBinding fingerprint \"cf\" does not match"));
    }

    const SignatureAlgorithm *algorithm = findSignatureAlgorithm(signatureAlgorithm);
    if (!algorithm) {
        return misconfigured(QStringLiteral("unsupported EAB signature algorithm ") + signatureAlgorithm);
    }
    QString internal;
    const EvpPkeyPtr bindingKey = loadBindingKey(configuredKeyDer, &internal);
    if (!bindingKey) {
        return misconfigured(internal);
    }
    if (!EVP_PKEY_is_a(bindingKey.get(), algorithm->keyType)) {
        return misconfigured(
            QStringLiteral("EAB signature algorithm %1 does not fit the binding key").arg(signatureAlgorithm));
    }
    const Result<QByteArray> aks = Base64Url::decode(QStringView(payload.value(QLatin1String("aks")).toString()));
    if (!aks || aks->isEmpty()) {
        return malformed(QStringLiteral("externalAccountBinding \"aks\" is not valid base64url"));
    }
    if (!verifySignature(bindingKey.get(), algorithm->digest, outerJwk.canonicalJson(), *aks)) {
        return unauthorized(QStringLiteral("externalAccountBinding key signature \"aks\" is invalid"));
    }
    return {};
}
