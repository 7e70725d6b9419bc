// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "ui/AccountsPage.h"
#include "ui/AliasesPage.h"
#include "ui/ApprovalsPage.h"
#include "ui/AuditPage.h"
#include "ui/CasPage.h"
#include "ui/CertificateProfilesPage.h"
#include "ui/CertificatesPage.h"
#include "ui/ConsolePage.h"
#include "ui/ConsoleSettings.h"
#include "ui/DashboardPage.h"
#include "ui/EabKeysPage.h"
#include "ui/EndEntityProfilesPage.h"
#include "ui/Icons.h"
#include "ui/Languages.h"
#include "ui/LogPage.h"
#include "ui/MessageBar.h"
#include "ui/OrdersPage.h"
#include "ui/ProtocolPage.h"
#include "ui/SettingsDialog.h"
#include "ui/TermsPage.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

MainWindow::MainWindow(AdminService *admin, QWidget *parent)
    : QMainWindow(parent)
    , m_admin(admin)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_messageBar(new MessageBar(this))
    , m_serverIcon(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_protocolLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_busyLabel(new QLabel(this))
{
    applyPreferences();
    setWindowIcon(Icons::get(QStringLiteral("anvil")));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setSpacing(2);
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setFixedWidth(200);
    m_navigation->setAutoFillBackground(true);
    m_navigation->setBackgroundRole(QPalette::Window);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(6, 6, 6, 0);
    rightLayout->addWidget(m_messageBar);
    rightLayout->addWidget(m_stack, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);
    layout->addWidget(right, 1);
    setCentralWidget(central);

    // Grouped as an admin works: the protocol and its governance, then what clients did, then the
    // PKI behind it, then the logs.
    addPage(new DashboardPage(admin, this));
    addPage(new ProtocolPage(admin, this));
    addPage(new AliasesPage(admin, this));
    addPage(new EabKeysPage(admin, this));
    auto *approvals = new ApprovalsPage(admin, this);
    addPage(approvals);
    connect(approvals, &ApprovalsPage::notificationRequested, this, &MainWindow::notify);
    auto *terms = new TermsPage(admin, this);
    addPage(terms);
    connect(terms, &TermsPage::editAliasRequested, this, [this](const QString &alias) {
        showPage(QStringLiteral("aliases"));
        if (auto *aliases = qobject_cast<AliasesPage *>(page(QStringLiteral("aliases")))) {
            aliases->selectAlias(alias);
        }
    });
    addPage(new AccountsPage(admin, this));
    auto *orders = new OrdersPage(admin, this);
    addPage(orders);
    auto *certificates = new CertificatesPage(admin, this);
    addPage(certificates);
    connect(orders, &OrdersPage::certificateRequested, this, [this, certificates](const CertificateId &id) {
        showPage(certificates->pageId());
        certificates->showCertificate(id);
    });
    addPage(new CasPage(admin, this));
    addPage(new CertificateProfilesPage(admin, this));
    addPage(new EndEntityProfilesPage(admin, this));
    addPage(new LogPage(admin, this));
    addPage(new AuditPage(admin, this));

    m_busyLabel->setObjectName(QStringLiteral("busyIndicator"));
    m_serverLabel->setObjectName(QStringLiteral("serverState"));
    m_protocolLabel->setObjectName(QStringLiteral("protocolState"));
    statusBar()->addWidget(m_serverIcon);
    statusBar()->addWidget(m_serverLabel);
    statusBar()->addWidget(m_protocolLabel);
    statusBar()->addWidget(m_busyLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);
    m_databaseLabel->setText(admin->databaseDescription());
    m_busyLabel->hide();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size()) {
            return;
        }
        m_stack->setCurrentIndex(row);
        m_messageBar->hideMessage();
        m_pages.at(row)->activate();
        ConsoleSettings::setValue(ConsoleSettings::Key::CurrentPage, m_pages.at(row)->pageId());
    });
    connect(admin->executor(), &AdminExecutor::busyChanged, this, [this](bool busy) { m_busyLabel->setVisible(busy); });
    connect(admin, &AdminService::serverStateChanged, this, &MainWindow::showServerState);
    connect(admin->config(), &ConfigStore::configChanged, this, &MainWindow::updateProtocolState);

    createActions();
    retranslate();
    showServerState(admin->serverState());
    updateProtocolState();

    resize(1180, 760);
    if (const QByteArray geometry = ConsoleSettings::value(ConsoleSettings::Key::WindowGeometry).toByteArray();
        !geometry.isEmpty()) {
        restoreGeometry(geometry);
    }
    if (const QByteArray state = ConsoleSettings::value(ConsoleSettings::Key::WindowState).toByteArray();
        !state.isEmpty()) {
        restoreState(state);
    }
    const QString last = ConsoleSettings::value(ConsoleSettings::Key::CurrentPage).toString();
    m_navigation->setCurrentRow(0);
    if (!last.isEmpty()) {
        showPage(last);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::applyPreferences()
{
    Theme::apply(ConsoleSettings::value(ConsoleSettings::Key::Theme).toString());
    Languages::apply(ConsoleSettings::value(ConsoleSettings::Key::Language).toString());
}

void MainWindow::addPage(ConsolePage *page)
{
    m_pages << page;
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setSizeHint(QSize(0, 34));
    item->setData(Qt::UserRole, page->pageId());
    connect(page, &ConsolePage::messageRequested, m_messageBar, &MessageBar::showMessage);
    connect(page, &ConsolePage::titleChanged, this, &MainWindow::updateTitles);
}

ConsolePage *MainWindow::page(const QString &pageId) const
{
    for (ConsolePage *p : m_pages) {
        if (p->pageId() == pageId) {
            return p;
        }
    }
    return nullptr;
}

ConsolePage *MainWindow::currentPage() const
{
    return qobject_cast<ConsolePage *>(m_stack->currentWidget());
}

void MainWindow::showPage(const QString &pageId)
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i)->pageId() == pageId) {
            m_navigation->setCurrentRow(i);
        }
    }
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_settingsAction
        = m_fileMenu->addAction(Icons::get(QStringLiteral("settings")), QString(), this, &MainWindow::openSettings);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    if (m_settingsAction->shortcut().isEmpty()) {
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    }
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_refreshAction = m_viewMenu->addAction(Icons::get(QStringLiteral("refresh")), QString(), this,
                                            &MainWindow::refreshCurrentPage);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_viewMenu->addSeparator();
    for (int i = 0; i < m_pages.size(); ++i) {
        ConsolePage *p = m_pages.at(i);
        QAction *go
            = m_viewMenu->addAction(p->icon(), QString(), this, [this, i]() { m_navigation->setCurrentRow(i); });
        if (i < 9) {
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        }
        m_pageActions << go;
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(Icons::get(QStringLiteral("anvil")), QString(), this, [this]() {
        QMessageBox::about(this, tr("About Anvil"),
                           tr("<h3>Anvil %1</h3><p>An ACME certificate authority (RFC 8555) with this administration "
                              "console.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                               .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
    });
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Anvil ACME Console"));
    m_fileMenu->setTitle(tr("&File"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_refreshAction->setText(tr("&Refresh"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Anvil"));
    m_busyLabel->setText(tr("Working…"));
    m_databaseLabel->setToolTip(tr("Database"));
    m_navigation->setAccessibleName(tr("Pages"));
    updateTitles();
    showServerState(m_admin->serverState());
    updateProtocolState();
}

void MainWindow::updateTitles()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        m_navigation->item(i)->setText(m_pages.at(i)->title());
        if (i < m_pageActions.size()) {
            m_pageActions.at(i)->setText(m_pages.at(i)->title());
        }
    }
}

void MainWindow::showServerState(const ServerState &state)
{
    QString icon;
    QString text;
    switch (state.status) {
    case ServerState::Status::Stopped:
        icon = QStringLiteral("server-stopped");
        text = tr("Server not running");
        break;
    case ServerState::Status::Starting:
        icon = QStringLiteral("server-stopped");
        text = tr("Server starting…");
        break;
    case ServerState::Status::Running: {
        icon = QStringLiteral("server-running");
        QStringList ports;
        for (int p : state.ports) {
            ports << QString::number(p);
        }
        text = tr("Server running on port(s) %1").arg(ports.join(QStringLiteral(", ")));
        break;
    }
    case ServerState::Status::Failed:
        icon = QStringLiteral("server-failed");
        text = tr("Server stopped: %1").arg(state.problem);
        break;
    }
    const int size = m_serverLabel->fontMetrics().height();
    m_serverIcon->setPixmap(Icons::get(icon).pixmap(size, size));
    m_serverLabel->setText(text);
    statusBar()->setToolTip(
        state.tlsCertificateExpiry.isValid()
            ? tr("The server's TLS certificate expires %1.")
                  .arg(QLocale().toString(state.tlsCertificateExpiry.toLocalTime(), QLocale::ShortFormat))
            : QString());
}

void MainWindow::updateProtocolState()
{
    ConfigStore *config = m_admin->config();
    m_admin->executor()->run<Result<GlobalSettings>>(
        this, [config]() { return config->settings(); },
        [this](const Result<GlobalSettings> &settings) {
            if (!settings) {
                m_protocolLabel->setText(tr("ACME state unknown"));
                return;
            }
            m_protocolKnown = true;
            m_acmeEnabled = settings->acmeEnabled;
            m_protocolLabel->setText(m_acmeEnabled ? tr("ACME enabled") : tr("ACME disabled"));
        });
}

void MainWindow::notify(const QString &title, const QString &text)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(windowTitle());
            connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this]() {
                showNormal();
                raise();
                activateWindow();
                showPage(QStringLiteral("approvals"));
            });
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    }
    // The message bar too: the tray may be hidden or notifications muted.
    m_messageBar->showMessage(text, MessageBar::Type::Information);
    emit notified(title, text);
}

