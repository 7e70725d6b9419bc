// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SetupWizard.h"

#include "core/crypto/MasterKey.h"
#include "core/util/Clock.h"
#include "tests/support/TestDatabases.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>

class TestSetupWizard : public QObject
{
    Q_OBJECT

private slots:
    void createsCaAliasAndEnablesAcme();
    void importingAMissingFileShowsAnErrorAndCreatesNothing();
};

struct SetupFixture
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    ConfigStore config {db, clock};
    CaService cas {db, MasterKey::generate(), clock};
    ProfileRepository profiles {db, clock};
    SetupService setup {config, cas, profiles};
};

void TestSetupWizard::createsCaAliasAndEnablesAcme()
{
    SetupFixture f;
    QVERIFY(!f.setup.isInitialized());
    SetupWizard wizard(f.setup);
    wizard.findChildren<QSpinBox *>().at(0)->setValue(9442); // TLS port
    const QList<QLineEdit *> edits = wizard.findChildren<QLineEdit *>();
    for (QLineEdit *e : edits) {
        if (e->text() == QLatin1String("default")) {
            e->setText(QStringLiteral("corp"));
        }
    }
    wizard.accept();
    QVERIFY2(wizard.lastError().isEmpty(), qPrintable(wizard.lastError()));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(f.setup.isInitialized());
    QVERIFY(f.config.alias(QStringLiteral("corp")).isOk());
    const GlobalSettings s = *f.config.settings();
    QVERIFY2(s.acmeEnabled, "the wizard enables ACME in one click (checked by default)");
    QCOMPARE(s.tlsPort, 9442);
    QCOMPARE(s.defaultAlias, QStringLiteral("corp"));
    QCOMPARE(f.cas.list()->size(), 2); // root and issuing
}

void TestSetupWizard::importingAMissingFileShowsAnErrorAndCreatesNothing()
{
    SetupFixture f;
    SetupWizard wizard(f.setup);
    const QList<QLineEdit *> edits = wizard.findChildren<QLineEdit *>();
    // The import radio button and its two file fields.
    for (QRadioButton *r : wizard.findChildren<QRadioButton *>()) {
        if (r->text().contains(QLatin1String("Import"))) {
            r->setChecked(true);
        }
    }
    for (QLineEdit *e : edits) {
        if (e->placeholderText().contains(QLatin1String("certificate"))
            || e->placeholderText().contains(QLatin1String("private key"))) {
            e->setText(QStringLiteral("/nonexistent/file.pem"));
        }
    }
    wizard.accept();
    QVERIFY(!wizard.lastError().isEmpty());
    QVERIFY(wizard.result() != int(QDialog::Accepted));
    QVERIFY(!f.setup.isInitialized());
}

QTEST_MAIN(TestSetupWizard)
#include "TestSetupWizard.moc"
