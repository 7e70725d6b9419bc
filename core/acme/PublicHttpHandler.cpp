// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/PublicHttpHandler.h"

#include "core/storage/Database.h"

#include <QMutexLocker>

namespace {

AcmeResponse text(int status, const QByteArray &body)
{
    AcmeResponse r;
    r.status = status;
    r.body = body;
    r.addHeader("Content-Type", "text/plain; charset=utf-8");
    return r;
}

} // namespace

PublicHttpHandler::PublicHttpHandler(std::shared_ptr<Database> db, CaService &cas, IssuanceService &issuance,
                                     const Clock &clock)
    : m_db(std::move(db))
    , m_cas(cas)
    , m_issuance(issuance)
    , m_clock(clock)
{
}

bool PublicHttpHandler::handles(const QString &path)
{
    return path.startsWith(QLatin1String("/crl/")) || path.startsWith(QLatin1String("/ca/"));
}

AcmeResponse PublicHttpHandler::handle(const AcmeRequest &request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        AcmeResponse r = text(405, "Use GET\n");
        r.addHeader("Allow", "GET, HEAD");
        return r;
    }
    const bool crl = request.path.startsWith(QLatin1String("/crl/")) && request.path.endsWith(QLatin1String(".crl"));
    const bool chain = request.path.startsWith(QLatin1String("/ca/")) && request.path.endsWith(QLatin1String(".pem"));
    if (!crl && !chain) {
        return text(404, "Not found\n");
    }
    const QString name = request.path.section(QLatin1Char('/'), 2).chopped(4);
    Result<CertificateAuthority> ca = m_cas.find(name);
    if (!ca) {
        return text(404, "No such CA\n");
    }
    AcmeResponse r;
    r.status = 200;
    if (chain) {
        Result<QByteArray> pem = m_cas.chainPem(ca->id);
        if (!pem) {
            return text(500, "Internal error\n");
        }
        r.body = *pem;
        r.addHeader("Content-Type", "application/pem-certificate-chain");
        return r;
    }
    Result<QSqlQuery> count
        = m_db->exec(QStringLiteral("SELECT count(*) FROM certificates WHERE ca_id = :c AND status = 'revoked'"),
                     {{QStringLiteral("c"), ca->id.value()}});
    if (!count || !count->next()) {
        return text(500, "Internal error\n");
    }
    const qint64 revoked = count->value(0).toLongLong();
    QMutexLocker lock(&m_mutex);
    CachedCrl &cached = m_crls[ca->id.value()];
    const qint64 now = m_clock.nowMs();
    if (cached.der.isEmpty() || cached.revokedCount != revoked || now - cached.createdMs > 3600 * 1000) {
        Result<QByteArray> der = m_issuance.crl(ca->id);
        if (!der) {
            qWarning("crl: cannot sign the CRL of %s: %s", qPrintable(name), qPrintable(der.error().toLogString()));
            return text(500, "Internal error\n");
        }
        cached = CachedCrl {*der, revoked, now};
    }
    r.body = cached.der;
    r.addHeader("Content-Type", "application/pkix-crl");
    r.addHeader("Cache-Control", "max-age=60");
    return r;
}
