// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EabKeysPage.h"

#include "core/acme/AcmeRouter.h"
#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "ui/AliasSelector.h"
#include "ui/EabKeyCreatedDialog.h"
#include "ui/EabKeyDialog.h"
#include "ui/EabKeyModel.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

struct Loaded
{
    Result<QList<AliasConfig>> aliases;
    Result<GlobalSettings> settings;
};

struct KeyDetails
{
    Result<QList<EabBoundAccount>> accounts;
};

} // namespace

EabKeysPage::EabKeysPage(AdminService *admin, QWidget *parent)
    : BrowserPage(parent)
    , m_admin(admin)
    , m_model(new EabKeyModel(this))
    , m_alias(new AliasSelector(this))
    , m_directory(new QLabel(this))
    , m_requirement(new QLabel(this))
    , m_new(new QPushButton(Icons::get(QStringLiteral("add")), QString(), this))
    , m_revoke(new QPushButton(Icons::get(QStringLiteral("revoke")), QString(), this))
    , m_reveal(new QPushButton(Icons::get(QStringLiteral("eab")), QString(), this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    m_new->setObjectName(QStringLiteral("newEabKey"));
    m_revoke->setObjectName(QStringLiteral("revokeEabKey"));
    m_reveal->setObjectName(QStringLiteral("revealEabKey"));
    m_table->setObjectName(QStringLiteral("eabKeys"));
    m_details->setObjectName(QStringLiteral("eabKeyDetails"));
    m_directory->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_directory->setObjectName(QStringLiteral("directoryUrl"));
    m_requirement->setWordWrap(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);

    auto *top = new QHBoxLayout;
    top->addWidget(m_alias);
    top->addWidget(m_directory, 1);
    top->addWidget(m_new);
    top->addWidget(m_reveal);
    top->addWidget(m_revoke);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setUpBrowser(m_table, splitter,
                 {{int(EabKeyModel::Column::Label), 140},
                  {int(EabKeyModel::Column::KeyIdentifier), 220},
                  {int(EabKeyModel::Column::Algorithm), 90},
                  {int(EabKeyModel::Column::Created), 140},
                  {int(EabKeyModel::Column::Expires), 140},
                  {int(EabKeyModel::Column::SingleUse), 80},
                  {int(EabKeyModel::Column::State), 80}},
                 {});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_requirement);
    layout->addWidget(splitter, 1);

    connect(m_alias, &AliasSelector::aliasChanged, this, [this]() {
        m_select.clear();
        loadKeys();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EabKeysPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &EabKeysPage::showDetails);
    connect(m_new, &QPushButton::clicked, this, &EabKeysPage::newKey);
    connect(m_revoke, &QPushButton::clicked, this, [this]() { revokeSelected(true); });
    connect(m_reveal, &QPushButton::clicked, this, [this]() { revealSelected(true); });
    connect(m_admin, &AdminService::eabKeysChanged, this, [this]() {
        if (isLoaded()) {
            loadKeys();
        }
    });
    connect(m_admin->config(), &ConfigStore::configChanged, this, [this]() {
        if (isLoaded()) {
            refresh();
        }
    });
    retranslate();
    updateButtons();
}

QString EabKeysPage::title() const
{
    return tr("EAB keys");
}

QIcon EabKeysPage::icon() const
{
    return Icons::get(QStringLiteral("eab"));
}

QString EabKeysPage::currentAlias() const
{
    return m_alias->currentAlias();
}

QString EabKeysPage::directoryUrl() const
{
    const QString host
        = m_settings.serverHostnames.isEmpty() ? QStringLiteral("localhost") : m_settings.serverHostnames.first();
    return AcmeUrls(QStringLiteral("https://%1:%2").arg(host).arg(m_settings.tlsPort), AcmeRoute::Style::Path,
                    currentAlias())
        .directory();
}

void EabKeysPage::retranslate()
{
    m_new->setText(tr("&New key…"));
    m_new->setToolTip(tr("Generate, paste or upload a key for this alias"));
    m_revoke->setText(tr("Re&voke…"));
    m_revoke->setToolTip(tr("Revoked keys bind no new accounts; accounts already bound stay"));
    m_reveal->setText(tr("&Show key…"));
    m_reveal->setToolTip(tr("Shows the MAC key again; the audit log records who asked"));
    if (m_alias->aliasCount() > 0) {
        const bool required = m_requiresEab.value(currentAlias());
        m_requirement->setText(required ? tr("This alias requires External Account Binding: new accounts need one of "
                                             "its active keys.")
                                        : tr("This alias does not require External Account Binding; clients may still "
                                             "bind their accounts with a key. Turn it on in the alias editor."));
        m_directory->setText(tr("Directory: %1").arg(directoryUrl()));
    }
    showDetails();
}

void EabKeysPage::refresh()
{
    ConfigStore *config = m_admin->config();
    m_admin->executor()->run<Loaded>(
        this,
        [config]() {
            return Loaded {config->aliases(), config->settings()};
        },
        [this](const Loaded &loaded) {
            if (!loaded.aliases) {
                showError(ErrorMessages::describe(tr("Reading the aliases failed."), loaded.aliases.error()));
                return;
            }
            if (loaded.settings) {
                m_settings = *loaded.settings;
            }
            QString current = currentAlias();
            for (const AliasConfig &a : *loaded.aliases) {
                // At first, the alias whose clients need keys, if any.
                if (current.isEmpty() && a.requireExternalAccountBinding) {
                    current = a.name;
                }
            }
            if (current.isEmpty()) {
                current = m_settings.defaultAlias;
            }
            m_requiresEab.clear();
            QStringList names;
            for (const AliasConfig &a : *loaded.aliases) {
                names << a.name;
                m_requiresEab.insert(a.name, a.requireExternalAccountBinding);
            }
            m_alias->setAliases(names, current);
            loadKeys();
        });
}

void EabKeysPage::selectAlias(const QString &alias)
{
    m_alias->selectAlias(alias);
}

void EabKeysPage::loadKeys()
{
    retranslate();
    const QString alias = currentAlias();
    if (alias.isEmpty()) {
        m_model->setKeys({}, m_admin->clock().now());
        updateButtons();
        emit keysLoaded();
        return;
    }
    EabKeyService *service = &m_admin->eabKeys();
    m_admin->executor()->run<Result<QList<EabKey>>>(
        this, [service, alias]() { return service->list(alias); },
        [this, alias](const Result<QList<EabKey>> &keys) {
            if (alias != currentAlias()) {
                return; // another alias was chosen meanwhile
            }
            if (!keys) {
                showError(ErrorMessages::describe(tr("Reading the EAB keys of %1 failed.").arg(alias), keys.error()));
                return;
            }
            QString select = m_select;
            m_select.clear();
            if (select.isEmpty() && m_table->currentIndex().isValid()) {
                select = m_model->keyAt(m_table->currentIndex().row()).keyIdentifier;
            }
            m_model->setKeys(*keys, m_admin->clock().now());
            if (const int row = m_model->rowOf(select); row >= 0) {
                m_table->selectRow(row);
            }
            updateButtons();
            emit keysLoaded();
        });
}

void EabKeysPage::updateButtons()
{
    const QModelIndex current = m_table->currentIndex();
    m_new->setEnabled(!currentAlias().isEmpty());
    m_revoke->setEnabled(current.isValid() && !m_model->keyAt(current.row()).isRevoked());
    m_reveal->setEnabled(current.isValid() && m_model->keyAt(current.row()).type == EabKey::Type::Symmetric);
}

void EabKeysPage::showDetails()
{
    updateButtons();
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg((m_model->rowCount() == 0 ? tr("This alias has no EAB keys yet. Create one with New key.")
                                               : tr("Select a key to see the accounts it bound."))
                         .toHtmlEscaped()));
        return;
    }
    const EabKey key = m_model->keyAt(current.row());
    EabKeyService *service = &m_admin->eabKeys();
    m_admin->executor()->run<Result<QList<EabBoundAccount>>>(
        this, [service, key]() { return service->boundAccounts(key.alias, key.keyIdentifier); },
        [this, key](const Result<QList<EabBoundAccount>> &accounts) {
            const QModelIndex now = m_table->currentIndex();
            if (!now.isValid() || m_model->keyAt(now.row()).keyIdentifier != key.keyIdentifier) {
                return;
            }
            const QLocale locale;
            auto row = [](const QString &label, const QString &value) {
                return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
            };
            auto time = [&locale](const QDateTime &t) {
                return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("–");
            };
            QString html = QStringLiteral("<h3>%1</h3><table>")
                               .arg((key.label.isEmpty() ? key.keyIdentifier : key.label).toHtmlEscaped());
            html += row(tr("Key identifier"), key.keyIdentifier);
            if (key.type == EabKey::Type::Symmetric) {
                html += row(tr("Type"),
                            key.encrypted ? tr("MAC key (%1), encrypted at rest").arg(key.macAlgorithm)
                                          : tr("MAC key (%1)").arg(key.macAlgorithm));
            } else {
                html += row(tr("Type"), tr("Public key (%1)").arg(key.signatureAlgorithm));
                html += row(tr("Fingerprint"), key.fingerprint);
            }
            html += row(tr("State"), EabKeyModel::stateText(key.state(m_admin->clock().now())));
            html += row(tr("Created"), time(key.createdAt));
            html += row(tr("Expires"), key.expiresAt.isValid() ? time(key.expiresAt) : tr("never"));
            html += row(tr("Single use"), key.singleUse ? tr("yes") : tr("no"));
            if (key.usedAt.isValid()) {
                html += row(tr("First used"), time(key.usedAt));
            }
            if (key.isRevoked()) {
                html += row(tr("Revoked"), time(key.revokedAt));
            }
            html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Accounts bound with this key").toHtmlEscaped());
            if (!accounts) {
                html += QStringLiteral("<p>%1</p>")
                            .arg(ErrorMessages::describe(tr("Reading them failed."), accounts.error()).toHtmlEscaped());
            } else if (accounts->isEmpty()) {
                html += QStringLiteral("<p>%1</p>").arg(tr("none yet").toHtmlEscaped());
            } else {
                html += QStringLiteral("<table>");
                for (const EabBoundAccount &a : *accounts) {
                    html += QStringLiteral("<tr><td style='padding-right:12px'><code>%1</code></td><td "
                                           "style='padding-right:12px'>%2</td><td>%3</td></tr>")
                                .arg(a.accountId.toHtmlEscaped(), a.status.toHtmlEscaped(),
                                     time(a.createdAt).toHtmlEscaped());
                }
                html += QStringLiteral("</table>");
            }
            m_details->setHtml(html);
        });
}

