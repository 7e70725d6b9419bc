// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ApprovalsPage.h"

#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "ui/AliasSelector.h"
#include "ui/ApprovalModel.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kQueueLimit = 500;

} // namespace

ApprovalsPage::ApprovalsPage(AdminService *admin, QWidget *parent)
    : BrowserPage(parent)
    , m_admin(admin)
    , m_model(new ApprovalModel(admin, this))
    , m_alias(new AliasSelector(this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_countLabel(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_commentLabel(new QLabel(this))
    , m_comment(new QLineEdit(this))
    , m_approve(new QPushButton(Icons::get(QStringLiteral("positive")), QString(), this))
    , m_reject(new QPushButton(Icons::get(QStringLiteral("revoke")), QString(), this))
    , m_poll(new QTimer(this))
{
    m_filter->setObjectName(QStringLiteral("approvalFilter"));
    m_table->setObjectName(QStringLiteral("approvals"));
    m_details->setObjectName(QStringLiteral("approvalDetails"));
    m_comment->setObjectName(QStringLiteral("approvalComment"));
    m_comment->setMaxLength(500);
    m_approve->setObjectName(QStringLiteral("approveRequest"));
    m_reject->setObjectName(QStringLiteral("rejectRequest"));
    m_filterLabel->setBuddy(m_filter);
    m_alias->setAllowAll(true);
    m_commentLabel->setBuddy(m_comment);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_alias);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter);
    top->addWidget(m_countLabel, 1);

    auto *decision = new QHBoxLayout;
    decision->addWidget(m_commentLabel);
    decision->addWidget(m_comment, 1);
    decision->addWidget(m_reject);
    decision->addWidget(m_approve);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(m_details, 1);
    bottomLayout->addLayout(decision);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setUpBrowser(m_table, splitter,
                 {{int(ApprovalModel::Column::Id), 100},
                  {int(ApprovalModel::Column::Kind), 100},
                  {int(ApprovalModel::Column::Alias), 80},
                  {int(ApprovalModel::Column::KeyThumbprint), 180},
                  {int(ApprovalModel::Column::Requested), 140},
                  {int(ApprovalModel::Column::State), 80},
                  {int(ApprovalModel::Column::DecidedBy), 110},
                  {int(ApprovalModel::Column::DecidedAt), 140}},
                 {});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    fillFilter();
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ApprovalsPage::loadRequests);
    connect(m_alias, &AliasSelector::aliasChanged, this, &ApprovalsPage::loadRequests);
    connect(m_model, &ApprovalModel::pageLoaded, this, &ApprovalsPage::requestsArrived);
    connect(m_model, &ApprovalModel::loadFailed, this, [this](const CoreError &e) {
        showError(ErrorMessages::describe(tr("Reading the approval requests failed."), e));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ApprovalsPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ApprovalsPage::showDetails);
    connect(m_approve, &QPushButton::clicked, this, &ApprovalsPage::approveSelected);
    connect(m_reject, &QPushButton::clicked, this, &ApprovalsPage::rejectSelected);
    connect(m_admin, &AdminService::approvalsChanged, this, [this]() {
        if (isLoaded()) {
            refresh(); // polls too
        } else {
            poll();
        }
    });
    m_poll->setInterval(10000);
    connect(m_poll, &QTimer::timeout, this, &ApprovalsPage::poll);
    m_poll->start();
    retranslate();
    // The first check runs as soon as the event loop does: the badge is there from the start.
    QTimer::singleShot(0, this, &ApprovalsPage::poll);
}

QString ApprovalsPage::title() const
{
    return m_pending > 0 ? tr("Approvals (%1)").arg(m_pending) : tr("Approvals");
}

QIcon ApprovalsPage::icon() const
{
    return Icons::get(QStringLiteral("approvals"));
}

void ApprovalsPage::setPollInterval(int ms)
{
    m_poll->start(ms);
}

bool ApprovalsPage::showsDecided() const
{
    return m_filter->currentData().toBool();
}

void ApprovalsPage::setShowDecided(bool all)
{
    m_filter->setCurrentIndex(m_filter->findData(all));
}

void ApprovalsPage::fillFilter()
{
    const int current = qMax(0, m_filter->currentIndex());
    const QSignalBlocker block(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("Pending"), false);
    m_filter->addItem(tr("All requests"), true);
    m_filter->setCurrentIndex(current);
}

void ApprovalsPage::retranslate()
{
    m_filterLabel->setText(tr("&Show:"));
    m_commentLabel->setText(tr("&Comment:"));
    m_comment->setPlaceholderText(tr("Why, for the audit log (optional)"));
    m_approve->setText(tr("&Approve"));
    m_reject->setText(tr("&Reject"));
    fillFilter();
    showDetails();
}

void ApprovalsPage::refresh()
{
    ConfigStore *config = m_admin->config();
    m_admin->executor()->run<Result<QList<AliasConfig>>>(
        this, [config]() { return config->aliases(); },
        [this](const Result<QList<AliasConfig>> &aliases) {
            if (aliases) {
                QStringList names;
                for (const AliasConfig &a : *aliases) {
                    names << a.name;
                }
                m_alias->setAliases(names, m_alias->currentAlias());
            }
        });
    loadRequests();
    poll();
}

void ApprovalsPage::loadRequests()
{
    if (m_table->currentIndex().isValid()) {
        m_keepSelected = m_model->requestAt(m_table->currentIndex().row()).id;
    }
    m_model->setFilter(!showsDecided(), m_alias->currentAlias());
}

void ApprovalsPage::requestsArrived()
{
    if (const int row = m_model->rowOf(m_keepSelected); row >= 0) {
        m_table->selectRow(row);
        m_keepSelected = {};
    }
    const int shown = m_model->rowCount();
    QString text = showsDecided() ? tr("%n request(s), newest first", nullptr, shown)
                                  : tr("%n request(s) waiting for a decision", nullptr, shown);
    if (m_model->hasMore()) {
        text += QLatin1Char(' ') + tr("(scroll down for more)");
    }
    m_countLabel->setText(text);
    emit requestsLoaded();
}

void ApprovalsPage::poll()
{
    ApprovalService *service = &m_admin->approvals();
    m_admin->executor()->run<Result<QList<ApprovalRequest>>>(
        this, [service]() { return service->list(true, kQueueLimit); },
        [this](const Result<QList<ApprovalRequest>> &pending) {
            if (pending) {
                updatePending(*pending);
            } else {
                // A transient failure (a table locked by a writer, a dropped PostgreSQL connection)
                // must not leave the badge stale until the next regular poll.
                QTimer::singleShot(1000, this, &ApprovalsPage::poll);
            }
        });
}

void ApprovalsPage::updatePending(const QList<ApprovalRequest> &pending)
{
    const bool first = m_pending < 0;
    QList<ApprovalRequest> arrived;
    QSet<QString> now;
    for (const ApprovalRequest &r : pending) {
        now.insert(r.id.value());
        if (!m_seen.contains(r.id.value())) {
            arrived << r;
        }
    }
    m_seen = now;
    const int count = int(pending.size());
    if (count != m_pending) {
        m_pending = count;
        emit titleChanged();
        emit pendingCountChanged(count);
    }
    if (first || arrived.isEmpty()) {
        return; // those waiting when the console started are not news
    }
    if (isLoaded() && !showsDecided()) {
        refresh();
    }
    const ApprovalRequest &r = arrived.constFirst();
    const QString text = arrived.size() == 1 ? tr("%1 request %2 for alias %3 waits for approval.")
                                                   .arg(ApprovalModel::kindText(r.kind), r.id.value(), r.alias)
                                             : tr("%n new request(s) wait for approval.", nullptr, int(arrived.size()));
    emit notificationRequested(tr("Anvil: approval requested"), text);
}

void ApprovalsPage::selectRequest(const ApprovalId &id)
{
    if (const int row = m_model->rowOf(id); row >= 0) {
        m_table->selectRow(row);
    }
}

void ApprovalsPage::showDetails()
{
    const QModelIndex current = m_table->currentIndex();
    const bool pending
        = current.isValid() && m_model->requestAt(current.row()).status == ApprovalRequest::Status::Pending;
    m_approve->setEnabled(pending && !m_deciding);
    m_reject->setEnabled(pending && !m_deciding);
    m_comment->setEnabled(pending);
    if (!current.isValid()) {
        m_details->setHtml(QStringLiteral("<p>%1</p>")
                               .arg((m_model->rowCount() == 0
                                         ? tr("No requests wait for a decision. Requests appear here when an alias "
                                              "requires approval for account registration or key change, or holds "
                                              "orders for names matching its order approval patterns.")
                                         : tr("Select a request to see what the client asked for."))
                                        .toHtmlEscaped()));
        return;
    }
    const ApprovalRequest &r = m_model->requestAt(current.row());
    const QLocale locale;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    auto time = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : QStringLiteral("–");
    };
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg(tr("%1 request %2").arg(ApprovalModel::kindText(r.kind), r.id.value()).toHtmlEscaped());
    html += row(tr("State"), ApprovalModel::statusText(r.status));
    html += row(tr("Alias"), r.alias);
    const QJsonObject sent = QJsonDocument::fromJson(r.payload.toUtf8()).object();
    if (r.kind == ApprovalRequest::Kind::Order) {
        // What the certificate would say: the admin decides on names, not on JSON.
        QStringList identifiers;
        for (const QJsonValue &id : sent.value(QStringLiteral("identifiers")).toArray()) {
            identifiers << QStringLiteral("%1 (%2)").arg(id[QStringLiteral("value")].toString(),
                                                         id[QStringLiteral("type")].toString());
        }
        html += row(tr("Order"), r.orderId);
        html += row(tr("Identifiers"), identifiers.join(QStringLiteral(", ")));
        const QString subject = sent.value(QStringLiteral("csrSubject")).toString();
        html += row(tr("CSR subject"), subject.isEmpty() ? tr("(empty)") : subject);
        if (sent.contains(QStringLiteral("profile"))) {
            html += row(tr("Profile"), sent.value(QStringLiteral("profile")).toString());
        }
    }
    if (!r.accountId.isEmpty()) {
        html += row(tr("Account"), r.accountId);
    }
    html += row(tr("Key thumbprint"), r.keyThumbprint);
    html += row(tr("Requested"), time(r.createdAt));
    html += row(tr("Valid until"), time(r.expiresAt));
    if (r.decidedAt.isValid()) {
        html += row(tr("Decided"), tr("%1 by %2").arg(time(r.decidedAt), r.decidedBy));
        html += row(tr("Comment"), r.comment);
    }
    html += QStringLiteral("</table>");
    if (!r.payload.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(r.payload.toUtf8());
        const QString text = doc.isNull() ? r.payload : QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
        html += QStringLiteral("<h4>%1</h4><pre style='white-space:pre-wrap'>%2</pre>")
                    .arg(tr("What the client sent").toHtmlEscaped(), text.toHtmlEscaped());
    }
    m_details->setHtml(html);
}

