// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/PkiCertificates.h"

#include "core/crypto/Csr.h"
#include "core/crypto/X509Certificate.h"
#include "core/util/RandomToken.h"

#include <QUrl>

namespace {

/** "CN=a,O=b,UID=c" → value of `attribute` (case-insensitive), empty when absent. */
QString dnAttribute(const QString &dn, const QString &attribute)
{
    for (const QString &part : dn.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int eq = part.indexOf(QLatin1Char('='));
        if (eq > 0 && part.left(eq).trimmed().compare(attribute, Qt::CaseInsensitive) == 0) {
            return part.mid(eq + 1).trimmed();
        }
    }
    return {};
}

QString expandRandom(QString s)
{
    // Reference: '${RANDOM}' is 12 random characters.
    while (s.contains(QLatin1String("${RANDOM}"))) {
        s.replace(s.indexOf(QLatin1String("${RANDOM}")), 9, RandomToken::alphanumeric(12));
    }
    return s;
}

} // namespace

PkiCertificates::PkiCertificates(std::shared_ptr<Database> db, ConfigStore &config, CaService &cas,
                                 ProfileRepository &profiles, IssuanceService &issuance, const Clock &clock)
    : m_db(db)
    , m_config(config)
    , m_cas(cas)
    , m_profiles(profiles)
    , m_issuance(issuance)
    , m_clock(clock)
    , m_audit(db, clock)
{
}

QString PkiCertificates::endEntityName(const AliasConfig &alias, const QString &orderId, const QString &subjectDn,
                                       const QString &firstIdentifier)
{
    QString name;
    switch (alias.raNameScheme) {
    case AliasConfig::NameScheme::Random:
        name = orderId;
        break;
    case AliasConfig::NameScheme::Dn:
    case AliasConfig::NameScheme::Fixed:
        // The first DN attribute of the fallback list the CSR has ("UID;SN;CN"). Clients like
        // certbot send no subject at all: then the first identifier names the end entity.
        for (const QString &attr : alias.raNameSchemeParameters.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            name = dnAttribute(subjectDn, attr.trimmed());
            if (!name.isEmpty()) {
                break;
            }
        }
        if (name.isEmpty()) {
            name = firstIdentifier;
        }
        break;
    case AliasConfig::NameScheme::Username:
        // A constant when one is configured, else the whole request DN.
        name = alias.raNameSchemeParameters.trimmed();
        if (name.isEmpty() || name == QLatin1String("CN")) {
            name = subjectDn.isEmpty() ? firstIdentifier : subjectDn;
        }
        break;
    }
    return expandRandom(alias.raNamePrefix) + name + expandRandom(alias.raNamePostfix);
}

Result<QString> PkiCertificates::certificateProfileFor(const AliasConfig &alias, const QString &requested)
{
    Result<EndEntityProfile> ee = m_profiles.endEntityProfile(alias.endEntityProfile);
    if (!ee) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("The alias's end entity profile is missing"),
                         ee.error().toLogString());
    }
    if (requested.isEmpty()) {
        return ee->defaultCertificateProfile;
    }
    if (!ee->allowsCertificateProfile(requested)) {
        return CoreError(CoreError::Code::InvalidProfile,
                         QStringLiteral("Profile '%1' is not offered by this ACME alias").arg(requested.left(100)));
    }
    return requested;
}

VoidResult PkiCertificates::checkOrderRequest(const AliasConfig &alias, qint64 notBefore, qint64 notAfter,
                                              const QString &profile)
{
    Result<QString> name = certificateProfileFor(alias, profile);
    if (!name) {
        return name.error();
    }
    Result<CertificateProfile> p = m_profiles.certificateProfile(*name);
    if (!p) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("Certificate profile missing"),
                         p.error().toLogString());
    }
    const qint64 now = m_clock.nowMs();
    const qint64 start = notBefore ? notBefore : now;
    const qint64 end = notAfter ? notAfter : start + p->validity.ms();
    // A little clock skew is fine; a backdated certificate is not.
    if (notBefore && notBefore < now - 5 * 60 * 1000) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("notBefore is in the past"));
    }
    if (notAfter && notAfter <= now) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("notAfter is in the past"));
    }
    if (end - start > p->validity.ms()) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("The requested validity exceeds the %1 the certificate profile allows")
                             .arg(p->validity.toString()));
    }
    return {};
}

