// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpCloseLog.h"

#include <QStringList>

#include <algorithm>

QString HttpCloseLog::reasonName(Reason reason)
{
    switch (reason) {
    case Reason::Silent:
        return QStringLiteral("silent");
    case Reason::NotTls:
        return QStringLiteral("not TLS");
    case Reason::HandshakeTimeout:
        return QStringLiteral("handshake deadline");
    case Reason::HandshakeFailed:
        return QStringLiteral("handshake failed");
    case Reason::HeaderTimeout:
        return QStringLiteral("header deadline");
    case Reason::Idle:
        return QStringLiteral("idle");
    case Reason::BodyTooLarge:
        return QStringLiteral("body too large");
    case Reason::HeaderTooLarge:
        return QStringLiteral("header too large");
    case Reason::Malformed:
        return QStringLiteral("malformed");
    case Reason::CapReached:
        return QStringLiteral("connection cap");
    case Reason::Evicted:
        return QStringLiteral("evicted");
    }
    return QStringLiteral("unknown");
}

void HttpCloseLog::record(Reason reason, const QHostAddress &peer)
{
    QMutexLocker lock(&m_mutex);
    ++m_counts[size_t(reason)];
    const auto it = m_perAddress.find(peer);
    if (it != m_perAddress.end()) {
        ++it.value();
    } else if (m_perAddress.size() < kMaxTrackedAddresses) {
        m_perAddress.insert(peer, 1);
    }
}

HttpCloseLog::Summary HttpCloseLog::take()
{
    std::array<qint64, kReasonCount> counts {};
    QHash<QHostAddress, qint64> perAddress;
    {
        QMutexLocker lock(&m_mutex);
        std::swap(counts, m_counts);
        perAddress.swap(m_perAddress);
    }
    Summary summary;
    for (int i = 0; i < kReasonCount; ++i) {
        if (counts[size_t(i)] > 0) {
            summary.total += counts[size_t(i)];
            summary.reasons.append({Reason(i), counts[size_t(i)]});
        }
    }
    // Stable: equal counts keep the enum's order.
    std::stable_sort(summary.reasons.begin(), summary.reasons.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    QList<QPair<QHostAddress, qint64>> addresses;
    addresses.reserve(perAddress.size());
    for (auto it = perAddress.cbegin(); it != perAddress.cend(); ++it) {
        addresses.append({it.key(), it.value()});
    }
    const auto top = addresses.begin() + std::min<qsizetype>(kTopAddresses, addresses.size());
    std::partial_sort(addresses.begin(), top, addresses.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.toString() < b.first.toString();
    });
    addresses.erase(top, addresses.end());
    summary.topAddresses = addresses;
    return summary;
}

QString HttpCloseLog::Summary::toString() const
{
    QStringList reasonParts;
    for (const auto &reason : reasons) {
        reasonParts << QStringLiteral("%1 %2").arg(reasonName(reason.first)).arg(reason.second);
    }
    QStringList addressParts;
    for (const auto &address : topAddresses) {
        addressParts << QStringLiteral("%1 (%2)").arg(address.first.toString()).arg(address.second);
    }
    QString text
        = (total == 1 ? QStringLiteral("%1 connection closed: %2") : QStringLiteral("%1 connections closed: %2"))
              .arg(total)
              .arg(reasonParts.join(QStringLiteral(", ")));
    if (!addressParts.isEmpty()) {
        text += QStringLiteral("; most from ") + addressParts.join(QStringLiteral(", "));
    }
    return text;
}
