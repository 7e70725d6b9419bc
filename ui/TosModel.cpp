// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TosModel.h"

#include <QFont>
#include <QLocale>

void TosModel::setVersions(const QList<TosVersion> &versions)
{
    beginResetModel();
    m_versions = versions;
    endResetModel();
}

int TosModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int TosModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant TosModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TosVersion &v = m_versions.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const bool current = index.row() == 0;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Url:
            return v.url.isEmpty() ? tr("(none)") : v.url;
        case Column::ChangesUrl:
            return v.changesUrl;
        case Column::Since:
            return QLocale().toString(v.created.toLocalTime(), QLocale::ShortFormat);
        case Column::Until:
            // Newest first: a version ends when the one above it began.
            return current
                ? tr("current")
                : QLocale().toString(m_versions.at(index.row() - 1).created.toLocalTime(), QLocale::ShortFormat);
        case Column::Agreed:
            return QLocale().toString(v.agreedAccounts);
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == Column::Url) {
            return v.url;
        }
        if (column == Column::ChangesUrl) {
            return v.changesUrl;
        }
        if (column == Column::Since) {
            return v.created.toString(Qt::ISODate);
        }
    } else if (role == Qt::FontRole && current) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    return {};
}

QVariant TosModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Url:
        return tr("Terms of Service URL");
    case Column::ChangesUrl:
        return tr("Changes URL");
    case Column::Since:
        return tr("Since");
    case Column::Until:
        return tr("Until");
    case Column::Agreed:
        return tr("Accounts agreed");
    case Column::Count:
        break;
    }
    return {};
}
