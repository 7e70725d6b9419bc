// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PrivateKey.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

/**
 * A PKCS#10 certificate signing request whose self-signature has been verified: there is no way
 * to hold an unverified Csr (compare Boulder's bJSONWebSignature). Copyable value type.
 */
class Csr
{
public:
    /** Larger requests are refused before parsing (RFC 8555 finalize bodies are small). */
    static constexpr int MaxSize = 16 * 1024;

    Csr() = default;

    /**
     * Parses DER or PEM and verifies the self-signature. BadCsr for oversized input (> 16 KiB),
     * garbage, trailing data, or a bad signature.
     */
    static Result<Csr> fromData(const QByteArray &pemOrDer);

    /**
     * The CSR builder for tests and benchmarks: a request signed by `key` with one subject CN per
     * entry of `commonNames` (none when empty) and SAN DNS names and IP addresses.
     */
    static Result<Csr> build(const PrivateKey &key, const QStringList &commonNames, const QStringList &dnsNames,
                             const QStringList &ipAddresses = {});

    bool isNull() const { return m_der.isEmpty(); }
    QByteArray toDer() const { return m_der; }
    QByteArray toPem() const;

    /** RFC 4514 style: "CN=x,O=y". */
    QString subjectDn() const { return m_subjectDn; }
    /** Every subject commonName, in request order. */
    QStringList commonNames() const { return m_commonNames; }
    QStringList dnsNames() const { return m_dnsNames; }
    /** Canonical text (QHostAddress::toString). */
    QStringList ipAddresses() const { return m_ipAddresses; }
    KeyInfo publicKeyInfo() const { return m_keyInfo; }
    QByteArray publicKeyDer() const { return m_keyInfo.spkiDer; }
    /**
     * The public key as built and checked while parsing, whose signature it verified (null for a
     * null request). CertificateBuilder::setPublicKey(const Csr &) reuses it: building an EC key
     * from its point (the check that it lies on the curve included) is most of a parse.
     */
    std::shared_ptr<evp_pkey_st> publicKey() const { return m_publicKey; }

private:
    QByteArray m_der;
    QString m_subjectDn;
    QStringList m_commonNames;
    QStringList m_dnsNames;
    QStringList m_ipAddresses;
    KeyInfo m_keyInfo;
    std::shared_ptr<evp_pkey_st> m_publicKey;
};
