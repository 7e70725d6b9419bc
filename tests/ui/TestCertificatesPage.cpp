// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CertificateModel.h"
#include "ui/CertificatesPage.h"
#include "ui/DashboardPage.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/Csr.h"
#include "core/crypto/MasterKey.h"
#include "core/crypto/PrivateKey.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "tests/ui/UiFixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>

class TestCertificatesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> f;
    std::unique_ptr<CaService> cas;
    std::unique_ptr<ProfileRepository> profiles;
    std::unique_ptr<IssuanceService> issuance;

    void issue(int n)
    {
        for (int i = 0; i < n; ++i) {
            const QString name = QStringLiteral("host%1.example.com").arg(i);
            Result<Csr> csr = Csr::build(*PrivateKey::generate(QStringLiteral("EC:P-256")), {name}, {name}, {});
            IssuanceRequest r;
            r.csrDer = csr->toDer();
            r.identifiers = {{QStringLiteral("dns"), name}};
            r.orderId = Crypto::randomId(8);
            f->clock.advanceMs(1000);
            QVERIFY(issuance->issue(r).isOk());
        }
    }

private slots:
    void init()
    {
        f = std::make_unique<UiFixture>();
        f->clock.setMs(QDateTime::currentMSecsSinceEpoch() - 3600000);
        cas = std::make_unique<CaService>(f->db, MasterKey::generate(), f->clock);
        profiles = std::make_unique<ProfileRepository>(f->db, f->clock);
        issuance = std::make_unique<IssuanceService>(f->db, *cas, *profiles, f->clock);
        QVERIFY(cas->createRootAndIssuing(QStringLiteral("Root"), QStringLiteral("CN=Root"), QStringLiteral("Issuing"),
                                          QStringLiteral("CN=Issuing"), QStringLiteral("EC:P-256"),
                                          Duration::fromSeconds(3650LL * 86400), Duration::fromSeconds(3650LL * 86400))
                    .isOk());
        QVERIFY(profiles->ensureDefaults(QStringLiteral("Issuing")).isOk());
        f->admin->setPki(cas.get(), issuance.get());
    }

    void cleanup()
    {
        f->admin.reset(); // stops the worker before the services it uses go
        issuance.reset();
        profiles.reset();
        cas.reset();
        f.reset();
    }

    void revokeFromBrowserReachesTheCrl()
    {
        issue(3);
        CertificatesPage page(f->admin.get());
        page.show();
        QSignalSpy loaded(page.model(), &CertificateModel::pageLoaded);
        page.activate();
        QVERIFY(loaded.wait());
        QCOMPARE(page.model()->rowCount(), 3);
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        QSignalSpy shown(&page, &CertificatesPage::detailsShown);
        table->selectRow(0);
        QVERIFY(shown.wait());
        QVERIFY(page.selectedPem().startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(page.selectedPem().count("BEGIN CERTIFICATE"), 3); // leaf, issuing, root

        const CertificateSummary before = page.model()->rowAt(0);
        QSignalSpy revoked(&page, &CertificatesPage::revokeFinished);
        page.revokeSelected(1);
        QVERIFY(revoked.wait());
        QCOMPARE(revoked.first().first().toBool(), true);
        QCOMPARE(page.model()->rowAt(0).status, QStringLiteral("revoked"));
        QVERIFY(page.model()
                    ->data(page.model()->index(0, int(CertificateModel::Column::Status)))
                    .toString()
                    .startsWith(QStringLiteral("Revoked")));

        // The next CRL lists it. (The page's details reload runs on the worker; an in-memory
        // SQLite database shares one cache, so let it finish before writing from this thread.)
        f->admin->executor()->waitForIdle();
        Result<CertificateAuthority> issuing = cas->find(QStringLiteral("Issuing"));
        Result<QByteArray> crl = issuance->crlPem(issuing->id);
        QVERIFY2(crl.isOk(), qPrintable(crl.isOk() ? QString() : crl.error().toLogString()));
        Result<QSqlQuery> q = f->db->exec(QStringLiteral("SELECT count(*) FROM certificates WHERE status = 'revoked' "
                                                         "AND serial = :s"),
                                          {{QStringLiteral("s"), before.serialHex}});
        QVERIFY(q.isOk() && q->next());
        QCOMPARE(q->value(0).toInt(), 1);
    }

    void modelPassesTesterAndPagesALargeTable()
    {
        issue(1);
        // 5,000 more rows copied from the real one: enough to prove paging without minutes of setup.
        Result<QSqlQuery> sample = f->db->exec(QStringLiteral("SELECT ca_id, der FROM certificates"));
        QVERIFY(sample.isOk() && sample->next());
        const QString ca = sample->value(0).toString();
        const QByteArray der = sample->value(1).toByteArray();
        QVERIFY(f->db
                    ->transaction([&]() -> VoidResult {
                        for (int i = 0; i < 5000; ++i) {
                            Result<QSqlQuery> q = f->db->exec(
                                QStringLiteral("INSERT INTO certificates (id, serial, ca_id, subject_dn, sans, der, "
                                               "not_before, not_after, status, created_at) VALUES (:id, :s, :ca, "
                                               ":sub, '[]', :der, 0, :na, 'valid', :c)"),
                                {{QStringLiteral("id"), QStringLiteral("bulk-%1").arg(i)},
                                 {QStringLiteral("s"), QStringLiteral("ff%1").arg(i, 8, 16, QLatin1Char('0'))},
                                 {QStringLiteral("ca"), ca},
                                 {QStringLiteral("sub"), QStringLiteral("CN=bulk%1").arg(i)},
                                 {QStringLiteral("der"), der},
                                 {QStringLiteral("na"), f->clock.nowMs() + 86400000},
                                 {QStringLiteral("c"), 1000 + i}});
                            if (!q) {
                                return q.error();
                            }
                        }
                        return {};
                    })
                    .isOk());
        CertificateModel model(f->admin.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy pages(&model, &CertificateModel::pageLoaded);
        model.reload();
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), model.pageSize());
        model.fetchMore({});
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 2 * model.pageSize());
        QVERIFY(model.canFetchMore({}));
        model.setFilter({QStringLiteral("CN=bulk4999"), {}});
        QVERIFY(pages.wait());
        QCOMPARE(model.rowCount(), 1);
    }

    void dashboardShowsCounts()
    {
        issue(2);
        DashboardPage page(f->admin.get());
        QSignalSpy shown(&page, &DashboardPage::overviewShown);
        page.activate();
        QVERIFY(shown.wait());
        QCOMPARE(page.cardValue(QStringLiteral("certificates")), QStringLiteral("2"));
        QCOMPARE(page.cardValue(QStringLiteral("cas")), QStringLiteral("2"));
    }
};

QTEST_MAIN(TestCertificatesPage)
#include "TestCertificatesPage.moc"
