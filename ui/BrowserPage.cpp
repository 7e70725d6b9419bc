// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/BrowserPage.h"

#include "ui/ConsoleSettings.h"
#include "ui/Icons.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QTimer>

void BrowserPage::setUpBrowser(QTableView *table, QSplitter *splitter, const QList<QPair<int, int>> &columnWidths,
                               const QList<int> &splitterSizes, QLineEdit *search)
{
    m_table = table;
    m_splitter = splitter;
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionsMovable(true);
    if (const QByteArray state = ConsoleSettings::headerState(pageId()); !state.isEmpty()) {
        table->horizontalHeader()->restoreState(state);
    } else {
        for (const auto &[column, width] : columnWidths) {
            table->setColumnWidth(column, width);
        }
    }
    if (splitter) {
        if (const QByteArray state = ConsoleSettings::splitterState(pageId()); !state.isEmpty()) {
            splitter->restoreState(state);
        } else {
            splitter->setSizes(splitterSizes);
        }
    }
    if (search) {
        search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
        m_searchDelay = new QTimer(this);
        m_searchDelay->setSingleShot(true);
        m_searchDelay->setInterval(300);
        connect(m_searchDelay, &QTimer::timeout, this, &BrowserPage::applySearch);
        connect(search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    }
}

void BrowserPage::cancelPendingSearch()
{
    if (m_searchDelay) {
        m_searchDelay->stop();
    }
}

void BrowserPage::hideEvent(QHideEvent *event)
{
    if (m_table) {
        ConsoleSettings::setHeaderState(pageId(), m_table->horizontalHeader()->saveState());
    }
    if (m_splitter) {
        ConsoleSettings::setSplitterState(pageId(), m_splitter->saveState());
    }
    ConsolePage::hideEvent(event);
}
