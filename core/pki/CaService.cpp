// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/CaService.h"

#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/CrlBuilder.h"
#include "core/crypto/Crypto.h"
#include "core/pki/CertificateRepository.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QDateTime wholeSeconds(const QDateTime &t)
{
    return QDateTime::fromSecsSinceEpoch(t.toSecsSinceEpoch(), Qt::UTC);
}

} // namespace

CaService::CaService(std::shared_ptr<Database> db, MasterKey masterKey, const Clock &clock)
    : m_db(db)
    , m_repository(db, &clock)
    , m_masterKey(std::move(masterKey))
    , m_clock(clock)
{
}

Result<CertificateAuthority> CaService::store(const QString &name, const X509Certificate &certificate,
                                              const CaId &issuerId, const PrivateKey &key)
{
    CertificateAuthority ca;
    ca.id = CaId(Crypto::randomId(16));
    ca.name = name;
    ca.subjectDn = certificate.subjectDn();
    ca.issuerCaId = issuerId;
    ca.certificate = certificate;
    ca.keyType = key.isNull() ? QStringLiteral("none") : key.spec();
    ca.serialHex = certificate.serialHex();
    ca.notBefore = certificate.notBefore();
    ca.notAfter = certificate.notAfter();
    ca.createdAt = m_clock.now();
    ca.hasKey = !key.isNull();
    QByteArray sealed;
    if (!key.isNull()) {
        Result<QByteArray> s = m_masterKey.seal(key.toPkcs8Der(), ca.id.value().toUtf8());
        if (!s) {
            return s.error();
        }
        sealed = *s;
    }
    if (VoidResult r = m_repository.insert(ca, sealed); !r) {
        return r.error();
    }
    if (!key.isNull()) {
        QMutexLocker lock(&m_mutex);
        m_keys.insert(ca.id.value(), key);
    }
    return ca;
}

Result<CertificateAuthority> CaService::createRoot(const QString &name, const QString &subjectDn,
                                                   const QString &keySpec, const Duration &validity)
{
    if (name.trimmed().isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("A CA needs a name"));
    }
    Result<PrivateKey> key = PrivateKey::generate(keySpec);
    if (!key) {
        return key.error();
    }
    const QDateTime now = wholeSeconds(m_clock.now());
    CertificateBuilder builder;
    builder.setSubjectDn(subjectDn);
    builder.setValidity(now, now.addMSecs(validity.ms()));
    builder.setCa(true);
    Result<X509Certificate> cert = builder.selfSign(*key);
    if (!cert) {
        return cert.error();
    }
    return store(name, *cert, CaId(), *key);
}

Result<CertificateAuthority> CaService::createIssuing(const CaId &parent, const QString &name, const QString &subjectDn,
                                                      const QString &keySpec, const Duration &validity)
{
    if (name.trimmed().isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("A CA needs a name"));
    }
    Result<CertificateAuthority> issuer = m_repository.findById(parent);
    if (!issuer) {
        return issuer.error();
    }
    Result<PrivateKey> key = PrivateKey::generate(keySpec);
    if (!key) {
        return key.error();
    }
    const QDateTime now = wholeSeconds(m_clock.now());
    QDateTime notAfter = now.addMSecs(validity.ms());
    // RFC 5280 allows it, but a subordinate outliving its issuer only produces broken chains.
    if (notAfter > issuer->notAfter) {
        notAfter = issuer->notAfter;
    }
    CertificateBuilder builder;
    builder.setSubjectDn(subjectDn);
    builder.setPublicKey(key->publicKeyDer());
    builder.setValidity(now, notAfter);
    builder.setCa(true, 0);
    Result<X509Certificate> cert = sign(parent, builder);
    if (!cert) {
        return cert.error();
    }
    return store(name, *cert, parent, *key);
}

