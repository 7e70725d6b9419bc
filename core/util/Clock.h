// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

#include <atomic>

/** Injected time source (STYLE.md §1.5): core never calls QDateTime::currentDateTime() itself. */
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

/** A clock tests set and advance by hand. Thread-safe. */
class MockClock : public Clock
{
public:
    explicit MockClock(qint64 startMs = 1767225600000 /* 2026-01-01T00:00:00Z */)
        : m_ms(startMs)
    {
    }
    QDateTime now() const override { return QDateTime::fromMSecsSinceEpoch(m_ms.load(), Qt::UTC); }
    void advanceMs(qint64 ms) { m_ms += ms; }
    void setMs(qint64 ms) { m_ms = ms; }

private:
    std::atomic<qint64> m_ms;
};
