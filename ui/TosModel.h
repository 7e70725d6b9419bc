// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/ConfigStore.h"

#include <QAbstractTableModel>
#include <QList>

/** The Terms of Service versions of one alias, newest first, with how many accounts agreed to each. */
class TosModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Url,
        ChangesUrl,
        Since,
        Until,
        Agreed,
        Count,
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setVersions(const QList<TosVersion> &versions);
    const TosVersion &versionAt(int row) const { return m_versions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<TosVersion> m_versions;
};
