// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QMutex>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

/**
 * Replay nonces (RFC 8555 §6.5): each issued nonce is accepted once, until it expires after the
 * global 'Replay Nonce Validity'. Part of the security kernel.
 *
 * Two stores: in memory (one node; no database write per request) and in the database (several
 * nodes on PostgreSQL: a nonce issued by one node is accepted once by any other).
 */
class NonceStore
{
public:
    virtual ~NonceStore() = default;
    virtual bool add(const QString &nonce, qint64 expiresMs) = 0;
    /** Removes the nonce; true only when it was present and not expired at `nowMs`. */
    virtual bool take(const QString &nonce, qint64 nowMs) = 0;
    /**
     * take(`used`), then add(`fresh`): what a signed request does with the nonce it brought and
     * the one its answer carries. The result is take()'s. A store may do both in one step.
     */
    virtual bool takeAndAdd(const QString &used, qint64 nowMs, const QString &fresh, qint64 expiresMs);
    virtual qint64 size() = 0;
};

class MemoryNonceStore : public NonceStore
{
public:
    explicit MemoryNonceStore(qint64 capacity = 1000000);
    bool add(const QString &nonce, qint64 expiresMs) override;
    bool take(const QString &nonce, qint64 nowMs) override;
    qint64 size() override;

private:
    void sweepLocked(qint64 nowMs);

    QMutex m_mutex;
    QHash<QString, qint64> m_nonces;
    qint64 m_capacity;
    qint64 m_lastSweepMs = 0;
};

class SqlNonceStore : public NonceStore
{
public:
    explicit SqlNonceStore(std::shared_ptr<Database> db);
    bool add(const QString &nonce, qint64 expiresMs) override;
    bool take(const QString &nonce, qint64 nowMs) override;
    /** PostgreSQL: one statement (a round trip and a statement fewer per signed request). */
    bool takeAndAdd(const QString &used, qint64 nowMs, const QString &fresh, qint64 expiresMs) override;
    qint64 size() override;

private:
    void sweepIfDue(qint64 nowMs);

    std::shared_ptr<Database> m_db;
    std::atomic<qint64> m_lastSweepMs {0}; // the request threads share one store
};

class NonceService
{
public:
    NonceService(std::unique_ptr<NonceStore> store, const Clock &clock, std::function<qint64()> validityMs);

    /** A fresh nonce: base64url of 128 random bits, valid for the configured validity. */
    QString issue();
    /** The same, valid for `validityMs` (the engine passes the validity of the configuration its
     *  request runs under, instead of looking the configuration up again). */
    QString issue(qint64 validityMs);
    /** RFC 8555 §6.5.2: true once per issued, unexpired nonce. */
    bool consume(const QString &nonce);
    /**
     * consume(`used`) and, whatever its outcome, issue() a fresh nonce valid for `validityMs`
     * for the answer (which carries one either way, §6.5), in one store step.
     */
    struct Exchange
    {
        bool accepted = false;
        QString fresh;
    };
    Exchange exchange(const QString &used, qint64 validityMs);
    qint64 storeSize() { return m_store->size(); }

private:
    /** Not worth a store lookup: empty, or longer than any nonce this service issues. */
    static bool plausible(const QString &nonce);

    std::unique_ptr<NonceStore> m_store;
    const Clock &m_clock;
    std::function<qint64()> m_validityMs;
};
