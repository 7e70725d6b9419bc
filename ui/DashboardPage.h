// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/DashboardCatalog.h"
#include "core/admin/ServerState.h"
#include "ui/ConsolePage.h"

#include <QHash>

class AdminService;
class HistoryChart;
class QGridLayout;
class QLabel;
class QTimer;
class QTreeWidget;

/** What the server is doing at a glance: its state, counts, a chart and recent admin activity. */
class DashboardPage : public ConsolePage
{
    Q_OBJECT

public:
    explicit DashboardPage(AdminService *admin, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("dashboard"); }
    QString title() const override;
    QIcon icon() const override;

    /** The number shown on one card, by its key ("accounts", "issuedToday", ...). */
    QString cardValue(const QString &key) const;

public slots:
    void refresh() override;

signals:
    void overviewShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Card
    {
        QLabel *value;
        QLabel *caption;
    };

    void addCard(QGridLayout *grid, const QString &key, int row, int column);
    void retranslate();
    void showOverview(const DashboardOverview &overview);
    void showServer(const ServerState &state);

    AdminService *m_admin;
    QHash<QString, Card> m_cards;
    QLabel *m_heading;
    QLabel *m_server;
    QLabel *m_chartTitle;
    QLabel *m_activityTitle;
    QLabel *m_errorsTitle;
    HistoryChart *m_chart;
    QTreeWidget *m_activity;
    QTreeWidget *m_errors;
    QTimer *m_autoRefresh;
    bool m_acmeEnabled = false;
};
