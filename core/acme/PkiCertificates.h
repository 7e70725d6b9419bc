// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/CertificateFacade.h"
#include "core/config/ConfigStore.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "core/storage/AuditLog.h"

struct CertificateFacade::Signed
{
    SignedCertificate certificate;
};

/**
 * The engine's certificate facade over core/pki: profiles come from the alias's end entity
 * profile, the end entity name from the alias's RA name generation scheme (the reference's DN,
 * RANDOM, FIXED, USERNAME with prefix/postfix and ${RANDOM}).
 */
class PkiCertificates : public CertificateFacade
{
public:
    PkiCertificates(std::shared_ptr<Database> db, ConfigStore &config, CaService &cas, ProfileRepository &profiles,
                    IssuanceService &issuance, const Clock &clock);

    Result<Issued> issue(const AliasConfig &alias, const OrderInfo &order, const QByteArray &csrDer) override;
    Result<std::shared_ptr<const Signed>> sign(const AliasConfig &alias, const OrderInfo &order,
                                               const QByteArray &csrDer) override;
    Result<Issued> store(const Signed &signedCertificate) override;
    Result<QString> checkCsr(const AliasConfig &alias, const OrderInfo &order, const QByteArray &csrDer) override;
    VoidResult checkOrderRequest(const AliasConfig &alias, qint64 notBefore, qint64 notAfter,
                                 const QString &profile) override;
    Result<QList<QPair<QString, QString>>> selectableProfiles(const AliasConfig &alias) override;
    Result<std::optional<CertificateInfo>> findById(const QString &id) override;
    Result<std::optional<CertificateInfo>> findByDer(const QByteArray &der) override;
    Result<std::optional<CertificateInfo>> findByCertId(const QByteArray &authorityKeyId,
                                                        const QByteArray &serial) override;
    Result<QList<QByteArray>> chains(const CertificateInfo &certificate, const AliasConfig &alias) override;
    VoidResult revoke(const QString &certificateId, int reason, const QString &actor) override;
    Result<QByteArray> publicKeyDer(const QByteArray &certificateDer) override;

    /** The end entity username for an order (exposed for tests). */
    static QString endEntityName(const AliasConfig &alias, const QString &orderId, const QString &subjectDn,
                                 const QString &firstIdentifier);

private:
    /** What IssuanceService gets for an order: profiles, end entity name, CRL and AIA URLs. */
    Result<IssuanceRequest> issuanceRequest(const AliasConfig &alias, const OrderInfo &order, const QByteArray &csrDer);
    Result<QString> certificateProfileFor(const AliasConfig &alias, const QString &requested);
    static CertificateInfo infoFrom(const CertificateRecord &r);
    /** Adds the early-renewal mark of the certificate or of its CA (ARI). */
    Result<CertificateInfo> withRenewalMark(CertificateInfo info, const CertificateRecord &r);

    std::shared_ptr<Database> m_db;
    ConfigStore &m_config;
    CaService &m_cas;
    ProfileRepository &m_profiles;
    IssuanceService &m_issuance;
    const Clock &m_clock;
    AuditLog m_audit;
};
