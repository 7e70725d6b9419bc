// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/ServerState.h"

#include <QList>
#include <QMainWindow>

class AdminService;
class ConsolePage;
class MessageBar;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class QSystemTrayIcon;

/**
 * The console: a navigation list on the left, the selected page on the right, a message bar for
 * outcomes in plain words and a status bar with the server's state. Remembers its geometry and
 * the last page (QSettings, console preferences only).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** `admin` must outlive the window. Applies the stored language and appearance first. */
    explicit MainWindow(AdminService *admin, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** The stored language and theme, for use before any window exists. */
    static void applyPreferences();

    QList<ConsolePage *> pages() const { return m_pages; }
    ConsolePage *page(const QString &pageId) const;
    ConsolePage *currentPage() const;
    void showPage(const QString &pageId);
    MessageBar *messageBar() const { return m_messageBar; }

    /**
     * Shows every page in turn, waits until its data has loaded, and writes DIR/<page>.png
     * (tests/scripts/screenshots.sh). Returns the files written; an error names what failed.
     */
    QStringList saveScreenshots(const QString &directory, QString *error = nullptr);

signals:
    /** notify() ran (tests). */
    void notified(const QString &title, const QString &text);

public slots:
    void refreshCurrentPage();
    void openSettings();
    void showServerState(const ServerState &state);
    /**
     * Tells the admin something that needs them (a new approval request): a desktop notification
     * through the system tray when there is one, and the message bar.
     */
    void notify(const QString &title, const QString &text);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void addPage(ConsolePage *page);
    void createActions();
    void retranslate();
    void updateProtocolState();
    void updateTitles();
    /** Processes events until the worker has nothing left to do (screenshots, tests). */
    void settle();

    AdminService *m_admin;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    MessageBar *m_messageBar;
    QList<ConsolePage *> m_pages;
    QLabel *m_serverIcon;
    QLabel *m_serverLabel;
    QLabel *m_protocolLabel;
    QLabel *m_databaseLabel;
    QLabel *m_busyLabel;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_pageActions;
    bool m_acmeEnabled = false;
    bool m_protocolKnown = false;
};
