// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/OrderCatalog.h"
#include "ui/PagedTableModel.h"

class AdminService;

/** The orders browser's table: newest first, paged from OrderCatalog. */
class OrderModel : public PagedTableModel<OrderSummary>
{
    Q_OBJECT

public:
    enum class Column {
        Identifiers,
        Status,
        Alias,
        Account,
        Created,
        Updated,
        Count,
    };

    explicit OrderModel(AdminService *admin, QObject *parent = nullptr);

    OrderFilter filter() const { return m_filter; }
    void setFilter(const OrderFilter &filter);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Translated order, authorization or challenge status ("pending", "valid", ...). */
    static QString statusText(const QString &status);

    /**
     * What became of a held order's approval request while the server has not settled the order
     * yet ("was approved: the server issues ..."); empty when the order is not in that state.
     */
    static QString decisionText(const OrderSummary &order);

protected:
    PageQuery pageQuery(const OrderSummary *after, int limit) const override;

private:
    AdminService *m_admin;
    OrderFilter m_filter;
};
