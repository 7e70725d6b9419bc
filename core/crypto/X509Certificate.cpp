// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/X509Certificate.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/OpenSslPtr.h"

#include <algorithm>

#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

QByteArray toByteArray(const ASN1_STRING *s)
{
    if (!s) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(s)), ASN1_STRING_length(s));
}

} // namespace

Result<X509Certificate> X509Certificate::fromDer(const QByteArray &der)
{
    const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = begin;
    X509Ptr cert(d2i_X509(nullptr, &p, long(der.size())));
    if (!cert || p != begin + der.size()) {
        return OpenSsl::error(CoreError::Code::Malformed, QStringLiteral("Unreadable certificate"),
                              QStringLiteral("d2i_X509"));
    }
    X509Certificate out;
    out.m_der = der;
    out.m_cert = std::shared_ptr<x509_st>(cert.release(), X509Deleter());
    return out;
}

X509Certificate X509Certificate::adopt(X509 *cert, const QByteArray &der, std::shared_ptr<evp_pkey_st> subjectKey)
{
    X509Certificate out;
    out.m_der = der;
    out.m_cert = std::shared_ptr<x509_st>(cert, X509Deleter());
    out.m_subjectKey = std::move(subjectKey);
    return out;
}

Result<X509Certificate> X509Certificate::fromPem(const QByteArray &pem)
{
    Result<QList<X509Certificate>> all = listFromData(pem);
    if (!all) {
        return all.error();
    }
    return all->first();
}

Result<QList<X509Certificate>> X509Certificate::listFromData(const QByteArray &pemOrDer)
{
    if (!OpenSsl::isPem(pemOrDer)) {
        Result<X509Certificate> one = fromDer(pemOrDer);
        if (!one) {
            return one.error();
        }
        return QList<X509Certificate> {*one};
    }
    QList<X509Certificate> out;
    BioPtr bio = OpenSsl::memBio(pemOrDer);
    for (;;) {
        X509Ptr cert(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
        if (!cert) {
            break;
        }
        unsigned char *der = nullptr;
        const int len = i2d_X509(cert.get(), &der);
        X509Certificate c;
        c.m_der = OpenSsl::takeBytes(der, len);
        c.m_cert = std::shared_ptr<x509_st>(cert.release(), X509Deleter());
        out << c;
    }
    // PEM_R_NO_START_LINE at the end of the input is how the loop normally ends.
    ERR_clear_error();
    if (out.isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("No certificate found in the PEM text"));
    }
    return out;
}

QByteArray X509Certificate::toPemBundle(const QList<X509Certificate> &certificates)
{
    QByteArray out;
    for (const X509Certificate &c : certificates) {
        out += c.toPem();
    }
    return out;
}

QByteArray X509Certificate::toPem() const
{
    return m_cert ? pemFromDer(m_der) : QByteArray();
}

QByteArray X509Certificate::pemFromDer(const QByteArray &der)
{
    // What PEM_write_bio_X509 writes (RFC 7468 §2: 64-character lines), without parsing the DER.
    const QByteArray b64 = der.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 64 + 64);
    out += "-----BEGIN CERTIFICATE-----\n";
    for (qsizetype i = 0; i < b64.size(); i += 64) {
        out.append(b64.constData() + i, std::min<qsizetype>(64, b64.size() - i));
        out += '\n';
    }
    out += "-----END CERTIFICATE-----\n";
    return out;
}

QString X509Certificate::subjectDn() const
{
    return m_cert ? OpenSsl::nameToString(X509_get_subject_name(m_cert.get())) : QString();
}

QString X509Certificate::issuerDn() const
{
    return m_cert ? OpenSsl::nameToString(X509_get_issuer_name(m_cert.get())) : QString();
}

QStringList X509Certificate::subjectCommonNames() const
{
    return m_cert ? OpenSsl::commonNames(X509_get_subject_name(m_cert.get())) : QStringList();
}

QString X509Certificate::serialHex() const
{
    return m_cert ? OpenSsl::serialToHex(X509_get0_serialNumber(m_cert.get())) : QString();
}

QDateTime X509Certificate::notBefore() const
{
    return m_cert ? OpenSsl::toDateTime(X509_get0_notBefore(m_cert.get())) : QDateTime();
}

QDateTime X509Certificate::notAfter() const
{
    return m_cert ? OpenSsl::toDateTime(X509_get0_notAfter(m_cert.get())) : QDateTime();
}

QStringList X509Certificate::dnsNames() const
{
    QStringList dns;
    if (m_cert) {
        GeneralNamesPtr names(
            static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(m_cert.get(), NID_subject_alt_name, nullptr, nullptr)));
        OpenSsl::splitGeneralNames(names.get(), &dns, nullptr);
    }
    return dns;
}

QStringList X509Certificate::ipAddresses() const
{
    QStringList ips;
    if (m_cert) {
        GeneralNamesPtr names(
            static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(m_cert.get(), NID_subject_alt_name, nullptr, nullptr)));
        OpenSsl::splitGeneralNames(names.get(), nullptr, &ips);
    }
    return ips;
}

KeyInfo X509Certificate::publicKeyInfo() const
{
    if (!m_cert) {
        return KeyInfo();
    }
    EVP_PKEY *key = m_subjectKey ? m_subjectKey.get() : X509_get0_pubkey(m_cert.get());
    return OpenSsl::keyInfo(key, X509_get_X509_PUBKEY(m_cert.get()));
}

bool X509Certificate::isCa() const
{
    return m_cert && (X509_get_extension_flags(m_cert.get()) & EXFLAG_CA);
}

