// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/AdminExecutor.h"
#include "core/admin/Page.h"
#include "core/util/Result.h"

#include <QAbstractTableModel>

#include <functional>

/**
 * The signals and state every paged console table shares (Qt's "Fetch More" example, made
 * asynchronous): rows arrive a page at a time from the admin worker thread; a view asks for the
 * next page when it scrolls to the end. The whole table is never loaded at once.
 */
class PagedModelBase : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_more; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows) { m_pageSize = rows; }

    /** Drops the rows and loads the first page again (after a filter change or an action). */
    virtual void reload() = 0;

signals:
    void loadingChanged(bool loading);
    /** A page could not be read; the message bar shows it. */
    void loadFailed(const CoreError &error);
    /** A page arrived (`rows` of them). */
    void pageLoaded(int rows);

protected:
    void setLoading(bool loading)
    {
        if (m_loading != loading) {
            m_loading = loading;
            emit loadingChanged(loading);
        }
    }

    bool m_loading = false;
    bool m_more = true;
    int m_pageSize = 200;
    /** Bumped by reload(): pages of an older generation are dropped when they arrive. */
    quint64 m_generation = 0;
};

/**
 * A paged table of `Row` values. A subclass says how to read one page after a given row
 * (pageQuery) and how to show a row (columnCount/data).
 */
template<typename Row> class PagedTableModel : public PagedModelBase
{
public:
    using PageQuery = std::function<Result<Page<Row>>()>;

    PagedTableModel(AdminExecutor *executor, QObject *parent = nullptr)
        : PagedModelBase(parent)
        , m_executor(executor)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_rows.size(); }

    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && m_more && !m_loading; }

    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent)) {
            return;
        }
        setLoading(true);
        const quint64 generation = m_generation;
        PageQuery query = pageQuery(m_rows.isEmpty() ? nullptr : &m_rows.constLast(), m_pageSize);
        m_executor->run<Result<Page<Row>>>(this, query, [this, generation](const Result<Page<Row>> &page) {
            if (generation != m_generation) {
                return; // a reload() started since: this page belongs to the old list
            }
            if (!page) {
                m_more = false;
                setLoading(false);
                emit loadFailed(page.error());
                return;
            }
            // Still "loading" while the rows go in: a view or tester that asks for more from its
            // rowsInserted handler must wait for the cursor (the last row) to be there.
            if (!page->rows.isEmpty()) {
                beginInsertRows({}, m_rows.size(), m_rows.size() + page->rows.size() - 1);
                m_rows += page->rows;
                endInsertRows();
            }
            m_more = page->more;
            setLoading(false);
            emit pageLoaded(page->rows.size());
        });
    }

    void reload() override
    {
        beginResetModel();
        m_rows.clear();
        m_more = true;
        ++m_generation;
        setLoading(false);
        endResetModel();
        fetchMore({});
    }

    const Row &rowAt(int row) const { return m_rows.at(row); }
    /** Replaces one row in place (after an action changed it) without reloading the list. */
    void replaceRow(int row, const Row &value)
    {
        m_rows[row] = value;
        emit dataChanged(index(row, 0), index(row, columnCount({}) - 1));
    }

protected:
    /**
     * The work that reads the page after `after` (null: the first page). It runs on the worker
     * thread, so it must capture what it needs by value.
     */
    virtual PageQuery pageQuery(const Row *after, int limit) const = 0;

    AdminExecutor *m_executor;
    QList<Row> m_rows;
};
