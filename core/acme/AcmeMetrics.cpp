// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/AcmeMetrics.h"

#include "core/acme/AcmeRouter.h"
#include "core/storage/Database.h"

#include <QMutexLocker>

namespace {

/** Prometheus label values escape backslash, double quote and newline. */
QString label(const QString &v)
{
    QString out = v;
    out.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    out.replace(QLatin1Char('"'), QLatin1String("\\\""));
    out.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return out;
}

qint64 countOf(Database &db, const QString &sql, const QVariantMap &args = {})
{
    Result<QSqlQuery> q = db.exec(sql, args);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

} // namespace

const QList<double> &AcmeMetrics::latencyBuckets()
{
    static const QList<double> buckets {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5};
    return buckets;
}

void AcmeMetrics::recordRequest(const QString &path, int status, qint64 latencyMicros)
{
    const AcmeRoute route = AcmeRoute::parse(path, QString());
    QString endpoint = route.endpoint == AcmeRoute::Endpoint::Unknown ? QStringLiteral("other")
                                                                      : AcmeRoute::endpointName(route.endpoint);
    if (path.startsWith(QLatin1String("/ocsp"))) {
        endpoint = QStringLiteral("ocsp");
    } else if (path.startsWith(QLatin1String("/crl/")) || path.startsWith(QLatin1String("/ca/"))) {
        endpoint = QStringLiteral("pki");
    }
    const double seconds = double(latencyMicros) / 1e6;
    QMutexLocker lock(&m_mutex);
    ++m_requests[qMakePair(endpoint, status)];
    Histogram &h = m_latency[endpoint];
    if (h.buckets.isEmpty()) {
        h.buckets = QList<qint64>(latencyBuckets().size(), 0);
    }
    for (int i = 0; i < latencyBuckets().size(); ++i) {
        if (seconds <= latencyBuckets().at(i)) {
            ++h.buckets[i];
        }
    }
    ++h.count;
    h.sumSeconds += seconds;
}

void AcmeMetrics::recordValidation(const QString &type, const QString &result)
{
    QMutexLocker lock(&m_mutex);
    ++m_validations[qMakePair(type, result.isEmpty() ? QStringLiteral("invalid") : result)];
}

AcmeMetrics::Gauges AcmeMetrics::readGauges(Database &db, qint64 nowMs)
{
    Gauges g;
    g.certificatesIssued = countOf(db, QStringLiteral("SELECT count(*) FROM certificates WHERE order_id IS NOT NULL"));
    g.certificatesRevoked = countOf(db, QStringLiteral("SELECT count(*) FROM certificates WHERE status = 'revoked'"));
    g.pendingApprovals = countOf(
        db, QStringLiteral("SELECT count(*) FROM approval_requests WHERE status = 'pending' AND expires_at > :n"),
        {{QStringLiteral("n"), nowMs}});
    return g;
}

QByteArray AcmeMetrics::render(const Gauges &g) const
{
    QString out;
    out += QStringLiteral("# HELP anvil_acme_requests_total ACME and public HTTP requests answered, by endpoint "
                          "and HTTP status.\n# TYPE anvil_acme_requests_total counter\n");
    QMutexLocker lock(&m_mutex);
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        out += QStringLiteral("anvil_acme_requests_total{endpoint=\"%1\",status=\"%2\"} %3\n")
                   .arg(label(it.key().first))
                   .arg(it.key().second)
                   .arg(it.value());
    }
    out += QStringLiteral("# HELP anvil_acme_request_duration_seconds Time to answer a request, by endpoint.\n"
                          "# TYPE anvil_acme_request_duration_seconds histogram\n");
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        const QString e = label(it.key());
        for (int i = 0; i < latencyBuckets().size(); ++i) {
            out += QStringLiteral("anvil_acme_request_duration_seconds_bucket{endpoint=\"%1\",le=\"%2\"} %3\n")
                       .arg(e, QString::number(latencyBuckets().at(i)))
                       .arg(it->buckets.at(i));
        }
        out += QStringLiteral("anvil_acme_request_duration_seconds_bucket{endpoint=\"%1\",le=\"+Inf\"} %2\n")
                   .arg(e)
                   .arg(it->count);
        out += QStringLiteral("anvil_acme_request_duration_seconds_sum{endpoint=\"%1\"} %2\n")
                   .arg(e, QString::number(it->sumSeconds, 'g', 10));
        out += QStringLiteral("anvil_acme_request_duration_seconds_count{endpoint=\"%1\"} %2\n").arg(e).arg(it->count);
    }
    out += QStringLiteral("# HELP anvil_acme_validations_total Challenge validations, by type and result.\n"
                          "# TYPE anvil_acme_validations_total counter\n");
    for (auto it = m_validations.cbegin(); it != m_validations.cend(); ++it) {
        out += QStringLiteral("anvil_acme_validations_total{type=\"%1\",result=\"%2\"} %3\n")
                   .arg(label(it.key().first), label(it.key().second))
                   .arg(it.value());
    }
    lock.unlock();
    out += QStringLiteral("# HELP anvil_certificates_issued_total Certificates issued for ACME orders (database).\n"
                          "# TYPE anvil_certificates_issued_total counter\nanvil_certificates_issued_total %1\n")
               .arg(g.certificatesIssued);
    out += QStringLiteral("# HELP anvil_certificates_revoked_total Revoked certificates (database).\n"
                          "# TYPE anvil_certificates_revoked_total counter\nanvil_certificates_revoked_total %1\n")
               .arg(g.certificatesRevoked);
    out += QStringLiteral("# HELP anvil_approvals_pending Approval requests waiting for an admin.\n"
                          "# TYPE anvil_approvals_pending gauge\nanvil_approvals_pending %1\n")
               .arg(g.pendingApprovals);
    if (g.nonceStoreSize >= 0) {
        out += QStringLiteral("# HELP anvil_nonce_store_size Unused nonces held by this node's nonce store.\n"
                              "# TYPE anvil_nonce_store_size gauge\nanvil_nonce_store_size %1\n")
                   .arg(g.nonceStoreSize);
    }
    return out.toUtf8();
}

