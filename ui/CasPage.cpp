// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CasPage.h"

#include "core/admin/AdminService.h"
#include "core/util/Clock.h"
#include "ui/CaCreateDialog.h"
#include "ui/CaImportDialog.h"
#include "ui/CaModel.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

CasPage::CasPage(AdminService *admin, QWidget *parent)
    : BrowserPage(parent)
    , m_admin(admin)
    , m_model(new CaModel(this))
    , m_createButton(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_renewEarlyButton(new QPushButton(this))
    , m_addChainButton(new QPushButton(this))
    , m_removeChainButton(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_table(new QTableView(m_splitter))
    , m_tabs(new QTabWidget(m_splitter))
    , m_overview(new QTextBrowser(this))
    , m_pem(new QPlainTextEdit(this))
    , m_unavailable(new QLabel(this))
{
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setIcon(Icons::get(QStringLiteral("add")));
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setIcon(Icons::get(QStringLiteral("export")));
    m_renewEarlyButton->setObjectName(QStringLiteral("renewEarlyButton"));
    m_renewEarlyButton->setIcon(Icons::get(QStringLiteral("refresh")));
    m_addChainButton->setObjectName(QStringLiteral("addChainButton"));
    m_addChainButton->setIcon(Icons::get(QStringLiteral("add")));
    m_removeChainButton->setObjectName(QStringLiteral("removeChainButton"));
    m_removeChainButton->setIcon(Icons::get(QStringLiteral("remove")));
    m_progress->setRange(0, 0); // busy: key generation reports no steps
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_progressLabel->hide();
    m_table->setObjectName(QStringLiteral("table"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_pem->setReadOnly(true);
    m_pem->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_overview, QString());
    m_tabs->addTab(m_pem, QString());
    m_unavailable->setWordWrap(true);
    m_unavailable->hide();

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_createButton);
    actions->addWidget(m_importButton);
    actions->addWidget(m_renewEarlyButton);
    actions->addWidget(m_addChainButton);
    actions->addWidget(m_removeChainButton);
    actions->addStretch(1);
    actions->addWidget(m_progressLabel);
    actions->addWidget(m_progress);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_tabs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_unavailable);
    layout->addLayout(actions);
    layout->addWidget(m_splitter, 1);

    setUpBrowser(m_table, m_splitter,
                 {{int(CaModel::Column::Name), 150},
                  {int(CaModel::Column::Subject), 240},
                  {int(CaModel::Column::Kind), 230},
                  {int(CaModel::Column::KeyType), 90},
                  {int(CaModel::Column::NotAfter), 130},
                  {int(CaModel::Column::Status), 90}},
                 {260, 360});
    retranslate();

    connect(m_createButton, &QPushButton::clicked, this, &CasPage::createInteractively);
    connect(m_importButton, &QPushButton::clicked, this, &CasPage::importInteractively);
    connect(m_renewEarlyButton, &QPushButton::clicked, this, [this]() { markSelectedForEarlyRenewal(true); });
    connect(m_addChainButton, &QPushButton::clicked, this, &CasPage::addChainInteractively);
    connect(m_removeChainButton, &QPushButton::clicked, this, &CasPage::removeChainInteractively);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CasPage::showDetails);
    const bool available = m_admin->caCatalog() != nullptr;
    m_createButton->setEnabled(available);
    m_importButton->setEnabled(available);
    m_unavailable->setVisible(!available);
    showDetails();
}

void CasPage::updateActions()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    m_renewEarlyButton->setEnabled(m_admin->caCatalog() && !isWorking() && current.isValid()
                                   && m_admin->certificates().canRevoke());
    m_addChainButton->setEnabled(m_admin->caCatalog() && !isWorking() && current.isValid());
    m_removeChainButton->setEnabled(m_admin->caCatalog() && !isWorking() && current.isValid()
                                    && !m_alternateRoots.isEmpty());
}

std::optional<CaSummary> CasPage::selectedCa() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? std::optional<CaSummary>(m_model->caAt(current.row())) : std::nullopt;
}

CasPage::~CasPage() = default;

QString CasPage::title() const
{
    return tr("CAs");
}

QIcon CasPage::icon() const
{
    return Icons::get(QStringLiteral("cas"));
}

