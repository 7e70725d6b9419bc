// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ApprovalModel.h"
#include "ui/ApprovalsPage.h"
#include "ui/MainWindow.h"

#include "core/acme/PkiCertificates.h"
#include "core/admin/AuditCatalog.h"
#include "core/crypto/Csr.h"
#include "core/jose/Base64Url.h"
#include "tests/ui/GovernanceUiFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTextBrowser>

namespace {

QString requestId(const AcmeResponse &r)
{
    static const QRegularExpression re(QStringLiteral("RequestID=(\\d+)"));
    return re.match(EngineHarness::body(r).value(QStringLiteral("detail")).toString()).captured(1);
}

} // namespace

class TestApprovalsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GovernanceUiFixture> f;
    std::unique_ptr<ApprovalsPage> page;

    void loadPage()
    {
        page = std::make_unique<ApprovalsPage>(f->admin.get());
        new QAbstractItemModelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
        page->show();
        QSignalSpy loaded(page.get(), &ApprovalsPage::requestsLoaded);
        page->activate();
        QVERIFY(loaded.wait());
    }

private slots:
    void init()
    {
        f = std::make_unique<GovernanceUiFixture>([](AliasConfig &a) { a.requireApprovalForRegistration = true; });
    }

    void cleanup()
    {
        page.reset();
        f.reset();
    }

    void approvedClientRegistersOnItsNextTry()
    {
        TestClient client(f->h, QStringLiteral("/acme/main/directory"));
        AcmeResponse r = client.newAccount();
        QVERIFY(r.status >= 400);
        const QString id = requestId(r);
        QVERIFY(!id.isEmpty());

        loadPage();
        QCOMPARE(page->model()->rowCount(), 1);
        const ApprovalRequest shown = page->model()->requestAt(0);
        QCOMPARE(shown.id.value(), id);
        QCOMPARE(shown.kind, ApprovalRequest::Kind::Registration);
        QCOMPARE(shown.alias, QStringLiteral("main"));
        QCOMPARE(shown.keyThumbprint, client.key.publicJwk().thumbprint());
        QTRY_COMPARE(page->pendingCount(), 1);
        QCOMPARE(page->title(), ApprovalsPage::tr("Approvals (%1)").arg(1));

        auto *table = page->findChild<QTableView *>(QStringLiteral("approvals"));
        auto *approve = page->findChild<QPushButton *>(QStringLiteral("approveRequest"));
        QVERIFY(!approve->isEnabled());
        table->selectRow(0);
        QVERIFY(approve->isEnabled());
        QTest::keyClicks(page->findChild<QLineEdit *>(QStringLiteral("approvalComment")), QStringLiteral("known team"));
        QSignalSpy decided(page.get(), &ApprovalsPage::decisionFinished);
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(decided.wait());
        QCOMPARE(decided.first().first().toBool(), true);

        // The client's next request succeeds.
        r = client.newAccount();
        QCOMPARE(r.status, 201);

        // The decision is recorded with who and when, in the queue and in the audit log.
        Result<ApprovalRequest> stored = f->admin->approvals().find(ApprovalId(id));
        QVERIFY(stored.isOk());
        QCOMPARE(stored->decidedBy, QStringLiteral("admin:test"));
        QCOMPARE(stored->comment, QStringLiteral("known team"));
        QVERIFY(stored->decidedAt.isValid());
        QTRY_COMPARE(page->pendingCount(), 0);
        QCOMPARE(page->title(), ApprovalsPage::tr("Approvals"));
        QSignalSpy loaded(page.get(), &ApprovalsPage::requestsLoaded);
        page->setShowDecided(true);
        QVERIFY(loaded.wait());
        QCOMPARE(page->model()->rowCount(), 1);
        QVERIFY(page->model()->requestAt(0).status != ApprovalRequest::Status::Pending);
        QCOMPARE(page->model()->data(page->model()->index(0, int(ApprovalModel::Column::DecidedBy))).toString(),
                 QStringLiteral("admin:test"));
        Result<Page<AuditRecord>> audit = f->admin->audit().list(QString(), nullptr, 50);
        QVERIFY(audit.isOk());
        bool audited = false;
        for (const AuditRecord &e : audit->rows) {
            audited
                = audited || (e.action == QLatin1String("approval.approve") && e.actor == QLatin1String("admin:test"));
        }
        QVERIFY(audited);
    }

    void rejectedClientIsToldRejected()
    {
        TestClient client(f->h, QStringLiteral("/acme/main/directory"));
        QVERIFY(client.newAccount().status >= 400);
        loadPage();
        page->findChild<QTableView *>(QStringLiteral("approvals"))->selectRow(0);
        QSignalSpy decided(page.get(), &ApprovalsPage::decisionFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("rejectRequest")), Qt::LeftButton);
        QVERIFY(decided.wait());
        AcmeResponse r = client.newAccount();
        QVERIFY(r.status >= 400);
        QVERIFY(EngineHarness::body(r).value(QStringLiteral("detail")).toString().contains(QLatin1String("REJECT")));
    }

    void pagesTheQueueAndFiltersByAlias()
    {
        f->h.addAlias(QStringLiteral("other"));
        auto add = [this](const QString &alias, int n) {
            for (int i = 0; i < n; ++i) {
                f->clock.advanceMs(10);
                QVERIFY(f->admin->approvals()
                            .request(ApprovalRequest::Kind::Registration, alias,
                                     QStringLiteral("%1-thumbprint-%2").arg(alias).arg(i), QString(),
                                     QStringLiteral("{}"), Duration::fromSeconds(86400))
                            .isOk());
            }
        };
        add(QStringLiteral("main"), 250);
        add(QStringLiteral("other"), 3);
        loadPage();
        // The newest page first, the next when the view scrolls to its end: no "newest 500" cap.
        QCOMPARE(page->model()->rowCount(), page->model()->pageSize());
        QVERIFY(page->model()->hasMore());
        QCOMPARE(page->model()->requestAt(0).alias, QStringLiteral("other"));
        QSignalSpy loaded(page.get(), &ApprovalsPage::requestsLoaded);
        page->model()->fetchMore({});
        QVERIFY(loaded.wait());
        QCOMPARE(page->model()->rowCount(), 253);
        QVERIFY(!page->model()->hasMore());
        QSet<QString> ids;
        for (int row = 0; row < page->model()->rowCount(); ++row) {
            ids.insert(page->model()->requestAt(row).id.value());
        }
        QCOMPARE(ids.size(), 253); // no request twice across the page boundary

        auto *alias = page->findChild<QComboBox *>(QStringLiteral("aliasSelector"));
        QVERIFY(alias);
        QCOMPARE(alias->count(), 3); // all, main, other
        alias->setCurrentIndex(alias->findData(QStringLiteral("other")));
        QVERIFY(loaded.wait());
        QCOMPARE(page->model()->rowCount(), 3);
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(page->model()->requestAt(row).alias, QStringLiteral("other"));
        }
    }

    void newRequestBadgesNavigationAndNotifies()
    {
        MainWindow window(f->admin.get());
        auto *approvals = qobject_cast<ApprovalsPage *>(window.page(QStringLiteral("approvals")));
        QVERIFY(approvals);
        QTRY_COMPARE(approvals->pendingCount(), 0);
        approvals->setPollInterval(50);
        QSignalSpy notified(&window, &MainWindow::notified);

        TestClient client(f->h, QStringLiteral("/acme/main/directory"));
        const QString id = requestId(client.newAccount());
        QVERIFY(notified.wait());
        QVERIFY2(notified.first().at(1).toString().contains(id), qPrintable(notified.first().at(1).toString()));
        QTRY_COMPARE(approvals->pendingCount(), 1);
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        const int row = int(window.pages().indexOf(approvals));
        QCOMPARE(navigation->item(row)->text(), ApprovalsPage::tr("Approvals (%1)").arg(1));

        // Checking again does not notify again for the same request.
        QTest::qWait(300);
        QCOMPARE(notified.size(), 1);
    }

    void heldOrderIsShownAndIssuedOnApproval()
    {
        // Issue #8: an alias holding orders for one name; the engine gets a real CA.
        f = std::make_unique<GovernanceUiFixture>(
            [](AliasConfig &a) { a.orderApprovalPatterns = {QStringLiteral("secure.example.com")}; });
        QVERIFY(f->cas
                    .createRootAndIssuing(QStringLiteral("Test Root"), QStringLiteral("CN=Test Root"),
                                          QStringLiteral("Test Issuing"), QStringLiteral("CN=Test Issuing"),
                                          QStringLiteral("EC:P-256"), Duration::fromSeconds(10LL * 365 * 86400),
                                          Duration::fromSeconds(5LL * 365 * 86400))
                    .isOk());
        QVERIFY(f->profiles.ensureDefaults(QStringLiteral("Test Issuing")).isOk());
        PkiCertificates certificates(f->db, *f->h.config, f->cas, f->profiles, f->issuance, f->clock);
        f->h.engine = f->h.engineWith(f->h.validation.get(), &certificates, &f->policy);

        TestClient client(f->h, QStringLiteral("/acme/main/directory"));
        QCOMPARE(client.newAccount().status, 201);
        AcmeResponse created = client.newOrder({QStringLiteral("secure.example.com")});
        QCOMPARE(created.status, 201);
        const QString orderUrl = QString::fromLatin1(created.header("Location"));
        const QJsonObject order = EngineHarness::body(created);
        const QJsonObject authz = EngineHarness::body(
            client.postAsGet(order.value(QStringLiteral("authorizations")).toArray().first().toString()));
        QCOMPARE(
            client
                .post(authz.value(QStringLiteral("challenges")).toArray().first()[QStringLiteral("url")].toString(),
                      QJsonObject {})
                .status,
            200);
        const QByteArray csr
            = Csr::build(*PrivateKey::generate(QStringLiteral("EC:P-256")), {QStringLiteral("secure.example.com")},
                         {QStringLiteral("secure.example.com")})
                  ->toDer();
        AcmeResponse finalized = client.post(order.value(QStringLiteral("finalize")).toString(),
                                             QJsonObject {{QStringLiteral("csr"), Base64Url::encodeToString(csr)}});
        QCOMPARE(EngineHarness::body(finalized).value(QStringLiteral("status")).toString(),
                 QStringLiteral("processing"));

        loadPage();
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->requestAt(0).kind, ApprovalRequest::Kind::Order);
        QCOMPARE(page->model()->data(page->model()->index(0, int(ApprovalModel::Column::Kind))).toString(),
                 ApprovalModel::tr("Order"));
        QTRY_COMPARE(page->pendingCount(), 1);
        page->findChild<QTableView *>(QStringLiteral("approvals"))->selectRow(0);
        // The admin sees what would be issued, for whom: identifiers, CSR subject, order and account.
        const QString details = page->findChild<QTextBrowser *>(QStringLiteral("approvalDetails"))->toPlainText();
        QVERIFY2(details.contains(QLatin1String("secure.example.com (dns)")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("CN=secure.example.com")), qPrintable(details));
        QVERIFY2(details.contains(orderUrl.section(QLatin1Char('/'), -1)), qPrintable(details));
        QVERIFY2(details.contains(client.accountUrl.section(QLatin1Char('/'), -1)), qPrintable(details));

        QSignalSpy decided(page.get(), &ApprovalsPage::decisionFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("approveRequest")), Qt::LeftButton);
        QVERIFY(decided.wait());
        QCOMPARE(decided.first().first().toBool(), true);
        QTRY_COMPARE(page->pendingCount(), 0);

        // The client's next poll gets the certificate.
        const QJsonObject polled = EngineHarness::body(client.postAsGet(orderUrl));
        QCOMPARE(polled.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QVERIFY(!polled.value(QStringLiteral("certificate")).toString().isEmpty());
    }
};

QTEST_MAIN(TestApprovalsPage)
#include "TestApprovalsPage.moc"
