// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Rfc3339.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

class TestRfc3339 : public QObject
{
    Q_OBJECT

private slots:
    void formatsTheSecond_data();
    void formatsTheSecond();
    void agreesWithQDateTimeEverywhere();
};

namespace {

qint64 msOf(const char *isoUtc)
{
    return QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

QString viaQDateTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

void TestRfc3339::formatsTheSecond_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the epoch") << qint64(0) << "1970-01-01T00:00:00Z";
    QTest::newRow("milliseconds are dropped, not rounded")
        << msOf("2026-11-25T02:16:24.999Z") << "2026-11-25T02:16:24Z";
    QTest::newRow("a millisecond before the epoch") << qint64(-1) << "1969-12-31T23:59:59Z";
    QTest::newRow("leap day of a leap year") << msOf("2024-02-29T12:00:00Z") << "2024-02-29T12:00:00Z";
    QTest::newRow("leap day of a century divisible by 400") << msOf("2000-02-29T23:59:59Z") << "2000-02-29T23:59:59Z";
    QTest::newRow("no leap day in 2100") << msOf("2100-03-01T00:00:00Z") << "2100-03-01T00:00:00Z";
    QTest::newRow("end of a year") << msOf("2025-12-31T23:59:59Z") << "2025-12-31T23:59:59Z";
    QTest::newRow("past 32-bit seconds") << qint64(2147483648000LL) << "2038-01-19T03:14:08Z";
    QTest::newRow("before 1970 by centuries") << msOf("1600-01-01T00:00:00Z") << "1600-01-01T00:00:00Z";
    QTest::newRow("the last four-digit year") << qint64(253402300799999LL) << "9999-12-31T23:59:59Z";
    QTest::newRow("year 10000 as QDateTime writes it") << qint64(253402300800000LL) << viaQDateTime(253402300800000LL);
    QTest::newRow("the first day of year 1") << qint64(-62135596800000LL) << "0001-01-01T00:00:00Z";
    QTest::newRow("before year 1 as QDateTime writes it")
        << qint64(-62135596800001LL) << viaQDateTime(-62135596800001LL);
}

void TestRfc3339::formatsTheSecond()
{
    QFETCH(qint64, ms);
    QFETCH(QString, expected);
    QCOMPARE(Rfc3339::fromMs(ms), expected);
    QCOMPARE(Rfc3339::fromMs(ms), viaQDateTime(ms));
}

void TestRfc3339::agreesWithQDateTimeEverywhere()
{
    // Every day boundary of the range the server writes (1970-2200) and random instants across
    // the whole four-digit range; a fixed seed so that a failure repeats.
    const qint64 day = 86400000LL;
    for (qint64 ms = 0; ms < msOf("2200-01-01T00:00:00Z"); ms += day) {
        QCOMPARE(Rfc3339::fromMs(ms), viaQDateTime(ms));
        QCOMPARE(Rfc3339::fromMs(ms - 1), viaQDateTime(ms - 1));
    }
    QRandomGenerator random(3339);
    for (int i = 0; i < 200000; ++i) {
        const qint64 ms = qint64(random.bounded(quint64(253402300800000ULL + 62135596800000ULL))) - 62135596800000LL;
        QCOMPARE(Rfc3339::fromMs(ms), viaQDateTime(ms));
    }
}

QTEST_GUILESS_MAIN(TestRfc3339)
#include "TestRfc3339.moc"
