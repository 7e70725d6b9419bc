// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Crypto.h"

#include "core/crypto/MasterKey.h"
#include "core/crypto/OpenSslPtr.h"

#include <QHostAddress>
#include <QtGlobal>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/param_build.h>
#include <openssl/provider.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

// The only place where OpenSSL objects are freed (STYLE.md §4: no bare *_free calls).
void Asn1StringDeleter::operator()(ASN1_STRING *p) const
{
    ASN1_STRING_free(p);
}
void Asn1ObjectDeleter::operator()(ASN1_OBJECT *p) const
{
    ASN1_OBJECT_free(p);
}
void BioDeleter::operator()(BIO *p) const
{
    BIO_free_all(p);
}
void BignumDeleter::operator()(BIGNUM *p) const
{
    BN_free(p);
}
void EvpCipherCtxDeleter::operator()(EVP_CIPHER_CTX *p) const
{
    EVP_CIPHER_CTX_free(p);
}
void EvpMdCtxDeleter::operator()(EVP_MD_CTX *p) const
{
    EVP_MD_CTX_free(p);
}
void EvpPkeyDeleter::operator()(EVP_PKEY *p) const
{
    EVP_PKEY_free(p);
}
void EvpPkeyCtxDeleter::operator()(EVP_PKEY_CTX *p) const
{
    EVP_PKEY_CTX_free(p);
}
void X509Deleter::operator()(X509 *p) const
{
    X509_free(p);
}
void X509CrlDeleter::operator()(X509_CRL *p) const
{
    X509_CRL_free(p);
}
void X509RevokedDeleter::operator()(X509_REVOKED *p) const
{
    X509_REVOKED_free(p);
}
void X509NameDeleter::operator()(X509_NAME *p) const
{
    X509_NAME_free(p);
}
void X509ExtensionDeleter::operator()(X509_EXTENSION *p) const
{
    X509_EXTENSION_free(p);
}
void X509PubkeyDeleter::operator()(X509_PUBKEY *p) const
{
    X509_PUBKEY_free(p);
}
void X509ReqDeleter::operator()(X509_REQ *p) const
{
    X509_REQ_free(p);
}
void X509StoreDeleter::operator()(X509_STORE *p) const
{
    X509_STORE_free(p);
}
void X509StoreCtxDeleter::operator()(X509_STORE_CTX *p) const
{
    X509_STORE_CTX_free(p);
}
void X509StackDeleter::operator()(stack_st_X509 *p) const
{
    sk_X509_pop_free(p, X509_free);
}
void GeneralNamesDeleter::operator()(stack_st_GENERAL_NAME *p) const
{
    GENERAL_NAMES_free(p);
}
void X509ExtensionStackDeleter::operator()(stack_st_X509_EXTENSION *p) const
{
    sk_X509_EXTENSION_pop_free(p, X509_EXTENSION_free);
}
void ExtendedKeyUsageDeleter::operator()(stack_st_ASN1_OBJECT *p) const
{
    sk_ASN1_OBJECT_pop_free(p, ASN1_OBJECT_free);
}
void CrlDistPointsDeleter::operator()(stack_st_DIST_POINT *p) const
{
    CRL_DIST_POINTS_free(p);
}
void AuthorityInfoAccessDeleter::operator()(stack_st_ACCESS_DESCRIPTION *p) const
{
    AUTHORITY_INFO_ACCESS_free(p);
}
void OpenSslBytesDeleter::operator()(unsigned char *p) const
{
    OPENSSL_free(p);
}
void OpenSslCharsDeleter::operator()(char *p) const
{
    OPENSSL_free(p);
}

namespace Crypto {

namespace {

QByteArray digest(const EVP_MD *md, const QByteArray &data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &len, md, nullptr) != 1) {
        qFatal("EVP_Digest failed: %s", qPrintable(OpenSsl::takeErrors()));
    }
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

} // namespace

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    if (count > 0 && RAND_bytes(reinterpret_cast<unsigned char *>(out.data()), count) != 1) {
        qFatal("RAND_bytes failed: %s", qPrintable(OpenSsl::takeErrors()));
    }
    return out;
}

