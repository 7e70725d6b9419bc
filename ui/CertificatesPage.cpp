// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CertificatesPage.h"
#include "ui_CertificatesPage.h"

#include "core/admin/AdminService.h"
#include "core/util/Clock.h"
#include "ui/CertificateModel.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>

#include <algorithm>
#include <climits>

CertificatesPage::CertificatesPage(AdminService *admin, QWidget *parent)
    : BrowserPage(parent)
    , m_ui(std::make_unique<Ui::CertificatesPage>())
    , m_admin(admin)
    , m_model(new CertificateModel(admin, this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    setUpBrowser(m_ui->table, m_ui->splitter,
                 {{int(CertificateModel::Column::Serial), 150},
                  {int(CertificateModel::Column::Subject), 200},
                  {int(CertificateModel::Column::Names), 220},
                  {int(CertificateModel::Column::Status), 170},
                  {int(CertificateModel::Column::NotAfter), 130}},
                 {420, 260}, m_ui->search);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->pem->setFont(mono);
    m_ui->chain->setFont(mono);
    m_ui->revokeButton->setIcon(Icons::get(QStringLiteral("revoke")));
    m_ui->revokeMatchingButton->setIcon(Icons::get(QStringLiteral("revoke")));
    m_ui->renewEarlyButton->setIcon(Icons::get(QStringLiteral("refresh")));
    m_ui->exportButton->setIcon(Icons::get(QStringLiteral("export")));
    m_ui->copyButton->setIcon(Icons::get(QStringLiteral("copy")));
    fillStatusFilter();

    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &CertificatesPage::refresh);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CertificatesPage::showDetails);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CertificatesPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificatesPage::showDetails);
    connect(m_model, &CertificateModel::pageLoaded, this, &CertificatesPage::updateCount);
    connect(m_model, &CertificateModel::loadFailed, this, [this](const CoreError &e) {
        showError(ErrorMessages::describe(tr("Reading the certificates failed."), e));
    });
    connect(m_ui->revokeButton, &QPushButton::clicked, this, [this]() { revokeSelected(-1); });
    connect(m_ui->revokeMatchingButton, &QPushButton::clicked, this, [this]() { revokeMatching(-1, true); });
    connect(m_ui->renewEarlyButton, &QPushButton::clicked, this, &CertificatesPage::markSelectedForEarlyRenewal);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CertificatesPage::exportSelected);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(QString::fromLatin1(m_pem));
        showPositive(tr("The certificate and its chain were copied as PEM."));
    });
    connect(m_admin, &AdminService::certificatesChanged, this, [this]() {
        if (isLoaded() && !m_progress) {
            refresh();
        }
    });
    showDetails();
}

CertificatesPage::~CertificatesPage() = default;

QProgressDialog *CertificatesPage::bulkProgress() const
{
    return m_progress;
}

QString CertificatesPage::title() const
{
    return tr("Certificates");
}

QIcon CertificatesPage::icon() const
{
    return Icons::get(QStringLiteral("certificates"));
}

void CertificatesPage::fillStatusFilter()
{
    const int current = qMax(0, m_ui->statusFilter->currentIndex());
    const QSignalBlocker block(m_ui->statusFilter);
    m_ui->statusFilter->clear();
    m_ui->statusFilter->addItem(tr("Any"), QString());
    m_ui->statusFilter->addItem(tr("Valid"), QStringLiteral("valid"));
    m_ui->statusFilter->addItem(tr("Expired"), QStringLiteral("expired"));
    m_ui->statusFilter->addItem(tr("Revoked"), QStringLiteral("revoked"));
    m_ui->statusFilter->setCurrentIndex(current);
}

CertificateFilter CertificatesPage::currentFilter() const
{
    CertificateFilter filter;
    filter.text = m_ui->search->text().trimmed();
    filter.status = m_ui->statusFilter->currentData().toString();
    return filter;
}

