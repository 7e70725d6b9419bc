// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AccountsPage.h"
#include "ui_AccountsPage.h"

#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "ui/AccountModel.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QEvent>
#include <QLocale>
#include <QMessageBox>

AccountsPage::AccountsPage(AdminService *admin, QWidget *parent)
    : BrowserPage(parent)
    , m_ui(std::make_unique<Ui::AccountsPage>())
    , m_admin(admin)
    , m_model(new AccountModel(admin, this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    setUpBrowser(m_ui->table, m_ui->splitter,
                 {{int(AccountModel::Column::Id), 170},
                  {int(AccountModel::Column::Alias), 90},
                  {int(AccountModel::Column::Status), 100},
                  {int(AccountModel::Column::Contact), 220}},
                 {700, 360}, m_ui->search);
    m_ui->deactivateButton->setIcon(Icons::get(QStringLiteral("deactivate")));
    m_ui->deactivateButton->setEnabled(false);
    fillStatusFilter();
    m_ui->aliasFilter->addItem(tr("All aliases"), QString());

    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &AccountsPage::applyFilter);
    connect(m_ui->aliasFilter, &QComboBox::currentIndexChanged, this, &AccountsPage::applyFilter);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AccountsPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AccountsPage::showDetails);
    connect(m_model, &AccountModel::pageLoaded, this, &AccountsPage::updateCount);
    connect(m_model, &AccountModel::loadFailed, this,
            [this](const CoreError &e) { showError(ErrorMessages::describe(tr("Reading the accounts failed."), e)); });
    connect(m_ui->deactivateButton, &QPushButton::clicked, this, [this]() { deactivateSelected(true); });
    connect(m_admin, &AdminService::accountsChanged, this, [this]() {
        if (isLoaded()) {
            refresh();
        }
    });
    showDetails();
}

AccountsPage::~AccountsPage() = default;

QString AccountsPage::title() const
{
    return tr("Accounts");
}

QIcon AccountsPage::icon() const
{
    return Icons::get(QStringLiteral("accounts"));
}

void AccountsPage::fillStatusFilter()
{
    const int current = qMax(0, m_ui->statusFilter->currentIndex());
    const QSignalBlocker block(m_ui->statusFilter);
    m_ui->statusFilter->clear();
    m_ui->statusFilter->addItem(tr("Any"), QString());
    m_ui->statusFilter->addItem(AccountModel::statusText(QStringLiteral("valid")), QStringLiteral("valid"));
    m_ui->statusFilter->addItem(AccountModel::statusText(QStringLiteral("deactivated")), QStringLiteral("deactivated"));
    m_ui->statusFilter->addItem(AccountModel::statusText(QStringLiteral("revoked")), QStringLiteral("revoked"));
    m_ui->statusFilter->setCurrentIndex(current);
}

void AccountsPage::refresh()
{
    loadAliases();
    applyFilter();
}

void AccountsPage::loadAliases()
{
    ConfigStore *config = m_admin->config();
    m_admin->executor()->run<Result<QList<AliasConfig>>>(
        this, [config]() { return config->aliases(); },
        [this](const Result<QList<AliasConfig>> &aliases) {
            if (!aliases) {
                return; // the filter keeps "All aliases"; the accounts themselves still load
            }
            const QString current = m_ui->aliasFilter->currentData().toString();
            const QSignalBlocker block(m_ui->aliasFilter);
            m_ui->aliasFilter->clear();
            m_ui->aliasFilter->addItem(tr("All aliases"), QString());
            for (const AliasConfig &a : *aliases) {
                m_ui->aliasFilter->addItem(a.name, a.name);
            }
            m_ui->aliasFilter->setCurrentIndex(qMax(0, m_ui->aliasFilter->findData(current)));
        });
}

void AccountsPage::applyFilter()
{
    AccountFilter filter;
    filter.text = m_ui->search->text().trimmed();
    filter.status = m_ui->statusFilter->currentData().toString();
    filter.alias = m_ui->aliasFilter->currentData().toString();
    m_total = -1;
    m_model->setFilter(filter);
    const AccountCatalog *catalog = &m_admin->accounts();
    m_admin->executor()->run<Result<qint64>>(
        this, [catalog, filter]() { return catalog->count(filter); },
        [this](const Result<qint64> &n) {
            m_total = n ? *n : -1;
            updateCount();
        });
}

void AccountsPage::updateCount()
{
    if (m_total < 0) {
        m_ui->countLabel->setText(tr("%n account(s) loaded", nullptr, m_model->rowCount()));
        return;
    }
    // %n takes an int; the total can exceed one, so it is formatted separately.
    m_ui->countLabel->setText(tr("%1 of %2 accounts shown; scroll down for more")
                                  .arg(QLocale().toString(m_model->rowCount()), QLocale().toString(m_total)));
    if (m_model->rowCount() >= m_total) {
        m_ui->countLabel->setText(tr("%n account(s)", nullptr, int(qMin<qint64>(m_total, INT_MAX))));
    }
}