void EabKeysPage::newKey()
{
    if (currentAlias().isEmpty()) {
        return;
    }
    if (m_newKeyDialog) {
        m_newKeyDialog->raise();
        return;
    }
    m_newKeyDialog = new EabKeyDialog(currentAlias(), m_admin->clock().now(), this);
    m_newKeyDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newKeyDialog, &QDialog::accepted, this, [this]() {
        if (m_newKeyDialog->isAsymmetric()) {
            createAsymmetric(m_newKeyDialog->asymmetricSpec());
        } else {
            createSymmetric(m_newKeyDialog->symmetricSpec());
        }
    });
    m_newKeyDialog->open();
}

void EabKeysPage::createSymmetric(const NewSymmetricEabKey &spec)
{
    EabKeyService *service = &m_admin->eabKeys();
    const QString actor = m_admin->actor();
    m_admin->executor()->run<Result<CreatedEabKey>>(
        this, [service, spec, actor]() { return service->createSymmetric(spec, actor); },
        [this, alias = spec.alias](const Result<CreatedEabKey> &created) {
            if (!created) {
                showError(
                    ErrorMessages::describe(tr("Creating an EAB key for %1 failed.").arg(alias), created.error()));
                emit actionFinished(false);
                return;
            }
            this->created(created->key, created->macKey);
        });
}

