// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/CaRepository.h"

#include "core/util/RandomToken.h"

#include <QHash>
#include <QMutex>

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace {

QDateTime fromMs(const QVariant &v)
{
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

namespace {

/**
 * CA certificates are few and never change, but every issuance reads its CA: keep them parsed
 * (profiling showed 10% of the server's CPU in re-parsing). X509Certificate shares an immutable
 * OpenSSL object, safe to read from several threads.
 */
Result<X509Certificate> parseCaCertificate(const QByteArray &der)
{
    static QMutex mutex;
    static QHash<QByteArray, X509Certificate> parsed;
    {
        QMutexLocker lock(&mutex);
        auto it = parsed.constFind(der);
        if (it != parsed.cend()) {
            return *it;
        }
    }
    Result<X509Certificate> cert = X509Certificate::fromDer(der);
    if (cert) {
        QMutexLocker lock(&mutex);
        if (parsed.size() > 1000) {
            parsed.clear();
        }
        parsed.insert(der, *cert);
    }
    return cert;
}

} // namespace

CaRepository::CaRepository(std::shared_ptr<Database> db, const Clock *clock)
    : m_db(std::move(db))
    , m_cache(m_db, QStringLiteral("cas"), clock, CrossNodeStaleness::UpToMaxAge)
    , m_chainCache(m_db, QStringLiteral("cas"), clock, CrossNodeStaleness::UpToMaxAge)
{
}

VoidResult CaRepository::insert(const CertificateAuthority &ca, const QByteArray &sealedKey)
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("INSERT INTO cas (id, name, subject_dn, issuer_ca_id, cert_der, key_enc, key_type, serial, "
                       "not_before, not_after, crl_number, created_at) VALUES (:id, :name, :subject, :issuer, :der, "
                       ":key, :keyType, :serial, :notBefore, :notAfter, 0, :created)"),
        {{QStringLiteral("id"), ca.id.value()},
         {QStringLiteral("name"), ca.name},
         {QStringLiteral("subject"), ca.subjectDn},
         {QStringLiteral("issuer"), ca.issuerCaId.isNull() ? QVariant() : QVariant(ca.issuerCaId.value())},
         {QStringLiteral("der"), ca.certificate.toDer()},
         {QStringLiteral("key"), sealedKey.isEmpty() ? QVariant() : QVariant(sealedKey)},
         {QStringLiteral("keyType"), ca.keyType},
         {QStringLiteral("serial"), ca.serialHex},
         {QStringLiteral("notBefore"), ca.notBefore.toMSecsSinceEpoch()},
         {QStringLiteral("notAfter"), ca.notAfter.toMSecsSinceEpoch()},
         {QStringLiteral("created"), ca.createdAt.toMSecsSinceEpoch()}});
    if (!q) {
        if (q.error().code() == CoreError::Code::Conflict) {
            return CoreError(CoreError::Code::Conflict, QStringLiteral("A CA named '%1' already exists").arg(ca.name),
                             q.error().internalDetail());
        }
        return q.error();
    }
    m_cache.announceChange();
    return {};
}

Result<QList<CertificateAuthority>> CaRepository::select(const QString &where, const QVariantMap &args) const
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral(
            "SELECT id, name, subject_dn, issuer_ca_id, cert_der, key_type, serial, not_before, not_after, "
            "crl_number, renew_early_at, created_at, key_enc IS NOT NULL FROM cas %1 ORDER BY created_at, name")
            .arg(where),
        args);
    if (!q) {
        return q.error();
    }
    QList<CertificateAuthority> out;
    while (q->next()) {
        CertificateAuthority ca;
        ca.id = CaId(q->value(0).toString());
        ca.name = q->value(1).toString();
        ca.subjectDn = q->value(2).toString();
        ca.issuerCaId = CaId(q->value(3).toString());
        Result<X509Certificate> cert = parseCaCertificate(q->value(4).toByteArray());
        if (!cert) {
            return CoreError(CoreError::Code::Storage,
                             QStringLiteral("The certificate of CA '%1' is damaged").arg(ca.name));
        }
        ca.certificate = *cert;
        ca.keyType = q->value(5).toString();
        ca.serialHex = q->value(6).toString();
        ca.notBefore = fromMs(q->value(7));
        ca.notAfter = fromMs(q->value(8));
        ca.crlNumber = q->value(9).toLongLong();
        if (!q->value(10).isNull()) {
            ca.renewEarlyAt = fromMs(q->value(10));
        }
        ca.createdAt = fromMs(q->value(11));
        ca.hasKey = q->value(12).toBool();
        out << ca;
    }
    return out;
}

Result<CertificateAuthority> CaRepository::findOne(const QString &cacheKey, const QString &where,
                                                   const QVariantMap &args, const QString &notFound) const
{
    BeaconCache<CertificateAuthority>::Generation generation;
    if (std::optional<CertificateAuthority> kept = m_cache.find(cacheKey, generation)) {
        return *kept;
    }
    Result<QList<CertificateAuthority>> r = select(where, args);
    if (!r) {
        return r.error();
    }
    if (r->isEmpty()) {
        return CoreError(CoreError::Code::NotFound, notFound);
    }
    m_cache.insert(cacheKey, r->first(), generation);
    return r->first();
}

