// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/approvals/ApprovalRequest.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Duration.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

#include <memory>

/** The state of the approval for one key, as ApprovalService::request() finds or makes it. */
struct ApprovalOutcome
{
    enum class State {
        Created, // a new request was recorded (first attempt, or a key change's expired one renewed)
        Pending,
        Approved,
        Rejected,
        Expired, // a registration whose request expired: that key can never register
    };
    State state = State::Created;
    ApprovalRequest request;
};

/**
 * Approval requests for account registration and key change (reference 'Approvals') and for the
 * finalization of held orders (issue #8). Clients create them by asking; admins decide them from
 * the console or `anvil approval`. Every request and decision is audited with who and when. Calls
 * join the caller's transaction, if any.
 */
class ApprovalService
{
public:
    ApprovalService(std::shared_ptr<Database> db, const Clock &clock);

    /**
     * The approval state for `kind` and key `thumbprint` (and `accountId` for a key change). With
     * no open request, records a pending one valid for `validity`. An expired key-change request
     * is renewed the same way; an expired registration stays expired (reference: new keys needed).
     */
    Result<ApprovalOutcome> request(ApprovalRequest::Kind kind, const QString &alias, const QString &thumbprint,
                                    const QString &accountId, const QString &payload, const Duration &validity);
    /**
     * Issue #8: records a pending approval for finalizing order `orderId` of `accountId` (whose key
     * has `thumbprint`), valid for `validity`. `payload` is what the admin sees (JSON text).
     */
    Result<ApprovalRequest> requestOrder(const QString &alias, const QString &orderId, const QString &accountId,
                                         const QString &thumbprint, const QString &payload, const Duration &validity);
    /** Marks an approved request as carried out, so it can't be used twice (Conflict otherwise). */
    VoidResult complete(const ApprovalId &id);

    /** Newest first; only undecided, unexpired ones when `pendingOnly`. */
    Result<QList<ApprovalRequest>> list(bool pendingOnly, int limit = 500);
    /**
     * The console's queue a page at a time: newest first on (created_at, id), the requests after
     * `after` (null: from the newest; keyset paging, so a deep page costs what the first does),
     * of `alias` only unless it is empty. At most `limit` rows.
     */
    Result<QList<ApprovalRequest>> listPage(bool pendingOnly, const QString &alias, const ApprovalRequest *after,
                                            int limit);
    Result<ApprovalRequest> find(const ApprovalId &id);
    /** Conflict unless the request is pending and unexpired. */
    VoidResult approve(const ApprovalId &id, const QString &actor, const QString &comment);
    VoidResult reject(const ApprovalId &id, const QString &actor, const QString &comment);

private:
    VoidResult decide(const ApprovalId &id, bool approve, const QString &actor, const QString &comment);
    Result<ApprovalRequest> insert(ApprovalRequest::Kind kind, const QString &alias, const QString &thumbprint,
                                   const QString &accountId, const QString &payload, const Duration &validity,
                                   const QString &orderId = {});

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AuditLog m_audit;
};
