// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AccountRepository.h"

#include "core/util/Clock.h"
#include "tests/support/StorageRows.h"
#include "tests/support/TestDatabases.h"

#include <QTest>

class TestAccountRepository : public QObject
{
    Q_OBJECT

private slots:
    void keptAccountCostsNoStatement();
    void withoutAClockEveryReadGoesToTheDatabase();
    void anotherProcessesChangeIsSeenAtOnce_data();
    void anotherProcessesChangeIsSeenAtOnce();
    void keyChangeInATransactionIsSeenOnceCommitted();
    void unannouncedChangeIsSeenWithinASecond();
};

using StorageRows::account;

void TestAccountRepository::keptAccountCostsNoStatement()
{
    TestDatabases::TwoProcesses p;
    QVERIFY(p.serverDb);
    MockClock clock;
    AccountRepository server(p.serverDb, &clock);
    QVERIFY(server.insert(account(QStringLiteral("a1"))).isOk());
    QVERIFY(server.findById(QStringLiteral("a1"))->has_value());
    const quint64 before = p.serverDb->counters().statements;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE((*server.findById(QStringLiteral("a1")))->status, QStringLiteral("valid"));
    }
    QCOMPARE(p.serverDb->counters().statements, before);
    // An unknown account is not remembered: it may be created any moment.
    QVERIFY(!server.findById(QStringLiteral("a2"))->has_value());
    QVERIFY(server.insert(account(QStringLiteral("a2"))).isOk());
    QVERIFY(server.findById(QStringLiteral("a2"))->has_value());
}

void TestAccountRepository::withoutAClockEveryReadGoesToTheDatabase()
{
    TestDatabases::TwoProcesses p;
    QVERIFY(p.serverDb);
    AccountRepository plain(p.serverDb);
    QVERIFY(plain.insert(account(QStringLiteral("a1"))).isOk());
    const quint64 before = p.serverDb->counters().statements;
    QVERIFY(plain.findById(QStringLiteral("a1"))->has_value());
    QVERIFY(plain.findById(QStringLiteral("a1"))->has_value());
    QCOMPARE(p.serverDb->counters().statements, before + 2);
}

void TestAccountRepository::anotherProcessesChangeIsSeenAtOnce_data()
{
    // On PostgreSQL the other is another node, which nothing can tell at once: the server keeps no
    // account there, so a key change or deactivation holds on every node from its commit.
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("change");
    for (const QString &backend : TestDatabases::backends()) {
        const char *b = backend == QLatin1String("sqlite") ? "SQLite file" : "PostgreSQL node";
        QTest::addRow("%s: deactivated by its client", b) << backend << QStringLiteral("status");
        QTest::addRow("%s: contact updated", b) << backend << QStringLiteral("contact");
        QTest::addRow("%s: terms of service agreed", b) << backend << QStringLiteral("tos");
    }
}

void TestAccountRepository::anotherProcessesChangeIsSeenAtOnce()
{
    QFETCH(QString, backend);
    QFETCH(QString, change);
    TestDatabases::TwoProcesses p(backend);
    QVERIFY(p.serverDb && p.cliDb);
    MockClock clock; // never advances: only the announcement can end a kept row here
    AccountRepository server(p.serverDb, &clock);
    AccountRepository other(p.cliDb);
    QVERIFY(other.insert(account(QStringLiteral("a1"))).isOk());
    QCOMPARE((*server.findById(QStringLiteral("a1")))->status, QStringLiteral("valid"));
    const QString id = QStringLiteral("a1");
    if (change == QLatin1String("status")) {
        QVERIFY(other.updateStatus(id, QStringLiteral("deactivated"), 2).isOk());
        QCOMPARE((*server.findById(id))->status, QStringLiteral("deactivated"));
    } else if (change == QLatin1String("contact")) {
        QVERIFY(other.updateContact(id, QStringLiteral("[\"mailto:new@example.com\"]"), 2).isOk());
        QCOMPARE((*server.findById(id))->contact, QStringLiteral("[\"mailto:new@example.com\"]"));
    } else {
        QVERIFY(other.updateTermsOfService(id, QStringLiteral("https://tos.example/v2"), 2).isOk());
        QCOMPARE((*server.findById(id))->tosAgreedUrl, QStringLiteral("https://tos.example/v2"));
    }
}

void TestAccountRepository::keyChangeInATransactionIsSeenOnceCommitted()
{
    TestDatabases::TwoProcesses p;
    QVERIFY(p.serverDb && p.cliDb);
    MockClock clock;
    AccountRepository server(p.serverDb, &clock);
    AccountRepository other(p.cliDb, &clock);
    QVERIFY(other.insert(account(QStringLiteral("a1"))).isOk());
    QCOMPARE((*server.findById(QStringLiteral("a1")))->keyThumbprint, QStringLiteral("thumb-a1"));
    VoidResult changed = p.cliDb->transaction([&]() -> VoidResult {
        if (VoidResult r = other.updateKey(QStringLiteral("a1"), QStringLiteral("thumb-new"), QStringLiteral("{}"), 2);
            !r) {
            return r;
        }
        // Inside its transaction the writer reads its own change, not a kept row.
        if ((*other.findById(QStringLiteral("a1")))->keyThumbprint != QLatin1String("thumb-new")) {
            return CoreError(CoreError::Code::Internal, QStringLiteral("writer read a stale account"));
        }
        clock.advanceMs(2000); // the server's row expires: it reads the committed (old) key again
        if ((*server.findById(QStringLiteral("a1")))->keyThumbprint != QLatin1String("thumb-a1")) {
            return CoreError(CoreError::Code::Internal, QStringLiteral("server read an uncommitted key"));
        }
        return {};
    });
    QVERIFY2(changed.isOk(), qPrintable(changed.isOk() ? QString() : changed.error().toLogString()));
    QCOMPARE((*server.findById(QStringLiteral("a1")))->keyThumbprint, QStringLiteral("thumb-new"));
}

void TestAccountRepository::unannouncedChangeIsSeenWithinASecond()
{
    // A writer that died between its commit and its announcement (here: SQL behind the
    // repository's back) is seen once the kept row is a second old.
    TestDatabases::TwoProcesses p;
    QVERIFY(p.serverDb && p.cliDb);
    MockClock clock;
    AccountRepository server(p.serverDb, &clock);
    QVERIFY(server.insert(account(QStringLiteral("a1"))).isOk());
    QCOMPARE((*server.findById(QStringLiteral("a1")))->status, QStringLiteral("valid"));
    QVERIFY(p.cliDb->exec(QStringLiteral("UPDATE accounts SET status = 'revoked' WHERE id = 'a1'")).isOk());
    clock.advanceMs(900);
    QCOMPARE((*server.findById(QStringLiteral("a1")))->status, QStringLiteral("valid"));
    clock.advanceMs(200);
    QCOMPARE((*server.findById(QStringLiteral("a1")))->status, QStringLiteral("revoked"));
}

QTEST_GUILESS_MAIN(TestAccountRepository)
#include "TestAccountRepository.moc"
