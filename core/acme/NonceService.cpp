// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/NonceService.h"

#include "core/util/RandomToken.h"

#include <QMutexLocker>

bool NonceStore::takeAndAdd(const QString &used, qint64 nowMs, const QString &fresh, qint64 expiresMs)
{
    // Taken first: a full store making room for the fresh one must not drop the one being used.
    const bool taken = take(used, nowMs);
    add(fresh, expiresMs);
    return taken;
}

MemoryNonceStore::MemoryNonceStore(qint64 capacity)
    : m_capacity(capacity)
{
}

bool MemoryNonceStore::add(const QString &nonce, qint64 expiresMs)
{
    QMutexLocker lock(&m_mutex);
    if (m_nonces.size() >= m_capacity) {
        sweepLocked(expiresMs - 1);
        if (m_nonces.size() >= m_capacity) {
            // Still full of live nonces: drop an arbitrary one; its client gets badNonce and retries.
            m_nonces.erase(m_nonces.begin());
        }
    }
    m_nonces.insert(nonce, expiresMs);
    return true;
}

bool MemoryNonceStore::take(const QString &nonce, qint64 nowMs)
{
    QMutexLocker lock(&m_mutex);
    if (nowMs - m_lastSweepMs > 60000) {
        sweepLocked(nowMs);
    }
    auto it = m_nonces.find(nonce);
    if (it == m_nonces.end()) {
        return false;
    }
    const bool live = it.value() > nowMs;
    m_nonces.erase(it);
    return live;
}

qint64 MemoryNonceStore::size()
{
    QMutexLocker lock(&m_mutex);
    return m_nonces.size();
}

void MemoryNonceStore::sweepLocked(qint64 nowMs)
{
    m_lastSweepMs = nowMs;
    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (it.value() <= nowMs) {
            it = m_nonces.erase(it);
        } else {
            ++it;
        }
    }
}

SqlNonceStore::SqlNonceStore(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

// Nonce rows need not wait for the disk (Database::execUndurable): a nonce lost in a database crash
// costs its client one badNonce retry, and a removal lost with it is one that no later durable
// commit followed, so the request that consumed it changed nothing that a replay could repeat.

bool SqlNonceStore::add(const QString &nonce, qint64 expiresMs)
{
    return m_db
        ->execUndurable(QStringLiteral("INSERT INTO nonces (value, expires) VALUES (:v, :e)"),
                        {{QStringLiteral("v"), nonce}, {QStringLiteral("e"), expiresMs}})
        .isOk();
}

void SqlNonceStore::sweepIfDue(qint64 nowMs)
{
    qint64 lastSweep = m_lastSweepMs.load();
    if (nowMs - lastSweep > 60000 && m_lastSweepMs.compare_exchange_strong(lastSweep, nowMs)) {
        (void)m_db->execUndurable(QStringLiteral("DELETE FROM nonces WHERE expires <= :now"),
                                  {{QStringLiteral("now"), nowMs}});
    }
}

bool SqlNonceStore::take(const QString &nonce, qint64 nowMs)
{
    sweepIfDue(nowMs);
    // One statement: the row is deleted by exactly one of two racing requests.
    Result<QSqlQuery> q = m_db->execUndurable(QStringLiteral("DELETE FROM nonces WHERE value = :v AND expires > :now"),
                                              {{QStringLiteral("v"), nonce}, {QStringLiteral("now"), nowMs}});
    return q.isOk() && q->numRowsAffected() == 1;
}

bool SqlNonceStore::takeAndAdd(const QString &used, qint64 nowMs, const QString &fresh, qint64 expiresMs)
{
    if (m_db->dialect() != Database::Dialect::Postgres) {
        return NonceStore::takeAndAdd(used, nowMs, fresh, expiresMs); // SQLite: no INSERT inside WITH
    }
    sweepIfDue(nowMs);
    // The insert rides along in a data-modifying WITH; the affected-row count is the DELETE's
    // alone, so, as in take(), exactly one of two racing requests sees 1.
    Result<QSqlQuery> q
        = m_db->execUndurable(QStringLiteral("WITH fresh AS (INSERT INTO nonces (value, expires) VALUES (:f, :e)) "
                                             "DELETE FROM nonces WHERE value = :v AND expires > :now"),
                              {{QStringLiteral("f"), fresh},
                               {QStringLiteral("e"), expiresMs},
                               {QStringLiteral("v"), used},
                               {QStringLiteral("now"), nowMs}});
    return q.isOk() && q->numRowsAffected() == 1;
}

qint64 SqlNonceStore::size()
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT count(*) FROM nonces"));
    return q.isOk() && q->next() ? q->value(0).toLongLong() : 0;
}

NonceService::NonceService(std::unique_ptr<NonceStore> store, const Clock &clock, std::function<qint64()> validityMs)
    : m_store(std::move(store))
    , m_clock(clock)
    , m_validityMs(std::move(validityMs))
{
}

QString NonceService::issue()
{
    return issue(m_validityMs());
}

QString NonceService::issue(qint64 validityMs)
{
    const QString nonce = RandomToken::make(16);
    m_store->add(nonce, m_clock.nowMs() + validityMs);
    return nonce;
}

bool NonceService::consume(const QString &nonce)
{
    if (!plausible(nonce)) {
        return false;
    }
    return m_store->take(nonce, m_clock.nowMs());
}

NonceService::Exchange NonceService::exchange(const QString &used, qint64 validityMs)
{
    if (!plausible(used)) {
        return {false, issue(validityMs)};
    }
    Exchange out {false, RandomToken::make(16)};
    const qint64 now = m_clock.nowMs();
    out.accepted = m_store->takeAndAdd(used, now, out.fresh, now + validityMs);
    return out;
}

bool NonceService::plausible(const QString &nonce)
{
    return !nonce.isEmpty() && nonce.size() <= 128;
}
