// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/CaCatalog.h"

#include "core/pki/CaService.h"
#include "core/storage/AuditLog.h"
#include "core/util/Clock.h"
#include "core/util/Duration.h"

#include <QHash>

namespace {

CaSummary summaryOf(const CertificateAuthority &ca, const QHash<QString, QString> &names)
{
    CaSummary s;
    s.id = ca.id;
    s.name = ca.name;
    s.subjectDn = ca.subjectDn;
    s.keyType = ca.keyType;
    s.serialHex = ca.serialHex;
    s.issuerName = ca.issuerCaId.isNull() ? QString() : names.value(ca.issuerCaId.value());
    s.isRoot = ca.isRoot();
    s.hasKey = ca.hasKey;
    s.notBefore = ca.notBefore;
    s.notAfter = ca.notAfter;
    s.crlNumber = ca.crlNumber;
    if (ca.renewEarlyAt) {
        s.renewEarlyAt = *ca.renewEarlyAt;
    }
    s.createdAt = ca.createdAt;
    return s;
}

Result<Duration> validityOf(const QString &text, const QString &what)
{
    Result<Duration> d = Duration::parse(text.trimmed());
    if (!d) {
        return CoreError(
            CoreError::Code::Malformed,
            QStringLiteral("The %1 validity '%2' is not a duration like '10y' or '5y 6mo'").arg(what, text.trimmed()));
    }
    if (d->ms() <= 0) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("The %1 validity must be positive").arg(what));
    }
    return d;
}

} // namespace

QString CaSummary::status(const QDateTime &now) const
{
    if (notAfter.isValid() && notAfter < now) {
        return QStringLiteral("expired");
    }
    if (notBefore.isValid() && notBefore > now) {
        return QStringLiteral("notYetValid");
    }
    return QStringLiteral("valid");
}

CaCatalog::CaCatalog(std::shared_ptr<Database> db, CaService &cas, const Clock &clock)
    : m_db(std::move(db))
    , m_cas(cas)
    , m_clock(clock)
    , m_audit(std::make_unique<AuditLog>(m_db, clock))
{
}

CaCatalog::~CaCatalog() = default;

QStringList CaCatalog::keySpecs()
{
    return {QStringLiteral("EC:P-256"), QStringLiteral("EC:P-384"), QStringLiteral("RSA:2048"),
            QStringLiteral("RSA:3072"), QStringLiteral("RSA:4096")};
}

Result<QList<CaSummary>> CaCatalog::list() const
{
    Result<QList<CertificateAuthority>> all = m_cas.list();
    if (!all) {
        return all.error();
    }
    QHash<QString, QString> names;
    for (const CertificateAuthority &ca : *all) {
        names.insert(ca.id.value(), ca.name);
    }
    QList<CaSummary> out;
    for (const CertificateAuthority &ca : *all) {
        out << summaryOf(ca, names);
    }
    return out;
}

Result<CaDetails> CaCatalog::details(const CaId &id) const
{
    Result<CertificateAuthority> ca = m_cas.findById(id);
    if (!ca) {
        return ca.error();
    }
    QHash<QString, QString> names;
    if (!ca->issuerCaId.isNull()) {
        if (Result<CertificateAuthority> issuer = m_cas.findById(ca->issuerCaId); issuer) {
            names.insert(issuer->id.value(), issuer->name);
        }
    }
    CaDetails d;
    d.summary = summaryOf(*ca, names);
    d.issuerDn = ca->certificate.issuerDn();
    d.keyUsages = ca->certificate.keyUsages();
    d.pem = ca->certificate.toPem();
    Result<QByteArray> chain = m_cas.chainPem(id);
    if (!chain) {
        return chain.error();
    }
    d.chainPem = *chain;
    Result<QList<CaRepository::AlternateChain>> alternates = m_cas.alternateChains(id);
    if (!alternates) {
        return alternates.error();
    }
    for (const CaRepository::AlternateChain &a : std::as_const(*alternates)) {
        d.alternateChains.append({a.first, a.second});
    }
    return d;
}

Result<QString> CaCatalog::addAlternateChain(const CaId &id, const QByteArray &pemBundle, const QString &actor)
{
    Result<CertificateAuthority> ca = m_cas.findById(id);
    if (!ca) {
        return ca.error();
    }
    Result<CaRepository::AlternateChain> added = m_cas.addAlternateChain(id, pemBundle);
    if (!added) {
        return added.error();
    }
    (void)m_audit->append(actor, QStringLiteral("ca.chain.add"), ca->name, added->first);
    return added->first;
}

