// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/GovernancePolicy.h"

#include "core/approvals/ApprovalService.h"
#include "core/approvals/ClientCertificatePolicy.h"
#include "core/approvals/EabKeyService.h"
#include "core/jose/EabVerifier.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcGovernance, "anvil.governance")

namespace {

using Endpoint = AcmeRoute::Endpoint;

AcmeProblem internal(const CoreError &e, const char *where)
{
    qCWarning(lcGovernance) << where << e.toLogString();
    return AcmeProblem::serverInternal();
}

/** Reference 'Approvals': HTTP 500 serverInternal whose detail carries the state and the RequestID. */
AcmeProblem approvalProblem(const ApprovalOutcome &outcome, const QString &what)
{
    const QString id = outcome.request.id.value();
    QString detail;
    switch (outcome.state) {
    case ApprovalOutcome::State::Created:
        detail = QStringLiteral("A request to %1 has been sent for approval. RequestID=%2").arg(what, id);
        break;
    case ApprovalOutcome::State::Pending:
        detail = QStringLiteral("The request to %1 is waiting for approval: state PENDING. RequestID=%2").arg(what, id);
        break;
    case ApprovalOutcome::State::Rejected:
        detail = QStringLiteral("The request to %1 has been rejected: state REJECT. RequestID=%2").arg(what, id);
        if (!outcome.request.comment.isEmpty()) {
            detail += QStringLiteral(" Comment: ") + outcome.request.comment.left(500);
        }
        break;
    case ApprovalOutcome::State::Expired:
        detail = QStringLiteral("The request to %1 has expired: state EXPIRED. RequestID=%2. Generate new keys to "
                                "register again.")
                     .arg(what, id);
        break;
    case ApprovalOutcome::State::Approved:
        break;
    }
    return AcmeProblem(AcmeProblem::Type::ServerInternal, detail);
}

/** What the admin sees of a registration request: the account's contacts, never the binding's secret parts. */
QString registrationSummary(const QJsonObject &payload, const Jwk &key)
{
    QJsonObject o {{QStringLiteral("jwk"), key.toJson()}};
    if (payload.contains(QStringLiteral("contact"))) {
        o.insert(QStringLiteral("contact"), payload.value(QStringLiteral("contact")));
    }
    if (payload.contains(QStringLiteral("externalAccountBinding"))) {
        o.insert(QStringLiteral("externalAccountBinding"), true);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

GovernancePolicy::GovernancePolicy(std::shared_ptr<Database> db, EabKeyService &eab, ApprovalService &approvals,
                                   ClientCertificatePolicy &clientCertificates, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_eab(eab)
    , m_approvals(approvals)
    , m_clientCertificates(clientCertificates)
    , m_clock(clock)
    , m_accounts(m_db)
    , m_audit(m_db, clock)
{
}

GovernancePolicy::GovernancePolicy(std::shared_ptr<Database> db, const MasterKey &masterKey, CaService &cas,
                                   IssuanceService &issuance, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_ownedEab(std::make_unique<EabKeyService>(db, masterKey, clock))
    , m_ownedApprovals(std::make_unique<ApprovalService>(db, clock))
    , m_ownedClientCertificates(std::make_unique<ClientCertificatePolicy>(db, cas, issuance, clock))
    , m_eab(*m_ownedEab)
    , m_approvals(*m_ownedApprovals)
    , m_clientCertificates(*m_ownedClientCertificates)
    , m_clock(clock)
    , m_accounts(db)
    , m_audit(db, clock)
{
}

GovernancePolicy::~GovernancePolicy() = default;

std::optional<AcmeProblem> GovernancePolicy::checkClientCertificate(const AliasConfig &alias,
                                                                    const AcmeRequest &request, Endpoint endpoint)
{
    if (!alias.requireClientCertificate) {
        return std::nullopt;
    }
    if (!request.clientCertListener) {
        return AcmeProblem::unauthorized(
            QStringLiteral("ACME alias '%1' is served only on the client-certificate listener").arg(alias.name));
    }
    // Reference: the directory and newAccount work without a (valid) client certificate; newNonce
    // is needed to send newAccount at all.
    if (endpoint == Endpoint::Directory || endpoint == Endpoint::NewNonce || endpoint == Endpoint::NewAccount) {
        return std::nullopt;
    }
    VoidResult ok = m_clientCertificates.check(alias.name, alias.clientCertificateTrustedCas,
                                               request.clientCertificateDer, request.clientCertificateChainDer);
    if (!ok) {
        if (ok.error().code() != CoreError::Code::Unauthorized) {
            return internal(ok.error(), "client certificate check");
        }
        return AcmeProblem::unauthorized(ok.error().detail());
    }
    return std::nullopt;
}

QString GovernancePolicy::clientCertificateSubject(const AcmeRequest &request)
{
    return ClientCertificatePolicy::subjectOf(request.clientCertificateDer);
}

GovernancePolicy::EabResult GovernancePolicy::verifyBinding(const AliasConfig &alias, const QJsonObject &payload,
                                                            const Jwk &key, const QString &newAccountUrl)
{
    const QJsonValue binding = payload.value(QStringLiteral("externalAccountBinding"));
    if (binding.isUndefined() || binding.isNull()) {
        return {AcmeProblem(AcmeProblem::Type::ExternalAccountRequired,
                            QStringLiteral("This ACME alias requires an external account binding (RFC 8555 §7.3.4)")),
                std::nullopt};
    }
    if (!binding.isObject()) {
        return {AcmeProblem::malformed(QStringLiteral("externalAccountBinding must be a JWS object")), std::nullopt};
    }
    Result<JwsEnvelope> envelope = EabVerifier::parse(binding.toObject());
    if (!envelope) {
        return {AcmeProblem::malformed(QStringLiteral("externalAccountBinding: ") + envelope.error().detail()),
                std::nullopt};
    }
    Result<EabBindingMaterial> material = m_eab.bindingMaterial(alias.name, envelope->kid());
    if (!material) {
        if (material.error().code() == CoreError::Code::NotFound) {
            return {AcmeProblem::unauthorized(QStringLiteral("externalAccountBinding: unknown key identifier '%1'")
                                                  .arg(envelope->kid().left(256))),
                    std::nullopt};
        }
        return {internal(material.error(), "EAB key lookup"), std::nullopt};
    }
    const EabKey &eabKey = material->key;
    if (eabKey.isRevoked()) {
        return {AcmeProblem::unauthorized(QStringLiteral("externalAccountBinding: the key has been revoked")),
                std::nullopt};
    }
    if (eabKey.isExpired(m_clock.now())) {
        return {AcmeProblem::unauthorized(QStringLiteral("externalAccountBinding: the key has expired")), std::nullopt};
    }
    if (eabKey.isUsedUp()) {
        return {AcmeProblem::unauthorized(
                    QStringLiteral("externalAccountBinding: the single-use key has bound an account already")),
                std::nullopt};
    }
    VoidResult verified = eabKey.type == EabKey::Type::Symmetric
        ? EabVerifier::verifySymmetric(*envelope, material->macKey, newAccountUrl, key)
        : EabVerifier::verifyAsymmetric(*envelope, key, material->publicKeyDer, eabKey.signatureAlgorithm,
                                        eabKey.fingerprint, newAccountUrl);
    if (!verified) {
        const CoreError &e = verified.error();
        if (e.code() == CoreError::Code::Malformed) {
            return {AcmeProblem::malformed(QStringLiteral("externalAccountBinding: ") + e.detail()), std::nullopt};
        }
        if (e.code() == CoreError::Code::Unauthorized || e.code() == CoreError::Code::BadSignatureAlgorithm
            || e.code() == CoreError::Code::BadPublicKey) {
            return {AcmeProblem::unauthorized(QStringLiteral("externalAccountBinding: ") + e.detail()), std::nullopt};
        }
        return {internal(e, "EAB verification"), std::nullopt};
    }
    return {std::nullopt, eabKey};
}

std::optional<AcmeProblem> GovernancePolicy::admitNewAccount(const AliasConfig &alias, const QJsonObject &payload,
                                                             const Jwk &key, const QString &newAccountUrl,
                                                             AccountRow &row)
{
    // Reference: with 'Require External Account Binding' off, a binding in the request is not considered.
    std::optional<EabKey> eabKey;
    if (alias.requireExternalAccountBinding) {
        EabResult eab = verifyBinding(alias, payload, key, newAccountUrl);
        if (eab.problem) {
            return eab.problem;
        }
        eabKey = eab.key;
    }
    if (alias.requireApprovalForRegistration) {
        Result<ApprovalOutcome> outcome
            = m_approvals.request(ApprovalRequest::Kind::Registration, alias.name, key.thumbprint(), QString(),
                                  registrationSummary(payload, key), alias.approvalValidity);
        if (!outcome) {
            return internal(outcome.error(), "registration approval");
        }
        if (outcome->state != ApprovalOutcome::State::Approved) {
            return approvalProblem(*outcome, QStringLiteral("register your ACME account"));
        }
        if (VoidResult done = m_approvals.complete(outcome->request.id); !done) {
            return internal(done.error(), "registration approval completion");
        }
    }
    if (eabKey) {
        // Claimed last, inside the newAccount transaction: rolled back with the account if it fails.
        if (VoidResult used = m_eab.markUsed(*eabKey); !used) {
            if (used.error().code() == CoreError::Code::Conflict) {
                return AcmeProblem::unauthorized(
                    QStringLiteral("externalAccountBinding: the single-use key has bound an account already"));
            }
            return internal(used.error(), "EAB key use");
        }
        row.eabKeyId = eabKey->keyIdentifier;
    }
    return std::nullopt;
}

std::optional<AcmeProblem> GovernancePolicy::admitKeyChange(const AliasConfig &alias, const AccountRow &account,
                                                            const Jwk &newKey)
{
    if (!alias.requireApprovalForKeyChange) {
        return std::nullopt;
    }
    const QString summary = QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("account"), account.id},
                                                                         {QStringLiteral("newKey"), newKey.toJson()}})
                                                  .toJson(QJsonDocument::Compact));
    Result<ApprovalOutcome> outcome = m_approvals.request(
        ApprovalRequest::Kind::KeyChange, alias.name, newKey.thumbprint(), account.id, summary, alias.approvalValidity);
    if (!outcome) {
        return internal(outcome.error(), "key change approval");
    }
    if (outcome->state != ApprovalOutcome::State::Approved) {
        return approvalProblem(*outcome, QStringLiteral("change your ACME account key"));
    }
    if (VoidResult done = m_approvals.complete(outcome->request.id); !done) {
        return internal(done.error(), "key change approval completion");
    }
    return std::nullopt;
}

qint64 GovernancePolicy::tosVersionCreatedAt(qint64 versionId)
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_tosCreatedAt.constFind(versionId);
        if (it != m_tosCreatedAt.cend()) {
            return it.value();
        }
    }
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT created_at FROM tos_versions WHERE id = :id"),
                                     {{QStringLiteral("id"), versionId}});
    if (!q || !q->next()) {
        return 0;
    }
    const qint64 createdAt = q->value(0).toLongLong();
    QMutexLocker lock(&m_mutex);
    m_tosCreatedAt.insert(versionId, createdAt);
    return createdAt;
}

