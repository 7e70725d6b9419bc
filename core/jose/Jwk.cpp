// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/Jwk.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JoseOpenSsl_p.h"
#include "core/jose/JoseUtil_p.h"

#include <QJsonValue>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/params.h>

using namespace JoseOpenSsl;

struct Jwk::Data
{
    SharedPkey key;
    QString kty;
    QString crv;
    int bits = 0;
    // Canonical public members (RSA: n, e minimal; EC: x, y full field size; OKP: x).
    QByteArray n;
    QByteArray e;
    QByteArray x;
    QByteArray y;
    QByteArray canonicalJson;
    QString thumbprint;
    QByteArray spki;
};

namespace {

constexpr int kMinRsaBits = 2048;
constexpr int kMaxRsaBits = 8192;
constexpr int kMaxRsaExponentBytes = 8;

struct Curve
{
    const char *jwkName;
    const char *opensslName;
    int coordinateBytes;
    int bits;
    const char *alg;
    const char *digest;
};

constexpr Curve kCurves[] = {
    {"P-256", "prime256v1", 32, 256, "ES256", "SHA256"},
    {"P-384", "secp384r1", 48, 384, "ES384", "SHA384"},
    {"P-521", "secp521r1", 66, 521, "ES512", "SHA512"},
};

const Curve *curveByJwkName(const QString &name)
{
    for (const Curve &c : kCurves) {
        if (name == QLatin1String(c.jwkName)) {
            return &c;
        }
    }
    return nullptr;
}

const Curve *curveByOpenSslName(const QString &name)
{
    for (const Curve &c : kCurves) {
        if (name == QLatin1String(c.opensslName) || name == QLatin1String(c.jwkName)) {
            return &c;
        }
    }
    return nullptr;
}

CoreError badKey(const QString &detail, const QString &internal = {})
{
    return CoreError(CoreError::Code::BadPublicKey, detail, internal);
}

QByteArray stripLeadingZeros(const QByteArray &bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && bytes.at(i) == '\0') {
        ++i;
    }
    return bytes.mid(i);
}

Result<QByteArray> member(const QJsonObject &json, const char *name)
{
    const QJsonValue v = json.value(QLatin1String(name));
    if (v.isUndefined()) {
        return badKey(QStringLiteral("JWK member \"%1\" is missing").arg(QLatin1String(name)));
    }
    if (!v.isString()) {
        return badKey(QStringLiteral("JWK member \"%1\" is not a string").arg(QLatin1String(name)));
    }
    Result<QByteArray> bytes = Base64Url::decode(QStringView(v.toString()));
    if (!bytes) {
        return badKey(QStringLiteral("JWK member \"%1\" is not valid base64url").arg(QLatin1String(name)));
    }
    return bytes;
}

QByteArray jsonMember(const char *name, const QByteArray &value, bool last = false)
{
    return QByteArray("\"") + name + "\":\"" + value + (last ? "\"" : "\",");
}

} // namespace

struct JwkBuilder
{
    static Result<Jwk> finish(EvpPkeyPtr key, std::shared_ptr<Jwk::Data> data)
    {
        data->spki = spkiOf(key.get());
        if (data->spki.isEmpty()) {
            return badKey(QStringLiteral("JWK could not be encoded"), takeErrors());
        }
        data->key = share(std::move(key));
        if (data->kty == QLatin1String("RSA")) {
            data->canonicalJson = "{" + jsonMember("e", Base64Url::encode(data->e)) + jsonMember("kty", "RSA")
                + jsonMember("n", Base64Url::encode(data->n), true) + "}";
        } else if (data->kty == QLatin1String("EC")) {
            data->canonicalJson = "{" + jsonMember("crv", data->crv.toLatin1()) + jsonMember("kty", "EC")
                + jsonMember("x", Base64Url::encode(data->x)) + jsonMember("y", Base64Url::encode(data->y), true) + "}";
        } else {
            data->canonicalJson = "{" + jsonMember("crv", data->crv.toLatin1()) + jsonMember("kty", "OKP")
                + jsonMember("x", Base64Url::encode(data->x), true) + "}";
        }
        data->thumbprint = Base64Url::encodeToString(digest("SHA256", data->canonicalJson));
        return Jwk(std::move(data));
    }

