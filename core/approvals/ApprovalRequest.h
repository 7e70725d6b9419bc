// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Ids.h"

#include <QDateTime>
#include <QString>

/**
 * An approval request for ACME account management (reference 'Approvals'): registering a new
 * account key, or changing an account's key. A copyable value type built from an
 * approval_requests row.
 */
struct ApprovalRequest
{
    enum class Kind {
        Registration,
        KeyChange,
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
    /** RFC 7638 thumbprint of the key to register, or of the new key for a key change. */
    QString keyThumbprint;
    /** The account whose key changes; empty for a registration. */
    QString accountId;
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
        return k == Kind::Registration ? QStringLiteral("registration") : QStringLiteral("keychange");
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
