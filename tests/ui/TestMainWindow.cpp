// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccountModel.h"
#include "ui/AccountsPage.h"
#include "ui/AuditPage.h"
#include "ui/ErrorMessages.h"
#include "ui/Languages.h"
#include "ui/MainWindow.h"
#include "ui/MessageBar.h"
#include "ui/SettingsDialog.h"
#include "ui/SvgIconEngine.h"
#include "ui/Theme.h"

#include "tests/ui/UiFixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<UiFixture> f;

private slots:
    void init() { f = std::make_unique<UiFixture>(); }

    void cleanup()
    {
        Languages::apply(QStringLiteral("en"));
        Theme::apply(QStringLiteral("system"));
        f.reset();
    }

    void everyIconParses()
    {
        const QStringList icons = QDir(QStringLiteral(":/icons")).entryList({QStringLiteral("*.svg")});
        QVERIFY(icons.size() >= 20);
        for (const QString &name : icons) {
            SvgIconEngine engine(QStringLiteral(":/icons/") + name);
            QVERIFY2(engine.isValid(), qPrintable(name));
            const QImage image = engine.pixmap(QSize(24, 24), QIcon::Normal, QIcon::Off).toImage();
            bool painted = false;
            for (int y = 0; y < image.height() && !painted; ++y) {
                for (int x = 0; x < image.width() && !painted; ++x) {
                    painted = qAlpha(image.pixel(x, y)) > 0;
                }
            }
            QVERIFY2(painted, qPrintable(name));
        }
    }

    void pathDataParses_data()
    {
        QTest::addColumn<QString>("data");
        QTest::addColumn<bool>("ok");
        QTest::newRow("absolute and relative lines") << QStringLiteral("M4 4h16v16H4z") << true;
        QTest::newRow("cubic and smooth cubic") << QStringLiteral("M4 21C4 17 8 15 12 15S20 17 20 21") << true;
        QTest::newRow("arcs are not in the subset") << QStringLiteral("M4 4a2 2 0 0 1 4 4") << false;
    }

    void pathDataParses()
    {
        QFETCH(QString, data);
        QFETCH(bool, ok);
        QPainterPath path;
        QCOMPARE(SvgIconEngine::parsePathData(data, &path), ok);
    }

    void navigationShowsPagesAndShortcutsSwitch()
    {
        MainWindow window(f->admin.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->count(), window.pages().size());
        QVERIFY(window.page(QStringLiteral("protocol")));
        QVERIFY(window.page(QStringLiteral("aliases")));
        QVERIFY(window.page(QStringLiteral("accounts")));
        QVERIFY(window.page(QStringLiteral("audit")));
        const int accounts = window.pages().indexOf(window.page(QStringLiteral("accounts")));
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + accounts), Qt::ControlModifier);
        QCOMPARE(window.currentPage()->pageId(), QStringLiteral("accounts"));
        QTRY_COMPARE(window.findChild<QLabel *>(QStringLiteral("protocolState"))->text(),
                     QStringLiteral("ACME disabled"));
    }

    void remembersLastPageAndGeometry()
    {
        {
            MainWindow window(f->admin.get());
            window.show();
            window.resize(900, 640);
            window.showPage(QStringLiteral("audit"));
            window.close();
        }
        MainWindow again(f->admin.get());
        QCOMPARE(again.currentPage()->pageId(), QStringLiteral("audit"));
        QCOMPARE(again.size(), QSize(900, 640));
    }

    void storageErrorsNeverShowTheirText()
    {
        const CoreError storage(CoreError::Code::Storage, QStringLiteral("no such table: aliases"),
                                QStringLiteral("SELECT * FROM aliases"));
        const QString shown = ErrorMessages::describe(QStringLiteral("Saving failed."), storage);
        QVERIFY(!shown.contains(QStringLiteral("table")));
        QVERIFY(!shown.contains(QStringLiteral("SELECT")));
        const CoreError malformed(CoreError::Code::Malformed, QStringLiteral("orderValidity: must be at least 1s"));
        QVERIFY(ErrorMessages::describe(QStringLiteral("Saving failed."), malformed)
                    .contains(QStringLiteral("at least 1s")));

        MainWindow window(f->admin.get());
        window.messageBar()->showError(shown);
        QVERIFY(!window.messageBar()->isHidden());
        QCOMPARE(window.messageBar()->type(), MessageBar::Type::Error);
    }

    void languageSwitchRetranslatesAtOnce_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("accounts");
        QTest::newRow("Swedish") << QStringLiteral("sv") << QStringLiteral("Konton");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("Konten");
    }

    void languageSwitchRetranslatesAtOnce()
    {
        QFETCH(QString, code);
        QFETCH(QString, accounts);
        MainWindow window(f->admin.get());
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        const int row = window.pages().indexOf(window.page(QStringLiteral("accounts")));
        QCOMPARE(nav->item(row)->text(), QStringLiteral("Accounts"));
        SettingsDialog dialog(&window);
        dialog.setLanguage(code);
        dialog.apply();
        QCoreApplication::processEvents();
        QCOMPARE(nav->item(row)->text(), accounts);
        dialog.setLanguage(QStringLiteral("en"));
        dialog.apply();
        QCoreApplication::processEvents();
        QCOMPARE(nav->item(row)->text(), QStringLiteral("Accounts"));
    }

    void darkAndLightPalettesKeepContrast_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void darkAndLightPalettesKeepContrast()
    {
        QFETCH(QString, theme);
        const QPalette p = theme == QLatin1String("dark") ? Theme::darkPalette() : Theme::lightPalette();
        // WCAG contrast of text on its background stays above 4.5:1.
        auto luminance = [](const QColor &c) {
            auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        auto contrast = [&](const QColor &a, const QColor &b) {
            const qreal la = luminance(a);
            const qreal lb = luminance(b);
            return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
        };
        QVERIFY(contrast(p.color(QPalette::Text), p.color(QPalette::Base)) > 4.5);
        QVERIFY(contrast(p.color(QPalette::WindowText), p.color(QPalette::Window)) > 4.5);
        QVERIFY(contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)) > 4.5);
        QVERIFY(contrast(p.color(QPalette::ButtonText), p.color(QPalette::Button)) > 4.5);
        QVERIFY(contrast(p.color(QPalette::Link), p.color(QPalette::Base)) > 4.5);
        Theme::apply(theme);
        QCOMPARE(Theme::isDark(), theme == QLatin1String("dark"));
    }

    void deactivateFromAccountsPage()
    {
        f->addAccounts(3);
        AccountsPage page(f->admin.get());
        page.show();
        QSignalSpy loaded(page.model(), &AccountModel::pageLoaded);
        page.activate();
        QVERIFY(loaded.wait());
        auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
        QSignalSpy shown(&page, &AccountsPage::detailsShown);
        table->selectRow(1);
        QVERIFY(shown.wait());
        QCOMPARE(shown.first().first().toString(), QStringLiteral("acct-0001"));
        QSignalSpy done(&page, &AccountsPage::deactivateFinished);
        page.deactivateSelected(false);
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toBool(), true);
        QCOMPARE(page.model()->rowAt(1).status, QStringLiteral("deactivated"));
        QCOMPARE(page.model()->data(page.model()->index(1, int(AccountModel::Column::Status))).toString(),
                 QStringLiteral("Deactivated"));
    }

    void auditPageVerifiesChain()
    {
        f->addAuditRecords(5);
        MainWindow window(f->admin.get());
        auto *audit = qobject_cast<AuditPage *>(window.page(QStringLiteral("audit")));
        QSignalSpy verified(audit, &AuditPage::verifyFinished);
        audit->verifyChain();
        QVERIFY(verified.wait());
        QCOMPARE(verified.first().first().toBool(), true);
        QCOMPARE(window.messageBar()->type(), MessageBar::Type::Positive);
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("5")));

        // Retried: the tests' shared-cache in-memory SQLite fails a write at once (no busy wait)
        // while a page's refresh on the admin thread reads the table (the dashboard reads the
        // audit log); seen once under the sanitizers' load.
        QTRY_VERIFY(f->db->exec(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")).isOk());
        audit->verifyChain();
        QVERIFY(verified.wait());
        QCOMPARE(verified.last().first().toBool(), false);
        QCOMPARE(window.messageBar()->type(), MessageBar::Type::Error);
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("record 3")));
    }

    void auditPageExportsOwnerOnly()
    {
        f->addAuditRecords(3);
        MainWindow window(f->admin.get());
        auto *audit = qobject_cast<AuditPage *>(window.page(QStringLiteral("audit")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("audit.json"));
        QSignalSpy exported(audit, &AuditPage::exportFinished);
        audit->exportTo(file);
        QVERIFY(exported.wait());
        QCOMPARE(exported.first().first().toBool(), true);
        QCOMPARE(window.messageBar()->type(), MessageBar::Type::Positive);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(in.readAll()).array().size(), 3);
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        // The export is itself on the record, under the console's actor.
        Result<QSqlQuery> q
            = f->db->exec(QStringLiteral("SELECT actor, object FROM audit_log WHERE action = 'audit.export'"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), f->admin->actor());
        QCOMPARE(q->value(1).toString(), file);

        audit->exportTo(dir.filePath(QStringLiteral("no-such-dir/audit.csv")));
        QVERIFY(exported.wait());
        QCOMPARE(exported.last().first().toBool(), false);
        QCOMPARE(window.messageBar()->type(), MessageBar::Type::Error);
    }

    void screenshotsWriteOnePngPerPage()
    {
        QTemporaryDir dir;
        MainWindow window(f->admin.get());
        window.show();
        QString error;
        const QStringList files = window.saveScreenshots(dir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(files.size(), window.pages().size());
        for (const QString &file : files) {
            QVERIFY(!QImage(file).isNull());
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