Result<CaService::RootAndIssuing> CaService::createRootAndIssuing(const QString &rootName, const QString &rootDn,
                                                                  const QString &issuingName, const QString &issuingDn,
                                                                  const QString &keySpec, const Duration &rootValidity,
                                                                  const Duration &issuingValidity)
{
    RootAndIssuing out;
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        Result<CertificateAuthority> root = createRoot(rootName, rootDn, keySpec, rootValidity);
        if (!root) {
            return root.error();
        }
        Result<CertificateAuthority> issuing
            = createIssuing(root->id, issuingName, issuingDn, keySpec, issuingValidity);
        if (!issuing) {
            return issuing.error();
        }
        out = {*root, *issuing};
        return {};
    });
    if (!r) {
        return r.error();
    }
    return out;
}

Result<CertificateAuthority> CaService::importCa(const QString &name, const QByteArray &certificates,
                                                 const QByteArray &key, const QByteArray &passphrase)
{
    if (name.trimmed().isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("A CA needs a name"));
    }
    Result<QList<X509Certificate>> certs = X509Certificate::listFromData(certificates);
    if (!certs) {
        return certs.error();
    }
    const X509Certificate &caCert = certs->first();
    if (!caCert.isCa()) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("The certificate '%1' is not a CA certificate").arg(caCert.subjectDn()));
    }
    Result<PrivateKey> privateKey = PrivateKey::fromData(key, passphrase);
    if (!privateKey) {
        return privateKey.error();
    }
    if (!privateKey->matchesPublicKey(caCert.publicKeyDer())) {
        return CoreError(
            CoreError::Code::Malformed,
            QStringLiteral("The private key does not belong to the certificate '%1'").arg(caCert.subjectDn()));
    }
    for (int i = 0; i + 1 < certs->size(); ++i) {
        if (!certs->at(i).isIssuedBy(certs->at(i + 1))) {
            return CoreError(
                CoreError::Code::Malformed,
                QStringLiteral("The certificate chain is out of order or incomplete: '%1' is not issued by '%2'")
                    .arg(certs->at(i).subjectDn(), certs->at(i + 1).subjectDn()));
        }
    }
    CertificateAuthority imported;
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        Result<QList<CertificateAuthority>> existing = m_repository.list();
        if (!existing) {
            return existing.error();
        }
        // Walk from the top of the bundle down, linking each certificate to its issuer.
        CaId issuerId;
        const X509Certificate &top = certs->last();
        for (const CertificateAuthority &ca : *existing) {
            if (top.subjectDn() != top.issuerDn() && top.isIssuedBy(ca.certificate)) {
                issuerId = ca.id;
                break;
            }
        }
        for (int i = int(certs->size()) - 1; i >= 1; --i) {
            const X509Certificate &c = certs->at(i);
            Result<CertificateAuthority> known = m_repository.findByCertificate(c.toDer());
            if (known) {
                issuerId = known->id;
                continue;
            }
            QString parentName = c.subjectCommonNames().value(0, c.subjectDn());
            for (int n = 2; m_repository.findByName(parentName).isOk(); ++n) {
                parentName = QStringLiteral("%1 (%2)").arg(c.subjectCommonNames().value(0, c.subjectDn())).arg(n);
            }
            Result<CertificateAuthority> parent = store(parentName, c, issuerId, PrivateKey());
            if (!parent) {
                return parent.error();
            }
            issuerId = parent->id;
        }
        Result<CertificateAuthority> ca = store(name, caCert, issuerId, *privateKey);
        if (!ca) {
            return ca.error();
        }
        imported = *ca;
        return {};
    });
    if (!r) {
        return r.error();
    }
    return imported;
}

Result<QList<CertificateAuthority>> CaService::list() const
{
    return m_repository.list();
}

