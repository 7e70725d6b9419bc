// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/AccountCatalog.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "tests/support/TestDatabases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

class TestAccountCatalog : public QObject
{
    Q_OBJECT

private:
    void addAccounts(int n, const QString &alias, const QString &status = QStringLiteral("valid"), int from = 0)
    {
        AccountRepository accounts(m_db);
        for (int i = from; i < from + n; ++i) {
            AccountRow row;
            row.id = QStringLiteral("acct-%1").arg(i, 4, 10, QLatin1Char('0'));
            row.alias = alias;
            row.keyThumbprint = QStringLiteral("thumb-%1").arg(i);
            row.jwk = QStringLiteral("{}");
            row.status = status;
            row.contact = QString::fromUtf8(QJsonDocument(QJsonArray {QStringLiteral("mailto:u%1@example.com").arg(i)})
                                                .toJson(QJsonDocument::Compact));
            // Pairs share a creation time, so paging must break ties by id.
            row.createdAt = m_clock.nowMs() + (i / 2) * 1000;
            row.updatedAt = row.createdAt;
            QVERIFY(accounts.insert(row).isOk());
        }
    }

    std::shared_ptr<Database> m_db;
    MockClock m_clock;

private slots:
    void init() { m_db = TestDatabases::memory(); }

    void pagesCoverEveryAccountOnceNewestFirst()
    {
        addAccounts(25, QStringLiteral("web"));
        AccountCatalog catalog(m_db, m_clock);
        QStringList seen;
        std::optional<AccountSummary> last;
        int pages = 0;
        for (;;) {
            Result<Page<AccountSummary>> page = catalog.list({}, last ? &*last : nullptr, 7);
            QVERIFY2(page.isOk(), qPrintable(page.isOk() ? QString() : page.error().toLogString()));
            ++pages;
            for (const AccountSummary &a : page->rows) {
                seen << a.id.value();
            }
            if (!page->more) {
                break;
            }
            last = page->rows.constLast();
        }
        QCOMPARE(pages, 4);
        QCOMPARE(seen.size(), 25);
        QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 25);
        QCOMPARE(seen.first(), QStringLiteral("acct-0024"));
        QCOMPARE(seen.last(), QStringLiteral("acct-0000")); // tie with acct-0001 broken by id descending
    }

    void pagesAccountsCreatedInTheSameMillisecond_data()
    {
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QStringList>("expected");
        const QStringList web {QStringLiteral("acct-0004"), QStringLiteral("acct-0003"), QStringLiteral("acct-0002"),
                               QStringLiteral("acct-0001"), QStringLiteral("acct-0000")};
        const QStringList mail {QStringLiteral("acct-0008"), QStringLiteral("acct-0007"), QStringLiteral("acct-0006"),
                                QStringLiteral("acct-0005")};
        QTest::newRow("no filter") << QString() << QString() << mail + web;
        QTest::newRow("by alias") << QStringLiteral("web") << QString() << web;
        QTest::newRow("by status") << QString() << QStringLiteral("deactivated") << mail;
    }

    void pagesAccountsCreatedInTheSameMillisecond()
    {
        QFETCH(QString, alias);
        QFETCH(QString, status);
        QFETCH(QStringList, expected);
        addAccounts(5, QStringLiteral("web"));
        addAccounts(4, QStringLiteral("mail"), QStringLiteral("deactivated"), 5);
        QVERIFY(m_db->exec(QStringLiteral("UPDATE accounts SET created_at = 1700000000000")).isOk());
        AccountCatalog catalog(m_db, m_clock);
        QStringList seen;
        std::optional<AccountSummary> last;
        for (int pages = 0; pages < 20; ++pages) {
            Result<Page<AccountSummary>> page = catalog.list({{}, alias, status}, last ? &*last : nullptr, 2);
            QVERIFY(page.isOk());
            for (const AccountSummary &a : page->rows) {
                seen << a.id.value();
            }
            if (!page->more) {
                break;
            }
            last = page->rows.constLast();
        }
        QCOMPARE(seen, expected); // the id breaks the tie: every account once, none left out
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("expected");
        QTest::newRow("no filter lists all") << QString() << QString() << QString() << 10;
        QTest::newRow("text matches a contact") << QStringLiteral("u3@") << QString() << QString() << 1;
        QTest::newRow("text matches a thumbprint") << QStringLiteral("thumb-0") << QString() << QString() << 1;
        QTest::newRow("alias narrows") << QString() << QStringLiteral("mail") << QString() << 4;
        QTest::newRow("status narrows") << QString() << QString() << QStringLiteral("deactivated") << 4;
        QTest::newRow("filters combine") << QStringLiteral("acct-0007") << QStringLiteral("mail") << QString() << 1;
        QTest::newRow("nothing matches") << QStringLiteral("nobody") << QString() << QString() << 0;
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QString, alias);
        QFETCH(QString, status);
        QFETCH(int, expected);
        addAccounts(6, QStringLiteral("web"));
        addAccounts(4, QStringLiteral("mail"), QStringLiteral("deactivated"), 6);
        AccountCatalog catalog(m_db, m_clock);
        const AccountFilter filter {text, alias, status};
        Result<Page<AccountSummary>> page = catalog.list(filter, nullptr, 100);
        QVERIFY(page.isOk());
        QCOMPARE(page->rows.size(), expected);
        Result<qint64> count = catalog.count(filter);
        QVERIFY(count.isOk());
        QCOMPARE(*count, qint64(expected));
    }

    void detailsCountOrdersAndNameUnknownAccounts()
    {
        addAccounts(1, QStringLiteral("web"));
        AccountCatalog catalog(m_db, m_clock);
        Result<AccountDetails> d = catalog.details(AccountId(QStringLiteral("acct-0000")));
        QVERIFY(d.isOk());
        QCOMPARE(d->summary.contacts, QStringList {QStringLiteral("mailto:u0@example.com")});
        QCOMPARE(d->orders, 0);
        QCOMPARE(d->jwk, QStringLiteral("{}"));
        Result<AccountDetails> missing = catalog.details(AccountId(QStringLiteral("nope")));
        QVERIFY(!missing.isOk());
        QCOMPARE(missing.error().code(), CoreError::Code::NotFound);
    }

    void deactivateIsFinalAuditedAndCancelsAuthorizations()
    {
        addAccounts(1, QStringLiteral("web"));
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO authorizations (id, account_id, alias, identifier_type, "
                                          "identifier_value, status, expires, created_at, updated_at) VALUES "
                                          "('az1', 'acct-0000', 'web', 'dns', 'a.example', 'pending', 1, 1, 1)"))
                    .isOk());
        AccountCatalog catalog(m_db, m_clock);
        const AccountId id(QStringLiteral("acct-0000"));
        Result<AccountSummary> r = catalog.deactivate(id, QStringLiteral("admin:test"));
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().toLogString()));
        QCOMPARE(r->status, QStringLiteral("deactivated"));

        Result<QSqlQuery> authz = m_db->exec(QStringLiteral("SELECT status FROM authorizations WHERE id = 'az1'"));
        QVERIFY(authz.isOk() && authz->next());
        QCOMPARE(authz->value(0).toString(), QStringLiteral("deactivated"));

        Result<QList<AuditEntry>> audit = AuditLog(m_db, m_clock).recent(5);
        QVERIFY(audit.isOk());
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("account.deactivate"));
        QCOMPARE(audit->first().object, id.value());
        QCOMPARE(audit->first().actor, QStringLiteral("admin:test"));

        Result<AccountSummary> again = catalog.deactivate(id, QStringLiteral("admin:test"));
        QVERIFY(!again.isOk());
        QCOMPARE(again.error().code(), CoreError::Code::Conflict);
        Result<AccountSummary> unknown = catalog.deactivate(AccountId(QStringLiteral("nope")), QStringLiteral("a"));
        QCOMPARE(unknown.error().code(), CoreError::Code::NotFound);
    }

    void deactivationReachesTheServerAtOnce()
    {
        // The protocol engine keeps account rows in memory (AccountRepository with a clock); an
        // admin's deactivation from another process must end them at once, not a second later.
        TestDatabases::TwoProcesses p;
        QVERIFY(p.serverDb && p.cliDb);
        AccountRepository server(p.serverDb, &m_clock);
        AccountRow row;
        row.id = QStringLiteral("acct-x");
        row.alias = QStringLiteral("web");
        row.keyThumbprint = QStringLiteral("thumb-x");
        row.jwk = QStringLiteral("{}");
        row.status = QStringLiteral("valid");
        QVERIFY(server.insert(row).isOk());
        QCOMPARE((*server.findById(row.id))->status, QStringLiteral("valid"));
        AccountCatalog console(p.cliDb, m_clock);
        QVERIFY(console.deactivate(AccountId(row.id), QStringLiteral("admin:test")).isOk());
        QCOMPARE((*server.findById(row.id))->status, QStringLiteral("deactivated"));
    }
};

QTEST_GUILESS_MAIN(TestAccountCatalog)
#include "TestAccountCatalog.moc"
