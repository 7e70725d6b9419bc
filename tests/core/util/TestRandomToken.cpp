// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/RandomToken.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

class TestRandomToken : public QObject
{
    Q_OBJECT

private slots:
    void makeIsUrlSafeAndUnpadded_data();
    void makeIsUrlSafeAndUnpadded();
    void timePrefixEncodesTheTime_data();
    void timePrefixEncodesTheTime();
    void timeOrderedIdsSortByTime();
    void timeOrderedIdsOfOneMillisecondDiffer();
};

void TestRandomToken::makeIsUrlSafeAndUnpadded_data()
{
    QTest::addColumn<int>("bytes");
    QTest::addColumn<int>("length");
    QTest::newRow("nonce, 16 bytes") << 16 << 22;
    QTest::newRow("challenge token, 32 bytes") << 32 << 43;
    QTest::newRow("12 bytes, no padding to strip") << 12 << 16;
    QTest::newRow("26 bytes") << 26 << 35;
}

void TestRandomToken::makeIsUrlSafeAndUnpadded()
{
    QFETCH(int, bytes);
    QFETCH(int, length);
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]*$"));
    const QString token = RandomToken::make(bytes);
    QCOMPARE(token.size(), length);
    QVERIFY2(urlSafe.match(token).hasMatch(), qPrintable(token));
}

void TestRandomToken::timePrefixEncodesTheTime_data()
{
    QTest::addColumn<qint64>("epochMs");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("the epoch") << 0LL << "00000000";
    QTest::newRow("one millisecond") << 1LL << "00000001";
    QTest::newRow("61 is the last digit") << 61LL << "0000000z";
    QTest::newRow("62 carries") << 62LL << "00000010";
    QTest::newRow("2026-11-25T00:00:00Z") << 1795564800000LL << "0VbwEuie";
    QTest::newRow("before the epoch clamps to it") << -5LL << "00000000";
    QTest::newRow("the last instant it can write (62^8 - 1)") << 218340105584895LL << "zzzzzzzz";
    QTest::newRow("beyond it clamps (no wrap to small ids)") << 218340105584896LL << "zzzzzzzz";
}

void TestRandomToken::timePrefixEncodesTheTime()
{
    QFETCH(qint64, epochMs);
    QFETCH(QString, prefix);
    QCOMPARE(RandomToken::timePrefix(epochMs), prefix);
    const QString id = RandomToken::timeOrdered(epochMs, 12);
    QCOMPARE(id.left(8), prefix);
    QCOMPARE(id.size(), 8 + 16); // then 12 random bytes
    static const QRegularExpression urlSafe(QStringLiteral("^[A-Za-z0-9_-]*$"));
    QVERIFY2(urlSafe.match(id).hasMatch(), qPrintable(id));
}

void TestRandomToken::timeOrderedIdsSortByTime()
{
    // What a bytewise text comparison (SQLite's BINARY, PostgreSQL's "C") sees: later ids compare
    // greater, at every digit boundary and across years. (Other collations still keep the ids of one
    // second together: they share their first seven characters.)
    QList<qint64> times {0, 1, 9, 10, 35, 36, 61, 62, 3843, 3844, 1795564800000LL, 1795564800001LL};
    for (qint64 t = 1000; t < 4102444800000LL; t = t * 3 + 7) { // to 2100
        times << t;
    }
    std::sort(times.begin(), times.end());
    QStringList ids;
    for (qint64 t : std::as_const(times)) {
        ids << RandomToken::timeOrdered(t, 12);
    }
    for (int i = 1; i < ids.size(); ++i) {
        QVERIFY2(ids.at(i - 1).toLatin1() < ids.at(i).toLatin1(),
                 qPrintable(QStringLiteral("%1 (%2) !< %3 (%4)")
                                .arg(ids.at(i - 1))
                                .arg(times.at(i - 1))
                                .arg(ids.at(i))
                                .arg(times.at(i))));
    }
}

void TestRandomToken::timeOrderedIdsOfOneMillisecondDiffer()
{
    // The random part keeps ids of one instant apart (and unguessable: 96 bits with 12 bytes).
    QSet<QString> ids;
    for (int i = 0; i < 10000; ++i) {
        ids.insert(RandomToken::timeOrdered(1795564800000LL, 12));
    }
    QCOMPARE(ids.size(), 10000);
}

QTEST_APPLESS_MAIN(TestRandomToken)
#include "TestRandomToken.moc"