void CasPage::retranslate()
{
    m_createButton->setText(tr("&New CA…"));
    m_createButton->setToolTip(tr("Create a root CA, a root and an issuing CA, or a CA under an existing one"));
    m_importButton->setText(tr("&Import CA…"));
    m_importButton->setToolTip(tr("Import a CA certificate and its private key (PEM or DER, encrypted or not)"));
    m_renewEarlyButton->setText(tr("Mark for early re&newal…"));
    m_renewEarlyButton->setToolTip(tr("Tell ACME clients (through renewal information, ARI) to renew every "
                                      "certificate this CA issued until now, e.g. after a key compromise"));
    m_addChainButton->setText(tr("Add &chain…"));
    m_addChainButton->setToolTip(tr("Offer ACME clients another chain for this CA, to another root (for example "
                                    "through a cross-certificate): a PEM file with this CA's certificate first"));
    m_removeChainButton->setText(tr("Remo&ve chain…"));
    m_removeChainButton->setToolTip(tr("Stop offering one of this CA's chains to another root"));
    m_tabs->setTabText(0, tr("Overview"));
    m_tabs->setTabText(1, tr("PEM and chain"));
    m_unavailable->setText(tr("CAs cannot be managed here: this console runs without the PKI services."));
}

bool CasPage::isWorking() const
{
    return !m_progress->isHidden();
}

QString CasPage::detailsText() const
{
    return m_overview->toPlainText();
}

void CasPage::setWorking(const QString &what)
{
    const bool working = !what.isEmpty();
    m_progressLabel->setText(what);
    m_progressLabel->setVisible(working);
    m_progress->setVisible(working);
    const bool available = m_admin->caCatalog() != nullptr;
    m_createButton->setEnabled(available && !working);
    m_importButton->setEnabled(available && !working);
    updateActions();
}

void CasPage::refresh()
{
    CaCatalog *catalog = m_admin->caCatalog();
    if (!catalog) {
        return;
    }
    m_admin->executor()->run<Result<QList<CaSummary>>>(
        this, [catalog]() { return catalog->list(); },
        [this](const Result<QList<CaSummary>> &cas) {
            if (!cas) {
                showError(ErrorMessages::describe(tr("Reading the CAs failed."), cas.error()));
                return;
            }
            const QString keep = m_selectAfterLoad.isEmpty() && m_table->currentIndex().isValid()
                ? m_model->caAt(m_table->currentIndex().row()).name
                : m_selectAfterLoad;
            m_selectAfterLoad.clear();
            m_model->setCas(*cas, m_admin->clock().now());
            select(keep);
            emit loaded();
        });
}

void CasPage::select(const QString &name)
{
    const int row = name.isEmpty() ? -1 : m_model->rowOf(name);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
}

void CasPage::createInteractively()
{
    CaCreateDialog dialog(m_model->names(true), this);
    if (dialog.exec() == QDialog::Accepted) {
        create(dialog.request());
    }
}

void CasPage::importInteractively()
{
    CaImportDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        importFiles(dialog.name(), dialog.certificateFile(), dialog.keyFile(), dialog.passphrase());
    }
}

void CasPage::create(const CaCreateRequest &request)
{
    CaCatalog *catalog = m_admin->caCatalog();
    if (!catalog) {
        emit createFinished(false);
        return;
    }
    const QString actor = m_admin->actor();
    setWorking(tr("Generating the key for %1…").arg(request.name));
    m_admin->executor()->run<Result<QList<CaSummary>>>(
        this, [catalog, request, actor]() { return catalog->create(request, actor); },
        [this, request](const Result<QList<CaSummary>> &created) {
            setWorking({});
            if (!created) {
                showError(ErrorMessages::describe(tr("Creating CA '%1' failed.").arg(request.name), created.error()));
                emit createFinished(false);
                return;
            }
            QStringList names;
            for (const CaSummary &c : *created) {
                names << c.name;
            }
            showPositive(tr("Created %1.").arg(QLocale().createSeparatedList(names)));
            m_selectAfterLoad = names.constLast();
            emit m_admin->auditChanged();
            refresh();
            emit createFinished(true);
        });
}

