// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AliasSelector.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>

AliasSelector::AliasSelector(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
{
    m_combo->setObjectName(QStringLiteral("aliasSelector"));
    m_combo->setMinimumContentsLength(16);
    m_label->setBuddy(m_combo);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo);
    connect(m_combo, &QComboBox::currentIndexChanged, this, [this]() { emit aliasChanged(currentAlias()); });
    retranslate();
}

void AliasSelector::setAllowAll(bool allowAll)
{
    if (m_allowAll == allowAll) {
        return;
    }
    QStringList names;
    for (int i = m_allowAll ? 1 : 0; i < m_combo->count(); ++i) {
        names << m_combo->itemData(i).toString();
    }
    m_allowAll = allowAll;
    setAliases(names, currentAlias());
}

void AliasSelector::setAliases(const QStringList &names, const QString &preferred)
{
    const QSignalBlocker block(m_combo);
    m_combo->clear();
    if (m_allowAll) {
        m_combo->addItem(tr("All aliases"), QString());
    }
    for (const QString &name : names) {
        m_combo->addItem(name, name);
    }
    m_combo->setCurrentIndex(qMax(0, m_combo->findData(preferred)));
}

QString AliasSelector::currentAlias() const
{
    return m_combo->currentData().toString();
}

bool AliasSelector::selectAlias(const QString &alias)
{
    const int i = m_combo->findData(alias);
    if (i < 0) {
        return false;
    }
    m_combo->setCurrentIndex(i);
    return true;
}

int AliasSelector::aliasCount() const
{
    return m_combo->count() - (m_allowAll ? 1 : 0);
}

void AliasSelector::retranslate()
{
    m_label->setText(tr("&Alias:"));
    if (m_allowAll && m_combo->count() > 0) {
        m_combo->setItemText(0, tr("All aliases"));
    }
}

void AliasSelector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}
