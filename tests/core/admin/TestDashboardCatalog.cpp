// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/DashboardCatalog.h"

#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "tests/support/TestDatabases.h"

#include <QTest>

class TestDashboardCatalog : public QObject
{
    Q_OBJECT

private:
    /** An authorization for `identifier` with one challenge of each given status, `minutesAgo` apart. */
    void addAuthorization(const QString &id, const QString &identifier, const QString &status, qint64 minutesAgo,
                          const QString &error = QString())
    {
        const qint64 t = m_clock.nowMs() - minutesAgo * 60000;
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO authorizations (id, account_id, alias, identifier_type, "
                                          "identifier_value, status, expires, created_at, updated_at) VALUES "
                                          "(:id, 'acct-1', 'web', 'dns', :value, :status, :t1, :t2, :t3)"),
                           {{QStringLiteral("id"), id},
                            {QStringLiteral("value"), identifier},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("t1"), t + 3600000},
                            {QStringLiteral("t2"), t},
                            {QStringLiteral("t3"), t}})
                    .isOk());
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO challenges (id, authz_id, type, token, status, error, "
                                          "created_at, updated_at) VALUES (:id, :authz, 'http-01', 'tok', :status, "
                                          ":error, :t1, :t2)"),
                           {{QStringLiteral("id"), QStringLiteral("ch-") + id},
                            {QStringLiteral("authz"), id},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("error"), error.isEmpty() ? QVariant() : QVariant(error)},
                            {QStringLiteral("t1"), t},
                            {QStringLiteral("t2"), t}})
                    .isOk());
    }

    std::shared_ptr<Database> m_db;
    MockClock m_clock;

private slots:
    void init()
    {
        m_db = TestDatabases::memory();
        AccountRow account;
        account.id = QStringLiteral("acct-1");
        account.alias = QStringLiteral("web");
        account.keyThumbprint = QStringLiteral("thumb");
        account.jwk = QStringLiteral("{}");
        account.status = QStringLiteral("valid");
        account.contact = QStringLiteral("[]");
        account.createdAt = m_clock.nowMs();
        account.updatedAt = account.createdAt;
        QVERIFY(AccountRepository(m_db).insert(account).isOk());
    }

    void recentErrorsListFailedValidationsNewestFirstWithTheirProblem()
    {
        addAuthorization(QStringLiteral("az-ok"), QStringLiteral("ok.example"), QStringLiteral("valid"), 1);
        addAuthorization(QStringLiteral("az-old"), QStringLiteral("old.example"), QStringLiteral("invalid"), 30,
                         QStringLiteral("{\"type\":\"urn:ietf:params:acme:error:dns\",\"detail\":\"NXDOMAIN\"}"));
        addAuthorization(QStringLiteral("az-new"), QStringLiteral("new.example"), QStringLiteral("invalid"), 5,
                         QStringLiteral("{\"type\":\"urn:ietf:params:acme:error:unauthorized\","
                                        "\"detail\":\"The key authorization file did not match\"}"));

        Result<DashboardOverview> o = DashboardCatalog(m_db, m_clock).overview(7);
        QVERIFY2(o.isOk(), qPrintable(o.isOk() ? QString() : o.error().toLogString()));
        QCOMPARE(o->recentErrors.size(), 2);
        const DashboardOverview::Failure &newest = o->recentErrors.at(0);
        QCOMPARE(newest.identifier, QStringLiteral("dns:new.example"));
        QCOMPARE(newest.alias, QStringLiteral("web"));
        QCOMPARE(newest.challengeType, QStringLiteral("http-01"));
        QCOMPARE(newest.problem, QStringLiteral("unauthorized"));
        QCOMPARE(newest.detail, QStringLiteral("The key authorization file did not match"));
        QCOMPARE(newest.time.toMSecsSinceEpoch(), m_clock.nowMs() - 5 * 60000);
        QCOMPARE(o->recentErrors.at(1).identifier, QStringLiteral("dns:old.example"));
        QCOMPARE(o->recentErrors.at(1).problem, QStringLiteral("dns"));
    }

    void recentErrorsKeepOnlyTheNewestEight()
    {
        for (int i = 0; i < 12; ++i) {
            addAuthorization(QStringLiteral("az-%1").arg(i), QStringLiteral("h%1.example").arg(i),
                             QStringLiteral("invalid"), 12 - i,
                             QStringLiteral("{\"type\":\"urn:ietf:params:acme:error:connection\"}"));
        }
        Result<DashboardOverview> o = DashboardCatalog(m_db, m_clock).overview(7);
        QVERIFY(o.isOk());
        QCOMPARE(o->recentErrors.size(), 8);
        QCOMPARE(o->recentErrors.first().identifier, QStringLiteral("dns:h11.example"));
        QCOMPARE(o->recentErrors.last().identifier, QStringLiteral("dns:h4.example"));
        QVERIFY(o->recentErrors.first().detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDashboardCatalog)
#include "TestDashboardCatalog.moc"
