// SPDX-License-Identifier: GPL-3.0-or-later
// Replay nonces (RFC 8555 §6.5), part of the security kernel: each rule on every store, in memory
// (one node) and in the database (several nodes: SQLite file, PostgreSQL when configured).
#include "core/acme/NonceService.h"

#include "tests/support/TestDatabases.h"

#include <QTest>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace {

constexpr qint64 kValidityMs = 60 * 60 * 1000;

/** Two nonce services on one store kind: two nodes on one database, or one memory store twice. */
struct Nodes
{
    MockClock clock;
    std::unique_ptr<TestDatabases::TwoProcesses> databases; // SQLite file, or PostgreSQL schema, opened twice
    std::shared_ptr<Database> dbA;
    std::shared_ptr<Database> dbB;
    std::unique_ptr<NonceService> a;
    std::unique_ptr<NonceService> b;

    explicit Nodes(const QString &store)
    {
        if (store == QLatin1String("memory")) {
            a = service(std::make_unique<MemoryNonceStore>());
            return;
        }
        databases = std::make_unique<TestDatabases::TwoProcesses>(store);
        dbA = databases->serverDb;
        dbB = databases->cliDb;
        if (dbA && dbB) {
            a = service(std::make_unique<SqlNonceStore>(dbA));
            b = service(std::make_unique<SqlNonceStore>(dbB));
        }
    }

    std::unique_ptr<NonceService> service(std::unique_ptr<NonceStore> s)
    {
        return std::make_unique<NonceService>(std::move(s), clock, []() { return kValidityMs; });
    }
};

} // namespace

class TestNonceService : public QObject
{
    Q_OBJECT

private slots:
    void issuedNonceIsAcceptedOnce_data();
    void issuedNonceIsAcceptedOnce();
    void unknownNonceIsRefused_data();
    void unknownNonceIsRefused();
    void nonceIsAcceptedUntilItsValidityEnds_data();
    void nonceIsAcceptedUntilItsValidityEnds();
    void emptyOrOverlongNonceIsRefusedWithoutALookup_data();
    void emptyOrOverlongNonceIsRefusedWithoutALookup();
    void expiredNoncesAreSweptAway_data();
    void expiredNoncesAreSweptAway();
    void racingRequestsAcceptANonceOnce_data();
    void racingRequestsAcceptANonceOnce();
    void nonceIssuedByOneNodeIsAcceptedOnceByAnother_data();
    void nonceIssuedByOneNodeIsAcceptedOnceByAnother();
    void fullMemoryStoreDropsANonceRatherThanGrow();
    void exchangeAcceptsOnceAndAlwaysIssuesTheAnswersNonce_data();
    void exchangeAcceptsOnceAndAlwaysIssuesTheAnswersNonce();
    void exchangeCostsOneStatementOnPostgres_data();
    void exchangeCostsOneStatementOnPostgres();
    void fullMemoryStoreKeepsTheNonceBeingExchanged();
};

