// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/Duration.h"

#include <QTest>

class TestDuration : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void rejects_data();
    void rejects();
};

void TestDuration::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("normalised");

    const qint64 s = 1000;
    const qint64 m = 60 * s;
    const qint64 h = 60 * m;
    const qint64 d = 24 * h;
    QTest::newRow("one hour (order validity default)") << "1h" << h << "1h";
    QTest::newRow("six months") << "6mo" << 6 * 30 * d << "6mo";
    QTest::newRow("one year is 365 days") << "1y" << 365 * d << "1y";
    QTest::newRow("395 days normalises to a year and a month") << "395d" << 395 * d << "1y 1mo";
    QTest::newRow("reference example 10d 12h") << "10d 12h" << 10 * d + 12 * h << "10d 12h";
    QTest::newRow("reference example in any order") << "30s 30m 1h" << h + 30 * m + 30 * s << "1h 30m 30s";
    QTest::newRow("no spaces between units") << "1h30m" << h + 30 * m << "1h 30m";
    QTest::newRow("units are case-insensitive") << "2D 3H" << 2 * d + 3 * h << "2d 3h";
    QTest::newRow("milliseconds") << "1s 500ms" << 1500LL << "1s 500ms";
    QTest::newRow("surrounding spaces ignored") << "  90s " << 90 * s << "1m 30s";
    QTest::newRow("zero") << "0s" << 0LL << "0s";
}

void TestDuration::parse()
{
    QFETCH(QString, input);
    QFETCH(qint64, ms);
    QFETCH(QString, normalised);
    const Result<Duration> r = Duration::parse(input);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().detail()));
    QCOMPARE(r->ms(), ms);
    QCOMPARE(r->toString(), normalised);
    // The normalised form parses back to the same span.
    QCOMPARE(Duration::parse(r->toString())->ms(), ms);
}

void TestDuration::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("number without unit") << "10";
    QTest::newRow("unknown unit") << "10w";
    QTest::newRow("negative") << "-1h";
    QTest::newRow("trailing garbage") << "1h foo";
    QTest::newRow("unit without number") << "h";
    QTest::newRow("fraction") << "1.5h";
    QTest::newRow("overflow") << "999999999999y 999999999999y";
    // FuzzDuration's crash (a division by zero): letters that only case-fold to a unit are none.
    QTest::newRow("long s folds to s but is no unit") << QStringLiteral("3\u017F");
    QTest::newRow("fuzzer reproducer") << QString::fromUtf8(QByteArray::fromBase64("M8W/ks6/zIzK"));
    QTest::newRow("Kelvin sign folds to k but is no unit") << QStringLiteral("3\u212A");
}

void TestDuration::rejects()
{
    QFETCH(QString, input);
    const Result<Duration> r = Duration::parse(input);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().code(), CoreError::Code::Malformed);
    QVERIFY(!r.error().detail().isEmpty());
}

QTEST_GUILESS_MAIN(TestDuration)
#include "TestDuration.moc"
