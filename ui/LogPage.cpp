// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LogPage.h"

#include "core/admin/AdminService.h"
#include "ui/Icons.h"
#include "ui/RequestLogModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <utility>

namespace {

/** Rows containing a text in any column, optionally only failed requests. */
class RequestLogFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setCriteria(const QString &text, bool errorsOnly)
    {
        m_text = text;
        m_errorsOnly = errorsOnly;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const auto *log = static_cast<const RequestLogModel *>(sourceModel());
        if (parent.isValid()) {
            return false;
        }
        const RequestLogEntry &e = log->entryAt(row);
        if (m_errorsOnly && e.status < 400) {
            return false;
        }
        if (m_text.isEmpty()) {
            return true;
        }
        const auto has = [this](const QString &s) { return s.contains(m_text, Qt::CaseInsensitive); };
        return has(e.path) || has(e.method) || has(e.alias) || has(e.account) || has(e.problemType)
            || has(QString::number(e.status));
    }

private:
    QString m_text;
    bool m_errorsOnly = false;
};

} // namespace

LogPage::LogPage(AdminService *admin, QWidget *parent)
    : BrowserPage(parent)
    , m_admin(admin)
    , m_model(new RequestLogModel(RequestLogModel::kDefaultCapacity, this))
    , m_proxy(new RequestLogFilter(this))
    , m_search(new QLineEdit(this))
    , m_errorsOnly(new QCheckBox(this))
    , m_pauseButton(new QPushButton(this))
    , m_clearButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_countLabel(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_errorsOnly->setObjectName(QStringLiteral("errorsOnly"));
    m_pauseButton->setObjectName(QStringLiteral("pauseButton"));
    m_pauseButton->setCheckable(true);
    m_clearButton->setIcon(Icons::get(QStringLiteral("remove")));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_errorsOnly);
    filterRow->addWidget(m_pauseButton);
    filterRow->addWidget(m_clearButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);

    setUpBrowser(m_table, nullptr,
                 {{int(RequestLogModel::Column::Time), 100},
                  {int(RequestLogModel::Column::Method), 70},
                  {int(RequestLogModel::Column::Path), 300},
                  {int(RequestLogModel::Column::Alias), 100},
                  {int(RequestLogModel::Column::Account), 150},
                  {int(RequestLogModel::Column::Status), 60},
                  {int(RequestLogModel::Column::Problem), 150}},
                 {}, m_search);
    retranslate();

    connect(m_errorsOnly, &QCheckBox::toggled, this, &LogPage::applySearch);
    connect(m_pauseButton, &QPushButton::toggled, this, &LogPage::setPaused);
    connect(m_clearButton, &QPushButton::clicked, this, [this]() {
        m_held.clear();
        m_model->clear();
        updateCount();
    });
    // Listen from the start, not only once shown: the log covers the whole session.
    connect(admin->requestLog(), &RequestLog::entriesArrived, this, &LogPage::takeEntries);
    updateCount();
}

LogPage::~LogPage() = default;

QString LogPage::title() const
{
    return tr("Request log");
}

QIcon LogPage::icon() const
{
    return Icons::get(QStringLiteral("log"));
}

QAbstractItemModel *LogPage::filteredModel() const
{
    return m_proxy;
}

void LogPage::retranslate()
{
    m_search->setPlaceholderText(tr("Filter by path, method, alias, account, status or problem"));
    m_errorsOnly->setText(tr("&Errors only"));
    m_errorsOnly->setToolTip(tr("Show only requests answered with a status of 400 or more"));
    m_pauseButton->setText(m_pauseButton->isChecked() ? tr("&Resume") : tr("&Pause"));
    m_pauseButton->setToolTip(tr("Hold new requests back while you read; they appear when you resume"));
    m_clearButton->setText(tr("C&lear"));
    updateCount();
}

void LogPage::refresh()
{
    // The log is live; F5 only re-applies the filter.
    applySearch();
}

void LogPage::setFilter(const QString &text, bool errorsOnly)
{
    {
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_errorsOnly);
        m_search->setText(text);
        m_errorsOnly->setChecked(errorsOnly);
    }
    applySearch();
}

void LogPage::applySearch()
{
    static_cast<RequestLogFilter *>(m_proxy)->setCriteria(m_search->text().trimmed(), m_errorsOnly->isChecked());
    updateCount();
}

void LogPage::setPaused(bool paused)
{
    if (m_pauseButton->isChecked() != paused) {
        m_pauseButton->setChecked(paused); // comes back here through toggled()
        return;
    }
    m_pauseButton->setText(paused ? tr("&Resume") : tr("&Pause"));
    if (!paused && !m_held.isEmpty()) {
        const QList<RequestLogEntry> held = std::exchange(m_held, {});
        m_model->append(held);
    }
    updateCount();
}

void LogPage::takeEntries(const QList<RequestLogEntry> &entries)
{
    if (m_pauseButton->isChecked()) {
        m_held += entries;
        if (m_held.size() > m_model->capacity()) {
            m_held.remove(0, m_held.size() - m_model->capacity());
        }
    } else {
        m_model->append(entries);
    }
    updateCount();
}

void LogPage::updateCount()
{
    const QLocale locale;
    QString text = tr("%1 of the last %2 requests shown")
                       .arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount()));
    if (!m_held.isEmpty()) {
        text += QStringLiteral(" · ") + tr("%n request(s) held while paused", nullptr, int(m_held.size()));
    }
    m_countLabel->setText(text);
}

void LogPage::changeEvent(QEvent *event)
{
    BrowserPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
}
