// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AuditPage.h"
#include "ui_AuditPage.h"

#include "core/admin/AdminService.h"
#include "ui/AuditModel.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QEvent>
#include <QFileDialog>
#include <QLocale>

AuditPage::AuditPage(AdminService *admin, QWidget *parent)
    : BrowserPage(parent)
    , m_ui(std::make_unique<Ui::AuditPage>())
    , m_admin(admin)
    , m_model(new AuditModel(admin, this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    setUpBrowser(m_ui->table, m_ui->splitter,
                 {{int(AuditModel::Column::Sequence), 60},
                  {int(AuditModel::Column::Time), 150},
                  {int(AuditModel::Column::Actor), 150},
                  {int(AuditModel::Column::Action), 170},
                  {int(AuditModel::Column::Object), 200}},
                 {500, 120}, m_ui->search);
    m_ui->verifyButton->setIcon(Icons::get(QStringLiteral("verify")));
    m_ui->exportButton->setIcon(Icons::get(QStringLiteral("export")));
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &AuditPage::verifyChain);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &AuditPage::exportLog);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &AuditPage::showDetails);
    connect(m_model, &AuditModel::pageLoaded, this, &AuditPage::updateCount);
    connect(m_model, &AuditModel::loadFailed, this,
            [this](const CoreError &e) { showError(ErrorMessages::describe(tr("Reading the audit log failed."), e)); });
    connect(m_admin, &AdminService::auditChanged, this, [this]() {
        // New records go on top; reload only when the admin is not reading further down.
        if (isLoaded() && m_model->rowCount() <= m_model->pageSize()) {
            refresh();
        }
    });
}

AuditPage::~AuditPage() = default;

QString AuditPage::title() const
{
    return tr("Audit log");
}

QIcon AuditPage::icon() const
{
    return Icons::get(QStringLiteral("audit"));
}

void AuditPage::refresh()
{
    m_total = -1;
    m_model->setFilterText(m_ui->search->text().trimmed());
    const AuditCatalog *catalog = &m_admin->audit();
    m_admin->executor()->run<Result<qint64>>(
        this, [catalog]() { return catalog->count(); },
        [this](const Result<qint64> &n) {
            m_total = n ? *n : -1;
            updateCount();
        });
    showDetails();
}

void AuditPage::updateCount()
{
    const QLocale locale;
    if (m_total < 0) {
        m_ui->countLabel->setText(tr("%n record(s) loaded", nullptr, m_model->rowCount()));
    } else {
        m_ui->countLabel->setText(tr("%1 records loaded; the log holds %2")
                                      .arg(locale.toString(m_model->rowCount()), locale.toString(m_total)));
    }
}

void AuditPage::showDetails()
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_ui->details->clear();
        return;
    }
    const AuditRecord r = m_model->rowAt(current.row());
    const QString html = QStringLiteral("<b>#%1</b> %2 · %3 · <b>%4</b> %5<br>%6<br><small>%7 <code>%8</code></small>")
                             .arg(QString::number(r.seq), r.time.toString(Qt::ISODateWithMs).toHtmlEscaped(),
                                  r.actor.toHtmlEscaped(), r.action.toHtmlEscaped(), r.object.toHtmlEscaped(),
                                  r.details.toHtmlEscaped(), tr("Hash").toHtmlEscaped(), r.hash.toHtmlEscaped());
    m_ui->details->setHtml(html);
}

void AuditPage::verifyChain()
{
    const AuditCatalog *catalog = &m_admin->audit();
    m_ui->verifyButton->setEnabled(false);
    m_ui->verifyButton->setText(tr("Verifying…"));
    m_admin->executor()->run<Result<AuditVerification>>(
        this, [catalog]() { return catalog->verify(); },
        [this](const Result<AuditVerification> &r) {
            m_ui->verifyButton->setEnabled(true);
            m_ui->retranslateUi(this);
            if (!r) {
                showError(ErrorMessages::describe(tr("Verifying the audit log failed."), r.error()));
                emit verifyFinished(false);
                return;
            }
            if (r->intact) {
                emit messageRequested(tr("The audit log is intact: %n record(s) checked.", nullptr,
                                         int(qMin<qint64>(r->records, INT_MAX))),
                                      MessageBar::Type::Positive);
            } else if (r->missing) {
                showError(tr("The audit log has been tampered with: record %1 is missing.").arg(r->brokenAt));
            } else {
                showError(tr("The audit log has been tampered with: record %1 was altered, or the chain before "
                             "it was.")
                              .arg(r->brokenAt));
            }
            emit verifyFinished(r->intact);
        });
}

void AuditPage::exportLog()
{
    const QString json = tr("JSON files (*.json)");
    QString filter;
    QString file = QFileDialog::getSaveFileName(this, tr("Export audit log"), QStringLiteral("audit-log.csv"),
                                                tr("CSV files (*.csv)") + QStringLiteral(";;") + json, &filter);
    if (file.isEmpty()) {
        return;
    }
    if (filter == json && !file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        file += QStringLiteral(".json");
    }
    exportTo(file);
}

void AuditPage::exportTo(const QString &file)
{
    const AuditExportFormat format
        = file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? AuditExportFormat::Json : AuditExportFormat::Csv;
    const AdminService *admin = m_admin;
    m_ui->exportButton->setEnabled(false);
    m_admin->executor()->run<Result<qint64>>(
        this, [admin, file, format]() { return admin->exportAudit(file, format); },
        [this, file](const Result<qint64> &r) {
            m_ui->exportButton->setEnabled(true);
            if (!r) {
                showError(ErrorMessages::describe(tr("Exporting the audit log failed."), r.error()));
                emit exportFinished(false);
                return;
            }
            emit messageRequested(
                tr("%n audit record(s) saved to %1.", nullptr, int(qMin<qint64>(*r, INT_MAX))).arg(file),
                MessageBar::Type::Positive);
            emit m_admin->auditChanged(); // the export itself is a new record
            emit exportFinished(true);
        });
}

void AuditPage::changeEvent(QEvent *event)
{
    BrowserPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateCount();
        emit titleChanged();
    }
}