QString randomId(int bytes)
{
    return QString::fromLatin1(
        randomBytes(bytes).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray sha1(const QByteArray &data)
{
    return digest(EVP_sha1(), data);
}

QByteArray sha256(const QByteArray &data)
{
    return digest(EVP_sha256(), data);
}

QByteArray sha384(const QByteArray &data)
{
    return digest(EVP_sha384(), data);
}

QByteArray hmac(HmacAlgorithm algorithm, const QByteArray &key, const QByteArray &data)
{
    const EVP_MD *md = algorithm == HmacAlgorithm::Sha256 ? EVP_sha256()
        : algorithm == HmacAlgorithm::Sha384              ? EVP_sha384()
                                                          : EVP_sha512();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (!HMAC(md, key.constData(), key.size(), reinterpret_cast<const unsigned char *>(data.constData()),
              size_t(data.size()), out, &len)) {
        qFatal("HMAC failed: %s", qPrintable(OpenSsl::takeErrors()));
    }
    return QByteArray(reinterpret_cast<const char *>(out), int(len));
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size()) {
        return false;
    }
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

VoidResult selfTest()
{
    auto fail = [](const char *what) {
        return CoreError(CoreError::Code::Crypto, QStringLiteral("Cryptographic self-test failed"),
                         QLatin1String(what));
    };
    // FIPS 180-2 Appendix B.1.
    if (sha256(QByteArrayLiteral("abc"))
        != QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")) {
        return fail("SHA-256 known answer");
    }
    // RFC 4231 test case 2.
    const QByteArray key = QByteArrayLiteral("Jefe");
    const QByteArray data = QByteArrayLiteral("what do ya want for nothing?");
    if (hmac(HmacAlgorithm::Sha256, key, data)
        != QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")) {
        return fail("HMAC-SHA-256 known answer");
    }
    if (hmac(HmacAlgorithm::Sha512, key, data)
        != QByteArray::fromHex("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f"
                               "65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737")) {
        return fail("HMAC-SHA-512 known answer");
    }
    if (!constantTimeEquals(QByteArrayLiteral("abc"), QByteArrayLiteral("abc"))
        || constantTimeEquals(QByteArrayLiteral("abc"), QByteArrayLiteral("abd"))) {
        return fail("constant-time compare");
    }
    const MasterKey mk = MasterKey::generate();
    Result<QByteArray> sealed = mk.seal(data, key);
    if (!sealed) {
        return fail("AES-256-GCM seal");
    }
    Result<QByteArray> opened = mk.open(*sealed, key);
    if (!opened || *opened != data || mk.open(*sealed, QByteArrayLiteral("other")).isOk()) {
        return fail("AES-256-GCM round trip");
    }
    return {};
}

} // namespace Crypto

namespace OpenSsl {

QString takeErrors()
{
    QStringList parts;
    while (unsigned long code = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.join(QLatin1String("; "));
}

CoreError error(CoreError::Code code, const QString &detail, const QString &what)
{
    const QString errors = takeErrors();
    QString internal = what;
    if (!errors.isEmpty()) {
        internal += (internal.isEmpty() ? QString() : QStringLiteral(": ")) + errors;
    }
    return CoreError(code, detail, internal);
}

BioPtr memBio(const QByteArray &data)
{
    return BioPtr(BIO_new_mem_buf(data.constData(), int(data.size())));
}

BioPtr newMemBio()
{
    return BioPtr(BIO_new(BIO_s_mem()));
}

QByteArray bioContents(BIO *bio)
{
    char *ptr = nullptr;
    const long len = BIO_get_mem_data(bio, &ptr);
    return QByteArray(ptr, int(len));
}

QByteArray takeBytes(unsigned char *data, int len)
{
    OpenSslBytesPtr owned(data);
    if (!owned || len <= 0) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(owned.get()), len);
}

bool isPem(const QByteArray &data)
{
    return data.contains("-----BEGIN ");
}

QDateTime toDateTime(const ASN1_TIME *time)
{
    struct tm tm = {};
    if (!time || ASN1_TIME_to_tm(time, &tm) != 1) {
        return {};
    }
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday), QTime(tm.tm_hour, tm.tm_min, tm.tm_sec),
                     Qt::UTC);
}

