// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/RequestLog.h"

#include <QAbstractTableModel>
#include <QVector>

/**
 * The live request log's table: the last `capacity` requests, newest first, in a ring buffer.
 * Entries arrive in batches (RequestLog::entriesArrived); each batch is one row insertion at the
 * top and at most one removal at the bottom, so hundreds of requests a second cost the view a
 * few updates a second, and memory stays bounded.
 */
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Time,
        Method,
        Path,
        Alias,
        Account,
        Status,
        Problem,
        Latency,
        Count,
    };

    static constexpr int kDefaultCapacity = 10000;

    explicit RequestLogModel(int capacity = kDefaultCapacity, QObject *parent = nullptr);

    int capacity() const { return m_capacity; }
    /** Row 0 is the newest entry. */
    const RequestLogEntry &entryAt(int row) const;
    /** Requests appended since the start or the last clear() (kept or not). */
    qint64 totalAppended() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** "badNonce" for "urn:ietf:params:acme:error:badNonce". */
    static QString shortProblem(const QString &type);

public slots:
    /** Adds a batch (oldest first); the oldest rows fall off the end beyond the capacity. */
    void append(const QList<RequestLogEntry> &entries);
    void clear();

private:
    int slotOf(int row) const { return (m_start + m_size - 1 - row) % m_capacity; }

    int m_capacity;
    QVector<RequestLogEntry> m_ring;
    /** Ring slot of the oldest entry. */
    int m_start = 0;
    int m_size = 0;
    qint64 m_total = 0;
};
