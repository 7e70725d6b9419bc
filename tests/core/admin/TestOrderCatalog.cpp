// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/OrderCatalog.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OrderRepository.h"
#include "core/util/Clock.h"
#include "tests/support/StorageRows.h"
#include "tests/support/TestDatabases.h"

#include <QHash>
#include <QTest>

#include <algorithm>
#include <optional>

class TestOrderCatalog : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const QString &backend)
            : db(TestDatabases::fresh(backend))
            , clock(1'700'000'000'000)
            , orders(db)
            , catalog(db, clock)
        {
            AccountRepository accounts(db);
            for (const QString &id : {QStringLiteral("acct-a"), QStringLiteral("acct-b")}) {
                AccountRow a = StorageRows::account(id);
                a.alias = QStringLiteral("default");
                a.createdAt = a.updatedAt = clock.nowMs();
                ok = accounts.insert(a).isOk();
            }
        }

        /** An order for `names` with one authorization per name and an http-01 challenge each. */
        QString addOrder(const QStringList &names, const QString &status = QStringLiteral("pending"),
                         const QString &account = QStringLiteral("acct-a"),
                         const QString &alias = QStringLiteral("default"))
        {
            clock.advanceMs(1000);
            const QString orderId = QStringLiteral("order-%1").arg(++n);
            QStringList authzIds;
            QStringList ids;
            for (const QString &name : names) {
                const bool wildcard = name.startsWith(QLatin1String("*."));
                AuthorizationRow a;
                a.id = QStringLiteral("authz-%1-%2").arg(n).arg(authzIds.size());
                a.accountId = account;
                a.alias = alias;
                a.identifierType = QStringLiteral("dns");
                a.identifierValue = wildcard ? name.mid(2) : name;
                a.wildcard = wildcard;
                a.status = status == QLatin1String("invalid") ? QStringLiteral("invalid") : QStringLiteral("pending");
                a.expires = clock.nowMs() + 3600000;
                a.createdAt = a.updatedAt = clock.nowMs();
                if (!orders.insertAuthorization(a).isOk()) {
                    return {};
                }
                ChallengeRow c;
                c.id = a.id + QStringLiteral("-http");
                c.authzId = a.id;
                c.type = QStringLiteral("http-01");
                c.token = QStringLiteral("token");
                c.status = a.status;
                if (status == QLatin1String("invalid")) {
                    c.error = QStringLiteral("{\"type\":\"urn:ietf:params:acme:error:connection\","
                                             "\"detail\":\"Connection refused by %1\"}")
                                  .arg(name);
                }
                c.createdAt = c.updatedAt = clock.nowMs();
                if (!orders.insertChallenge(c).isOk()) {
                    return {};
                }
                authzIds << a.id;
                ids << QStringLiteral("{\"type\":\"dns\",\"value\":\"%1\"}").arg(name);
            }
            OrderRow o;
            o.id = orderId;
            o.accountId = account;
            o.alias = alias;
            o.status = status;
            o.identifiers = QLatin1Char('[') + ids.join(QLatin1Char(',')) + QLatin1Char(']');
            o.expires = clock.nowMs() + 3600000;
            if (status == QLatin1String("invalid")) {
                o.error = QStringLiteral("{\"type\":\"urn:ietf:params:acme:error:malformed\",\"detail\":\"Some of the "
                                         "identifiers failed\",\"subproblems\":[{\"type\":\"urn:ietf:params:acme:"
                                         "error:connection\",\"detail\":\"refused\",\"identifier\":{\"type\":"
                                         "\"dns\",\"value\":\"%1\"}}]}")
                              .arg(names.value(0));
            }
            o.createdAt = o.updatedAt = clock.nowMs();
            return orders.insertOrder(o, authzIds).isOk() ? orderId : QString();
        }

        std::shared_ptr<Database> db;
        MockClock clock;
        OrderRepository orders;
        OrderCatalog catalog;
        bool ok = false;
        int n = 0;
    };

    static void addBackends()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : TestDatabases::backends()) {
            QTest::newRow(qPrintable(b)) << b;
        }
    }

    static QStringList idsOf(const QList<OrderSummary> &rows)
    {
        QStringList out;
        for (const OrderSummary &r : rows) {
            out << r.id.value();
        }
        return out;
    }