QString serialToHex(const ASN1_INTEGER *serial)
{
    BignumPtr bn(ASN1_INTEGER_to_BN(serial, nullptr));
    if (!bn) {
        return {};
    }
    OpenSslCharsPtr hex(BN_bn2hex(bn.get()));
    QString out = QString::fromLatin1(hex.get()).toLower();
    if (out.startsWith(QLatin1Char('-'))) {
        return out;
    }
    if (out.size() % 2) {
        out.prepend(QLatin1Char('0'));
    }
    return out;
}

QString nameToString(const X509_NAME *name)
{
    BioPtr bio = newMemBio();
    // RFC 2253/4514 order and escaping, but UTF-8 instead of \XX escapes for non-ASCII.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    return QString::fromUtf8(bioContents(bio.get()));
}

QStringList commonNames(const X509_NAME *name)
{
    QStringList out;
    int pos = -1;
    while ((pos = X509_NAME_get_index_by_NID(name, NID_commonName, pos)) >= 0) {
        const ASN1_STRING *data = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, pos));
        unsigned char *utf8 = nullptr;
        const int len = ASN1_STRING_to_UTF8(&utf8, data);
        const QByteArray bytes = takeBytes(utf8, len);
        if (len >= 0) {
            out << QString::fromUtf8(bytes);
        }
    }
    return out;
}

Result<X509NamePtr> nameFromAttributes(const QList<QPair<QString, QString>> &attributes)
{
    X509NamePtr name(X509_NAME_new());
    // RFC 4514 lists the most specific attribute first; X.509 stores it last.
    for (auto it = attributes.crbegin(); it != attributes.crend(); ++it) {
        const QByteArray type = it->first.toLatin1();
        const QByteArray value = it->second.toUtf8();
        if (OBJ_txt2nid(type.constData()) == NID_undef) {
            ERR_clear_error();
            return CoreError(CoreError::Code::Malformed,
                             QStringLiteral("Unknown distinguished name attribute '%1'").arg(it->first));
        }
        if (X509_NAME_add_entry_by_txt(name.get(), type.constData(), MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char *>(value.constData()), int(value.size()),
                                       -1, 0)
            != 1) {
            return error(CoreError::Code::Malformed,
                         QStringLiteral("Invalid value for distinguished name attribute '%1'").arg(it->first));
        }
    }
    return name;
}

Result<QList<QPair<QString, QString>>> parseDn(const QString &dn)
{
    QList<QPair<QString, QString>> out;
    QString type;
    QString value;
    bool inValue = false;
    bool any = false;
    auto finish = [&]() -> bool {
        const QString t = type.trimmed();
        if (!inValue || t.isEmpty() || value.trimmed().isEmpty()) {
            return false;
        }
        out.append({t.toUpper() == QLatin1String("EMAIL") ? QStringLiteral("emailAddress") : t, value.trimmed()});
        type.clear();
        value.clear();
        inValue = false;
        return true;
    };
    for (int i = 0; i < dn.size(); ++i) {
        const QChar c = dn.at(i);
        any = true;
        if (c == QLatin1Char('\\') && i + 1 < dn.size()) {
            (inValue ? value : type) += dn.at(++i);
        } else if (!inValue && c == QLatin1Char('=')) {
            inValue = true;
        } else if (c == QLatin1Char(',') || c == QLatin1Char('+')) {
            if (!finish()) {
                return CoreError(CoreError::Code::Malformed,
                                 QStringLiteral("Malformed distinguished name '%1'").arg(dn));
            }
        } else {
            (inValue ? value : type) += c;
        }
    }
    if (!any || !finish()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Malformed distinguished name '%1'").arg(dn));
    }
    return out;
}

