// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/DashboardCatalog.h"

#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;
constexpr int kRecentErrors = 8;

} // namespace

DashboardCatalog::DashboardCatalog(std::shared_ptr<Database> db, const Clock &clock)
    : m_db(std::move(db))
    , m_clock(clock)
{
}

void DashboardCatalog::setMetrics(const AcmeMetrics *metrics, std::function<qint64()> nonceStoreSize)
{
    m_metrics = metrics;
    m_nonceStoreSize = std::move(nonceStoreSize);
}

DashboardMetrics DashboardCatalog::metrics() const
{
    DashboardMetrics m;
    if (!m_metrics) {
        return m;
    }
    m.available = true;
    m.counters = m_metrics->snapshot();
    m.gauges = AcmeMetrics::readGauges(*m_db, m_clock.nowMs());
    if (m_nonceStoreSize) {
        m.gauges.nonceStoreSize = m_nonceStoreSize();
    }
    return m;
}

Result<DashboardOverview> DashboardCatalog::overview(int days) const
{
    const qint64 now = m_clock.nowMs();
    const qint64 today = now - now % kDayMs; // UTC midnight
    DashboardOverview o;
    struct Count
    {
        const char *sql;
        qint64 *target;
    };
    const Count counts[] = {
        {"SELECT count(*) FROM accounts", &o.accounts},
        {"SELECT count(*) FROM accounts WHERE status = 'valid'", &o.validAccounts},
        {"SELECT count(*) FROM orders WHERE status = 'pending'", &o.ordersPending},
        {"SELECT count(*) FROM orders WHERE status = 'ready'", &o.ordersReady},
        {"SELECT count(*) FROM orders WHERE status = 'processing'", &o.ordersProcessing},
        {"SELECT count(*) FROM orders WHERE status = 'valid'", &o.ordersValid},
        {"SELECT count(*) FROM orders WHERE status = 'invalid'", &o.ordersInvalid},
        {"SELECT count(*) FROM certificates WHERE status = 'valid' AND not_after >= :now", &o.certificatesValid},
        {"SELECT count(*) FROM certificates WHERE status = 'revoked'", &o.certificatesRevoked},
        {"SELECT count(*) FROM certificates WHERE created_at >= :today", &o.issuedToday},
        {"SELECT count(*) FROM certificates WHERE revoked_at >= :today", &o.revokedToday},
        {"SELECT count(*) FROM certificates WHERE status = 'valid' AND not_after >= :now AND not_after < :soon",
         &o.expiringSoon},
        {"SELECT count(*) FROM cas", &o.cas},
        {"SELECT count(*) FROM approval_requests WHERE status = 'pending'", &o.pendingApprovals},
    };
    for (const Count &c : counts) {
        const QString sql = QLatin1String(c.sql);
        QVariantMap args;
        if (sql.contains(QLatin1String(":now"))) {
            args.insert(QStringLiteral("now"), now);
        }
        if (sql.contains(QLatin1String(":today"))) {
            args.insert(QStringLiteral("today"), today);
        }
        if (sql.contains(QLatin1String(":soon"))) {
            args.insert(QStringLiteral("soon"), now + 30 * kDayMs);
        }
        Result<QSqlQuery> q = m_db->exec(sql, args);
        if (!q) {
            return q.error();
        }
        *c.target = q->next() ? q->value(0).toLongLong() : 0;
    }

    const qint64 since = today - (days - 1) * kDayMs;
    QHash<qint64, qint64> issued;
    QHash<qint64, qint64> failed;
    for (const auto &[sql, target] :
         {std::pair {QStringLiteral("SELECT created_at / :day1, count(*) FROM certificates WHERE created_at >= :since "
                                    "GROUP BY created_at / :day2"),
                     &issued},
          std::pair {QStringLiteral("SELECT updated_at / :day1, count(*) FROM challenges WHERE status = 'invalid' "
                                    "AND updated_at >= :since GROUP BY updated_at / :day2"),
                     &failed}}) {
        Result<QSqlQuery> q = m_db->exec(
            sql,
            {{QStringLiteral("day1"), kDayMs}, {QStringLiteral("day2"), kDayMs}, {QStringLiteral("since"), since}});
        if (!q) {
            return q.error();
        }
        while (q->next()) {
            target->insert(q->value(0).toLongLong(), q->value(1).toLongLong());
        }
    }
    for (qint64 day = since; day <= today; day += kDayMs) {
        DashboardOverview::Day d;
        d.date = QDateTime::fromMSecsSinceEpoch(day, Qt::UTC).date();
        d.issued = issued.value(day / kDayMs);
        d.failedValidations = failed.value(day / kDayMs);
        o.history << d;
    }

    Result<Page<AuditRecord>> recent = AuditCatalog(m_db).list({}, nullptr, 8);
    if (!recent) {
        return recent.error();
    }
    o.recentActivity = recent->rows;

    Result<QSqlQuery> errors = m_db->exec(
        QStringLiteral("SELECT c.updated_at, a.alias, a.identifier_type, a.identifier_value, c.type, c.error "
                       "FROM challenges c JOIN authorizations a ON a.id = c.authz_id "
                       "WHERE c.status = 'invalid' ORDER BY c.updated_at DESC LIMIT :lim"),
        {{QStringLiteral("lim"), kRecentErrors}});
    if (!errors) {
        return errors.error();
    }
    while (errors->next()) {
        DashboardOverview::Failure f;
        f.time = QDateTime::fromMSecsSinceEpoch(errors->value(0).toLongLong(), Qt::UTC);
        f.alias = errors->value(1).toString();
        f.identifier = errors->value(2).toString() + QLatin1Char(':') + errors->value(3).toString();
        f.challengeType = errors->value(4).toString();
        const QJsonObject problem = QJsonDocument::fromJson(errors->value(5).toString().toUtf8()).object();
        f.problem = problem.value(QStringLiteral("type")).toString();
        f.problem.remove(QStringLiteral("urn:ietf:params:acme:error:"));
        f.detail = problem.value(QStringLiteral("detail")).toString();
        o.recentErrors << f;
    }
    return o;
}