void EabKeysPage::createAsymmetric(const NewAsymmetricEabKey &spec)
{
    EabKeyService *service = &m_admin->eabKeys();
    const QString actor = m_admin->actor();
    m_admin->executor()->run<Result<EabKey>>(
        this, [service, spec, actor]() { return service->createAsymmetric(spec, actor); },
        [this, alias = spec.alias](const Result<EabKey> &created) {
            if (!created) {
                showError(
                    ErrorMessages::describe(tr("Creating an EAB key for %1 failed.").arg(alias), created.error()));
                emit actionFinished(false);
                return;
            }
            this->created(*created, {});
        });
}

void EabKeysPage::created(const EabKey &key, const QByteArray &macKey)
{
    showPositive(tr("EAB key %1 created.").arg(key.keyIdentifier));
    m_select = key.keyIdentifier;
    if (!macKey.isEmpty()) {
        showKey(key.keyIdentifier, macKey, tr("EAB key created"));
    }
    emit m_admin->eabKeysChanged();
    emit m_admin->auditChanged();
    emit keyCreated(key.keyIdentifier);
    emit actionFinished(true);
}

EabKeyCreatedDialog *EabKeysPage::createdDialog() const
{
    return m_createdDialog;
}

EabKeyDialog *EabKeysPage::newKeyDialog() const
{
    return m_newKeyDialog;
}