void ApprovalsPage::approveSelected()
{
    decide(true);
}

void ApprovalsPage::rejectSelected()
{
    decide(false);
}

void ApprovalsPage::decide(bool approve)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_deciding) {
        return;
    }
    const ApprovalId id = m_model->requestAt(current.row()).id;
    const ApprovalRequest::Kind kind = m_model->requestAt(current.row()).kind;
    const QString comment = m_comment->text().trimmed();
    ApprovalService *service = &m_admin->approvals();
    const QString actor = m_admin->actor();
    m_deciding = true;
    showDetails();
    m_admin->executor()->run<VoidResult>(
        this,
        [service, id, actor, comment, approve]() {
            return approve ? service->approve(id, actor, comment) : service->reject(id, actor, comment);
        },
        [this, id, kind, approve](const VoidResult &r) {
            m_deciding = false;
            if (!r) {
                showError(ErrorMessages::describe(approve ? tr("Approving request %1 failed.").arg(id.value())
                                                          : tr("Rejecting request %1 failed.").arg(id.value()),
                                                  r.error()));
                showDetails();
                emit decisionFinished(false);
                return;
            }
            m_comment->clear();
            if (approve && kind == ApprovalRequest::Kind::Order) {
                showPositive(tr("Request %1 approved: the order's certificate is issued.").arg(id.value()));
            } else {
                showPositive(approve ? tr("Request %1 approved: the client's next attempt succeeds.").arg(id.value())
                                     : tr("Request %1 rejected.").arg(id.value()));
            }
            emit m_admin->approvalsChanged();
            emit m_admin->auditChanged();
            emit decisionFinished(true);
        });
}

void ApprovalsPage::changeEvent(QEvent *event)
{
    ConsolePage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
}
