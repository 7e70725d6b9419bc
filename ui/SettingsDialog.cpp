// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"
#include "ui_SettingsDialog.h"

#include "ui/ConsoleSettings.h"
#include "ui/Languages.h"
#include "ui/Theme.h"

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    m_ui->language->addItem(tr("System language"), QString());
    for (const Languages::Language &l : Languages::available()) {
        m_ui->language->addItem(l.nativeName, l.code);
    }
    m_ui->theme->addItem(tr("System"), QStringLiteral("system"));
    m_ui->theme->addItem(tr("Light"), QStringLiteral("light"));
    m_ui->theme->addItem(tr("Dark"), QStringLiteral("dark"));
    setLanguage(ConsoleSettings::value(ConsoleSettings::Key::Language).toString());
    setTheme(ConsoleSettings::value(ConsoleSettings::Key::Theme).toString());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, [this]() {
        apply();
        accept();
    });
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::language() const
{
    return m_ui->language->currentData().toString();
}

QString SettingsDialog::theme() const
{
    return m_ui->theme->currentData().toString();
}

void SettingsDialog::setLanguage(const QString &code)
{
    m_ui->language->setCurrentIndex(qMax(0, m_ui->language->findData(code)));
}

void SettingsDialog::setTheme(const QString &name)
{
    m_ui->theme->setCurrentIndex(qMax(0, m_ui->theme->findData(name)));
}

void SettingsDialog::apply()
{
    ConsoleSettings::setValue(ConsoleSettings::Key::Language, language());
    ConsoleSettings::setValue(ConsoleSettings::Key::Theme, theme());
    Theme::apply(theme());
    Languages::apply(language());
}
