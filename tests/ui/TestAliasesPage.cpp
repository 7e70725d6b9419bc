// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AliasEditor.h"
#include "ui/AliasFields.h"
#include "ui/AliasNameDialog.h"
#include "ui/AliasesPage.h"

#include "tests/ui/UiFixture.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

class TestAliasesPage : public QObject
{
    Q_OBJECT

private:
    /** Answers the next modal name dialog with `name` (the dialog runs its own event loop). */
    static void answerNameDialog(const QString &name)
    {
        QTimer::singleShot(0, qApp, [name]() {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("aliasName"));
            QVERIFY(edit);
            edit->selectAll();
            QTest::keyClicks(edit, name);
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(ok->isEnabled());
            QTest::mouseClick(ok, Qt::LeftButton);
        });
    }

    std::unique_ptr<UiFixture> f;
    std::unique_ptr<AliasesPage> page;

private slots:
    void init()
    {
        f = std::make_unique<UiFixture>();
        page = std::make_unique<AliasesPage>(f->admin.get());
        page->show();
        QSignalSpy loaded(page.get(), &AliasesPage::aliasesLoaded);
        page->activate();
        QVERIFY(loaded.wait());
    }

    void cleanup()
    {
        page.reset();
        f.reset();
    }

    void editorHasEveryAliasField()
    {
        QStringList shown;
        for (const AliasFields::Field &field : AliasFields::all()) {
            shown << field.name;
            QVERIFY2(!field.help.isEmpty(), qPrintable(field.name));
            QWidget *editor = page->editor()->findChild<QWidget *>(field.name);
            QVERIFY2(editor, qPrintable(field.name));
            QCOMPARE(editor->toolTip(), field.help);
        }
        QCOMPARE(shown, AliasConfig::fieldNames());
    }

    void addButtonCreatesAliasInStore()
    {
        QSignalSpy done(page.get(), &AliasesPage::actionFinished);
        answerNameDialog(QStringLiteral("web"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addAlias")), Qt::LeftButton);
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toBool(), true);
        Result<AliasConfig> stored = f->config->alias(QStringLiteral("web"));
        QVERIFY(stored.isOk());
        QCOMPARE(page->aliasNames(), QStringList {QStringLiteral("web")});
        QCOMPARE(page->currentAlias(), QStringLiteral("web"));
        // The only alias becomes the default (reference), so the plain directory URL reaches it.
        QCOMPARE(page->defaultAlias(), QStringLiteral("web"));
        const QStringList urls = page->directoryUrls();
        QVERIFY(urls.contains(QStringLiteral("https://localhost:8442/acme/web/directory")));
        QVERIFY(urls.contains(QStringLiteral("https://localhost:8442/acme/directory?configurationId=web")));
        QVERIFY(urls.contains(QStringLiteral("https://localhost:8443/acme/web/directory")));
        QVERIFY(urls.contains(QStringLiteral("https://localhost:8443/acme/directory")));
    }

    void nameDialogRejectsInvalidNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("space") << QStringLiteral("my alias");
        QTest::newRow("slash") << QStringLiteral("a/b");
        QTest::newRow("too long") << QString(251, QLatin1Char('a'));
    }

    void nameDialogRejectsInvalidNames()
    {
        QFETCH(QString, name);
        QVERIFY(!AliasNameDialog::problemWith(name, {}).isEmpty());
        QVERIFY(AliasNameDialog::problemWith(QStringLiteral("ok-Name_1"), {}).isEmpty());
        QVERIFY(!AliasNameDialog::problemWith(QStringLiteral("taken"), {QStringLiteral("taken")}).isEmpty());
    }

    void invalidDurationShowsErrorAndIsNotSaved()
    {
        QVERIFY(f->config->addAlias(AliasConfig::withDefaults(QStringLiteral("web")), QStringLiteral("t")).isOk());
        QSignalSpy loaded(page.get(), &AliasesPage::aliasesLoaded);
        page->refresh();
        QVERIFY(loaded.wait());
        page->selectAlias(QStringLiteral("web"));

        auto *duration = page->editor()->findChild<QLineEdit *>(QStringLiteral("orderValidity"));
        QVERIFY(duration);
        duration->selectAll();
        QTest::keyClicks(duration, QStringLiteral("10 days"));
        auto *problem = page->editor()->findChild<QLabel *>(QStringLiteral("orderValidityProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("10d 12h")));
        auto *save = page->findChild<QPushButton *>(QStringLiteral("saveAlias"));
        QVERIFY(!save->isEnabled());
        page->save(); // even forced, nothing reaches the store
        QCOMPARE(f->config->alias(QStringLiteral("web"))->orderValidity.toString(), QStringLiteral("1h"));

        duration->selectAll();
        QTest::keyClicks(duration, QStringLiteral("90m"));
        QVERIFY(!problem->isVisible());
        QVERIFY(save->isEnabled());
        QSignalSpy done(page.get(), &AliasesPage::actionFinished);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(done.wait());
        QCOMPARE(f->config->alias(QStringLiteral("web"))->orderValidity.toString(), QStringLiteral("1h 30m"));
        QCOMPARE(duration->text(), QStringLiteral("1h 30m")); // normalised when stored
    }

    void fieldChecks_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("port list") << QStringLiteral("authorizedRedirectPorts") << QStringLiteral("80, 443") << true;
        QTest::newRow("empty port list means no restriction")
            << QStringLiteral("authorizedRedirectPorts") << QString() << true;
        QTest::newRow("port out of range")
            << QStringLiteral("authorizedRedirectPorts") << QStringLiteral("80,70000") << false;
        QTest::newRow("port not a number")
            << QStringLiteral("authorizedRedirectPorts") << QStringLiteral("http") << false;
        QTest::newRow("https URL") << QStringLiteral("termsOfServiceUrl") << QStringLiteral("https://ca.example/tos")
                                   << true;
        QTest::newRow("URL without scheme") << QStringLiteral("siteUrl") << QStringLiteral("ca.example") << false;
        QTest::newRow("ftp URL") << QStringLiteral("siteUrl") << QStringLiteral("ftp://ca.example") << false;
        QTest::newRow("resolver IP") << QStringLiteral("dnsResolver") << QStringLiteral("192.0.2.53") << true;
        QTest::newRow("resolver name") << QStringLiteral("dnsResolver") << QStringLiteral("dns.example") << false;
        QTest::newRow("CIDR list") << QStringLiteral("validationDenyRanges") << QStringLiteral("10.0.0.0/8,::1/128")
                                   << true;
        QTest::newRow("bad CIDR") << QStringLiteral("validationDenyRanges") << QStringLiteral("10.0.0.0/40") << false;
        QTest::newRow("duration with units") << QStringLiteral("approvalValidity") << QStringLiteral("10d 12h") << true;
        QTest::newRow("zero duration") << QStringLiteral("orderValidity") << QStringLiteral("0s") << false;
        QTest::newRow("empty end entity profile") << QStringLiteral("endEntityProfile") << QString() << false;
    }

    void fieldChecks()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(bool, valid);
        AliasEditor editor;
        editor.setAlias(AliasConfig::withDefaults(QStringLiteral("web")));
        editor.setFieldText(field, text);
        QCOMPARE(editor.isValid(), valid);
        QCOMPARE(editor.problems().contains(field), !valid);
        QCOMPARE(editor.alias().isOk(), valid);
    }

    void dnSchemeNeedsAttributes()
    {
        AliasEditor editor;
        editor.setAlias(AliasConfig::withDefaults(QStringLiteral("web")));
        editor.setFieldText(QStringLiteral("raNameSchemeParameters"), QString());
        QVERIFY(editor.isValid()); // RANDOM ignores the attribute list
        editor.setFieldText(QStringLiteral("raNameScheme"), QStringLiteral("DN"));
        QVERIFY(!editor.isValid());
        QVERIFY(editor.problems().contains(QStringLiteral("raNameSchemeParameters")));
    }

    void cloneRenameSetDefaultAndDelete()
    {
        QVERIFY(f->config->addAlias(AliasConfig::withDefaults(QStringLiteral("web")), QStringLiteral("t")).isOk());
        QSignalSpy loaded(page.get(), &AliasesPage::aliasesLoaded);
        page->refresh();
        QVERIFY(loaded.wait());
        page->selectAlias(QStringLiteral("web"));

        QSignalSpy done(page.get(), &AliasesPage::actionFinished);
        answerNameDialog(QStringLiteral("mail"));
        page->cloneAlias();
        QVERIFY(done.wait());
        QVERIFY(f->config->alias(QStringLiteral("mail")).isOk());
        QCOMPARE(page->currentAlias(), QStringLiteral("mail"));

        page->setDefault();
        QVERIFY(done.wait());
        QCOMPARE(f->config->settings()->defaultAlias, QStringLiteral("mail"));

        answerNameDialog(QStringLiteral("email"));
        page->renameAlias();
        QVERIFY(done.wait());
        QCOMPARE(page->aliasNames(), (QStringList {QStringLiteral("email"), QStringLiteral("web")}));
        QVERIFY(!f->config->alias(QStringLiteral("mail")).isOk());
    }
};

QTEST_MAIN(TestAliasesPage)
#include "TestAliasesPage.moc"
