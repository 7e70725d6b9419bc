// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeProblem.h"
#include "core/acme/AcmeRequest.h"
#include "core/acme/AcmeResponse.h"
#include "core/acme/AcmeRouter.h"
#include "core/acme/CertificateFacade.h"
#include "core/acme/RateLimiter.h"
#include "core/config/ConfigStore.h"
#include "core/jose/Jwk.h"
#include "core/jose/VerifiedJws.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/OrderRepository.h"
#include "core/validation/ChallengeTask.h"
#include "core/validation/ValidationOutcome.h"

#include <QHash>
#include <QJsonObject>
#include <QMutex>
#include <QObject>

#include <functional>
#include <memory>
#include <mutex>
#include <optional>

class NonceService;
class ValidationScheduler;
class CertificateFacade;
class AccountGovernance;

/**
 * The ACME protocol engine (RFC 8555): AcmeRequest in, AcmeResponse out, no sockets. Thread-safe:
 * several HTTP worker threads call handle() at once, each with its own database connection.
 *
 * Pipeline (Boulder wfe order): route → alias → enablement → client certificate rules → method →
 * content type → JWS parse → key lookup (jwk or kid) → signature + url → nonce → account state →
 * Terms of Service → the endpoint. Every response carries a fresh Replay-Nonce and Link rel="index".
 */
class AcmeEngine : public QObject
{
    Q_OBJECT

public:
    struct Dependencies
    {
        std::shared_ptr<Database> db;
        ConfigStore *config = nullptr;
        NonceService *nonces = nullptr;
        const Clock *clock = nullptr;
        ValidationScheduler *validation = nullptr;
        CertificateFacade *certificates = nullptr; // issuance, download, revocation (core/pki)
        AccountGovernance *governance = nullptr; // EAB, approvals, client certificates (may be null)
    };

    explicit AcmeEngine(const Dependencies &deps, QObject *parent = nullptr);
    ~AcmeEngine() override;

    AcmeResponse handle(const AcmeRequest &request);

    static constexpr qint64 kMaxBodyBytes = 64 * 1024;
    static constexpr int kOrdersPageSize = 50;
    /**
     * How long a challenge's answer waits for its validation (AcmeResponse::whenSettled): a quick
     * one answers "valid" or "invalid" at once, and the client needs no poll and no Retry-After.
     */
    static constexpr int kSettleChallengeMs = 1000;

    /** Called by the validation scheduler (any thread) when a challenge check finished. */
    void completeValidation(const QString &challengeId, const ValidationOutcome &outcome);

    /**
     * Crash recovery at start: orders left 'processing' become 'valid' (certificate stored) or
     * 'ready'; orders held for approval stay held.
     */
    VoidResult recoverInterruptedOrders();
    /**
     * Runs again the validations left 'processing' for longer than `staleAfterMs` (the node that
     * ran them died). Safe on several nodes at once: each stale challenge is claimed by one.
     * Returns how many were scheduled.
     */
    Result<int> resumeStaleValidations(qint64 staleAfterMs);
    /**
     * Issue #8: settles every order held for approval whose request was decided or expired
     * (issues approved ones, fails rejected and expired ones), so the outcome does not wait for
     * the client's next poll. Polls settle their own order the same way.
     */
    VoidResult settleHeldOrders();

signals:
    /** One line of the request log (method, path, alias, account, status, problem, latency). */
    void requestHandled(const QString &method, const QString &path, const QString &alias, const QString &account,
                        int status, const QString &problemType, qint64 latencyUs);

private:
    struct Context;

    AcmeResponse dispatch(Context &ctx);
    std::optional<AcmeProblem> authenticate(Context &ctx);