static void addStores(bool withMemory = true)
{
    QTest::addColumn<QString>("store");
    if (withMemory) {
        QTest::newRow("memory") << QStringLiteral("memory");
    }
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (TestDatabases::backends().contains(QStringLiteral("postgresql"))) {
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
}

#define NODES(nodes)                                                                                                   \
    QFETCH(QString, store);                                                                                            \
    Nodes nodes(store);                                                                                                \
    QVERIFY2(nodes.a, qPrintable(QStringLiteral("cannot set up the %1 store").arg(store)))

void TestNonceService::issuedNonceIsAcceptedOnce_data()
{
    addStores();
}

void TestNonceService::issuedNonceIsAcceptedOnce()
{
    NODES(n);
    const QString nonce = n.a->issue();
    QCOMPARE(nonce.size(), 22); // base64url of 128 bits
    QVERIFY(n.a->issue() != nonce);
    QVERIFY(n.a->consume(nonce));
    QVERIFY(!n.a->consume(nonce));
}

void TestNonceService::unknownNonceIsRefused_data()
{
    addStores();
}

void TestNonceService::unknownNonceIsRefused()
{
    NODES(n);
    (void)n.a->issue();
    QVERIFY(!n.a->consume(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA")));
    QVERIFY(!n.a->consume(QStringLiteral("x' OR '1'='1")));
    QCOMPARE(n.a->storeSize(), 1);
}

void TestNonceService::nonceIsAcceptedUntilItsValidityEnds_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<bool>("accepted");
    QStringList stores {QStringLiteral("memory"), QStringLiteral("sqlite")};
    if (TestDatabases::backends().contains(QStringLiteral("postgresql"))) {
        stores << QStringLiteral("postgresql");
    }
    for (const QString &s : stores) {
        QTest::addRow("%s, a millisecond before it ends", qPrintable(s)) << s << kValidityMs - 1 << true;
        QTest::addRow("%s, as it ends", qPrintable(s)) << s << kValidityMs << false;
        QTest::addRow("%s, an hour after", qPrintable(s)) << s << 2 * kValidityMs << false;
    }
}

void TestNonceService::nonceIsAcceptedUntilItsValidityEnds()
{
    NODES(n);
    QFETCH(qint64, ageMs);
    QFETCH(bool, accepted);
    const QString nonce = n.a->issue();
    n.clock.advanceMs(ageMs);
    QCOMPARE(n.a->consume(nonce), accepted);
    QVERIFY(!n.a->consume(nonce)); // gone either way
}

void TestNonceService::emptyOrOverlongNonceIsRefusedWithoutALookup_data()
{
    addStores();
}

void TestNonceService::emptyOrOverlongNonceIsRefusedWithoutALookup()
{
    NODES(n);
    const quint64 statements = n.dbA ? n.dbA->counters().statements : 0;
    QVERIFY(!n.a->consume(QString()));
    QVERIFY(!n.a->consume(QString(129, QLatin1Char('A'))));
    if (n.dbA) {
        QCOMPARE(n.dbA->counters().statements, statements);
    }
}

void TestNonceService::expiredNoncesAreSweptAway_data()
{
    addStores();
}

void TestNonceService::expiredNoncesAreSweptAway()
{
    NODES(n);
    for (int i = 0; i < 5; ++i) {
        (void)n.a->issue(1000);
    }
    const QString live = n.a->issue();
    QCOMPARE(n.a->storeSize(), 6);
    n.clock.advanceMs(61 * 1000); // a sweep runs at most once a minute, with a consume
    QVERIFY(n.a->consume(live));
    QCOMPARE(n.a->storeSize(), 0);
}

void TestNonceService::racingRequestsAcceptANonceOnce_data()
{
    addStores();
}

void TestNonceService::racingRequestsAcceptANonceOnce()
{
    NODES(n);
    constexpr int kThreads = 8;
    for (int round = 0; round < 5; ++round) {
        const QString nonce = n.a->issue();
        std::atomic<int> ready {0};
        std::atomic<int> accepted {0};
        std::vector<std::thread> threads;
        for (int i = 0; i < kThreads; ++i) {
            NonceService *service = (i % 2 == 0 || !n.b) ? n.a.get() : n.b.get();
            threads.emplace_back([&, service, i]() {
                ++ready;
                while (ready.load() < kThreads) {
                    std::this_thread::yield();
                }
                // Half the requests take it alone, half with their answer's nonce in the same step.
                if (i % 4 < 2 ? service->consume(nonce) : service->exchange(nonce, kValidityMs).accepted) {
                    ++accepted;
                }
                if (n.dbA) {
                    n.dbA->releaseThreadConnection();
                    n.dbB->releaseThreadConnection();
                }
            });
        }
        for (std::thread &t : threads) {
            t.join();
        }
        QCOMPARE(accepted.load(), 1);
    }
}

void TestNonceService::nonceIssuedByOneNodeIsAcceptedOnceByAnother_data()
{
    addStores(false);
}

void TestNonceService::nonceIssuedByOneNodeIsAcceptedOnceByAnother()
{
    NODES(n);
    QVERIFY(n.b);
    const QString fromA = n.a->issue();
    const QString fromB = n.b->issue();
    QVERIFY(n.b->consume(fromA));
    QVERIFY(!n.a->consume(fromA));
    QVERIFY(n.a->consume(fromB));
    QVERIFY(!n.b->consume(fromB));
}

void TestNonceService::fullMemoryStoreDropsANonceRatherThanGrow()
{
    MockClock clock;
    NonceService service(std::make_unique<MemoryNonceStore>(3), clock, []() { return kValidityMs; });
    QStringList issued;
    for (int i = 0; i < 4; ++i) {
        issued << service.issue();
    }
    QCOMPARE(service.storeSize(), 3);
    int accepted = 0;
    for (const QString &nonce : std::as_const(issued)) {
        accepted += service.consume(nonce) ? 1 : 0;
    }
    QCOMPARE(accepted, 3); // one was dropped: its client gets badNonce and retries
}

void TestNonceService::exchangeAcceptsOnceAndAlwaysIssuesTheAnswersNonce_data()
{
    addStores();
}

void TestNonceService::exchangeAcceptsOnceAndAlwaysIssuesTheAnswersNonce()
{
    // A signed request's nonce is consumed and its answer's issued in one step: accepted once,
    // and every answer (a badNonce one above all, §6.5) carries a nonce the next request can use,
    // on any node.
    NODES(n);
    NonceService &other = n.b ? *n.b : *n.a;
    const QString used = n.a->issue();
    const NonceService::Exchange first = n.a->exchange(used, kValidityMs);
    QVERIFY(first.accepted);
    QCOMPARE(first.fresh.size(), 22);
    QVERIFY(first.fresh != used);
    const NonceService::Exchange replayed = n.a->exchange(used, kValidityMs);
    QVERIFY(!replayed.accepted);
    QVERIFY(!replayed.fresh.isEmpty() && replayed.fresh != first.fresh);
    const NonceService::Exchange unknown = n.a->exchange(QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"), kValidityMs);
    const NonceService::Exchange empty = n.a->exchange(QString(), kValidityMs);
    const NonceService::Exchange overlong = n.a->exchange(QString(129, QLatin1Char('A')), kValidityMs);
    QVERIFY(!unknown.accepted && !empty.accepted && !overlong.accepted);
    for (const QString &fresh : {first.fresh, replayed.fresh, unknown.fresh, empty.fresh, overlong.fresh}) {
        QVERIFY(other.consume(fresh));
        QVERIFY(!n.a->consume(fresh));
    }
    QCOMPARE(n.a->storeSize(), 0);

    // Valid for the validity passed, not the service's default.
    const NonceService::Exchange shortLived = n.a->exchange(n.a->issue(), 1000);
    QVERIFY(shortLived.accepted);
    n.clock.advanceMs(1000);
    QVERIFY(!other.consume(shortLived.fresh));
}

void TestNonceService::exchangeCostsOneStatementOnPostgres_data()
{
    QTest::addColumn<QString>("store");
    QTest::addColumn<quint64>("statements");
    QTest::newRow("sqlite: take, then add") << QStringLiteral("sqlite") << quint64(2);
    if (TestDatabases::backends().contains(QStringLiteral("postgresql"))) {
        QTest::newRow("postgresql: both in one") << QStringLiteral("postgresql") << quint64(1);
    }
}

void TestNonceService::exchangeCostsOneStatementOnPostgres()
{
    NODES(n);
    QFETCH(quint64, statements);
    QVERIFY(n.a->exchange(n.a->issue(), kValidityMs).accepted); // the first take also sweeps
    const QString used = n.a->issue();
    const quint64 before = n.dbA->counters().statements;
    QVERIFY(n.a->exchange(used, kValidityMs).accepted);
    QCOMPARE(n.dbA->counters().statements - before, statements);
}

void TestNonceService::fullMemoryStoreKeepsTheNonceBeingExchanged()
{
    // Making room for the answer's nonce must not drop the one the request brought: it is taken
    // first. Each of a full store's nonces, exchanged in turn, is accepted.
    for (int which = 0; which < 3; ++which) {
        MockClock clock;
        NonceService service(std::make_unique<MemoryNonceStore>(3), clock, []() { return kValidityMs; });
        QStringList issued;
        for (int i = 0; i < 3; ++i) {
            issued << service.issue();
        }
        QVERIFY2(service.exchange(issued.at(which), kValidityMs).accepted, qPrintable(QString::number(which)));
        QCOMPARE(service.storeSize(), 3);
    }
}

QTEST_GUILESS_MAIN(TestNonceService)
#include "TestNonceService.moc"