QStringList X509Certificate::extendedKeyUsages() const
{
    QStringList out;
    if (!m_cert) {
        return out;
    }
    ExtendedKeyUsagePtr eku(
        static_cast<EXTENDED_KEY_USAGE *>(X509_get_ext_d2i(m_cert.get(), NID_ext_key_usage, nullptr, nullptr)));
    for (int i = 0; eku && i < sk_ASN1_OBJECT_num(eku.get()); ++i) {
        const ASN1_OBJECT *obj = sk_ASN1_OBJECT_value(eku.get(), i);
        const int nid = OBJ_obj2nid(obj);
        if (nid != NID_undef) {
            out << QString::fromLatin1(OBJ_nid2sn(nid));
        } else {
            char buf[128];
            OBJ_obj2txt(buf, sizeof buf, obj, 1);
            out << QString::fromLatin1(buf);
        }
    }
    return out;
}

QStringList X509Certificate::keyUsages() const
{
    QStringList out;
    if (!m_cert) {
        return out;
    }
    const uint32_t ku = X509_get_key_usage(m_cert.get());
    if (ku == UINT32_MAX) {
        return out;
    }
    const std::pair<uint32_t, const char *> names[] = {
        {KU_DIGITAL_SIGNATURE, "digitalSignature"},
        {KU_NON_REPUDIATION, "nonRepudiation"},
        {KU_KEY_ENCIPHERMENT, "keyEncipherment"},
        {KU_DATA_ENCIPHERMENT, "dataEncipherment"},
        {KU_KEY_AGREEMENT, "keyAgreement"},
        {KU_KEY_CERT_SIGN, "keyCertSign"},
        {KU_CRL_SIGN, "cRLSign"},
    };
    for (const auto &[bit, name] : names) {
        if (ku & bit) {
            out << QLatin1String(name);
        }
    }
    return out;
}

QByteArray X509Certificate::sha256Fingerprint() const
{
    return Crypto::sha256(m_der);
}

QByteArray X509Certificate::subjectKeyId() const
{
    return m_cert ? toByteArray(X509_get0_subject_key_id(m_cert.get())) : QByteArray();
}

QByteArray X509Certificate::authorityKeyId() const
{
    return m_cert ? toByteArray(X509_get0_authority_key_id(m_cert.get())) : QByteArray();
}

QStringList X509Certificate::crlDistributionPoints() const
{
    QStringList out;
    if (!m_cert) {
        return out;
    }
    CrlDistPointsPtr points(
        static_cast<CRL_DIST_POINTS *>(X509_get_ext_d2i(m_cert.get(), NID_crl_distribution_points, nullptr, nullptr)));
    for (int i = 0; points && i < sk_DIST_POINT_num(points.get()); ++i) {
        const DIST_POINT *dp = sk_DIST_POINT_value(points.get(), i);
        if (dp->distpoint && dp->distpoint->type == 0) {
            const GENERAL_NAMES *names = dp->distpoint->name.fullname;
            for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
                const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names, j);
                if (gn->type == GEN_URI) {
                    out << QString::fromLatin1(toByteArray(gn->d.uniformResourceIdentifier));
                }
            }
        }
    }
    return out;
}

QStringList X509Certificate::ocspUrls() const
{
    QStringList out;
    if (!m_cert) {
        return out;
    }
    AuthorityInfoAccessPtr aia(
        static_cast<AUTHORITY_INFO_ACCESS *>(X509_get_ext_d2i(m_cert.get(), NID_info_access, nullptr, nullptr)));
    for (int i = 0; aia && i < sk_ACCESS_DESCRIPTION_num(aia.get()); ++i) {
        const ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia.get(), i);
        if (OBJ_obj2nid(ad->method) == NID_ad_OCSP && ad->location->type == GEN_URI) {
            out << QString::fromLatin1(toByteArray(ad->location->d.uniformResourceIdentifier));
        }
    }
    return out;
}

bool X509Certificate::isIssuedBy(const X509Certificate &issuer) const
{
    if (!m_cert || !issuer.m_cert) {
        return false;
    }
    const bool ok = X509_check_issued(issuer.m_cert.get(), m_cert.get()) == X509_V_OK
        && X509_verify(m_cert.get(), X509_get0_pubkey(issuer.m_cert.get())) == 1;
    ERR_clear_error();
    return ok;
}

VoidResult X509Certificate::verifyChain(const QByteArray &leafDer, const QList<QByteArray> &intermediatesDer,
                                        const QList<QByteArray> &trustedRootsDer, const QDateTime &atTime)
{
    Result<X509Certificate> leaf = fromDer(leafDer);
    if (!leaf) {
        return leaf.error();
    }
    X509StorePtr store(X509_STORE_new());
    for (const QByteArray &der : trustedRootsDer) {
        Result<X509Certificate> root = fromDer(der);
        if (!root) {
            return root.error();
        }
        X509_STORE_add_cert(store.get(), root->native());
    }
    X509StackPtr untrusted(sk_X509_new_null());
    for (const QByteArray &der : intermediatesDer) {
        Result<X509Certificate> c = fromDer(der);
        if (!c) {
            return c.error();
        }
        X509_up_ref(c->native());
        sk_X509_push(untrusted.get(), c->native());
    }
    X509StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!ctx || X509_STORE_CTX_init(ctx.get(), store.get(), leaf->native(), untrusted.get()) != 1) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Chain verification failed"));
    }
    X509_STORE_CTX_set_time(ctx.get(), 0, time_t(atTime.toSecsSinceEpoch()));
    if (X509_verify_cert(ctx.get()) != 1) {
        const int err = X509_STORE_CTX_get_error(ctx.get());
        ERR_clear_error();
        return CoreError(CoreError::Code::Crypto,
                         QStringLiteral("Certificate chain does not verify: %1")
                             .arg(QString::fromLatin1(X509_verify_cert_error_string(err))));
    }
    return {};
}
