// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/crypto: include only from core/crypto/*.cpp (STYLE.md §1.3, §4).
// The OpenSSL types are forward-declared with the tags OpenSSL's types header uses, so this header
// pulls in no OpenSSL header; the deleters are defined once, in Crypto.cpp.

#include "core/crypto/PrivateKey.h"
#include "core/util/CoreError.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <memory>

typedef struct asn1_string_st ASN1_STRING;
typedef struct asn1_string_st ASN1_TIME;
typedef struct asn1_string_st ASN1_INTEGER;
typedef struct asn1_object_st ASN1_OBJECT;
typedef struct bio_st BIO;
typedef struct bignum_st BIGNUM;
typedef struct evp_cipher_ctx_st EVP_CIPHER_CTX;
typedef struct evp_md_ctx_st EVP_MD_CTX;
typedef struct evp_pkey_st EVP_PKEY;
typedef struct evp_pkey_ctx_st EVP_PKEY_CTX;
typedef struct x509_st X509;
typedef struct X509_crl_st X509_CRL;
typedef struct x509_revoked_st X509_REVOKED;
typedef struct X509_name_st X509_NAME;
typedef struct X509_extension_st X509_EXTENSION;
typedef struct X509_req_st X509_REQ;
typedef struct X509_pubkey_st X509_PUBKEY;
typedef struct x509_store_st X509_STORE;
typedef struct x509_store_ctx_st X509_STORE_CTX;
struct stack_st_X509;
struct stack_st_GENERAL_NAME;
struct stack_st_ASN1_OBJECT;
struct stack_st_DIST_POINT;
struct stack_st_ACCESS_DESCRIPTION;
struct stack_st_X509_EXTENSION;

#define ANVIL_OPENSSL_PTR(Name, Type)                                                                                  \
    struct Name##Deleter                                                                                               \
    {                                                                                                                  \
        void operator()(Type *p) const;                                                                                \
    };                                                                                                                 \
    using Name##Ptr = std::unique_ptr<Type, Name##Deleter>;

ANVIL_OPENSSL_PTR(Asn1String, ASN1_STRING)
ANVIL_OPENSSL_PTR(Asn1Object, ASN1_OBJECT)
ANVIL_OPENSSL_PTR(Bio, BIO)
ANVIL_OPENSSL_PTR(Bignum, BIGNUM)
ANVIL_OPENSSL_PTR(EvpCipherCtx, EVP_CIPHER_CTX)
ANVIL_OPENSSL_PTR(EvpMdCtx, EVP_MD_CTX)
ANVIL_OPENSSL_PTR(EvpPkey, EVP_PKEY)
ANVIL_OPENSSL_PTR(EvpPkeyCtx, EVP_PKEY_CTX)
ANVIL_OPENSSL_PTR(X509, X509)
ANVIL_OPENSSL_PTR(X509Crl, X509_CRL)
ANVIL_OPENSSL_PTR(X509Revoked, X509_REVOKED)
ANVIL_OPENSSL_PTR(X509Name, X509_NAME)
ANVIL_OPENSSL_PTR(X509Extension, X509_EXTENSION)
ANVIL_OPENSSL_PTR(X509Req, X509_REQ)
ANVIL_OPENSSL_PTR(X509Pubkey, X509_PUBKEY)
ANVIL_OPENSSL_PTR(X509Store, X509_STORE)
ANVIL_OPENSSL_PTR(X509StoreCtx, X509_STORE_CTX)
/** Frees the stack and the certificates in it. */
ANVIL_OPENSSL_PTR(X509Stack, stack_st_X509)
/** Frees the stack and the names in it (GENERAL_NAMES_free). */
ANVIL_OPENSSL_PTR(GeneralNames, stack_st_GENERAL_NAME)
/** Frees the stack and the extensions in it. */
ANVIL_OPENSSL_PTR(X509ExtensionStack, stack_st_X509_EXTENSION)
/** EXTENDED_KEY_USAGE: frees the stack and its objects. */
ANVIL_OPENSSL_PTR(ExtendedKeyUsage, stack_st_ASN1_OBJECT)
ANVIL_OPENSSL_PTR(CrlDistPoints, stack_st_DIST_POINT)
ANVIL_OPENSSL_PTR(AuthorityInfoAccess, stack_st_ACCESS_DESCRIPTION)
/** Memory OpenSSL allocated for us (i2d output, BN_bn2hex, ASN1_STRING_to_UTF8): OPENSSL_free. */
ANVIL_OPENSSL_PTR(OpenSslBytes, unsigned char)
ANVIL_OPENSSL_PTR(OpenSslChars, char)

