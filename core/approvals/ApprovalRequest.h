// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Ids.h"

#include <QDateTime>
#include <QString>

/**
 * An approval request (reference 'Approvals'): registering a new account key, changing an
 * account's key, or (issue #8) finalizing an order for names an alias holds for approval. A
 * copyable value type built from an approval_requests row.
 */
struct ApprovalRequest
{
    enum class Kind {
        Registration,
        KeyChange,
        Order, // issue #8: the certificate of a held order is issued once approved
    };
    enum class Status {
        Pending,
        Approved,
        Rejected,
        Expired, // pending when its validity ended (derived, not stored)
        Completed, // approved and carried out (the account exists, the key was changed)
    };

    ApprovalId id;
    QString alias;
    Kind kind = Kind::Registration;
    /**
     * RFC 7638 thumbprint of the key to register, of the new key for a key change, or of the
     * account key that finalized a held order.
     */
    QString keyThumbprint;
    /** The account whose key changes, or whose order waits; empty for a registration. */
    QString accountId;
    /** The held order (Kind::Order); empty otherwise. */
    QString orderId;
    /** What the client asked for (JSON text), for the admin who decides. */
    QString payload;
    Status status = Status::Pending;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime decidedAt;
    QString decidedBy;
    QString comment;

    static QString kindName(Kind k)
    {
        switch (k) {
        case Kind::Registration:
            return QStringLiteral("registration");
        case Kind::KeyChange:
            return QStringLiteral("keychange");
        case Kind::Order:
            return QStringLiteral("order");
        }
        return {};
    }
    static QString statusName(Status s)
    {
        switch (s) {
        case Status::Pending:
            return QStringLiteral("pending");
        case Status::Approved:
            return QStringLiteral("approved");
        case Status::Rejected:
            return QStringLiteral("rejected");
        case Status::Expired:
            return QStringLiteral("expired");
        case Status::Completed:
            return QStringLiteral("completed");
        }
        return {};
    }
};
