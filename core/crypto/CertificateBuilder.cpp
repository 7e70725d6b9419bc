// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateBuilder.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/OpenSslPtr.h"

#include <QRegularExpression>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

/** URLs go into extension config strings: allow only plain ASCII http(s)/ldap URLs. */
bool isSafeUrl(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^(https?|ldap)://[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+=%-]+$"));
    return re.match(url).hasMatch();
}

VoidResult addExtension(X509 *cert, X509V3_CTX *ctx, int nid, const QString &value)
{
    const QByteArray v = value.toLatin1();
    X509ExtensionPtr ext(X509V3_EXT_nconf_nid(nullptr, ctx, nid, v.constData()));
    if (!ext || X509_add_ext(cert, ext.get(), -1) != 1) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot add certificate extension"),
                              QStringLiteral("%1=%2").arg(QLatin1String(OBJ_nid2sn(nid)), value));
    }
    return {};
}

const EVP_MD *digestFor(EVP_PKEY *signingKey)
{
    // Not OpenSsl::keyInfo(): its SPKI encoding sets up an OSSL_ENCODER, per certificate.
    const int base = EVP_PKEY_get_base_id(signingKey);
    if (base == EVP_PKEY_ED25519 || base == EVP_PKEY_ED448) {
        return nullptr;
    }
    if (base == EVP_PKEY_EC) {
        char group[80] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(signingKey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) == 1) {
            const QByteArray g(group, int(len));
            if (g == "secp384r1" || g == "P-384") {
                return EVP_sha384();
            }
            if (g == "secp521r1" || g == "P-521") {
                return EVP_sha512();
            }
        }
    }
    return EVP_sha256();
}

/** Copies algorithm and key bits of `from` into `to` as they are: X509_set_pubkey() would encode the
 *  key again and decode the result (OpenSSL 3.0 sets up an OSSL_ENCODER and an OSSL_DECODER per call). */
bool copyPublicKey(X509_PUBKEY *to, const X509_PUBKEY *from)
{
    ASN1_OBJECT *algorithm = nullptr;
    const unsigned char *bits = nullptr;
    int bitsLength = 0;
    X509_ALGOR *algor = nullptr;
    if (!to || X509_PUBKEY_get0_param(&algorithm, &bits, &bitsLength, &algor, from) != 1 || bitsLength <= 0) {
        return false;
    }
    int parameterType = V_ASN1_UNDEF;
    const void *parameter = nullptr;
    X509_ALGOR_get0(nullptr, &parameterType, &parameter, algor);
    void *parameterCopy = nullptr;
    if (parameterType == V_ASN1_OBJECT) {
        parameterCopy = OBJ_dup(static_cast<const ASN1_OBJECT *>(parameter));
    } else if (parameterType == V_ASN1_SEQUENCE) {
        parameterCopy = ASN1_STRING_dup(static_cast<const ASN1_STRING *>(parameter));
    } else if (parameterType != V_ASN1_NULL && parameterType != V_ASN1_UNDEF) {
        return false;
    }
    if (parameterType != V_ASN1_NULL && parameterType != V_ASN1_UNDEF && !parameterCopy) {
        return false;
    }
    ASN1_OBJECT *algorithmCopy = OBJ_dup(algorithm);
    auto *bitsCopy = static_cast<unsigned char *>(OPENSSL_memdup(bits, size_t(bitsLength)));
    if (!algorithmCopy || !bitsCopy
        || X509_PUBKEY_set0_param(to, algorithmCopy, parameterType, parameterCopy, bitsCopy, bitsLength) != 1) {
        ASN1_OBJECT_free(algorithmCopy);
        OPENSSL_free(bitsCopy);
        if (parameterType == V_ASN1_OBJECT) {
            ASN1_OBJECT_free(static_cast<ASN1_OBJECT *>(parameterCopy));
        } else {
            ASN1_STRING_free(static_cast<ASN1_STRING *>(parameterCopy));
        }
        return false;
    }
    return true;
}

} // namespace

void CertificateBuilder::setSubjectCommonNames(const QStringList &commonNames)
{
    QStringList parts;
    for (QString cn : commonNames) {
        // Escape RFC 4514 specials so that parseDn gives the name back unchanged.
        cn.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        cn.replace(QLatin1Char(','), QLatin1String("\\,"));
        cn.replace(QLatin1Char('+'), QLatin1String("\\+"));
        cn.replace(QLatin1Char('='), QLatin1String("\\="));
        // RFC 4514 strings list the last encoded attribute first: prepend to encode in list order.
        parts.prepend(QStringLiteral("CN=") + cn);
    }
    m_subjectDn = parts.join(QLatin1Char(','));
}

