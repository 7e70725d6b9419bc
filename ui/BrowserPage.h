// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/ConsolePage.h"

#include <QList>
#include <QPair>

class QLineEdit;
class QSplitter;
class QTableView;
class QTimer;

/**
 * What the console's browser pages (a searchable table over a details pane) share: the table's
 * look, column widths and splitter remembered per page, and a search field that applies its
 * filter after the admin stops typing.
 */
class BrowserPage : public ConsolePage
{
    Q_OBJECT

public:
    using ConsolePage::ConsolePage;

protected:
    /**
     * Call once the widgets exist. `columnWidths` (column, width) and `splitterSizes` apply
     * until the admin changed them; then what was saved when the page was last hidden applies.
     * `search` (optional) gets a search icon and calls `applySearch` 300 ms after the last key.
     */
    void setUpBrowser(QTableView *table, QSplitter *splitter, const QList<QPair<int, int>> &columnWidths,
                      const QList<int> &splitterSizes, QLineEdit *search = nullptr);
    /** Drops a search typed but not applied yet (the filter was set from code). */
    void cancelPendingSearch();
    /** The filter of the search field changed (after the delay). */
    virtual void applySearch() { refresh(); }
    void hideEvent(QHideEvent *event) override;

private:
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QTimer *m_searchDelay = nullptr;
};