void CasPage::importFiles(const QString &name, const QString &certificateFile, const QString &keyFile,
                          const QByteArray &passphrase)
{
    CaCatalog *catalog = m_admin->caCatalog();
    if (!catalog) {
        emit importFinished(false);
        return;
    }
    QFile cert(certificateFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly)) {
        showError(tr("The certificate file %1 could not be read.").arg(certificateFile));
        emit importFinished(false);
        return;
    }
    if (!key.open(QIODevice::ReadOnly)) {
        showError(tr("The key file %1 could not be read.").arg(keyFile));
        emit importFinished(false);
        return;
    }
    const QByteArray certBytes = cert.readAll();
    const QByteArray keyBytes = key.readAll();
    const QString actor = m_admin->actor();
    setWorking(tr("Importing %1…").arg(name));
    m_admin->executor()->run<Result<CaSummary>>(
        this,
        [catalog, name, certBytes, keyBytes, passphrase, actor]() {
            return catalog->importCa(name, certBytes, keyBytes, passphrase, actor);
        },
        [this, name](const Result<CaSummary> &imported) {
            setWorking({});
            if (!imported) {
                showError(ErrorMessages::describe(tr("Importing CA '%1' failed.").arg(name), imported.error()));
                emit importFinished(false);
                return;
            }
            showPositive(tr("Imported CA %1 (%2).").arg(imported->name, imported->subjectDn));
            m_selectAfterLoad = imported->name;
            emit m_admin->auditChanged();
            refresh();
            emit importFinished(true);
        });
}

void CasPage::markSelectedForEarlyRenewal(bool confirm)
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const QString name = m_model->caAt(current.row()).name;
    if (confirm
        && QMessageBox::question(this, tr("Mark for early renewal"),
                                 tr("Tell ACME clients to renew every certificate CA %1 issued until now? Clients that "
                                    "ask for renewal information (ARI) renew at once.")
                                     .arg(name))
            != QMessageBox::Yes) {
        return;
    }
    // The same code as `anvil ca renew-early`: marks the CA and audits it.
    CertificateCatalog *catalog = &m_admin->certificates();
    const QString actor = m_admin->actor();
    m_admin->executor()->run<VoidResult>(
        this, [catalog, name, actor]() { return catalog->markCaForEarlyRenewal(name, actor); },
        [this, name](const VoidResult &r) {
            if (!r) {
                showError(ErrorMessages::describe(tr("Marking CA %1 for early renewal failed.").arg(name), r.error()));
                emit renewEarlyFinished(false);
                return;
            }
            showPositive(tr("The certificates CA %1 issued until now are marked for early renewal.").arg(name));
            m_selectAfterLoad = name;
            emit m_admin->auditChanged();
            emit m_admin->certificatesChanged();
            refresh();
            emit renewEarlyFinished(true);
        });
}

