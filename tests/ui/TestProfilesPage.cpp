// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CertificateProfilesPage.h"
#include "ui/EndEntityProfilesPage.h"

#include "core/pki/ProfileRepository.h"
#include "core/storage/Database.h"
#include "tests/ui/UiFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>

class TestProfilesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> f;
    std::unique_ptr<ProfileRepository> profiles;
    QString lastMessage;

    template<typename PageT> std::unique_ptr<PageT> loadedPage()
    {
        auto page = std::make_unique<PageT>(f->admin.get());
        connect(page.get(), &ConsolePage::messageRequested, this,
                [this](const QString &text, MessageBar::Type) { lastMessage = text; });
        QSignalSpy loaded(page.get(), &ProfilesPage::loaded);
        page->activate();
        [&]() { QVERIFY(loaded.wait()); }();
        return page;
    }

private slots:
    void init()
    {
        f = std::make_unique<UiFixture>();
        profiles = std::make_unique<ProfileRepository>(f->db, f->clock);
        QVERIFY(profiles->ensureDefaults(QStringLiteral("Issuing")).isOk());
    }

    void cleanup()
    {
        f->admin.reset();
        profiles.reset();
        f.reset();
    }

    void editsEveryCertificateProfileField()
    {
        auto page = loadedPage<CertificateProfilesPage>();
        QCOMPARE(page->list()->count(), 1);
        QCOMPARE(page->list()->item(0)->text(), QStringLiteral("ACME_TLS"));
        QCOMPARE(page->nameEdit()->text(), QStringLiteral("ACME_TLS"));

        page->cloneSelected();
        QCOMPARE(page->originalName(), QString());
        page->nameEdit()->setText(QStringLiteral("Clients"));
        page->checkBox(QStringLiteral("RSA"))->setChecked(false);
        page->checkBox(QStringLiteral("P-521"))->setChecked(true);
        page->checkBox(QStringLiteral("serverAuth"))->setChecked(false);
        page->checkBox(QStringLiteral("clientAuth"))->setChecked(true);
        page->validityEdit()->setText(QStringLiteral("1y"));
        QSignalSpy saved(page.get(), &ProfilesPage::saveFinished);
        QSignalSpy loaded(page.get(), &ProfilesPage::loaded);
        page->save();
        QVERIFY(saved.wait());
        QVERIFY2(saved.first().first().toBool(), qPrintable(lastMessage));
        QVERIFY(loaded.wait());
        QCOMPARE(page->list()->count(), 2);

        Result<CertificateProfile> stored = profiles->certificateProfile(QStringLiteral("Clients"));
        QVERIFY(stored.isOk());
        QCOMPARE(stored->keyAlgorithms, QStringList {QStringLiteral("EC")});
        QVERIFY(stored->ecCurves.contains(QStringLiteral("P-521")));
        QCOMPARE(stored->extendedKeyUsage, QStringList {QStringLiteral("clientAuth")});
        QCOMPARE(stored->validity.toString(), Duration::parse(QStringLiteral("1y"))->toString());
        QVERIFY(profiles->certificateProfile(QStringLiteral("ACME_TLS")).isOk()); // the original stays
    }

    void certificateProfileErrorsAreShownInPlainWords_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("validity not a duration") << "validity"
                                                 << "soon"
                                                 << "validity";
        QTest::newRow("RSA size not a number") << "rsaBits"
                                               << "2048, big"
                                               << "'big' is not a number";
        QTest::newRow("RSA size out of range") << "rsaBits"
                                               << "1024"
                                               << "1024";
        QTest::newRow("no name") << "name"
                                 << ""
                                 << "name";
    }
    void certificateProfileErrorsAreShownInPlainWords()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, shown);
        auto page = loadedPage<CertificateProfilesPage>();
        QLineEdit *edit = field == QLatin1String("validity") ? page->validityEdit()
            : field == QLatin1String("rsaBits")              ? page->rsaBitsEdit()
                                                             : page->nameEdit();
        edit->setText(value);
        QSignalSpy saved(page.get(), &ProfilesPage::saveFinished);
        page->save();
        QCOMPARE(saved.size(), 1); // refused before any database work
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY2(lastMessage.startsWith(QStringLiteral("Saving the certificate profile")), qPrintable(lastMessage));
        QVERIFY2(lastMessage.contains(shown), qPrintable(lastMessage));
    }

    void removingAProfileInUseIsRefused()
    {
        auto page = loadedPage<CertificateProfilesPage>();
        QSignalSpy removed(page.get(), &ProfilesPage::removeFinished);
        page->removeSelected(true);
        QVERIFY(removed.wait());
        QCOMPARE(removed.first().first().toBool(), false);
        QVERIFY2(lastMessage.contains(QStringLiteral("ACME_EE")), qPrintable(lastMessage));
        QVERIFY(profiles->certificateProfile(QStringLiteral("ACME_TLS")).isOk());
    }

    void endEntityProfileCreateEditRemove()
    {
        auto page = loadedPage<EndEntityProfilesPage>();
        QCOMPARE(page->list()->count(), 1);
        page->newProfile();
        page->nameEdit()->setText(QStringLiteral("Small"));
        page->maxSanDnsBox()->setValue(3);
        page->defaultCaBox()->setCurrentText(QStringLiteral("Issuing"));
        QSignalSpy saved(page.get(), &ProfilesPage::saveFinished);
        QSignalSpy loaded(page.get(), &ProfilesPage::loaded);
        page->save();
        QVERIFY(saved.wait());
        QVERIFY2(saved.takeFirst().first().toBool(), qPrintable(lastMessage));
        QVERIFY(loaded.wait());
        Result<EndEntityProfile> stored = profiles->endEntityProfile(QStringLiteral("Small"));
        QVERIFY(stored.isOk());
        QCOMPARE(stored->maxSanDns, 3);
        QCOMPARE(stored->defaultCa, QStringLiteral("Issuing"));

        // Out of the core's range: the core's rule is shown, nothing is stored.
        page->maxSanDnsBox()->setValue(5000);
        page->save();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.takeFirst().first().toBool(), false);
        QVERIFY2(lastMessage.contains(QStringLiteral("The profile is not valid")), qPrintable(lastMessage));
        QCOMPARE(profiles->endEntityProfile(QStringLiteral("Small"))->maxSanDns, 3);

        // Renaming replaces the profile under its new name.
        page->revert();
        page->nameEdit()->setText(QStringLiteral("Tiny"));
        page->save();
        QVERIFY(saved.wait());
        QVERIFY(saved.takeFirst().first().toBool());
        QVERIFY(loaded.wait());
        QVERIFY(!profiles->endEntityProfile(QStringLiteral("Small")).isOk());
        QVERIFY(profiles->endEntityProfile(QStringLiteral("Tiny")).isOk());

        QCOMPARE(page->list()->currentItem()->text(), QStringLiteral("Tiny"));
        QSignalSpy removed(page.get(), &ProfilesPage::removeFinished);
        page->removeSelected(true);
        QVERIFY(removed.wait());
        QVERIFY(removed.first().first().toBool());
        QCOMPARE(profiles->endEntityProfile(QStringLiteral("Tiny")).error().code(), CoreError::Code::NotFound);
        Result<QSqlQuery> q = f->db->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE object LIKE 'ee:%'"));
        QVERIFY(q.isOk() && q->next());
        QCOMPARE(q->value(0).toInt(), 3); // create, rename, remove
    }
};

QTEST_MAIN(TestProfilesPage)
#include "TestProfilesPage.moc"
