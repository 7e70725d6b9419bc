// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/approvals/ApprovalService.h"

#include "tests/support/TestDatabases.h"

#include <QTest>

using Kind = ApprovalRequest::Kind;
using State = ApprovalOutcome::State;

namespace {

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

} // namespace

class TestApprovalService : public QObject
{
    Q_OBJECT

private slots:
    void lifecycle();
    void lifecycle_data() { addBackendRows(); }
    void expiry_data();
    void expiry();
    void decisionsAreFinal();
    void decisionsAreFinal_data() { addBackendRows(); }
};

void TestApprovalService::lifecycle()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock;
    ApprovalService service(db, clock);
    const Duration day = Duration::fromSeconds(86400);
    Result<ApprovalOutcome> first = service.request(Kind::Registration, QStringLiteral("main"), QStringLiteral("tp1"),
                                                    QString(), QStringLiteral("{}"), day);
    QVERIFY(first.isOk());
    QCOMPARE(first->state, State::Created);
    QCOMPARE(first->request.id.value().size(), 9);
    Result<ApprovalOutcome> again = service.request(Kind::Registration, QStringLiteral("main"), QStringLiteral("tp1"),
                                                    QString(), QStringLiteral("{}"), day);
    QCOMPARE(again->state, State::Pending);
    QCOMPARE(again->request.id, first->request.id);
    QCOMPARE(service.list(true)->size(), 1);

    QVERIFY(service.approve(first->request.id, QStringLiteral("admin:alice"), QStringLiteral("ok")).isOk());
    Result<ApprovalRequest> decided = service.find(first->request.id);
    QCOMPARE(decided->status, ApprovalRequest::Status::Approved);
    QCOMPARE(decided->decidedBy, QStringLiteral("admin:alice"));
    QCOMPARE(decided->decidedAt, clock.now());
    QCOMPARE(decided->comment, QStringLiteral("ok"));
    QCOMPARE(service.list(true)->size(), 0);
    QCOMPARE(service
                 .request(Kind::Registration, QStringLiteral("main"), QStringLiteral("tp1"), QString(),
                          QStringLiteral("{}"), day)
                 ->state,
             State::Approved);
    QVERIFY(service.complete(first->request.id).isOk());
    QCOMPARE(service.complete(first->request.id).error().code(), CoreError::Code::Conflict);
    // Once completed, the same key asking again starts a new request.
    QCOMPARE(service
                 .request(Kind::Registration, QStringLiteral("main"), QStringLiteral("tp1"), QString(),
                          QStringLiteral("{}"), day)
                 ->state,
             State::Created);
}

void TestApprovalService::expiry_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expected");
    for (const QString &b : TestDatabases::backends()) {
        QTest::addRow("%s registration stays expired", qPrintable(b))
            << b << int(Kind::Registration) << int(State::Expired);
        QTest::addRow("%s key change is renewed", qPrintable(b)) << b << int(Kind::KeyChange) << int(State::Created);
    }
}

void TestApprovalService::expiry()
{
    QFETCH(QString, backend);
    QFETCH(int, kind);
    QFETCH(int, expected);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock;
    ApprovalService service(db, clock);
    const QString account = Kind(kind) == Kind::KeyChange ? QStringLiteral("acct1") : QString();
    Result<ApprovalOutcome> first = service.request(Kind(kind), QStringLiteral("main"), QStringLiteral("tp"), account,
                                                    QStringLiteral("{}"), Duration::fromSeconds(60));
    clock.advanceMs(60 * 1000);
    QCOMPARE(service.find(first->request.id)->status, ApprovalRequest::Status::Expired);
    QCOMPARE(service.approve(first->request.id, QStringLiteral("a"), QString()).error().code(),
             CoreError::Code::Conflict);
    Result<ApprovalOutcome> later = service.request(Kind(kind), QStringLiteral("main"), QStringLiteral("tp"), account,
                                                    QStringLiteral("{}"), Duration::fromSeconds(60));
    QCOMPARE(int(later->state), expected);
    QCOMPARE(later->request.id == first->request.id, expected == int(State::Expired));
}

void TestApprovalService::decisionsAreFinal()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock;
    ApprovalService service(db, clock);
    const ApprovalId id = service
                              .request(Kind::KeyChange, QStringLiteral("main"), QStringLiteral("tp"),
                                       QStringLiteral("acct"), QStringLiteral("{}"), Duration::fromSeconds(60))
                              ->request.id;
    QVERIFY(service.reject(id, QStringLiteral("admin:bob"), QStringLiteral("no")).isOk());
    QCOMPARE(service.approve(id, QStringLiteral("admin:eve"), QString()).error().code(), CoreError::Code::Conflict);
    QCOMPARE(service.find(id)->decidedBy, QStringLiteral("admin:bob"));
    QCOMPARE(service.find(ApprovalId(QStringLiteral("1"))).error().code(), CoreError::Code::NotFound);
    QCOMPARE(service.list(false)->size(), 1);
}

QTEST_GUILESS_MAIN(TestApprovalService)
#include "TestApprovalService.moc"
