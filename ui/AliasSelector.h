// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

/**
 * "Alias: [name ▾]": the pages that show one alias at a time (EAB keys, Terms of Service) or
 * filter by alias (approvals) choose it here. Filling the list never reports a change; the
 * admin's choice does.
 */
class AliasSelector : public QWidget
{
    Q_OBJECT

public:
    explicit AliasSelector(QWidget *parent = nullptr);

    /** Puts an "All aliases" entry first (currentAlias() is then empty for it). */
    void setAllowAll(bool allowAll);
    /** Fills the list with `names`; selects `preferred` when listed, else the first entry. */
    void setAliases(const QStringList &names, const QString &preferred);
    /** The chosen alias; empty for "All aliases" or while the list is empty. */
    QString currentAlias() const;
    /** Chooses `alias` as the admin would (aliasChanged follows); false when it is not listed. */
    bool selectAlias(const QString &alias);
    /** The aliases listed (without "All aliases"). */
    int aliasCount() const;

signals:
    void aliasChanged(const QString &alias);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QComboBox *m_combo;
    bool m_allowAll = false;
};
