// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/Page.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QString>

#include <memory>

class Database;

/** One record of the audit log as the console shows it. */
struct AuditRecord
{
    qint64 seq = 0;
    QDateTime time;
    QString actor;
    QString action;
    QString object;
    QString details;
    QString hash;
};

/** Result of walking the hash chain. */
struct AuditVerification
{
    bool intact = false;
    /** Records checked when intact. */
    qint64 records = 0;
    /** When broken: the first record that does not fit the chain. */
    qint64 brokenAt = 0;
    /** When broken: true when that record is missing, false when it (or its link) was altered. */
    bool missing = false;
};

/** File formats of AuditCatalog::exportTo. */
enum class AuditExportFormat {
    Csv, // RFC 4180, a header row, UTF-8
    Json, // one array of objects
};

/** Read model of the audit log (issue #7) for the console. Call from the admin worker thread. */
class AuditCatalog
{
public:
    explicit AuditCatalog(std::shared_ptr<Database> db);

    /**
     * Newest first. `text` matches part of the actor, action, object or details; `after` is the
     * last record of the previous page (null for the first page).
     */
    Result<Page<AuditRecord>> list(const QString &text, const AuditRecord *after, int limit) const;
    Result<qint64> count() const;
    /**
     * Walks the whole chain a chunk at a time (a million records never sit in memory at once). A
     * broken chain is a result, not an error; errors are failures to read.
     */
    Result<AuditVerification> verify() const;

    /**
     * Writes the records from `since` on (all when invalid), oldest first, with their chain hashes
     * so the copy can be checked on its own. The file is created owner-only (0600) under a
     * temporary name and renamed over `path` when complete. Returns the number of records written.
     */
    Result<qint64> exportTo(const QString &path, AuditExportFormat format, const QDateTime &since = {}) const;

private:
    std::shared_ptr<Database> m_db;
};
