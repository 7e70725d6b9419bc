// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDeadlineTimer>
#include <QString>

/**
 * The wall-clock budget of one validation. Every blocking step (DNS, connect, TLS, read) waits
 * at most remainingMs(), so a validation ends within its policy's timeout whatever the other
 * side does. Monotonic, so it does not use the injected Clock (that one is for timestamps).
 */
class ValidationDeadline
{
public:
    explicit ValidationDeadline(int totalMs)
        : m_totalMs(totalMs > 0 ? totalMs : 1)
        , m_timer(m_totalMs, Qt::PreciseTimer)
    {
    }

    int totalMs() const { return m_totalMs; }
    bool hasExpired() const { return m_timer.hasExpired(); }
    int remainingMs() const
    {
        const qint64 ms = m_timer.remainingTime();
        return ms < 0 ? 0 : static_cast<int>(ms);
    }

    /** "Timeout after 10s (connecting to 127.0.0.1:80)": the whole budget, then what was pending. */
    QString timeoutDetail(const QString &during) const
    {
        const QString total
            = m_totalMs % 1000 == 0 ? QString::number(m_totalMs / 1000) : QString::number(m_totalMs / 1000.0, 'g', 3);
        return QStringLiteral("Timeout after %1s (%2)").arg(total, during);
    }

private:
    int m_totalMs;
    QDeadlineTimer m_timer;
};