void AccountsPage::showDetails()
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_ui->details->setHtml(QStringLiteral("<p>%1</p>")
                                   .arg(tr("Select an account to see its contacts, key and orders.").toHtmlEscaped()));
        m_ui->deactivateButton->setEnabled(false);
        return;
    }
    const AccountSummary row = m_model->rowAt(current.row());
    m_ui->deactivateButton->setEnabled(row.status == QLatin1String("valid"));
    const AccountCatalog *catalog = &m_admin->accounts();
    const AccountId id = row.id;
    m_admin->executor()->run<Result<AccountDetails>>(
        this, [catalog, id]() { return catalog->details(id); },
        [this, id](const Result<AccountDetails> &details) {
            const QModelIndex now = m_ui->table->selectionModel()->currentIndex();
            if (!now.isValid() || m_model->rowAt(now.row()).id != id) {
                return; // the selection moved on meanwhile
            }
            if (!details) {
                showError(ErrorMessages::describe(tr("Reading account %1 failed.").arg(id.value()), details.error()));
                return;
            }
            renderDetails(*details);
            emit detailsShown(id.value());
        });
}

void AccountsPage::renderDetails(const AccountDetails &d)
{
    const AccountSummary &a = d.summary;
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
    QString contacts;
    for (const QString &c : a.contacts) {
        contacts += text(c) + QStringLiteral("<br>");
    }
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(text(a.id.value()));
    html += row(tr("Status"), text(AccountModel::statusText(a.status)));
    html += row(tr("Alias"), text(a.alias));
    html += row(tr("Contacts"), contacts.isEmpty() ? text(tr("none")) : contacts);
    html += row(tr("Key thumbprint"), QStringLiteral("<code>%1</code>").arg(text(a.keyThumbprint)));
    html += row(tr("Created"), time(a.createdAt));
    html += row(tr("Updated"), time(a.updatedAt));
    html += row(tr("Terms of Service"),
                a.termsOfServiceUrl.isEmpty()
                    ? text(tr("not agreed"))
                    : text(tr("%1, agreed %2")
                               .arg(a.termsOfServiceUrl,
                                    locale.toString(a.termsOfServiceAgreedAt.toLocalTime(), QLocale::ShortFormat))));
    if (!a.eabKeyId.isEmpty()) {
        html += row(tr("External account binding"), text(a.eabKeyId));
    }
    if (!a.clientCertificateSubject.isEmpty()) {
        html += row(tr("Client certificate"), text(a.clientCertificateSubject));
    }
    html += row(tr("Orders"), text(tr("%1 (%2 valid)").arg(locale.toString(d.orders), locale.toString(d.validOrders))));
    html += row(tr("Certificates"), text(locale.toString(d.certificates)));
    html += QStringLiteral("</table><h4>%1</h4><pre style='white-space:pre-wrap'>%2</pre>")
                .arg(text(tr("Public key (JWK)")), text(d.jwk));
    m_ui->details->setHtml(html);
}

void AccountsPage::deactivateSelected(bool confirm)
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const AccountId id = m_model->rowAt(current.row()).id;
    if (confirm
        && QMessageBox::warning(this, tr("Deactivate account"),
                                tr("Deactivate account %1? Its holder can no longer use it, its pending "
                                   "authorizations are cancelled, and this cannot be undone.")
                                    .arg(id.value()),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        return;
    }
    AccountCatalog *catalog = &m_admin->accounts();
    const QString actor = m_admin->actor();
    m_ui->deactivateButton->setEnabled(false);
    m_admin->executor()->run<Result<AccountSummary>>(
        this, [catalog, id, actor]() { return catalog->deactivate(id, actor); },
        [this, id](const Result<AccountSummary> &r) {
            if (!r) {
                showError(ErrorMessages::describe(tr("Deactivating account %1 failed.").arg(id.value()), r.error()));
                showDetails();
                emit deactivateFinished(false);
                return;
            }
            if (const int row = m_model->rowOf(id); row >= 0) {
                m_model->replaceRow(row, *r);
            }
            showDetails();
            showPositive(tr("Account %1 deactivated.").arg(id.value()));
            emit m_admin->auditChanged();
            emit deactivateFinished(true);
        });
}

void AccountsPage::changeEvent(QEvent *event)
{
    BrowserPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillStatusFilter();
        if (m_ui->aliasFilter->count() > 0) {
            m_ui->aliasFilter->setItemText(0, tr("All aliases"));
        }
        updateCount();
        showDetails();
        emit titleChanged();
    }
}
