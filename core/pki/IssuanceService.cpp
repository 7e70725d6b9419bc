// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/IssuanceService.h"

#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/CrlBuilder.h"
#include "core/crypto/Csr.h"
#include "core/pki/CaRepository.h"
#include "core/pki/CaService.h"
#include "core/pki/CertificateRepository.h"
#include "core/pki/EndEntityRepository.h"
#include "core/pki/ProfileRepository.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/RandomToken.h"

#include <QHostAddress>
#include <QSet>

#include <algorithm>

namespace {

/** RFC 5280 §4.1.2.6 / X.520 ub-common-name. */
constexpr int kMaxCommonNameLength = 64;
/** How far a requested notBefore may lie in the past (an order's notBefore is set before finalize). */
constexpr qint64 kMaxBackdateMs = 24LL * 3600 * 1000;

QDateTime wholeSeconds(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

QString canonicalIp(const QString &text)
{
    QHostAddress a;
    if (!a.setAddress(text.trimmed())) {
        return {};
    }
    return a.toString();
}

/** "dns:a.example" / "ip:192.0.2.1": identifiers as comparable keys (DNS case-insensitive, IPs canonical). */
QString key(const QString &type, const QString &value)
{
    return type + QLatin1Char(':') + value;
}

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

/** What issue() signs, once every check has passed. */
struct IssuanceService::Plan
{
    Csr csr;
    EndEntityProfile endEntityProfile;
    CertificateProfile certificateProfile;
    CertificateAuthority ca;
    QStringList dnsNames;
    QStringList ipAddresses;
    QStringList commonNames;
    QDateTime now;
    QDateTime notBefore;
    QDateTime notAfter;
};

IssuanceService::IssuanceService(std::shared_ptr<Database> db, CaService &cas, ProfileRepository &profiles,
                                 const Clock &clock)
    : m_db(std::move(db))
    , m_cas(cas)
    , m_profiles(profiles)
    , m_clock(clock)
{
}

bool IssuanceService::isAllowedRevocationReason(int reasonCode)
{
    return reasonCode == 0 || reasonCode == 1 || reasonCode == 3 || reasonCode == 4 || reasonCode == 5
        || reasonCode == 9;
}

Result<IssuanceService::Plan> IssuanceService::plan(const IssuanceRequest &request) const
{
    // 1. The CSR: parsed and signature-verified, or BadCsr.
    Result<Csr> csr = Csr::fromData(request.csrDer);
    if (!csr) {
        return csr.error();
    }

    // 2. Profiles and CA.
    const QString eeName = request.endEntityProfile.isEmpty() ? QStringLiteral("ACME_EE") : request.endEntityProfile;
    Result<EndEntityProfile> ee = m_profiles.endEntityProfile(eeName);
    if (!ee) {
        return ee.error();
    }
    const QString certProfileName
        = request.certificateProfile.isEmpty() ? ee->defaultCertificateProfile : request.certificateProfile;
    if (!ee->allowsCertificateProfile(certProfileName)) {
        return CoreError(CoreError::Code::InvalidProfile,
                         QStringLiteral("Certificate profile '%1' is not available in end entity profile '%2'")
                             .arg(certProfileName, ee->name));
    }
    Result<CertificateProfile> profile = m_profiles.certificateProfile(certProfileName);
    if (!profile) {
        return profile.error();
    }
    const QString caName = request.caName.isEmpty() ? ee->defaultCa : request.caName;
    if (caName.isEmpty()) {
        return CoreError(CoreError::Code::InvalidProfile,
                         QStringLiteral("End entity profile '%1' names no default CA").arg(ee->name));
    }
    Result<CertificateAuthority> ca = m_cas.find(caName);
    if (!ca) {
        return ca.error();
    }
    if (!ee->allowsCa(ca->name) && !ee->allowsCa(ca->id.value())) {
        return CoreError(CoreError::Code::InvalidProfile,
                         QStringLiteral("CA '%1' is not available in end entity profile '%2'").arg(ca->name, ee->name));
    }

    // 3. The key against the certificate profile.
    const KeyInfo keyInfo = csr->publicKeyInfo();
    if (VoidResult r = profile->checkKey(keyInfo.algorithm, keyInfo.curve, keyInfo.bits); !r) {
        return r.error();
    }

    // 4. RFC 8555 §7.4: the CSR must ask for exactly the order's identifiers.
    QStringList dnsNames;
    QStringList ipAddresses;
    QSet<QString> wanted;
    for (const auto &[type, value] : request.identifiers) {
        if (type == QLatin1String("dns") && !value.trimmed().isEmpty()) {
            const QString dns = value.trimmed().toLower();
            if (!wanted.contains(key(type, dns))) {
                dnsNames << dns;
            }
            wanted.insert(key(type, dns));
        } else if (type == QLatin1String("ip") && !canonicalIp(value).isEmpty()) {
            const QString ip = canonicalIp(value);
            if (!wanted.contains(key(type, ip))) {
                ipAddresses << ip;
            }
            wanted.insert(key(type, ip));
        } else {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid identifier %1:%2").arg(type, value));
        }
    }
    if (wanted.isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("No identifiers to issue for"));
    }
    QSet<QString> requested;
    for (const QString &dns : csr->dnsNames()) {
        // Clients older than RFC 8738 (Debian 12's lego 4.9.1) put an IP address in a dNSName; the
        // engine takes such identifiers as IP identifiers, and the certificate gets a real IP SAN.
        const QString ip = canonicalIp(dns);
        requested.insert(ip.isEmpty() ? key(QStringLiteral("dns"), dns.toLower()) : key(QStringLiteral("ip"), ip));
    }
    for (const QString &ip : csr->ipAddresses()) {
        requested.insert(key(QStringLiteral("ip"), ip));
    }
    QStringList csrCommonNames;
    for (const QString &cn : csr->commonNames()) {
        const QString ip = canonicalIp(cn);
        const QString k = ip.isEmpty() ? key(QStringLiteral("dns"), cn.toLower()) : key(QStringLiteral("ip"), ip);
        requested.insert(k);
        csrCommonNames << k.section(QLatin1Char(':'), 1);
    }
    if (requested != wanted) {
        const QStringList missing = sorted(QStringList((wanted - requested).values()));
        const QStringList extra = sorted(QStringList((requested - wanted).values()));
        QStringList parts;
        if (!missing.isEmpty()) {
            parts << QStringLiteral("missing %1").arg(missing.join(QLatin1String(", ")));
        }
        if (!extra.isEmpty()) {
            parts << QStringLiteral("not in the order %1").arg(extra.join(QLatin1String(", ")));
        }
        return CoreError(
            CoreError::Code::BadCsr,
            QStringLiteral("CSR identifiers do not match the order: %1").arg(parts.join(QLatin1String("; "))));
    }
    if (VoidResult r = ee->checkIdentifierCounts(int(dnsNames.size()), int(ipAddresses.size())); !r) {
        return r.error();
    }

    // 5. Subject: the CSR's CNs (all identifiers by now) that fit, else the first identifier that fits.
    QStringList commonNames;
    for (const QString &cn : csrCommonNames) {
        if (cn.size() <= kMaxCommonNameLength && !commonNames.contains(cn)) {
            commonNames << cn;
        }
    }
    if (commonNames.isEmpty()) {
        for (const QString &candidate : dnsNames + ipAddresses) {
            if (candidate.size() <= kMaxCommonNameLength) {
                commonNames << candidate;
                break;
            }
        }
    }

    // 6. Validity inside the profile's window and the CA's.
    const QDateTime now = wholeSeconds(m_clock.now());
    if (!ca->hasKey || ca->notAfter <= now || ca->notBefore > now) {
        return CoreError(CoreError::Code::InvalidProfile,
                         QStringLiteral("CA '%1' cannot issue now (no key, or outside its validity)").arg(ca->name));
    }
    const qint64 maxMs = profile->validity.ms();
    const QDateTime notBefore = request.notBefore ? wholeSeconds(*request.notBefore) : now;
    QDateTime notAfter = request.notAfter ? wholeSeconds(*request.notAfter) : notBefore.addMSecs(maxMs);
    if (!request.notAfter && notAfter > ca->notAfter) {
        notAfter = ca->notAfter;
    }
    if (notBefore.msecsTo(now) > kMaxBackdateMs) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Requested notBefore %1 is more than 24 hours in the past")
                             .arg(notBefore.toString(Qt::ISODate)));
    }
    if (notAfter <= notBefore || notAfter <= now) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Requested notAfter %1 must be after notBefore and now")
                             .arg(notAfter.toString(Qt::ISODate)));
    }
    if (notAfter > now.addMSecs(maxMs) || notBefore.msecsTo(notAfter) > maxMs) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Requested notAfter %1 is beyond the maximum validity of profile '%2' (%3)")
                             .arg(notAfter.toString(Qt::ISODate), profile->name, profile->validity.toString()));
    }
    if (notAfter > ca->notAfter) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Requested notAfter %1 is beyond the validity of CA '%2' (%3)")
                             .arg(notAfter.toString(Qt::ISODate), ca->name, ca->notAfter.toString(Qt::ISODate)));
    }

    return Plan {*csr, *ee, *profile, *ca, dnsNames, ipAddresses, commonNames, now, notBefore, notAfter};
}

