// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CrlBuilder.h"

#include "core/crypto/OpenSslPtr.h"

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace {

Asn1StringPtr timeFrom(const QDateTime &dt)
{
    return Asn1StringPtr(ASN1_TIME_set(nullptr, time_t(dt.toSecsSinceEpoch())));
}

} // namespace

void CrlBuilder::setUpdateTimes(const QDateTime &thisUpdate, const QDateTime &nextUpdate)
{
    m_thisUpdate = thisUpdate;
    m_nextUpdate = nextUpdate;
}

void CrlBuilder::addRevoked(const QString &serialHex, const QDateTime &revokedAt, int reasonCode)
{
    m_entries.append({serialHex, revokedAt, reasonCode});
}

Result<QByteArray> CrlBuilder::sign(const X509Certificate &issuer, const PrivateKey &issuerKey) const
{
    if (issuer.isNull() || issuerKey.isNull() || X509_check_private_key(issuer.native(), issuerKey.native()) != 1) {
        ERR_clear_error();
        return CoreError(CoreError::Code::Crypto, QStringLiteral("The CRL issuer key does not match its certificate"));
    }
    if (!m_thisUpdate.isValid() || !m_nextUpdate.isValid() || m_nextUpdate <= m_thisUpdate) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid CRL update times"));
    }
    X509CrlPtr crl(X509_CRL_new());
    X509_CRL_set_version(crl.get(), 1); // v2
    X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuer.native()));
    Asn1StringPtr thisUpdate = timeFrom(m_thisUpdate);
    Asn1StringPtr nextUpdate = timeFrom(m_nextUpdate);
    X509_CRL_set1_lastUpdate(crl.get(), thisUpdate.get());
    X509_CRL_set1_nextUpdate(crl.get(), nextUpdate.get());

    for (const Entry &e : m_entries) {
        const QByteArray bytes = QByteArray::fromHex(e.serialHex.toLatin1());
        if (bytes.isEmpty()) {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid serial '%1'").arg(e.serialHex));
        }
        X509RevokedPtr revoked(X509_REVOKED_new());
        BignumPtr bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()), int(bytes.size()), nullptr));
        Asn1StringPtr serial(BN_to_ASN1_INTEGER(bn.get(), nullptr));
        Asn1StringPtr when = timeFrom(e.revokedAt);
        X509_REVOKED_set_serialNumber(revoked.get(), serial.get());
        X509_REVOKED_set_revocationDate(revoked.get(), when.get());
        if (e.reasonCode != 0) {
            Asn1StringPtr reason(ASN1_ENUMERATED_new());
            ASN1_ENUMERATED_set(reason.get(), e.reasonCode);
            X509_REVOKED_add1_ext_i2d(revoked.get(), NID_crl_reason, reason.get(), 0, 0);
        }
        // X509_CRL_add0_revoked takes ownership on success.
        if (X509_CRL_add0_revoked(crl.get(), revoked.get()) != 1) {
            return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot build the CRL"));
        }
        revoked.release();
    }
    X509_CRL_sort(crl.get());

    BignumPtr numberBn(BN_new());
    BN_set_word(numberBn.get(), static_cast<BN_ULONG>(m_crlNumber));
    Asn1StringPtr number(BN_to_ASN1_INTEGER(numberBn.get(), nullptr));
    X509_CRL_add1_ext_i2d(crl.get(), NID_crl_number, number.get(), 0, 0);
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer.native(), nullptr, nullptr, crl.get(), 0);
    X509ExtensionPtr aki(X509V3_EXT_nconf_nid(nullptr, &ctx, NID_authority_key_identifier, "keyid:always"));
    if (!aki || X509_CRL_add_ext(crl.get(), aki.get(), -1) != 1) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Cannot add the CRL authority key identifier"));
    }

    const KeyInfo info = issuerKey.info();
    const EVP_MD *md = info.curve == QLatin1String("P-384") ? EVP_sha384()
        : info.curve == QLatin1String("P-521")              ? EVP_sha512()
                                                            : EVP_sha256();
    if (X509_CRL_sign(crl.get(), issuerKey.native(), md) <= 0) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("CRL signing failed"));
    }
    unsigned char *der = nullptr;
    const int len = i2d_X509_CRL(crl.get(), &der);
    return OpenSsl::takeBytes(der, len);
}

QByteArray CrlBuilder::toPem(const QByteArray &der)
{
    const QByteArray b64 = der.toBase64();
    QByteArray out = "-----BEGIN X509 CRL-----\n";
    for (int i = 0; i < b64.size(); i += 64) {
        out += b64.mid(i, 64) + '\n';
    }
    return out + "-----END X509 CRL-----\n";
}
