// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AliasesPage.h"
#include "ui/MainWindow.h"
#include "ui/TermsPage.h"
#include "ui/TosModel.h"

#include "tests/ui/GovernanceUiFixture.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>

class TestTermsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GovernanceUiFixture> f;
    std::unique_ptr<TermsPage> page;

    void setTos(const QString &url, const QString &changes)
    {
        AliasConfig a = *f->config->alias(QStringLiteral("main"));
        a.termsOfServiceUrl = url;
        a.termsOfServiceChangeUrl = changes;
        QVERIFY(f->config->updateAlias(a, QStringLiteral("test")).isOk());
    }

private slots:
    void init()
    {
        f = std::make_unique<GovernanceUiFixture>([](AliasConfig &a) {
            a.termsOfServiceUrl = QStringLiteral("https://ca.test/tos/v1");
            a.termsOfServiceChangeUrl = QString();
            a.requireClientApprovalForTosChanges = true;
            a.agreeToNewTosAllowed = true;
        });
        page = std::make_unique<TermsPage>(f->admin.get());
        new QAbstractItemModelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
        page->show();
    }

    void cleanup()
    {
        page.reset();
        f.reset();
    }

    void historyCountsAgreementsPerVersion()
    {
        // Two accounts agree to v1; then the terms change and one of them agrees to v2.
        TestClient first(f->h, QStringLiteral("/acme/main/directory"));
        TestClient second(f->h, QStringLiteral("/acme/main/directory"));
        QCOMPARE(first.newAccount().status, 201);
        QCOMPARE(second.newAccount().status, 201);
        setTos(QStringLiteral("https://ca.test/tos/v2"), QStringLiteral("https://ca.test/tos/changes"));
        f->h.config->invalidate();
        AcmeResponse r = first.post(first.accountUrl, QJsonObject {{QStringLiteral("termsOfServiceAgreed"), true}});
        QCOMPARE(r.status, 200);

        QSignalSpy loaded(page.get(), &TermsPage::versionsLoaded);
        page->activate();
        QVERIFY(loaded.wait());
        QCOMPARE(page->currentAlias(), QStringLiteral("main"));
        QCOMPARE(page->model()->rowCount(), 2);
        QCOMPARE(page->model()->versionAt(0).url, QStringLiteral("https://ca.test/tos/v2"));
        QCOMPARE(page->model()->versionAt(0).agreedAccounts, 1);
        QCOMPARE(page->model()->versionAt(1).url, QStringLiteral("https://ca.test/tos/v1"));
        QCOMPARE(page->model()->versionAt(1).agreedAccounts, 1);
        QCOMPARE(page->model()->data(page->model()->index(0, int(TosModel::Column::Until))).toString(),
                 TosModel::tr("current"));
        QCOMPARE(page->model()->data(page->model()->index(0, int(TosModel::Column::ChangesUrl))).toString(),
                 QStringLiteral("https://ca.test/tos/changes"));

        // Current settings, as the alias has them.
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("tosUrl"))->text().contains(QLatin1String("tos/v2")));
        QVERIFY(page->findChild<QLabel *>(QStringLiteral("tosChangesUrl"))->text().contains(QLatin1String("changes")));
    }

    void followsConfigurationChanges()
    {
        QSignalSpy loaded(page.get(), &TermsPage::versionsLoaded);
        page->activate();
        QVERIFY(loaded.wait());
        QCOMPARE(page->model()->rowCount(), 1);
        loaded.clear();
        setTos(QStringLiteral("https://ca.test/tos/v3"), QString());
        QVERIFY(loaded.wait());
        QCOMPARE(page->model()->rowCount(), 2);
        QCOMPARE(page->model()->versionAt(0).url, QStringLiteral("https://ca.test/tos/v3"));
    }

    void editButtonOpensTheAliasEditor()
    {
        page.reset();
        MainWindow window(f->admin.get());
        window.show();
        auto *terms = qobject_cast<TermsPage *>(window.page(QStringLiteral("terms")));
        QVERIFY(terms);
        QSignalSpy loaded(terms, &TermsPage::versionsLoaded);
        window.showPage(QStringLiteral("terms"));
        QVERIFY(loaded.wait());
        QTest::mouseClick(terms->findChild<QPushButton *>(QStringLiteral("editTerms")), Qt::LeftButton);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("aliases"));
        auto *aliases = qobject_cast<AliasesPage *>(window.currentPage());
        QTRY_COMPARE(aliases->currentAlias(), QStringLiteral("main"));
    }
};

QTEST_MAIN(TestTermsPage)
#include "TestTermsPage.moc"
