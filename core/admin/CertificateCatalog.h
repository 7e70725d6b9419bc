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
#include <optional>

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
    /** When an admin marked it (or its CA) for early renewal (ARI); invalid when not marked. */
    QDateTime renewEarlyAt;
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

/**
 * A bulk revocation: the chosen certificates (`ids`), or every certificate matching `filter` at
 * the time each batch runs. Already revoked ones are counted, not revoked again.
 */
struct BulkRevocation
{
    QList<CertificateId> ids;
    std::optional<CertificateFilter> filter;
    int reason = 0;
    QString actor;
};

/**
 * Where a bulk revocation stands after some batches. Hand it back to revokeBatch() to go on: a
 * batch that failed left it unchanged, so the work resumes where it stopped and nothing is done
 * twice.
 */
struct BulkRevocationProgress
{
    qint64 revoked = 0;
    qint64 alreadyRevoked = 0;
    /** Certificates that could not be revoked (gone from the database meanwhile). */
    qint64 failed = 0;
    /** `ids`: the index of the next certificate to revoke. */
    int nextIndex = 0;
    /** `filter`: the last certificate done, as the (created_at, id) keyset cursor. */
    QDateTime cursorCreatedAt;
    CertificateId cursorId;
    bool finished = false;

    qint64 processed() const { return revoked + alreadyRevoked + failed; }
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
    /** How many match; with `cap` > 0 it stops counting at `cap` (a LIKE search reads every row). */
    Result<qint64> count(const CertificateFilter &filter = {}, qint64 cap = 0) const;
    /** The browser's row of one certificate; NotFound when there is no such certificate. */
    Result<CertificateSummary> find(const CertificateId &id) const { return summary(id); }
    /** NotFound when there is no such certificate. */
    Result<CertificateDetails> details(const CertificateId &id) const;
    /**
     * Revokes with an RFC 5280 §5.3.1 reason (the ones IssuanceService allows) and audits it.
     * Conflict when already revoked; Unsupported without core/pki.
     */
    Result<CertificateSummary> revoke(const CertificateId &id, int reason, const QString &actor);
    /**
     * Revokes the next `batchSize` certificates of `job` in one transaction, each audited as
     * revoke() audits it, and returns the progress to hand to the next call (`finished` once
     * nothing is left). On an error the batch is rolled back and `from` still holds: call again
     * to resume. Malformed for a reason revoke() refuses; Unsupported without core/pki.
     */
    Result<BulkRevocationProgress> revokeBatch(const BulkRevocation &job, const BulkRevocationProgress &from,
                                               int batchSize);

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