void CertificateBuilder::setValidity(const QDateTime &notBefore, const QDateTime &notAfter)
{
    m_notBefore = notBefore;
    m_notAfter = notAfter;
}

void CertificateBuilder::setCa(bool isCa, int pathLength)
{
    m_isCa = isCa;
    m_pathLength = pathLength;
}

QByteArray CertificateBuilder::randomSerial()
{
    QByteArray serial;
    do {
        serial = Crypto::randomBytes(16);
        serial[0] = char(serial[0] & 0x7f);
    } while (serial[0] == 0);
    return serial;
}

QStringList CertificateBuilder::supportedExtendedKeyUsages()
{
    return {QStringLiteral("serverAuth"),      QStringLiteral("clientAuth"),   QStringLiteral("codeSigning"),
            QStringLiteral("emailProtection"), QStringLiteral("timeStamping"), QStringLiteral("OCSPSigning")};
}

Result<X509Certificate> CertificateBuilder::sign(const X509Certificate &issuer, const PrivateKey &issuerKey) const
{
    if (issuer.isNull() || issuerKey.isNull()) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("No issuer certificate or key"));
    }
    if (X509_check_private_key(issuer.native(), issuerKey.native()) != 1) {
        ERR_clear_error();
        return CoreError(CoreError::Code::Crypto,
                         QStringLiteral("The issuer key does not match the issuer certificate"));
    }
    return build(&issuer, issuerKey);
}

Result<X509Certificate> CertificateBuilder::selfSign(const PrivateKey &key) const
{
    if (key.isNull()) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("No key"));
    }
    return build(nullptr, key);
}

