// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RequestLogModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

RequestLogModel::RequestLogModel(int capacity, QObject *parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax(1, capacity))
{
}

const RequestLogEntry &RequestLogModel::entryAt(int row) const
{
    return m_ring.at(slotOf(row));
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

void RequestLogModel::append(const QList<RequestLogEntry> &entries)
{
    if (entries.isEmpty()) {
        return;
    }
    m_total += entries.size();
    if (m_ring.isEmpty()) {
        m_ring.resize(m_capacity);
    }
    // Only the newest `capacity` of a huge batch can be shown.
    const int n = int(qMin<qsizetype>(entries.size(), m_capacity));
    const qsizetype first = entries.size() - n;
    if (const int overflow = m_size + n - m_capacity; overflow > 0) {
        beginRemoveRows({}, m_size - overflow, m_size - 1);
        for (int i = 0; i < overflow; ++i) {
            m_ring[(m_start + i) % m_capacity] = RequestLogEntry();
        }
        m_start = (m_start + overflow) % m_capacity;
        m_size -= overflow;
        endRemoveRows();
    }
    beginInsertRows({}, 0, n - 1);
    for (qsizetype i = first; i < entries.size(); ++i) {
        m_ring[(m_start + m_size) % m_capacity] = entries.at(i);
        ++m_size;
    }
    endInsertRows();
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_start = 0;
    m_size = 0;
    m_total = 0;
    endResetModel();
}

QString RequestLogModel::shortProblem(const QString &type)
{
    static const QLatin1String prefix("urn:ietf:params:acme:error:");
    return type.startsWith(prefix) ? type.mid(prefix.size()) : type;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const RequestLogEntry &e = entryAt(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Time:
            return e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
        case Column::Method:
            return e.method;
        case Column::Path:
            return e.path;
        case Column::Alias:
            return e.alias;
        case Column::Account:
            return e.account;
        case Column::Status:
            return e.status;
        case Column::Problem:
            return shortProblem(e.problemType);
        case Column::Latency:
            return tr("%1 ms").arg(QLocale().toString(double(e.latencyMicros) / 1000.0, 'f', 1));
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == Column::Time) {
            return e.time.toString(Qt::ISODateWithMs);
        }
        if (column == Column::Problem || column == Column::Path) {
            return column == Column::Problem ? e.problemType : e.path;
        }
    } else if (role == Qt::ForegroundRole && column == Column::Status && e.status >= 400) {
        return QBrush(e.status >= 500 ? QColor(0xd6, 0x45, 0x45) : QColor(0xc0, 0x7a, 0x12));
    } else if (role == Qt::TextAlignmentRole && (column == Column::Status || column == Column::Latency)) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    } else if (role == Qt::FontRole && column == Column::Path) {
        return QFont(QStringLiteral("monospace"));
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Method:
        return tr("Method");
    case Column::Path:
        return tr("Path");
    case Column::Alias:
        return tr("Alias");
    case Column::Account:
        return tr("Account");
    case Column::Status:
        return tr("Status");
    case Column::Problem:
        return tr("Problem");
    case Column::Latency:
        return tr("Latency");
    case Column::Count:
        break;
    }
    return {};
}
