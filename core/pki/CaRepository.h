// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pki/CertificateAuthority.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>

#include <memory>

class Database;

/** The cas table. Key blobs pass through sealed; this class never sees a plaintext key. */
class CaRepository
{
public:
    explicit CaRepository(std::shared_ptr<Database> db);

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

private:
    Result<QList<CertificateAuthority>> select(const QString &where, const QVariantMap &args) const;

    std::shared_ptr<Database> m_db;
};
