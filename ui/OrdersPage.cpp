// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OrdersPage.h"

#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"
#include "ui/OrderModel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

OrdersPage::OrdersPage(AdminService *admin, QWidget *parent)
    : BrowserPage(parent)
    , m_admin(admin)
    , m_model(new OrderModel(admin, this))
    , m_search(new QLineEdit(this))
    , m_statusLabel(new QLabel(this))
    , m_statusFilter(new QComboBox(this))
    , m_aliasLabel(new QLabel(this))
    , m_aliasFilter(new QComboBox(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(m_splitter))
    , m_details(new QTextBrowser(this))
    , m_certificateButton(new QPushButton(this))
    , m_countLabel(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_aliasFilter->setObjectName(QStringLiteral("aliasFilter"));
    m_statusLabel->setBuddy(m_statusFilter);
    m_aliasLabel->setBuddy(m_aliasFilter);
    m_aliasFilter->setMinimumContentsLength(12);
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setModel(m_model);
    m_details->setObjectName(QStringLiteral("details"));
    m_details->setOpenLinks(false);
    m_certificateButton->setIcon(Icons::get(QStringLiteral("certificates")));
    m_countLabel->setObjectName(QStringLiteral("countLabel"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_statusLabel);
    filterRow->addWidget(m_statusFilter);
    filterRow->addWidget(m_aliasLabel);
    filterRow->addWidget(m_aliasFilter);

    auto *detailsPane = new QWidget(m_splitter);
    auto *detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_certificateButton);
    detailsLayout->addLayout(buttons);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(detailsPane);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_countLabel);

    setUpBrowser(m_table, m_splitter,
                 {{int(OrderModel::Column::Identifiers), 280},
                  {int(OrderModel::Column::Status), 100},
                  {int(OrderModel::Column::Alias), 110},
                  {int(OrderModel::Column::Account), 170},
                  {int(OrderModel::Column::Created), 140}},
                 {400, 280}, m_search);
    retranslate();

    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &OrdersPage::applySearch);
    connect(m_aliasFilter, &QComboBox::currentIndexChanged, this, &OrdersPage::applySearch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrdersPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OrdersPage::showDetails);
    connect(m_model, &OrderModel::pageLoaded, this, &OrdersPage::updateCount);
    connect(m_model, &OrderModel::loadFailed, this,
            [this](const CoreError &e) { showError(ErrorMessages::describe(tr("Reading the orders failed."), e)); });
    connect(m_certificateButton, &QPushButton::clicked, this, [this]() {
        if (!m_certificate.isNull()) {
            emit certificateRequested(m_certificate);
        }
    });
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        // Account links filter the orders by that account.
        if (url.scheme() == QLatin1String("account")) {
            setFilter(url.path());
        }
    });
    showDetails();
}

OrdersPage::~OrdersPage() = default;

QString OrdersPage::title() const
{
    return tr("Orders");
}

QIcon OrdersPage::icon() const
{
    return Icons::get(QStringLiteral("orders"));
}

void OrdersPage::retranslate()
{
    m_search->setPlaceholderText(tr("Search identifier, order id or account id"));
    m_statusLabel->setText(tr("S&tatus:"));
    m_aliasLabel->setText(tr("A&lias:"));
    m_certificateButton->setText(tr("Show &certificate"));
    m_certificateButton->setToolTip(tr("Open the certificate issued for this order in the certificates browser"));
    fillStatusFilter();
    const QSignalBlocker block(m_aliasFilter);
    if (m_aliasFilter->count() == 0) {
        m_aliasFilter->addItem(QString(), QString());
    }
    m_aliasFilter->setItemText(0, tr("All aliases"));
}

void OrdersPage::fillStatusFilter()
{
    const int current = qMax(0, m_statusFilter->currentIndex());
    const QSignalBlocker block(m_statusFilter);
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("Any"), QString());
    for (const char *s : {"pending", "ready", "processing", "valid", "invalid"}) {
        m_statusFilter->addItem(OrderModel::statusText(QLatin1String(s)), QLatin1String(s));
    }
    m_statusFilter->setCurrentIndex(current);
}

