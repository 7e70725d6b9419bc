// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AliasesPage.h"

#include "core/acme/AcmeRouter.h"
#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "ui/AliasEditor.h"
#include "ui/AliasNameDialog.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

struct Loaded
{
    Result<QList<AliasConfig>> aliases;
    Result<GlobalSettings> settings;
};

QPushButton *button(const QString &objectName, const QString &icon, QWidget *parent)
{
    auto *b = new QPushButton(Icons::get(icon), QString(), parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

AliasesPage::AliasesPage(AdminService *admin, QWidget *parent)
    : ConsolePage(parent)
    , m_admin(admin)
    , m_list(new QListWidget(this))
    , m_add(button(QStringLiteral("addAlias"), QStringLiteral("add"), this))
    , m_rename(button(QStringLiteral("renameAlias"), QStringLiteral("rename"), this))
    , m_clone(button(QStringLiteral("cloneAlias"), QStringLiteral("clone"), this))
    , m_remove(button(QStringLiteral("removeAlias"), QStringLiteral("remove"), this))
    , m_default(button(QStringLiteral("setDefaultAlias"), QStringLiteral("default"), this))
    , m_heading(new QLabel(this))
    , m_emptyHint(new QLabel(this))
    , m_editor(new AliasEditor(this))
    , m_editorPane(new QWidget(this))
    , m_urlsBox(new QGroupBox(this))
    , m_urlsGrid(new QGridLayout(m_urlsBox))
    , m_problem(new QLabel(this))
    , m_save(button(QStringLiteral("saveAlias"), QStringLiteral("save"), this))
    , m_revert(button(QStringLiteral("revertAlias"), QStringLiteral("revert"), this))
{
    m_list->setObjectName(QStringLiteral("aliasList"));
    m_list->setIconSize(QSize(16, 16));

    // Left: the aliases and what can be done with them.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *actions = new QGridLayout;
    actions->addWidget(m_add, 0, 0);
    actions->addWidget(m_rename, 0, 1);
    actions->addWidget(m_clone, 1, 0);
    actions->addWidget(m_remove, 1, 1);
    actions->addWidget(m_default, 2, 0, 1, 2);
    leftLayout->addLayout(actions);

    // Right: heading, URLs, the editor in a scroll area, save/revert.
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);

    m_urlsBox->setObjectName(QStringLiteral("directoryUrls"));
    m_urlsGrid->setColumnStretch(1, 1);
    for (int i = 0; i < 6; ++i) {
        auto *label = new QLabel(m_urlsBox);
        auto *field = new QLineEdit(m_urlsBox);
        field->setReadOnly(true);
        field->setObjectName(QStringLiteral("directoryUrl%1").arg(i));
        auto *copy = new QToolButton(m_urlsBox);
        copy->setIcon(Icons::get(QStringLiteral("copy")));
        copy->setAutoRaise(true);
        copy->setObjectName(QStringLiteral("copyDirectoryUrl%1").arg(i));
        connect(copy, &QToolButton::clicked, this, [this, field]() {
            QApplication::clipboard()->setText(field->text());
            showPositive(tr("Copied %1").arg(field->text()));
        });
        m_urlsGrid->addWidget(label, i, 0);
        m_urlsGrid->addWidget(field, i, 1);
        m_urlsGrid->addWidget(copy, i, 2);
        m_urlLabels << label;
        m_urlFields << field;
    }

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *scrolled = new QWidget(scroll);
    auto *scrolledLayout = new QVBoxLayout(scrolled);
    scrolledLayout->addWidget(m_urlsBox);
    scrolledLayout->addWidget(m_editor);
    scroll->setWidget(scrolled);

    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xd6, 0x45, 0x45));
    m_problem->setPalette(problemPalette);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("aliasProblem"));
    m_save->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);

    auto *paneLayout = new QVBoxLayout(m_editorPane);
    paneLayout->setContentsMargins(0, 0, 0, 0);
    paneLayout->addWidget(m_heading);
    paneLayout->addWidget(scroll, 1);
    paneLayout->addLayout(buttons);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_emptyHint);
    rightLayout->addWidget(m_editorPane, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("aliasesSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 700});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        if (m_selecting) {
            return;
        }
        if (name != m_shown && !confirmDiscard()) {
            m_selecting = true;
            const QList<QListWidgetItem *> items = m_list->findItems(m_shown, Qt::MatchExactly);
            if (!items.isEmpty()) {
                m_list->setCurrentItem(items.first());
            }
            m_selecting = false;
            return;
        }
        showCurrent();
    });
    connect(m_editor, &AliasEditor::edited, this, &AliasesPage::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &AliasesPage::addAlias);
    connect(m_rename, &QPushButton::clicked, this, &AliasesPage::renameAlias);
    connect(m_clone, &QPushButton::clicked, this, &AliasesPage::cloneAlias);
    connect(m_remove, &QPushButton::clicked, this, &AliasesPage::removeAlias);
    connect(m_default, &QPushButton::clicked, this, &AliasesPage::setDefault);
    connect(m_save, &QPushButton::clicked, this, &AliasesPage::save);
    connect(m_revert, &QPushButton::clicked, this, &AliasesPage::revert);
    connect(m_admin->config(), &ConfigStore::configChanged, this, [this]() {
        if (isLoaded() && !m_editor->isModified()) {
            refresh();
        }
    });
    retranslate();
    showCurrent();
}

