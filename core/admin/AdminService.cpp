// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/AdminService.h"

#include "core/config/ConfigStore.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"

AdminService::AdminService(std::shared_ptr<Database> db, ConfigStore *config, const Clock &clock, const QString &actor,
                           QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_config(config)
    , m_clock(clock)
    , m_actor(actor)
    , m_accounts(std::make_unique<AccountCatalog>(m_db, clock))
    , m_audit(std::make_unique<AuditCatalog>(m_db))
    , m_certificates(std::make_unique<CertificateCatalog>(m_db, clock))
    , m_dashboard(std::make_unique<DashboardCatalog>(m_db, clock))
    , m_eabKeys(std::make_unique<EabKeyService>(m_db, MasterKey(), clock))
    , m_approvals(std::make_unique<ApprovalService>(m_db, clock))
    , m_orders(std::make_unique<OrderCatalog>(m_db, clock))
    , m_profiles(std::make_unique<ProfileCatalog>(m_db, config, clock))
    , m_requestLog(std::make_unique<RequestLog>(clock))
    , m_executor(std::make_unique<AdminExecutor>(m_db))
{
    // Every configuration change is audited by ConfigStore.
    connect(m_config, &ConfigStore::configChanged, this, &AdminService::auditChanged);
}

AdminService::~AdminService()
{
    m_executor.reset();
}

Result<qint64> AdminService::exportAudit(const QString &path, AuditExportFormat format, const QDateTime &since) const
{
    Result<qint64> written = m_audit->exportTo(path, format, since);
    if (!written) {
        return written;
    }
    if (VoidResult r
        = AuditLog(m_db, m_clock)
              .append(m_actor, QStringLiteral("audit.export"), path, QStringLiteral("%1 records").arg(*written));
        !r) {
        return r.error();
    }
    return written;
}

QString AdminService::databaseDescription() const
{
    return m_db->redactedUrl();
}

void AdminService::setServerState(const ServerState &state)
{
    m_serverState = state;
    emit serverStateChanged(state);
}

void AdminService::setMasterKey(const MasterKey &key)
{
    // Before any job uses the service: the window is built after this.
    m_executor->waitForIdle();
    m_eabKeys = std::make_unique<EabKeyService>(m_db, key, m_clock);
}

void AdminService::setPki(CaService *cas, IssuanceService *issuance)
{
    m_cas = cas;
    m_certificates->setPki(cas, issuance);
    m_caCatalog = cas ? std::make_unique<CaCatalog>(m_db, *cas, m_clock) : nullptr;
}
