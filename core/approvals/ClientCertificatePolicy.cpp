// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/approvals/ClientCertificatePolicy.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/X509Certificate.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

CoreError refused(const QString &detail)
{
    return CoreError(CoreError::Code::Unauthorized, detail);
}

/** (match, normalised value) of what an admin typed. */
QPair<ClientCertificateRule::Match, QString> parseMatch(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression sha256(QStringLiteral("^[0-9A-Fa-f]{64}$"));
    if (sha256.match(hex).hasMatch()) {
        return {ClientCertificateRule::Match::Fingerprint, hex.toLower()};
    }
    return {ClientCertificateRule::Match::Subject, text.trimmed()};
}

} // namespace

ClientCertificatePolicy::ClientCertificatePolicy(std::shared_ptr<Database> db, CaService &cas,
                                                 IssuanceService &issuance, const Clock &clock)
    : m_db(std::move(db))
    , m_cas(cas)
    , m_issuance(issuance)
    , m_clock(clock)
    , m_audit(m_db, clock)
{
}

QString ClientCertificatePolicy::subjectOf(const QByteArray &der)
{
    Result<X509Certificate> c = X509Certificate::fromDer(der);
    return c ? c->subjectDn() : QString();
}

QString ClientCertificatePolicy::fingerprintOf(const QByteArray &der)
{
    return QString::fromLatin1(Crypto::sha256(der).toHex());
}

VoidResult ClientCertificatePolicy::checkChain(const QStringList &trustedCas, const QByteArray &leafDer,
                                               const QList<QByteArray> &chainDer)
{
    Result<X509Certificate> leaf = X509Certificate::fromDer(leafDer);
    if (!leaf) {
        return refused(QStringLiteral("The client certificate cannot be parsed"));
    }
    QList<X509Certificate> sent;
    for (const QByteArray &der : chainDer) {
        if (Result<X509Certificate> c = X509Certificate::fromDer(der); c) {
            sent << *c;
        }
    }
    // Clients often send the leaf alone: Anvil's own CAs help build the path (as untrusted helpers;
    // only the trusted CA's root anchors it).
    if (Result<QList<CertificateAuthority>> known = m_cas.list(); known) {
        for (const CertificateAuthority &ca : *known) {
            sent << ca.certificate;
        }
    }
    const QDateTime now = m_clock.now();
    if (now < leaf->notBefore() || now > leaf->notAfter()) {
        return refused(QStringLiteral("The client certificate is not within its validity period"));
    }
    for (const QString &name : trustedCas) {
        Result<CertificateAuthority> ca = m_cas.find(name);
        if (!ca) {
            continue; // a CA removed or renamed since the alias was saved trusts nobody
        }
        Result<QList<X509Certificate>> caChain = m_cas.chain(ca->id);
        if (!caChain || caChain->isEmpty()) {
            continue;
        }
        // The root of the trusted CA's chain anchors the path; everything else only helps build it.
        QList<QByteArray> helpers;
        for (const X509Certificate &c : sent) {
            helpers << c.toDer();
        }
        for (int i = 0; i + 1 < caChain->size(); ++i) {
            helpers << caChain->at(i).toDer();
        }
        if (!X509Certificate::verifyChain(leafDer, helpers, {caChain->last().toDer()}, now)) {
            continue;
        }
        // A trusted sub-CA must be on the path itself: its siblings under the same root are not trusted.
        QList<X509Certificate> candidates = sent;
        candidates << *caChain;
        X509Certificate current = *leaf;
        for (int depth = 0; depth < 8; ++depth) {
            if (current.isIssuedBy(ca->certificate)) {
                return {};
            }
            bool stepped = false;
            for (const X509Certificate &c : candidates) {
                if (c.toDer() != current.toDer() && current.isIssuedBy(c)) {
                    current = c;
                    stepped = true;
                    break;
                }
            }
            if (!stepped) {
                break;
            }
        }
    }
    return refused(QStringLiteral("The client certificate does not chain to a CA this ACME alias trusts"));
}

VoidResult ClientCertificatePolicy::check(const QString &alias, const QStringList &trustedCas,
                                          const QByteArray &leafDer, const QList<QByteArray> &chainDer)
{
    if (leafDer.isEmpty()) {
        return refused(QStringLiteral("This ACME alias requires a TLS client certificate"));
    }
    if (VoidResult chain = checkChain(trustedCas, leafDer, chainDer); !chain) {
        return chain;
    }
    Result<X509Certificate> leaf = X509Certificate::fromDer(leafDer);
    const QStringList eku = leaf->extendedKeyUsages();
    if (!eku.isEmpty() && !eku.contains(QStringLiteral("clientAuth"))
        && !eku.contains(QStringLiteral("2.5.29.37.0"))) { // anyExtendedKeyUsage
        return refused(QStringLiteral("The client certificate is not for TLS client authentication"));
    }
    Result<CertificateRecord> record = m_issuance.findByDer(leafDer);
    if (record && record->isRevoked()) {
        return refused(QStringLiteral("The client certificate has been revoked"));
    }
    if (!record && record.error().code() != CoreError::Code::NotFound) {
        return record.error();
    }

    Result<QList<ClientCertificateRule>> all = rules(alias);
    if (!all) {
        return all.error();
    }
    const QString subject = leaf->subjectDn();
    const QString fingerprint = fingerprintOf(leafDer);
    bool hasAllow = false;
    bool allowed = false;
    for (const ClientCertificateRule &r : *all) {
        const bool matches
            = r.match == ClientCertificateRule::Match::Subject ? r.value == subject : r.value == fingerprint;
        if (r.effect == ClientCertificateRule::Effect::Deny && matches) {
            return refused(QStringLiteral("This client certificate may not use this ACME alias"));
        }
        if (r.effect == ClientCertificateRule::Effect::Allow) {
            hasAllow = true;
            allowed = allowed || matches;
        }
    }
    if (hasAllow && !allowed) {
        return refused(QStringLiteral("This client certificate may not use this ACME alias"));
    }
    return {};
}