void OrdersPage::loadAliases()
{
    ConfigStore *config = m_admin->config();
    m_admin->executor()->run<Result<QList<AliasConfig>>>(
        this, [config]() { return config->aliases(); },
        [this](const Result<QList<AliasConfig>> &aliases) {
            if (!aliases) {
                return; // the filter keeps "All aliases"; the orders themselves still load
            }
            const QString current = m_aliasFilter->currentData().toString();
            const QSignalBlocker block(m_aliasFilter);
            while (m_aliasFilter->count() > 1) {
                m_aliasFilter->removeItem(1);
            }
            for (const AliasConfig &a : *aliases) {
                m_aliasFilter->addItem(a.name, a.name);
            }
            m_aliasFilter->setCurrentIndex(qMax(0, m_aliasFilter->findData(current)));
        });
}

void OrdersPage::refresh()
{
    loadAliases();
    applySearch();
}

void OrdersPage::setFilter(const QString &text, const QString &status, const QString &alias)
{
    {
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_statusFilter);
        const QSignalBlocker b3(m_aliasFilter);
        m_search->setText(text);
        m_statusFilter->setCurrentIndex(qMax(0, m_statusFilter->findData(status)));
        if (!alias.isEmpty() && m_aliasFilter->findData(alias) < 0) {
            m_aliasFilter->addItem(alias, alias);
        }
        m_aliasFilter->setCurrentIndex(qMax(0, m_aliasFilter->findData(alias)));
    }
    applySearch();
}

void OrdersPage::applySearch()
{
    OrderFilter filter;
    filter.text = m_search->text().trimmed();
    filter.status = m_statusFilter->currentData().toString();
    filter.alias = m_aliasFilter->currentData().toString();
    m_total = -1;
    m_model->setFilter(filter);
    const OrderCatalog *catalog = &m_admin->orders();
    m_admin->executor()->run<Result<qint64>>(
        this, [catalog, filter]() { return catalog->count(filter); },
        [this, filter](const Result<qint64> &n) {
            if (m_model->filter().text != filter.text || m_model->filter().status != filter.status
                || m_model->filter().alias != filter.alias) {
                return; // a newer filter's count follows
            }
            m_total = n ? *n : -1;
            updateCount();
        });
}

void OrdersPage::updateCount()
{
    const QLocale locale;
    if (m_total < 0) {
        m_countLabel->setText(tr("%n order(s) loaded", nullptr, m_model->rowCount()));
    } else if (m_model->rowCount() >= m_total) {
        m_countLabel->setText(tr("%1 orders").arg(locale.toString(m_total)));
    } else {
        m_countLabel->setText(tr("%1 of %2 orders shown; scroll down for more")
                                  .arg(locale.toString(m_model->rowCount()), locale.toString(m_total)));
    }
}

QString OrdersPage::detailsText() const
{
    return m_details->toPlainText();
}

void OrdersPage::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_certificate = CertificateId();
    m_certificateButton->setEnabled(false);
    if (!current.isValid()) {
        m_details->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("Select an order to see its identifiers, authorizations, challenges and "
                                       "errors.")
                                        .toHtmlEscaped()));
        return;
    }
    const OrderId id = m_model->rowAt(current.row()).id;
    const OrderCatalog *catalog = &m_admin->orders();
    m_admin->executor()->run<Result<OrderDetails>>(
        this, [catalog, id]() { return catalog->details(id); },
        [this, id](const Result<OrderDetails> &details) {
            const QModelIndex now = m_table->selectionModel()->currentIndex();
            if (!now.isValid() || m_model->rowAt(now.row()).id != id) {
                return;
            }
            if (!details) {
                showError(ErrorMessages::describe(tr("Reading order %1 failed.").arg(id.value()), details.error()));
                return;
            }
            renderDetails(*details);
            emit detailsShown(id.value());
        });
}

