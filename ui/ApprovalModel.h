// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/approvals/ApprovalRequest.h"

#include <QAbstractTableModel>
#include <QList>

/**
 * The approval queue (ApprovalService::list): pending requests, or the newest requests of every
 * state. The service caps the list (the newest 500), so the rows are loaded whole.
 */
class ApprovalModel : public QAbstractTableModel
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

    using QAbstractTableModel::QAbstractTableModel;

    void setRequests(const QList<ApprovalRequest> &requests);
    const ApprovalRequest &requestAt(int row) const { return m_requests.at(row); }
    /** The row of a request, -1 when not listed. */
    int rowOf(const ApprovalId &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(ApprovalRequest::Kind kind);
    static QString statusText(ApprovalRequest::Status status);

private:
    QList<ApprovalRequest> m_requests;
};