void splitGeneralNames(const stack_st_GENERAL_NAME *names, QStringList *dnsNames, QStringList *ipAddresses)
{
    const int n = sk_GENERAL_NAME_num(names);
    for (int i = 0; i < n; ++i) {
        const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, i);
        if (gn->type == GEN_DNS && dnsNames) {
            const ASN1_STRING *s = gn->d.dNSName;
            *dnsNames << QString::fromLatin1(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)),
                                             ASN1_STRING_length(s));
        } else if (gn->type == GEN_IPADD && ipAddresses) {
            const ASN1_STRING *s = gn->d.iPAddress;
            const int len = ASN1_STRING_length(s);
            const unsigned char *p = ASN1_STRING_get0_data(s);
            if (len == 4) {
                *ipAddresses
                    << QHostAddress(quint32(p[0]) << 24 | quint32(p[1]) << 16 | quint32(p[2]) << 8 | p[3]).toString();
            } else if (len == 16) {
                *ipAddresses << QHostAddress(p).toString();
            } else {
                *ipAddresses << QStringLiteral("invalid:%1")
                                    .arg(QString::fromLatin1(
                                        QByteArray(reinterpret_cast<const char *>(p), len).toHex()));
            }
        }
    }
}

Result<GeneralNamesPtr> makeGeneralNames(const QStringList &dnsNames, const QStringList &ipAddresses)
{
    GeneralNamesPtr names(sk_GENERAL_NAME_new_null());
    for (const QString &dns : dnsNames) {
        const QByteArray ascii = dns.toLatin1();
        if (dns.isEmpty() || ascii != dns.toUtf8()) {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid DNS name '%1'").arg(dns));
        }
        GENERAL_NAME *gn = GENERAL_NAME_new();
        ASN1_IA5STRING *ia5 = ASN1_IA5STRING_new();
        ASN1_STRING_set(ia5, ascii.constData(), int(ascii.size()));
        GENERAL_NAME_set0_value(gn, GEN_DNS, ia5);
        sk_GENERAL_NAME_push(names.get(), gn);
    }
    for (const QString &ip : ipAddresses) {
        const QByteArray ascii = ip.toLatin1();
        ASN1_OCTET_STRING *octets = a2i_IPADDRESS(ascii.constData());
        if (!octets) {
            ERR_clear_error();
            return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid IP address '%1'").arg(ip));
        }
        GENERAL_NAME *gn = GENERAL_NAME_new();
        GENERAL_NAME_set0_value(gn, GEN_IPADD, octets);
        sk_GENERAL_NAME_push(names.get(), gn);
    }
    return names;
}

KeyInfo keyInfo(EVP_PKEY *key, const X509_PUBKEY *spki)
{
    KeyInfo info;
    if (!key) {
        return info;
    }
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        info.algorithm = QStringLiteral("RSA");
        break;
    case EVP_PKEY_EC: {
        info.algorithm = QStringLiteral("EC");
        char group[80] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) == 1) {
            const QString g = QString::fromLatin1(group, int(len));
            if (g == QLatin1String("prime256v1") || g == QLatin1String("P-256")) {
                info.curve = QStringLiteral("P-256");
            } else if (g == QLatin1String("secp384r1") || g == QLatin1String("P-384")) {
                info.curve = QStringLiteral("P-384");
            } else if (g == QLatin1String("secp521r1") || g == QLatin1String("P-521")) {
                info.curve = QStringLiteral("P-521");
            } else {
                info.curve = g;
            }
        }
        break;
    }
    case EVP_PKEY_ED25519:
        info.algorithm = QStringLiteral("Ed25519");
        break;
    case EVP_PKEY_ED448:
        info.algorithm = QStringLiteral("Ed448");
        break;
    case EVP_PKEY_DSA:
        info.algorithm = QStringLiteral("DSA");
        break;
    default:
        info.algorithm = QString::fromLatin1(EVP_PKEY_get0_type_name(key));
        break;
    }
    info.bits = EVP_PKEY_get_bits(key);
    unsigned char *der = nullptr;
    const int len = spki ? i2d_X509_PUBKEY(spki, &der) : i2d_PUBKEY(key, &der);
    info.spkiDer = takeBytes(der, len);
    return info;
}