    static Result<Jwk> rsa(const QByteArray &nIn, const QByteArray &eIn)
    {
        const QByteArray n = stripLeadingZeros(nIn);
        const QByteArray e = stripLeadingZeros(eIn);
        if (n.isEmpty()) {
            return badKey(QStringLiteral("RSA modulus is zero"));
        }
        BignumPtr bnN(BN_bin2bn(reinterpret_cast<const unsigned char *>(n.constData()), int(n.size()), nullptr));
        if (!bnN || n.size() > kMaxRsaBits / 8 + 1) {
            return badKey(
                QStringLiteral("RSA modulus must be between %1 and %2 bits").arg(kMinRsaBits).arg(kMaxRsaBits));
        }
        const int bits = BN_num_bits(bnN.get());
        if (bits < kMinRsaBits || bits > kMaxRsaBits) {
            return badKey(QStringLiteral("RSA modulus is %1 bits; it must be between %2 and %3 bits")
                              .arg(bits)
                              .arg(kMinRsaBits)
                              .arg(kMaxRsaBits));
        }
        if (!BN_is_odd(bnN.get())) {
            return badKey(QStringLiteral("RSA modulus is even"));
        }
        if (e.isEmpty() || e.size() > kMaxRsaExponentBytes) {
            return badKey(QStringLiteral("RSA public exponent must be an odd number from 3 to 2^64-1"));
        }
        BignumPtr bnE(BN_bin2bn(reinterpret_cast<const unsigned char *>(e.constData()), int(e.size()), nullptr));
        if (!bnE || !BN_is_odd(bnE.get()) || BN_is_one(bnE.get())) {
            return badKey(QStringLiteral("RSA public exponent must be an odd number from 3 to 2^64-1"));
        }

        OsslParamBldPtr bld(OSSL_PARAM_BLD_new());
        if (!bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) != 1
            || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()) != 1) {
            return badKey(QStringLiteral("RSA key could not be loaded"), takeErrors());
        }
        OsslParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
        EvpPkeyPtr key = fromData("RSA", params.get());
        if (!key) {
            return badKey(QStringLiteral("RSA key could not be loaded"), takeErrors());
        }
        auto data = std::make_shared<Jwk::Data>();
        data->kty = QStringLiteral("RSA");
        data->bits = bits;
        data->n = n;
        data->e = e;
        return finish(std::move(key), std::move(data));
    }

    static Result<Jwk> ec(const Curve &curve, const QByteArray &x, const QByteArray &y)
    {
        if (x.size() != curve.coordinateBytes || y.size() != curve.coordinateBytes) {
            return badKey(QStringLiteral("EC %1 coordinates must be %2 bytes each")
                              .arg(QLatin1String(curve.jwkName))
                              .arg(curve.coordinateBytes));
        }
        const QByteArray point = QByteArray(1, '\x04') + x + y;
        OsslParamBldPtr bld(OSSL_PARAM_BLD_new());
        if (!bld || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, curve.opensslName, 0) != 1
            || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                                size_t(point.size()))
                != 1) {
            return badKey(QStringLiteral("EC key could not be loaded"), takeErrors());
        }
        OsslParamPtr params(OSSL_PARAM_BLD_to_param(bld.get()));
        EvpPkeyPtr key = fromData("EC", params.get());
        if (!key || !publicCheck(key.get())) {
            return badKey(QStringLiteral("EC point is not on the %1 curve").arg(QLatin1String(curve.jwkName)),
                          takeErrors());
        }
        auto data = std::make_shared<Jwk::Data>();
        data->kty = QStringLiteral("EC");
        data->crv = QLatin1String(curve.jwkName);
        data->bits = curve.bits;
        data->x = x;
        data->y = y;
        return finish(std::move(key), std::move(data));
    }

    static Result<Jwk> ed25519(const QByteArray &x)
    {
        if (x.size() != 32) {
            return badKey(QStringLiteral("Ed25519 public key must be 32 bytes"));
        }
        EvpPkeyPtr key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                                   reinterpret_cast<const unsigned char *>(x.constData()), 32));
        if (!key) {
            return badKey(QStringLiteral("Ed25519 key could not be loaded"), takeErrors());
        }
        auto data = std::make_shared<Jwk::Data>();
        data->kty = QStringLiteral("OKP");
        data->crv = QStringLiteral("Ed25519");
        data->bits = 256;
        data->x = x;
        return finish(std::move(key), std::move(data));
    }