private slots:
    void pagesNewestFirstWithoutGapsOrRepeats_data() { addBackends(); }
    void pagesNewestFirstWithoutGapsOrRepeats()
    {
        QFETCH(QString, backend);
        Fixture f(backend);
        QVERIFY(f.ok);
        QStringList expected;
        for (int i = 0; i < 7; ++i) {
            expected.prepend(f.addOrder({QStringLiteral("host%1.example.com").arg(i)}));
        }
        QStringList seen;
        std::optional<OrderSummary> cursor;
        int pages = 0;
        for (;;) {
            Result<Page<OrderSummary>> page = f.catalog.list({}, cursor ? &*cursor : nullptr, 3);
            QVERIFY(page.isOk());
            ++pages;
            seen += idsOf(page->rows);
            if (!page->more) {
                break;
            }
            cursor = page->rows.constLast();
        }
        QCOMPARE(seen, expected);
        QCOMPARE(pages, 3);
        QCOMPARE(*f.catalog.count(), 7);
    }

    void pagesOrdersCreatedInTheSameMillisecond_data() { addBackends(); }
    void pagesOrdersCreatedInTheSameMillisecond()
    {
        QFETCH(QString, backend);
        Fixture f(backend);
        QVERIFY(f.ok);
        QStringList all;
        for (int i = 0; i < 5; ++i) {
            all << f.addOrder({QStringLiteral("same%1.example.com").arg(i)}, QStringLiteral("valid"));
        }
        QVERIFY(f.db->exec(QStringLiteral("UPDATE orders SET created_at = 1700000000000")).isOk());
        for (const QString &status : {QString(), QStringLiteral("valid")}) {
            QStringList seen;
            std::optional<OrderSummary> cursor;
            for (int pages = 0; pages < 10; ++pages) {
                Result<Page<OrderSummary>> page = f.catalog.list({{}, status, {}}, cursor ? &*cursor : nullptr, 2);
                QVERIFY(page.isOk());
                seen += idsOf(page->rows);
                if (!page->more) {
                    break;
                }
                cursor = page->rows.constLast();
            }
            std::sort(seen.begin(), seen.end());
            QCOMPARE(seen, all); // the id breaks the tie: no order twice, none left out
        }
    }

    void filtersByStatusAliasAndText_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("alias");
        QTest::addColumn<QStringList>("expected");
        for (const QString &b : TestDatabases::backends()) {
            auto row
                = [&b](const char *name) -> QTestData & { return QTest::addRow("%s: %s", qPrintable(b), name) << b; };
            row("no filter lists all") << QString() << QString() << QString()
                                       << QStringList {QStringLiteral("order-4"), QStringLiteral("order-3"),
                                                       QStringLiteral("order-2"), QStringLiteral("order-1")};
            row("status") << QString() << QStringLiteral("invalid") << QString()
                          << QStringList {QStringLiteral("order-2")};
            row("alias") << QString() << QString() << QStringLiteral("staging")
                         << QStringList {QStringLiteral("order-4")};
            row("part of an identifier") << QStringLiteral("shop.example") << QString() << QString()
                                         << QStringList {QStringLiteral("order-3"), QStringLiteral("order-1")};
            row("identifier and status") << QStringLiteral("shop.example") << QStringLiteral("valid") << QString()
                                         << QStringList {QStringLiteral("order-3")};
            row("order id exactly") << QStringLiteral("order-2") << QString() << QString()
                                    << QStringList {QStringLiteral("order-2")};
            row("account id exactly") << QStringLiteral("acct-b") << QString() << QString()
                                      << QStringList {QStringLiteral("order-4")};
            row("nothing matches") << QStringLiteral("nowhere.test") << QString() << QString() << QStringList();
        }
    }
    void filtersByStatusAliasAndText()
    {
        QFETCH(QString, backend);
        QFETCH(QString, text);
        QFETCH(QString, status);
        QFETCH(QString, alias);
        QFETCH(QStringList, expected);
        Fixture f(backend);
        QVERIFY(f.ok);
        f.addOrder({QStringLiteral("www.shop.example")});
        f.addOrder({QStringLiteral("mail.example.org")}, QStringLiteral("invalid"));
        f.addOrder({QStringLiteral("shop.example"), QStringLiteral("*.shop.example")}, QStringLiteral("valid"));
        f.addOrder({QStringLiteral("api.example.net")}, QStringLiteral("ready"), QStringLiteral("acct-b"),
                   QStringLiteral("staging"));
        const OrderFilter filter {text, status, alias};
        Result<Page<OrderSummary>> page = f.catalog.list(filter, nullptr, 50);
        QVERIFY(page.isOk());
        QCOMPARE(idsOf(page->rows), expected);
        QCOMPARE(*f.catalog.count(filter), qint64(expected.size()));
    }

    void detailsCarryAuthorizationsChallengesAndErrors_data() { addBackends(); }
    void detailsCarryAuthorizationsChallengesAndErrors()
    {
        QFETCH(QString, backend);
        Fixture f(backend);
        QVERIFY(f.ok);
        const QString id
            = f.addOrder({QStringLiteral("a.example.com"), QStringLiteral("*.example.com")}, QStringLiteral("invalid"));
        Result<OrderDetails> d = f.catalog.details(OrderId(id));
        QVERIFY(d.isOk());
        QCOMPARE(d->summary.identifiers,
                 (QStringList {QStringLiteral("dns:a.example.com"), QStringLiteral("dns:*.example.com")}));
        QCOMPARE(d->summary.accountId.value(), QStringLiteral("acct-a"));
        QCOMPARE(d->error.type, QStringLiteral("urn:ietf:params:acme:error:malformed"));
        QCOMPARE(d->error.subproblems, QStringList {QStringLiteral("a.example.com: refused")});
        QCOMPARE(d->authorizations.size(), 2);
        QCOMPARE(d->authorizations.at(1).identifier, QStringLiteral("dns:*.example.com"));
        QCOMPARE(d->authorizations.at(0).challenges.size(), 1);
        const ChallengeDetails &c = d->authorizations.at(0).challenges.first();
        QCOMPARE(c.type, QStringLiteral("http-01"));
        QCOMPARE(c.status, QStringLiteral("invalid"));
        QCOMPARE(c.error.type, QStringLiteral("urn:ietf:params:acme:error:connection"));
        QCOMPARE(c.error.detail, QStringLiteral("Connection refused by a.example.com"));
        QVERIFY(d->certificateSerial.isEmpty());

        QCOMPARE(f.catalog.details(OrderId(QStringLiteral("nope"))).error().code(), CoreError::Code::NotFound);
    }

    void heldOrdersAreMarkedUntilTheApprovalIsDecided_data() { addBackends(); }
    void heldOrdersAreMarkedUntilTheApprovalIsDecided()
    {
        // An alias that requires approval holds a finalized order (status processing, its CSR kept)
        // until an administrator decides; the browser says so, and which request it waits for.
        QFETCH(QString, backend);
        Fixture f(backend);
        QVERIFY(f.ok);
        const QString plain = f.addOrder({QStringLiteral("plain.example.com")}, QStringLiteral("ready"));
        const QString held = f.addOrder({QStringLiteral("held.example.com")}, QStringLiteral("ready"));
        const QString issued = f.addOrder({QStringLiteral("issued.example.com")}, QStringLiteral("ready"));
        // Decided, but the server has not passed over its held orders yet (it does every 2 s).
        const QString approved = f.addOrder({QStringLiteral("approved.example.com")}, QStringLiteral("ready"));
        const QString rejected = f.addOrder({QStringLiteral("rejected.example.com")}, QStringLiteral("ready"));
        QVERIFY(!plain.isEmpty() && !held.isEmpty() && !issued.isEmpty() && !approved.isEmpty() && !rejected.isEmpty());
        for (const auto &[id, approval] :
             {std::pair(held, QStringLiteral("approval-1")), std::pair(issued, QStringLiteral("approval-2")),
              std::pair(approved, QStringLiteral("approval-3")), std::pair(rejected, QStringLiteral("approval-4"))}) {
            const Result<bool> heldNow = f.orders.holdOrder(id, QStringLiteral("Y3Ny"), approval, f.clock.nowMs());
            QVERIFY(heldNow && *heldNow);
        }
        QVERIFY(f.orders.setOrderCertificate(issued, QString(), QString(), f.clock.nowMs()).isOk()); // approved
        for (const auto &[approval, status] : {std::pair(QStringLiteral("approval-1"), QStringLiteral("pending")),
                                               std::pair(QStringLiteral("approval-2"), QStringLiteral("completed")),
                                               std::pair(QStringLiteral("approval-3"), QStringLiteral("approved")),
                                               std::pair(QStringLiteral("approval-4"), QStringLiteral("rejected"))}) {
            QVERIFY(
                f.db->exec(QStringLiteral("INSERT INTO approval_requests (id, alias, kind, key_thumbprint, payload, "
                                          "status, created_at, expires_at) VALUES (:id, 'default', 'order', 'tp', "
                                          "'{}', :s, 1, 2)"),
                           {{QStringLiteral("id"), approval}, {QStringLiteral("s"), status}})
                    .isOk());
        }

        Result<Page<OrderSummary>> page = f.catalog.list({}, nullptr, 10);
        QVERIFY(page.isOk());
        QHash<QString, OrderSummary> byId;
        for (const OrderSummary &o : page->rows) {
            byId.insert(o.id.value(), o);
        }
        QVERIFY(!byId.value(plain).awaitingApproval);
        QVERIFY(byId.value(plain).approvalId.isEmpty());
        QVERIFY(byId.value(held).awaitingApproval);
        QCOMPARE(byId.value(held).status, QStringLiteral("processing"));
        QCOMPARE(byId.value(held).approvalId, QStringLiteral("approval-1"));
        QVERIFY(!byId.value(issued).awaitingApproval);
        QCOMPARE(byId.value(issued).approvalId, QStringLiteral("approval-2")); // the record stays
        QVERIFY(byId.value(held).heldAfterDecision.isEmpty());
        QVERIFY(byId.value(issued).heldAfterDecision.isEmpty());
        QVERIFY(!byId.value(approved).awaitingApproval);
        QCOMPARE(byId.value(approved).heldAfterDecision, QStringLiteral("approved"));
        QVERIFY(!byId.value(rejected).awaitingApproval);
        QCOMPARE(byId.value(rejected).heldAfterDecision, QStringLiteral("rejected"));

        Result<OrderDetails> d = f.catalog.details(OrderId(held));
        QVERIFY(d.isOk());
        QVERIFY(d->summary.awaitingApproval);
        QCOMPARE(d->summary.identifiers, QStringList {QStringLiteral("dns:held.example.com")});
        QVERIFY(d->error.isNull());
    }

    void unreadableProblemTextIsNoProblem()
    {
        QVERIFY(OrderCatalog::problemFrom(QString()).isNull());
        QVERIFY(OrderCatalog::problemFrom(QStringLiteral("not json")).isNull());
        QCOMPARE(OrderCatalog::problemFrom(QStringLiteral("{\"detail\":\"x\"}")).detail, QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestOrderCatalog)
#include "TestOrderCatalog.moc"
