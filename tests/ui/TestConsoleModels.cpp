// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccountModel.h"
#include "ui/AuditModel.h"

#include "tests/ui/UiFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

class TestConsoleModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> f;

private slots:
    void init() { f = std::make_unique<UiFixture>(); }
    void cleanup() { f.reset(); }

    void accountModelPassesTesterWhilePaging()
    {
        f->addAccounts(45);
        AccountModel model(f->admin.get());
        model.setPageSize(20);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &AccountModel::pageLoaded);
        model.reload();
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.data(model.index(0, int(AccountModel::Column::Id))).toString(), QStringLiteral("acct-0044"));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 40);
        model.fetchMore({});
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 45);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.data(model.index(44, int(AccountModel::Column::Id))).toString(), QStringLiteral("acct-0000"));
    }

    void accountFilterReloads()
    {
        f->addAccounts(10);
        AccountModel model(f->admin.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &AccountModel::pageLoaded);
        model.setFilter(AccountFilter {QStringLiteral("admin7@"), {}, {}});
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowAt(0).id.value(), QStringLiteral("acct-0007"));
    }

    void reloadDropsAPageOfTheOldFilter()
    {
        f->addAccounts(10);
        AccountModel model(f->admin.get());
        QSignalSpy pages(&model, &AccountModel::pageLoaded);
        model.setFilter(AccountFilter {QStringLiteral("acct"), {}, {}});
        model.setFilter(AccountFilter {QStringLiteral("admin3@"), {}, {}}); // before the first page arrived
        QVERIFY(pages.wait());
        f->admin->executor()->waitForIdle();
        QCoreApplication::processEvents();
        QCOMPARE(pages.size(), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void auditModelPassesTesterWhilePaging()
    {
        f->addAuditRecords(30);
        QCOMPARE(*f->admin->audit().count(), 30);
        AuditModel model(f->admin.get());
        model.setPageSize(25);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &AuditModel::pageLoaded);
        model.reload();
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 25);
        QCOMPARE(model.data(model.index(0, int(AuditModel::Column::Sequence))).toLongLong(), 30);
        model.fetchMore({});
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 30);
        QVERIFY(!model.canFetchMore({}));
        model.setFilterText(QStringLiteral("object-1"));
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 11); // object-1 and object-10..19
    }
};

QTEST_MAIN(TestConsoleModels)
#include "TestConsoleModels.moc"
