// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/CaCatalog.h"

#include <QAbstractTableModel>
#include <QDateTime>

/** The CAs page's table: every CA, as CaCatalog::list() returns them (a handful, never paged). */
class CaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Name,
        Subject,
        Kind,
        KeyType,
        NotAfter,
        Status,
        CrlNumber,
        Count,
    };

    explicit CaModel(QObject *parent = nullptr);

    void setCas(const QList<CaSummary> &cas, const QDateTime &now);
    const CaSummary &caAt(int row) const { return m_cas.at(row); }
    int rowOf(const QString &name) const;
    QStringList names(bool withKeyOnly) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "Root", "Issuing (under X)", "Chain only (no key)". */
    static QString kindText(const CaSummary &ca);
    static QString statusText(const CaSummary &ca, const QDateTime &now);

private:
    QList<CaSummary> m_cas;
    QDateTime m_now;
};
