// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

/** Asks for an alias name (add, rename, clone) and checks the reference's rules as it is typed. */
class AliasNameDialog : public QDialog
{
    Q_OBJECT

public:
    /** `taken` are the names in use; `initial` fills the field (rename, clone). */
    AliasNameDialog(const QString &title, const QString &prompt, const QString &initial, const QStringList &taken,
                    QWidget *parent = nullptr);

    QString name() const;
    /** The translated problem with `name`, empty when it can be used. */
    static QString problemWith(const QString &name, const QStringList &taken);

private:
    void check();

    QStringList m_taken;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};
