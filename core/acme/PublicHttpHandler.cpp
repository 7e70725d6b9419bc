// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/PublicHttpHandler.h"

#include "core/crypto/Ocsp.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>
#include <QMutexLocker>

Q_LOGGING_CATEGORY(lcOcsp, "anvil.ocsp")

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
    return path.startsWith(QLatin1String("/crl/")) || path.startsWith(QLatin1String("/ca/"))
        || path == QLatin1String("/ocsp") || path.startsWith(QLatin1String("/ocsp/"));
}

AcmeResponse PublicHttpHandler::handle(const AcmeRequest &request)
{
    if (request.path == QLatin1String("/ocsp") || request.path.startsWith(QLatin1String("/ocsp/"))) {
        return ocsp(request);
    }
    if (request.method != "GET" && request.method != "HEAD") {
        AcmeResponse r = text(405, "Use GET\n");
        r.addHeader("Allow", "GET, HEAD");
        return r;
    }
    const bool crl = request.path.startsWith(QLatin1String("/crl/")) && request.path.endsWith(QLatin1String(".crl"));
    const bool chain = request.path.startsWith(QLatin1String("/ca/")) && request.path.endsWith(QLatin1String(".pem"));
    const bool caDer = request.path.startsWith(QLatin1String("/ca/")) && request.path.endsWith(QLatin1String(".der"));
    if (!crl && !chain && !caDer) {
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
    if (caDer) {
        // RFC 5280 §4.2.2.1: caIssuers points at a single DER certificate.
        r.body = ca->certificate.toDer();
        r.addHeader("Content-Type", "application/pkix-cert");
        r.addHeader("Cache-Control", "max-age=3600");
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

QList<QPair<CaId, X509Certificate>> PublicHttpHandler::signingCas()
{
    const qint64 now = m_clock.nowMs();
    QMutexLocker lock(&m_ocspMutex);
    if (m_casReadMs < 0 || now - m_casReadMs > 60 * 1000 || now < m_casReadMs) {
        Result<QList<CertificateAuthority>> all = m_cas.list();
        if (all) {
            m_signingCas.clear();
            for (const CertificateAuthority &ca : *all) {
                if (ca.hasKey) {
                    m_signingCas.append({ca.id, ca.certificate});
                }
            }
            m_casReadMs = now;
        }
    }
    return m_signingCas;
}

AcmeResponse PublicHttpHandler::ocsp(const AcmeRequest &request)
{
    auto answer = [](const QByteArray &der, bool cacheable) {
        AcmeResponse r;
        r.status = 200;
        r.body = der;
        r.addHeader("Content-Type", "application/ocsp-response");
        // RFC 5019 §6: GET answers may be cached by HTTP caches; POST answers are not.
        r.addHeader("Cache-Control", cacheable ? "max-age=3600, public" : "no-store");
        return r;
    };
    QByteArray der;
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (get) {
        // RFC 6960 Appendix A.1: GET {url}/{url-encoding of base64 of the DER request}; the path
        // arrives percent-decoded.
        const QString encoded = request.path.mid(6);
        QByteArray::FromBase64Result decoded
            = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || encoded.isEmpty()) {
            return answer(OcspResponse::error(OcspResponse::Error::MalformedRequest), false);
        }
        der = *decoded;
    } else if (request.method == "POST" && request.path == QLatin1String("/ocsp")) {
        if (request.header("content-type").split(';').first().trimmed().toLower() != "application/ocsp-request") {
            return answer(OcspResponse::error(OcspResponse::Error::MalformedRequest), false);
        }
        der = request.body;
    } else {
        AcmeResponse r = text(405, "Use GET or POST\n");
        r.addHeader("Allow", "GET, HEAD, POST");
        return r;
    }
    if (der.size() > 64 * 1024) {
        return answer(OcspResponse::error(OcspResponse::Error::MalformedRequest), false);
    }
    Result<OcspRequest> req = OcspRequest::fromDer(der);
    if (!req) {
        return answer(OcspResponse::error(OcspResponse::Error::MalformedRequest), false);
    }
    // One response has one signer: the CA of the first entry; entries of other CAs are unknown.
    const QList<QPair<CaId, X509Certificate>> cas = signingCas();
    std::optional<QPair<CaId, X509Certificate>> issuer;
    for (const auto &ca : cas) {
        if (req->isIssuedBy(0, ca.second)) {
            issuer = ca;
            break;
        }
    }
    if (!issuer) {
        // RFC 6960 §2.3: a responder that can't answer for this issuer says unauthorized.
        return answer(OcspResponse::error(OcspResponse::Error::Unauthorized), get);
    }
    const qint64 now = m_clock.nowMs();
    QList<OcspResponse::Entry> entries;
    QString status;
    for (int i = 0; i < req->count(); ++i) {
        OcspResponse::Entry e;
        e.status = OcspResponse::Status::Unknown;
        if (req->isIssuedBy(i, issuer->second)) {
            Result<CertificateRecord> cert = m_issuance.findBySerial(req->serialHex(i));
            if (cert && cert->caId == issuer->first) {
                if (cert->isRevoked()) {
                    e.status = OcspResponse::Status::Revoked;
                    e.revokedAt = cert->revokedAt.value_or(QDateTime::fromMSecsSinceEpoch(now, Qt::UTC));
                    e.reason = cert->revocationReason;
                } else {
                    e.status = OcspResponse::Status::Good;
                }
            } else if (!cert && cert.error().code() != CoreError::Code::NotFound) {
                qCWarning(lcOcsp) << "status lookup failed:" << cert.error().toLogString();
                return answer(OcspResponse::error(OcspResponse::Error::TryLater), false);
            }
        }
        entries.append(e);
        status = e.status == OcspResponse::Status::Good ? QStringLiteral("good")
            : e.status == OcspResponse::Status::Revoked ? QStringLiteral("revoked")
                                                        : QStringLiteral("unknown");
    }
    const bool single = req->count() == 1;
    const QByteArray key = single ? req->certIdDer(0) : QByteArray();
    if (single) {
        QMutexLocker lock(&m_ocspMutex);
        auto it = m_ocsp.constFind(key);
        if (it != m_ocsp.cend() && it->status == status && now - it->createdMs < kOcspReuseMs && now >= it->createdMs) {
            return answer(it->der, get);
        }
    }
    Result<CaService::OcspSigner> signer = m_cas.ocspSigner(issuer->first);
    if (!signer) {
        qCWarning(lcOcsp) << "no responder certificate:" << signer.error().toLogString();
        return answer(OcspResponse::error(OcspResponse::Error::TryLater), false);
    }
    const QDateTime thisUpdate = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    Result<QByteArray> signedDer = OcspResponse::sign(*req, entries, signer->certificate, signer->key, thisUpdate,
                                                      thisUpdate.addMSecs(kOcspValidityMs));
    if (!signedDer) {
        qCWarning(lcOcsp) << "signing failed:" << signedDer.error().toLogString();
        return answer(OcspResponse::error(OcspResponse::Error::InternalError), false);
    }
    if (single) {
        QMutexLocker lock(&m_ocspMutex);
        if (m_ocsp.size() >= 100000) {
            m_ocsp.clear(); // bounded; refilled by the certificates being asked about
        }
        m_ocsp.insert(key, CachedOcsp {status, *signedDer, now});
    }
    return answer(*signedDer, get);
}
