// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CertificateModel.h"

#include "core/admin/AdminService.h"
#include "core/util/Clock.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

#include <optional>

CertificateModel::CertificateModel(AdminService *admin, QObject *parent)
    : PagedTableModel<CertificateSummary>(admin->executor(), parent)
    , m_admin(admin)
{
}

void CertificateModel::setFilter(const CertificateFilter &filter)
{
    m_filter = filter;
    reload();
}

int CertificateModel::rowOf(const CertificateId &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

CertificateModel::PageQuery CertificateModel::pageQuery(const CertificateSummary *after, int limit) const
{
    const CertificateCatalog *catalog = &m_admin->certificates();
    const CertificateFilter filter = m_filter;
    std::optional<CertificateSummary> cursor;
    if (after) {
        cursor = *after;
    }
    return [catalog, filter, cursor, limit]() { return catalog->list(filter, cursor ? &*cursor : nullptr, limit); };
}

int CertificateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QString CertificateModel::reasonText(int reason)
{
    switch (reason) {
    case 0:
        return tr("unspecified");
    case 1:
        return tr("key compromise");
    case 2:
        return tr("CA compromise");
    case 3:
        return tr("affiliation changed");
    case 4:
        return tr("superseded");
    case 5:
        return tr("cessation of operation");
    case 6:
        return tr("certificate hold");
    case 8:
        return tr("remove from CRL");
    case 9:
        return tr("privilege withdrawn");
    case 10:
        return tr("AA compromise");
    default:
        return tr("reason %1").arg(reason);
    }
}

QString CertificateModel::statusText(const CertificateSummary &c, const QDateTime &now)
{
    if (c.status == QLatin1String("revoked")) {
        return c.revocationReason >= 0 ? tr("Revoked (%1)").arg(reasonText(c.revocationReason)) : tr("Revoked");
    }
    return c.isExpired(now) ? tr("Expired") : tr("Valid");
}

QVariant CertificateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const CertificateSummary &c = m_rows.at(index.row());
    const auto column = static_cast<Column>(index.column());
    const QDateTime now = m_admin->clock().now();
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Serial:
            return c.serialHex;
        case Column::Subject:
            return c.subjectDn;
        case Column::Names:
            return c.names.join(QStringLiteral(", "));
        case Column::Status:
            return statusText(c, now);
        case Column::NotAfter:
            return QLocale().toString(c.notAfter.toLocalTime(), QLocale::ShortFormat);
        case Column::Ca:
            return c.caName;
        case Column::Issued:
            return QLocale().toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Column::Count:
            break;
        }
    } else if (role == Qt::ToolTipRole) {
        if (column == Column::Names) {
            return c.names.join(QLatin1Char('\n'));
        }
        if (column == Column::NotAfter) {
            return c.notAfter.toString(Qt::ISODate);
        }
    } else if (role == Qt::ForegroundRole && column == Column::Status
               && (c.isExpired(now) || c.status != QLatin1String("valid"))) {
        return QBrush(c.status == QLatin1String("revoked") ? QColor(0xd6, 0x45, 0x45)
                                                           : QPalette().color(QPalette::Disabled, QPalette::Text));
    } else if (role == Qt::FontRole && column == Column::Serial) {
        return QFont(QStringLiteral("monospace"));
    }
    return {};
}

QVariant CertificateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (static_cast<Column>(section)) {
    case Column::Serial:
        return tr("Serial");
    case Column::Subject:
        return tr("Subject");
    case Column::Names:
        return tr("Names");
    case Column::Status:
        return tr("Status");
    case Column::NotAfter:
        return tr("Expires");
    case Column::Ca:
        return tr("CA");
    case Column::Issued:
        return tr("Issued");
    case Column::Count:
        break;
    }
    return {};
}
