// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pki/CertificateRecord.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>

#include <memory>

class Database;

/**
 * The certificates table. `sans` holds the identifiers as ACME-style JSON:
 * [{"type":"dns","value":"a.example"},{"type":"ip","value":"192.0.2.1"}].
 */
class CertificateRepository
{
public:
    explicit CertificateRepository(std::shared_ptr<Database> db);

    /** Conflict when the id, the serial or the order already has a certificate. */
    VoidResult insert(const CertificateRecord &record);
    /** NotFound when absent. */
    Result<CertificateRecord> findById(const CertificateId &id) const;
    Result<CertificateRecord> findBySerial(const QString &serialHex) const;
    /** Every certificate of `caId` with status "revoked" (for the CRL). */
    Result<QList<CertificateRecord>> revokedByCa(const CaId &caId) const;
    /** Every valid certificate of an end entity. */
    Result<QList<CertificateRecord>> validByEndEntity(const QString &endEntity) const;
    /** Sets status "revoked" when still valid: Conflict when already revoked, NotFound when absent. */
    VoidResult markRevoked(const CertificateId &id, const QDateTime &at, int reason);
    Result<qint64> count() const;

private:
    Result<QList<CertificateRecord>> select(const QString &where, const QVariantMap &args) const;

    std::shared_ptr<Database> m_db;
};