KeyInfo keyInfo(EVP_PKEY *key)
{
    return keyInfo(key, nullptr);
}

Result<EvpPkeyPtr> publicKeyFromDer(const QByteArray &spkiDer)
{
    const unsigned char *p = reinterpret_cast<const unsigned char *>(spkiDer.constData());
    EvpPkeyPtr key(d2i_PUBKEY(nullptr, &p, long(spkiDer.size())));
    if (!key || p != reinterpret_cast<const unsigned char *>(spkiDer.constData()) + spkiDer.size()) {
        return error(CoreError::Code::BadPublicKey, QStringLiteral("Unreadable public key"),
                     QStringLiteral("d2i_PUBKEY"));
    }
    return key;
}

namespace {

/**
 * A library context whose only provider is "null": parsing under it finds no decoder, so the
 * opportunistic key decoding inside d2i fails at once (and leaves no error behind). Structures
 * parsed under it must not be used for operations that fetch algorithms.
 */
OSSL_LIB_CTX *structureOnlyContext()
{
    static OSSL_LIB_CTX *const context = []() -> OSSL_LIB_CTX * {
        OSSL_LIB_CTX *c = OSSL_LIB_CTX_new();
        if (c && !OSSL_PROVIDER_load(c, "null")) {
            OSSL_LIB_CTX_free(c);
            c = nullptr;
        }
        ERR_clear_error();
        return c;
    }();
    return context;
}

template<typename T> T *parseStructure(const QByteArray &der, const ASN1_ITEM *item)
{
    OSSL_LIB_CTX *context = structureOnlyContext();
    if (!context || der.isEmpty()) {
        return nullptr;
    }
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = begin;
    ASN1_VALUE *value = ASN1_item_d2i_ex(nullptr, &p, long(der.size()), item, context, nullptr);
    if (value && p != begin + der.size()) {
        ASN1_item_free(value, item);
        value = nullptr;
    }
    return reinterpret_cast<T *>(value);
}

EvpPkeyPtr keyFromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    std::unique_ptr<OSSL_PARAM, void (*)(OSSL_PARAM *)> params(OSSL_PARAM_BLD_to_param(bld), OSSL_PARAM_free);
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
        return {};
    }
    return EvpPkeyPtr(key);
}

EvpPkeyPtr ecKey(const void *parameter, int parameterType, const unsigned char *bits, int bitsLength)
{
    if (parameterType != V_ASN1_OBJECT) {
        return {}; // explicit curve parameters: left to OpenSSL's decoders
    }
    const int curve = OBJ_obj2nid(static_cast<const ASN1_OBJECT *>(parameter));
    const char *group = curve == NID_undef ? nullptr : OBJ_nid2sn(curve);
    if (!group) {
        return {};
    }
    std::unique_ptr<OSSL_PARAM_BLD, void (*)(OSSL_PARAM_BLD *)> bld(OSSL_PARAM_BLD_new(), OSSL_PARAM_BLD_free);
    // Import decodes the point with EC_POINT_oct2point, which refuses a point off the curve.
    if (!bld || OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1
        || OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, bits, size_t(bitsLength)) != 1) {
        return {};
    }
    return keyFromParams("EC", bld.get());
}

