// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

typedef struct evp_pkey_st EVP_PKEY;

/**
 * Builds the finalize CSRs (RFC 2986) of the load tool from a pool of keys generated up front.
 * The DER is written directly around each key's cached SubjectPublicKeyInfo and only the
 * signature is left to OpenSSL: Csr::build() and X509_REQ re-encode the public key and parse the
 * result back through OpenSSL 3's encoders and decoders, which made CSR building the load tool's
 * most expensive step (19-26% of its CPU in perf profiles). Subject empty; SANs carry the names.
 */
class CsrFactory
{
public:
    /** \a keySpec: "p256" or "rsa2048"; \a poolSize keys are generated now (not measured). */
    CsrFactory(const QString &keySpec, int poolSize);
    ~CsrFactory();
    CsrFactory(const CsrFactory &) = delete;
    CsrFactory &operator=(const CsrFactory &) = delete;

    bool isValid() const { return !m_keys.empty(); }
    /** DER CSR for \a dnsNames and \a ipAddresses (SAN only, empty subject), signed by key \a serial % pool. */
    QByteArray build(quint64 serial, const QStringList &dnsNames, const QStringList &ipAddresses) const;

private:
    struct KeyDeleter
    {
        void operator()(EVP_PKEY *key) const;
    };
    std::vector<std::unique_ptr<EVP_PKEY, KeyDeleter>> m_keys;
    std::vector<QByteArray> m_spki;
    bool m_rsa = false;
};
