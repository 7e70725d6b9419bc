// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsrFactory.h"

#include <QHostAddress>

#include <openssl/evp.h>
#include <openssl/x509.h>

namespace {

/** One DER TLV with a definite length (X.690 §8.1.3). */
QByteArray tlv(unsigned char tag, const QByteArray &content)
{
    QByteArray out(1, char(tag));
    const int n = int(content.size());
    if (n < 0x80) {
        out += char(n);
    } else if (n < 0x100) {
        out += char(0x81);
        out += char(n);
    } else {
        out += char(0x82);
        out += char(n >> 8);
        out += char(n & 0xff);
    }
    return out + content;
}

QByteArray bytes(std::initializer_list<unsigned char> b)
{
    return QByteArray(reinterpret_cast<const char *>(b.begin()), int(b.size()));
}

} // namespace

void CsrFactory::KeyDeleter::operator()(EVP_PKEY *key) const
{
    EVP_PKEY_free(key);
}

CsrFactory::CsrFactory(const QString &keySpec, int poolSize)
    : m_rsa(keySpec == QLatin1String("rsa2048"))
{
    for (int i = 0; i < poolSize; ++i) {
        EVP_PKEY *key = m_rsa ? EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048))
                              : EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        unsigned char *der = nullptr;
        const int len = key ? i2d_PUBKEY(key, &der) : 0;
        if (len <= 0) {
            EVP_PKEY_free(key);
            m_keys.clear();
            return;
        }
        m_keys.emplace_back(key);
        m_spki.emplace_back(reinterpret_cast<const char *>(der), len);
        OPENSSL_free(der);
    }
}

CsrFactory::~CsrFactory() = default;

QByteArray CsrFactory::build(quint64 serial, const QStringList &dnsNames, const QStringList &ipAddresses) const
{
    const size_t k = serial % m_keys.size();
    // GeneralNames: dNSName [2] IA5String, iPAddress [7] OCTET STRING (RFC 5280 §4.2.1.6).
    QByteArray names;
    for (const QString &name : dnsNames) {
        names += tlv(0x82, name.toLatin1());
    }
    for (const QString &ip : ipAddresses) {
        bool ok = false;
        const quint32 v4 = QHostAddress(ip).toIPv4Address(&ok);
        if (ok) {
            names += tlv(0x87, bytes({quint8(v4 >> 24), quint8(v4 >> 16), quint8(v4 >> 8), quint8(v4)}));
        } else {
            const Q_IPV6ADDR v6 = QHostAddress(ip).toIPv6Address();
            names += tlv(0x87, QByteArray(reinterpret_cast<const char *>(v6.c), 16));
        }
    }
    static const QByteArray sanOid = bytes({0x06, 0x03, 0x55, 0x1d, 0x11});
    static const QByteArray extensionRequestOid
        = bytes({0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x09, 0x0e});
    const QByteArray extension = tlv(0x30, sanOid + tlv(0x04, tlv(0x30, names)));
    const QByteArray attribute = tlv(0x30, extensionRequestOid + tlv(0x31, tlv(0x30, extension)));
    // CertificationRequestInfo: version 0, empty subject, SPKI, [0] attributes.
    const QByteArray info = tlv(0x30, bytes({0x02, 0x01, 0x00, 0x30, 0x00}) + m_spki[k] + tlv(0xa0, attribute));

    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
    size_t len = 0;
    const auto *in = reinterpret_cast<const unsigned char *>(info.constData());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_keys[k].get()) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &len, in, size_t(info.size())) != 1) {
        return {};
    }
    QByteArray signature(qsizetype(len), '\0');
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &len, in, size_t(info.size()))
        != 1) {
        return {};
    }
    signature.resize(qsizetype(len));
    // ecdsa-with-SHA256 (RFC 5758 §3.2, no parameters) or sha256WithRSAEncryption (RFC 4055, NULL).
    static const QByteArray ecdsaSha256
        = bytes({0x30, 0x0a, 0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x04, 0x03, 0x02});
    static const QByteArray rsaSha256
        = bytes({0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b, 0x05, 0x00});
    return tlv(0x30, info + (m_rsa ? rsaSha256 : ecdsaSha256) + tlv(0x03, QByteArray(1, '\0') + signature));
}