    AcmeResponse directory(Context &ctx);
    AcmeResponse newNonce(Context &ctx);
    AcmeResponse newAccount(Context &ctx);
    AcmeResponse account(Context &ctx);
    AcmeResponse keyChange(Context &ctx);
    AcmeResponse accountOrders(Context &ctx);
    AcmeResponse newOrder(Context &ctx);
    AcmeResponse newAuthz(Context &ctx);
    AcmeResponse order(Context &ctx);
    AcmeResponse finalize(Context &ctx);
    AcmeResponse authorization(Context &ctx);
    AcmeResponse challenge(Context &ctx);
    AcmeResponse certificate(Context &ctx);
    AcmeResponse revokeCert(Context &ctx);
    AcmeResponse renewalInfo(Context &ctx);
    AcmeResponse openApi(Context &ctx);
    std::optional<AcmeProblem> checkReplaces(const Context &ctx, const QString &certId,
                                             const QList<QPair<QString, QString>> &identifiers, const QString &orderId);

    // Rendering
    QJsonObject accountJson(const AccountRow &row, const Context &ctx) const;
    /** `authzIds` when the caller holds them and `row`'s status is current (just written). */
    Result<QJsonObject> orderJson(OrderRow &row, const Context &ctx, const QStringList *authzIds = nullptr);
    /** `challenges` when the caller read them with the row. */
    Result<QJsonObject> authorizationJson(AuthorizationRow &row, const Context &ctx,
                                          const QList<ChallengeRow> *challenges = nullptr);
    QJsonObject challengeJson(const ChallengeRow &row, const Context &ctx) const;
    static QJsonObject challengeJson(const ChallengeRow &row, const AcmeUrls &urls,
                                     const QStringList &issuerDomainNames);

    // State
    Result<QString> createAuthorization(const Context &ctx, const QString &accountId, const QString &type,
                                        const QString &value, bool wildcard, qint64 expires);
    /** RFC 8555 §7.1.6: derives and stores the order's status from its authorizations and expiry. */
    VoidResult refreshOrderStatus(OrderRow &row);
    VoidResult refreshAuthorizationStatus(AuthorizationRow &row);

    // Issue #8: orders held for an admin's approval at finalize.
    AcmeResponse holdForApproval(Context &ctx, OrderRow &o, const CertificateFacade::OrderInfo &info,
                                 const QByteArray &csr);
    /** Pending: unchanged; approved: issued once; rejected or expired: invalid with the reason. */
    VoidResult settleHeldOrder(OrderRow &o);
    VoidResult issueHeldOrder(OrderRow &o);
    VoidResult failHeldOrder(OrderRow &o, const AcmeProblem &why);
    VoidResult reloadOrder(OrderRow &o);
    static int heldRetryAfterSeconds(const AliasConfig &alias);

    /**
     * What a validator needs for one challenge. previousThumbprints (the account's earlier keys,
     * newest first) and accountHashPrefix only matter to dns-persist-01.
     */
    ChallengeTask taskFor(const ChallengeRow &challenge, const AuthorizationRow &authz, const AccountRow &account,
                          const AliasConfig &alias, const QString &accountUrl, const QString &accountHashPrefix,
                          const QStringList &previousThumbprints) const;

    /** The account key parsed from its stored JSON; parsed keys are kept (they never change for a text). */
    Result<Jwk> accountKey(const QString &jwkJson) const;

    static AcmeResponse json(int status, const QJsonObject &body);
    AcmeResponse problem(const AcmeProblem &p) const;
    AcmeResponse internalError(const CoreError &e, const char *where) const;
    /** Issue #7: a refused check answers 429 rateLimited with Retry-After; nullopt lets the request on. */
    std::optional<AcmeResponse> rateLimited(const RateLimiter::Check &check, const char *where) const;

    Dependencies m_deps;
    AccountRepository m_accounts;
    OrderRepository m_orders;
    RateLimiter m_limits;
    mutable QMutex m_keyCacheMutex;
    mutable QHash<QString, Jwk> m_keyCache;

    /** A challenge answer waiting for its validation's outcome, by challenge id. */
    struct ValidationHold;
    std::mutex m_holdsMutex;
    QHash<QString, std::shared_ptr<ValidationHold>> m_holds;
};
