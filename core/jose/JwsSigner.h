// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jose/AccountKey.h"
#include "core/jose/Jwk.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

/**
 * Builds flattened JSON JWS (RFC 7515 §7.2.2) the way an ACME client does: for tests, the
 * benchmark tool and engine tests. The server itself never signs JWS.
 */
class JwsSigner
{
public:
    /**
     * Signs \a payload (empty for POST-as-GET) under \a protectedHeader, in which the caller puts
     * "nonce", "url" and "kid" or "jwk"; "alg" is set to key.alg(). Returns the JWS object.
     */
    static Result<QJsonObject> signObject(const AccountKey &key, const QJsonObject &protectedHeader,
                                          const QByteArray &payload);
    /** signObject() as a compact JSON request body. */
    static Result<QByteArray> sign(const AccountKey &key, const QJsonObject &protectedHeader,
                                   const QByteArray &payload);

    /** A request header for newAccount-style requests: {"jwk", "nonce", "url"}. */
    static QJsonObject jwkHeader(const AccountKey &key, const QString &nonce, const QString &url);
    /** A request header for account requests: {"kid", "nonce", "url"}. */
    static QJsonObject kidHeader(const QString &accountUrl, const QString &nonce, const QString &url);

    /**
     * RFC 8555 §7.3.4 symmetric externalAccountBinding: protected {"alg", "kid", "url"}, payload
     * \a jwk, HMAC with \a macKey. \a alg is HS256, HS384 or HS512.
     */
    static Result<QJsonObject> eab(const QString &kid, const QByteArray &macKey, const QString &alg, const QString &url,
                                   const Jwk &jwk);

    /**
     * Asymmetric externalAccountBinding in the format EabVerifier documents: signed by
     * \a accountKey, payload {"key", "cf": \a fingerprint, "aks"}, aks made by \a bindingKey
     * with \a signatureAlgorithm (e.g. SHA256withECDSA) over the account key's RFC 7638 JSON.
     */
    static Result<QJsonObject> eabAsymmetric(const AccountKey &accountKey, const QString &kid, const QString &url,
                                             const QString &fingerprint, const AccountKey &bindingKey,
                                             const QString &signatureAlgorithm);

    /**
     * RFC 8555 §7.3.5 keyChange inner JWS: protected {"alg", "jwk": newKey, "url"}, payload
     * {"account": \a accountUrl, "oldKey": \a oldKey}, signed by \a newKey. The caller wraps it
     * as the payload of an outer JWS signed by the old key.
     */
    static Result<QJsonObject> keyChangeInner(const AccountKey &newKey, const QString &accountUrl, const Jwk &oldKey,
                                              const QString &keyChangeUrl);
};
