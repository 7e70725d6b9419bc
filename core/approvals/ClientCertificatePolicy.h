// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/approvals/ClientCertificateRule.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class CaService;
class IssuanceService;

/**
 * Decides whether a TLS client certificate may use an alias that requires one (reference 'ACME
 * with client authentication'):
 *  1. it chains (RFC 5280, at the current time) to one of the alias's trusted CAs, named as in
 *     Anvil; a trusted sub-CA must be on the path, not merely share its root;
 *  2. it carries no extended key usage, or clientAuth among them (RFC 5280 §4.2.1.12);
 *  3. it is not revoked: a certificate Anvil issued is looked up in the certificates table. One
 *     that is not there (issued by an imported CA whose certificates Anvil never saw) counts as
 *     not revoked, because Anvil holds no CRL of foreign CAs (a documented limit, see README);
 *  4. the alias's access rules: a matching deny rule refuses; when the alias has allow rules,
 *     one must match; with no rules, every certificate passing 1-3 may use the alias.
 * Thread-safe; each call uses the calling thread's connection.
 */
class ClientCertificatePolicy
{
public:
    ClientCertificatePolicy(std::shared_ptr<Database> db, CaService &cas, IssuanceService &issuance,
                            const Clock &clock);

    /** Ok, or Unauthorized with a detail a client may see. */
    VoidResult check(const QString &alias, const QStringList &trustedCas, const QByteArray &leafDer,
                     const QList<QByteArray> &chainDer);

    /** The subject DN of a DER certificate; empty when unreadable. */
    static QString subjectOf(const QByteArray &der);
    /** Lowercase hex SHA-256 of the DER certificate. */
    static QString fingerprintOf(const QByteArray &der);

    /**
     * Adds (or flips) a rule; `subjectOrFingerprint` is a SHA-256 fingerprint when it is 64 hex
     * digits (colons allowed), a subject DN otherwise. Audited.
     */
    VoidResult setRule(const QString &alias, const QString &subjectOrFingerprint, ClientCertificateRule::Effect effect,
                       const QString &actor);
    /** NotFound when there is no such rule. Audited. */
    VoidResult removeRule(const QString &alias, const QString &subjectOrFingerprint, const QString &actor);
    /** Rules of an alias (every alias when empty). */
    Result<QList<ClientCertificateRule>> rules(const QString &alias);

private:
    VoidResult checkChain(const QStringList &trustedCas, const QByteArray &leafDer, const QList<QByteArray> &chainDer);

    std::shared_ptr<Database> m_db;
    CaService &m_cas;
    IssuanceService &m_issuance;
    const Clock &m_clock;
    AuditLog m_audit;
};