Result<QList<QPair<QString, QString>>> PkiCertificates::selectableProfiles(const AliasConfig &alias)
{
    Result<EndEntityProfile> ee = m_profiles.endEntityProfile(alias.endEntityProfile);
    if (!ee) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("The alias's end entity profile is missing"),
                         ee.error().toLogString());
    }
    QStringList names {ee->defaultCertificateProfile};
    for (const QString &n : std::as_const(ee->availableCertificateProfiles)) {
        if (!names.contains(n)) {
            names << n;
        }
    }
    QList<QPair<QString, QString>> out;
    for (const QString &n : std::as_const(names)) {
        Result<CertificateProfile> p = m_profiles.certificateProfile(n);
        if (!p) {
            continue; // a dangling name is not offered (issuance would refuse it too)
        }
        out.append({n, p->description.isEmpty() ? n : p->description});
    }
    return out;
}

Result<IssuanceRequest> PkiCertificates::issuanceRequest(const AliasConfig &alias, const OrderInfo &order,
                                                         const QByteArray &csrDer)
{
    // IssuanceService parses and checks the CSR; its subject is needed here only when the end entity
    // name comes from it (parsing costs an OpenSSL decoder setup: don't do it twice for RANDOM).
    QString subjectDn;
    if (alias.raNameScheme != AliasConfig::NameScheme::Random) {
        Result<Csr> csr = Csr::fromData(csrDer);
        if (!csr) {
            return csr.error();
        }
        subjectDn = csr->subjectDn();
    }
    Result<QString> profile = certificateProfileFor(alias, order.profile);
    if (!profile) {
        return profile.error();
    }
    IssuanceRequest req;
    req.csrDer = csrDer;
    req.identifiers = order.identifiers;
    req.certificateProfile = *profile;
    req.endEntityProfile = alias.endEntityProfile;
    if (order.notBefore) {
        req.notBefore = QDateTime::fromMSecsSinceEpoch(order.notBefore, Qt::UTC);
    }
    if (order.notAfter) {
        req.notAfter = QDateTime::fromMSecsSinceEpoch(order.notAfter, Qt::UTC);
    }
    req.orderId = order.orderId;
    req.accountId = order.accountId;
    req.endEntity = endEntityName(alias, order.orderId, subjectDn,
                                  order.identifiers.isEmpty() ? QString() : order.identifiers.first().second);
    const QString base = m_config.snapshot()->settings.publicHttpBaseUrl;
    if (!base.isEmpty()) {
        Result<EndEntityProfile> ee = m_profiles.endEntityProfile(alias.endEntityProfile);
        if (ee) {
            // CA names may hold spaces; the public handler gets the decoded path.
            const QString ca = QString::fromLatin1(QUrl::toPercentEncoding(ee->defaultCa));
            req.crlUrl = base + QStringLiteral("/crl/") + ca + QStringLiteral(".crl");
            // RFC 5280 §4.2.2.1 AIA: the OCSP responder (RFC 6960) and the issuer's certificate.
            req.ocspUrl = base + QStringLiteral("/ocsp");
            req.caIssuersUrl = base + QStringLiteral("/ca/") + ca + QStringLiteral(".der");
        }
    }
    return req;
}

Result<QString> PkiCertificates::checkCsr(const AliasConfig &alias, const OrderInfo &order, const QByteArray &csrDer)
{
    Result<IssuanceRequest> req = issuanceRequest(alias, order, csrDer);
    if (!req) {
        return req.error();
    }
    return m_issuance.check(*req);
}

