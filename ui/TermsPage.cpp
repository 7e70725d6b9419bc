// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TermsPage.h"

#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "ui/AliasSelector.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"
#include "ui/TosModel.h"

#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextBrowserInteraction);
    l->setOpenExternalLinks(true);
    l->setWordWrap(true);
    return l;
}

} // namespace

TermsPage::TermsPage(AdminService *admin, QWidget *parent)
    : ConsolePage(parent)
    , m_admin(admin)
    , m_model(new TosModel(this))
    , m_alias(new AliasSelector(this))
    , m_edit(new QPushButton(Icons::get(QStringLiteral("aliases")), QString(), this))
    , m_settingsBox(new QGroupBox(this))
    , m_urlLabel(new QLabel(this))
    , m_url(valueLabel(QStringLiteral("tosUrl"), this))
    , m_changesLabel(new QLabel(this))
    , m_changes(valueLabel(QStringLiteral("tosChangesUrl"), this))
    , m_approvalLabel(new QLabel(this))
    , m_approval(valueLabel(QStringLiteral("tosApproval"), this))
    , m_agreeLabel(new QLabel(this))
    , m_agree(valueLabel(QStringLiteral("tosAgree"), this))
    , m_historyBox(new QGroupBox(this))
    , m_table(new QTableView(this))
{
    m_edit->setObjectName(QStringLiteral("editTerms"));
    m_table->setObjectName(QStringLiteral("tosVersions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(int(TosModel::Column::Url), 280);
    m_table->setColumnWidth(int(TosModel::Column::ChangesUrl), 280);
    m_table->setColumnWidth(int(TosModel::Column::Since), 140);
    m_table->setColumnWidth(int(TosModel::Column::Until), 140);

    auto *top = new QHBoxLayout;
    top->addWidget(m_alias);
    top->addStretch(1);
    top->addWidget(m_edit);

    auto *form = new QFormLayout(m_settingsBox);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_changesLabel, m_changes);
    form->addRow(m_approvalLabel, m_approval);
    form->addRow(m_agreeLabel, m_agree);

    auto *history = new QVBoxLayout(m_historyBox);
    history->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_settingsBox);
    layout->addWidget(m_historyBox, 1);

    connect(m_alias, &AliasSelector::aliasChanged, this, [this]() {
        showSettings();
        loadVersions();
    });
    connect(m_edit, &QPushButton::clicked, this, [this]() {
        if (!currentAlias().isEmpty()) {
            emit editAliasRequested(currentAlias());
        }
    });
    connect(m_admin->config(), &ConfigStore::configChanged, this, [this]() {
        if (isLoaded()) {
            refresh();
        }
    });
    connect(m_admin, &AdminService::accountsChanged, this, [this]() {
        if (isLoaded()) {
            loadVersions();
        }
    });
    retranslate();
}

QString TermsPage::title() const
{
    return tr("Terms of Service");
}

QIcon TermsPage::icon() const
{
    return Icons::get(QStringLiteral("terms"));
}

QString TermsPage::currentAlias() const
{
    return m_alias->currentAlias();
}

void TermsPage::retranslate()
{
    m_edit->setText(tr("&Edit in alias editor…"));
    m_edit->setToolTip(tr("Terms of Service settings are part of the alias configuration"));
    m_settingsBox->setTitle(tr("Current settings"));
    m_historyBox->setTitle(tr("Versions, newest first"));
    m_urlLabel->setText(tr("Terms of Service URL:"));
    m_changesLabel->setText(tr("Changes of Terms of Service URL:"));
    m_approvalLabel->setText(tr("Require client approval for changes:"));
    m_agreeLabel->setText(tr("Agree to new Terms of Service allowed:"));
    showSettings();
}

void TermsPage::refresh()
{
    ConfigStore *config = m_admin->config();
    m_admin->executor()->run<Result<QList<AliasConfig>>>(
        this, [config]() { return config->aliases(); },
        [this](const Result<QList<AliasConfig>> &aliases) {
            if (!aliases) {
                showError(ErrorMessages::describe(tr("Reading the aliases failed."), aliases.error()));
                return;
            }
            m_aliases = *aliases;
            QString current = currentAlias();
            for (const AliasConfig &a : m_aliases) {
                // At first, an alias that has Terms of Service, if any.
                if (current.isEmpty() && !a.termsOfServiceUrl.isEmpty()) {
                    current = a.name;
                }
            }
            QStringList names;
            for (const AliasConfig &a : m_aliases) {
                names << a.name;
            }
            m_alias->setAliases(names, current);
            showSettings();
            loadVersions();
        });
}

void TermsPage::selectAlias(const QString &alias)
{
    m_alias->selectAlias(alias);
}

void TermsPage::showSettings()
{
    const AliasConfig *config = nullptr;
    for (const AliasConfig &a : m_aliases) {
        if (a.name == currentAlias()) {
            config = &a;
        }
    }
    m_edit->setEnabled(config != nullptr);
    auto link = [](const QString &url) { return QStringLiteral("<a href=\"%1\">%1</a>").arg(url.toHtmlEscaped()); };
    if (!config) {
        for (QLabel *l : {m_url, m_changes, m_approval, m_agree}) {
            l->clear();
        }
        return;
    }
    m_url->setText(config->termsOfServiceUrl.isEmpty() ? tr("none: clients need not agree to anything")
                                                       : link(config->termsOfServiceUrl));
    m_changes->setText(config->termsOfServiceChangeUrl.isEmpty() ? tr("none") : link(config->termsOfServiceChangeUrl));
    m_approval->setText(config->requireClientApprovalForTosChanges
                            ? tr("yes: after a change, accounts must agree again before they go on")
                            : tr("no: a change applies without the clients agreeing again"));
    m_agree->setText(config->agreeToNewTosAllowed ? tr("yes: an account agrees with an account update")
                                                  : tr("no: an account must be created anew"));
}

void TermsPage::loadVersions()
{
    const QString alias = currentAlias();
    if (alias.isEmpty()) {
        m_model->setVersions({});
        emit versionsLoaded();
        return;
    }
    ConfigStore *config = m_admin->config();
    m_admin->executor()->run<Result<QList<TosVersion>>>(
        this, [config, alias]() { return config->tosVersions(alias); },
        [this, alias](const Result<QList<TosVersion>> &versions) {
            if (alias != currentAlias()) {
                return;
            }
            if (!versions) {
                showError(ErrorMessages::describe(tr("Reading the Terms of Service versions of %1 failed.").arg(alias),
                                                  versions.error()));
                return;
            }
            m_model->setVersions(*versions);
            emit versionsLoaded();
        });
}

void TermsPage::changeEvent(QEvent *event)
{
    ConsolePage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
}
