// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CaModel.h"
#include "ui/CasPage.h"

#include "core/crypto/MasterKey.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "core/storage/Database.h"
#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/CrossSigning.h"
#include "tests/support/TestDatabases.h"
#include "tests/ui/UiFixture.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

class TestCasPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> f;
    std::unique_ptr<CaService> cas;
    std::unique_ptr<ProfileRepository> profiles;
    std::unique_ptr<IssuanceService> issuance;
    QString lastMessage;

    std::unique_ptr<CasPage> loadedPage()
    {
        auto page = std::make_unique<CasPage>(f->admin.get());
        connect(page.get(), &ConsolePage::messageRequested, this,
                [this](const QString &text, MessageBar::Type) { lastMessage = text; });
        QSignalSpy loaded(page.get(), &CasPage::loaded);
        page->activate();
        [&]() { QVERIFY(loaded.wait()); }();
        return page;
    }

    qint64 auditCount(const QString &action)
    {
        Result<QSqlQuery> q = f->db->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = :a"),
                                          {{QStringLiteral("a"), action}});
        return TestDatabases::firstValue(q, -1).toLongLong();
    }

private slots:
    void init()
    {
        f = std::make_unique<UiFixture>();
        cas = std::make_unique<CaService>(f->db, MasterKey::generate(), f->clock);
        profiles = std::make_unique<ProfileRepository>(f->db, f->clock);
        issuance = std::make_unique<IssuanceService>(f->db, *cas, *profiles, f->clock);
        f->admin->setPki(cas.get(), issuance.get());
    }

    void cleanup()
    {
        f->admin.reset();
        issuance.reset();
        profiles.reset();
        cas.reset();
        f.reset();
    }

    void createsRootAndIssuingOffTheGuiThreadWithProgress()
    {
        std::unique_ptr<CasPage> page = loadedPage();
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->rowCount(), 0);
        CaCreateRequest r;
        r.name = QStringLiteral("Example Root");
        r.keySpec = QStringLiteral("EC:P-384");
        r.validity = QStringLiteral("10y");
        r.withIssuing = true;
        r.issuingName = QStringLiteral("Example Issuing");
        r.issuingValidity = QStringLiteral("5y");
        QSignalSpy done(page.get(), &CasPage::createFinished);
        QSignalSpy loaded(page.get(), &CasPage::loaded);
        page->create(r);
        QVERIFY(page->isWorking()); // the progress shows while the worker generates the keys
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), true);
        QVERIFY(!page->isWorking());
        QVERIFY(loaded.wait());
        QCOMPARE(page->model()->rowCount(), 2);
        const CaSummary root = page->model()->caAt(page->model()->rowOf(QStringLiteral("Example Root")));
        const CaSummary issuing = page->model()->caAt(page->model()->rowOf(QStringLiteral("Example Issuing")));
        QVERIFY(root.isRoot);
        QCOMPARE(root.subjectDn, QStringLiteral("CN=Example Root"));
        QCOMPARE(root.keyType, QStringLiteral("EC:P-384"));
        QVERIFY(!issuing.isRoot);
        QCOMPARE(issuing.issuerName, QStringLiteral("Example Root"));
        QCOMPARE(CaModel::kindText(issuing), QStringLiteral("Issuing (under Example Root)"));
        QCOMPARE(auditCount(QStringLiteral("ca.create")), 2);

        // The new issuing CA is selected; its details carry the chain up to the root.
        QSignalSpy shown(page.get(), &CasPage::detailsShown);
        QVERIFY(shown.wait());
        QCOMPARE(page->chainPem().count("BEGIN CERTIFICATE"), 2);
        QVERIFY(page->detailsText().contains(QStringLiteral("Next CRL number")));
    }

    void rejectsWhatTheCommandLineRejects_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("keySpec");
        QTest::addColumn<QString>("validity");
        QTest::addColumn<QString>("shown");
        QTest::newRow("no name") << QString() << QStringLiteral("EC:P-256") << QStringLiteral("10y")
                                 << QStringLiteral("A CA needs a name");
        QTest::newRow("validity not a duration")
            << QStringLiteral("X") << QStringLiteral("EC:P-256") << QStringLiteral("ten years")
            << QStringLiteral("'ten years' is not a duration");
        QTest::newRow("unknown key type")
            << QStringLiteral("X") << QStringLiteral("DSA:1024") << QStringLiteral("1y") << QStringLiteral("DSA");
    }
    void rejectsWhatTheCommandLineRejects()
    {
        QFETCH(QString, name);
        QFETCH(QString, keySpec);
        QFETCH(QString, validity);
        QFETCH(QString, shown);
        std::unique_ptr<CasPage> page = loadedPage();
        CaCreateRequest r;
        r.name = name;
        r.keySpec = keySpec;
        r.validity = validity;
        QSignalSpy done(page.get(), &CasPage::createFinished);
        page->create(r);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), false);
        QVERIFY2(lastMessage.contains(shown), qPrintable(lastMessage));
        QVERIFY2(!lastMessage.contains(QStringLiteral("SQL")) && !lastMessage.contains(QStringLiteral("error:")),
                 qPrintable(lastMessage));
    }

    void importsAnEncryptedKeyAsTheCommandLineDoes()
    {
        // A root made with the openssl command line, its key encrypted with a passphrase.
        QTemporaryDir dir;
        const QDir d(dir.path());
        auto path = [&](const char *name) { return d.filePath(QLatin1String(name)); };
        OpenSslCli::Output o = OpenSslCli::run(
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), path("root.key"), QStringLiteral("-out"), path("root.pem"),
             QStringLiteral("-subj"), QStringLiteral("/CN=Imported Root"), QStringLiteral("-days"),
             QStringLiteral("3650"), QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
             QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
        QVERIFY2(o.ok(), o.err.constData());
        o = OpenSslCli::run({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"), path("root.key"),
                             QStringLiteral("-passout"), QStringLiteral("pass:import-me"), QStringLiteral("-out"),
                             path("root-enc.key")});
        QVERIFY2(o.ok(), o.err.constData());

        std::unique_ptr<CasPage> page = loadedPage();
        QSignalSpy done(page.get(), &CasPage::importFinished);
        page->importFiles(QStringLiteral("Imported"), path("root.pem"), path("root-enc.key"), "wrong");
        QVERIFY(done.wait(30000));
        QCOMPARE(done.takeFirst().first().toBool(), false);
        QVERIFY2(lastMessage.contains(QStringLiteral("Importing CA 'Imported' failed")), qPrintable(lastMessage));
        QVERIFY2(!lastMessage.contains(QStringLiteral("error:")), qPrintable(lastMessage)); // no OpenSSL text

        page->importFiles(QStringLiteral("Imported"), path("missing.pem"), path("root-enc.key"), "import-me");
        QCOMPARE(done.takeFirst().first().toBool(), false); // answered at once, nothing to import
        QVERIFY(lastMessage.contains(QStringLiteral("missing.pem")));

        QSignalSpy loaded(page.get(), &CasPage::loaded);
        page->importFiles(QStringLiteral("Imported"), path("root.pem"), path("root-enc.key"), "import-me");
        QVERIFY(done.wait(30000));
        QCOMPARE(done.takeFirst().first().toBool(), true);
        QVERIFY(loaded.wait());
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->caAt(0).subjectDn, QStringLiteral("CN=Imported Root"));
        QVERIFY(page->model()->caAt(0).hasKey);
        QCOMPARE(auditCount(QStringLiteral("ca.import")), 1);
    }

    void addsAndRemovesAChainToAnotherRoot()
    {
        // What `anvil ca add-chain` / `remove-chain` do, from the details pane: the chain is checked,
        // listed with its root, offered to ACME clients (CaService serves it) and audited.
        Result<CertificateAuthority> root
            = cas->createRoot(QStringLiteral("Root"), QStringLiteral("CN=Root"), QStringLiteral("EC:P-256"),
                              Duration::fromMs(3650LL * 24 * 3600 * 1000));
        QVERIFY(root.isOk());
        CrossMaterial m(cas->chainPem(root->id));
        QVERIFY(m.ok);
        QTemporaryDir dir;
        const QString good = OpenSslCli::write(QDir(dir.path()), QStringLiteral("cross.pem"), m.cross + m.other);
        const QString bad = OpenSslCli::write(QDir(dir.path()), QStringLiteral("unrelated.pem"), m.third);

        std::unique_ptr<CasPage> page = loadedPage();
        auto *add = page->findChild<QPushButton *>(QStringLiteral("addChainButton"));
        auto *remove = page->findChild<QPushButton *>(QStringLiteral("removeChainButton"));
        QVERIFY(add && remove);
        QVERIFY(!add->isEnabled()); // no CA selected
        QSignalSpy shown(page.get(), &CasPage::detailsShown);
        page->table()->setCurrentIndex(page->model()->index(0, 0));
        QVERIFY(shown.wait());
        QVERIFY(add->isEnabled());
        QVERIFY(!remove->isEnabled()); // nothing to remove yet
        QVERIFY(!page->detailsText().contains(QStringLiteral("Alternate chains")));

        QSignalSpy added(page.get(), &CasPage::chainAdded);
        page->addChainFromFile(bad);
        QVERIFY(added.wait(30000));
        QCOMPARE(added.takeFirst().first().toBool(), false);
        QVERIFY2(lastMessage.contains(QStringLiteral("Adding a chain to CA Root failed")), qPrintable(lastMessage));
        QVERIFY(cas->alternateChains(root->id)->isEmpty());

        page->addChainFromFile(good);
        QVERIFY(added.wait(30000));
        QCOMPARE(added.takeFirst().first().toBool(), true);
        QVERIFY2(lastMessage.contains(QStringLiteral("CN=Other Root")), qPrintable(lastMessage));
        QVERIFY(shown.wait());
        QCOMPARE(page->alternateRoots(), QStringList {QStringLiteral("CN=Other Root")});
        QVERIFY(page->detailsText().contains(QStringLiteral("to CN=Other Root")));
        QVERIFY(remove->isEnabled());
        QCOMPARE(cas->alternateChains(root->id)->size(), 1);
        QCOMPARE(auditCount(QStringLiteral("ca.chain.add")), 1);

        page->addChainFromFile(good); // the same root again
        QVERIFY(added.wait(30000));
        QCOMPARE(added.takeFirst().first().toBool(), false);
        QVERIFY2(lastMessage.contains(QStringLiteral("already has a chain")), qPrintable(lastMessage));

        QSignalSpy removed(page.get(), &CasPage::chainRemoved);
        page->removeChain(QStringLiteral("CN=Other Root"));
        QVERIFY(removed.wait(30000));
        QCOMPARE(removed.takeFirst().first().toBool(), true);
        QVERIFY(shown.wait());
        QVERIFY(page->alternateRoots().isEmpty());
        QVERIFY(!remove->isEnabled());
        QVERIFY(cas->alternateChains(root->id)->isEmpty());
        QCOMPARE(auditCount(QStringLiteral("ca.chain.remove")), 1);
    }
};

QTEST_MAIN(TestCasPage)
#include "TestCasPage.moc"
