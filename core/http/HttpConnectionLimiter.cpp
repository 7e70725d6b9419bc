// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnectionLimiter.h"

HttpConnectionLimiter::HttpConnectionLimiter(int maxConnections, int maxPerAddress)
    : m_maxConnections(maxConnections)
    , m_maxPerAddress(maxPerAddress)
{
}

HttpConnectionLimiter::Verdict HttpConnectionLimiter::tryAcquire(const QHostAddress &peer)
{
    QMutexLocker lock(&m_mutex);
    if (m_total.load(std::memory_order_relaxed) >= m_maxConnections) {
        return Verdict::TotalCapReached;
    }
    int &count = m_perAddress[peer];
    if (count >= m_maxPerAddress) {
        if (count == 0) {
            m_perAddress.remove(peer);
        }
        return Verdict::AddressCapReached;
    }
    ++count;
    m_total.fetch_add(1, std::memory_order_relaxed);
    return Verdict::Acquired;
}

void HttpConnectionLimiter::release(const QHostAddress &peer)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_perAddress.find(peer);
    if (it == m_perAddress.end()) {
        return;
    }
    if (--it.value() <= 0) {
        m_perAddress.erase(it);
    }
    m_total.fetch_sub(1, std::memory_order_relaxed);
}