Result<QString> IssuanceService::check(const IssuanceRequest &request) const
{
    Result<Plan> p = plan(request);
    if (!p) {
        return p.error();
    }
    return p->csr.subjectDn();
}

Result<IssuedCertificate> IssuanceService::issue(const IssuanceRequest &request)
{
    Result<SignedCertificate> signedCertificate = sign(request);
    if (!signedCertificate) {
        return signedCertificate.error();
    }
    return store(*signedCertificate);
}

Result<SignedCertificate> IssuanceService::sign(const IssuanceRequest &request) const
{
    // 1.-6. Every check that needs no signature (check() runs the same ones).
    Result<Plan> planned = plan(request);
    if (!planned) {
        return planned.error();
    }
    const Csr *csr = &planned->csr;
    const EndEntityProfile *ee = &planned->endEntityProfile;
    const CertificateProfile *profile = &planned->certificateProfile;
    const CertificateAuthority *ca = &planned->ca;
    const QStringList &dnsNames = planned->dnsNames;
    const QStringList &ipAddresses = planned->ipAddresses;
    const QStringList &commonNames = planned->commonNames;
    const QDateTime &now = planned->now;
    const QDateTime &notBefore = planned->notBefore;
    const QDateTime &notAfter = planned->notAfter;

    // 7. Sign.
    CertificateBuilder builder;
    builder.setSubjectCommonNames(commonNames);
    builder.setPublicKey(*csr);
    builder.setValidity(notBefore, notAfter);
    builder.setDnsNames(dnsNames);
    builder.setIpAddresses(ipAddresses);
    builder.setExtendedKeyUsages(profile->extendedKeyUsage);
    builder.setCrlDistributionPoint(request.crlUrl);
    builder.setOcspUrl(request.ocspUrl);
    builder.setCaIssuersUrl(request.caIssuersUrl);
    builder.setParseBack(false); // checked below on the signed object, then only encoded and stored
    Result<X509Certificate> cert = m_cas.sign(ca->id, builder);
    if (!cert) {
        return cert.error();
    }

    // 8. Check what was signed before anything is stored (Boulder lints before it issues): the
    //    names, validity, key and extended key usages, and the CA's signature over the encoding.
    if (sorted(cert->dnsNames()) != sorted(dnsNames) || sorted(cert->ipAddresses()) != sorted(ipAddresses)
        || cert->notBefore() != notBefore || cert->notAfter() != notAfter || cert->publicKeyDer() != csr->publicKeyDer()
        || !cert->isIssuedBy(ca->certificate) || cert->subjectCommonNames() != commonNames
        || cert->extendedKeyUsages() != profile->extendedKeyUsage) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("Certificate issuance failed"),
                         QStringLiteral("post-issuance check failed for serial %1").arg(cert->serialHex()));
    }
    Result<QByteArray> chainPem = m_cas.chainPem(ca->id);
    if (!chainPem) {
        return chainPem.error();
    }

    SignedCertificate out;
    out.request = request;
    out.endEntityProfile = ee->name;
    out.singleActiveCertificate = profile->singleActiveCertificate;
    out.signedAt = now;
    out.pemChain = cert->toPem() + *chainPem;
    CertificateRecord &record = out.record;
    record.id = CertificateId(RandomToken::timeOrdered(m_clock.nowMs(), 12));
    record.serialHex = cert->serialHex();
    record.caId = ca->id;
    record.orderId = request.orderId;
    record.accountId = request.accountId;
    record.endEntity = request.endEntity;
    record.certificateProfile = profile->name;
    record.subjectDn = cert->subjectDn();
    record.dnsNames = dnsNames;
    record.ipAddresses = ipAddresses;
    record.der = cert->toDer();
    record.notBefore = notBefore;
    record.notAfter = notAfter;
    return out;
}

