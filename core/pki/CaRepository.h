// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pki/CertificateAuthority.h"
#include "core/storage/BeaconCache.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <memory>

class Database;

/**
 * The cas and ca_chains tables. Key blobs pass through sealed; this class never sees a plaintext
 * key.
 *
 * With a clock, CAs found by id or name and alternate chains are kept in memory behind the "cas"
 * change beacon (BeaconCache): every issuance reads its CA, and CAs change rarely. Every write
 * here announces itself, in this process or another (the CLI, a console).
 */
class CaRepository
{
public:
    explicit CaRepository(std::shared_ptr<Database> db, const Clock *clock = nullptr);

    /** Conflict when the name (or id) is taken. */
    VoidResult insert(const CertificateAuthority &ca, const QByteArray &sealedKey);
    /** NotFound when absent. */
    Result<CertificateAuthority> findById(const CaId &id) const;
    Result<CertificateAuthority> findByName(const QString &name) const;
    /** By SHA-256 of the certificate; NotFound when absent. */
    Result<CertificateAuthority> findByCertificate(const QByteArray &der) const;
    Result<QList<CertificateAuthority>> list() const;
    /** The sealed key (cas.key_enc); NotFound when the CA has none. */
    Result<QByteArray> sealedKey(const CaId &id) const;
    /** Increments cas.crl_number and returns the new value (call inside a transaction). */
    Result<qint64> nextCrlNumber(const CaId &id);
    VoidResult setRenewEarlyAt(const CaId &id, qint64 ms);

    /** A chain to another root, registered for a CA: that root's subject DN and the chain's PEM. */
    using AlternateChain = QPair<QString, QByteArray>;
    /** The CA's alternate chains (RFC 8555 §7.4.2, e.g. cross-signed), oldest first. */
    Result<QList<AlternateChain>> alternateChains(const CaId &id) const;
    /** Registers a chain (CaService::addAlternateChain checks it first); Conflict when the CA
     *  already has one to that root. */
    VoidResult insertAlternateChain(const CaId &id, const AlternateChain &chain, qint64 createdAtMs);
    /** NotFound when the CA has no chain to that root. */
    VoidResult removeAlternateChain(const CaId &id, const QString &rootSubjectDn);

private:
    Result<QList<CertificateAuthority>> select(const QString &where, const QVariantMap &args) const;
    Result<CertificateAuthority> findOne(const QString &cacheKey, const QString &where, const QVariantMap &args,
                                         const QString &notFound) const;

    std::shared_ptr<Database> m_db;
    BeaconCache<CertificateAuthority> m_cache; // by "id:<id>" and "name:<name>"
    BeaconCache<QList<AlternateChain>> m_chainCache; // by CA id, same beacon
};