EvpPkeyPtr rsaKey(int parameterType, const unsigned char *bits, int bitsLength)
{
    // RFC 3279 §2.3.1: NULL parameters; RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }.
    if (parameterType != V_ASN1_NULL && parameterType != V_ASN1_UNDEF) {
        return {};
    }
    const unsigned char *p = bits;
    std::unique_ptr<ASN1_SEQUENCE_ANY, void (*)(ASN1_SEQUENCE_ANY *)> seq(
        d2i_ASN1_SEQUENCE_ANY(nullptr, &p, bitsLength),
        [](ASN1_SEQUENCE_ANY *s) { sk_ASN1_TYPE_pop_free(s, ASN1_TYPE_free); });
    if (!seq || p != bits + bitsLength || sk_ASN1_TYPE_num(seq.get()) != 2) {
        return {};
    }
    const ASN1_TYPE *n = sk_ASN1_TYPE_value(seq.get(), 0);
    const ASN1_TYPE *e = sk_ASN1_TYPE_value(seq.get(), 1);
    if (ASN1_TYPE_get(n) != V_ASN1_INTEGER || ASN1_TYPE_get(e) != V_ASN1_INTEGER) {
        return {};
    }
    BignumPtr bnN(ASN1_INTEGER_to_BN(n->value.integer, nullptr));
    BignumPtr bnE(ASN1_INTEGER_to_BN(e->value.integer, nullptr));
    std::unique_ptr<OSSL_PARAM_BLD, void (*)(OSSL_PARAM_BLD *)> bld(OSSL_PARAM_BLD_new(), OSSL_PARAM_BLD_free);
    if (!bnN || !bnE || !bld || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, bnN.get()) != 1
        || OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, bnE.get()) != 1) {
        return {};
    }
    return keyFromParams("RSA", bld.get());
}

} // namespace

X509PubkeyPtr parseSpkiStructure(const QByteArray &spkiDer)
{
    return X509PubkeyPtr(parseStructure<X509_PUBKEY>(spkiDer, ASN1_ITEM_rptr(X509_PUBKEY)));
}

X509ReqPtr parseRequestStructure(const QByteArray &der)
{
    return X509ReqPtr(parseStructure<X509_REQ>(der, ASN1_ITEM_rptr(X509_REQ)));
}

EvpPkeyPtr publicKeyFromSpki(const X509_PUBKEY *spki)
{
    ASN1_OBJECT *algorithm = nullptr;
    const unsigned char *bits = nullptr;
    int bitsLength = 0;
    X509_ALGOR *algor = nullptr;
    if (!spki || X509_PUBKEY_get0_param(&algorithm, &bits, &bitsLength, &algor, spki) != 1 || bitsLength <= 0) {
        return {};
    }
    int parameterType = V_ASN1_UNDEF;
    const void *parameter = nullptr;
    X509_ALGOR_get0(nullptr, &parameterType, &parameter, algor);
    EvpPkeyPtr key;
    switch (OBJ_obj2nid(algorithm)) {
    case NID_X9_62_id_ecPublicKey:
        key = ecKey(parameter, parameterType, bits, bitsLength);
        break;
    case NID_rsaEncryption:
        key = rsaKey(parameterType, bits, bitsLength);
        break;
    case NID_ED25519:
    case NID_ED448:
        // RFC 8410 §3: the parameters must be absent.
        if (parameterType == V_ASN1_UNDEF) {
            key.reset(
                EVP_PKEY_new_raw_public_key(OBJ_obj2nid(algorithm) == NID_ED25519 ? EVP_PKEY_ED25519 : EVP_PKEY_ED448,
                                            nullptr, bits, size_t(bitsLength)));
        }
        break;
    default:
        break;
    }
    ERR_clear_error();
    return key;
}

} // namespace OpenSsl
