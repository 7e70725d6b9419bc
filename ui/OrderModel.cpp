// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OrderModel.h"

#include "core/admin/AdminService.h"

#include <QBrush>
#include <QLocale>

#include <optional>

OrderModel::OrderModel(AdminService *admin, QObject *parent)
    : PagedTableModel<OrderSummary>(admin->executor(), parent)
    , m_admin(admin)
{
}

void OrderModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    reload();
}

OrderModel::PageQuery OrderModel::pageQuery(const OrderSummary *after, int limit) const
{
    const OrderCatalog *catalog = &m_admin->orders();
    const OrderFilter filter = m_filter;
    std::optional<OrderSummary> cursor;
    if (after) {
        cursor = *after;
    }
    return [catalog, filter, cursor, limit]() { return catalog->list(filter, cursor ? &*cursor : nullptr, limit); };
}

int OrderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QString OrderModel::decisionText(const OrderSummary &order)
{
    if (order.heldAfterDecision == QLatin1String("approved")) {
        return tr("Approval request %1 was approved: the server issues the certificate within seconds")
            .arg(order.approvalId);
    }
    if (order.heldAfterDecision == QLatin1String("rejected")) {
        return tr("Approval request %1 was rejected: the server marks the order invalid within seconds")
            .arg(order.approvalId);
    }
    return {};
}

QString OrderModel::statusText(const QString &status)
{
    if (status == QLatin1String("pending")) {
        return tr("Pending");
    }
    if (status == QLatin1String("ready")) {
        return tr("Ready");
    }
    if (status == QLatin1String("processing")) {
        return tr("Processing");
    }
    if (status == QLatin1String("valid")) {
        return tr("Valid");
    }
    if (status == QLatin1String("invalid")) {
        return tr("Invalid");
    }
    if (status == QLatin1String("deactivated")) {
        return tr("Deactivated");
    }
    if (status == QLatin1String("expired")) {
        return tr("Expired");
    }
    if (status == QLatin1String("revoked")) {
        return tr("Revoked");
    }
    return status;
}

QVariant OrderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const OrderSummary &o = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Identifiers:
            return o.identifiers.join(QStringLiteral(", "));
        case Column::Status:
            if (o.awaitingApproval) {
                return tr("Awaiting approval");
            }
            if (!o.heldAfterDecision.isEmpty()) {
                return o.heldAfterDecision == QLatin1String("approved") ? tr("Approved, issuing")
                                                                        : tr("Rejected, closing");
            }
            return statusText(o.status);
        case Column::Alias:
            return o.alias;
        case Column::Account:
            return o.accountId.value();
        case Column::Created:
            return QLocale().toString(o.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Column::Updated:
            return QLocale().toString(o.updatedAt.toLocalTime(), QLocale::ShortFormat);
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == Column::Identifiers) {
            return o.identifiers.join(QLatin1Char('\n'));
        }
        if (column == Column::Status && o.awaitingApproval) {
            return tr("Processing: finalized, held until an administrator decides on approval request %1")
                .arg(o.approvalId);
        }
        if (const QString decided = decisionText(o); column == Column::Status && !decided.isEmpty()) {
            return decided;
        }
        if (column == Column::Created || column == Column::Updated) {
            return (column == Column::Created ? o.createdAt : o.updatedAt).toString(Qt::ISODate);
        }
    } else if (role == Qt::ForegroundRole && column == Column::Status && o.status == QLatin1String("invalid")) {
        return QBrush(QColor(0xd6, 0x45, 0x45));
    }
    return {};
}

QVariant OrderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Identifiers:
        return tr("Identifiers");
    case Column::Status:
        return tr("Status");
    case Column::Alias:
        return tr("Alias");
    case Column::Account:
        return tr("Account");
    case Column::Created:
        return tr("Created");
    case Column::Updated:
        return tr("Updated");
    case Column::Count:
        break;
    }
    return {};
}
