// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/PrivateKey.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

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

private:
    QByteArray m_der;
    QString m_subjectDn;
    QStringList m_commonNames;
    QStringList m_dnsNames;
    QStringList m_ipAddresses;
    KeyInfo m_keyInfo;
};