void CertificatesPage::showCertificate(const CertificateId &id)
{
    {
        const QSignalBlocker b1(m_ui->search);
        const QSignalBlocker b2(m_ui->statusFilter);
        m_ui->search->setText(id.value());
        m_ui->statusFilter->setCurrentIndex(0);
    }
    cancelPendingSearch();
    if (isLoaded()) {
        refresh();
    } else {
        activate(); // the first load applies the filter
    }
}

void CertificatesPage::refresh()
{
    m_total = -1;
    m_countPending = true;
    m_model->setFilter(currentFilter());
}

void CertificatesPage::updateCount()
{
    if (m_countPending && !m_model->isLoading()) {
        // Counted after the first page, and only when it is not the whole answer: a search that
        // matches few certificates has already read the table once for its page. A text search
        // counts up to kCountCap: LIKE over every row would cost a second scan of a million.
        m_countPending = false;
        if (!m_model->hasMore()) {
            m_total = m_model->rowCount();
        } else {
            const CertificateFilter filter = m_model->filter();
            const qint64 cap = filter.text.isEmpty() ? 0 : kCountCap;
            const CertificateCatalog *catalog = &m_admin->certificates();
            m_admin->executor()->run<Result<qint64>>(
                this, [catalog, filter, cap]() { return catalog->count(filter, cap); },
                [this, filter](const Result<qint64> &n) {
                    if (m_model->filter().text == filter.text && m_model->filter().status == filter.status) {
                        m_total = n ? *n : -1;
                        updateCount();
                    }
                });
        }
    }
    const QLocale locale;
    if (m_total < 0) {
        m_ui->countLabel->setText(tr("%n certificate(s) loaded", nullptr, m_model->rowCount()));
    } else if (m_model->rowCount() >= m_total) {
        m_ui->countLabel->setText(tr("%1 certificates").arg(locale.toString(m_total)));
    } else if (m_total >= kCountCap && !m_model->filter().text.isEmpty()) {
        m_ui->countLabel->setText(tr("%1 of more than %2 certificates shown; scroll down for more")
                                      .arg(locale.toString(m_model->rowCount()), locale.toString(kCountCap - 1)));
    } else {
        m_ui->countLabel->setText(tr("%1 of %2 certificates shown; scroll down for more")
                                      .arg(locale.toString(m_model->rowCount()), locale.toString(m_total)));
    }
}

void CertificatesPage::showDetails()
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    const bool selected = current.isValid();
    updateActions();
    m_ui->exportButton->setEnabled(false);
    m_ui->copyButton->setEnabled(false);
    if (!selected) {
        m_pem.clear();
        m_ui->overview->setHtml(
            QStringLiteral("<p>%1</p>")
                .arg(tr("Select a certificate to see its names, validity, PEM and chain.").toHtmlEscaped()));
        m_ui->pem->clear();
        m_ui->chain->clear();
        return;
    }
    const CertificateId id = m_model->rowAt(current.row()).id;
    const CertificateCatalog *catalog = &m_admin->certificates();
    m_admin->executor()->run<Result<CertificateDetails>>(
        this, [catalog, id]() { return catalog->details(id); },
        [this, id](const Result<CertificateDetails> &details) {
            const QModelIndex now = m_ui->table->selectionModel()->currentIndex();
            if (!now.isValid() || m_model->rowAt(now.row()).id != id) {
                return;
            }
            if (!details) {
                showError(
                    ErrorMessages::describe(tr("Reading certificate %1 failed.").arg(id.value()), details.error()));
                return;
            }
            renderDetails(*details);
            emit detailsShown(id.value());
        });
}

