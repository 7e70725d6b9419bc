// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/RequestLog.h"
#include "ui/BrowserPage.h"

class AdminService;
class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class RequestLogModel;

/**
 * The embedded server's live request log: method, path, alias, account, status, problem type and
 * latency of the last 10,000 requests, newest first, with a filter. Fed in batches by
 * AdminService::requestLog(); the audit log of admin actions has its own page.
 */
class LogPage : public BrowserPage
{
    Q_OBJECT

public:
    explicit LogPage(AdminService *admin, QWidget *parent = nullptr);
    ~LogPage() override;

    QString pageId() const override { return QStringLiteral("log"); }
    QString title() const override;
    QIcon icon() const override;

    RequestLogModel *model() const { return m_model; }
    /** What the table shows: the model through the filter. */
    QAbstractItemModel *filteredModel() const;
    QTableView *table() const { return m_table; }

public slots:
    void refresh() override;
    /** Shows only rows containing `text` (any column); `errorsOnly` keeps status >= 400. */
    void setFilter(const QString &text, bool errorsOnly = false);
    void setPaused(bool paused);

protected:
    void changeEvent(QEvent *event) override;
    void applySearch() override;

private:
    void retranslate();
    void takeEntries(const QList<RequestLogEntry> &entries);
    void updateCount();

    AdminService *m_admin;
    RequestLogModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QCheckBox *m_errorsOnly;
    QPushButton *m_pauseButton;
    QPushButton *m_clearButton;
    QTableView *m_table;
    QLabel *m_countLabel;
    /** Entries that arrived while paused (bounded like the table). */
    QList<RequestLogEntry> m_held;
};
