// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProfilesPage.h"

#include "core/admin/AdminService.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

ProfilesPage::ProfilesPage(AdminService *admin, QWidget *parent)
    : ConsolePage(parent)
    , m_admin(admin)
    , m_list(new QListWidget(this))
    , m_newButton(new QPushButton(this))
    , m_cloneButton(new QPushButton(this))
    , m_removeButton(new QPushButton(this))
    , m_saveButton(new QPushButton(this))
    , m_revertButton(new QPushButton(this))
    , m_form(new QFormLayout)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
{
    m_list->setObjectName(QStringLiteral("profiles"));
    m_list->setMaximumWidth(260);
    m_name->setObjectName(QStringLiteral("name"));
    m_newButton->setIcon(Icons::get(QStringLiteral("add")));
    m_cloneButton->setIcon(Icons::get(QStringLiteral("clone")));
    m_removeButton->setIcon(Icons::get(QStringLiteral("remove")));
    m_saveButton->setIcon(Icons::get(QStringLiteral("save")));
    m_revertButton->setIcon(Icons::get(QStringLiteral("revert")));
    m_saveButton->setDefault(true);

    auto *left = new QVBoxLayout;
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_cloneButton);
    listButtons->addWidget(m_removeButton);
    left->addLayout(listButtons);
    left->addWidget(m_list, 1);

    auto *formHost = new QWidget(this);
    formHost->setLayout(m_form);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_nameLabel->setBuddy(m_name);
    m_form->addRow(m_nameLabel, m_name);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formHost);
    auto *right = new QVBoxLayout;
    right->addWidget(scroll, 1);
    auto *editButtons = new QHBoxLayout;
    editButtons->addStretch(1);
    editButtons->addWidget(m_revertButton);
    editButtons->addWidget(m_saveButton);
    right->addLayout(editButtons);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left);
    layout->addLayout(right, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilesPage::selectionChanged);
    connect(m_newButton, &QPushButton::clicked, this, &ProfilesPage::newProfile);
    connect(m_cloneButton, &QPushButton::clicked, this, &ProfilesPage::cloneSelected);
    connect(m_removeButton, &QPushButton::clicked, this, [this]() { removeSelected(false); });
    connect(m_saveButton, &QPushButton::clicked, this, &ProfilesPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &ProfilesPage::revert);
}

ProfilesPage::~ProfilesPage() = default;

void ProfilesPage::retranslate()
{
    m_newButton->setText(tr("&New"));
    m_cloneButton->setText(tr("C&lone"));
    m_removeButton->setText(tr("&Delete"));
    m_saveButton->setText(tr("&Save"));
    m_revertButton->setText(tr("&Revert"));
    m_nameLabel->setText(tr("&Name:"));
}

void ProfilesPage::refresh()
{
    loadProfiles();
}

void ProfilesPage::profilesLoaded(const QStringList &names)
{
    const QString keep = !m_selectAfterLoad.isEmpty() ? m_selectAfterLoad
        : m_list->currentItem()                       ? m_list->currentItem()->text()
                                                      : QString();
    m_selectAfterLoad.clear();
    {
        const QSignalBlocker block(m_list);
        m_list->clear();
        m_list->addItems(names);
    }
    const int row = qMax(0, int(names.indexOf(keep)));
    if (names.isEmpty()) {
        selectionChanged();
    } else {
        m_list->setCurrentRow(row);
        selectionChanged();
    }
    emit loaded();
}

void ProfilesPage::selectionChanged()
{
    const int row = m_list->currentRow();
    m_cloneButton->setEnabled(row >= 0);
    m_removeButton->setEnabled(row >= 0);
    if (row < 0) {
        newProfile();
        return;
    }
    m_originalName = m_list->item(row)->text();
    showProfile(row);
}

void ProfilesPage::newProfile()
{
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_cloneButton->setEnabled(false);
    m_removeButton->setEnabled(false);
    m_originalName.clear();
    showProfile(-1);
    m_name->clear();
    m_name->setFocus();
}

void ProfilesPage::cloneSelected()
{
    const int row = m_list->currentRow();
    if (row < 0) {
        return;
    }
    const QString from = m_list->item(row)->text();
    showProfile(row);
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_originalName.clear();
    m_name->setText(tr("%1 copy").arg(from));
    m_name->selectAll();
    m_name->setFocus();
}

void ProfilesPage::removeSelected(bool confirmed)
{
    const int row = m_list->currentRow();
    if (row < 0) {
        return;
    }
    const QString name = m_list->item(row)->text();
    if (!confirmed
        && QMessageBox::question(this, tr("Delete profile"), tr("Delete the %1 '%2'?").arg(kindText(), name))
            != QMessageBox::Yes) {
        return;
    }
    removeProfile(name);
}

void ProfilesPage::save()
{
    saveForm(m_originalName);
}

void ProfilesPage::revert()
{
    selectionChanged();
}

void ProfilesPage::saved(const QString &name, const CoreError *error)
{
    if (error) {
        showError(ErrorMessages::describe(tr("Saving the %1 '%2' failed.").arg(kindText(), name), *error));
        emit saveFinished(false);
        return;
    }
    showPositive(tr("The %1 '%2' was saved; new certificates use it at once.").arg(kindText(), name));
    m_selectAfterLoad = name;
    emit m_admin->auditChanged();
    loadProfiles();
    emit saveFinished(true);
}

void ProfilesPage::removed(const QString &name, const CoreError *error)
{
    if (error) {
        showError(ErrorMessages::describe(tr("Deleting the %1 '%2' failed.").arg(kindText(), name), *error));
        emit removeFinished(false);
        return;
    }
    showPositive(tr("The %1 '%2' was deleted.").arg(kindText(), name));
    emit m_admin->auditChanged();
    loadProfiles();
    emit removeFinished(true);
}

AdminExecutor *ProfilesPage::executor() const
{
    return m_admin->executor();
}

void ProfilesPage::runRemove(const QString &name, std::function<VoidResult()> work)
{
    executor()->run<VoidResult>(this, work, [this, name](const VoidResult &r) {
        if (!r) {
            const CoreError e = r.error();
            removed(name, &e);
        } else {
            removed(name, nullptr);
        }
    });
}

void ProfilesPage::changeEvent(QEvent *event)
{
    ConsolePage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
}
