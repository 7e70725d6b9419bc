// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Duration.h"

#include <QRegularExpression>

#include <array>
#include <limits>

namespace {

struct Unit
{
    const char *name;
    qint64 ms;
};

// Longest names first so that "mo" and "ms" win over "m".
constexpr std::array<Unit, 7> kUnits {{
    {"y", 365LL * 24 * 3600 * 1000},
    {"mo", 30LL * 24 * 3600 * 1000},
    {"d", 24LL * 3600 * 1000},
    {"h", 3600LL * 1000},
    {"m", 60LL * 1000},
    {"s", 1000LL},
    {"ms", 1LL},
}};

qint64 unitMs(const QString &name)
{
    for (const Unit &u : kUnits) {
        if (name == QLatin1String(u.name)) {
            return u.ms;
        }
    }
    return 0;
}

} // namespace

Duration Duration::fromMs(qint64 ms)
{
    Duration d;
    d.m_ms = ms < 0 ? 0 : ms;
    return d;
}

Result<Duration> Duration::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Duration is empty"));
    }
    if (trimmed.size() > 200) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Duration is too long"));
    }
    // Units in ASCII letters of either case, spelled out: a case-insensitive match would also take
    // letters that only fold to them ("ſ" for "s", which the fuzzer found), which no unit is.
    static const QRegularExpression token(
        QStringLiteral("^\\s*(\\d{1,12})\\s*([Mm][Oo]|[Mm][Ss]|[YyDdHhMmSs])(?![A-Za-z])"));
    qint64 total = 0;
    qsizetype pos = 0;
    bool any = false;
    while (pos < trimmed.size()) {
        const QRegularExpressionMatch match = token.match(trimmed.mid(pos));
        if (!match.hasMatch()) {
            if (trimmed.mid(pos).trimmed().isEmpty()) {
                break;
            }
            return CoreError(CoreError::Code::Malformed,
                             QStringLiteral("Invalid duration '%1': expected e.g. '1y 6mo 10d 12h 30m 30s'").arg(text));
        }
        const qint64 amount = match.captured(1).toLongLong();
        const qint64 unit = unitMs(match.captured(2).toLower());
        if (unit <= 0) {
            return CoreError(CoreError::Code::Malformed,
                             QStringLiteral("Invalid duration '%1': expected e.g. '1y 6mo 10d 12h 30m 30s'").arg(text));
        }
        if (amount > std::numeric_limits<qint64>::max() / unit
            || total > std::numeric_limits<qint64>::max() - amount * unit) {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("Duration '%1' is too large").arg(text));
        }
        total += amount * unit;
        pos += match.capturedLength(0);
        any = true;
    }
    if (!any) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid duration '%1'").arg(text));
    }
    return fromMs(total);
}

QString Duration::toString() const
{
    if (m_ms == 0) {
        return QStringLiteral("0s");
    }
    QStringList parts;
    qint64 rest = m_ms;
    for (const Unit &u : kUnits) {
        const qint64 n = rest / u.ms;
        if (n > 0) {
            parts << QString::number(n) + QLatin1String(u.name);
            rest -= n * u.ms;
        }
    }
    return parts.join(QLatin1Char(' '));
}
