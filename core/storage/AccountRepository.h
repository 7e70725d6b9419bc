// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/AcmeRows.h"
#include "core/storage/BeaconCache.h"
#include "core/storage/Database.h"

#include <memory>
#include <optional>

/**
 * The accounts table. Every call joins the caller's transaction, if any.
 *
 * Every authenticated ACME request looks its account up by id. Given a clock (the protocol
 * engine), findById() keeps rows in memory on a SQLite file behind a BeaconCache ("-accounts"):
 * every change made here, in any process, is announced once committed and drops them. Writers of
 * the accounts table elsewhere call announceChange() in their transaction.
 */
class AccountRepository
{
public:
    explicit AccountRepository(std::shared_ptr<Database> db, const Clock *cacheClock = nullptr);
    /** Tells every reader, once the caller's transaction commits, that account rows changed. */
    void announceChange() const { m_cache.announceChange(); }

    VoidResult insert(const AccountRow &row);
    Result<std::optional<AccountRow>> findById(const QString &id);
    Result<std::optional<AccountRow>> findByThumbprint(const QString &thumbprint);
    VoidResult updateContact(const QString &id, const QString &contactJson, qint64 now);
    VoidResult updateStatus(const QString &id, const QString &status, qint64 now);
    /**
     * Replaces the key and keeps the old key's thumbprint in the account's key history; Conflict
     * when another account has the new key (UNIQUE thumbprint). Call inside a transaction.
     */
    VoidResult updateKey(const QString &id, const QString &thumbprint, const QString &jwk, qint64 now);
    /** Thumbprints of the keys the account used before its current one, most recently retired first. */
    Result<QStringList> previousKeyThumbprints(const QString &id);
    VoidResult updateTermsOfService(const QString &id, const QString &url, qint64 now);

    struct Page
    {
        QList<AccountRow> rows;
        bool more = false;
    };
    /** Console browser: newest first, filtered by alias/status/text (id, contact, thumbprint). */
    Result<Page> list(const QString &filter, int limit, int offset);
    Result<qint64> count();

private:
    VoidResult announced(VoidResult result) const;

    std::shared_ptr<Database> m_db;
    BeaconCache<AccountRow> m_cache;
};