#undef ANVIL_OPENSSL_PTR

/** Helpers shared by the core/crypto translation units (implemented in Crypto.cpp). */
namespace OpenSsl {

/** Drains the thread's OpenSSL error queue into one line for CoreError::internalDetail. */
QString takeErrors();
/** A CoreError whose internalDetail carries `what` and the OpenSSL error queue. */
CoreError error(CoreError::Code code, const QString &detail, const QString &what = {});

/** A read-only memory BIO over `data` (which must outlive it). */
BioPtr memBio(const QByteArray &data);
/** A fresh writable memory BIO. */
BioPtr newMemBio();
QByteArray bioContents(BIO *bio);
/** Takes ownership of OpenSSL-allocated `len` bytes (an i2d_* result) and copies them out. */
QByteArray takeBytes(unsigned char *data, int len);

/** True when `data` looks like PEM text (a "-----BEGIN " line). */
bool isPem(const QByteArray &data);

QDateTime toDateTime(const ASN1_TIME *time);
/** Serial number as lowercase hex with an even number of digits. */
QString serialToHex(const ASN1_INTEGER *serial);

/** RFC 4514 string, most specific attribute first: "CN=x,O=y". */
QString nameToString(const X509_NAME *name);
/** Every commonName value, in certificate order. */
QStringList commonNames(const X509_NAME *name);
/** (type, value) pairs in RFC 4514 order → X509_NAME (reversed into X.509 order). */
Result<X509NamePtr> nameFromAttributes(const QList<QPair<QString, QString>> &attributes);
/** Splits "CN=a\,b,O=y" into attribute pairs (RFC 4514 order). */
Result<QList<QPair<QString, QString>>> parseDn(const QString &dn);

/** DNS names and IP addresses (canonical text) of a GENERAL_NAMES stack. */
void splitGeneralNames(const stack_st_GENERAL_NAME *names, QStringList *dnsNames, QStringList *ipAddresses);
/** Builds a SAN value from DNS names and IP address strings. */
Result<GeneralNamesPtr> makeGeneralNames(const QStringList &dnsNames, const QStringList &ipAddresses);

/** Algorithm, curve, bits and SPKI DER of a key. */
KeyInfo keyInfo(EVP_PKEY *key);
/** The same, with the SubjectPublicKeyInfo DER copied from `spki` (as parsed) instead of encoded
 *  again: OpenSSL 3.0 sets up an OSSL_ENCODER for every i2d_PUBKEY. */
KeyInfo keyInfo(EVP_PKEY *key, const X509_PUBKEY *spki);
/** Parses SubjectPublicKeyInfo DER. */
Result<EvpPkeyPtr> publicKeyFromDer(const QByteArray &spkiDer);

/*
 * OpenSSL 3.0 decodes the key of every SubjectPublicKeyInfo it parses (d2i_X509, d2i_X509_REQ,
 * d2i_X509_PUBKEY) through an OSSL_DECODER context whose set-up walks every decoder of every
 * provider: about 1.3 million instructions each, more than an ECDSA verification. The functions
 * below parse the structures without that step and build keys from their parameters directly.
 */

/** A SubjectPublicKeyInfo's algorithm and key bits, parsed without decoding the key (no EVP_PKEY
 *  inside: read it with publicKeyFromSpki()). Null for malformed DER or trailing bytes. */
X509PubkeyPtr parseSpkiStructure(const QByteArray &spkiDer);
/** A PKCS#10 request parsed without decoding its key; null for malformed DER or trailing bytes. */
X509ReqPtr parseRequestStructure(const QByteArray &der);
/**
 * The key of a SubjectPublicKeyInfo, built from its parameters (EC on a named curve, RSA, Ed25519,
 * Ed448) as OpenSSL's decoders would, the EC point checked to be on its curve. Null for other
 * algorithms or invalid keys: callers fall back to OpenSSL's decoders (publicKeyFromDer).
 */
EvpPkeyPtr publicKeyFromSpki(const X509_PUBKEY *spki);

} // namespace OpenSsl
