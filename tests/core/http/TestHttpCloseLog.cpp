// SPDX-License-Identifier: GPL-3.0-or-later
// The summary that replaces a log line per closed connection (issue #7: under a flood that was
// thousands of lines): counts per reason and the addresses that lost the most connections.
#include "core/http/HttpCloseLog.h"

#include <QTest>
#include <QThread>

#include <vector>

using Reason = HttpCloseLog::Reason;

class TestHttpCloseLog : public QObject
{
    Q_OBJECT

private slots:
    void summaryCountsReasonsAndTopAddresses_data();
    void summaryCountsReasonsAndTopAddresses();
    void takeStartsANewInterval();
    void untrackedAddressesStillCountInTotals();
    void concurrentRecordsAllCounted();
};

namespace {

struct Record
{
    Reason reason;
    const char *address;
    int times;
};

} // namespace

Q_DECLARE_METATYPE(Record)

void TestHttpCloseLog::summaryCountsReasonsAndTopAddresses_data()
{
    QTest::addColumn<QList<Record>>("records");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing closed: empty summary") << QList<Record> {} << QString();
    QTest::newRow("a single connection") << QList<Record> {{Reason::Idle, "2001:db8::7", 1}}
                                         << QStringLiteral("1 connection closed: idle 1; most from 2001:db8::7 (1)");
    QTest::newRow("one reason, one address")
        << QList<Record> {{Reason::HeaderTimeout, "192.0.2.1", 3}}
        << QStringLiteral("3 connections closed: header deadline 3; most from 192.0.2.1 (3)");
    QTest::newRow("reasons by count, then in declaration order")
        << QList<Record> {{Reason::Idle, "192.0.2.1", 1},
                          {Reason::Silent, "192.0.2.2", 5},
                          {Reason::BodyTooLarge, "192.0.2.1", 2},
                          {Reason::HeaderTimeout, "192.0.2.3", 2}}
        << QStringLiteral("10 connections closed: silent 5, header deadline 2, body too large 2, idle 1; most from "
                          "192.0.2.2 (5), 192.0.2.1 (3), 192.0.2.3 (2)");
    QTest::newRow("only the top five addresses, ties by address")
        << QList<Record> {{Reason::Evicted, "192.0.2.9", 1},      {Reason::Evicted, "192.0.2.8", 1},
                          {Reason::Evicted, "192.0.2.7", 1},      {Reason::Evicted, "192.0.2.6", 1},
                          {Reason::CapReached, "2001:db8::1", 4}, {Reason::Evicted, "192.0.2.5", 1},
                          {Reason::NotTls, "192.0.2.4", 2}}
        << QStringLiteral("11 connections closed: evicted 5, connection cap 4, not TLS 2; most from 2001:db8::1 (4), "
                          "192.0.2.4 (2), 192.0.2.5 (1), 192.0.2.6 (1), 192.0.2.7 (1)");
    QTest::newRow("every reason has a name")
        << QList<Record> {{Reason::Silent, "192.0.2.1", 1},           {Reason::NotTls, "192.0.2.1", 1},
                          {Reason::HandshakeTimeout, "192.0.2.1", 1}, {Reason::HandshakeFailed, "192.0.2.1", 1},
                          {Reason::HeaderTimeout, "192.0.2.1", 1},    {Reason::Idle, "192.0.2.1", 1},
                          {Reason::BodyTooLarge, "192.0.2.1", 1},     {Reason::HeaderTooLarge, "192.0.2.1", 1},
                          {Reason::Malformed, "192.0.2.1", 1},        {Reason::CapReached, "192.0.2.1", 1},
                          {Reason::Evicted, "192.0.2.1", 1}}
        << QStringLiteral("11 connections closed: silent 1, not TLS 1, handshake deadline 1, handshake failed 1, "
                          "header deadline 1, idle 1, body too large 1, header too large 1, malformed 1, "
                          "connection cap 1, evicted 1; most from 192.0.2.1 (11)");
}

void TestHttpCloseLog::summaryCountsReasonsAndTopAddresses()
{
    QFETCH(QList<Record>, records);
    QFETCH(QString, expected);

    HttpCloseLog log;
    for (const Record &record : std::as_const(records)) {
        for (int i = 0; i < record.times; ++i) {
            log.record(record.reason, QHostAddress(QString::fromLatin1(record.address)));
        }
    }
    const HttpCloseLog::Summary summary = log.take();
    QCOMPARE(summary.isEmpty(), expected.isEmpty());
    if (!expected.isEmpty()) {
        QCOMPARE(summary.toString(), expected);
    }
}

void TestHttpCloseLog::takeStartsANewInterval()
{
    HttpCloseLog log;
    log.record(Reason::Idle, QHostAddress(QStringLiteral("192.0.2.1")));
    QCOMPARE(log.take().total, qint64(1));
    QVERIFY(log.take().isEmpty());
    log.record(Reason::Silent, QHostAddress(QStringLiteral("192.0.2.2")));
    const HttpCloseLog::Summary second = log.take();
    QCOMPARE(second.total, qint64(1));
    QCOMPARE(second.topAddresses.size(), qsizetype(1));
    QCOMPARE(second.topAddresses.constFirst().first, QHostAddress(QStringLiteral("192.0.2.2")));
}

void TestHttpCloseLog::untrackedAddressesStillCountInTotals()
{
    // A flood from more addresses than are tracked must not grow the log without bound.
    HttpCloseLog log;
    const int addresses = HttpCloseLog::kMaxTrackedAddresses + 100;
    for (int i = 0; i < addresses; ++i) {
        log.record(Reason::Silent, QHostAddress(quint32(0x0a000000 + i)));
    }
    log.record(Reason::Silent, QHostAddress(quint32(0x0a000000))); // tracked: counted twice
    const HttpCloseLog::Summary summary = log.take();
    QCOMPARE(summary.total, qint64(addresses + 1));
    QCOMPARE(summary.topAddresses.size(), qsizetype(HttpCloseLog::kTopAddresses));
    QCOMPARE(summary.topAddresses.constFirst(), qMakePair(QHostAddress(QStringLiteral("10.0.0.0")), qint64(2)));
}

void TestHttpCloseLog::concurrentRecordsAllCounted()
{
    HttpCloseLog log;
    constexpr int kThreads = 4;
    constexpr int kEach = 5000;
    std::vector<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.push_back(QThread::create([&log, t] {
            for (int i = 0; i < kEach; ++i) {
                log.record(i % 2 ? Reason::Idle : Reason::Silent, QHostAddress(quint32(0xc0000200 + t)));
            }
        }));
        threads.back()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    const HttpCloseLog::Summary summary = log.take();
    QCOMPARE(summary.total, qint64(kThreads * kEach));
    QCOMPARE(summary.reasons.size(), qsizetype(2));
    QCOMPARE(summary.reasons.at(0).second, qint64(kThreads * kEach / 2));
    QCOMPARE(summary.topAddresses.size(), qsizetype(kThreads));
}

QTEST_GUILESS_MAIN(TestHttpCloseLog)
#include "TestHttpCloseLog.moc"
