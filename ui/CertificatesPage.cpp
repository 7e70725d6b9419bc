// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CertificatesPage.h"
#include "ui_CertificatesPage.h"

#include "core/admin/AdminService.h"
#include "core/util/Clock.h"
#include "ui/CertificateModel.h"
#include "ui/ConsoleSettings.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

CertificatesPage::CertificatesPage(AdminService *admin, QWidget *parent)
    : ConsolePage(parent)
    , m_ui(std::make_unique<Ui::CertificatesPage>())
    , m_admin(admin)
    , m_model(new CertificateModel(admin, this))
    , m_searchDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    m_ui->table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->table->horizontalHeader()->setStretchLastSection(true);
    m_ui->table->horizontalHeader()->setSectionsMovable(true);
    if (const QByteArray state = ConsoleSettings::headerState(pageId()); !state.isEmpty()) {
        m_ui->table->horizontalHeader()->restoreState(state);
    } else {
        m_ui->table->setColumnWidth(int(CertificateModel::Column::Serial), 150);
        m_ui->table->setColumnWidth(int(CertificateModel::Column::Subject), 200);
        m_ui->table->setColumnWidth(int(CertificateModel::Column::Names), 220);
        m_ui->table->setColumnWidth(int(CertificateModel::Column::Status), 170);
        m_ui->table->setColumnWidth(int(CertificateModel::Column::NotAfter), 130);
    }
    if (const QByteArray state = ConsoleSettings::splitterState(pageId()); !state.isEmpty()) {
        m_ui->splitter->restoreState(state);
    } else {
        m_ui->splitter->setSizes({420, 260});
    }
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->pem->setFont(mono);
    m_ui->chain->setFont(mono);
    m_ui->search->addAction(Icons::get(QStringLiteral("search")), QLineEdit::LeadingPosition);
    m_ui->revokeButton->setIcon(Icons::get(QStringLiteral("revoke")));
    m_ui->exportButton->setIcon(Icons::get(QStringLiteral("export")));
    m_ui->copyButton->setIcon(Icons::get(QStringLiteral("copy")));
    fillStatusFilter();

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_searchDelay, &QTimer::timeout, this, &CertificatesPage::applyFilter);
    connect(m_ui->search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, &CertificatesPage::applyFilter);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CertificatesPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CertificatesPage::showDetails);
    connect(m_model, &CertificateModel::pageLoaded, this, &CertificatesPage::updateCount);
    connect(m_model, &CertificateModel::loadFailed, this, [this](const CoreError &e) {
        showError(ErrorMessages::describe(tr("Reading the certificates failed."), e));
    });
    connect(m_ui->revokeButton, &QPushButton::clicked, this, [this]() { revokeSelected(-1); });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &CertificatesPage::exportSelected);
    connect(m_ui->copyButton, &QPushButton::clicked, this, [this]() {
        QApplication::clipboard()->setText(QString::fromLatin1(m_pem));
        showPositive(tr("The certificate and its chain were copied as PEM."));
    });
    connect(m_admin, &AdminService::certificatesChanged, this, [this]() {
        if (isLoaded()) {
            refresh();
        }
    });
    showDetails();
}

CertificatesPage::~CertificatesPage() = default;

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

void CertificatesPage::refresh()
{
    applyFilter();
}

void CertificatesPage::showCertificate(const CertificateId &id)
{
    {
        const QSignalBlocker b1(m_ui->search);
        const QSignalBlocker b2(m_ui->statusFilter);
        m_ui->search->setText(id.value());
        m_ui->statusFilter->setCurrentIndex(0);
    }
    m_searchDelay->stop();
    if (isLoaded()) {
        applyFilter();
    } else {
        activate(); // the first load applies the filter
    }
}

void CertificatesPage::applyFilter()
{
    CertificateFilter filter;
    filter.text = m_ui->search->text().trimmed();
    filter.status = m_ui->statusFilter->currentData().toString();
    m_total = -1;
    m_model->setFilter(filter);
    const CertificateCatalog *catalog = &m_admin->certificates();
    m_admin->executor()->run<Result<qint64>>(
        this, [catalog, filter]() { return catalog->count(filter); },
        [this](const Result<qint64> &n) {
            m_total = n ? *n : -1;
            updateCount();
        });
}

void CertificatesPage::updateCount()
{
    const QLocale locale;
    if (m_total < 0) {
        m_ui->countLabel->setText(tr("%n certificate(s) loaded", nullptr, m_model->rowCount()));
    } else if (m_model->rowCount() >= m_total) {
        m_ui->countLabel->setText(tr("%1 certificates").arg(locale.toString(m_total)));
    } else {
        m_ui->countLabel->setText(tr("%1 of %2 certificates shown; scroll down for more")
                                      .arg(locale.toString(m_model->rowCount()), locale.toString(m_total)));
    }
}

void CertificatesPage::showDetails()
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    const bool selected = current.isValid();
    m_ui->revokeButton->setEnabled(selected && m_admin->certificates().canRevoke()
                                   && m_model->rowAt(current.row()).status == QLatin1String("valid"));
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

void CertificatesPage::revokeSelected(int reason)
{
    const QModelIndex current = m_ui->table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const CertificateSummary c = m_model->rowAt(current.row());
    if (reason < 0) {
        QStringList labels;
        const QList<int> reasons = CertificateCatalog::revocationReasons();
        for (int r : reasons) {
            labels << QStringLiteral("%1 (%2)").arg(CertificateModel::reasonText(r)).arg(r);
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(
            this, tr("Revoke certificate"),
            tr("Revoke the certificate for %1 (serial %2)? Relying parties learn of it from the next CRL. "
               "This cannot be undone.\n\nReason:")
                .arg(c.names.value(0, c.subjectDn), c.serialHex),
            labels, 0, false, &ok);
        if (!ok) {
            return;
        }
        reason = reasons.value(labels.indexOf(chosen), 0);
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

void CertificatesPage::hideEvent(QHideEvent *event)
{
    ConsoleSettings::setHeaderState(pageId(), m_ui->table->horizontalHeader()->saveState());
    ConsoleSettings::setSplitterState(pageId(), m_ui->splitter->saveState());
    ConsolePage::hideEvent(event);
}

void CertificatesPage::changeEvent(QEvent *event)
{
    ConsolePage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillStatusFilter();
        updateCount();
        showDetails();
        emit titleChanged();
    }
}
