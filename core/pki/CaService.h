// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/crypto/MasterKey.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Certificate.h"
#include "core/pki/CaRepository.h"
#include "core/pki/CertificateAuthority.h"
#include "core/util/Duration.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <memory>

class CertificateBuilder;
class Clock;
class CrlBuilder;
class Database;

/**
 * Creates, imports and uses CAs. CA private keys are stored only sealed with the MasterKey
 * (cas.key_enc, AAD = the CA id, so a blob cannot be moved to another CA's row); decrypted keys
 * are cached in memory and never leave this class: callers hand it a builder to sign.
 * Thread-safe.
 */
class CaService
{
public:
    struct RootAndIssuing
    {
        CertificateAuthority root;
        CertificateAuthority issuing;
    };
    struct ServerCredentials
    {
        /** PKCS#8 PEM of a fresh EC P-256 key. */
        QByteArray keyPem;
        /** Leaf first, then the CA chain up to the root. */
        QByteArray chainPem;
    };

    CaService(std::shared_ptr<Database> db, MasterKey masterKey, const Clock &clock);

    /** A self-signed root. keySpec as PrivateKey::generate ("EC:P-256", "RSA:3072"). */
    Result<CertificateAuthority> createRoot(const QString &name, const QString &subjectDn, const QString &keySpec,
                                            const Duration &validity);
    /** A CA (pathLen 0) issued by `parent`; its validity ends no later than the parent's. */
    Result<CertificateAuthority> createIssuing(const CaId &parent, const QString &name, const QString &subjectDn,
                                               const QString &keySpec, const Duration &validity);
    /** Both in one transaction. */
    Result<RootAndIssuing> createRootAndIssuing(const QString &rootName, const QString &rootDn,
                                                const QString &issuingName, const QString &issuingDn,
                                                const QString &keySpec, const Duration &rootValidity,
                                                const Duration &issuingValidity);
    /**
     * Imports a CA from its certificate (PEM, DER, or a PEM bundle: the CA first, then its issuers
     * in order) and its private key (PEM/DER, optionally encrypted with `passphrase`). Issuers in the
     * bundle become key-less CAs (or link to existing ones). Malformed when the key does not belong
     * to the certificate, the certificate is no CA, or the bundle does not chain.
     */
    Result<CertificateAuthority> importCa(const QString &name, const QByteArray &certificates, const QByteArray &key,
                                          const QByteArray &passphrase = {});

    Result<QList<CertificateAuthority>> list() const;
    /** By name, then by id. NotFound otherwise. */
    Result<CertificateAuthority> find(const QString &nameOrId) const;
    Result<CertificateAuthority> findById(const CaId &id) const;
    /** The CA certificate first, then its issuers up to the root. */
    Result<QList<X509Certificate>> chain(const CaId &id) const;
    Result<QByteArray> chainPem(const CaId &id) const;
    Result<QByteArray> certificateDer(const CaId &id) const;
    /** The CA's alternate chains (CaRepository::alternateChains). */
    Result<QList<CaRepository::AlternateChain>> alternateChains(const CaId &id) const
    {
        return m_repository.alternateChains(id);
    }
    /**
     * Registers a chain from the CA to another root (RFC 8555 §7.4.2 alternate links; the alias
     * setting preferredRootCaSubjectDn picks one): a PEM bundle whose first certificate names the
     * CA's subject and key (a cross-certificate), each next one issuing the one before. The root
     * is the last certificate's subject when it is self-issued, else its issuer. Malformed when
     * the bundle is not such a chain; Conflict when the CA already reaches that root. Returns
     * the chain as stored (root DN, PEM).
     */
    Result<CaRepository::AlternateChain> addAlternateChain(const CaId &id, const QByteArray &pemBundle);
    VoidResult removeAlternateChain(const CaId &id, const QString &rootSubjectDn)
    {
        return m_repository.removeAlternateChain(id, rootSubjectDn);
    }

    /** Signs `builder` with the CA key. NotFound when the CA has no key. */
    Result<X509Certificate> sign(const CaId &id, const CertificateBuilder &builder) const;
    /** Signs a CRL with the CA key. */
    Result<QByteArray> signCrl(const CaId &id, const CrlBuilder &builder) const;

    /**
     * A TLS server certificate for Anvil's own listeners (serverAuth, fresh P-256 key), recorded
     * in the certificates table with profile "anvil-server" so that it can be revoked.
     */
    Result<ServerCredentials> issueServerCertificate(const CaId &id, const QStringList &dnsNames,
                                                     const QStringList &ipAddresses, const Duration &validity);
    /** Sets cas.renew_early_at to now: clients are told to renew early (ARI). */
    VoidResult markForEarlyRenewal(const CaId &id);

    struct OcspSigner
    {
        X509Certificate certificate;
        PrivateKey key;
    };
    /**
     * The CA's delegated OCSP responder (RFC 6960 §4.2.2.2): id-kp-OCSPSigning, ocsp-nocheck and
     * a fresh EC P-256 key sealed with the master key, valid for kOcspResponderDays. Created on
     * first use, stored in ocsp_responders, and replaced once less than a third of that remains.
     */
    Result<OcspSigner> ocspSigner(const CaId &id);
    static constexpr int kOcspResponderDays = 30;

private:
    Result<PrivateKey> signingKey(const CaId &id) const;
    Result<CertificateAuthority> store(const QString &name, const X509Certificate &certificate, const CaId &issuerId,
                                       const PrivateKey &key);

    std::shared_ptr<Database> m_db;
    CaRepository m_repository;
    MasterKey m_masterKey;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    mutable QHash<QString, PrivateKey> m_keys;
    /** chain() per CA id: a CA's certificate and issuer never change once stored. */
    mutable QHash<QString, QList<X509Certificate>> m_chains;
    QMutex m_ocspMutex;
    QHash<QString, OcspSigner> m_ocspSigners;
};