private:
    static EvpPkeyPtr fromData(const char *type, OSSL_PARAM *params)
    {
        if (!params) {
            return {};
        }
        EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
        EVP_PKEY *raw = nullptr;
        if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
            || EVP_PKEY_fromdata(ctx.get(), &raw, EVP_PKEY_PUBLIC_KEY, params) != 1) {
            return {};
        }
        return EvpPkeyPtr(raw);
    }

    static bool publicCheck(EVP_PKEY *key)
    {
        // Range, on-curve and order checks (SP 800-56A full public key validation).
        EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
        return ctx && EVP_PKEY_public_check(ctx.get()) == 1;
    }
};

Jwk::Jwk() = default;

Jwk::Jwk(std::shared_ptr<const Data> data)
    : d(std::move(data))
{
}

Result<Jwk> Jwk::fromJson(const QJsonObject &json)
{
    // Checked before anything else: a leaked private key is refused whatever else is wrong.
    static const char *const privateMembers[] = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"};
    for (const char *name : privateMembers) {
        if (json.contains(QLatin1String(name))) {
            return badKey(QStringLiteral("JWK contains the private key member \"%1\"; send only the public key")
                              .arg(QLatin1String(name)));
        }
    }
    const QJsonValue ktyValue = json.value(QLatin1String("kty"));
    if (!ktyValue.isString()) {
        return badKey(QStringLiteral("JWK member \"kty\" is missing or not a string"));
    }
    const QString kty = ktyValue.toString();
    if (kty == QLatin1String("RSA")) {
        Result<QByteArray> n = member(json, "n");
        if (!n) {
            return n.error();
        }
        Result<QByteArray> e = member(json, "e");
        if (!e) {
            return e.error();
        }
        return JwkBuilder::rsa(*n, *e);
    }
    if (kty == QLatin1String("EC") || kty == QLatin1String("OKP")) {
        const QJsonValue crvValue = json.value(QLatin1String("crv"));
        if (!crvValue.isString()) {
            return badKey(QStringLiteral("JWK member \"crv\" is missing or not a string"));
        }
        const QString crv = crvValue.toString();
        Result<QByteArray> x = member(json, "x");
        if (kty == QLatin1String("OKP")) {
            if (crv != QLatin1String("Ed25519")) {
                return badKey(QStringLiteral("OKP curve %1 is not supported; use Ed25519").arg(JoseUtil::quoted(crv)));
            }
            if (!x) {
                return x.error();
            }
            return JwkBuilder::ed25519(*x);
        }
        const Curve *curve = curveByJwkName(crv);
        if (!curve) {
            return badKey(
                QStringLiteral("EC curve %1 is not supported; use P-256, P-384 or P-521").arg(JoseUtil::quoted(crv)));
        }
        if (!x) {
            return x.error();
        }
        Result<QByteArray> y = member(json, "y");
        if (!y) {
            return y.error();
        }
        return JwkBuilder::ec(*curve, *x, *y);
    }
    return badKey(
        QStringLiteral("JWK key type %1 is not supported; use RSA, EC or OKP (Ed25519)").arg(JoseUtil::quoted(kty)));
}

Result<Jwk> Jwk::fromSpkiDer(const QByteArray &der)
{
    Result<Jwk> jwk = fromSpkiComponents(der);
    // Only the canonical encoding: named curve (not explicit parameters, which hide the curve
    // from policy), uncompressed point, DER. Anything else re-encodes differently.
    if (jwk && jwk->spkiDer() != der) {
        return badKey(QStringLiteral("Public key must be DER with a named curve and an uncompressed point"));
    }
    return jwk;
}