void CasPage::addChainInteractively()
{
    if (!selectedCa()) {
        return;
    }
    const QString file = QFileDialog::getOpenFileName(this, tr("Chain to another root"), QString(),
                                                      tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (!file.isEmpty()) {
        addChainFromFile(file);
    }
}

void CasPage::removeChainInteractively()
{
    if (!selectedCa() || m_alternateRoots.isEmpty()) {
        return;
    }
    bool ok = false;
    const QString root = QInputDialog::getItem(this, tr("Remove chain"),
                                               tr("ACME clients will no longer be offered this CA's chain to:"),
                                               m_alternateRoots, 0, false, &ok);
    if (ok && !root.isEmpty()) {
        removeChain(root);
    }
}

void CasPage::addChainFromFile(const QString &file)
{
    CaCatalog *catalog = m_admin->caCatalog();
    const std::optional<CaSummary> ca = selectedCa();
    if (!catalog || !ca) {
        emit chainAdded(false);
        return;
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        showError(tr("The chain file %1 could not be read.").arg(file));
        emit chainAdded(false);
        return;
    }
    const QByteArray pem = f.readAll();
    const CaId id = ca->id;
    const QString name = ca->name;
    const QString actor = m_admin->actor();
    m_admin->executor()->run<Result<QString>>(
        this, [catalog, id, pem, actor]() { return catalog->addAlternateChain(id, pem, actor); },
        [this, name](const Result<QString> &root) {
            if (!root) {
                showError(ErrorMessages::describe(tr("Adding a chain to CA %1 failed.").arg(name), root.error()));
                emit chainAdded(false);
                return;
            }
            showPositive(tr("CA %1 now also offers its chain to %2.").arg(name, *root));
            emit m_admin->auditChanged();
            showDetails();
            emit chainAdded(true);
        });
}

void CasPage::removeChain(const QString &rootDn)
{
    CaCatalog *catalog = m_admin->caCatalog();
    const std::optional<CaSummary> ca = selectedCa();
    if (!catalog || !ca) {
        emit chainRemoved(false);
        return;
    }
    const CaId id = ca->id;
    const QString name = ca->name;
    const QString actor = m_admin->actor();
    m_admin->executor()->run<VoidResult>(
        this, [catalog, id, rootDn, actor]() { return catalog->removeAlternateChain(id, rootDn, actor); },
        [this, name, rootDn](const VoidResult &r) {
            if (!r) {
                showError(ErrorMessages::describe(tr("Removing the chain of CA %1 failed.").arg(name), r.error()));
                emit chainRemoved(false);
                return;
            }
            showPositive(tr("CA %1 no longer offers its chain to %2.").arg(name, rootDn));
            emit m_admin->auditChanged();
            showDetails();
            emit chainRemoved(true);
        });
}

void CasPage::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    CaCatalog *catalog = m_admin->caCatalog();
    m_alternateRoots.clear(); // the previous CA's, until this one's details arrive
    updateActions();
    if (!current.isValid() || !catalog) {
        m_chainPem.clear();
        m_overview->setHtml(QStringLiteral("<p>%1</p>")
                                .arg(tr("Select a CA to see its certificate, chain and CRL number.").toHtmlEscaped()));
        m_pem->clear();
        return;
    }
    const CaId id = m_model->caAt(current.row()).id;
    m_admin->executor()->run<Result<CaDetails>>(
        this, [catalog, id]() { return catalog->details(id); },
        [this, id](const Result<CaDetails> &details) {
            const QModelIndex now = m_table->selectionModel()->currentIndex();
            if (!now.isValid() || m_model->caAt(now.row()).id != id) {
                return;
            }
            if (!details) {
                showError(ErrorMessages::describe(tr("Reading the CA failed."), details.error()));
                return;
            }
            renderDetails(*details);
            emit detailsShown(details->summary.name);
        });
}

void CasPage::renderDetails(const CaDetails &d)
{
    const CaSummary &c = d.summary;
    const QLocale locale;
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    auto time = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat) : QStringLiteral("–");
    };
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(c.name.toHtmlEscaped());
    html += row(tr("Subject"), c.subjectDn);
    html += row(tr("Issuer"), d.issuerDn);
    html += row(tr("Type"), CaModel::kindText(c));
    html += row(tr("Status"), CaModel::statusText(c, m_admin->clock().now()));
    html += row(tr("Key"), c.hasKey ? c.keyType : tr("none: this CA cannot sign"));
    html += row(tr("Serial"), c.serialHex);
    html += row(tr("Valid from"), time(c.notBefore));
    html += row(tr("Valid until"), time(c.notAfter));
    if (!d.keyUsages.isEmpty()) {
        html += row(tr("Key usage"), d.keyUsages.join(QStringLiteral(", ")));
    }
    html += row(tr("Next CRL number"), locale.toString(c.crlNumber));
    if (c.renewEarlyAt.isValid()) {
        html += row(tr("Renew early since"), time(c.renewEarlyAt));
    }
    html += row(tr("Created"), time(c.createdAt));
    html += QStringLiteral("</table>");
    m_alternateRoots.clear();
    QString pem = QString::fromLatin1(d.chainPem);
    if (!d.alternateChains.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Alternate chains").toHtmlEscaped());
        for (const CaAlternateChain &chain : d.alternateChains) {
            m_alternateRoots << chain.rootDn;
            html += QStringLiteral("<li>%1</li>").arg(tr("to %1").arg(chain.rootDn).toHtmlEscaped());
            pem += QStringLiteral("\n# %1\n").arg(tr("Alternate chain to %1").arg(chain.rootDn))
                + QString::fromLatin1(chain.pem);
        }
        html += QStringLiteral("</ul>");
    }
    m_overview->setHtml(html);
    m_chainPem = d.chainPem;
    m_pem->setPlainText(pem);
    updateActions();
}

void CasPage::changeEvent(QEvent *event)
{
    BrowserPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        emit titleChanged();
    }
}