bool GovernancePolicy::needsAgreement(const AliasConfig &alias, qint64 versionId, const AccountRow &account)
{
    if (account.tosAgreedUrl != alias.termsOfServiceUrl) {
        return true;
    }
    // Same URL, but it may have changed away and back since the account agreed.
    return versionId > 0 && account.tosAgreedAt < tosVersionCreatedAt(versionId);
}

std::optional<AcmeProblem> GovernancePolicy::checkTermsOfService(const AliasConfig &alias, const ConfigSnapshot &config,
                                                                 const AccountRow &account, Endpoint endpoint,
                                                                 const VerifiedJws &jws, const AcmeUrls &)
{
    if (alias.termsOfServiceUrl.isEmpty() || !alias.requireClientApprovalForTosChanges
        || endpoint == Endpoint::NewAccount) {
        return std::nullopt;
    }
    if (!needsAgreement(alias, config.currentTosVersion.value(alias.name), account)) {
        return std::nullopt;
    }
    if (endpoint == Endpoint::Account && !jws.isPostAsGet()) {
        // The update that agrees goes through; agreeToTermsOfService() decides whether it may.
        Result<QJsonObject> payload = jws.payloadObject();
        if (payload && payload->value(QStringLiteral("termsOfServiceAgreed")).toBool()) {
            return std::nullopt;
        }
    }
    // RFC 8555 §7.3.3: userActionRequired, the new terms in Link rel="terms-of-service" (the
    // engine adds it), and an instance URL for the human to visit.
    const QString how = alias.agreeToNewTosAllowed
        ? QStringLiteral("agree to them with an account update setting termsOfServiceAgreed to true")
        : QStringLiteral("register a new account with new keys to agree to them");
    AcmeProblem p(AcmeProblem::Type::UserActionRequired,
                  QStringLiteral("The Terms of Service have changed to %1: %2").arg(alias.termsOfServiceUrl, how));
    p.setInstance(alias.termsOfServiceChangeUrl.isEmpty() ? alias.termsOfServiceUrl : alias.termsOfServiceChangeUrl);
    return p;
}

