// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/approvals/EabKey.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

/**
 * The EAB keys of one alias (EabKeyService::list). An alias has a handful of keys, not millions,
 * so the list is loaded whole; it never holds a key itself.
 */
class EabKeyModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Label,
        KeyIdentifier,
        Algorithm,
        Created,
        Expires,
        SingleUse,
        State,
        Accounts,
        Count,
    };

    using QAbstractTableModel::QAbstractTableModel;

    /** Replaces the rows; `now` decides which keys show as expired. */
    void setKeys(const QList<EabKey> &keys, const QDateTime &now);
    const EabKey &keyAt(int row) const { return m_keys.at(row); }
    /** The row of a key identifier, -1 when not listed. */
    int rowOf(const QString &keyIdentifier) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Translated name of EabKey::state() ("active" → "Active"). */
    static QString stateText(const QString &state);

private:
    QList<EabKey> m_keys;
    QDateTime m_now;
};