QString AliasesPage::title() const
{
    return tr("ACME aliases");
}

QIcon AliasesPage::icon() const
{
    return Icons::get(QStringLiteral("aliases"));
}

QStringList AliasesPage::aliasNames() const
{
    QStringList names;
    for (const AliasConfig &a : m_aliases) {
        names << a.name;
    }
    return names;
}

QString AliasesPage::currentAlias() const
{
    return m_list->currentItem() ? m_list->currentItem()->text() : QString();
}

void AliasesPage::refresh()
{
    ConfigStore *config = m_admin->config();
    const QString keep = currentAlias();
    m_admin->executor()->run<std::shared_ptr<Loaded>>(
        this,
        [config]() {
            return std::make_shared<Loaded>(Loaded {config->aliases(), config->settings()});
        },
        [this, keep](const std::shared_ptr<Loaded> &loaded) {
            if (!loaded->aliases || !loaded->settings) {
                showError(
                    ErrorMessages::describe(tr("Reading the ACME aliases failed."),
                                            loaded->aliases ? loaded->settings.error() : loaded->aliases.error()));
                return;
            }
            showAliases(*loaded->aliases, *loaded->settings, keep);
        });
}

void AliasesPage::showAliases(const QList<AliasConfig> &aliases, const GlobalSettings &settings, const QString &select)
{
    m_aliases = aliases;
    m_settings = settings;
    m_selecting = true;
    m_list->clear();
    for (const AliasConfig &a : aliases) {
        auto *item = new QListWidgetItem(a.name, m_list);
        if (a.name == settings.defaultAlias) {
            item->setIcon(Icons::get(QStringLiteral("default")));
            item->setToolTip(tr("The default alias: clients that name no alias use it."));
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        } else {
            item->setIcon(QIcon());
        }
    }
    QString target = select;
    if (!aliasNames().contains(target)) {
        target = aliasNames().contains(settings.defaultAlias) ? settings.defaultAlias : QString();
    }
    if (target.isEmpty() && m_list->count() > 0) {
        target = m_list->item(0)->text();
    }
    const QList<QListWidgetItem *> items = m_list->findItems(target, Qt::MatchExactly);
    if (!items.isEmpty()) {
        m_list->setCurrentItem(items.first());
    }
    m_selecting = false;
    showCurrent();
    emit aliasesLoaded();
}

void AliasesPage::selectAlias(const QString &name)
{
    const QList<QListWidgetItem *> items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty()) {
        m_list->setCurrentItem(items.first());
    }
}

void AliasesPage::showCurrent()
{
    const QString name = currentAlias();
    m_shown = name;
    const AliasConfig *config = nullptr;
    for (const AliasConfig &a : std::as_const(m_aliases)) {
        if (a.name == name) {
            config = &a;
        }
    }
    m_editorPane->setVisible(config != nullptr);
    m_emptyHint->setVisible(config == nullptr);
    if (config) {
        m_editor->setAlias(*config);
        m_heading->setText(name == m_settings.defaultAlias ? tr("%1 (default alias)").arg(name) : name);
    }
    updateUrls();
    updateButtons();
}

QStringList AliasesPage::directoryUrls() const
{
    QStringList urls;
    for (const QLineEdit *f : m_urlFields) {
        urls << f->text();
    }
    return urls;
}

