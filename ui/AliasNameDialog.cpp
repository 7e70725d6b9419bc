// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AliasNameDialog.h"

#include "core/config/AliasConfig.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AliasNameDialog::AliasNameDialog(const QString &title, const QString &prompt, const QString &initial,
                                 const QStringList &taken, QWidget *parent)
    : QDialog(parent)
    , m_taken(taken)
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(prompt, this);
    label->setBuddy(m_name);
    label->setWordWrap(true);
    m_name->setObjectName(QStringLiteral("aliasName"));
    m_name->setText(initial);
    m_name->selectAll();
    m_name->setMaxLength(250);
    auto *rules = new QLabel(tr("1 to 250 characters: letters A–Z and a–z, digits, '-' and '_'. Names are "
                                "case-sensitive."),
                             this);
    rules->setWordWrap(true);
    rules->setForegroundRole(QPalette::PlaceholderText);
    m_problem->setObjectName(QStringLiteral("aliasNameProblem"));
    QPalette p = m_problem->palette();
    p.setColor(QPalette::WindowText, QColor(0xd6, 0x45, 0x45));
    m_problem->setPalette(p);
    m_problem->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_name);
    layout->addWidget(rules);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &AliasNameDialog::check);
    setMinimumWidth(420);
    check();
}

QString AliasNameDialog::name() const
{
    return m_name->text();
}

QString AliasNameDialog::problemWith(const QString &name, const QStringList &taken)
{
    if (name.isEmpty()) {
        return tr("Enter a name.");
    }
    if (!AliasConfig::isValidName(name)) {
        return tr("Only letters A–Z and a–z, digits, '-' and '_' are allowed, at most 250 of them.");
    }
    if (taken.contains(name)) {
        return tr("An alias named '%1' already exists.").arg(name);
    }
    return {};
}

void AliasNameDialog::check()
{
    const QString problem = problemWith(m_name->text(), m_taken);
    m_problem->setText(m_name->text().isEmpty() ? QString() : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
