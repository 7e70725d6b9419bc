// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DashboardPage.h"

#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "ui/ErrorMessages.h"
#include "ui/HistoryChart.h"
#include "ui/Icons.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

const char *const kCards[] = {"accounts",    "ordersPending", "ordersValid",  "ordersInvalid", "certificates",
                              "issuedToday", "revokedToday",  "expiringSoon", "approvals",     "cas"};
/** The live server numbers (the /metrics gauges and totals), in a row of their own. */
const char *const kMetricCards[] = {"requests", "latencyP99", "issuedTotal", "revokedTotal", "nonces"};

QString milliseconds(double seconds)
{
    return seconds < 0 ? QStringLiteral("–") : QLocale().toString(seconds * 1000, 'f', seconds < 0.01 ? 2 : 1);
}

} // namespace

DashboardPage::DashboardPage(AdminService *admin, QWidget *parent)
    : ConsolePage(parent)
    , m_admin(admin)
    , m_heading(new QLabel(this))
    , m_server(new QLabel(this))
    , m_chartTitle(new QLabel(this))
    , m_activityTitle(new QLabel(this))
    , m_errorsTitle(new QLabel(this))
    , m_chart(new HistoryChart(this))
    , m_activity(new QTreeWidget(this))
    , m_errors(new QTreeWidget(this))
    , m_autoRefresh(new QTimer(this))
    , m_metricsTitle(new QLabel(this))
    , m_metricsNote(new QLabel(this))
    , m_requests(new QTreeWidget(this))
    , m_validations(new QTreeWidget(this))
    , m_metricsRefresh(new QTimer(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_server->setObjectName(QStringLiteral("dashboardServer"));
    m_server->setWordWrap(true);
    QFont sectionFont = m_chartTitle->font();
    sectionFont.setBold(true);
    m_chartTitle->setFont(sectionFont);
    m_activityTitle->setFont(sectionFont);
    m_errorsTitle->setFont(sectionFont);
    m_metricsTitle->setFont(sectionFont);
    m_metricsNote->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setSpacing(10);
    int i = 0;
    for (const char *key : kCards) {
        addCard(grid, QLatin1String(key), i / 5, i % 5);
        ++i;
    }
    i = 0;
    for (const char *key : kMetricCards) {
        addCard(grid, QLatin1String(key), 2, i++);
    }

    m_activity->setRootIsDecorated(false);
    m_activity->setColumnCount(4);
    m_activity->header()->setStretchLastSection(true);
    m_activity->setMinimumHeight(150);
    m_errors->setObjectName(QStringLiteral("dashboardErrors"));
    m_errors->setRootIsDecorated(false);
    m_errors->setColumnCount(5);
    m_errors->header()->setStretchLastSection(true);
    m_errors->setMinimumHeight(150);
    m_requests->setObjectName(QStringLiteral("dashboardRequests"));
    m_requests->setRootIsDecorated(false);
    m_requests->setColumnCount(5);
    m_requests->setSortingEnabled(false);
    m_requests->header()->setStretchLastSection(true);
    m_requests->setMinimumHeight(120);
    m_validations->setObjectName(QStringLiteral("dashboardValidations"));
    m_validations->setRootIsDecorated(false);
    m_validations->setColumnCount(3);
    m_validations->header()->setStretchLastSection(true);
    m_validations->setMinimumHeight(120);

    // Everything scrolls as one: the dashboard is taller than a small window.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_heading);
    layout->addWidget(m_server);
    layout->addLayout(grid);
    layout->addWidget(m_metricsTitle);
    layout->addWidget(m_metricsNote);
    auto *metrics = new QGridLayout;
    metrics->setHorizontalSpacing(10);
    metrics->addWidget(m_requests, 0, 0);
    metrics->addWidget(m_validations, 0, 1);
    metrics->setColumnStretch(0, 3);
    metrics->setColumnStretch(1, 2);
    layout->addLayout(metrics, 1);
    layout->addSpacing(6);
    layout->addWidget(m_chartTitle);
    layout->addWidget(m_chart, 1);
    // What admins did beside why clients failed, both newest first.
    auto *lists = new QGridLayout;
    lists->setHorizontalSpacing(10);
    lists->addWidget(m_activityTitle, 0, 0);
    lists->addWidget(m_activity, 1, 0);
    lists->addWidget(m_errorsTitle, 0, 1);
    lists->addWidget(m_errors, 1, 1);
    layout->addLayout(lists, 1);
    scroll->setWidget(content);

    // Counts move while the server works; refresh while the page is in view.
    m_autoRefresh->setInterval(15000);
    connect(m_autoRefresh, &QTimer::timeout, this, &DashboardPage::refresh);
    // The server's counters move with every request: read them more often (cheap: a copy under a
    // lock and three indexed counts, on the admin worker thread).
    m_metricsRefresh->setInterval(5000);
    connect(m_metricsRefresh, &QTimer::timeout, this, &DashboardPage::refreshMetrics);
    connect(m_admin, &AdminService::serverStateChanged, this, &DashboardPage::showServer);
    connect(m_admin->config(), &ConfigStore::configChanged, this, [this]() {
        if (isLoaded()) {
            refresh();
        }
    });
    retranslate();
}

QString DashboardPage::title() const
{
    return tr("Dashboard");
}

QIcon DashboardPage::icon() const
{
    return Icons::get(QStringLiteral("dashboard"));
}

void DashboardPage::addCard(QGridLayout *grid, const QString &key, int row, int column)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(frame);
    auto *value = new QLabel(QStringLiteral("–"), frame);
    value->setObjectName(key + QStringLiteral("Value"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    value->setFont(big);
    auto *caption = new QLabel(frame);
    caption->setWordWrap(true);
    layout->addWidget(value);
    layout->addWidget(caption);
    grid->addWidget(frame, row, column);
    m_cards.insert(key, Card {value, caption});
}

QString DashboardPage::cardValue(const QString &key) const
{
    return m_cards.contains(key) ? m_cards.value(key).value->text() : QString();
}

void DashboardPage::retranslate()
{
    m_heading->setText(tr("Dashboard"));
    m_chartTitle->setText(tr("The last 14 days"));
    m_activityTitle->setText(tr("Recent activity"));
    m_activity->setHeaderLabels({tr("Time"), tr("Actor"), tr("Action"), tr("Object")});
    m_errorsTitle->setText(tr("Recent failed validations"));
    m_errors->setHeaderLabels({tr("Time"), tr("Alias"), tr("Identifier"), tr("Challenge"), tr("Problem")});
    m_metricsTitle->setText(tr("Live server metrics"));
    m_requests->setHeaderLabels({tr("Endpoint"), tr("Requests"), tr("By status"), tr("p50 (ms)"), tr("p99 (ms)")});
    m_validations->setHeaderLabels({tr("Challenge"), tr("Result"), tr("Validations")});
    const QHash<QString, QString> captions {
        {QStringLiteral("accounts"), tr("ACME accounts")},
        {QStringLiteral("ordersPending"), tr("Orders waiting for validation")},
        {QStringLiteral("ordersValid"), tr("Orders completed")},
        {QStringLiteral("ordersInvalid"), tr("Orders failed")},
        {QStringLiteral("certificates"), tr("Valid certificates")},
        {QStringLiteral("issuedToday"), tr("Issued today")},
        {QStringLiteral("revokedToday"), tr("Revoked today")},
        {QStringLiteral("expiringSoon"), tr("Expiring within 30 days")},
        {QStringLiteral("approvals"), tr("Approvals pending")},
        {QStringLiteral("cas"), tr("Certificate authorities")},
        {QStringLiteral("requests"), tr("Requests served since start")},
        {QStringLiteral("latencyP99"), tr("Latency p99 (ms), all endpoints")},
        {QStringLiteral("issuedTotal"), tr("Certificates issued for ACME orders")},
        {QStringLiteral("revokedTotal"), tr("Certificates revoked")},
        {QStringLiteral("nonces"), tr("Unused nonces in the nonce store")},
    };
    for (auto it = m_cards.begin(); it != m_cards.end(); ++it) {
        it.value().caption->setText(captions.value(it.key()));
    }
    showServer(m_admin->serverState());
}

void DashboardPage::refresh()
{
    refreshMetrics();
    const DashboardCatalog *catalog = &m_admin->dashboard();
    ConfigStore *config = m_admin->config();
    m_admin->executor()->run<Result<GlobalSettings>>(
        this, [config]() { return config->settings(); },
        [this](const Result<GlobalSettings> &s) {
            if (s) {
                m_acmeEnabled = s->acmeEnabled;
                showServer(m_admin->serverState());
            }
        });
    m_admin->executor()->run<Result<DashboardOverview>>(
        this, [catalog]() { return catalog->overview(14); },
        [this](const Result<DashboardOverview> &o) {
            if (!o) {
                showError(ErrorMessages::describe(tr("Reading the dashboard figures failed."), o.error()));
                return;
            }
            showOverview(*o);
            emit overviewShown();
        });
}

void DashboardPage::refreshMetrics()
{
    const DashboardCatalog *catalog = &m_admin->dashboard();
    m_admin->executor()->run<DashboardMetrics>(
        this, [catalog]() { return catalog->metrics(); },
        [this](const DashboardMetrics &m) {
            showMetrics(m);
            emit metricsShown();
        });
}

void DashboardPage::showMetrics(const DashboardMetrics &m)
{
    const QLocale locale;
    auto set
        = [this](const char *key, const QString &value) { m_cards.value(QLatin1String(key)).value->setText(value); };
    auto count = [&locale](qint64 n) { return n < 0 ? QStringLiteral("–") : locale.toString(n); };
    m_metricsNote->setText(m.available ? tr("The same numbers as the server's /metrics, since this console started it.")
                                       : tr("This console hosts no ACME server: there are no live numbers."));
    qint64 requests = 0;
    double p99 = -1;
    m_requests->clear();
    for (const AcmeMetrics::Snapshot::Endpoint &e : m.counters.endpoints) {
        requests += e.requests;
        p99 = qMax(p99, e.p99Seconds);
        QStringList statuses;
        for (auto it = e.statuses.cbegin(); it != e.statuses.cend(); ++it) {
            statuses << QStringLiteral("%1: %2").arg(it.key()).arg(locale.toString(it.value()));
        }
        auto *item = new QTreeWidgetItem(m_requests);
        item->setText(0, e.name);
        item->setText(1, locale.toString(e.requests));
        item->setText(2, statuses.join(QStringLiteral(", ")));
        item->setText(3, milliseconds(e.p50Seconds));
        item->setText(4, milliseconds(e.p99Seconds));
        for (int column : {1, 3, 4}) {
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    for (int column = 0; column < 4; ++column) {
        m_requests->resizeColumnToContents(column);
    }
    m_validations->clear();
    for (auto it = m.counters.validations.cbegin(); it != m.counters.validations.cend(); ++it) {
        auto *item = new QTreeWidgetItem(m_validations);
        item->setText(0, it.key().first);
        item->setText(1, it.key().second);
        item->setText(2, locale.toString(it.value()));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_validations->resizeColumnToContents(0);
    m_validations->resizeColumnToContents(1);
    set("requests", m.available ? locale.toString(requests) : QStringLiteral("–"));
    set("latencyP99", milliseconds(p99));
    set("issuedTotal", m.available ? count(m.gauges.certificatesIssued) : QStringLiteral("–"));
    set("revokedTotal", m.available ? count(m.gauges.certificatesRevoked) : QStringLiteral("–"));
    set("nonces", m.available ? count(m.gauges.nonceStoreSize) : QStringLiteral("–"));
}

QString DashboardPage::requestMetric(const QString &endpoint, int column) const
{
    for (int i = 0; i < m_requests->topLevelItemCount(); ++i) {
        if (m_requests->topLevelItem(i)->text(0) == endpoint) {
            return m_requests->topLevelItem(i)->text(column);
        }
    }
    return {};
}

QString DashboardPage::validationMetric(const QString &type, const QString &result) const
{
    for (int i = 0; i < m_validations->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_validations->topLevelItem(i);
        if (item->text(0) == type && item->text(1) == result) {
            return item->text(2);
        }
    }
    return {};
}

void DashboardPage::showOverview(const DashboardOverview &o)
{
    const QLocale locale;
    auto set = [this, &locale](const char *key, qint64 value) {
        m_cards.value(QLatin1String(key)).value->setText(locale.toString(value));
    };
    set("accounts", o.accounts);
    set("ordersPending", o.ordersPending + o.ordersReady + o.ordersProcessing);
    set("ordersValid", o.ordersValid);
    set("ordersInvalid", o.ordersInvalid);
    set("certificates", o.certificatesValid);
    set("issuedToday", o.issuedToday);
    set("revokedToday", o.revokedToday);
    set("expiringSoon", o.expiringSoon);
    set("approvals", o.pendingApprovals);
    set("cas", o.cas);
    m_cards.value(QStringLiteral("accounts"))
        .caption->setText(tr("ACME accounts (%1 active)").arg(locale.toString(o.validAccounts)));
    m_chart->setHistory(o.history);
    m_activity->clear();
    for (const AuditRecord &r : o.recentActivity) {
        auto *item = new QTreeWidgetItem(m_activity);
        item->setText(0, locale.toString(r.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, r.actor);
        item->setText(2, r.action);
        item->setText(3, r.object);
    }
    m_activity->resizeColumnToContents(0);
    m_activity->resizeColumnToContents(1);
    m_activity->resizeColumnToContents(2);
    m_errors->clear();
    for (const DashboardOverview::Failure &f : o.recentErrors) {
        auto *item = new QTreeWidgetItem(m_errors);
        item->setText(0, locale.toString(f.time.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, f.alias);
        item->setText(2, f.identifier);
        item->setText(3, f.challengeType);
        item->setText(4, f.detail.isEmpty() ? f.problem : f.problem + QStringLiteral(": ") + f.detail);
        item->setToolTip(4, f.detail);
    }
    for (int column = 0; column < 4; ++column) {
        m_errors->resizeColumnToContents(column);
    }
}

void DashboardPage::showServer(const ServerState &state)
{
    QString server;
    switch (state.status) {
    case ServerState::Status::Stopped:
        server = tr("The ACME server is not running in this console.");
        break;
    case ServerState::Status::Starting:
        server = tr("The ACME server is starting.");
        break;
    case ServerState::Status::Running: {
        QStringList ports;
        for (int p : state.ports) {
            ports << QString::number(p);
        }
        server = tr("The ACME server is listening on port(s) %1.").arg(ports.join(QStringLiteral(", ")));
        break;
    }
    case ServerState::Status::Failed:
        server = tr("The ACME server stopped: %1").arg(state.problem);
        break;
    }
    QString text = tr("%1 The ACME protocol is %2.")
                       .arg(server, m_acmeEnabled ? tr("enabled") : tr("disabled (enable it on the Protocol page)"));
    if (state.tlsCertificateExpiry.isValid()) {
        text += QLatin1Char(' ')
            + tr("Its TLS certificate expires %1.")
                  .arg(QLocale().toString(state.tlsCertificateExpiry.toLocalTime(), QLocale::ShortFormat));
    }
    m_server->setText(text);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    ConsolePage::showEvent(event);
    m_autoRefresh->start();
    m_metricsRefresh->start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    m_autoRefresh->stop();
    m_metricsRefresh->stop();
    ConsolePage::hideEvent(event);
}

void DashboardPage::changeEvent(QEvent *event)
{
    ConsolePage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
}