VoidResult CaCatalog::removeAlternateChain(const CaId &id, const QString &rootDn, const QString &actor)
{
    Result<CertificateAuthority> ca = m_cas.findById(id);
    if (!ca) {
        return ca.error();
    }
    if (VoidResult r = m_cas.removeAlternateChain(id, rootDn); !r) {
        return r;
    }
    (void)m_audit->append(actor, QStringLiteral("ca.chain.remove"), ca->name, rootDn);
    return {};
}

Result<QList<CaSummary>> CaCatalog::create(const CaCreateRequest &r, const QString &actor)
{
    const QString keySpec = r.keySpec.isEmpty() ? QStringLiteral("EC:P-256") : r.keySpec;
    const QString subject = r.subjectDn.trimmed().isEmpty() ? QStringLiteral("CN=") + r.name.trimmed() : r.subjectDn;
    Result<Duration> validity
        = validityOf(r.validity.isEmpty() ? QStringLiteral("10y") : r.validity, QStringLiteral("CA"));
    if (!validity) {
        return validity.error();
    }
    QList<CertificateAuthority> created;
    if (!r.issuer.isEmpty()) {
        Result<CertificateAuthority> parent = m_cas.find(r.issuer);
        if (!parent) {
            return parent.error();
        }
        Result<CertificateAuthority> ca
            = m_cas.createIssuing(parent->id, r.name.trimmed(), subject, keySpec, *validity);
        if (!ca) {
            return ca.error();
        }
        created << *ca;
    } else if (r.withIssuing) {
        const QString issuingSubject = r.issuingSubjectDn.trimmed().isEmpty()
            ? QStringLiteral("CN=") + r.issuingName.trimmed()
            : r.issuingSubjectDn;
        Result<Duration> issuingValidity = validityOf(
            r.issuingValidity.isEmpty() ? QStringLiteral("5y") : r.issuingValidity, QStringLiteral("issuing CA"));
        if (!issuingValidity) {
            return issuingValidity.error();
        }
        if (r.issuingName.trimmed().isEmpty()) {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("The issuing CA needs a name"));
        }
        if (r.issuingName.trimmed() == r.name.trimmed()) {
            return CoreError(CoreError::Code::Malformed,
                             QStringLiteral("The root and the issuing CA need different names"));
        }
        Result<CaService::RootAndIssuing> both = m_cas.createRootAndIssuing(
            r.name.trimmed(), subject, r.issuingName.trimmed(), issuingSubject, keySpec, *validity, *issuingValidity);
        if (!both) {
            return both.error();
        }
        created << both->root << both->issuing;
    } else {
        Result<CertificateAuthority> ca = m_cas.createRoot(r.name.trimmed(), subject, keySpec, *validity);
        if (!ca) {
            return ca.error();
        }
        created << *ca;
    }
    QHash<QString, QString> names;
    Result<QList<CertificateAuthority>> all = m_cas.list();
    if (all) {
        for (const CertificateAuthority &ca : *all) {
            names.insert(ca.id.value(), ca.name);
        }
    }
    QList<CaSummary> out;
    for (const CertificateAuthority &ca : created) {
        // As `anvil ca create` records it.
        (void)m_audit->append(actor, QStringLiteral("ca.create"), ca.name, ca.subjectDn);
        out << summaryOf(ca, names);
    }
    return out;
}

Result<CaSummary> CaCatalog::importCa(const QString &name, const QByteArray &certificates, const QByteArray &key,
                                      const QByteArray &passphrase, const QString &actor)
{
    Result<CertificateAuthority> imported = m_cas.importCa(name.trimmed(), certificates, key, passphrase);
    if (!imported) {
        return imported.error();
    }
    (void)m_audit->append(actor, QStringLiteral("ca.import"), imported->name, imported->subjectDn);
    QHash<QString, QString> names;
    if (!imported->issuerCaId.isNull()) {
        if (Result<CertificateAuthority> issuer = m_cas.findById(imported->issuerCaId); issuer) {
            names.insert(issuer->id.value(), issuer->name);
        }
    }
    return summaryOf(*imported, names);
}
