// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeRequest.h"
#include "core/acme/AcmeResponse.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

class Database;

/**
 * Prometheus metrics of the ACME server (text exposition format 0.0.4), for an admin-only
 * listener. Counters are fed from the engine (requests by endpoint and status, latency
 * histograms) and the validation scheduler (validations by type and result); issuance,
 * revocation and pending approval numbers are read from the database at scrape time, so they
 * are the same on every node and never drift. Thread-safe: workers record concurrently.
 */
class AcmeMetrics
{
public:
    /** Histogram upper bounds in seconds (the +Inf bucket is implied). */
    static const QList<double> &latencyBuckets();

    /** `path` is mapped to its endpoint name (directory, newOrder, ...; "other" for non-ACME paths). */
    void recordRequest(const QString &path, int status, qint64 latencyMicros);
    /** `result` is "valid" or the problem type of a failure ("connection", "caa", ...). */
    void recordValidation(const QString &type, const QString &result);

    struct Gauges
    {
        qint64 certificatesIssued = 0;
        qint64 certificatesRevoked = 0;
        qint64 pendingApprovals = 0;
        qint64 nonceStoreSize = -1; // -1: not known on this node
    };
    /** The database-backed numbers (one query each). */
    static Gauges readGauges(Database &db, qint64 nowMs);

    QByteArray render(const Gauges &gauges) const;

    /** GET /metrics → the exposition; anything else 404/405. `gauges` is called per scrape. */
    AcmeResponse handle(const AcmeRequest &request, const std::function<Gauges()> &gauges) const;

private:
    struct Histogram
    {
        QList<qint64> buckets; // cumulative counts per latencyBuckets() entry
        qint64 count = 0;
        double sumSeconds = 0;
    };

    mutable QMutex m_mutex;
    QMap<QPair<QString, int>, qint64> m_requests;
    QMap<QString, Histogram> m_latency;
    QMap<QPair<QString, QString>, qint64> m_validations;
};