double AcmeMetrics::quantile(const QList<qint64> &cumulativeBuckets, qint64 count, double q)
{
    if (count <= 0 || cumulativeBuckets.size() != latencyBuckets().size()) {
        return -1;
    }
    const double rank = q * double(count);
    qint64 below = 0;
    double lower = 0;
    for (int i = 0; i < cumulativeBuckets.size(); ++i) {
        const qint64 upTo = cumulativeBuckets.at(i);
        const double upper = latencyBuckets().at(i);
        if (double(upTo) >= rank && upTo > below) {
            return lower + (upper - lower) * (rank - double(below)) / double(upTo - below);
        }
        below = upTo;
        lower = upper;
    }
    return latencyBuckets().constLast();
}

AcmeMetrics::Snapshot AcmeMetrics::snapshot() const
{
    Snapshot s;
    QMutexLocker lock(&m_mutex);
    QMap<QString, Snapshot::Endpoint> endpoints;
    for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it) {
        Snapshot::Endpoint &e = endpoints[it.key().first];
        e.name = it.key().first;
        e.statuses[it.key().second] += it.value();
        e.requests += it.value();
    }
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it) {
        Snapshot::Endpoint &e = endpoints[it.key()];
        e.name = it.key();
        e.p50Seconds = quantile(it->buckets, it->count, 0.5);
        e.p99Seconds = quantile(it->buckets, it->count, 0.99);
    }
    s.endpoints = endpoints.values();
    s.validations = m_validations;
    return s;
}

AcmeResponse AcmeMetrics::handle(const AcmeRequest &request, const std::function<Gauges()> &gauges) const
{
    AcmeResponse r;
    if (request.path != QLatin1String("/metrics")) {
        r.status = 404;
        r.body = "Not found\n";
        r.addHeader("Content-Type", "text/plain; charset=utf-8");
        return r;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        r.status = 405;
        r.body = "Use GET\n";
        r.addHeader("Allow", "GET, HEAD");
        r.addHeader("Content-Type", "text/plain; charset=utf-8");
        return r;
    }
    r.status = 200;
    r.body = request.method == "HEAD" ? QByteArray() : render(gauges());
    r.addHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
    r.addHeader("Cache-Control", "no-store");
    return r;
}
