// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AuditModel.h"

#include "core/admin/AdminService.h"

#include <QLocale>

#include <optional>

AuditModel::AuditModel(AdminService *admin, QObject *parent)
    : PagedTableModel<AuditRecord>(admin->executor(), parent)
    , m_admin(admin)
{
}

void AuditModel::setFilterText(const QString &text)
{
    m_text = text;
    reload();
}

AuditModel::PageQuery AuditModel::pageQuery(const AuditRecord *after, int limit) const
{
    const AuditCatalog *catalog = &m_admin->audit();
    const QString text = m_text;
    std::optional<AuditRecord> cursor;
    if (after) {
        cursor = *after;
    }
    return [catalog, text, cursor, limit]() { return catalog->list(text, cursor ? &*cursor : nullptr, limit); };
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const AuditRecord &r = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Sequence:
            return r.seq;
        case Column::Time:
            return QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat);
        case Column::Actor:
            return r.actor;
        case Column::Action:
            return r.action;
        case Column::Object:
            return r.object;
        case Column::Details:
            return r.details;
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == Column::Time) {
            return r.time.toString(Qt::ISODateWithMs);
        }
        if (column == Column::Details || column == Column::Object) {
            return column == Column::Details ? r.details : r.object;
        }
    } else if (role == Qt::TextAlignmentRole && column == Column::Sequence) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Sequence:
        return tr("#");
    case Column::Time:
        return tr("Time");
    case Column::Actor:
        return tr("Actor");
    case Column::Action:
        return tr("Action");
    case Column::Object:
        return tr("Object");
    case Column::Details:
        return tr("Details");
    case Column::Count:
        break;
    }
    return {};
}
