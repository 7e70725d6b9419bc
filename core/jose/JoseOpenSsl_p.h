// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/jose: included from core/jose/*.cpp only. It names OpenSSL types by forward
// declaration (the same typedefs as OpenSSL's types.h) so that no header includes OpenSSL
// (STYLE.md §1.3); the deleters are defined in JoseOpenSsl.cpp.

#include <QByteArray>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct bignum_st BIGNUM;
typedef struct ECDSA_SIG_st ECDSA_SIG;
typedef struct x509_st X509;
typedef struct bio_st BIO;
typedef struct ossl_param_st OSSL_PARAM;
typedef struct ossl_param_bld_st OSSL_PARAM_BLD;

namespace JoseOpenSsl {

/** One deleter for every OpenSSL object core/jose owns (STYLE.md §4: no bare *_free()). */
struct Deleter
{
    void operator()(EVP_PKEY *p) const;
    void operator()(EVP_PKEY_CTX *p) const;
    void operator()(EVP_MD_CTX *p) const;
    void operator()(BIGNUM *p) const;
    void operator()(ECDSA_SIG *p) const;
    void operator()(X509 *p) const;
    void operator()(BIO *p) const;
    void operator()(OSSL_PARAM *p) const;
    void operator()(OSSL_PARAM_BLD *p) const;
};

using EvpPkeyPtr = std::unique_ptr<EVP_PKEY, Deleter>;
using EvpPkeyCtxPtr = std::unique_ptr<EVP_PKEY_CTX, Deleter>;
using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, Deleter>;
using BignumPtr = std::unique_ptr<BIGNUM, Deleter>;
using EcdsaSigPtr = std::unique_ptr<ECDSA_SIG, Deleter>;
using X509Ptr = std::unique_ptr<X509, Deleter>;
using BioPtr = std::unique_ptr<BIO, Deleter>;
using OsslParamPtr = std::unique_ptr<OSSL_PARAM, Deleter>;
using OsslParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, Deleter>;

/** A shared, immutable key (Jwk and AccountKey copies share one EVP_PKEY). */
using SharedPkey = std::shared_ptr<EVP_PKEY>;
SharedPkey share(EvpPkeyPtr key);

/** Drains the OpenSSL error queue into one line, for CoreError::internalDetail only. */
QString takeErrors();

/** Message digest by OpenSSL name ("SHA256", "SHA384", "SHA512"); empty on failure. */
QByteArray digest(const char *mdName, const QByteArray &data);

/** Big-endian bytes of \a bn, left-padded with zeros to \a width (0: minimal length). */
QByteArray bignumBytes(const BIGNUM *bn, int width = 0);

/** Parses a DER SubjectPublicKeyInfo; trailing bytes are an error. Null on failure. */
EvpPkeyPtr parseSpki(const QByteArray &der);

/** DER SubjectPublicKeyInfo of \a key; empty on failure. */
QByteArray spkiOf(EVP_PKEY *key);

/** Byte-wise equality in constant time for equal lengths (CRYPTO_memcmp). */
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/** r||s (each \a coordinateBytes long, as JWS ES* uses) to DER ECDSA-Sig-Value; empty if invalid. */
QByteArray ecdsaRawToDer(const QByteArray &raw, int coordinateBytes);

/** DER ECDSA-Sig-Value to fixed-length r||s; empty if invalid or a value does not fit. */
QByteArray ecdsaDerToRaw(const QByteArray &der, int coordinateBytes);

/**
 * EVP_DigestVerify of \a signature over \a data with \a mdName (nullptr for Ed25519, which
 * hashes internally). RSA uses PKCS#1 v1.5 padding, the OpenSSL default.
 */
bool verifySignature(EVP_PKEY *key, const char *mdName, const QByteArray &data, const QByteArray &signature);

/** EVP_DigestSign counterpart of verifySignature(); empty on failure. */
QByteArray signData(EVP_PKEY *key, const char *mdName, const QByteArray &data);

} // namespace JoseOpenSsl