std::optional<AcmeProblem> GovernancePolicy::agreeToTermsOfService(const AliasConfig &alias, AccountRow &account)
{
    if (alias.termsOfServiceUrl.isEmpty()) {
        return std::nullopt;
    }
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT id FROM tos_versions WHERE alias = :a ORDER BY id DESC LIMIT 1"),
                     {{QStringLiteral("a"), alias.name}});
    if (!q) {
        return internal(q.error(), "Terms of Service version");
    }
    const qint64 versionId = q->next() ? q->value(0).toLongLong() : 0;
    q->finish();
    if (!needsAgreement(alias, versionId, account)) {
        return std::nullopt; // already agreed to these terms: clients resend the flag with every update
    }
    if (alias.requireClientApprovalForTosChanges && !alias.agreeToNewTosAllowed) {
        AcmeProblem p = AcmeProblem::unauthorized(
            QStringLiteral("This ACME alias does not allow agreeing to changed Terms of Service through an account "
                           "update: register a new account with new keys"));
        p.setInstance(alias.termsOfServiceChangeUrl.isEmpty() ? alias.termsOfServiceUrl
                                                              : alias.termsOfServiceChangeUrl);
        return p;
    }
    const qint64 now = m_clock.nowMs();
    if (VoidResult u = m_accounts.updateTermsOfService(account.id, alias.termsOfServiceUrl, now); !u) {
        return internal(u.error(), "Terms of Service agreement");
    }
    if (VoidResult a = m_audit.append(QStringLiteral("acme:") + account.id, QStringLiteral("account.tos-agree"),
                                      account.id, alias.termsOfServiceUrl);
        !a) {
        return internal(a.error(), "Terms of Service audit");
    }
    account.tosAgreedUrl = alias.termsOfServiceUrl;
    account.tosAgreedAt = now;
    return std::nullopt;
}

Result<ApprovalRequest> GovernancePolicy::requestOrderApproval(const AliasConfig &alias, const AccountRow &account,
                                                               const QString &orderId, const QString &summary)
{
    return m_approvals.requestOrder(alias.name, orderId, account.id, account.keyThumbprint, summary,
                                    alias.approvalValidity);
}

Result<ApprovalRequest> GovernancePolicy::orderApproval(const QString &approvalId)
{
    return m_approvals.find(ApprovalId(approvalId));
}

VoidResult GovernancePolicy::completeOrderApproval(const QString &approvalId)
{
    return m_approvals.complete(ApprovalId(approvalId));
}
