// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/Csr.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Certificate.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

/**
 * Builds and signs an X.509 v3 certificate (RFC 5280 profile):
 *  - a random positive 128-bit serial with a nonzero first byte (CA/B BR §7.1: ≥ 64 bits of entropy)
 *  - basicConstraints (critical), keyUsage (critical): leaf digitalSignature (+ keyEncipherment
 *    for RSA subject keys); CA keyCertSign, cRLSign
 *  - subjectKeyIdentifier, authorityKeyIdentifier, SAN, EKU, CRL distribution point, AIA (OCSP,
 *    caIssuers), ocsp-nocheck
 *  - SHA-256 signatures, SHA-384 with a P-384 issuer key (SHA-512 for P-521)
 */
class CertificateBuilder
{
public:
    /** RFC 4514 style: "CN=Root,O=Example". Replaces any earlier subject. */
    void setSubjectDn(const QString &dn) { m_subjectDn = dn; }
    /** Subject made of these commonNames only (several allowed), encoded in this order. */
    void setSubjectCommonNames(const QStringList &commonNames);
    /** Subject public key as DER SubjectPublicKeyInfo (from a CSR). selfSign() uses its key. */
    void setPublicKey(const QByteArray &spkiDer)
    {
        m_spkiDer = spkiDer;
        m_subjectKey.reset();
    }
    /** The key of a verified request, reusing the key object its parse built and checked. */
    void setPublicKey(const Csr &csr)
    {
        m_spkiDer = csr.publicKeyDer();
        m_subjectKey = csr.publicKey();
    }
    void setValidity(const QDateTime &notBefore, const QDateTime &notAfter);
    /** Big-endian serial bytes; a fresh randomSerial() when never set. */
    void setSerial(const QByteArray &serial) { m_serial = serial; }
    void setDnsNames(const QStringList &names) { m_dnsNames = names; }
    void setIpAddresses(const QStringList &addresses) { m_ipAddresses = addresses; }
    /** A CA certificate; pathLength < 0 means no limit. */
    void setCa(bool isCa, int pathLength = -1);
    /** Names from supportedExtendedKeyUsages(); unknown names fail at signing. */
    void setExtendedKeyUsages(const QStringList &names) { m_extendedKeyUsages = names; }
    void setCrlDistributionPoint(const QString &url) { m_crlUrl = url; }
    void setOcspUrl(const QString &url) { m_ocspUrl = url; }
    /** AIA caIssuers (RFC 5280 §4.2.2.1): where the issuer's DER certificate is served. */
    void setCaIssuersUrl(const QString &url) { m_caIssuersUrl = url; }
    /** id-pkix-ocsp-nocheck (RFC 6960 §4.2.2.2.1), for delegated OCSP responder certificates. */
    void setOcspNoCheck(bool on) { m_ocspNoCheck = on; }

    /** Signs with `issuerKey`, which must be the key of `issuer`. */
    Result<X509Certificate> sign(const X509Certificate &issuer, const PrivateKey &issuerKey) const;
    /**
     * By default sign() returns the certificate parsed again from its DER. With `off`, it returns the
     * signed object itself (the parse would set up an OpenSSL 3.0 decoder for the subject key, about
     * 1.3 million instructions): such a certificate reads, encodes and verifies like a parsed one,
     * but OpenSSL functions given its native() object cannot reach the subject key. For certificates
     * that are checked, encoded and stored (issued end-entity certificates), never for issuers or
     * signers.
     */
    void setParseBack(bool on) { m_parseBack = on; }
    /** A self-signed certificate for `key` (a root CA). */
    Result<X509Certificate> selfSign(const PrivateKey &key) const;

    /** 16 random bytes, positive (high bit clear) with a nonzero first byte. */
    static QByteArray randomSerial();
    static QStringList supportedExtendedKeyUsages();

private:
    Result<X509Certificate> build(const X509Certificate *issuer, const PrivateKey &signingKey) const;

    QString m_subjectDn;
    QByteArray m_spkiDer;
    std::shared_ptr<evp_pkey_st> m_subjectKey; // set with m_spkiDer from a Csr, else built from it
    QDateTime m_notBefore;
    QDateTime m_notAfter;
    QByteArray m_serial;
    QStringList m_dnsNames;
    QStringList m_ipAddresses;
    bool m_isCa = false;
    int m_pathLength = -1;
    QStringList m_extendedKeyUsages;
    QString m_crlUrl;
    QString m_ocspUrl;
    QString m_caIssuersUrl;
    bool m_ocspNoCheck = false;
    bool m_parseBack = true;
};