void EabKeysPage::showKey(const QString &keyIdentifier, const QByteArray &macKey, const QString &title)
{
    delete m_createdDialog;
    m_createdDialog = new EabKeyCreatedDialog(keyIdentifier, macKey, directoryUrl(), this);
    m_createdDialog->setWindowTitle(title);
    m_createdDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_createdDialog->open();
}

void EabKeysPage::revealSelected(bool confirm)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const EabKey key = m_model->keyAt(current.row());
    if (confirm
        && QMessageBox::question(
               this, tr("Show EAB key"),
               tr("Show the MAC key of %1? The audit log records that you asked.").arg(key.keyIdentifier))
            != QMessageBox::Yes) {
        return;
    }
    EabKeyService *service = &m_admin->eabKeys();
    const QString actor = m_admin->actor();
    m_admin->executor()->run<Result<QByteArray>>(
        this, [service, key, actor]() { return service->reveal(key.alias, key.keyIdentifier, actor); },
        [this, key](const Result<QByteArray> &macKey) {
            if (!macKey) {
                showError(
                    ErrorMessages::describe(tr("Reading EAB key %1 failed.").arg(key.keyIdentifier), macKey.error()));
                emit actionFinished(false);
                return;
            }
            showKey(key.keyIdentifier, *macKey, tr("EAB key %1").arg(key.keyIdentifier));
            emit m_admin->auditChanged();
            emit actionFinished(true);
        });
}

void EabKeysPage::revokeSelected(bool confirm)
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const EabKey key = m_model->keyAt(current.row());
    if (confirm
        && QMessageBox::warning(this, tr("Revoke EAB key"),
                                tr("Revoke EAB key %1 of alias %2? It binds no new accounts afterwards; the %n "
                                   "account(s) it bound stay. This cannot be undone.",
                                   nullptr, int(key.boundAccounts))
                                    .arg(key.keyIdentifier, key.alias),
                                QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes) {
        return;
    }
    EabKeyService *service = &m_admin->eabKeys();
    const QString actor = m_admin->actor();
    m_revoke->setEnabled(false);
    m_admin->executor()->run<VoidResult>(
        this, [service, key, actor]() { return service->revoke(key.alias, key.keyIdentifier, actor); },
        [this, key](const VoidResult &r) {
            if (!r) {
                showError(ErrorMessages::describe(tr("Revoking EAB key %1 failed.").arg(key.keyIdentifier), r.error()));
                updateButtons();
                emit actionFinished(false);
                return;
            }
            showPositive(tr("EAB key %1 revoked.").arg(key.keyIdentifier));
            m_select = key.keyIdentifier;
            emit m_admin->eabKeysChanged();
            emit m_admin->auditChanged();
            emit actionFinished(true);
        });
}

void EabKeysPage::changeEvent(QEvent *event)
{
    ConsolePage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
}
