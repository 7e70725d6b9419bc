// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PrivateKey.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

struct x509_st;
struct evp_pkey_st;

/** A parsed X.509 certificate (shared, immutable). Copyable value type. */
class X509Certificate
{
public:
    X509Certificate() = default;

    static Result<X509Certificate> fromDer(const QByteArray &der);
    /** The first certificate of a PEM text. */
    static Result<X509Certificate> fromPem(const QByteArray &pem);
    /** Every certificate of a PEM bundle, or the single certificate of DER input. */
    static Result<QList<X509Certificate>> listFromData(const QByteArray &pemOrDer);
    /** Concatenated PEM of `certificates`. */
    static QByteArray toPemBundle(const QList<X509Certificate> &certificates);
    /** PEM of certificate DER, as toPem() writes it, without parsing (for stored, trusted DER). */
    static QByteArray pemFromDer(const QByteArray &der);

    bool isNull() const { return !m_cert; }
    QByteArray toDer() const { return m_der; }
    QByteArray toPem() const;

    /** RFC 4514 style, most specific first: "CN=x,O=y". */
    QString subjectDn() const;
    QString issuerDn() const;
    QStringList subjectCommonNames() const;
    /** Lowercase hex, even number of digits. */
    QString serialHex() const;
    QDateTime notBefore() const;
    QDateTime notAfter() const;
    QStringList dnsNames() const;
    /** Canonical text (QHostAddress::toString). */
    QStringList ipAddresses() const;
    KeyInfo publicKeyInfo() const;
    QByteArray publicKeyDer() const { return publicKeyInfo().spkiDer; }
    /** basicConstraints cA. */
    bool isCa() const;
    /** Extended key usages by short name: "serverAuth", "clientAuth", or dotted OIDs. */
    QStringList extendedKeyUsages() const;
    /** Key usages by name: "digitalSignature", "keyEncipherment", "keyCertSign", "cRLSign", ... */
    QStringList keyUsages() const;
    QByteArray sha256Fingerprint() const;
    QByteArray subjectKeyId() const;
    QByteArray authorityKeyId() const;
    QStringList crlDistributionPoints() const;
    QStringList ocspUrls() const;
    /** True when `issuer`'s key verifies this certificate's signature and the names chain. */
    bool isIssuedBy(const X509Certificate &issuer) const;

    /**
     * RFC 5280 path validation of `leafDer` up to one of `trustedRootsDer` at `atTime`
     * (with the intermediates as untrusted helpers). Crypto error naming the failure otherwise.
     */
    static VoidResult verifyChain(const QByteArray &leafDer, const QList<QByteArray> &intermediatesDer,
                                  const QList<QByteArray> &trustedRootsDer, const QDateTime &atTime);

private:
    friend class CertificateBuilder;
    friend class CrlBuilder;
    friend class OcspRequest;
    friend class OcspResponse;
    x509_st *native() const { return m_cert.get(); }
    /** Takes ownership of `cert`, whose DER encoding is `der`; `subjectKey` when the object holds
     *  its key's bits only (CertificateBuilder::setParseBack). */
    static X509Certificate adopt(x509_st *cert, const QByteArray &der, std::shared_ptr<evp_pkey_st> subjectKey);

    std::shared_ptr<x509_st> m_cert;
    QByteArray m_der;
    std::shared_ptr<evp_pkey_st> m_subjectKey; // adopted certificates only
};
