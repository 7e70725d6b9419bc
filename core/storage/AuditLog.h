// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

/** One audit record as stored. */
struct AuditEntry
{
    qint64 seq = 0;
    QDateTime time;
    QString actor; // "admin:alice", "cli:root", "acme:<account id>", "system"
    QString action; // "alias.update", "certificate.issue", "approval.approve", ...
    QString object;
    QString details; // never a secret
    QString prevHash;
    QString hash;
};

/**
 * The append-only, hash-chained audit log (issue #7): each row's hash is
 * SHA-256(prev_hash | seq | ts | actor | action | object | details), so editing or removing a row
 * breaks the chain at that row, which verify() reports.
 */
class AuditLog
{
public:
    AuditLog(std::shared_ptr<Database> db, const Clock &clock);

    /** Appends inside the caller's transaction, if any (so the record and the change commit together). */
    VoidResult append(const QString &actor, const QString &action, const QString &object, const QString &details = {});

    /** Newest first, at most `limit`, before `beforeSeq` when > 0. */
    Result<QList<AuditEntry>> recent(int limit, qint64 beforeSeq = 0) const;

    /** Walks the whole chain; the error names the first broken row. */
    Result<qint64> verify() const;

    static QString computeHash(const QString &prevHash, qint64 seq, qint64 ts, const QString &actor,
                               const QString &action, const QString &object, const QString &details);

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
};
