// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Rfc3339.h"

#include <QDateTime>

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// 0001-01-01 to 9999-12-31T23:59:59.999Z: four-digit years of the proleptic Gregorian calendar.
// Outside, QDateTime decides the form (it has no year 0 and writes no ISO date before year 1).
constexpr qint64 kFirstMs = -62135596800000LL; // 0001-01-01T00:00:00Z
constexpr qint64 kLastMs = 253402300799999LL; // 9999-12-31T23:59:59.999Z

} // namespace

QString Rfc3339::fromMs(qint64 ms)
{
    if (ms < kFirstMs || ms > kLastMs) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
    }
    const qint64 seconds = floorDiv(ms, 1000);
    const qint64 days = floorDiv(seconds, 86400);
    const int secondOfDay = int(seconds - days * 86400);
    // Days to a civil date (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms"): years
    // counted from March, so that the leap day ends a year.
    const qint64 z = days + 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthFromMarch = (5 * dayOfYear + 2) / 153;
    const int day = int(dayOfYear - (153 * monthFromMarch + 2) / 5 + 1);
    const int month = int(monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9);
    const int year = int(yearOfEra + era * 400 + (month <= 2 ? 1 : 0));

    char text[21];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = 'T';
    put(11, secondOfDay / 3600, 2);
    text[13] = ':';
    put(14, secondOfDay / 60 % 60, 2);
    text[16] = ':';
    put(17, secondOfDay % 60, 2);
    text[19] = 'Z';
    text[20] = '\0';
    return QString::fromLatin1(text, 20);
}