Result<CertificateAuthority> CaService::find(const QString &nameOrId) const
{
    Result<CertificateAuthority> byName = m_repository.findByName(nameOrId);
    if (byName || byName.error().code() != CoreError::Code::NotFound) {
        return byName;
    }
    Result<CertificateAuthority> byId = m_repository.findById(CaId(nameOrId));
    if (byId || byId.error().code() != CoreError::Code::NotFound) {
        return byId;
    }
    return CoreError(CoreError::Code::NotFound, QStringLiteral("No CA named '%1'").arg(nameOrId));
}

Result<CertificateAuthority> CaService::findById(const CaId &id) const
{
    return m_repository.findById(id);
}

Result<QList<X509Certificate>> CaService::chain(const CaId &id) const
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_chains.constFind(id.value());
        if (it != m_chains.cend()) {
            return *it;
        }
    }
    QList<X509Certificate> out;
    CaId next = id;
    // Bounded: a damaged issuer_ca_id loop must not hang the server.
    for (int depth = 0; !next.isNull() && depth < 10; ++depth) {
        Result<CertificateAuthority> ca = m_repository.findById(next);
        if (!ca) {
            return ca.error();
        }
        out << ca->certificate;
        next = ca->issuerCaId;
    }
    if (next.isNull() && !out.isEmpty()) {
        // Complete up to a root (or an issuer-less import): cached, bounded like the key cache.
        QMutexLocker lock(&m_mutex);
        if (m_chains.size() >= 1000) {
            m_chains.clear();
        }
        m_chains.insert(id.value(), out);
    }
    return out;
}

Result<QByteArray> CaService::chainPem(const CaId &id) const
{
    Result<QList<X509Certificate>> c = chain(id);
    if (!c) {
        return c.error();
    }
    return X509Certificate::toPemBundle(*c);
}

Result<QByteArray> CaService::certificateDer(const CaId &id) const
{
    Result<CertificateAuthority> ca = m_repository.findById(id);
    if (!ca) {
        return ca.error();
    }
    return ca->certificate.toDer();
}

Result<PrivateKey> CaService::signingKey(const CaId &id) const
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_keys.constFind(id.value());
        if (it != m_keys.constEnd()) {
            return *it;
        }
    }
    Result<QByteArray> sealed = m_repository.sealedKey(id);
    if (!sealed) {
        return sealed.error();
    }
    Result<QByteArray> der = m_masterKey.open(*sealed, id.value().toUtf8());
    if (!der) {
        return CoreError(CoreError::Code::Crypto,
                         QStringLiteral("Cannot decrypt the CA key: the master key does not match this database"),
                         id.value());
    }
    Result<PrivateKey> key = PrivateKey::fromData(*der);
    if (!key) {
        return key.error();
    }
    QMutexLocker lock(&m_mutex);
    m_keys.insert(id.value(), *key);
    return *key;
}

Result<X509Certificate> CaService::sign(const CaId &id, const CertificateBuilder &builder) const
{
    Result<QList<X509Certificate>> certificates = chain(id); // the CA's certificate first
    if (!certificates) {
        return certificates.error();
    }
    if (certificates->isEmpty()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No CA with id '%1'").arg(id.value()));
    }
    Result<PrivateKey> key = signingKey(id);
    if (!key) {
        return key.error();
    }
    return builder.sign(certificates->first(), *key);
}

Result<QByteArray> CaService::signCrl(const CaId &id, const CrlBuilder &builder) const
{
    Result<CertificateAuthority> ca = m_repository.findById(id);
    if (!ca) {
        return ca.error();
    }
    Result<PrivateKey> key = signingKey(id);
    if (!key) {
        return key.error();
    }
    return builder.sign(ca->certificate, *key);
}