namespace {

QString problemHtml(const OrderProblem &p)
{
    QString html = QStringLiteral("<span style='color:#d64545'>%1</span>").arg(p.detail.toHtmlEscaped());
    if (!p.type.isEmpty()) {
        html += QStringLiteral(" <small><code>%1</code></small>").arg(p.type.toHtmlEscaped());
    }
    for (const QString &sub : p.subproblems) {
        html += QStringLiteral("<br>&nbsp;&nbsp;• %1").arg(sub.toHtmlEscaped());
    }
    return html;
}

} // namespace

void OrdersPage::renderDetails(const OrderDetails &d)
{
    const OrderSummary &o = d.summary;
    const QLocale locale;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    auto text = [](const QString &s) { return s.toHtmlEscaped(); };
    auto time = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat).toHtmlEscaped()
                           : QStringLiteral("–");
    };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(text(tr("Order %1").arg(o.id.value())));
    html += row(tr("Status"), text(OrderModel::statusText(o.status)));
    if (o.awaitingApproval) {
        html += row(
            tr("Approval"),
            text(tr("Held until an administrator decides on approval request %1 (Approvals page)").arg(o.approvalId)));
    } else if (const QString decided = OrderModel::decisionText(o); !decided.isEmpty()) {
        html += row(tr("Approval"), text(decided));
    } else if (!o.approvalId.isEmpty()) {
        html += row(tr("Approval"), text(tr("Decided: approval request %1").arg(o.approvalId)));
    }
    if (!d.error.isNull()) {
        html += row(tr("Error"), problemHtml(d.error));
    }
    html += row(tr("Identifiers"), text(o.identifiers.join(QStringLiteral(", "))));
    html += row(tr("Alias"), text(o.alias));
    html
        += row(tr("Account"),
               QStringLiteral("<a href='account:%1'>%2</a>").arg(text(o.accountId.value()), text(o.accountId.value())));
    if (!o.profile.isEmpty()) {
        html += row(tr("Profile"), text(o.profile));
    }
    if (!d.certificateSerial.isEmpty()) {
        html += row(tr("Certificate"), QStringLiteral("<code>%1</code>").arg(text(d.certificateSerial)));
    }
    if (d.notBefore.isValid() || d.notAfter.isValid()) {
        html += row(tr("Requested validity"), text(tr("%1 to %2")).arg(time(d.notBefore), time(d.notAfter)));
    }
    if (!d.replaces.isEmpty()) {
        html += row(tr("Replaces"), text(d.replaces));
    }
    html += row(tr("Created"), time(o.createdAt));
    html += row(tr("Updated"), time(o.updatedAt));
    html += row(tr("Expires"), time(o.expires));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1</h4>").arg(text(tr("Authorizations")));
    if (d.authorizations.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(text(tr("none")));
    }
    for (const AuthorizationDetails &a : d.authorizations) {
        html += QStringLiteral("<p><b>%1</b> — %2 <small>(%3)</small></p><ul>")
                    .arg(text(a.identifier), text(OrderModel::statusText(a.status)),
                         text(tr("expires %1").arg(locale.toString(a.expires.toLocalTime(), QLocale::ShortFormat))));
        for (const ChallengeDetails &c : a.challenges) {
            QString line = QStringLiteral("<li>%1: %2").arg(text(c.type), text(OrderModel::statusText(c.status)));
            if (c.validatedAt.isValid()) {
                line += QStringLiteral(" <small>(%1)</small>").arg(text(tr("validated %1")).arg(time(c.validatedAt)));
            }
            if (!c.error.isNull()) {
                line += QStringLiteral("<br>") + problemHtml(c.error);
            }
            html += line + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
    m_certificate = o.certificateId;
    m_certificateButton->setEnabled(!m_certificate.isNull());
}

void OrdersPage::changeEvent(QEvent *event)
{
    BrowserPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        updateCount();
        showDetails();
        emit titleChanged();
    }
}
