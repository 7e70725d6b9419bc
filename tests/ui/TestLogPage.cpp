// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LogPage.h"
#include "ui/RequestLogModel.h"

#include "tests/ui/UiFixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QThread>

namespace {

RequestLogEntry entry(int i, int status = 200)
{
    RequestLogEntry e;
    e.method = QStringLiteral("POST");
    e.path = QStringLiteral("/acme/web/order/%1").arg(i);
    e.alias = QStringLiteral("web");
    e.account = QStringLiteral("acct-%1").arg(i % 7);
    e.status = status;
    if (status >= 400) {
        e.problemType = QStringLiteral("urn:ietf:params:acme:error:badNonce");
    }
    e.latencyMicros = 1500;
    return e;
}

} // namespace

class TestLogPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> f;

private slots:
    void init() { f = std::make_unique<UiFixture>(); }
    void cleanup()
    {
        f->admin.reset();
        f.reset();
    }

    void ringBufferKeepsTheNewestFirstAndDropsTheOldest()
    {
        RequestLogModel model(5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append({entry(0), entry(1), entry(2)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.entryAt(0).path, QStringLiteral("/acme/web/order/2"));
        model.append({entry(3), entry(4), entry(5), entry(6)});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.entryAt(0).path, QStringLiteral("/acme/web/order/6"));
        QCOMPARE(model.entryAt(4).path, QStringLiteral("/acme/web/order/2"));
        // A batch larger than the buffer keeps only its newest entries.
        QList<RequestLogEntry> many;
        for (int i = 100; i < 120; ++i) {
            many << entry(i);
        }
        model.append(many);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.entryAt(0).path, QStringLiteral("/acme/web/order/119"));
        QCOMPARE(model.entryAt(4).path, QStringLiteral("/acme/web/order/115"));
        QCOMPARE(model.totalAppended(), 27);
        QCOMPARE(model.data(model.index(0, int(RequestLogModel::Column::Status))).toInt(), 200);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void requestsFromServerThreadsArriveInBatchesAndFilter()
    {
        LogPage page(f->admin.get());
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(page.filteredModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        QSignalSpy batches(f->admin->requestLog(), &RequestLog::entriesArrived);

        // A server answering 1,000 requests a second for a second: every one reaches the table,
        // in a few batches rather than one signal each.
        const RequestLog::Sink sink = f->admin->requestLog()->sink();
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QThread> steady(QThread::create([sink]() {
            for (int i = 0; i < 1000; ++i) {
                sink(entry(i, i % 50 == 0 ? 400 : 200));
                QThread::usleep(1000);
            }
        }));
        steady->start();
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalAppended(), 1000, 10000);
        QVERIFY(steady->wait(5000));
        qInfo("1000 requests over %lld ms reached the table in %lld batches", timer.elapsed(), qint64(batches.size()));
        QVERIFY2(batches.size() < 50, "entries must arrive batched, not one signal per request");
        QCOMPARE(f->admin->requestLog()->droppedEntries(), 0);

        // Two worker threads report 11,000 more as fast as they can: the queue and the table stay
        // bounded (the oldest are dropped and counted), the newest 10,000 are shown.
        timer.restart();
        auto burst = [sink](int from) {
            for (int i = from; i < from + 5500; ++i) {
                sink(entry(i, i % 50 == 0 ? 400 : 200));
            }
        };
        std::unique_ptr<QThread> a(QThread::create(burst, 1000));
        std::unique_ptr<QThread> b(QThread::create(burst, 6500));
        a->start();
        b->start();
        QVERIFY(a->wait(10000) && b->wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->totalAppended() + f->admin->requestLog()->droppedEntries(), 12000,
                                  5000);
        qInfo("a burst of 11000 handled in %lld ms, %lld dropped", timer.elapsed(),
              f->admin->requestLog()->droppedEntries());
        QCOMPARE(page.model()->rowCount(), RequestLogModel::kDefaultCapacity);

        page.setFilter(QString(), true);
        QVERIFY(page.filteredModel()->rowCount() > 0);
        for (int r = 0; r < page.filteredModel()->rowCount(); ++r) {
            QCOMPARE(page.filteredModel()->index(r, int(RequestLogModel::Column::Status)).data().toInt(), 400);
        }
        page.setFilter(QStringLiteral("/acme/web/order/11950"));
        QCOMPARE(page.filteredModel()->rowCount(), 1);
        page.setFilter(QStringLiteral("/acme/web/order/11950"), true);
        QCOMPARE(page.filteredModel()->rowCount(), 1);
        QCOMPARE(page.filteredModel()->index(0, int(RequestLogModel::Column::Problem)).data().toString(),
                 QStringLiteral("badNonce"));
    }

    void pauseHoldsRequestsUntilResumed()
    {
        LogPage page(f->admin.get());
        page.setPaused(true);
        f->admin->requestLog()->record(entry(1));
        f->admin->requestLog()->flush();
        QCOMPARE(page.model()->rowCount(), 0);
        page.setPaused(false);
        QCOMPARE(page.model()->rowCount(), 1);
    }

    void sinkOutlivesTheLog()
    {
        auto log = std::make_unique<RequestLog>(f->clock);
        const RequestLog::Sink sink = log->sink();
        log.reset();
        sink(entry(1)); // the server may still report while the console closes: dropped, no crash
    }
};

QTEST_MAIN(TestLogPage)
#include "TestLogPage.moc"
