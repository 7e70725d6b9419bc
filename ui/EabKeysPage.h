// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/approvals/EabKeyService.h"
#include "core/config/GlobalSettings.h"
#include "ui/BrowserPage.h"

#include <QHash>
#include <QPointer>

class AdminService;
class AliasSelector;
class EabKeyCreatedDialog;
class EabKeyDialog;
class EabKeyModel;
class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

/**
 * The reference's "Managing ACME External Account Bindings", per alias: the keys with their state
 * and the accounts each bound; new keys (generated, pasted, uploaded, asymmetric) shown once with
 * ready command lines; revocation.
 */
class EabKeysPage : public BrowserPage
{
    Q_OBJECT

public:
    explicit EabKeysPage(AdminService *admin, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("eab"); }
    QString title() const override;
    QIcon icon() const override;

    EabKeyModel *model() const { return m_model; }
    QString currentAlias() const;
    /** The alias's directory URL (path form, plain TLS listener) used in the command lines. */
    QString directoryUrl() const;
    /** The dialog of the key created last, while it is open (tests). */
    EabKeyCreatedDialog *createdDialog() const;
    /** The new-key dialog, while it is open (tests). */
    EabKeyDialog *newKeyDialog() const;

public slots:
    void refresh() override;
    void selectAlias(const QString &alias);
    /** Opens the new-key dialog (not modal: the page stays live behind it). */
    void newKey();
    void createSymmetric(const NewSymmetricEabKey &spec);
    void createAsymmetric(const NewAsymmetricEabKey &spec);
    /** Revokes the selected key after asking (`confirm` false: tests). */
    void revokeSelected(bool confirm = true);
    /** Shows the selected MAC key again after asking (audited as eab.reveal; `confirm` false: tests). */
    void revealSelected(bool confirm = true);

signals:
    /** The aliases and the keys of the current alias arrived. */
    void keysLoaded();
    void keyCreated(const QString &keyIdentifier);
    /** Creating or revoking finished; `ok` false when it failed. */
    void actionFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadKeys();
    void showDetails();
    void updateButtons();
    void retranslate();
    void created(const EabKey &key, const QByteArray &macKey);
    void showKey(const QString &keyIdentifier, const QByteArray &macKey, const QString &title);

    AdminService *m_admin;
    EabKeyModel *m_model;
    AliasSelector *m_alias;
    QLabel *m_directory;
    QLabel *m_requirement;
    QPushButton *m_new;
    QPushButton *m_revoke;
    QPushButton *m_reveal;
    QTableView *m_table;
    QTextBrowser *m_details;
    GlobalSettings m_settings;
    QHash<QString, bool> m_requiresEab;
    // Cleared by Qt when a dialog goes, even while this page is being destroyed (a destroyed()
    // slot on `this` would then run on a half-destroyed page: UBSan reported it).
    QPointer<EabKeyDialog> m_newKeyDialog;
    QPointer<EabKeyCreatedDialog> m_createdDialog;
    QString m_select;
};
