// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pki/CertificateRecord.h"
#include "core/util/Duration.h"
#include "core/util/Ids.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>

class CaService;
class Clock;
class Database;
class ProfileRepository;

/** What to issue: a CSR for exactly these identifiers, under these profiles. */
struct IssuanceRequest
{
    QByteArray csrDer;
    /** (type, value): ("dns", "a.example"), ("ip", "192.0.2.1"). */
    QList<QPair<QString, QString>> identifiers;
    /** Empty: the end entity profile's default. */
    QString certificateProfile;
    /** Empty: "ACME_EE". */
    QString endEntityProfile;
    /** CA name or id; empty: the end entity profile's default CA. */
    QString caName;
    /** Within [now, now + profile validity]; default now and notBefore + validity. */
    std::optional<QDateTime> notBefore;
    std::optional<QDateTime> notAfter;
    QString orderId;
    QString accountId;
    /** End entity username; empty: no end entity is recorded. */
    QString endEntity;
    QString crlUrl;
    QString ocspUrl;
    /** AIA caIssuers: the issuing CA's DER certificate. */
    QString caIssuersUrl;
};

struct IssuedCertificate
{
    CertificateId id;
    QString serialHex;
    QByteArray der;
    /** Leaf first, then the CA chain up to the root. */
    QByteArray pemChain;
    QDateTime notBefore;
    QDateTime notAfter;
};

/**
 * A certificate signed and checked by IssuanceService::sign() but not stored yet. store() records
 * it; a signed certificate that is never stored was never seen by anyone (it lives only here).
 */
struct SignedCertificate
{
    IssuanceRequest request;
    CertificateRecord record; // all but createdAt, set when stored
    QString endEntityProfile;
    bool singleActiveCertificate = false;
    QDateTime signedAt;
    QByteArray pemChain;
};

/**
 * Issues certificates from CSRs under a certificate profile and an end entity profile, and
 * revokes them (Boulder's RA+CA issuance path, minus the protocol). Every state change is one
 * transaction, joined to the caller's when there is one.
 */
class IssuanceService
{
public:
    IssuanceService(std::shared_ptr<Database> db, CaService &cas, ProfileRepository &profiles, const Clock &clock);

    /**
     * Verifies the CSR (BadCsr), its key against the profile (BadCsr), that its identifiers (SAN
     * DNS/IP and CN values) equal `identifiers` exactly (BadCsr naming the missing and extra
     * ones), signs, re-parses and checks the result, and stores it. The database is unchanged on
     * any error.
     */
    Result<IssuedCertificate> issue(const IssuanceRequest &request);
    /**
     * issue() in two steps, so that a caller can sign outside its write transaction: sign() makes
     * every check and signs, writing nothing; store() records the result (one transaction, joined
     * to the caller's). The database is unchanged on any error of either.
     */
    Result<SignedCertificate> sign(const IssuanceRequest &request) const;
    Result<IssuedCertificate> store(const SignedCertificate &signedCertificate);
    /**
     * Issue #8: every check issue() makes before it signs (CSR, key, identifiers, profiles, CA,
     * validity), without signing or storing anything; the CSR's subject DN when all pass.
     */
    Result<QString> check(const IssuanceRequest &request) const;

    /**
     * RFC 5280 §5.3.1 reasons 0, 1, 3, 4, 5, 9 only (Malformed otherwise: 2 and 10 are for CAs and
     * attribute authorities, 6 is not reversible here, 7 is unused, 8 is for delta CRLs).
     * Conflict when already revoked, NotFound when unknown.
     */
    VoidResult revoke(const CertificateId &id, int reasonCode, const QDateTime &at);
    VoidResult revokeBySerial(const QString &serialHex, int reasonCode, const QDateTime &at);

    Result<CertificateRecord> findById(const CertificateId &id) const;
    Result<CertificateRecord> findBySerial(const QString &serialHex) const;
    /** The stored certificate with exactly this DER (ACME revokeCert sends the DER). */
    Result<CertificateRecord> findByDer(const QByteArray &der) const;

    /** How long a CRL is valid (nextUpdate - thisUpdate); 7 days by default. */
    void setCrlValidity(const Duration &validity) { m_crlValidity = validity; }
    /** A new CRL of `caId` (next crl_number) listing every revoked certificate of that CA. */
    Result<QByteArray> crl(const CaId &caId);
    Result<QByteArray> crlPem(const CaId &caId);

    static bool isAllowedRevocationReason(int reasonCode);

private:
    struct Plan;
    Result<Plan> plan(const IssuanceRequest &request) const;

    std::shared_ptr<Database> m_db;
    CaService &m_cas;
    ProfileRepository &m_profiles;
    const Clock &m_clock;
    Duration m_crlValidity = Duration::fromMs(7LL * 24 * 3600 * 1000);
};
