// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/approvals/ApprovalRequest.h"
#include "ui/PagedTableModel.h"

class AdminService;

/**
 * The approval queue, newest first, paged from ApprovalService::listPage like the other
 * browsers: pending requests, or the requests of every state; of one alias or all.
 */
class ApprovalModel : public PagedTableModel<ApprovalRequest>
{
    Q_OBJECT

public:
    enum class Column {
        Id,
        Kind,
        Alias,
        KeyThumbprint,
        Requested,
        State,
        DecidedBy,
        DecidedAt,
        Comment,
        Count,
    };

    explicit ApprovalModel(AdminService *admin, QObject *parent = nullptr);

    /** Pending requests only, or every request; of `alias` only unless it is empty. Reloads. */
    void setFilter(bool pendingOnly, const QString &alias);
    bool pendingOnly() const { return m_pendingOnly; }
    QString alias() const { return m_alias; }
    const ApprovalRequest &requestAt(int row) const { return rowAt(row); }
    /** The row of a request, -1 when not loaded. */
    int rowOf(const ApprovalId &id) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(ApprovalRequest::Kind kind);
    static QString statusText(ApprovalRequest::Status status);

protected:
    PageQuery pageQuery(const ApprovalRequest *after, int limit) const override;

private:
    AdminService *m_admin;
    bool m_pendingOnly = true;
    QString m_alias;
};
