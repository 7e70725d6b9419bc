// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/HttpRequestScanner.h"

#include <QTest>

using Verdict = HttpRequestScanner::Verdict;

class TestHttpRequestScanner : public QObject
{
    Q_OBJECT

private slots:
    void feed_data();
    void feed();
    void bytewiseEqualsWhole();
    void keepAlive_data();
    void keepAlive();
};

void TestHttpRequestScanner::feed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("verdict");
    QTest::addColumn<int>("heads");
    QTest::addColumn<bool>("idle");

    const QByteArray body64k(65536, 'x');
    QTest::newRow("GET without body completes")
        << QByteArray("GET /dir HTTP/1.1\r\nHost: a\r\n\r\n") << int(Verdict::Continue) << 1 << true;
    QTest::newRow("two pipelined requests give two heads")
        << QByteArray("GET /a HTTP/1.1\r\nHost: a\r\n\r\nGET /b HTTP/1.1\r\nHost: a\r\n\r\n") << int(Verdict::Continue)
        << 2 << true;
    QTest::newRow("incomplete head waits")
        << QByteArray("GET /a HTTP/1.1\r\nHost: a\r\n") << int(Verdict::Continue) << 0 << false;
    QTest::newRow("body with Content-Length at the limit is accepted")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 65536\r\n\r\n") + body64k << int(Verdict::Continue) << 1
        << true;
    QTest::newRow("Content-Length over the limit is refused at once")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 104857600\r\n\r\n") << int(Verdict::BodyTooLarge) << 1
        << false;
    QTest::newRow("chunked body within the limit completes")
        << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n0\r\nX-T: 1\r\n\r\n")
        << int(Verdict::Continue) << 1 << true;
    QTest::newRow("chunked body over the limit is refused")
        << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n8000\r\n") + QByteArray(0x8000, 'x')
            + "\r\n8001\r\n"
        << int(Verdict::BodyTooLarge) << 1 << false;
    QTest::newRow("header fields over the limit are refused")
        << QByteArray("GET /a HTTP/1.1\r\nX-Big: ") + QByteArray(20000, 'a') << int(Verdict::HeaderTooLarge) << 0
        << false;
    QTest::newRow("Transfer-Encoding with Content-Length is refused")
        << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n")
        << int(Verdict::Malformed) << 0 << false;
    QTest::newRow("conflicting Content-Length is refused")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n") << int(Verdict::Malformed)
        << 0 << false;
    QTest::newRow("signed Content-Length is refused")
        << QByteArray("POST /a HTTP/1.1\r\nContent-Length: +5\r\n\r\n") << int(Verdict::Malformed) << 0 << false;
    QTest::newRow("non-chunked Transfer-Encoding is refused")
        << QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n") << int(Verdict::Malformed) << 0 << false;
    QTest::newRow("obsolete line folding is refused")
        << QByteArray("GET /a HTTP/1.1\r\nX-A: 1\r\n  continued\r\n\r\n") << int(Verdict::Malformed) << 0 << false;
    QTest::newRow("HTTP/2 preface is refused")
        << QByteArray("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n") << int(Verdict::Malformed) << 0 << false;
    QTest::newRow("control character in the target is refused")
        << QByteArray("GET /a\x01b HTTP/1.1\r\n\r\n") << int(Verdict::Malformed) << 0 << false;
    QTest::newRow("bare LF line ends are tolerated")
        << QByteArray("GET /a HTTP/1.1\nHost: a\n\n") << int(Verdict::Continue) << 1 << true;
    QTest::newRow("empty lines before a request are ignored")
        << QByteArray("\r\n\r\nGET /a HTTP/1.1\r\n\r\n") << int(Verdict::Continue) << 1 << true;
}

void TestHttpRequestScanner::feed()
{
    QFETCH(QByteArray, input);
    QFETCH(int, verdict);
    QFETCH(int, heads);
    QFETCH(bool, idle);

    HttpRequestScanner scanner(16384, 65536);
    QCOMPARE(int(scanner.feed(input.constData(), input.size(), std::chrono::steady_clock::now())), verdict);
    QCOMPARE(scanner.pendingHeads(), heads);
    if (verdict == int(Verdict::Continue)) {
        QCOMPARE(scanner.isIdle(), idle);
    }
}

void TestHttpRequestScanner::bytewiseEqualsWhole()
{
    // Terminators and chunk lines split over reads must not change the outcome.
    const QByteArray input = "POST /a?b=c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                             "3\r\nabc\r\n0\r\n\r\n"
                             "POST /b HTTP/1.1\r\nContent-Length: 2\r\n\r\nxy"
                             "GET /c HTTP/1.1\r\n\r\n";
    HttpRequestScanner scanner(16384, 65536);
    for (const char c : input) {
        QCOMPARE(scanner.feed(&c, 1, std::chrono::steady_clock::now()), Verdict::Continue);
    }
    QCOMPARE(scanner.pendingHeads(), 3);
    QVERIFY(scanner.isIdle());
    const auto first = scanner.takeHead();
    QCOMPARE(first.method, QByteArray("POST"));
    QCOMPARE(first.target, QByteArray("/a?b=c"));
    QVERIFY(first.hasBody);
    QCOMPARE(scanner.takeHead().target, QByteArray("/b"));
    const auto third = scanner.takeHead();
    QCOMPARE(third.method, QByteArray("GET"));
    QVERIFY(!third.hasBody);
}

void TestHttpRequestScanner::keepAlive_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<bool>("keepAlive");

    QTest::newRow("HTTP/1.1 persists by default") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
    QTest::newRow("HTTP/1.1 with Connection: close closes")
        << QByteArray("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0 closes by default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
    QTest::newRow("HTTP/1.0 with keep-alive persists")
        << QByteArray("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << true;
}

void TestHttpRequestScanner::keepAlive()
{
    QFETCH(QByteArray, head);
    QFETCH(bool, keepAlive);

    HttpRequestScanner scanner(16384, 65536);
    QCOMPARE(scanner.feed(head.constData(), head.size(), std::chrono::steady_clock::now()), Verdict::Continue);
    QCOMPARE(scanner.pendingHeads(), 1);
    QCOMPARE(scanner.takeHead().keepAlive, keepAlive);
}

QTEST_GUILESS_MAIN(TestHttpRequestScanner)
#include "TestHttpRequestScanner.moc"
