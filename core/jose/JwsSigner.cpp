// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/JwsSigner.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JoseOpenSsl_p.h"

#include <QJsonDocument>

#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace {

QJsonObject assemble(const QByteArray &protectedB64, const QByteArray &payloadB64, const QByteArray &signature)
{
    QJsonObject jws;
    jws.insert(QStringLiteral("protected"), QString::fromLatin1(protectedB64));
    jws.insert(QStringLiteral("payload"), QString::fromLatin1(payloadB64));
    jws.insert(QStringLiteral("signature"), Base64Url::encodeToString(signature));
    return jws;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Result<QJsonObject> JwsSigner::signObject(const AccountKey &key, const QJsonObject &protectedHeader,
                                          const QByteArray &payload)
{
    if (key.isNull()) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("Null account key"));
    }
    QJsonObject header = protectedHeader;
    header.insert(QStringLiteral("alg"), key.alg());
    const QByteArray protectedB64 = Base64Url::encode(compact(header));
    const QByteArray payloadB64 = Base64Url::encode(payload);
    Result<QByteArray> sig = key.sign(protectedB64 + '.' + payloadB64);
    if (!sig) {
        return sig.error();
    }
    return assemble(protectedB64, payloadB64, *sig);
}

Result<QByteArray> JwsSigner::sign(const AccountKey &key, const QJsonObject &protectedHeader, const QByteArray &payload)
{
    Result<QJsonObject> jws = signObject(key, protectedHeader, payload);
    if (!jws) {
        return jws.error();
    }
    return compact(*jws);
}

QJsonObject JwsSigner::jwkHeader(const AccountKey &key, const QString &nonce, const QString &url)
{
    return {{QStringLiteral("jwk"), key.publicJwk().toJson()},
            {QStringLiteral("nonce"), nonce},
            {QStringLiteral("url"), url}};
}

QJsonObject JwsSigner::kidHeader(const QString &accountUrl, const QString &nonce, const QString &url)
{
    return {{QStringLiteral("kid"), accountUrl}, {QStringLiteral("nonce"), nonce}, {QStringLiteral("url"), url}};
}

Result<QJsonObject> JwsSigner::eab(const QString &kid, const QByteArray &macKey, const QString &alg, const QString &url,
                                   const Jwk &jwk)
{
    const EVP_MD *md = alg == QLatin1String("HS256") ? EVP_sha256()
        : alg == QLatin1String("HS384")              ? EVP_sha384()
        : alg == QLatin1String("HS512")              ? EVP_sha512()
                                                     : nullptr;
    if (!md || jwk.isNull()) {
        return CoreError(CoreError::Code::Unsupported, QStringLiteral("EAB alg must be HS256, HS384 or HS512"));
    }
    const QJsonObject header {{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), kid}, {QStringLiteral("url"), url}};
    const QByteArray protectedB64 = Base64Url::encode(compact(header));
    const QByteArray payloadB64 = Base64Url::encode(compact(jwk.toJson()));
    const QByteArray input = protectedB64 + '.' + payloadB64;
    unsigned char mac[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(md, macKey.constData(), int(macKey.size()), reinterpret_cast<const unsigned char *>(input.constData()),
              size_t(input.size()), mac, &len)) {
        return CoreError(CoreError::Code::Crypto, QStringLiteral("HMAC failed"), JoseOpenSsl::takeErrors());
    }
    return assemble(protectedB64, payloadB64, QByteArray(reinterpret_cast<const char *>(mac), int(len)));
}

Result<QJsonObject> JwsSigner::eabAsymmetric(const AccountKey &accountKey, const QString &kid, const QString &url,
                                             const QString &fingerprint, const AccountKey &bindingKey,
                                             const QString &signatureAlgorithm)
{
    const Jwk jwk = accountKey.publicJwk();
    Result<QByteArray> aks = bindingKey.signWithAlgorithm(jwk.canonicalJson(), signatureAlgorithm);
    if (!aks) {
        return aks.error();
    }
    const QJsonObject payload {{QStringLiteral("key"), jwk.toJson()},
                               {QStringLiteral("cf"), fingerprint},
                               {QStringLiteral("aks"), Base64Url::encodeToString(*aks)}};
    const QJsonObject header {{QStringLiteral("kid"), kid}, {QStringLiteral("url"), url}};
    return signObject(accountKey, header, compact(payload));
}

Result<QJsonObject> JwsSigner::keyChangeInner(const AccountKey &newKey, const QString &accountUrl, const Jwk &oldKey,
                                              const QString &keyChangeUrl)
{
    const QJsonObject header {{QStringLiteral("jwk"), newKey.publicJwk().toJson()},
                              {QStringLiteral("url"), keyChangeUrl}};
    const QJsonObject payload {{QStringLiteral("account"), accountUrl}, {QStringLiteral("oldKey"), oldKey.toJson()}};
    return signObject(newKey, header, compact(payload));
}
