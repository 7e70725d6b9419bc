// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/CertificateCatalog.h"
#include "ui/ConsolePage.h"

#include <memory>

class AdminService;
class CertificateModel;
class QTimer;

namespace Ui {
class CertificatesPage;
}

/**
 * Browses issued certificates (search by serial, subject or name; filter by status), shows one
 * with its PEM and chain, revokes it with a reason and exports it. Pages from SQL, so it stays
 * responsive with a million certificates.
 */
class CertificatesPage : public ConsolePage
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

public slots:
    void refresh() override;
    /** Revokes the selected certificate; `reason` -1 asks the admin for one (and to confirm). */
    void revokeSelected(int reason = -1);
    void exportSelected();
    /** Finds one certificate by id (the orders browser's certificate link). */
    void showCertificate(const CertificateId &id);

signals:
    void detailsShown(const QString &certificateId);
    void revokeFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void applyFilter();
    void updateCount();
    void showDetails();
    void renderDetails(const CertificateDetails &details);
    void fillStatusFilter();

    std::unique_ptr<Ui::CertificatesPage> m_ui;
    AdminService *m_admin;
    CertificateModel *m_model;
    QTimer *m_searchDelay;
    qint64 m_total = -1;
    QByteArray m_pem;
};
