// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AcmeRows.h"
#include "core/storage/Database.h"

#include <QStringList>

#include <memory>
#include <optional>

/** Orders, their authorizations (shared between orders when reused) and their challenges. */
class OrderRepository
{
public:
    explicit OrderRepository(std::shared_ptr<Database> db);

    VoidResult insertOrder(const OrderRow &row, const QStringList &authzIds);
    Result<std::optional<OrderRow>> findOrder(const QString &id);
    /** The order's authorization ids, in identifier order. */
    Result<QStringList> orderAuthorizations(const QString &orderId);
    /** The order's authorizations, in identifier order (one statement). */
    Result<QList<AuthorizationRow>> authorizationsOfOrder(const QString &orderId);
    /** Moves an order from one status to another; false when it was no longer in `from` (a race lost). */
    Result<bool> transitionOrder(const QString &id, const QString &from, const QString &to, qint64 now,
                                 const QString &errorJson = {});
    /**
     * Issue #8: ready → processing for an order whose finalization waits for approval `approvalId`,
     * keeping its checked CSR; false when it was no longer ready (a race lost).
     */
    Result<bool> holdOrder(const QString &id, const QString &csrBase64Url, const QString &approvalId, qint64 now);
    /** Orders held for approval (processing with an approval request), oldest change first. */
    Result<QList<OrderRow>> heldOrders(int limit);
    /** processing → valid with the certificate (and a held order's CSR dropped); Conflict when not processing. */
    VoidResult setOrderCertificate(const QString &id, const QString &certificateId, const QString &endEntity,
                                   qint64 now);
    /** Orders of an account, newest first, for the orders list (RFC 8555 §7.1.2.1). */
    Result<QStringList> accountOrderIds(const QString &accountId, int limit, int offset, bool *more);
    /** Orders that contain an authorization (to recompute their status when it changes). */
    Result<QList<OrderRow>> ordersOfAuthorization(const QString &authzId);
    /**
     * RFC 9773 §5: whether an order other than `exceptOrderId` that names `certId` in `replaces`
     * is being or has been finalized.
     */
    Result<bool> isReplaced(const QString &certId, const QString &exceptOrderId);
    /** Orders left 'processing' (crash recovery at start). */
    Result<QList<OrderRow>> processingOrders(int limit);

    VoidResult insertAuthorization(const AuthorizationRow &row);
    Result<std::optional<AuthorizationRow>> findAuthorization(const QString &id);
    struct AuthorizationWithChallenges
    {
        AuthorizationRow authorization;
        QList<ChallengeRow> challenges; // by type, as challengesOf()
    };
    /** An authorization and its challenges in one statement (what the authorization resource shows). */
    Result<std::optional<AuthorizationWithChallenges>> findAuthorizationWithChallenges(const QString &id);
    /** Moves `from` -> `to`; a positive `expires` (ms) sets the new expiry in the same statement. */
    Result<bool> transitionAuthorization(const QString &id, const QString &from, const QString &to, qint64 now,
                                         qint64 expires = 0);
    /** A valid, unexpired authorization of this account for this identifier (RFC 8555 §7.1.3 reuse). */
    Result<std::optional<AuthorizationRow>> findReusableAuthorization(const QString &accountId, const QString &alias,
                                                                      const QString &type, const QString &value,
                                                                      bool wildcard, qint64 now);

    VoidResult insertChallenge(const ChallengeRow &row);
    /** All of them in one statement (an authorization's challenges). */
    VoidResult insertChallenges(const QList<ChallengeRow> &rows);
    Result<std::optional<ChallengeRow>> findChallenge(const QString &id);
    struct ChallengeWithAuthorization
    {
        ChallengeRow challenge;
        std::optional<AuthorizationRow> authorization; // none only if the row is gone
    };
    /** A challenge and its authorization in one statement (what answering and validating need). */
    Result<std::optional<ChallengeWithAuthorization>> findChallengeWithAuthorization(const QString &id);
    Result<QList<ChallengeRow>> challengesOf(const QString &authzId);
    Result<bool> transitionChallenge(const QString &id, const QString &from, const QString &to, qint64 now,
                                     const QString &errorJson = {});
    /** pending → processing, remembering the account URL (and hash prefix) the validation runs with. */
    Result<bool> startChallenge(const QString &id, qint64 now, const QString &accountUrl,
                                const QString &accountHashPrefix);

    /** A validation to run again: the challenge and the account URL it was started with. */
    struct StaleValidation
    {
        ChallengeRow challenge;
        QString accountUrl;
        QString accountHashPrefix;
    };
    /**
     * Claims up to `limit` challenges left 'processing' since before `before` (their validation
     * was lost with the node that ran it): each is taken by a compare-and-set of its updated_at
     * to `now`, so of several nodes looking at once exactly one gets it.
     */
    Result<QList<StaleValidation>> claimStaleValidations(qint64 before, qint64 now, int limit);

    struct Counts
    {
        qint64 pending = 0, ready = 0, processing = 0, valid = 0, invalid = 0;
    };
    Result<Counts> orderCounts();

private:
    std::shared_ptr<Database> m_db;
};
