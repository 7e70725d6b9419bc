// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/CertificateCatalog.h"
#include "ui/PagedTableModel.h"

class AdminService;

/** The certificates browser's table: newest first, paged from CertificateCatalog. */
class CertificateModel : public PagedTableModel<CertificateSummary>
{
    Q_OBJECT

public:
    enum class Column {
        Serial,
        Subject,
        Names,
        Status,
        NotAfter,
        Ca,
        Issued,
        Count,
    };

    explicit CertificateModel(AdminService *admin, QObject *parent = nullptr);

    CertificateFilter filter() const { return m_filter; }
    void setFilter(const CertificateFilter &filter);
    int rowOf(const CertificateId &id) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "Valid", "Expired", "Revoked (key compromise)". */
    static QString statusText(const CertificateSummary &c, const QDateTime &now);
    /** Translated RFC 5280 §5.3.1 reason. */
    static QString reasonText(int reason);

protected:
    PageQuery pageQuery(const CertificateSummary *after, int limit) const override;

private:
    AdminService *m_admin;
    CertificateFilter m_filter;
};