Result<CaService::ServerCredentials> CaService::issueServerCertificate(const CaId &id, const QStringList &dnsNames,
                                                                       const QStringList &ipAddresses,
                                                                       const Duration &validity)
{
    if (dnsNames.isEmpty() && ipAddresses.isEmpty()) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("A server certificate needs a DNS name or an IP address"));
    }
    Result<PrivateKey> key = PrivateKey::generate(QStringLiteral("EC:P-256"));
    if (!key) {
        return key.error();
    }
    Result<CertificateAuthority> ca = m_repository.findById(id);
    if (!ca) {
        return ca.error();
    }
    const QDateTime now = wholeSeconds(m_clock.now());
    QDateTime notAfter = now.addMSecs(validity.ms());
    if (notAfter > ca->notAfter) {
        notAfter = ca->notAfter;
    }
    const QString cn = dnsNames.isEmpty() ? ipAddresses.first() : dnsNames.first();
    CertificateBuilder builder;
    builder.setSubjectCommonNames({cn});
    builder.setPublicKey(key->publicKeyDer());
    builder.setValidity(now, notAfter);
    builder.setDnsNames(dnsNames);
    builder.setIpAddresses(ipAddresses);
    builder.setExtendedKeyUsages({QStringLiteral("serverAuth")});
    Result<X509Certificate> cert = sign(id, builder);
    if (!cert) {
        return cert.error();
    }
    CertificateRecord record;
    record.id = CertificateId(Crypto::randomId(16));
    record.serialHex = cert->serialHex();
    record.caId = id;
    record.certificateProfile = QStringLiteral("anvil-server");
    record.subjectDn = cert->subjectDn();
    record.dnsNames = cert->dnsNames();
    record.ipAddresses = cert->ipAddresses();
    record.der = cert->toDer();
    record.notBefore = cert->notBefore();
    record.notAfter = cert->notAfter();
    record.createdAt = m_clock.now();
    if (VoidResult r = CertificateRepository(m_db).insert(record); !r) {
        return r.error();
    }
    Result<QByteArray> chain = chainPem(id);
    if (!chain) {
        return chain.error();
    }
    return ServerCredentials {key->toPkcs8Pem(), cert->toPem() + *chain};
}

VoidResult CaService::markForEarlyRenewal(const CaId &id)
{
    return m_repository.setRenewEarlyAt(id, m_clock.nowMs());
}

Result<CaService::OcspSigner> CaService::ocspSigner(const CaId &id)
{
    QMutexLocker lock(&m_ocspMutex);
    const QDateTime now = wholeSeconds(m_clock.now());
    auto fresh = [&now](const X509Certificate &c) {
        return now.secsTo(c.notAfter()) > qint64(kOcspResponderDays) * 86400 / 3;
    };
    if (auto it = m_ocspSigners.constFind(id.value()); it != m_ocspSigners.cend() && fresh(it->certificate)) {
        return *it;
    }
    const QByteArray aad = QByteArrayLiteral("ocsp:") + id.value().toUtf8();
    // Another node (or an earlier run) may have made one.
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT cert_der, key_enc FROM ocsp_responders WHERE ca_id = :c"),
                                     {{QStringLiteral("c"), id.value()}});
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        Result<X509Certificate> cert = X509Certificate::fromDer(q->value(0).toByteArray());
        Result<QByteArray> keyDer = m_masterKey.open(q->value(1).toByteArray(), aad);
        if (cert && keyDer && fresh(*cert)) {
            Result<PrivateKey> key = PrivateKey::fromData(*keyDer);
            if (key) {
                OcspSigner signer {*cert, *key};
                m_ocspSigners.insert(id.value(), signer);
                return signer;
            }
        }
    }
    Result<CertificateAuthority> ca = m_repository.findById(id);
    if (!ca) {
        return ca.error();
    }
    Result<PrivateKey> key = PrivateKey::generate(QStringLiteral("EC:P-256"));
    if (!key) {
        return key.error();
    }
    QDateTime notAfter = now.addDays(kOcspResponderDays);
    if (notAfter > ca->notAfter) {
        notAfter = ca->notAfter;
    }
    CertificateBuilder builder;
    builder.setSubjectCommonNames({ca->name.left(50) + QStringLiteral(" OCSP Responder")});
    builder.setPublicKey(key->publicKeyDer());
    builder.setValidity(now.addSecs(-60), notAfter);
    builder.setExtendedKeyUsages({QStringLiteral("OCSPSigning")});
    builder.setOcspNoCheck(true);
    Result<X509Certificate> cert = sign(id, builder);
    if (!cert) {
        return cert.error();
    }
    Result<QByteArray> sealed = m_masterKey.seal(key->toPkcs8Der(), aad);
    if (!sealed) {
        return sealed.error();
    }
    VoidResult stored = m_db->transaction([&]() -> VoidResult {
        Result<QSqlQuery> del = m_db->exec(QStringLiteral("DELETE FROM ocsp_responders WHERE ca_id = :c"),
                                           {{QStringLiteral("c"), id.value()}});
        if (!del) {
            return del.error();
        }
        Result<QSqlQuery> ins
            = m_db->exec(QStringLiteral("INSERT INTO ocsp_responders (ca_id, cert_der, key_enc, not_after, created_at) "
                                        "VALUES (:c, :cert, :key, :na, :t)"),
                         {{QStringLiteral("c"), id.value()},
                          {QStringLiteral("cert"), cert->toDer()},
                          {QStringLiteral("key"), *sealed},
                          {QStringLiteral("na"), notAfter.toMSecsSinceEpoch()},
                          {QStringLiteral("t"), now.toMSecsSinceEpoch()}});
        if (!ins) {
            return ins.error();
        }
        return {};
    });
    if (!stored) {
        return stored.error();
    }
    OcspSigner signer {*cert, *key};
    m_ocspSigners.insert(id.value(), signer);
    return signer;
}