void AliasesPage::updateUrls()
{
    const QString name = currentAlias();
    const QString host
        = m_settings.serverHostnames.isEmpty() ? QStringLiteral("localhost") : m_settings.serverHostnames.first();
    const bool isDefault = !name.isEmpty() && name == m_settings.defaultAlias;
    int i = 0;
    for (const bool clientAuth : {false, true}) {
        const int port = clientAuth ? m_settings.clientCertPort : m_settings.tlsPort;
        const QString base = QStringLiteral("https://%1:%2").arg(host).arg(port);
        const QString where = clientAuth ? tr("with client authentication, port %1").arg(port)
                                         : tr("without client authentication, port %1").arg(port);
        const struct
        {
            AcmeRoute::Style style;
            QString label;
        } forms[] = {
            {AcmeRoute::Style::Path, tr("Path form, %1:").arg(where)},
            {AcmeRoute::Style::Query, tr("Query form, %1:").arg(where)},
            {AcmeRoute::Style::Default, tr("Default alias, %1:").arg(where)},
        };
        for (const auto &form : forms) {
            m_urlLabels.at(i)->setText(form.label);
            m_urlFields.at(i)->setText(AcmeUrls(base, form.style, name).directory());
            m_urlFields.at(i)->setCursorPosition(0);
            // RFC-wise any form works; the plain one reaches this alias only while it is the default.
            const bool usable = form.style != AcmeRoute::Style::Default || isDefault;
            m_urlFields.at(i)->setEnabled(usable);
            m_urlLabels.at(i)->setEnabled(usable);
            m_urlFields.at(i)->setToolTip(usable ? QString()
                                                 : tr("Reaches this alias only while it is the default alias."));
            ++i;
        }
    }
}

void AliasesPage::updateButtons()
{
    const bool selected = !currentAlias().isEmpty();
    m_rename->setEnabled(selected);
    m_clone->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_default->setEnabled(selected && currentAlias() != m_settings.defaultAlias);
    const bool modified = selected && m_editor->isModified();
    const bool valid = m_editor->isValid();
    m_save->setEnabled(modified && valid);
    m_revert->setEnabled(modified);
    if (!valid) {
        const QHash<QString, QString> problems = m_editor->problems();
        m_problem->setText(
            tr("%n field(s) need attention before this alias can be saved.", nullptr, int(problems.size())));
    } else {
        m_problem->clear();
    }
}

