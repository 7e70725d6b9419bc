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
    qint64 size() override;

private:
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
    qint64 storeSize() { return m_store->size(); }

private:
    std::unique_ptr<NonceStore> m_store;
    const Clock &m_clock;
    std::function<qint64()> m_validityMs;
};