void MainWindow::refreshCurrentPage()
{
    if (ConsolePage *p = currentPage()) {
        p->refresh();
    }
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    ConsoleSettings::setValue(ConsoleSettings::Key::WindowGeometry, saveGeometry());
    ConsoleSettings::setValue(ConsoleSettings::Key::WindowState, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}

void MainWindow::settle()
{
    // Data arrives through queued signals from the worker: alternate between draining the worker
    // and delivering its results until both are quiet (a page may chain one load after another).
    QElapsedTimer timer;
    timer.start();
    do {
        QApplication::processEvents();
        m_admin->executor()->waitForIdle();
        QApplication::processEvents();
        QThread::msleep(20);
        QApplication::processEvents();
    } while (m_admin->executor()->pendingJobs() > 0 && timer.elapsed() < 10000);
}

QStringList MainWindow::saveScreenshots(const QString &directory, QString *error)
{
    QStringList written;
    if (!QDir().mkpath(directory)) {
        if (error) {
            *error = tr("Can't create the folder %1.").arg(directory);
        }
        return written;
    }
    for (int i = 0; i < m_pages.size(); ++i) {
        m_navigation->setCurrentRow(i);
        settle();
        // Browsers show their first row in detail, as an admin clicking in would see them.
        for (QTableView *table : m_pages.at(i)->findChildren<QTableView *>()) {
            if (table->model() && table->model()->rowCount() > 0 && !table->selectionModel()->hasSelection()) {
                table->selectRow(0);
            }
        }
        settle();
        const QString file = QDir(directory).filePath(m_pages.at(i)->pageId() + QStringLiteral(".png"));
        if (!grab().save(file)) {
            if (error) {
                *error = tr("Can't write %1.").arg(file);
            }
            return written;
        }
        written << file;
    }
    return written;
}
