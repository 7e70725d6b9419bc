// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/AliasConfig.h"
#include "core/config/GlobalSettings.h"
#include "ui/ConsolePage.h"

#include <functional>

class AdminService;
class AliasEditor;
class QGridLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QToolButton;

/**
 * The reference's "Managing ACME Alias Configurations": the aliases with add, rename, clone,
 * delete and set default, the editor of the selected alias and its directory URLs.
 */
class AliasesPage : public ConsolePage
{
    Q_OBJECT

public:
    explicit AliasesPage(AdminService *admin, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("aliases"); }
    QString title() const override;
    QIcon icon() const override;

    AliasEditor *editor() const { return m_editor; }
    QStringList aliasNames() const;
    QString currentAlias() const;
    QString defaultAlias() const { return m_settings.defaultAlias; }
    /** The directory URLs shown for the current alias (tests, copy buttons). */
    QStringList directoryUrls() const;

public slots:
    void refresh() override;
    void selectAlias(const QString &name);
    void addAlias();
    void renameAlias();
    void cloneAlias();
    void removeAlias();
    void setDefault();
    void save();
    void revert();

signals:
    /** The list was (re)loaded from the store. */
    void aliasesLoaded();
    /** An action finished; `ok` is false when it failed (tests wait for it). */
    void actionFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showAliases(const QList<AliasConfig> &aliases, const GlobalSettings &settings, const QString &select);
    void showCurrent();
    void updateButtons();
    void updateUrls();
    void retranslate();
    /** Asks whether unsaved edits may be dropped; true when there are none or the admin agrees. */
    bool confirmDiscard();
    /** Runs a ConfigStore change on the worker, then reloads and selects `select`. */
    void change(const QString &failure, const QString &success, const QString &select,
                std::function<VoidResult()> work);

    AdminService *m_admin;
    QList<AliasConfig> m_aliases;
    GlobalSettings m_settings;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_rename;
    QPushButton *m_clone;
    QPushButton *m_remove;
    QPushButton *m_default;
    QLabel *m_heading;
    QLabel *m_emptyHint;
    AliasEditor *m_editor;
    QWidget *m_editorPane;
    QGroupBox *m_urlsBox;
    QGridLayout *m_urlsGrid;
    QList<QLabel *> m_urlLabels;
    QList<class QLineEdit *> m_urlFields;
    QLabel *m_problem;
    QPushButton *m_save;
    QPushButton *m_revert;
    QString m_shown;
    bool m_selecting = false;
};