Result<X509Certificate> CertificateBuilder::build(const X509Certificate *issuer, const PrivateKey &signingKey) const
{
    if (!m_notBefore.isValid() || !m_notAfter.isValid() || m_notAfter <= m_notBefore) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid certificate validity period"));
    }
    for (const QString &eku : m_extendedKeyUsages) {
        if (!supportedExtendedKeyUsages().contains(eku)) {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("Unknown extended key usage '%1'").arg(eku));
        }
    }
    for (const QString &url : {m_crlUrl, m_ocspUrl, m_caIssuersUrl}) {
        if (!url.isEmpty() && !isSafeUrl(url)) {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid URL '%1'").arg(url));
        }
    }
    // An empty subject is allowed for leaves whose names all exceed ub-common-name (RFC 5280 §4.2.1.6).
    Result<QList<QPair<QString, QString>>> attrs
        = m_subjectDn.isEmpty() ? QList<QPair<QString, QString>>() : OpenSsl::parseDn(m_subjectDn);
    if (!attrs) {
        return attrs.error();
    }
    Result<X509NamePtr> subject = OpenSsl::nameFromAttributes(*attrs);
    if (!subject) {
        return subject.error();
    }
    EvpPkeyPtr subjectKey;
    X509PubkeyPtr subjectSpki; // issued certificates: the key as parsed, copied into the certificate
    EVP_PKEY *subjectKeyRaw = signingKey.native();
    if (issuer) {
        // The structure without OpenSSL 3.0's decoder set-up (see OpenSslPtr.h); the key itself is
        // still built and checked (an EC point on its curve), through the decoders for key types
        // without a direct path.
        subjectSpki = OpenSsl::parseSpkiStructure(m_spkiDer);
        if (!m_subjectKey) {
            subjectKey = OpenSsl::publicKeyFromSpki(subjectSpki.get());
        }
        if (subjectSpki && !subjectKey && !m_subjectKey) {
            Result<EvpPkeyPtr> decoded = OpenSsl::publicKeyFromDer(m_spkiDer);
            if (decoded) {
                subjectKey = std::move(decoded).value();
            }
        }
        subjectKeyRaw = m_subjectKey ? m_subjectKey.get() : subjectKey.get();
        if (!subjectKeyRaw || !subjectSpki) {
            return OpenSsl::error(CoreError::Code::BadPublicKey, QStringLiteral("Unreadable public key"),
                                  QStringLiteral("d2i_X509_PUBKEY"));
        }
    } else if (!m_spkiDer.isEmpty()) {
        Result<EvpPkeyPtr> pub = OpenSsl::publicKeyFromDer(m_spkiDer);
        if (!pub) {
            return pub.error();
        }
        subjectKey = std::move(pub).value();
        subjectKeyRaw = subjectKey.get();
    }
    if (!issuer && EVP_PKEY_eq(subjectKeyRaw, signingKey.native()) != 1) {
        ERR_clear_error();
        return CoreError(CoreError::Code::Crypto, QStringLiteral("A self-signed certificate must carry its own key"));
    }

    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    const QByteArray serial = m_serial.isEmpty() ? randomSerial() : m_serial;
    BignumPtr bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(serial.constData()), int(serial.size()), nullptr));
    Asn1StringPtr asn1Serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
    if (!asn1Serial || X509_set_serialNumber(cert.get(), asn1Serial.get()) != 1) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot set the serial number"));
    }
    X509_set_subject_name(cert.get(), subject->get());
    X509_set_issuer_name(cert.get(), issuer ? X509_get_subject_name(issuer->native()) : subject->get());
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), time_t(m_notBefore.toSecsSinceEpoch()))
        || !ASN1_TIME_set(X509_getm_notAfter(cert.get()), time_t(m_notAfter.toSecsSinceEpoch()))) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot set the validity period"));
    }
    if (subjectSpki ? !copyPublicKey(X509_get_X509_PUBKEY(cert.get()), subjectSpki.get())
                    : X509_set_pubkey(cert.get(), subjectKeyRaw) != 1) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot set the public key"));
    }

    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer->native() : cert.get(), cert.get(), nullptr, nullptr, 0);
    QString basic = m_isCa ? QStringLiteral("critical,CA:TRUE") : QStringLiteral("critical,CA:FALSE");
    if (m_isCa && m_pathLength >= 0) {
        basic += QStringLiteral(",pathlen:%1").arg(m_pathLength);
    }
    QString keyUsage;
    if (m_isCa) {
        keyUsage = QStringLiteral("critical,keyCertSign,cRLSign");
    } else {
        keyUsage = QStringLiteral("critical,digitalSignature");
        // RSA key transport (TLS 1.2 RSA key exchange) needs keyEncipherment; ECDSA keys must not have it.
        if (EVP_PKEY_get_base_id(subjectKeyRaw) == EVP_PKEY_RSA) {
            keyUsage += QStringLiteral(",keyEncipherment");
        }
    }
    QList<QPair<int, QString>> extensions {
        {NID_basic_constraints, basic},
        {NID_key_usage, keyUsage},
    };
    if (!m_extendedKeyUsages.isEmpty()) {
        extensions.append({NID_ext_key_usage, m_extendedKeyUsages.join(QLatin1Char(','))});
    }
    extensions.append({NID_subject_key_identifier, QStringLiteral("hash")});
    // RFC 5280 §4.2.1.1: required except in self-signed roots, where it may repeat the SKI.
    extensions.append({NID_authority_key_identifier, QStringLiteral("keyid:always")});
    if (!m_crlUrl.isEmpty()) {
        extensions.append({NID_crl_distribution_points, QStringLiteral("URI:") + m_crlUrl});
    }
    QStringList access;
    if (!m_ocspUrl.isEmpty()) {
        access << QStringLiteral("OCSP;URI:") + m_ocspUrl;
    }
    if (!m_caIssuersUrl.isEmpty()) {
        access << QStringLiteral("caIssuers;URI:") + m_caIssuersUrl;
    }
    if (!access.isEmpty()) {
        extensions.append({NID_info_access, access.join(QLatin1Char(','))});
    }
    if (m_ocspNoCheck) {
        extensions.append({NID_id_pkix_OCSP_noCheck, QStringLiteral("ignored")});
    }
    for (const auto &[nid, value] : extensions) {
        if (VoidResult r = addExtension(cert.get(), &ctx, nid, value); !r) {
            return r.error();
        }
    }
    if (!m_dnsNames.isEmpty() || !m_ipAddresses.isEmpty()) {
        Result<GeneralNamesPtr> san = OpenSsl::makeGeneralNames(m_dnsNames, m_ipAddresses);
        if (!san) {
            return san.error();
        }
        // RFC 5280 §4.2.1.6: critical only when the subject is empty.
        const int critical = attrs->isEmpty() ? 1 : 0;
        if (X509_add1_ext_i2d(cert.get(), NID_subject_alt_name, san->get(), critical, X509V3_ADD_DEFAULT) != 1) {
            return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot add the subject alternative names"));
        }
    }

    if (X509_sign(cert.get(), signingKey.native(), digestFor(signingKey.native())) <= 0) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Certificate signing failed"));
    }
    unsigned char *der = nullptr;
    const int len = i2d_X509(cert.get(), &der);
    if (len <= 0) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot encode the certificate"));
    }
    const QByteArray encoded = OpenSsl::takeBytes(der, len);
    if (m_parseBack) {
        return X509Certificate::fromDer(encoded);
    }
    std::shared_ptr<evp_pkey_st> key;
    if (subjectSpki) {
        key = m_subjectKey ? m_subjectKey : std::shared_ptr<evp_pkey_st>(subjectKey.release(), EvpPkeyDeleter());
    }
    return X509Certificate::adopt(cert.release(), encoded, std::move(key));
}
