// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CaModel.h"
#include "ui/CasPage.h"
#include "ui/CertificateModel.h"
#include "ui/CertificatesPage.h"
#include "ui/DashboardPage.h"

#include "core/acme/PkiCertificates.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Csr.h"
#include "core/crypto/MasterKey.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Certificate.h"
#include "core/jose/Base64Url.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "tests/support/EngineHarness.h"
#include "tests/ui/UiFixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
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

    /** The serials the issuing CA's next CRL lists, read back with openssl(1), lowercase without leading zeros. */
    QStringList crlSerials()
    {
        f->admin->executor()->waitForIdle();
        Result<CertificateAuthority> issuing = cas->find(QStringLiteral("Issuing"));
        Result<QByteArray> crl = issuance->crlPem(issuing->id);
        if (!crl) {
            return {QStringLiteral("CRL failed: ") + crl.error().toLogString()};
        }
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("crl"), QStringLiteral("-noout"), QStringLiteral("-text")});
        openssl.write(*crl);
        openssl.closeWriteChannel();
        if (!openssl.waitForFinished(20000) || openssl.exitCode() != 0) {
            return {QStringLiteral("openssl failed")};
        }
        QStringList serials;
        static const QRegularExpression line(QStringLiteral("Serial Number: ([0-9A-Fa-f]+)"));
        auto it = line.globalMatch(QString::fromLatin1(openssl.readAllStandardOutput()));
        while (it.hasNext()) {
            serials << normalSerial(it.next().captured(1));
        }
        return serials;
    }

    static QString normalSerial(const QString &hex)
    {
        QString s = hex.toLower();
        while (s.size() > 1 && s.startsWith(QLatin1Char('0'))) {
            s.remove(0, 1);
        }
        return s;
    }

    /** Loads the page's first page of certificates. */
    void load(CertificatesPage &page)
    {
        page.show();
        QSignalSpy loaded(page.model(), &CertificateModel::pageLoaded);
        page.activate();
        QVERIFY(loaded.wait());
    }

    /** The engine's renewalInfo (RFC 9773) answer for a stored certificate: the suggested window's start. */
    QDateTime renewalWindowStart(const CertificateId &id)
    {
        f->admin->executor()->waitForIdle();
        PkiCertificates facade(f->db, *f->config, *cas, *profiles, *issuance, f->clock);
        EngineHarness h(&facade, nullptr, f->db);
        h.clock.setMs(f->clock.nowMs());
        if (h.config->aliases()->isEmpty()) {
            h.addAlias(QStringLiteral("main"));
            h.enable();
        }
        TestClient c(h);
        if (!c.fetchDirectory()) {
            return {};
        }
        Result<CertificateRecord> record = issuance->findById(id);
        const X509Certificate cert = *X509Certificate::fromDer(record->der);
        QByteArray serial = QByteArray::fromHex(cert.serialHex().toLatin1());
        if (static_cast<unsigned char>(serial.at(0)) & 0x80) {
            serial.prepend('\0');
        }
        const QString certId
            = Base64Url::encodeToString(cert.authorityKeyId()) + QLatin1Char('.') + Base64Url::encodeToString(serial);
        AcmeResponse r = h.request("GET", c.url("renewalInfo") + QLatin1Char('/') + certId);
        if (r.status != 200) {
            return {};
        }
        const QJsonObject w = EngineHarness::body(r).value(QStringLiteral("suggestedWindow")).toObject();
        return QDateTime::fromString(w.value(QStringLiteral("start")).toString(), Qt::ISODate);
    }

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

    void bulkRevokeOfSelectedRowsReachesTheCrl()
    {
        issue(5);
        CertificatesPage page(f->admin.get());
        page.setBulkBatchSize(2);
        load(page);
        QCOMPARE(page.model()->rowCount(), 5);
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        auto *revoke = page.findChild<QPushButton *>(QStringLiteral("revokeButton"));
        // Rows 0, 1 and 3 selected as an admin would with Ctrl+click.
        for (int row : {0, 1, 3}) {
            table->selectionModel()->select(page.model()->index(row, 0),
                                            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QVERIFY(revoke->isEnabled());
        QVERIFY(revoke->text().contains(QLatin1Char('3')));
        QStringList chosen;
        QStringList others;
        for (int row = 0; row < 5; ++row) {
            (QList<int> {0, 1, 3}.contains(row) ? chosen : others) << normalSerial(page.model()->rowAt(row).serialHex);
        }
        QSignalSpy messages(&page, &ConsolePage::messageRequested);
        QSignalSpy done(&page, &CertificatesPage::bulkRevokeFinished);
        page.revokeSelected(1);
        QVERIFY(page.bulkProgress() != nullptr);
        QVERIFY(done.wait());
        QCOMPARE(done.first().at(0).toLongLong(), 3); // revoked
        QCOMPARE(done.first().at(1).toLongLong(), 0); // already revoked
        QCOMPARE(done.first().at(2).toLongLong(), 0); // failed
        QCOMPARE(done.first().at(3).toBool(), true);
        QVERIFY(!page.bulkProgress());
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.constLast().first().toString().contains(QStringLiteral("3 revoked")),
                 qPrintable(messages.constLast().first().toString()));

        const QStringList listed = crlSerials();
        for (const QString &s : chosen) {
            QVERIFY2(listed.contains(s), qPrintable(s + QStringLiteral(" not in ") + listed.join(QLatin1Char(' '))));
        }
        for (const QString &s : others) {
            QVERIFY(!listed.contains(s));
        }
        Result<QSqlQuery> audited = f->db->exec(QStringLiteral(
            "SELECT count(*) FROM audit_log WHERE action = 'certificate.revoke' AND actor = 'admin:test'"));
        QVERIFY(audited.isOk() && audited->next());
        QCOMPARE(audited->value(0).toInt(), 3);
    }

    void revokeAllMatchingCancelsBetweenBatchesAndResumes()
    {
        issue(6);
        CertificatesPage page(f->admin.get());
        page.setBulkBatchSize(2);
        load(page);
        // Cancel as soon as the first batch is done: exactly one batch is revoked.
        bool cancelled = false;
        connect(&page, &CertificatesPage::bulkRevokeProgressed, this, [&page, &cancelled]() {
            if (!cancelled && page.bulkProgress()) {
                cancelled = true;
                page.bulkProgress()->cancel();
            }
        });
        QSignalSpy done(&page, &CertificatesPage::bulkRevokeFinished);
        page.revokeMatching(4, false);
        QVERIFY(done.wait());
        QCOMPARE(done.first().at(0).toLongLong(), 2);
        QCOMPARE(done.first().at(3).toBool(), false);
        QCOMPARE(crlSerials().size(), 2);

        // Again over everything: the two revoked before count as already revoked.
        page.revokeMatching(4, false);
        QVERIFY(done.wait());
        QCOMPARE(done.at(1).at(0).toLongLong(), 4);
        QCOMPARE(done.at(1).at(1).toLongLong(), 2);
        QCOMPARE(done.at(1).at(3).toBool(), true);
        QCOMPARE(crlSerials().size(), 6);
    }

    void renewEarlyFromTheBrowserReachesRenewalInfo()
    {
        issue(2);
        CertificatesPage page(f->admin.get());
        load(page);
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        QSignalSpy shown(&page, &CertificatesPage::detailsShown);
        table->selectRow(0);
        QVERIFY(shown.wait());
        const CertificateId marked = page.model()->rowAt(0).id;
        const CertificateId other = page.model()->rowAt(1).id;
        const QDateTime normal = renewalWindowStart(other);
        QVERIFY(normal.isValid());
        QVERIFY(normal > f->clock.now().addDays(30));

        f->clock.advanceMs(60000);
        const QDateTime at = QDateTime::fromSecsSinceEpoch(f->clock.nowMs() / 1000, Qt::UTC);
        auto *button = page.findChild<QPushButton *>(QStringLiteral("renewEarlyButton"));
        QVERIFY(button->isEnabled());
        QSignalSpy renewed(&page, &CertificatesPage::renewEarlyFinished);
        QSignalSpy details(&page, &CertificatesPage::detailsShown);
        button->click();
        QVERIFY(renewed.wait());
        QCOMPARE(renewed.first().first().toBool(), true);
        QVERIFY(page.model()->rowAt(0).renewEarlyAt.isValid());
        QVERIFY(details.wait());
        QCOMPARE(renewalWindowStart(marked).toSecsSinceEpoch(), at.toSecsSinceEpoch());
        QCOMPARE(renewalWindowStart(other), normal);
        Result<QSqlQuery> audited
            = f->db->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'certificate.renewEarly'"));
        QVERIFY(audited.isOk() && audited->next());
        QCOMPARE(audited->value(0).toInt(), 1);
    }

    void renewEarlyOfACaReachesRenewalInfo()
    {
        issue(1);
        CertificateId id;
        {
            // Finished before the worker writes: in-memory SQLite locks tables an open read uses.
            Result<QSqlQuery> q = f->db->exec(QStringLiteral("SELECT id FROM certificates"));
            QVERIFY(q.isOk() && q->next());
            id = CertificateId(q->value(0).toString());
        }
        const QDateTime normal = renewalWindowStart(id);
        QVERIFY(normal > f->clock.now().addDays(30));

        CasPage page(f->admin.get());
        page.show();
        QSignalSpy loaded(&page, &CasPage::loaded);
        page.activate();
        QVERIFY(loaded.wait());
        page.table()->setCurrentIndex(page.model()->index(page.model()->rowOf(QStringLiteral("Issuing")), 0));
        f->clock.advanceMs(60000);
        const QDateTime at = QDateTime::fromSecsSinceEpoch(f->clock.nowMs() / 1000, Qt::UTC);
        QSignalSpy renewed(&page, &CasPage::renewEarlyFinished);
        QSignalSpy messages(&page, &ConsolePage::messageRequested);
        page.markSelectedForEarlyRenewal(false);
        QVERIFY(renewed.wait());
        QVERIFY2(renewed.first().first().toBool(),
                 qPrintable(messages.isEmpty() ? QString() : messages.constLast().first().toString()));
        QVERIFY(loaded.wait());
        QCOMPARE(renewalWindowStart(id).toSecsSinceEpoch(), at.toSecsSinceEpoch());
        QTRY_VERIFY(page.detailsText().contains(QStringLiteral("Renew early since")));
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
