// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/Page.h"
#include "core/util/Ids.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>

class AuditLog;
class Clock;
class Database;

/** One ACME account as the console lists it. */
struct AccountSummary
{
    AccountId id;
    QString alias;
    QString status; // valid | deactivated | revoked
    QStringList contacts;
    QString keyThumbprint;
    QString termsOfServiceUrl; // the version the account agreed to, empty when none
    QDateTime termsOfServiceAgreedAt;
    QString eabKeyId;
    QString clientCertificateSubject;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** What the accounts browser asks for; empty fields don't filter. */
struct AccountFilter
{
    /** Part of the id, a contact or the key thumbprint. */
    QString text;
    QString alias;
    QString status;
};

/** The details pane of one account. */
struct AccountDetails
{
    AccountSummary summary;
    /** The account's public key as JWK JSON text. */
    QString jwk;
    qint64 orders = 0;
    qint64 validOrders = 0;
    qint64 certificates = 0;
};

/**
 * Read model and actions for ACME accounts (console and command line). Thread-safe: every call
 * uses the calling thread's connection, so call it from the admin worker thread.
 */
class AccountCatalog
{
public:
    AccountCatalog(std::shared_ptr<Database> db, const Clock &clock);
    ~AccountCatalog();

    /** Newest first; `after` is the last row of the previous page (null for the first page). */
    Result<Page<AccountSummary>> list(const AccountFilter &filter, const AccountSummary *after, int limit) const;
    Result<qint64> count(const AccountFilter &filter = {}) const;
    /** NotFound when there is no such account. */
    Result<AccountDetails> details(const AccountId &id) const;
    /**
     * Deactivates an account as its holder could (RFC 8555 §7.3.6): final, and its pending and
     * valid authorizations go with it. Conflict when the account is not valid. Audited.
     */
    Result<AccountSummary> deactivate(const AccountId &id, const QString &actor);

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    std::unique_ptr<AuditLog> m_audit;
};