VoidResult ClientCertificatePolicy::setRule(const QString &alias, const QString &subjectOrFingerprint,
                                            ClientCertificateRule::Effect effect, const QString &actor)
{
    const auto [match, value] = parseMatch(subjectOrFingerprint);
    if (alias.isEmpty() || value.isEmpty()) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Name an alias and a subject DN or SHA-256 fingerprint"));
    }
    const QString object
        = alias + QLatin1Char('/') + ClientCertificateRule::matchName(match) + QLatin1Char('=') + value;
    return m_db->transaction([&, match = match, value = value]() -> VoidResult {
        Result<QSqlQuery> del = m_db->exec(
            QStringLiteral("DELETE FROM client_cert_rules WHERE alias = :a AND match_type = :m AND match_value = :v"),
            {{QStringLiteral("a"), alias},
             {QStringLiteral("m"), ClientCertificateRule::matchName(match)},
             {QStringLiteral("v"), value}});
        if (!del) {
            return del.error();
        }
        Result<QSqlQuery> ins = m_db->exec(
            QStringLiteral("INSERT INTO client_cert_rules (id, alias, match_type, match_value, effect, created_at, "
                           "created_by) VALUES (:id, :a, :m, :v, :e, :t, :by)"),
            {{QStringLiteral("id"), Crypto::randomId(12)},
             {QStringLiteral("a"), alias},
             {QStringLiteral("m"), ClientCertificateRule::matchName(match)},
             {QStringLiteral("v"), value},
             {QStringLiteral("e"), ClientCertificateRule::effectName(effect)},
             {QStringLiteral("t"), m_clock.nowMs()},
             {QStringLiteral("by"), actor}});
        if (!ins) {
            return ins.error();
        }
        return m_audit.append(actor, QStringLiteral("clientcert.") + ClientCertificateRule::effectName(effect), object);
    });
}

VoidResult ClientCertificatePolicy::removeRule(const QString &alias, const QString &subjectOrFingerprint,
                                               const QString &actor)
{
    const auto [match, value] = parseMatch(subjectOrFingerprint);
    const QString object
        = alias + QLatin1Char('/') + ClientCertificateRule::matchName(match) + QLatin1Char('=') + value;
    return m_db->transaction([&, match = match, value = value]() -> VoidResult {
        Result<QSqlQuery> del = m_db->exec(
            QStringLiteral("DELETE FROM client_cert_rules WHERE alias = :a AND match_type = :m AND match_value = :v"),
            {{QStringLiteral("a"), alias},
             {QStringLiteral("m"), ClientCertificateRule::matchName(match)},
             {QStringLiteral("v"), value}});
        if (!del) {
            return del.error();
        }
        if (del->numRowsAffected() == 0) {
            return CoreError(CoreError::Code::NotFound, QStringLiteral("No such rule for alias '%1'").arg(alias));
        }
        return m_audit.append(actor, QStringLiteral("clientcert.remove"), object);
    });
}

Result<QList<ClientCertificateRule>> ClientCertificatePolicy::rules(const QString &alias)
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT alias, match_type, match_value, effect, created_at, created_by FROM client_cert_rules "
                       "WHERE (:all = 1 OR alias = :a) ORDER BY alias, created_at, match_value"),
        {{QStringLiteral("all"), alias.isEmpty() ? 1 : 0}, {QStringLiteral("a"), alias}});
    if (!q) {
        return q.error();
    }
    QList<ClientCertificateRule> out;
    while (q->next()) {
        ClientCertificateRule r;
        r.alias = q->value(0).toString();
        r.match = q->value(1).toString() == QLatin1String("fingerprint") ? ClientCertificateRule::Match::Fingerprint
                                                                         : ClientCertificateRule::Match::Subject;
        r.value = q->value(2).toString();
        r.effect = q->value(3).toString() == QLatin1String("deny") ? ClientCertificateRule::Effect::Deny
                                                                   : ClientCertificateRule::Effect::Allow;
        r.createdAt = QDateTime::fromMSecsSinceEpoch(q->value(4).toLongLong(), Qt::UTC);
        r.createdBy = q->value(5).toString();
        out << r;
    }
    return out;
}
