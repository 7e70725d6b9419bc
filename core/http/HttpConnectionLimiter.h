// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QMutex>

#include <atomic>

/**
 * Counts open connections over all listeners and worker threads, in total and per client
 * address, so that one client (or a flood) cannot take every file descriptor. Thread-safe.
 */
class HttpConnectionLimiter
{
public:
    enum class Verdict {
        Acquired,
        /** maxConnections are open (nothing counted). */
        TotalCapReached,
        /** maxPerAddress connections from this address are open (nothing counted). */
        AddressCapReached,
    };

    HttpConnectionLimiter(int maxConnections, int maxPerAddress);

    /** Counts a new connection from `peer` unless a cap is reached. */
    Verdict tryAcquire(const QHostAddress &peer);
    /** Uncounts a connection tryAcquire() accepted. */
    void release(const QHostAddress &peer);

    int openConnections() const { return m_total.load(std::memory_order_relaxed); }

private:
    const int m_maxConnections;
    const int m_maxPerAddress;
    std::atomic<int> m_total {0};
    QMutex m_mutex;
    QHash<QHostAddress, int> m_perAddress;
};