Result<CaRepository::AlternateChain> CaService::addAlternateChain(const CaId &id, const QByteArray &pemBundle)
{
    Result<QList<X509Certificate>> primary = chain(id);
    if (!primary) {
        return primary.error();
    }
    Result<QList<X509Certificate>> certs = X509Certificate::listFromData(pemBundle);
    if (!certs || certs->isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("The chain is not a PEM bundle of certificates"));
    }
    const X509Certificate &ca = primary->first();
    const X509Certificate &first = certs->first();
    if (first.subjectDn() != ca.subjectDn() || first.publicKeyDer() != ca.publicKeyDer()) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("The chain's first certificate is not for this CA (its subject %1 and key)")
                             .arg(ca.subjectDn()));
    }
    if (!first.isCa()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("The chain's first certificate is not a CA's"));
    }
    for (qsizetype i = 1; i < certs->size(); ++i) {
        if (!certs->at(i - 1).isIssuedBy(certs->at(i))) {
            return CoreError(CoreError::Code::Malformed,
                             QStringLiteral("Certificate %1 of the chain (%2) did not issue the one before it")
                                 .arg(i + 1)
                                 .arg(certs->at(i).subjectDn()));
        }
    }
    // A chain's root: its last certificate when self-issued, else that one's issuer.
    const auto rootOf = [](const X509Certificate &last) {
        return last.subjectDn() == last.issuerDn() ? last.subjectDn() : last.issuerDn();
    };
    const QString root = rootOf(certs->last());
    const QString primaryRoot = rootOf(primary->last());
    Result<QList<CaRepository::AlternateChain>> existing = m_repository.alternateChains(id);
    if (!existing) {
        return existing.error();
    }
    bool taken = root.compare(primaryRoot, Qt::CaseInsensitive) == 0;
    for (const CaRepository::AlternateChain &c : std::as_const(*existing)) {
        taken = taken || c.first.compare(root, Qt::CaseInsensitive) == 0;
    }
    if (taken) {
        return CoreError(CoreError::Code::Conflict, QStringLiteral("The CA already has a chain to %1").arg(root));
    }
    const CaRepository::AlternateChain stored {root, X509Certificate::toPemBundle(*certs)};
    if (VoidResult r = m_repository.insertAlternateChain(id, stored, m_clock.nowMs()); !r) {
        return r.error();
    }
    return stored;
}
