// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeMetrics.h"
#include "core/admin/AuditCatalog.h"
#include "core/util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>

class Clock;
class Database;

/** The dashboard's numbers, read in one go. */
struct DashboardOverview
{
    qint64 accounts = 0;
    qint64 validAccounts = 0;
    qint64 ordersPending = 0;
    qint64 ordersReady = 0;
    qint64 ordersProcessing = 0;
    qint64 ordersValid = 0;
    qint64 ordersInvalid = 0;
    qint64 certificatesValid = 0;
    qint64 certificatesRevoked = 0;
    qint64 issuedToday = 0;
    qint64 revokedToday = 0;
    /** Valid certificates that expire within 30 days. */
    qint64 expiringSoon = 0;
    qint64 cas = 0;
    /** Approval requests waiting for a decision. */
    qint64 pendingApprovals = 0;

    /** One entry per day, oldest first, ending today (UTC). */
    struct Day
    {
        QDate date;
        qint64 issued = 0;
        qint64 failedValidations = 0;
    };
    QList<Day> history;
    QList<AuditRecord> recentActivity;

    /** A validation that failed: what the admin needs to see why a client got no certificate. */
    struct Failure
    {
        QDateTime time;
        QString alias;
        QString identifier;
        QString challengeType;
        /** The problem type without its urn:ietf:params:acme:error: prefix, and its detail. */
        QString problem;
        QString detail;
    };
    /** The most recent failed validations, newest first. */
    QList<Failure> recentErrors;
};

/** The embedded server's live metrics: what its /metrics listener would answer now. */
struct DashboardMetrics
{
    /** False when this console hosts no server (nothing is counted). */
    bool available = false;
    AcmeMetrics::Snapshot counters;
    AcmeMetrics::Gauges gauges;
};

/** Counts for the console's dashboard. Call from the admin worker thread. */
class DashboardCatalog
{
public:
    DashboardCatalog(std::shared_ptr<Database> db, const Clock &clock);

    /** `days` of issuance and failed-validation history, ending today. */
    Result<DashboardOverview> overview(int days = 14) const;

    /**
     * The embedded server's metrics registry (the one behind /metrics) and how to read its nonce
     * store's size; both must outlive this catalog. Call before the window is built.
     */
    void setMetrics(const AcmeMetrics *metrics, std::function<qint64()> nonceStoreSize);
    /** The counters of the registry and the database-backed gauges, read as a scrape reads them. */
    DashboardMetrics metrics() const;

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    const AcmeMetrics *m_metrics = nullptr;
    std::function<qint64()> m_nonceStoreSize;
};
