// SPDX-License-Identifier: GPL-3.0-or-later
// Several clients at once on one file-backed SQLite database, as the HTTP worker threads run the
// engine. Regression: cached statements left mid-result held old read snapshots, and SQLite then
// refused writes at once ("database is locked", SQLITE_BUSY_SNAPSHOT) under concurrent load.
#include "core/acme/AcmeEngine.h"

#include "tests/support/EngineHarness.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

class TestAcmeConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void concurrentFlowsOnFileDatabaseAllSucceed();
};

void TestAcmeConcurrency::concurrentFlowsOnFileDatabaseAllSucceed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::shared_ptr<Database>> db
        = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("a.db")));
    QVERIFY(db.isOk());
    QVERIFY((*db)->migrate().isOk());
    EngineHarness h(nullptr, nullptr, *db);
    h.addAlias(QStringLiteral("main"));
    h.enable();

    constexpr int kThreads = 4;
    constexpr int kFlows = 25;
    std::vector<std::unique_ptr<TestClient>> clients;
    for (int i = 0; i < kThreads; ++i) {
        clients.push_back(std::make_unique<TestClient>(h));
        QCOMPARE(clients.back()->newAccount().status, 201);
    }
    std::atomic<int> failures {0};
    std::atomic<int> readyOrders {0};
    QString firstFailure;
    QMutex failureMutex;
    auto fail = [&](const AcmeResponse &r, const char *step) {
        if (failures.fetch_add(1) == 0) {
            QMutexLocker lock(&failureMutex);
            firstFailure
                = QStringLiteral("%1: %2 %3").arg(QLatin1String(step)).arg(r.status).arg(QString::fromUtf8(r.body));
        }
    };
    std::vector<QThread *> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.push_back(QThread::create([&, t]() {
            TestClient &c = *clients[size_t(t)];
            for (int i = 0; i < kFlows; ++i) {
                AcmeResponse order = c.newOrder({QStringLiteral("t%1-%2.example").arg(t).arg(i)});
                if (order.status != 201) {
                    fail(order, "newOrder");
                    continue;
                }
                const QString orderUrl = QString::fromLatin1(order.header("Location"));
                const QString authzUrl
                    = EngineHarness::body(order).value(QStringLiteral("authorizations")).toArray().first().toString();
                AcmeResponse authz = c.postAsGet(authzUrl);
                if (authz.status != 200) {
                    fail(authz, "authz");
                    continue;
                }
                const QString challUrl = EngineHarness::body(authz)
                                             .value(QStringLiteral("challenges"))
                                             .toArray()
                                             .first()[QStringLiteral("url")]
                                             .toString();
                AcmeResponse chall = c.post(challUrl, QJsonObject {});
                if (chall.status != 200) {
                    fail(chall, "challenge");
                    continue;
                }
                AcmeResponse polled = c.postAsGet(orderUrl);
                if (EngineHarness::body(polled).value(QStringLiteral("status")).toString() == QLatin1String("ready")) {
                    ++readyOrders;
                } else {
                    fail(polled, "order not ready");
                }
            }
        }));
    }
    for (QThread *t : threads) {
        t->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    QVERIFY2(failures.load() == 0,
             qPrintable(QStringLiteral("%1 failures; first: %2").arg(failures.load()).arg(firstFailure)));
    QCOMPARE(readyOrders.load(), kThreads * kFlows);
}

QTEST_GUILESS_MAIN(TestAcmeConcurrency)
#include "TestAcmeConcurrency.moc"
