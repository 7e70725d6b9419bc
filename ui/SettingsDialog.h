// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

/** The console's own preferences: language and light or dark appearance (QSettings only). */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString language() const;
    QString theme() const;
    void setLanguage(const QString &code);
    void setTheme(const QString &name);

    /** Stores the choices and applies them at once (no restart). */
    void apply();

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
