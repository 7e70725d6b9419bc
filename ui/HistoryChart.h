// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/DashboardCatalog.h"

#include <QWidget>

/** Bars of certificates issued and validations failed per day (the dashboard's chart). */
class HistoryChart : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryChart(QWidget *parent = nullptr);

    void setHistory(const QList<DashboardOverview::Day> &days);
    QSize sizeHint() const override { return {560, 200}; }
    QSize minimumSizeHint() const override { return {320, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<DashboardOverview::Day> m_days;
};
