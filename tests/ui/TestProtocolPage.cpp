// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProtocolPage.h"

#include "tests/ui/UiFixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>

class TestProtocolPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> f;
    std::unique_ptr<ProtocolPage> page;

    void loadPage()
    {
        page = std::make_unique<ProtocolPage>(f->admin.get());
        page->show();
        page->activate();
        f->admin->executor()->waitForIdle();
        QTRY_VERIFY(page->findChild<QComboBox *>(QStringLiteral("defaultAlias"))->count() > 0);
    }

private slots:
    void init()
    {
        f = std::make_unique<UiFixture>();
        QVERIFY(f->config->addAlias(AliasConfig::withDefaults(QStringLiteral("web")), QStringLiteral("t")).isOk());
        loadPage();
    }

    void cleanup()
    {
        page.reset();
        f.reset();
    }

    void enablingPersistsAcrossPages()
    {
        QVERIFY(!f->config->settings()->acmeEnabled); // the reference's default
        auto *enabled = page->findChild<QCheckBox *>(QStringLiteral("acmeEnabled"));
        auto *save = page->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled());
        enabled->setFocus();
        QTest::keyClick(enabled, Qt::Key_Space);
        QVERIFY(enabled->isChecked());
        QVERIFY(save->isEnabled());
        QSignalSpy saved(page.get(), &ProtocolPage::saveFinished);
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(saved.wait());
        QCOMPARE(saved.first().first().toBool(), true);
        QVERIFY(f->config->settings()->acmeEnabled);
        QVERIFY(!page->isModified());

        // A fresh page reads the stored value back.
        loadPage();
        QTRY_VERIFY(page->findChild<QCheckBox *>(QStringLiteral("acmeEnabled"))->isChecked());
    }

    void openApiSwitchSaves()
    {
        QVERIFY(!f->config->settings()->openApiEnabled); // off by default (issue #8)
        auto *openApi = page->findChild<QCheckBox *>(QStringLiteral("openApiEnabled"));
        QVERIFY(openApi);
        QVERIFY(!openApi->isChecked());
        openApi->setFocus();
        QTest::keyClick(openApi, Qt::Key_Space);
        QSignalSpy saved(page.get(), &ProtocolPage::saveFinished);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        QVERIFY(saved.wait());
        QCOMPARE(saved.first().first().toBool(), true);
        QVERIFY(f->config->settings()->openApiEnabled);
        loadPage();
        QTRY_VERIFY(page->findChild<QCheckBox *>(QStringLiteral("openApiEnabled"))->isChecked());
    }

    void nonceValidityAndDefaultAliasSave()
    {
        auto *nonce = page->findChild<QSpinBox *>(QStringLiteral("nonceValidity"));
        nonce->setValue(120000);
        QSignalSpy saved(page.get(), &ProtocolPage::saveFinished);
        page->save();
        QVERIFY(saved.wait());
        QCOMPARE(f->config->settings()->nonceValidityMs, 120000);
        QCOMPARE(f->config->settings()->defaultAlias, QStringLiteral("web"));
    }

    void invalidInputBlocksSave_data()
    {
        QTest::addColumn<QString>("widget");
        QTest::addColumn<QString>("text");
        QTest::newRow("host name with invalid characters")
            << QStringLiteral("hostnames") << QStringLiteral("ca_example!");
        QTest::newRow("public URL not http") << QStringLiteral("publicUrl") << QStringLiteral("ftp://ca.example");
    }

    void invalidInputBlocksSave()
    {
        QFETCH(QString, widget);
        QFETCH(QString, text);
        auto *edit = page->findChild<QLineEdit *>(widget);
        QTest::keyClicks(edit, text);
        QVERIFY(!page->validationProblem().isEmpty());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
        QSignalSpy saved(page.get(), &ProtocolPage::saveFinished);
        page->save();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY(f->config->settings()->serverHostnames.isEmpty());
    }

    void revertRestoresStoredValues()
    {
        auto *enabled = page->findChild<QCheckBox *>(QStringLiteral("acmeEnabled"));
        enabled->setChecked(true);
        QVERIFY(page->isModified());
        page->revert();
        QVERIFY(!enabled->isChecked());
        QVERIFY(!page->isModified());
    }
};

QTEST_MAIN(TestProtocolPage)
#include "TestProtocolPage.moc"