Result<CertificateFacade::Issued> PkiCertificates::issue(const AliasConfig &alias, const OrderInfo &order,
                                                         const QByteArray &csrDer)
{
    Result<std::shared_ptr<const Signed>> signedCertificate = sign(alias, order, csrDer);
    if (!signedCertificate) {
        return signedCertificate.error();
    }
    return store(**signedCertificate);
}

Result<std::shared_ptr<const CertificateFacade::Signed>>
PkiCertificates::sign(const AliasConfig &alias, const OrderInfo &order, const QByteArray &csrDer)
{
    Result<IssuanceRequest> req = issuanceRequest(alias, order, csrDer);
    if (!req) {
        return req.error();
    }
    Result<SignedCertificate> signedCertificate = m_issuance.sign(*req);
    if (!signedCertificate) {
        return signedCertificate.error();
    }
    return std::shared_ptr<const Signed>(new Signed {std::move(*signedCertificate)});
}

Result<CertificateFacade::Issued> PkiCertificates::store(const Signed &signedCertificate)
{
    const IssuanceRequest &req = signedCertificate.certificate.request;
    Issued done;
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        Result<IssuedCertificate> issued = m_issuance.store(signedCertificate.certificate);
        if (!issued) {
            return issued.error();
        }
        if (VoidResult a = m_audit.append(QStringLiteral("acme:") + req.accountId, QStringLiteral("certificate.issue"),
                                          issued->serialHex,
                                          QStringLiteral("order %1, end entity %2").arg(req.orderId, req.endEntity));
            !a) {
            return a;
        }
        done = Issued {issued->id.value(), req.endEntity};
        return {};
    });
    if (!r) {
        return r.error();
    }
    return done;
}

CertificateFacade::CertificateInfo PkiCertificates::infoFrom(const CertificateRecord &r)
{
    CertificateInfo i;
    i.id = r.id.value();
    i.accountId = r.accountId;
    i.serialHex = r.serialHex;
    i.caId = r.caId.value();
    i.status = r.status;
    i.der = r.der;
    i.dnsNames = r.dnsNames;
    i.ipAddresses = r.ipAddresses;
    i.notBefore = r.notBefore.toMSecsSinceEpoch();
    i.notAfter = r.notAfter.toMSecsSinceEpoch();
    i.revokedAt = r.revokedAt ? r.revokedAt->toMSecsSinceEpoch() : 0;
    return i;
}

Result<CertificateFacade::CertificateInfo> PkiCertificates::withRenewalMark(CertificateInfo info,
                                                                            const CertificateRecord &r)
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT c.renew_early_at, a.renew_early_at FROM certificates c "
                                                    "JOIN cas a ON a.id = c.ca_id WHERE c.id = :id"),
                                     {{QStringLiteral("id"), r.id.value()}});
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        const qint64 own = q->value(0).isNull() ? 0 : q->value(0).toLongLong();
        const qint64 ca = q->value(1).isNull() ? 0 : q->value(1).toLongLong();
        // A CA-wide mark (e.g. after a key compromise) concerns the certificates issued before it.
        const qint64 caMark = ca && ca >= r.createdAt.toMSecsSinceEpoch() ? ca : 0;
        info.renewEarlyAt = qMax(own, caMark);
    }
    return info;
}

Result<std::optional<CertificateFacade::CertificateInfo>> PkiCertificates::findById(const QString &id)
{
    Result<CertificateRecord> r = m_issuance.findById(CertificateId(id));
    if (!r) {
        if (r.error().code() == CoreError::Code::NotFound) {
            return std::optional<CertificateInfo>();
        }
        return r.error();
    }
    return std::optional<CertificateInfo>(infoFrom(*r));
}