void CertificatesPage::renderDetails(const CertificateDetails &d)
{
    const CertificateSummary &c = d.summary;
    const QLocale locale;
    const QDateTime now = m_admin->clock().now();
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value);
    };
    auto text = [](const QString &s) { return s.toHtmlEscaped(); };
    auto time = [&locale](const QDateTime &t) {
        return t.isValid() ? locale.toString(t.toLocalTime(), QLocale::LongFormat).toHtmlEscaped()
                           : QStringLiteral("–");
    };
    QString names;
    for (const QString &n : c.names) {
        names += text(n) + QStringLiteral("<br>");
    }
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(text(c.subjectDn));
    html += row(tr("Status"), text(CertificateModel::statusText(c, now)));
    if (c.revokedAt.isValid()) {
        html += row(tr("Revoked"), time(c.revokedAt));
    }
    if (c.renewEarlyAt.isValid()) {
        html += row(tr("Renew early since"), time(c.renewEarlyAt));
    }
    html += row(tr("Serial"), QStringLiteral("<code>%1</code>").arg(text(c.serialHex)));
    html += row(tr("Subject alternative names"), names.isEmpty() ? text(tr("none")) : names);
    html += row(tr("Valid from"), time(c.notBefore));
    html += row(tr("Valid until"), time(c.notAfter));
    html += row(tr("Issuer"), text(d.issuerDn));
    html += row(tr("CA"), text(c.caName));
    html += row(tr("Key"), text(d.keyType));
    if (!d.extendedKeyUsages.isEmpty()) {
        html += row(tr("Extended key usage"), text(d.extendedKeyUsages.join(QStringLiteral(", "))));
    }
    html += row(tr("Profile"), text(c.profile));
    if (!c.accountId.isEmpty()) {
        html += row(tr("Account"), text(c.accountId));
    }
    if (!c.orderId.isEmpty()) {
        html += row(tr("Order"), text(c.orderId));
    }
    html += row(tr("Issued"), time(c.createdAt));
    html += QStringLiteral("</table>");
    m_ui->overview->setHtml(html);
    m_ui->pem->setPlainText(QString::fromLatin1(d.pem));
    m_ui->chain->setPlainText(d.chainPem.isEmpty() ? tr("The issuing CA's chain is not available.")
                                                   : QString::fromLatin1(d.chainPem));
    m_pem = d.pem + d.chainPem;
    m_ui->exportButton->setEnabled(!m_pem.isEmpty());
    m_ui->copyButton->setEnabled(!m_pem.isEmpty());
}

void CertificatesPage::updateActions()
{
    const QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    const bool canRevoke = m_admin->certificates().canRevoke() && !m_progress;
    bool anyValid = false;
    for (const QModelIndex &i : rows) {
        anyValid = anyValid || m_model->rowAt(i.row()).status == QLatin1String("valid");
    }
    m_ui->revokeButton->setEnabled(canRevoke && anyValid);
    m_ui->revokeButton->setText(rows.size() > 1 ? tr("&Revoke %n certificates…", nullptr, int(rows.size()))
                                                : tr("&Revoke…"));
    m_ui->revokeMatchingButton->setEnabled(canRevoke);
    m_ui->renewEarlyButton->setEnabled(current.isValid() && rows.size() <= 1 && m_admin->certificates().canRevoke()
                                       && m_model->rowAt(current.row()).status == QLatin1String("valid"));
}

