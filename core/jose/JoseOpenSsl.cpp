// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/JoseOpenSsl_p.h"

#include <QStringList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/params.h>
#include <openssl/x509.h>

namespace JoseOpenSsl {

void Deleter::operator()(EVP_PKEY *p) const
{
    EVP_PKEY_free(p);
}
void Deleter::operator()(EVP_PKEY_CTX *p) const
{
    EVP_PKEY_CTX_free(p);
}
void Deleter::operator()(EVP_MD_CTX *p) const
{
    EVP_MD_CTX_free(p);
}
void Deleter::operator()(BIGNUM *p) const
{
    BN_free(p);
}
void Deleter::operator()(ECDSA_SIG *p) const
{
    ECDSA_SIG_free(p);
}
void Deleter::operator()(X509 *p) const
{
    X509_free(p);
}
void Deleter::operator()(BIO *p) const
{
    BIO_free(p);
}
void Deleter::operator()(OSSL_PARAM *p) const
{
    OSSL_PARAM_free(p);
}
void Deleter::operator()(OSSL_PARAM_BLD *p) const
{
    OSSL_PARAM_BLD_free(p);
}

SharedPkey share(EvpPkeyPtr key)
{
    return SharedPkey(key.release(), Deleter());
}

QString takeErrors()
{
    QStringList parts;
    unsigned long code = 0;
    while ((code = ERR_get_error()) != 0) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        parts.append(QString::fromLatin1(buf));
    }
    return parts.join(QStringLiteral("; "));
}

QByteArray digest(const char *mdName, const QByteArray &data)
{
    EVP_MD *md = EVP_MD_fetch(nullptr, mdName, nullptr);
    if (!md) {
        return {};
    }
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLen = 0;
    const int ok = EVP_Digest(data.constData(), size_t(data.size()), out, &outLen, md, nullptr);
    EVP_MD_free(md);
    if (ok != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(out), int(outLen));
}

QByteArray bignumBytes(const BIGNUM *bn, int width)
{
    const int len = BN_num_bytes(bn);
    const int size = width > 0 ? width : len;
    if (len > size) {
        return {};
    }
    QByteArray out(size, '\0');
    if (BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), size) != size) {
        return {};
    }
    return out;
}

EvpPkeyPtr parseSpki(const QByteArray &der)
{
    if (der.isEmpty()) {
        return {};
    }
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *start = p;
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &p, long(der.size())));
    if (!key || p - start != der.size()) {
        return {};
    }
    return key;
}

QByteArray spkiOf(EVP_PKEY *key)
{
    const int len = i2d_PUBKEY(key, nullptr);
    if (len <= 0) {
        return {};
    }
    QByteArray out(len, '\0');
    auto *p = reinterpret_cast<unsigned char *>(out.data());
    if (i2d_PUBKEY(key, &p) != len) {
        return {};
    }
    return out;
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // The length is not secret (the MAC size follows from alg); the contents are.
    if (a.size() != b.size()) {
        return false;
    }
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

QByteArray ecdsaRawToDer(const QByteArray &raw, int coordinateBytes)
{
    if (coordinateBytes <= 0 || raw.size() != 2 * coordinateBytes) {
        return {};
    }
    const auto *p = reinterpret_cast<const unsigned char *>(raw.constData());
    BignumPtr r(BN_bin2bn(p, coordinateBytes, nullptr));
    BignumPtr s(BN_bin2bn(p + coordinateBytes, coordinateBytes, nullptr));
    EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig) {
        return {};
    }
    if (ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1) {
        return {};
    }
    // ECDSA_SIG_set0 took ownership.
    (void)r.release();
    (void)s.release();
    const int len = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (len <= 0) {
        return {};
    }
    QByteArray der(len, '\0');
    auto *out = reinterpret_cast<unsigned char *>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != len) {
        return {};
    }
    return der;
}

QByteArray ecdsaDerToRaw(const QByteArray &der, int coordinateBytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *start = p;
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, long(der.size())));
    if (!sig || p - start != der.size()) {
        return {};
    }
    const QByteArray r = bignumBytes(ECDSA_SIG_get0_r(sig.get()), coordinateBytes);
    const QByteArray s = bignumBytes(ECDSA_SIG_get0_s(sig.get()), coordinateBytes);
    if (r.isEmpty() || s.isEmpty()) {
        return {};
    }
    return r + s;
}

bool verifySignature(EVP_PKEY *key, const char *mdName, const QByteArray &data, const QByteArray &signature)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || !key) {
        return false;
    }
    if (EVP_DigestVerifyInit_ex(ctx.get(), nullptr, mdName, nullptr, nullptr, key, nullptr) != 1) {
        ERR_clear_error();
        return false;
    }
    const int rc = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                                    size_t(signature.size()), reinterpret_cast<const unsigned char *>(data.constData()),
                                    size_t(data.size()));
    // A bad signature leaves entries on the queue; they are not interesting and must not leak into
    // the next caller's takeErrors().
    ERR_clear_error();
    return rc == 1;
}

QByteArray signData(EVP_PKEY *key, const char *mdName, const QByteArray &data)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || !key) {
        return {};
    }
    if (EVP_DigestSignInit_ex(ctx.get(), nullptr, mdName, nullptr, nullptr, key, nullptr) != 1) {
        return {};
    }
    const auto *in = reinterpret_cast<const unsigned char *>(data.constData());
    size_t len = 0;
    if (EVP_DigestSign(ctx.get(), nullptr, &len, in, size_t(data.size())) != 1) {
        return {};
    }
    QByteArray out(qsizetype(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, in, size_t(data.size())) != 1) {
        return {};
    }
    out.resize(qsizetype(len));
    return out;
}

} // namespace JoseOpenSsl