Result<IssuedCertificate> IssuanceService::store(const SignedCertificate &signedCertificate)
{
    // 9. Store in one transaction (joined to the caller's).
    const IssuanceRequest &request = signedCertificate.request;
    CertificateRecord record = signedCertificate.record;
    record.createdAt = m_clock.now();
    const QDateTime &now = signedCertificate.signedAt;
    CertificateRepository certificates(m_db);
    EndEntityRepository endEntities(m_db, m_clock);
    VoidResult stored = m_db->transaction([&]() -> VoidResult {
        if (!request.endEntity.isEmpty()) {
            EndEntity entity;
            entity.username = request.endEntity;
            entity.endEntityProfile = signedCertificate.endEntityProfile;
            entity.certificateProfile = record.certificateProfile;
            entity.caId = record.caId;
            entity.subjectDn = record.subjectDn;
            for (const QString &dns : std::as_const(record.dnsNames)) {
                entity.subjectAltNames << key(QStringLiteral("dns"), dns);
            }
            for (const QString &ip : std::as_const(record.ipAddresses)) {
                entity.subjectAltNames << key(QStringLiteral("ip"), ip);
            }
            // GENERATED at once: the certificate is stored below in this transaction, or nothing is.
            if (VoidResult r = endEntities.createOrReset(entity, QStringLiteral("GENERATED")); !r) {
                return r;
            }
            if (signedCertificate.singleActiveCertificate) {
                Result<QList<CertificateRecord>> earlier = certificates.validByEndEntity(request.endEntity);
                if (!earlier) {
                    return earlier.error();
                }
                for (const CertificateRecord &old : *earlier) {
                    // RFC 5280 §5.3.1 superseded(4).
                    if (VoidResult r = certificates.markRevoked(old.id, now, 4); !r) {
                        return r;
                    }
                }
            }
        }
        return certificates.insert(record);
    });
    if (!stored) {
        return stored.error();
    }
    return IssuedCertificate {record.id,        record.serialHex, record.der, signedCertificate.pemChain,
                              record.notBefore, record.notAfter};
}

