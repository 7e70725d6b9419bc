// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccountModel.h"

#include "core/admin/AdminService.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>

#include <optional>

AccountModel::AccountModel(AdminService *admin, QObject *parent)
    : PagedTableModel<AccountSummary>(admin->executor(), parent)
    , m_admin(admin)
{
}

void AccountModel::setFilter(const AccountFilter &filter)
{
    m_filter = filter;
    reload();
}

int AccountModel::rowOf(const AccountId &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

AccountModel::PageQuery AccountModel::pageQuery(const AccountSummary *after, int limit) const
{
    const AccountCatalog *catalog = &m_admin->accounts();
    const AccountFilter filter = m_filter;
    std::optional<AccountSummary> cursor;
    if (after) {
        cursor = *after;
    }
    return [catalog, filter, cursor, limit]() { return catalog->list(filter, cursor ? &*cursor : nullptr, limit); };
}

int AccountModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QString AccountModel::statusText(const QString &status)
{
    if (status == QLatin1String("valid")) {
        return tr("Valid");
    }
    if (status == QLatin1String("deactivated")) {
        return tr("Deactivated");
    }
    if (status == QLatin1String("revoked")) {
        return tr("Revoked");
    }
    return status;
}

QVariant AccountModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AccountSummary &a = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Id:
            return a.id.value();
        case Column::Alias:
            return a.alias;
        case Column::Status:
            return statusText(a.status);
        case Column::Contact:
            return a.contacts.join(QStringLiteral(", "));
        case Column::Created:
            return QLocale().toString(a.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole && column == Column::Created) {
        return a.createdAt.toString(Qt::ISODate);
    } else if (role == Qt::ForegroundRole && column == Column::Status && a.status != QLatin1String("valid")) {
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    } else if (role == Qt::UserRole) {
        return a.id.value();
    }
    return {};
}

QVariant AccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Id:
        return tr("Account");
    case Column::Alias:
        return tr("Alias");
    case Column::Status:
        return tr("Status");
    case Column::Contact:
        return tr("Contact");
    case Column::Created:
        return tr("Created");
    case Column::Count:
        break;
    }
    return {};
}