Result<CertificateAuthority> CaRepository::findById(const CaId &id) const
{
    return findOne(QStringLiteral("id:") + id.value(), QStringLiteral("WHERE id = :id"),
                   {{QStringLiteral("id"), id.value()}}, QStringLiteral("No CA with id '%1'").arg(id.value()));
}

Result<CertificateAuthority> CaRepository::findByName(const QString &name) const
{
    return findOne(QStringLiteral("name:") + name, QStringLiteral("WHERE name = :name"),
                   {{QStringLiteral("name"), name}}, QStringLiteral("No CA named '%1'").arg(name));
}

Result<CertificateAuthority> CaRepository::findByCertificate(const QByteArray &der) const
{
    Result<X509Certificate> cert = X509Certificate::fromDer(der);
    if (!cert) {
        return cert.error();
    }
    Result<QList<CertificateAuthority>> r
        = select(QStringLiteral("WHERE serial = :serial"), {{QStringLiteral("serial"), cert->serialHex()}});
    if (!r) {
        return r.error();
    }
    for (const CertificateAuthority &ca : *r) {
        if (ca.certificate.toDer() == der) {
            return ca;
        }
    }
    return CoreError(CoreError::Code::NotFound, QStringLiteral("No CA with this certificate"));
}

Result<QList<CertificateAuthority>> CaRepository::list() const
{
    return select(QString(), {});
}

Result<QByteArray> CaRepository::sealedKey(const CaId &id) const
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT key_enc FROM cas WHERE id = :id"), {{QStringLiteral("id"), id.value()}});
    if (!q) {
        return q.error();
    }
    if (!q->next() || q->value(0).isNull()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("CA '%1' has no private key").arg(id.value()));
    }
    return q->value(0).toByteArray();
}

Result<qint64> CaRepository::nextCrlNumber(const CaId &id)
{
    Result<QSqlQuery> u = m_db->exec(QStringLiteral("UPDATE cas SET crl_number = crl_number + 1 WHERE id = :id"),
                                     {{QStringLiteral("id"), id.value()}});
    if (!u) {
        return u.error();
    }
    m_cache.announceChange();
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT crl_number FROM cas WHERE id = :id"), {{QStringLiteral("id"), id.value()}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No CA with id '%1'").arg(id.value()));
    }
    return q->value(0).toLongLong();
}

VoidResult CaRepository::setRenewEarlyAt(const CaId &id, qint64 ms)
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("UPDATE cas SET renew_early_at = :at WHERE id = :id"),
                                     {{QStringLiteral("id"), id.value()}, {QStringLiteral("at"), ms}});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No CA with id '%1'").arg(id.value()));
    }
    m_cache.announceChange();
    return {};
}

Result<QList<CaRepository::AlternateChain>> CaRepository::alternateChains(const CaId &id) const
{
    BeaconCache<QList<AlternateChain>>::Generation generation;
    if (std::optional<QList<AlternateChain>> kept = m_chainCache.find(id.value(), generation)) {
        return *kept;
    }
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT root_subject_dn, chain_pem FROM ca_chains WHERE ca_id = :c ORDER BY created_at"),
        {{QStringLiteral("c"), id.value()}});
    if (!q) {
        return q.error();
    }
    QList<AlternateChain> chains;
    while (q->next()) {
        chains.append({q->value(0).toString(), q->value(1).toByteArray()});
    }
    m_chainCache.insert(id.value(), chains, generation);
    return chains;
}

VoidResult CaRepository::insertAlternateChain(const CaId &id, const AlternateChain &chain, qint64 createdAtMs)
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("INSERT INTO ca_chains (id, ca_id, root_subject_dn, chain_pem, created_at) "
                                    "VALUES (:id, :ca, :root, :pem, :at)"),
                     {{QStringLiteral("id"), RandomToken::make(16)},
                      {QStringLiteral("ca"), id.value()},
                      {QStringLiteral("root"), chain.first},
                      {QStringLiteral("pem"), QString::fromLatin1(chain.second)},
                      {QStringLiteral("at"), createdAtMs}});
    if (!q && q.error().code() == CoreError::Code::Conflict) {
        return CoreError(CoreError::Code::Conflict,
                         QStringLiteral("The CA already has a chain to %1").arg(chain.first));
    }
    if (!q) {
        return q.error();
    }
    m_cache.announceChange();
    return {};
}

VoidResult CaRepository::removeAlternateChain(const CaId &id, const QString &rootSubjectDn)
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("DELETE FROM ca_chains WHERE ca_id = :ca AND root_subject_dn = :root"),
                     {{QStringLiteral("ca"), id.value()}, {QStringLiteral("root"), rootSubjectDn}});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() == 0) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No alternate chain to '%1'").arg(rootSubjectDn));
    }
    m_cache.announceChange();
    return {};
}
