// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/AccountCatalog.h"
#include "ui/PagedTableModel.h"

class AdminService;

/** The accounts browser's table: newest first, paged from AccountCatalog. */
class AccountModel : public PagedTableModel<AccountSummary>
{
    Q_OBJECT

public:
    enum class Column {
        Id,
        Alias,
        Status,
        Contact,
        Created,
        Count,
    };

    explicit AccountModel(AdminService *admin, QObject *parent = nullptr);

    AccountFilter filter() const { return m_filter; }
    /** Applies a filter and reloads. */
    void setFilter(const AccountFilter &filter);
    /** The row of an account among those loaded, -1 when not loaded. */
    int rowOf(const AccountId &id) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Translated name of an account status ("valid" → "Valid"). */
    static QString statusText(const QString &status);

protected:
    PageQuery pageQuery(const AccountSummary *after, int limit) const override;

private:
    AdminService *m_admin;
    AccountFilter m_filter;
};