int CertificatesPage::askReason(const QString &question)
{
    QStringList labels;
    const QList<int> reasons = CertificateCatalog::revocationReasons();
    for (int r : reasons) {
        labels << QStringLiteral("%1 (%2)").arg(CertificateModel::reasonText(r)).arg(r);
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Revoke certificates"), question, labels, 0, false, &ok);
    return ok ? reasons.value(labels.indexOf(chosen), 0) : -1;
}

void CertificatesPage::revokeSelected(int reason)
{
    if (m_progress) {
        return;
    }
    QModelIndexList rows = m_ui->table->selectionModel()->selectedRows();
    if (rows.size() > 1) {
        std::sort(rows.begin(), rows.end());
        BulkRevocation job;
        for (const QModelIndex &i : rows) {
            job.ids << m_model->rowAt(i.row()).id;
        }
        if (reason < 0) {
            reason = askReason(tr("Revoke the %n selected certificate(s)? Relying parties learn of it from the next "
                                  "CRL. This cannot be undone.\n\nReason:",
                                  nullptr, int(job.ids.size())));
            if (reason < 0) {
                return;
            }
        }
        job.reason = reason;
        startBulkRevocation(job, job.ids.size());
        return;
    }
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const CertificateSummary c = m_model->rowAt(current.row());
    if (reason < 0) {
        reason = askReason(tr("Revoke the certificate for %1 (serial %2)? Relying parties learn of it from the next "
                              "CRL. This cannot be undone.\n\nReason:")
                               .arg(c.names.value(0, c.subjectDn), c.serialHex));
        if (reason < 0) {
            return;
        }
    }
    CertificateCatalog *catalog = &m_admin->certificates();
    const QString actor = m_admin->actor();
    const CertificateId id = c.id;
    m_ui->revokeButton->setEnabled(false);
    m_admin->executor()->run<Result<CertificateSummary>>(
        this, [catalog, id, reason, actor]() { return catalog->revoke(id, reason, actor); },
        [this, id](const Result<CertificateSummary> &r) {
            if (!r) {
                showError(ErrorMessages::describe(tr("Revoking certificate %1 failed.").arg(id.value()), r.error()));
                showDetails();
                emit revokeFinished(false);
                return;
            }
            if (const int row = m_model->rowOf(id); row >= 0) {
                m_model->replaceRow(row, *r);
            }
            showDetails();
            showPositive(tr("Certificate %1 revoked; it is listed on the next CRL.").arg(r->serialHex));
            emit m_admin->auditChanged();
            emit revokeFinished(true);
        });
}

void CertificatesPage::revokeMatching(int reason, bool confirm)
{
    if (m_progress) {
        return;
    }
    const CertificateFilter filter = currentFilter();
    const CertificateCatalog *catalog = &m_admin->certificates();
    m_admin->executor()->run<Result<qint64>>(
        this, [catalog, filter]() { return catalog->count(filter); },
        [this, filter, reason, confirm](const Result<qint64> &n) {
            if (!n) {
                showError(ErrorMessages::describe(tr("Counting the certificates to revoke failed."), n.error()));
                return;
            }
            if (*n == 0) {
                showError(tr("No certificate matches the search and the status filter."));
                return;
            }
            const QString count = QLocale().toString(*n);
            int chosen = reason;
            if (chosen < 0) {
                chosen = askReason(tr("Revoke all %1 certificates that match the search and the status filter? "
                                      "Relying parties learn of it from the next CRL. This cannot be undone.\n\n"
                                      "Reason:")
                                       .arg(count));
                if (chosen < 0) {
                    return;
                }
            }
            if (confirm
                && QMessageBox::warning(this, tr("Revoke certificates"),
                                        tr("Really revoke %1 certificates with reason \"%2\"?")
                                            .arg(count, CertificateModel::reasonText(chosen)),
                                        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                    != QMessageBox::Yes) {
                return;
            }
            BulkRevocation job;
            job.filter = filter;
            job.reason = chosen;
            startBulkRevocation(job, *n);
        });
}

void CertificatesPage::startBulkRevocation(const BulkRevocation &job, qint64 total)
{
    m_bulkJob = job;
    m_bulkJob.actor = m_admin->actor();
    m_bulkProgress = {};
    m_progress
        = new QProgressDialog(tr("Revoking certificates…"), tr("Cancel"), 0, int(qMin<qint64>(total, INT_MAX)), this);
    m_progress->setObjectName(QStringLiteral("bulkRevokeProgress"));
    m_progress->setWindowTitle(tr("Revoke certificates"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    m_progress->setValue(0);
    updateActions();
    runNextBatch();
}

void CertificatesPage::runNextBatch()
{
    CertificateCatalog *catalog = &m_admin->certificates();
    const BulkRevocation job = m_bulkJob;
    const BulkRevocationProgress from = m_bulkProgress;
    const int batch = m_bulkBatchSize;
    m_admin->executor()->run<Result<BulkRevocationProgress>>(
        this, [catalog, job, from, batch]() { return catalog->revokeBatch(job, from, batch); },
        [this](const Result<BulkRevocationProgress> &r) {
            if (!r) {
                finishBulkRevocation(false,
                                     ErrorMessages::describe(tr("Revoking the certificates failed."), r.error()));
                return;
            }
            m_bulkProgress = *r;
            if (m_progress) {
                // "Revoke all matching" counted before it started: clients may have added some since.
                m_progress->setMaximum(int(qMax<qint64>(m_progress->maximum(), m_bulkProgress.processed())));
                m_progress->setValue(int(m_bulkProgress.processed()));
                m_progress->setLabelText(tr("Revoking certificates… %1 of %2 done")
                                             .arg(QLocale().toString(m_bulkProgress.processed()),
                                                  QLocale().toString(m_progress->maximum())));
                emit bulkRevokeProgressed(m_bulkProgress.processed(), m_progress->maximum());
            }
            if (m_bulkProgress.finished) {
                finishBulkRevocation(true);
            } else if (!m_progress || m_progress->wasCanceled()) {
                finishBulkRevocation(false);
            } else {
                runNextBatch();
            }
        });
}

void CertificatesPage::finishBulkRevocation(bool completed, const QString &error)
{
    if (m_progress) {
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    const QLocale locale;
    const BulkRevocationProgress &p = m_bulkProgress;
    const QString summary
        = tr("%1 revoked, %2 already revoked, %3 failed.")
              .arg(locale.toString(p.revoked), locale.toString(p.alreadyRevoked), locale.toString(p.failed));
    if (!error.isEmpty()) {
        showError(error + QLatin1Char(' ') + tr("Before it stopped: %1").arg(summary));
    } else if (!completed) {
        showError(tr("Bulk revocation cancelled: %1").arg(summary));
    } else if (p.failed > 0) {
        showError(tr("Bulk revocation finished: %1").arg(summary));
    } else {
        showPositive(tr("Bulk revocation finished: %1 They are listed on the next CRL.").arg(summary));
    }
    refresh();
    emit m_admin->auditChanged();
    emit bulkRevokeFinished(p.revoked, p.alreadyRevoked, p.failed, completed && error.isEmpty());
}

void CertificatesPage::markSelectedForEarlyRenewal()
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    CertificateCatalog *catalog = &m_admin->certificates();
    const QString actor = m_admin->actor();
    const CertificateSummary c = m_model->rowAt(current.row());
    const CertificateId id = c.id;
    m_admin->executor()->run<Result<CertificateSummary>>(
        this,
        [catalog, id, actor]() -> Result<CertificateSummary> {
            if (VoidResult r = catalog->markForEarlyRenewal(id, actor); !r) {
                return r.error();
            }
            return catalog->find(id);
        },
        [this, c](const Result<CertificateSummary> &r) {
            if (!r) {
                showError(ErrorMessages::describe(
                    tr("Marking certificate %1 for early renewal failed.").arg(c.serialHex), r.error()));
                emit renewEarlyFinished(false);
                return;
            }
            if (const int row = m_model->rowOf(c.id); row >= 0) {
                m_model->replaceRow(row, *r);
            }
            showDetails();
            showPositive(tr("Certificate %1 is marked for early renewal: ACME clients that ask for renewal "
                            "information are told to renew it now.")
                             .arg(c.serialHex));
            emit m_admin->auditChanged();
            emit renewEarlyFinished(true);
        });
}

void CertificatesPage::exportSelected()
{
    if (m_pem.isEmpty()) {
        return;
    }
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    const QString suggested = current.isValid() ? m_model->rowAt(current.row()).serialHex + QStringLiteral(".pem")
                                                : QStringLiteral("certificate.pem");
    const QString file = QFileDialog::getSaveFileName(this, tr("Export certificate"), suggested,
                                                      tr("PEM files (*.pem *.crt);;All files (*)"));
    if (file.isEmpty()) {
        return;
    }
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(m_pem) != m_pem.size()) {
        showError(tr("The certificate could not be written to %1.").arg(file));
        return;
    }
    showPositive(tr("Certificate and chain saved to %1.").arg(file));
}

void CertificatesPage::changeEvent(QEvent *event)
{
    BrowserPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillStatusFilter();
        updateCount();
        updateActions();
        showDetails();
        emit titleChanged();
    }
}