bool AliasesPage::confirmDiscard()
{
    if (m_shown.isEmpty() || !m_editor->isModified()) {
        return true;
    }
    return QMessageBox::question(this, tr("Unsaved changes"),
                                 tr("Alias '%1' has unsaved changes. Discard them?").arg(m_shown),
                                 QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void AliasesPage::change(const QString &failure, const QString &success, const QString &select,
                         std::function<VoidResult()> work)
{
    m_admin->executor()->run<VoidResult>(this, std::move(work), [this, failure, success, select](const VoidResult &r) {
        if (!r) {
            showError(ErrorMessages::describe(failure, r.error()));
            emit actionFinished(false);
            return;
        }
        showPositive(success);
        m_editor->setAlias(m_editor->storedAlias()); // the stored state is about to be reloaded
        ConfigStore *config = m_admin->config();
        m_admin->executor()->run<std::shared_ptr<Loaded>>(
            this,
            [config]() {
                return std::make_shared<Loaded>(Loaded {config->aliases(), config->settings()});
            },
            [this, select](const std::shared_ptr<Loaded> &loaded) {
                if (loaded->aliases && loaded->settings) {
                    showAliases(*loaded->aliases, *loaded->settings, select);
                }
                emit actionFinished(true);
            });
    });
}

void AliasesPage::addAlias()
{
    if (!confirmDiscard()) {
        return;
    }
    AliasNameDialog dialog(tr("Add ACME alias"), tr("Name of the new alias:"), QString(), aliasNames(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString name = dialog.name();
    ConfigStore *config = m_admin->config();
    const QString actor = m_admin->actor();
    change(tr("Adding alias '%1' failed.").arg(name),
           tr("Alias '%1' added. Review its settings and save them before clients use it.").arg(name), name,
           [config, name, actor]() { return config->addAlias(AliasConfig::withDefaults(name), actor); });
}

void AliasesPage::renameAlias()
{
    const QString from = currentAlias();
    if (from.isEmpty() || !confirmDiscard()) {
        return;
    }
    QStringList taken = aliasNames();
    taken.removeAll(from);
    AliasNameDialog dialog(tr("Rename ACME alias"), tr("New name of alias '%1':").arg(from), from, taken, this);
    if (dialog.exec() != QDialog::Accepted || dialog.name() == from) {
        return;
    }
    const QString to = dialog.name();
    ConfigStore *config = m_admin->config();
    const QString actor = m_admin->actor();
    change(tr("Renaming alias '%1' failed.").arg(from),
           tr("Alias '%1' renamed to '%2'. Clients must use the new directory URL.").arg(from, to), to,
           [config, from, to, actor]() { return config->renameAlias(from, to, actor); });
}

void AliasesPage::cloneAlias()
{
    const QString from = currentAlias();
    if (from.isEmpty() || !confirmDiscard()) {
        return;
    }
    AliasNameDialog dialog(tr("Clone ACME alias"), tr("Name of the copy of alias '%1':").arg(from),
                           from + QStringLiteral("-copy"), aliasNames(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    const QString to = dialog.name();
    ConfigStore *config = m_admin->config();
    const QString actor = m_admin->actor();
    change(tr("Cloning alias '%1' failed.").arg(from), tr("Alias '%1' cloned as '%2'.").arg(from, to), to,
           [config, from, to, actor]() { return config->cloneAlias(from, to, actor); });
}

void AliasesPage::removeAlias()
{
    const QString name = currentAlias();
    if (name.isEmpty()) {
        return;
    }
    if (QMessageBox::question(this, tr("Delete ACME alias"),
                              tr("Delete alias '%1'? Clients using its directory URL will get errors.").arg(name),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes) {
        return;
    }
    ConfigStore *config = m_admin->config();
    const QString actor = m_admin->actor();
    m_editor->setAlias(m_editor->storedAlias());
    change(tr("Deleting alias '%1' failed.").arg(name), tr("Alias '%1' deleted.").arg(name), QString(),
           [config, name, actor]() { return config->removeAlias(name, actor); });
}

void AliasesPage::setDefault()
{
    const QString name = currentAlias();
    if (name.isEmpty()) {
        return;
    }
    ConfigStore *config = m_admin->config();
    const QString actor = m_admin->actor();
    change(tr("Making '%1' the default alias failed.").arg(name), tr("'%1' is now the default alias.").arg(name), name,
           [config, name, actor]() { return config->setDefaultAlias(name, actor); });
}

void AliasesPage::save()
{
    Result<AliasConfig> edited = m_editor->alias();
    if (!edited) {
        showError(ErrorMessages::describe(tr("Alias '%1' can't be saved.").arg(currentAlias()), edited.error()));
        emit actionFinished(false);
        return;
    }
    const AliasConfig config = *edited;
    ConfigStore *store = m_admin->config();
    const QString actor = m_admin->actor();
    m_save->setEnabled(false);
    m_admin->executor()->run<VoidResult>(
        this, [store, config, actor]() { return store->updateAlias(config, actor); },
        [this, config](const VoidResult &r) {
            if (!r) {
                showError(ErrorMessages::describe(tr("Saving alias '%1' failed.").arg(config.name), r.error()));
                updateButtons();
                emit actionFinished(false);
                return;
            }
            for (AliasConfig &a : m_aliases) {
                if (a.name == config.name) {
                    a = config;
                }
            }
            if (currentAlias() == config.name) {
                m_editor->setAlias(config); // shows the normalised forms ("90m" → "1h 30m")
            }
            updateButtons();
            showPositive(tr("Alias '%1' saved. The server uses it from now on.").arg(config.name));
            emit actionFinished(true);
        });
}

void AliasesPage::revert()
{
    m_editor->setAlias(m_editor->storedAlias());
    updateButtons();
}

void AliasesPage::retranslate()
{
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add a new alias with default settings"));
    m_rename->setText(tr("Re&name…"));
    m_clone->setText(tr("&Clone…"));
    m_remove->setText(tr("&Delete"));
    m_default->setText(tr("Set as de&fault"));
    m_default->setToolTip(tr("Clients that name no alias in the URL use the default alias"));
    m_save->setText(tr("&Save"));
    m_revert->setText(tr("&Revert"));
    m_urlsBox->setTitle(tr("Directory URLs"));
    m_emptyHint->setText(tr("There are no ACME aliases yet. Add one to let ACME clients request certificates."));
    updateUrls();
    updateButtons();
    if (!currentAlias().isEmpty()) {
        m_heading->setText(currentAlias() == m_settings.defaultAlias ? tr("%1 (default alias)").arg(currentAlias())
                                                                     : currentAlias());
    }
}

void AliasesPage::changeEvent(QEvent *event)
{
    ConsolePage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
}
