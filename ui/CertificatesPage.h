// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/CertificateCatalog.h"
#include "ui/BrowserPage.h"

#include <QPointer>

#include <memory>

class AdminService;
class CertificateModel;
class QProgressDialog;

namespace Ui {
class CertificatesPage;
}

/**
 * Browses issued certificates (search by serial, subject or name; filter by status), shows one
 * with its PEM and chain, revokes it with a reason and exports it. Several selected certificates,
 * or every one matching the filter, are revoked in batches off the GUI thread with a progress
 * dialog that can cancel between batches. Pages from SQL, so it stays responsive with a million
 * certificates.
 */
class CertificatesPage : public BrowserPage
{
    Q_OBJECT

public:
    explicit CertificatesPage(AdminService *admin, QWidget *parent = nullptr);
    ~CertificatesPage() override;

    QString pageId() const override { return QStringLiteral("certificates"); }
    QString title() const override;
    QIcon icon() const override;

    CertificateModel *model() const { return m_model; }
    /** The PEM shown for the selected certificate (leaf, then chain). */
    QByteArray selectedPem() const { return m_pem; }
    /** Certificates per transaction in a bulk revocation (tests use small batches). */
    void setBulkBatchSize(int size) { m_bulkBatchSize = size; }
    /** The progress dialog of the running bulk revocation, or null. */
    QProgressDialog *bulkProgress() const;

public slots:
    void refresh() override;
    /**
     * Revokes the selected certificate, or the selected ones in batches when there are several;
     * `reason` -1 asks the admin for one (and to confirm).
     */
    void revokeSelected(int reason = -1);
    /**
     * Revokes every certificate matching the search and status filter, after showing how many
     * and asking for a reason (`reason` -1) and a confirmation (`confirm`).
     */
    void revokeMatching(int reason = -1, bool confirm = true);
    /** Marks the selected certificate for early renewal (ARI), as `anvil cert renew-early` does. */
    void markSelectedForEarlyRenewal();
    void exportSelected();
    /** Finds one certificate by id (the orders browser's certificate link). */
    void showCertificate(const CertificateId &id);

signals:
    void detailsShown(const QString &certificateId);
    void revokeFinished(bool ok);
    /** A batch of a bulk revocation was done (before the next one starts or it is cancelled). */
    void bulkRevokeProgressed(qint64 processed, qint64 total);
    /** A bulk revocation ended: finished, cancelled or stopped by an error. */
    void bulkRevokeFinished(qint64 revoked, qint64 alreadyRevoked, qint64 failed, bool completed);
    void renewEarlyFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    CertificateFilter currentFilter() const;
    /** Asks for a revocation reason; -1 when the admin cancelled. */
    int askReason(const QString &question);
    void startBulkRevocation(const BulkRevocation &job, qint64 total);
    void runNextBatch();
    void finishBulkRevocation(bool completed, const QString &error = {});
    void updateActions();
    void updateCount();
    void showDetails();
    void renderDetails(const CertificateDetails &details);
    void fillStatusFilter();

    std::unique_ptr<Ui::CertificatesPage> m_ui;
    AdminService *m_admin;
    CertificateModel *m_model;
    qint64 m_total = -1;
    /** The count of the current filter is still to be asked for (after its first page). */
    bool m_countPending = false;
    /** A text search counts at most this many matches. */
    static constexpr qint64 kCountCap = 10001;
    int m_bulkBatchSize = 500;
    BulkRevocation m_bulkJob;
    BulkRevocationProgress m_bulkProgress;
    QPointer<QProgressDialog> m_progress;
    QByteArray m_pem;
};
