// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Ids.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class AuditLog;
class CaService;
class Clock;
class Database;

/** One CA as the console lists it. */
struct CaSummary
{
    CaId id;
    QString name;
    QString subjectDn;
    /** "EC:P-256", "RSA:3072"; "none" for a chain certificate imported without its key. */
    QString keyType;
    QString serialHex;
    /** The issuing CA's name; empty for a root or an unknown issuer. */
    QString issuerName;
    bool isRoot = false;
    bool hasKey = false;
    QDateTime notBefore;
    QDateTime notAfter;
    /** The number the next CRL of this CA carries (RFC 5280 §5.2.3). */
    qint64 crlNumber = 0;
    /** Set when clients were told to renew early (ARI). */
    QDateTime renewEarlyAt;
    QDateTime createdAt;

    /** "valid", "expired" or "notYetValid". */
    QString status(const QDateTime &now) const;
};

/** A chain from a CA to another root (RFC 8555 §7.4.2 alternate), e.g. through a cross-certificate. */
struct CaAlternateChain
{
    QString rootDn;
    /** The CA's certificate, then the certificates up to that root (PEM). */
    QByteArray pem;
};

/** The details pane of one CA. */
struct CaDetails
{
    CaSummary summary;
    QString issuerDn;
    QStringList keyUsages;
    /** The CA certificate (PEM). */
    QByteArray pem;
    /** The CA certificate, then its issuers up to the root (PEM). */
    QByteArray chainPem;
    /** Chains to other roots ACME clients may choose instead, oldest first. */
    QList<CaAlternateChain> alternateChains;
};

/** What the console's "New CA" dialog asks for; the command line's `ca create` takes the same. */
struct CaCreateRequest
{
    QString name;
    QString subjectDn;
    /** PrivateKey::generate's spec, "EC:P-256". */
    QString keySpec;
    /** A duration as the command line writes it: "10y", "5y 6mo". */
    QString validity;
    /** Empty: a root. Otherwise the parent CA's name, and the new CA is issued by it. */
    QString issuer;
    /** With a root: also an issuing CA under it, in the same transaction. */
    bool withIssuing = false;
    QString issuingName;
    QString issuingSubjectDn;
    QString issuingValidity;
};

/**
 * CAs for the console: list, details, create and import through core/pki's CaService with the
 * command line's rules and audit records. Key generation happens here, so call it from the admin
 * worker thread, never from the GUI thread.
 */
class CaCatalog
{
public:
    CaCatalog(std::shared_ptr<Database> db, CaService &cas, const Clock &clock);
    ~CaCatalog();

    Result<QList<CaSummary>> list() const;
    /** NotFound when there is no such CA. */
    Result<CaDetails> details(const CaId &id) const;
    /** Creates a root, a root and an issuing CA, or a CA under an existing one. Returns what was created. */
    Result<QList<CaSummary>> create(const CaCreateRequest &request, const QString &actor);
    /**
     * Imports a CA certificate (PEM, DER, or a PEM bundle with its issuers) and its private key
     * (PEM or DER, optionally encrypted with `passphrase`), as `anvil ca import` does.
     */
    Result<CaSummary> importCa(const QString &name, const QByteArray &certificates, const QByteArray &key,
                               const QByteArray &passphrase, const QString &actor);

    /**
     * Registers a chain from the CA to another root (a PEM bundle: the CA's certificate first, each
     * next one its issuer), checked as `anvil ca add-chain` checks it, and audits it. Returns the
     * root's subject.
     */
    Result<QString> addAlternateChain(const CaId &id, const QByteArray &pemBundle, const QString &actor);
    /** Forgets the CA's chain to `rootDn` (NotFound when it has none) and audits it. */
    VoidResult removeAlternateChain(const CaId &id, const QString &rootDn, const QString &actor);

    /** The key types a new CA may have, strongest last. */
    static QStringList keySpecs();

private:
    std::shared_ptr<Database> m_db;
    CaService &m_cas;
    const Clock &m_clock;
    std::unique_ptr<AuditLog> m_audit;
};
