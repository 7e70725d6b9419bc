// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CaModel.h"

#include <QBrush>
#include <QLocale>

CaModel::CaModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CaModel::setCas(const QList<CaSummary> &cas, const QDateTime &now)
{
    beginResetModel();
    m_cas = cas;
    m_now = now;
    endResetModel();
}

int CaModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_cas.size(); ++i) {
        if (m_cas.at(i).name == name) {
            return i;
        }
    }
    return -1;
}

QStringList CaModel::names(bool withKeyOnly) const
{
    QStringList out;
    for (const CaSummary &c : m_cas) {
        if (!withKeyOnly || c.hasKey) {
            out << c.name;
        }
    }
    return out;
}

int CaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cas.size());
}

int CaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QString CaModel::kindText(const CaSummary &ca)
{
    if (!ca.hasKey) {
        return tr("Chain only (no key)");
    }
    if (ca.isRoot) {
        return tr("Root");
    }
    return ca.issuerName.isEmpty() ? tr("Issuing") : tr("Issuing (under %1)").arg(ca.issuerName);
}

QString CaModel::statusText(const CaSummary &ca, const QDateTime &now)
{
    const QString status = ca.status(now);
    if (status == QLatin1String("expired")) {
        return tr("Expired");
    }
    if (status == QLatin1String("notYetValid")) {
        return tr("Not yet valid");
    }
    if (ca.renewEarlyAt.isValid()) {
        return tr("Valid, renew early");
    }
    return tr("Valid");
}

QVariant CaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CaSummary &c = m_cas.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Name:
            return c.name;
        case Column::Subject:
            return c.subjectDn;
        case Column::Kind:
            return kindText(c);
        case Column::KeyType:
            return c.hasKey ? c.keyType : tr("none");
        case Column::NotAfter:
            return QLocale().toString(c.notAfter.toLocalTime(), QLocale::ShortFormat);
        case Column::Status:
            return statusText(c, m_now);
        case Column::CrlNumber:
            return c.crlNumber;
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole && column == Column::NotAfter) {
        return c.notAfter.toString(Qt::ISODate);
    } else if (role == Qt::ForegroundRole && column == Column::Status && c.status(m_now) != QLatin1String("valid")) {
        return QBrush(QColor(0xd6, 0x45, 0x45));
    }
    return {};
}

QVariant CaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Subject:
        return tr("Subject");
    case Column::Kind:
        return tr("Type");
    case Column::KeyType:
        return tr("Key");
    case Column::NotAfter:
        return tr("Valid until");
    case Column::Status:
        return tr("Status");
    case Column::CrlNumber:
        return tr("Next CRL number");
    case Column::Count:
        break;
    }
    return {};
}
