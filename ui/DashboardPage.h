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
    /**
     * One cell of the live request metrics: the row of `endpoint` ("newOrder"), column 1 requests,
     * 2 statuses, 3 p50, 4 p99; empty when there is no such row.
     */
    QString requestMetric(const QString &endpoint, int column) const;
    /** The count shown for (challenge type, result); empty when there is no such row. */
    QString validationMetric(const QString &type, const QString &result) const;

public slots:
    void refresh() override;

signals:
    void overviewShown();
    /** The embedded server's live metrics were read and shown. */
    void metricsShown();

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
    void refreshMetrics();
    void showMetrics(const DashboardMetrics &metrics);

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
    QLabel *m_metricsTitle;
    QLabel *m_metricsNote;
    QTreeWidget *m_requests;
    QTreeWidget *m_validations;
    QTimer *m_metricsRefresh;
    bool m_acmeEnabled = false;
};
