// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/AccountCatalog.h"
#include "core/admin/AdminExecutor.h"
#include "core/admin/AuditCatalog.h"
#include "core/admin/CaCatalog.h"
#include "core/admin/CertificateCatalog.h"
#include "core/admin/DashboardCatalog.h"
#include "core/admin/OrderCatalog.h"
#include "core/admin/ProfileCatalog.h"
#include "core/admin/RequestLog.h"
#include "core/admin/ServerState.h"
#include "core/approvals/ApprovalService.h"
#include "core/approvals/EabKeyService.h"

#include <QObject>
#include <QString>

#include <memory>

class CaService;
class Clock;
class ConfigStore;
class Database;
class IssuanceService;

/**
 * The services the console (and the command line) use, behind one object: the configuration
 * store, read models with paging and admin actions. It owns the worker thread that runs their
 * database work, so the GUI thread never waits for SQL (STYLE.md §5).
 */
class AdminService : public QObject
{
    Q_OBJECT

public:
    /** `actor` is recorded in the audit log for every change, e.g. "admin:alice". */
    AdminService(std::shared_ptr<Database> db, ConfigStore *config, const Clock &clock, const QString &actor,
                 QObject *parent = nullptr);
    ~AdminService() override;

    ConfigStore *config() const { return m_config; }
    AdminExecutor *executor() const { return m_executor.get(); }
    const AccountCatalog &accounts() const { return *m_accounts; }
    AccountCatalog &accounts() { return *m_accounts; }
    const AuditCatalog &audit() const { return *m_audit; }
    const CertificateCatalog &certificates() const { return *m_certificates; }
    CertificateCatalog &certificates() { return *m_certificates; }
    const DashboardCatalog &dashboard() const { return *m_dashboard; }
    /**
     * Wires in the embedded server's metrics (the registry behind /metrics) for the dashboard.
     * Call before the window is built; both must outlive this service.
     */
    void setMetrics(const AcmeMetrics *metrics, std::function<qint64()> nonceStoreSize)
    {
        m_dashboard->setMetrics(metrics, std::move(nonceStoreSize));
    }
    /** External Account Binding keys; run its calls on the executor. */
    EabKeyService &eabKeys() { return *m_eabKeys; }
    /** Approval requests for account registration and key change; run its calls on the executor. */
    ApprovalService &approvals() { return *m_approvals; }
    /**
     * The master key that seals EAB keys created with 'Encrypt Key' (the server's own). Call before
     * the window is built; without it such keys can't be created.
     */
    void setMasterKey(const MasterKey &key);
    const OrderCatalog &orders() const { return *m_orders; }
    /** CAs: null until setPki() wired core/pki in. */
    CaCatalog *caCatalog() const { return m_caCatalog.get(); }
    ProfileCatalog &profiles() const { return *m_profiles; }
    /** The embedded server's live request log (fed by the composition root). */
    RequestLog *requestLog() const { return m_requestLog.get(); }
    /** The CA service, or null when the console runs without core/pki wired in. */
    CaService *cas() const { return m_cas; }

    /** Wires in core/pki (CAs, revocation). Call before the window is built; both must outlive this. */
    void setPki(CaService *cas, IssuanceService *issuance);
    const Clock &clock() const { return m_clock; }
    QString actor() const { return m_actor; }
    /**
     * Exports the audit log (AuditCatalog::exportTo) and records the export in it. Call from the
     * admin worker thread.
     */
    Result<qint64> exportAudit(const QString &path, AuditExportFormat format, const QDateTime &since = {}) const;
    /** Where the data lives, without any password (for the status bar). */
    QString databaseDescription() const;

    ServerState serverState() const { return m_serverState; }
    /** Called by the composition root when the embedded server starts, stops or fails. */
    void setServerState(const ServerState &state);

signals:
    void serverStateChanged(const ServerState &state);
    /** An admin action changed accounts (deactivated, ...); browsers refresh. */
    void accountsChanged();
    /** A new audit record was written by this console. */
    void auditChanged();
    /** An admin action changed certificates (revoked, ...). */
    void certificatesChanged();
    /** An admin action created or revoked an EAB key. */
    void eabKeysChanged();
    /** An admin decided an approval request. */
    void approvalsChanged();

private:
    std::shared_ptr<Database> m_db;
    ConfigStore *m_config;
    const Clock &m_clock;
    QString m_actor;
    std::unique_ptr<AccountCatalog> m_accounts;
    std::unique_ptr<AuditCatalog> m_audit;
    std::unique_ptr<CertificateCatalog> m_certificates;
    std::unique_ptr<DashboardCatalog> m_dashboard;
    std::unique_ptr<EabKeyService> m_eabKeys;
    std::unique_ptr<ApprovalService> m_approvals;
    std::unique_ptr<OrderCatalog> m_orders;
    std::unique_ptr<ProfileCatalog> m_profiles;
    std::unique_ptr<CaCatalog> m_caCatalog;
    std::unique_ptr<RequestLog> m_requestLog;
    CaService *m_cas = nullptr;
    ServerState m_serverState;
    // Last member: destroyed first, so running jobs finish while the catalogs still exist.
    std::unique_ptr<AdminExecutor> m_executor;
};
