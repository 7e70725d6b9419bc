// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

/**
 * A span of time in the reference's human format: "1y 6mo 10d 12h", "30s 30m 1h", "395d".
 * Units: y (365 days), mo (30 days), d, h, m, s, ms. Order and spacing are free on input;
 * toString() gives the normalised form, largest unit first ("1h 30m 30s").
 */
class Duration
{
public:
    Duration() = default;
    static Duration fromMs(qint64 ms);
    static Duration fromSeconds(qint64 s) { return fromMs(s * 1000); }

    /** Parses the human format. Rejects empty input, unknown units, negative or overflowing values. */
    static Result<Duration> parse(const QString &text);

    qint64 ms() const { return m_ms; }
    qint64 seconds() const { return m_ms / 1000; }
    bool isZero() const { return m_ms == 0; }
    QString toString() const;

    bool operator==(const Duration &o) const { return m_ms == o.m_ms; }
    bool operator!=(const Duration &o) const { return m_ms != o.m_ms; }
    bool operator<(const Duration &o) const { return m_ms < o.m_ms; }

private:
    qint64 m_ms = 0;
};
