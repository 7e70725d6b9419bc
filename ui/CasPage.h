// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/CaCatalog.h"
#include "ui/BrowserPage.h"

#include <optional>

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
 * generated off the GUI thread, and import, with the command line's validation. A CA's chains to
 * other roots (RFC 8555 §7.4.2 alternates, e.g. through a cross-certificate) are listed, added
 * from a PEM file and removed, as `anvil ca add-chain` / `remove-chain` do.
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
    /** The roots the selected CA has alternate chains to, as last shown. */
    QStringList alternateRoots() const { return m_alternateRoots; }

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
    /** Asks for a PEM file, then addChainFromFile(). */
    void addChainInteractively();
    /** Asks which of the selected CA's alternate chains to remove, then removeChain(). */
    void removeChainInteractively();
    /** Registers the chain in `file` for the selected CA (the checks of `anvil ca add-chain`). */
    void addChainFromFile(const QString &file);
    /** Removes the selected CA's chain to `rootDn`. */
    void removeChain(const QString &rootDn);

signals:
    void loaded();
    void createFinished(bool ok);
    void importFinished(bool ok);
    void renewEarlyFinished(bool ok);
    void chainAdded(bool ok);
    void chainRemoved(bool ok);
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
    /** The selected CA, if any. */
    std::optional<CaSummary> selectedCa() const;

    AdminService *m_admin;
    CaModel *m_model;
    QPushButton *m_createButton;
    QPushButton *m_importButton;
    QPushButton *m_renewEarlyButton;
    QPushButton *m_addChainButton;
    QPushButton *m_removeChainButton;
    QProgressBar *m_progress;
    QLabel *m_progressLabel;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTabWidget *m_tabs;
    QTextBrowser *m_overview;
    QPlainTextEdit *m_pem;
    QLabel *m_unavailable;
    QByteArray m_chainPem;
    QStringList m_alternateRoots;
    QString m_selectAfterLoad;
};
