// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/AuditCatalog.h"
#include "ui/PagedTableModel.h"

class AdminService;

/** The audit log's table: newest first, paged from AuditCatalog. */
class AuditModel : public PagedTableModel<AuditRecord>
{
    Q_OBJECT

public:
    enum class Column {
        Sequence,
        Time,
        Actor,
        Action,
        Object,
        Details,
        Count,
    };

    explicit AuditModel(AdminService *admin, QObject *parent = nullptr);

    QString filterText() const { return m_text; }
    void setFilterText(const QString &text);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    PageQuery pageQuery(const AuditRecord *after, int limit) const override;

private:
    AdminService *m_admin;
    QString m_text;
};
