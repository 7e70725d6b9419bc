// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/Page.h"
#include "core/util/Ids.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

class AuditLog;
class CaService;
class Clock;
class Database;
class IssuanceService;

/** One issued certificate as the certificates browser lists it (no DER: rows stay small). */
struct CertificateSummary
{
    CertificateId id;
    QString serialHex;
    QString subjectDn;
    /** DNS names and IP addresses, in that order. */
    QStringList names;
    QString caName;
    QString profile;
    QString accountId;
    QString orderId;
    QString status; // valid | revoked
    int revocationReason = -1;
    QDateTime revokedAt;
    QDateTime notBefore;
    QDateTime notAfter;
    QDateTime createdAt;

    bool isExpired(const QDateTime &now) const { return status == QLatin1String("valid") && notAfter < now; }
};

/** What the certificates browser asks for; empty fields don't filter. */
struct CertificateFilter
{
    /** A serial (or its beginning, in hex), part of the subject or of a name, or the certificate id. */
    QString text;
    /** "valid" (and not expired), "expired", "revoked", or empty for all. */
    QString status;
};

/** The details pane of one certificate. */
struct CertificateDetails
{
    CertificateSummary summary;
    QByteArray pem;
    /** The issuing CA's chain up to the root (PEM), empty when the CA is unknown. */
    QByteArray chainPem;
    QString issuerDn;
    QStringList keyUsages;
    QStringList extendedKeyUsages;
    QString keyType;
};

/**
 * Read model and actions for issued certificates. Pages with keyset cursors on
 * (created_at DESC, id DESC) over the certificates_created / certificates_status_created
 * indexes, so browsing a million certificates costs a page at a time. Call from the admin worker thread.
 */
class CertificateCatalog
{
public:
    CertificateCatalog(std::shared_ptr<Database> db, const Clock &clock);
    ~CertificateCatalog();

    /** Revocation and chains need core/pki; without them the catalog only reads. */
    void setPki(CaService *cas, IssuanceService *issuance);
    bool canRevoke() const { return m_issuance != nullptr; }

    Result<Page<CertificateSummary>> list(const CertificateFilter &filter, const CertificateSummary *after,
                                          int limit) const;
    Result<qint64> count(const CertificateFilter &filter = {}) const;
    /** NotFound when there is no such certificate. */
    Result<CertificateDetails> details(const CertificateId &id) const;
    /**
     * Revokes with an RFC 5280 §5.3.1 reason (the ones IssuanceService allows) and audits it.
     * Conflict when already revoked; Unsupported without core/pki.
     */
    Result<CertificateSummary> revoke(const CertificateId &id, int reason, const QString &actor);

    /**
     * ARI (RFC 9773): from now on the certificate's suggested renewal window starts at once, e.g.
     * after its key leaked. Audited; NotFound when there is no such certificate.
     */
    VoidResult markForEarlyRenewal(const CertificateId &id, const QString &actor);
    /** The same for every certificate a CA issued until now (e.g. after a CA key compromise). */
    VoidResult markCaForEarlyRenewal(const QString &caName, const QString &actor);

    /** The reasons an admin may choose, RFC 5280 §5.3.1 codes. */
    static QList<int> revocationReasons();

private:
    Result<CertificateSummary> summary(const CertificateId &id) const;

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    std::unique_ptr<AuditLog> m_audit;
    CaService *m_cas = nullptr;
    IssuanceService *m_issuance = nullptr;
};
