// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EabKeyModel.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

void EabKeyModel::setKeys(const QList<EabKey> &keys, const QDateTime &now)
{
    beginResetModel();
    m_keys = keys;
    m_now = now;
    endResetModel();
}

int EabKeyModel::rowOf(const QString &keyIdentifier) const
{
    for (int i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).keyIdentifier == keyIdentifier) {
            return i;
        }
    }
    return -1;
}

int EabKeyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int EabKeyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString EabKeyModel::stateText(const QString &state)
{
    if (state == QLatin1String("active")) {
        return tr("Active");
    }
    if (state == QLatin1String("revoked")) {
        return tr("Revoked");
    }
    if (state == QLatin1String("expired")) {
        return tr("Expired");
    }
    if (state == QLatin1String("used")) {
        return tr("Used");
    }
    return state;
}

QVariant EabKeyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const EabKey &k = m_keys.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const QString state = k.state(m_now);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Label:
            return k.label;
        case Column::KeyIdentifier:
            return k.keyIdentifier;
        case Column::Algorithm:
            return k.type == EabKey::Type::Symmetric ? k.macAlgorithm : k.signatureAlgorithm;
        case Column::Created:
            return QLocale().toString(k.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Column::Expires:
            return k.expiresAt.isValid() ? QLocale().toString(k.expiresAt.toLocalTime(), QLocale::ShortFormat)
                                         : tr("Never");
        case Column::SingleUse:
            return k.singleUse ? tr("Yes") : tr("No");
        case Column::State:
            return stateText(state);
        case Column::Accounts:
            return QLocale().toString(k.boundAccounts);
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == Column::KeyIdentifier) {
            return k.keyIdentifier;
        }
        if (column == Column::Algorithm) {
            return k.type == EabKey::Type::Symmetric ? (k.encrypted ? tr("MAC key, encrypted at rest") : tr("MAC key"))
                                                     : tr("Public key, fingerprint %1").arg(k.fingerprint);
        }
        if (column == Column::Created) {
            return k.createdAt.toString(Qt::ISODate);
        }
    } else if (role == Qt::ForegroundRole && state != QLatin1String("active")) {
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    } else if (role == Qt::UserRole) {
        return k.keyIdentifier;
    }
    return {};
}

QVariant EabKeyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Label:
        return tr("Label");
    case Column::KeyIdentifier:
        return tr("Key identifier");
    case Column::Algorithm:
        return tr("Algorithm");
    case Column::Created:
        return tr("Created");
    case Column::Expires:
        return tr("Expires");
    case Column::SingleUse:
        return tr("Single use");
    case Column::State:
        return tr("State");
    case Column::Accounts:
        return tr("Accounts");
    case Column::Count:
        break;
    }
    return {};
}
