// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ApprovalModel.h"

#include "core/admin/AdminService.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <optional>

ApprovalModel::ApprovalModel(AdminService *admin, QObject *parent)
    : PagedTableModel<ApprovalRequest>(admin->executor(), parent)
    , m_admin(admin)
{
}

void ApprovalModel::setFilter(bool pendingOnly, const QString &alias)
{
    m_pendingOnly = pendingOnly;
    m_alias = alias;
    reload();
}

int ApprovalModel::rowOf(const ApprovalId &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

ApprovalModel::PageQuery ApprovalModel::pageQuery(const ApprovalRequest *after, int limit) const
{
    ApprovalService *service = &m_admin->approvals();
    const bool pendingOnly = m_pendingOnly;
    const QString alias = m_alias;
    std::optional<ApprovalRequest> cursor;
    if (after) {
        cursor = *after;
    }
    return [service, pendingOnly, alias, cursor, limit]() -> Result<Page<ApprovalRequest>> {
        // One row more than asked tells whether another page follows.
        Result<QList<ApprovalRequest>> rows
            = service->listPage(pendingOnly, alias, cursor ? &*cursor : nullptr, limit + 1);
        if (!rows) {
            return rows.error();
        }
        Page<ApprovalRequest> page;
        page.more = rows->size() > limit;
        page.rows = rows->mid(0, limit);
        return page;
    };
}

int ApprovalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ApprovalModel::kindText(ApprovalRequest::Kind kind)
{
    switch (kind) {
    case ApprovalRequest::Kind::Registration:
        return tr("Registration");
    case ApprovalRequest::Kind::KeyChange:
        return tr("Key change");
    case ApprovalRequest::Kind::Order:
        return tr("Order");
    }
    return {};
}

QString ApprovalModel::statusText(ApprovalRequest::Status status)
{
    switch (status) {
    case ApprovalRequest::Status::Pending:
        return tr("Pending");
    case ApprovalRequest::Status::Approved:
        return tr("Approved");
    case ApprovalRequest::Status::Rejected:
        return tr("Rejected");
    case ApprovalRequest::Status::Expired:
        return tr("Expired");
    case ApprovalRequest::Status::Completed:
        return tr("Completed");
    }
    return {};
}

QVariant ApprovalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ApprovalRequest &r = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    auto time = [](const QDateTime &t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
    };
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Id:
            return r.id.value();
        case Column::Kind:
            return kindText(r.kind);
        case Column::Alias:
            return r.alias;
        case Column::KeyThumbprint:
            return r.keyThumbprint;
        case Column::Requested:
            return time(r.createdAt);
        case Column::State:
            return statusText(r.status);
        case Column::DecidedBy:
            return r.decidedBy;
        case Column::DecidedAt:
            return time(r.decidedAt);
        case Column::Comment:
            return r.comment;
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == Column::KeyThumbprint) {
            return r.keyThumbprint;
        }
        if (column == Column::Requested) {
            return tr("Expires %1").arg(time(r.expiresAt));
        }
        if (column == Column::Comment) {
            return r.comment;
        }
    } else if (role == Qt::FontRole && r.status == ApprovalRequest::Status::Pending) {
        QFont bold;
        bold.setBold(true);
        return bold;
    } else if (role == Qt::ForegroundRole && r.status != ApprovalRequest::Status::Pending) {
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    } else if (role == Qt::UserRole) {
        return r.id.value();
    }
    return {};
}

QVariant ApprovalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Id:
        return tr("Request");
    case Column::Kind:
        return tr("Type");
    case Column::Alias:
        return tr("Alias");
    case Column::KeyThumbprint:
        return tr("Key thumbprint");
    case Column::Requested:
        return tr("Requested");
    case Column::State:
        return tr("State");
    case Column::DecidedBy:
        return tr("Decided by");
    case Column::DecidedAt:
        return tr("Decided");
    case Column::Comment:
        return tr("Comment");
    case Column::Count:
        break;
    }
    return {};
}
