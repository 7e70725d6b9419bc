// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OrderRepository.h"

#include "core/storage/AccountRepository.h"
#include "tests/support/StorageRows.h"
#include "tests/support/TestDatabases.h"

#include <QTest>

class TestOrderRepository : public QObject
{
    Q_OBJECT

private slots:
    void findsAChallengeWithItsAuthorization_data();
    void findsAChallengeWithItsAuthorization();
};

namespace {

AuthorizationRow authorization()
{
    AuthorizationRow row;
    row.id = QStringLiteral("authz");
    row.accountId = QStringLiteral("acct");
    row.alias = QStringLiteral("main");
    row.identifierType = QStringLiteral("dns");
    row.identifierValue = QStringLiteral("www.example.test");
    row.status = QStringLiteral("pending");
    row.expires = 5000;
    row.createdAt = 2;
    row.updatedAt = 3;
    return row;
}

ChallengeRow challenge(const QString &id, const QString &type)
{
    ChallengeRow row;
    row.id = id;
    row.authzId = QStringLiteral("authz");
    row.type = type;
    row.token = QStringLiteral("token-") + id;
    row.status = QStringLiteral("pending");
    row.createdAt = 2;
    row.updatedAt = 2;
    return row;
}

} // namespace

void TestOrderRepository::findsAChallengeWithItsAuthorization_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("type"); // empty: no such challenge
    for (const QString &b : TestDatabases::backends()) {
        QTest::addRow("%s: http-01 of the authorization", qPrintable(b))
            << b << QStringLiteral("ch-http") << QStringLiteral("http-01");
        QTest::addRow("%s: dns-01 of the same authorization", qPrintable(b))
            << b << QStringLiteral("ch-dns") << QStringLiteral("dns-01");
        QTest::addRow("%s: unknown challenge", qPrintable(b)) << b << QStringLiteral("ch-none") << QString();
    }
}

void TestOrderRepository::findsAChallengeWithItsAuthorization()
{
    // One statement reads what answering a challenge and recording its validation both need: the
    // challenge and the authorization it belongs to, every column of each.
    QFETCH(QString, backend);
    QFETCH(QString, id);
    QFETCH(QString, type);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    QVERIFY(AccountRepository(db, nullptr).insert(StorageRows::account(QStringLiteral("acct"))).isOk());
    OrderRepository orders(db);
    QVERIFY(orders.insertAuthorization(authorization()).isOk());
    QVERIFY(orders
                .insertChallenges({challenge(QStringLiteral("ch-http"), QStringLiteral("http-01")),
                                   challenge(QStringLiteral("ch-dns"), QStringLiteral("dns-01"))})
                .isOk());

    const quint64 before = db->counters().statements;
    Result<std::optional<OrderRepository::ChallengeWithAuthorization>> found
        = orders.findChallengeWithAuthorization(id);
    QCOMPARE(db->counters().statements, before + 1);
    QVERIFY(found.isOk());
    if (type.isEmpty()) {
        QVERIFY(!found->has_value());
        return;
    }
    QVERIFY(found->has_value());
    const ChallengeRow &c = (*found)->challenge;
    QCOMPARE(c.id, id);
    QCOMPARE(c.type, type);
    QCOMPARE(c.token, QStringLiteral("token-") + id);
    QCOMPARE(c.status, QStringLiteral("pending"));
    QCOMPARE(c.authzId, QStringLiteral("authz"));
    QVERIFY((*found)->authorization.has_value());
    const AuthorizationRow &a = *(*found)->authorization;
    const AuthorizationRow expected = authorization();
    QCOMPARE(a.id, expected.id);
    QCOMPARE(a.accountId, expected.accountId);
    QCOMPARE(a.alias, expected.alias);
    QCOMPARE(a.identifierType, expected.identifierType);
    QCOMPARE(a.identifierValue, expected.identifierValue);
    QCOMPARE(a.wildcard, expected.wildcard);
    QCOMPARE(a.status, expected.status);
    QCOMPARE(a.expires, expected.expires);
    QCOMPARE(a.createdAt, expected.createdAt);
    QCOMPARE(a.updatedAt, expected.updatedAt);
}

QTEST_GUILESS_MAIN(TestOrderRepository)
#include "TestOrderRepository.moc"
