// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeProblem.h"
#include "core/acme/AcmeRequest.h"
#include "core/acme/AcmeRouter.h"
#include "core/approvals/ApprovalRequest.h"
#include "core/config/ConfigStore.h"
#include "core/jose/Jwk.h"
#include "core/jose/VerifiedJws.h"
#include "core/storage/AcmeRows.h"

#include <optional>

/**
 * Account governance (issue #4): External Account Binding, registration and key-change approvals,
 * Terms of Service versions and client certificates. The engine asks it at each decision point;
 * std::nullopt means "allowed", a problem means "answer this instead".
 */
class AccountGovernance
{
public:
    virtual ~AccountGovernance() = default;

    virtual std::optional<AcmeProblem> checkClientCertificate(const AliasConfig &alias, const AcmeRequest &request,
                                                              AcmeRoute::Endpoint endpoint)
        = 0;
    virtual QString clientCertificateSubject(const AcmeRequest &request) = 0;

    /** Inside the newAccount transaction: EAB and approval; may fill row.eabKeyId. */
    virtual std::optional<AcmeProblem> admitNewAccount(const AliasConfig &alias, const QJsonObject &payload,
                                                       const Jwk &key, const QString &newAccountUrl, AccountRow &row)
        = 0;
    /** Inside the keyChange transaction. */
    virtual std::optional<AcmeProblem> admitKeyChange(const AliasConfig &alias, const AccountRow &account,
                                                      const Jwk &newKey)
        = 0;

    /** userActionRequired when the account agreed to an older Terms of Service version. */
    virtual std::optional<AcmeProblem> checkTermsOfService(const AliasConfig &alias, const ConfigSnapshot &config,
                                                           const AccountRow &account, AcmeRoute::Endpoint endpoint,
                                                           const VerifiedJws &jws, const AcmeUrls &urls)
        = 0;
    /** updateAccount with termsOfServiceAgreed: records agreement to the current version when allowed. */
    virtual std::optional<AcmeProblem> agreeToTermsOfService(const AliasConfig &alias, AccountRow &account) = 0;

    /**
     * Issue #8, inside the finalize transaction: records the approval request that holds `orderId`
     * of `account`; `summary` (JSON text) is what the admin sees.
     */
    virtual Result<ApprovalRequest> requestOrderApproval(const AliasConfig &alias, const AccountRow &account,
                                                         const QString &orderId, const QString &summary)
        = 0;
    /** The approval request of a held order (its status derives expiry from the clock). */
    virtual Result<ApprovalRequest> orderApproval(const QString &approvalId) = 0;
    /** Approved → completed, in the transaction that issues; Conflict when it is no longer approved. */
    virtual VoidResult completeOrderApproval(const QString &approvalId) = 0;
};
