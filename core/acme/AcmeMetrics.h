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

    /** The counters as they are now, for the console's dashboard (the same numbers /metrics shows). */
    struct Snapshot
    {
        struct Endpoint
        {
            QString name;
            /** HTTP status → requests answered with it. */
            QMap<int, qint64> statuses;
            qint64 requests = 0;
            /** Estimated from the latency histogram as Prometheus' histogram_quantile() does; -1: none yet. */
            double p50Seconds = -1;
            double p99Seconds = -1;
        };
        QList<Endpoint> endpoints; // by name
        /** (challenge type, result) → validations. */
        QMap<QPair<QString, QString>, qint64> validations;
    };
    Snapshot snapshot() const;

    /**
     * The `q` quantile (0..1) of a histogram with cumulative counts per latencyBuckets() bound and
     * `count` observations in all, interpolated linearly within the bucket it falls in (as
     * Prometheus' histogram_quantile()); the largest finite bound when it falls in +Inf, -1 when
     * empty.
     */
    static double quantile(const QList<qint64> &cumulativeBuckets, qint64 count, double q);

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
