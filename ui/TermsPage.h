// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/AliasConfig.h"
#include "ui/ConsolePage.h"

class AdminService;
class AliasSelector;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;
class TosModel;

/**
 * The reference's "Terms of Service" per alias: the current settings, and every version the alias
 * has had with how many accounts agreed to each. The settings are edited in the alias editor.
 */
class TermsPage : public ConsolePage
{
    Q_OBJECT

public:
    explicit TermsPage(AdminService *admin, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("terms"); }
    QString title() const override;
    QIcon icon() const override;

    TosModel *model() const { return m_model; }
    QString currentAlias() const;

public slots:
    void refresh() override;
    void selectAlias(const QString &alias);

signals:
    /** The settings and versions of the current alias arrived. */
    void versionsLoaded();
    /** The admin asked to edit the alias's Terms of Service settings. */
    void editAliasRequested(const QString &alias);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadVersions();
    void showSettings();
    void retranslate();

    AdminService *m_admin;
    TosModel *m_model;
    QList<AliasConfig> m_aliases;
    AliasSelector *m_alias;
    QPushButton *m_edit;
    QGroupBox *m_settingsBox;
    QLabel *m_urlLabel;
    QLabel *m_url;
    QLabel *m_changesLabel;
    QLabel *m_changes;
    QLabel *m_approvalLabel;
    QLabel *m_approval;
    QLabel *m_agreeLabel;
    QLabel *m_agree;
    QGroupBox *m_historyBox;
    QTableView *m_table;
};
