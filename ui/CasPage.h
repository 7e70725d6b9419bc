// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/CaCatalog.h"
#include "ui/BrowserPage.h"

class AdminService;
class CaModel;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTabWidget;
class QTextBrowser;

/**
 * The CAs: name, subject, key type, validity, status, root or issuing, CRL number; details with
 * the PEM and the chain; create (root, root and issuing, or under an existing CA) with the key
 * generated off the GUI thread, and import, with the command line's validation.
 */
class CasPage : public BrowserPage
{
    Q_OBJECT

public:
    explicit CasPage(AdminService *admin, QWidget *parent = nullptr);
    ~CasPage() override;

    QString pageId() const override { return QStringLiteral("cas"); }
    QString title() const override;
    QIcon icon() const override;

    CaModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /** True while a CA is being created or imported (the progress bar shows). */
    bool isWorking() const;
    QString detailsText() const;
    QByteArray chainPem() const { return m_chainPem; }

public slots:
    void refresh() override;
    /** Asks with CaCreateDialog, then creates. */
    void createInteractively();
    void importInteractively();
    void create(const CaCreateRequest &request);
    /** Reads the files here and imports through CaCatalog (the same checks as `anvil ca import`). */
    void importFiles(const QString &name, const QString &certificateFile, const QString &keyFile,
                     const QByteArray &passphrase);
    /**
     * Marks every certificate the selected CA issued until now for early renewal (ARI), as
     * `anvil ca renew-early` does; `confirm` asks the admin first.
     */
    void markSelectedForEarlyRenewal(bool confirm = true);

signals:
    void loaded();
    void createFinished(bool ok);
    void importFinished(bool ok);
    void renewEarlyFinished(bool ok);
    void detailsShown(const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showDetails();
    void renderDetails(const CaDetails &details);
    void setWorking(const QString &what);
    void select(const QString &name);
    void updateActions();

    AdminService *m_admin;
    CaModel *m_model;
    QPushButton *m_createButton;
    QPushButton *m_importButton;
    QPushButton *m_renewEarlyButton;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QPlainTextEdit *m_pem;
    QLabel *m_unavailable;
    QByteArray m_chainPem;
    QString m_selectAfterLoad;
};