VoidResult IssuanceService::revoke(const CertificateId &id, int reasonCode, const QDateTime &at)
{
    if (!isAllowedRevocationReason(reasonCode)) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Revocation reason %1 is not allowed (allowed: 0 unspecified, 1 keyCompromise, "
                                        "3 affiliationChanged, 4 superseded, 5 cessationOfOperation, "
                                        "9 privilegeWithdrawn)")
                             .arg(reasonCode));
    }
    CertificateRepository certificates(m_db);
    return m_db->transaction([&]() -> VoidResult { return certificates.markRevoked(id, at, reasonCode); });
}

VoidResult IssuanceService::revokeBySerial(const QString &serialHex, int reasonCode, const QDateTime &at)
{
    Result<CertificateRecord> record = findBySerial(serialHex);
    if (!record) {
        return record.error();
    }
    return revoke(record->id, reasonCode, at);
}

Result<CertificateRecord> IssuanceService::findById(const CertificateId &id) const
{
    return CertificateRepository(m_db).findById(id);
}

Result<CertificateRecord> IssuanceService::findBySerial(const QString &serialHex) const
{
    return CertificateRepository(m_db).findBySerial(serialHex);
}

Result<CertificateRecord> IssuanceService::findByDer(const QByteArray &der) const
{
    Result<X509Certificate> cert = X509Certificate::fromDer(der);
    if (!cert) {
        return cert.error();
    }
    Result<CertificateRecord> record = findBySerial(cert->serialHex());
    if (!record) {
        return record.error();
    }
    if (record->der != der) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("This certificate was not issued here"));
    }
    return record;
}

Result<QByteArray> IssuanceService::crl(const CaId &caId)
{
    QByteArray out;
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        Result<qint64> number = CaRepository(m_db).nextCrlNumber(caId);
        if (!number) {
            return number.error();
        }
        Result<QList<CertificateRecord>> revoked = CertificateRepository(m_db).revokedByCa(caId);
        if (!revoked) {
            return revoked.error();
        }
        const QDateTime now = wholeSeconds(m_clock.now());
        CrlBuilder builder;
        builder.setUpdateTimes(now, now.addMSecs(m_crlValidity.ms()));
        builder.setCrlNumber(*number);
        for (const CertificateRecord &c : *revoked) {
            builder.addRevoked(c.serialHex, c.revokedAt.value_or(now), std::max(0, c.revocationReason));
        }
        Result<QByteArray> der = m_cas.signCrl(caId, builder);
        if (!der) {
            return der.error();
        }
        out = *der;
        return {};
    });
    if (!r) {
        return r.error();
    }
    return out;
}

Result<QByteArray> IssuanceService::crlPem(const CaId &caId)
{
    Result<QByteArray> der = crl(caId);
    if (!der) {
        return der.error();
    }
    return CrlBuilder::toPem(*der);
}
