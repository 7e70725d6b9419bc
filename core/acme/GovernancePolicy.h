// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AccountGovernance.h"
#include "core/approvals/EabKey.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/AuditLog.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <memory>

class ApprovalService;
class CaService;
class ClientCertificatePolicy;
class EabKeyService;
class IssuanceService;
class MasterKey;

/**
 * AccountGovernance over the core/approvals services (issue #4): External Account Binding
 * (RFC 8555 §7.3.4 and the reference's asymmetric variant), registration and key-change
 * approvals, Terms of Service versions (RFC 8555 §7.3.3) and client certificates. It turns their
 * CoreErrors into problem documents; internal causes are logged, never sent.
 *
 * Approvals: a refusal from admitNewAccount()/admitKeyChange() is committed by the engine, so the
 * approval request recorded here survives; nothing else is written when it refuses (an EAB key is
 * claimed only once the account is admitted).
 */
class GovernancePolicy : public QObject, public AccountGovernance
{
    Q_OBJECT

public:
    /** Over services the caller owns (tests, the console). */
    GovernancePolicy(std::shared_ptr<Database> db, EabKeyService &eab, ApprovalService &approvals,
                     ClientCertificatePolicy &clientCertificates, const Clock &clock, QObject *parent = nullptr);
    /** Builds and owns its services (the server's composition root). */
    GovernancePolicy(std::shared_ptr<Database> db, const MasterKey &masterKey, CaService &cas,
                     IssuanceService &issuance, const Clock &clock, QObject *parent = nullptr);
    ~GovernancePolicy() override;

    std::optional<AcmeProblem> checkClientCertificate(const AliasConfig &alias, const AcmeRequest &request,
                                                      AcmeRoute::Endpoint endpoint) override;
    QString clientCertificateSubject(const AcmeRequest &request) override;
    std::optional<AcmeProblem> admitNewAccount(const AliasConfig &alias, const QJsonObject &payload, const Jwk &key,
                                               const QString &newAccountUrl, AccountRow &row) override;
    std::optional<AcmeProblem> admitKeyChange(const AliasConfig &alias, const AccountRow &account,
                                              const Jwk &newKey) override;
    std::optional<AcmeProblem> checkTermsOfService(const AliasConfig &alias, const ConfigSnapshot &config,
                                                   const AccountRow &account, AcmeRoute::Endpoint endpoint,
                                                   const VerifiedJws &jws, const AcmeUrls &urls) override;
    std::optional<AcmeProblem> agreeToTermsOfService(const AliasConfig &alias, AccountRow &account) override;
    Result<ApprovalRequest> requestOrderApproval(const AliasConfig &alias, const AccountRow &account,
                                                 const QString &orderId, const QString &summary) override;
    Result<ApprovalRequest> orderApproval(const QString &approvalId) override;
    VoidResult completeOrderApproval(const QString &approvalId) override;

private:
    struct EabResult
    {
        std::optional<AcmeProblem> problem;
        std::optional<EabKey> key;
    };
    EabResult verifyBinding(const AliasConfig &alias, const QJsonObject &payload, const Jwk &key,
                            const QString &newAccountUrl);
    /** When the Terms of Service version `versionId` of `alias` took effect (0 when unknown). */
    qint64 tosVersionCreatedAt(qint64 versionId);
    /** True when `account` agreed to an older Terms of Service than the alias's current one. */
    bool needsAgreement(const AliasConfig &alias, qint64 versionId, const AccountRow &account);

    std::shared_ptr<Database> m_db;
    std::unique_ptr<EabKeyService> m_ownedEab;
    std::unique_ptr<ApprovalService> m_ownedApprovals;
    std::unique_ptr<ClientCertificatePolicy> m_ownedClientCertificates;
    EabKeyService &m_eab;
    ApprovalService &m_approvals;
    ClientCertificatePolicy &m_clientCertificates;
    const Clock &m_clock;
    AccountRepository m_accounts;
    AuditLog m_audit;
    QMutex m_mutex;
    QHash<qint64, qint64> m_tosCreatedAt; // version id -> created_at; rows never change
};
