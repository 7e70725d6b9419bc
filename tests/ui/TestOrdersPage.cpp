// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OrderModel.h"
#include "ui/OrdersPage.h"

#include "core/storage/OrderRepository.h"
#include "tests/ui/UiFixture.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

class TestOrdersPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> f;

    /** `n` orders of acct-0000, one a second apart; every 10th is invalid with a challenge error. */
    void addOrders(int n)
    {
        OrderRepository orders(f->db);
        QVERIFY(f->db
                    ->transaction([&]() -> VoidResult {
                        for (int i = 0; i < n; ++i) {
                            const bool failed = i % 10 == 0;
                            const QString name = QStringLiteral("host%1.example.com").arg(i);
                            AuthorizationRow a;
                            a.id = QStringLiteral("authz-%1").arg(i);
                            a.accountId = QStringLiteral("acct-0000");
                            a.alias = QStringLiteral("web");
                            a.identifierType = QStringLiteral("dns");
                            a.identifierValue = name;
                            a.status = failed ? QStringLiteral("invalid") : QStringLiteral("valid");
                            a.expires = f->clock.nowMs() + 86400000;
                            a.createdAt = a.updatedAt = f->clock.nowMs() + i * 1000;
                            if (VoidResult r = orders.insertAuthorization(a); !r) {
                                return r;
                            }
                            ChallengeRow c;
                            c.id = a.id + QStringLiteral("-dns");
                            c.authzId = a.id;
                            c.type = QStringLiteral("dns-01");
                            c.token = QStringLiteral("t");
                            c.status = a.status;
                            if (failed) {
                                c.error = QStringLiteral("{\"type\":\"urn:ietf:params:acme:error:dns\",\"detail\":"
                                                         "\"No TXT record found at _acme-challenge.%1\"}")
                                              .arg(name);
                            }
                            c.createdAt = c.updatedAt = a.createdAt;
                            if (VoidResult r = orders.insertChallenge(c); !r) {
                                return r;
                            }
                            OrderRow o;
                            o.id = QStringLiteral("order-%1").arg(i, 5, 10, QLatin1Char('0'));
                            o.accountId = a.accountId;
                            o.alias = a.alias;
                            o.status = failed ? QStringLiteral("invalid") : QStringLiteral("valid");
                            o.identifiers = QStringLiteral("[{\"type\":\"dns\",\"value\":\"%1\"}]").arg(name);
                            o.expires = a.expires;
                            o.createdAt = o.updatedAt = a.createdAt;
                            if (VoidResult r = orders.insertOrder(o, {a.id}); !r) {
                                return r;
                            }
                        }
                        return {};
                    })
                    .isOk());
    }