Result<Jwk> Jwk::fromSpkiComponents(const QByteArray &der)
{
    EvpPkeyPtr key = parseSpki(der);
    if (!key) {
        return badKey(QStringLiteral("Public key is not a valid DER SubjectPublicKeyInfo"), takeErrors());
    }
    // Re-built from its components so that both entry points apply exactly the same policy.
    if (EVP_PKEY_is_a(key.get(), "RSA")) {
        BIGNUM *n = nullptr;
        BIGNUM *e = nullptr;
        const bool ok = EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_RSA_N, &n) == 1
            && EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_RSA_E, &e) == 1;
        BignumPtr nOwner(n);
        BignumPtr eOwner(e);
        if (!ok) {
            return badKey(QStringLiteral("RSA key could not be read"), takeErrors());
        }
        return JwkBuilder::rsa(bignumBytes(n), bignumBytes(e));
    }
    if (EVP_PKEY_is_a(key.get(), "EC")) {
        char group[64] = {};
        size_t groupLen = 0;
        if (EVP_PKEY_get_utf8_string_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &groupLen)
            != 1) {
            takeErrors();
            return badKey(QStringLiteral("EC key must use a named curve (P-256, P-384 or P-521)"));
        }
        const Curve *curve = curveByOpenSslName(QString::fromLatin1(group, qsizetype(groupLen)));
        if (!curve) {
            return badKey(QStringLiteral("EC curve is not supported; use P-256, P-384 or P-521"));
        }
        BIGNUM *x = nullptr;
        BIGNUM *y = nullptr;
        const bool ok = EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_EC_PUB_X, &x) == 1
            && EVP_PKEY_get_bn_param(key.get(), OSSL_PKEY_PARAM_EC_PUB_Y, &y) == 1;
        BignumPtr xOwner(x);
        BignumPtr yOwner(y);
        if (!ok) {
            return badKey(QStringLiteral("EC key could not be read"), takeErrors());
        }
        return JwkBuilder::ec(*curve, bignumBytes(x, curve->coordinateBytes), bignumBytes(y, curve->coordinateBytes));
    }
    if (EVP_PKEY_is_a(key.get(), "ED25519")) {
        QByteArray raw(32, '\0');
        size_t len = size_t(raw.size());
        if (EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(raw.data()), &len) != 1
            || len != 32) {
            return badKey(QStringLiteral("Ed25519 key could not be read"), takeErrors());
        }
        return JwkBuilder::ed25519(raw);
    }
    return badKey(QStringLiteral("Public key type is not supported; use RSA, EC (P-256, P-384, P-521) or Ed25519"));
}

bool Jwk::isNull() const
{
    return !d;
}

QJsonObject Jwk::toJson() const
{
    if (!d) {
        return {};
    }
    QJsonObject o;
    o.insert(QStringLiteral("kty"), d->kty);
    if (d->kty == QLatin1String("RSA")) {
        o.insert(QStringLiteral("n"), Base64Url::encodeToString(d->n));
        o.insert(QStringLiteral("e"), Base64Url::encodeToString(d->e));
    } else {
        o.insert(QStringLiteral("crv"), d->crv);
        o.insert(QStringLiteral("x"), Base64Url::encodeToString(d->x));
        if (d->kty == QLatin1String("EC")) {
            o.insert(QStringLiteral("y"), Base64Url::encodeToString(d->y));
        }
    }
    return o;
}

QByteArray Jwk::canonicalJson() const
{
    return d ? d->canonicalJson : QByteArray();
}

QString Jwk::thumbprint() const
{
    return d ? d->thumbprint : QString();
}

QByteArray Jwk::spkiDer() const
{
    return d ? d->spki : QByteArray();
}

QString Jwk::keyType() const
{
    return d ? d->kty : QString();
}

QString Jwk::curve() const
{
    return d ? d->crv : QString();
}

int Jwk::bits() const
{
    return d ? d->bits : 0;
}

QString Jwk::algorithm() const
{
    if (!d) {
        return {};
    }
    if (d->kty == QLatin1String("RSA")) {
        return QStringLiteral("RS256");
    }
    if (d->kty == QLatin1String("OKP")) {
        return QStringLiteral("EdDSA");
    }
    const Curve *curve = curveByJwkName(d->crv);
    return curve ? QLatin1String(curve->alg) : QString();
}

bool Jwk::supportsAlg(const QString &alg) const
{
    return d && !alg.isEmpty() && alg == algorithm();
}

bool Jwk::verify(const QString &alg, const QByteArray &signingInput, const QByteArray &signature) const
{
    if (!supportsAlg(alg)) {
        return false;
    }
    if (d->kty == QLatin1String("RSA")) {
        return verifySignature(d->key.get(), "SHA256", signingInput, signature);
    }
    if (d->kty == QLatin1String("OKP")) {
        return signature.size() == 64 && verifySignature(d->key.get(), nullptr, signingInput, signature);
    }
    const Curve *curve = curveByJwkName(d->crv);
    // RFC 7518 §3.4: r||s, each exactly the size of the curve order; DER is not accepted.
    const QByteArray der = ecdsaRawToDer(signature, curve->coordinateBytes);
    if (der.isEmpty()) {
        return false;
    }
    return verifySignature(d->key.get(), curve->digest, signingInput, der);
}

bool Jwk::operator==(const Jwk &other) const
{
    if (!d || !other.d) {
        return !d && !other.d;
    }
    return d->canonicalJson == other.d->canonicalJson;
}