Result<std::optional<CertificateFacade::CertificateInfo>> PkiCertificates::findByDer(const QByteArray &der)
{
    Result<CertificateRecord> r = m_issuance.findByDer(der);
    if (!r) {
        if (r.error().code() == CoreError::Code::NotFound) {
            return std::optional<CertificateInfo>();
        }
        return r.error();
    }
    return std::optional<CertificateInfo>(infoFrom(*r));
}

Result<std::optional<CertificateFacade::CertificateInfo>>
PkiCertificates::findByCertId(const QByteArray &authorityKeyId, const QByteArray &serial)
{
    // Serials are stored as lowercase hex without DER's sign-padding zero byte.
    QByteArray octets = serial;
    while (octets.size() > 1 && octets.at(0) == 0) {
        octets.remove(0, 1);
    }
    if (octets.isEmpty() || authorityKeyId.isEmpty()) {
        return std::optional<CertificateInfo>();
    }
    Result<CertificateRecord> r = m_issuance.findBySerial(QString::fromLatin1(octets.toHex()));
    if (!r) {
        if (r.error().code() == CoreError::Code::NotFound) {
            return std::optional<CertificateInfo>();
        }
        return r.error();
    }
    Result<X509Certificate> cert = X509Certificate::fromDer(r->der);
    if (!cert) {
        return cert.error();
    }
    // The serial alone is not the identity: it must come from the issuer named by the AKI.
    if (cert->authorityKeyId() != authorityKeyId) {
        return std::optional<CertificateInfo>();
    }
    Result<CertificateInfo> info = withRenewalMark(infoFrom(*r), *r);
    if (!info) {
        return info.error();
    }
    return std::optional<CertificateInfo>(*info);
}

Result<QList<QByteArray>> PkiCertificates::chains(const CertificateInfo &certificate, const AliasConfig &alias)
{
    const QByteArray leaf = X509Certificate::pemFromDer(certificate.der); // stored by issue(), parsed then
    const CaId caId(certificate.caId);
    Result<QList<X509Certificate>> chain = m_cas.chain(caId);
    if (!chain) {
        return chain.error();
    }
    QList<QPair<QString, QByteArray>> all {{chain->last().subjectDn(), leaf + X509Certificate::toPemBundle(*chain)}};
    // Alternate chains (cross-signed roots) registered for the issuing CA: RFC 8555 §7.4.2.
    Result<QList<CaRepository::AlternateChain>> alternates = m_cas.alternateChains(caId);
    if (!alternates) {
        return alternates.error();
    }
    for (const CaRepository::AlternateChain &alternate : std::as_const(*alternates)) {
        all.append({alternate.first, leaf + alternate.second});
    }
    const QString preferred = alias.preferredRootCaSubjectDn.trimmed();
    if (!preferred.isEmpty() && preferred != QLatin1String("default")) {
        // A mandated chain: serve only it (reference: no alternate links then).
        for (const auto &c : std::as_const(all)) {
            if (c.first.compare(preferred, Qt::CaseInsensitive) == 0) {
                return QList<QByteArray> {c.second};
            }
        }
    }
    QList<QByteArray> out;
    for (const auto &c : std::as_const(all)) {
        out << c.second;
    }
    return out;
}

VoidResult PkiCertificates::revoke(const QString &certificateId, int reason, const QString &actor)
{
    return m_db->transaction([&]() -> VoidResult {
        if (VoidResult r = m_issuance.revoke(CertificateId(certificateId), reason, m_clock.now()); !r) {
            return r;
        }
        return m_audit.append(actor, QStringLiteral("certificate.revoke"), certificateId,
                              QStringLiteral("reason %1").arg(reason));
    });
}

Result<QByteArray> PkiCertificates::publicKeyDer(const QByteArray &certificateDer)
{
    Result<X509Certificate> c = X509Certificate::fromDer(certificateDer);
    if (!c) {
        return c.error();
    }
    return c->publicKeyInfo().spkiDer;
}
