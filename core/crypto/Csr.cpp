// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Csr.h"

#include "core/crypto/OpenSslPtr.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

CoreError badCsr(const QString &detail, const QString &what = {})
{
    return OpenSsl::error(CoreError::Code::BadCsr, detail, what);
}

} // namespace

Result<Csr> Csr::fromData(const QByteArray &pemOrDer)
{
    // PEM is base64 (4/3 of the DER) plus header lines; the DER limit is checked again below.
    if (pemOrDer.size() > MaxSize * 2 || (!OpenSsl::isPem(pemOrDer) && pemOrDer.size() > MaxSize)) {
        return CoreError(
            CoreError::Code::BadCsr,
            QStringLiteral("CSR is too large (%1 bytes; the limit is %2)").arg(pemOrDer.size()).arg(MaxSize));
    }
    QByteArray der = pemOrDer;
    if (OpenSsl::isPem(pemOrDer)) {
        BioPtr bio = OpenSsl::memBio(pemOrDer);
        X509ReqPtr req(PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr));
        if (!req) {
            return badCsr(QStringLiteral("Unreadable CSR (PEM)"), QStringLiteral("PEM_read_bio_X509_REQ"));
        }
        unsigned char *out = nullptr;
        const int len = i2d_X509_REQ(req.get(), &out);
        der = OpenSsl::takeBytes(out, len);
        if (der.size() > MaxSize) {
            return CoreError(
                CoreError::Code::BadCsr,
                QStringLiteral("CSR is too large (%1 bytes; the limit is %2)").arg(der.size()).arg(MaxSize));
        }
    }
    // The request is parsed without OpenSSL 3.0's decoder set-up for its key (see OpenSslPtr.h), and
    // the key built from its parameters; key types without such a path go through the decoders.
    X509ReqPtr req = OpenSsl::parseRequestStructure(der);
    if (!req) {
        return badCsr(QStringLiteral("Unreadable CSR (not a DER PKCS#10 request)"), QStringLiteral("d2i_X509_REQ"));
    }
    EvpPkeyPtr built = OpenSsl::publicKeyFromSpki(X509_REQ_get_X509_PUBKEY(req.get()));
    EVP_PKEY *pub = built.get();
    if (!pub) {
        const auto *begin = reinterpret_cast<const unsigned char *>(der.constData());
        const unsigned char *p = begin;
        req.reset(d2i_X509_REQ(nullptr, &p, long(der.size())));
        if (!req || p != begin + der.size()) {
            return badCsr(QStringLiteral("Unreadable CSR (not a DER PKCS#10 request)"), QStringLiteral("d2i_X509_REQ"));
        }
        pub = X509_REQ_get0_pubkey(req.get());
    }
    if (!pub) {
        return badCsr(QStringLiteral("CSR public key is unreadable"));
    }
    // RFC 2986 §3: the signature proves possession of the private key. The default library context:
    // the request was parsed under one that has no algorithms.
    if (X509_REQ_verify_ex(req.get(), pub, nullptr, nullptr) != 1) {
        return badCsr(QStringLiteral("CSR signature is invalid"), QStringLiteral("X509_REQ_verify"));
    }
    Csr csr;
    csr.m_der = der;
    const X509_NAME *subject = X509_REQ_get_subject_name(req.get());
    csr.m_subjectDn = OpenSsl::nameToString(subject);
    csr.m_commonNames = OpenSsl::commonNames(subject);
    csr.m_keyInfo = OpenSsl::keyInfo(pub, X509_REQ_get_X509_PUBKEY(req.get()));
    if (built) {
        csr.m_publicKey = std::shared_ptr<evp_pkey_st>(built.release(), EvpPkeyDeleter());
    } else if (EVP_PKEY_up_ref(pub) == 1) { // owned by the request, which goes now
        csr.m_publicKey = std::shared_ptr<evp_pkey_st>(pub, EvpPkeyDeleter());
    }
    X509ExtensionStackPtr exts(X509_REQ_get_extensions(req.get()));
    if (exts) {
        int crit = 0;
        GeneralNamesPtr san(
            static_cast<GENERAL_NAMES *>(X509V3_get_d2i(exts.get(), NID_subject_alt_name, &crit, nullptr)));
        if (!san && crit == -2) {
            return badCsr(QStringLiteral("CSR has more than one subjectAltName extension"));
        }
        OpenSsl::splitGeneralNames(san.get(), &csr.m_dnsNames, &csr.m_ipAddresses);
    }
    ERR_clear_error();
    return csr;
}

Result<Csr> Csr::build(const PrivateKey &key, const QStringList &commonNames, const QStringList &dnsNames,
                       const QStringList &ipAddresses)
{
    if (key.isNull()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("No key"));
    }
    X509ReqPtr req(X509_REQ_new());
    X509_REQ_set_version(req.get(), 0);
    QList<QPair<QString, QString>> attributes;
    // Attributes are given in RFC 4514 order (last encoded first): prepend so that the encoded
    // order, which commonNames() reports, is the order of `commonNames`.
    for (const QString &cn : commonNames) {
        attributes.prepend({QStringLiteral("CN"), cn});
    }
    Result<X509NamePtr> name = OpenSsl::nameFromAttributes(attributes);
    if (!name) {
        return name.error();
    }
    X509_REQ_set_subject_name(req.get(), name->get());
    X509_REQ_set_pubkey(req.get(), key.native());
    if (!dnsNames.isEmpty() || !ipAddresses.isEmpty()) {
        Result<GeneralNamesPtr> san = OpenSsl::makeGeneralNames(dnsNames, ipAddresses);
        if (!san) {
            return san.error();
        }
        X509ExtensionStackPtr exts(sk_X509_EXTENSION_new_null());
        sk_X509_EXTENSION_push(exts.get(), X509V3_EXT_i2d(NID_subject_alt_name, 0, san->get()));
        X509_REQ_add_extensions(req.get(), exts.get());
    }
    const int base = EVP_PKEY_get_base_id(key.native());
    const EVP_MD *md = (base == EVP_PKEY_ED25519 || base == EVP_PKEY_ED448) ? nullptr : EVP_sha256();
    if (X509_REQ_sign(req.get(), key.native(), md) <= 0) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot sign the CSR"));
    }
    unsigned char *out = nullptr;
    const int len = i2d_X509_REQ(req.get(), &out);
    return fromData(OpenSsl::takeBytes(out, len));
}

QByteArray Csr::toPem() const
{
    const QByteArray b64 = m_der.toBase64();
    QByteArray out = "-----BEGIN CERTIFICATE REQUEST-----\n";
    for (int i = 0; i < b64.size(); i += 64) {
        out += b64.mid(i, 64) + '\n';
    }
    return out + "-----END CERTIFICATE REQUEST-----\n";
}