private slots:
    void init()
    {
        f = std::make_unique<UiFixture>();
        f->addAccounts(1);
    }

    void cleanup()
    {
        f->admin.reset();
        f.reset();
    }

    void modelPassesTesterAndPagesFromSql()
    {
        addOrders(450);
        OrderModel model(f->admin.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &OrderModel::pageLoaded);
        model.reload();
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), model.pageSize());
        QCOMPARE(model.rowAt(0).id.value(), QStringLiteral("order-00449")); // newest first
        model.fetchMore({});
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 2 * model.pageSize());
        model.fetchMore({});
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 450);
        QVERIFY(!model.canFetchMore({}));
        model.setFilter({{}, QStringLiteral("invalid"), {}});
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 45);
    }

    void searchFiltersAndDetailsShowChallengeErrors()
    {
        addOrders(30);
        OrdersPage page(f->admin.get());
        QSignalSpy pages(page.model(), &OrderModel::pageLoaded);
        page.activate();
        QVERIFY(pages.wait());
        QCOMPARE(page.model()->rowCount(), 30);

        // Typing in the search field filters after the delay, as an admin would see it.
        page.findChild<QLineEdit *>(QStringLiteral("search"))->setText(QStringLiteral("host20.example"));
        QVERIFY(pages.wait());
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->rowAt(0).id.value(), QStringLiteral("order-00020"));

        QSignalSpy shown(&page, &OrdersPage::detailsShown);
        page.table()->setCurrentIndex(page.model()->index(0, 0));
        QVERIFY(shown.wait());
        const QString details = page.detailsText();
        QVERIFY2(details.contains(QStringLiteral("dns-01")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("No TXT record found at _acme-challenge.host20.example.com")),
                 qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("acct-0000")));

        // The status filter combines with the search.
        page.setFilter(QStringLiteral("example.com"), QStringLiteral("invalid"));
        QVERIFY(pages.wait());
        QCOMPARE(page.model()->rowCount(), 3);
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("statusFilter"))->currentData().toString(),
                 QStringLiteral("invalid"));
        page.setFilter(QStringLiteral("nothing.invalid"));
        QVERIFY(pages.wait());
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void heldOrderShowsItsApprovalRequest_data()
    {
        QTest::addColumn<QString>("approvalId");
        QTest::addColumn<QString>("requestStatus"); // of the approval request row, empty for none
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("tooltip");
        QTest::addColumn<QString>("details");
        QTest::newRow("undecided") << "approval-7" << QString() << "Awaiting approval"
                                   << "approval-7"
                                   << "approval request approval-7";
        // The administrator approved; the server issues at its next pass over held orders (every
        // 2 s). Until then the CSR is still held, and the browser must not say "Awaiting approval".
        QTest::newRow("approved, not yet issued") << "approval-8"
                                                  << "approved"
                                                  << "Approved, issuing"
                                                  << "approval-8 was approved"
                                                  << "approval-8 was approved";
    }

    void heldOrderShowsItsApprovalRequest()
    {
        QFETCH(QString, approvalId);
        QFETCH(QString, requestStatus);
        QFETCH(QString, cell);
        QFETCH(QString, tooltip);
        QFETCH(QString, details);
        addOrders(3);
        OrderRepository orders(f->db);
        QVERIFY(f->db->exec(QStringLiteral("UPDATE orders SET status = 'ready' WHERE id = 'order-00001'")).isOk());
        const Result<bool> held
            = orders.holdOrder(QStringLiteral("order-00001"), QStringLiteral("Y3Ny"), approvalId, f->clock.nowMs());
        QVERIFY(held && *held);
        if (!requestStatus.isEmpty()) {
            QVERIFY(f->db
                        ->exec(QStringLiteral("INSERT INTO approval_requests (id, alias, kind, key_thumbprint, "
                                              "payload, status, created_at, expires_at) VALUES (:id, 'default', "
                                              "'order', 'tp', '{}', :s, 1, 2)"),
                               {{QStringLiteral("id"), approvalId}, {QStringLiteral("s"), requestStatus}})
                        .isOk());
        }
        OrdersPage page(f->admin.get());
        QSignalSpy pages(page.model(), &OrderModel::pageLoaded);
        page.activate();
        QVERIFY(pages.wait());
        int row = -1;
        for (int i = 0; i < page.model()->rowCount(); ++i) {
            if (page.model()->rowAt(i).id.value() == QLatin1String("order-00001")) {
                row = i;
            }
        }
        QVERIFY(row >= 0);
        const QModelIndex status = page.model()->index(row, int(OrderModel::Column::Status));
        QCOMPARE(status.data().toString(), cell);
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(tooltip));
        QCOMPARE(page.model()->index(0, int(OrderModel::Column::Status)).data().toString(), QStringLiteral("Valid"));

        QSignalSpy shown(&page, &OrdersPage::detailsShown);
        page.table()->setCurrentIndex(page.model()->index(row, 0));
        QVERIFY(shown.wait());
        const QString text = page.detailsText();
        QVERIFY2(text.contains(details), qPrintable(text));
    }
};

QTEST_MAIN(TestOrdersPage)
#include "TestOrdersPage.moc"
