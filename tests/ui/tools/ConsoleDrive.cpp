// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the console's governance pages on a real data directory, as an admin clicking would, for
// tests/scripts/test_console_governance.sh (real ACME clients against `anvil --headless` on the
// same database):
//
//   anvil-console-drive --data-dir DIR eab-generate ALIAS
//       New key… → Create key on the EAB keys page; prints the shown-once dialog's key identifier,
//       MAC key and lego command line (kid=, hmac=, lego=).
//   anvil-console-drive --data-dir DIR approve REQUEST-ID [COMMENT]
//       Selects the request on the Approvals page (it must be listed as pending) and clicks Approve.
#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "core/crypto/MasterKey.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "ui/ApprovalModel.h"
#include "ui/ApprovalsPage.h"
#include "ui/EabKeyCreatedDialog.h"
#include "ui/EabKeyDialog.h"
#include "ui/EabKeysPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimer>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

/** Runs the event loop until `signal` of `sender` fires or 30 s pass. */
template<typename Object, typename Signal> bool waitFor(Object *sender, Signal signal)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&loop]() { loop.exit(1); });
    QObject::connect(sender, signal, &loop, [&loop]() { loop.exit(0); });
    timeout.start(30000);
    return loop.exec() == 0;
}

/** With ANVIL_DRIVE_GRAB=DIR, writes DIR/NAME.png of `widget` (to look at the dialogs). */
void grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ANVIL_DRIVE_GRAB");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents();
        widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

int generate(AdminService &admin, const QString &alias)
{
    EabKeysPage page(&admin);
    page.show();
    page.activate();
    if (!waitFor(&page, &EabKeysPage::keysLoaded)) {
        err() << "the EAB keys page did not load" << Qt::endl;
        return 1;
    }
    if (page.currentAlias() != alias) {
        page.selectAlias(alias);
        if (page.currentAlias() != alias || !waitFor(&page, &EabKeysPage::keysLoaded)) {
            err() << "the EAB keys page has no alias " << alias << Qt::endl;
            return 1;
        }
    }
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("newEabKey")), Qt::LeftButton);
    EabKeyDialog *dialog = page.newKeyDialog();
    if (!dialog) {
        err() << "New key did not open the dialog" << Qt::endl;
        return 1;
    }
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("label")), QStringLiteral("lego via console"));
    grab(dialog, QStringLiteral("eab-new-key"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    if (!ok->isEnabled()) {
        err() << "Create key is disabled: " << dialog->problem() << Qt::endl;
        return 1;
    }
    QTest::mouseClick(ok, Qt::LeftButton);
    if (!waitFor(&page, &EabKeysPage::actionFinished) || !page.createdDialog()) {
        err() << "no key was created" << Qt::endl;
        return 1;
    }
    EabKeyCreatedDialog *created = page.createdDialog();
    grab(created, QStringLiteral("eab-created"));
    out() << "kid=" << created->keyIdentifier() << "\n"
          << "hmac=" << created->macKey() << "\n"
          << "certbot=" << created->certbotCommand() << "\n"
          << "lego=" << created->legoCommand() << Qt::endl;
    return 0;
}

int approve(AdminService &admin, const QString &id, const QString &comment)
{
    ApprovalsPage page(&admin);
    page.show();
    page.activate();
    if (!waitFor(&page, &ApprovalsPage::requestsLoaded)) {
        err() << "the approvals page did not load" << Qt::endl;
        return 1;
    }
    const int row = page.model()->rowOf(ApprovalId(id));
    if (row < 0) {
        err() << "request " << id << " is not listed as pending" << Qt::endl;
        return 1;
    }
    page.selectRequest(ApprovalId(id));
    QTest::keyClicks(page.findChild<QLineEdit *>(QStringLiteral("approvalComment")), comment);
    QPushButton *button = page.findChild<QPushButton *>(QStringLiteral("approveRequest"));
    if (!button->isEnabled()) {
        err() << "Approve is disabled for request " << id << Qt::endl;
        return 1;
    }
    bool ok = false;
    QObject::connect(&page, &ApprovalsPage::decisionFinished, &page, [&ok](bool done) { ok = done; });
    QTest::mouseClick(button, Qt::LeftButton);
    if (!waitFor(&page, &ApprovalsPage::decisionFinished) || !ok) {
        err() << "approving request " << id << " failed" << Qt::endl;
        return 1;
    }
    out() << "approved=" << id << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("anvil-console-drive"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Drives the console's governance pages (tests)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("data-dir"), QStringLiteral("Anvil's data directory."), QStringLiteral("DIR")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("eab-generate ALIAS | approve ID [COMMENT]"));
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    const QString dir = parser.value(QStringLiteral("data-dir"));
    if (dir.isEmpty() || args.size() < 2) {
        parser.showHelp(2);
    }

    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());

    Result<std::shared_ptr<Database>> db
        = Database::open(QStringLiteral("sqlite:") + QDir(dir).filePath(QStringLiteral("anvil.db")));
    if (!db || !(*db)->migrate()) {
        err() << "cannot open the database in " << dir << Qt::endl;
        return 1;
    }
    Result<MasterKey> key = MasterKey::loadOrCreate(QDir(dir).filePath(QStringLiteral("master.key")));
    if (!key) {
        err() << "cannot read the master key in " << dir << Qt::endl;
        return 1;
    }
    SystemClock clock;
    ConfigStore config(*db, clock);
    int rc = 2;
    {
        AdminService admin(*db, &config, clock, QStringLiteral("admin:console-test"));
        admin.setMasterKey(*key);
        if (args.first() == QLatin1String("eab-generate")) {
            rc = generate(admin, args.at(1));
        } else if (args.first() == QLatin1String("approve")) {
            rc = approve(admin, args.at(1), args.value(2));
        } else {
            err() << "unknown command " << args.first() << Qt::endl;
        }
    }
    return rc;
}
