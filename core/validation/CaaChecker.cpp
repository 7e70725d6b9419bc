// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/CaaChecker.h"

#include "core/validation/ValidationDeadline.h"

namespace {

/** RFC 8659 §4.2: issuer-domain-name *(";" parameter); parameters are tag=value. */
struct IssueValue
{
    QString issuer; // empty: nobody may issue
    QList<QPair<QString, QString>> parameters;
    bool wellFormed = true;
};

IssueValue parseIssueValue(const QString &value)
{
    IssueValue v;
    const QStringList parts = value.split(QLatin1Char(';'));
    v.issuer = parts.first().trimmed().toLower();
    for (int i = 1; i < parts.size(); ++i) {
        const QString p = parts.at(i).trimmed();
        if (p.isEmpty()) {
            continue;
        }
        const int eq = p.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            v.wellFormed = false;
            continue;
        }
        v.parameters.append({p.left(eq).trimmed().toLower(), p.mid(eq + 1).trimmed()});
    }
    return v;
}

QString shown(const QString &s)
{
    QString out = s.left(200);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f) {
            c = QLatin1Char('?');
        }
    }
    return out;
}

} // namespace

bool CaaChecker::parse(const QByteArray &rdata, Property *out)
{
    // RFC 8659 §4.1: flags (1 octet), tag length (1 octet, 1..15), tag, value (the rest).
    if (rdata.size() < 2) {
        return false;
    }
    const auto flags = static_cast<unsigned char>(rdata.at(0));
    const int tagLength = static_cast<unsigned char>(rdata.at(1));
    if (tagLength < 1 || tagLength > 15 || rdata.size() < 2 + tagLength) {
        return false;
    }
    out->critical = (flags & 0x80) != 0;
    out->tag = QString::fromLatin1(rdata.mid(2, tagLength)).toLower();
    out->value = QString::fromUtf8(rdata.mid(2 + tagLength));
    return true;
}

QString CaaChecker::toText(const Property &p)
{
    return QStringLiteral("%1 %2 \"%3\"").arg(p.critical ? 128 : 0).arg(shown(p.tag), shown(p.value));
}

ValidationOutcome CaaChecker::evaluate(const QString &domain, const QList<Property> &records, bool wildcard,
                                       const QStringList &caaIdentities, const QString &accountUri,
                                       const QString &challengeType)
{
    auto refuse = [&domain](const QString &why) {
        return ValidationOutcome::failure(QStringLiteral("caa"),
                                          QStringLiteral("CAA for %1 forbids issuance: %2").arg(domain, why));
    };
    QList<Property> issue;
    QList<Property> issueWild;
    for (const Property &p : records) {
        if (p.tag == QLatin1String("issue")) {
            issue << p;
        } else if (p.tag == QLatin1String("issuewild")) {
            issueWild << p;
        } else if (p.critical && p.tag != QLatin1String("iodef")) {
            // RFC 8659 §4.1: an unknown critical property forbids issuance.
            return refuse(QStringLiteral("unknown critical property %1").arg(toText(p)));
        }
    }
    // RFC 8659 §4.3: issuewild, when present, governs wildcard names; issue governs otherwise.
    const QList<Property> &relevant = wildcard && !issueWild.isEmpty() ? issueWild : issue;
    if (relevant.isEmpty()) {
        return ValidationOutcome::success();
    }
    QStringList reasons;
    for (const Property &p : relevant) {
        const IssueValue v = parseIssueValue(p.value);
        if (!v.wellFormed || v.issuer.isEmpty() || !caaIdentities.contains(v.issuer, Qt::CaseInsensitive)) {
            reasons << toText(p);
            continue;
        }
        bool allowed = true;
        for (const auto &[key, value] : v.parameters) {
            if (key == QLatin1String("accounturi") && value != accountUri) {
                // RFC 8657 §3: only the named account may get certificates through this record.
                allowed = false;
            } else if (key == QLatin1String("validationmethods")
                       && !value.split(QLatin1Char(','), Qt::SkipEmptyParts).contains(challengeType)) {
                // RFC 8657 §4: only the listed ACME challenge types may prove control.
                allowed = false;
            }
        }
        if (allowed) {
            return ValidationOutcome::success();
        }
        reasons << toText(p);
    }
    return refuse(
        QStringLiteral("%1 %2").arg(reasons.size() == 1 ? QStringLiteral("the record") : QStringLiteral("the records"),
                                    reasons.join(QStringLiteral(", "))));
}

ValidationOutcome CaaChecker::check(const ChallengeTask &task)
{
    if (task.identifierType != QLatin1String("dns")) {
        return ValidationOutcome::success(); // RFC 8659 applies to domain names
    }
    const ValidationDeadline deadline(task.policy.timeoutMs);
    DnsResolver resolver(task.policy);
    // RFC 8659 §3: climb from the name towards the root until a CAA RRset is found. Anvil stops
    // below the top-level domain (as RFC 6844 did): internal PKIs use TLDs no resolver serves.
    QString name = task.identifierValue.toLower();
    if (name.endsWith(QLatin1Char('.'))) {
        name.chop(1);
    }
    while (name.contains(QLatin1Char('.'))) {
        Result<DnsResolver::Answer> answer = resolver.lookup(name, DnsResolver::RecordType::Caa, deadline);
        if (!answer) {
            // RFC 8659 §3 (and CA/B BR 3.2.2.8): a failed lookup is not permission.
            return ValidationOutcome::failure(
                QStringLiteral("dns"),
                QStringLiteral("CAA lookup for %1 failed: %2").arg(name, answer.error().detail()));
        }
        if (answer->security == DnsResolver::Security::Bogus) {
            return ValidationOutcome::failure(
                QStringLiteral("dns"),
                QStringLiteral("DNSSEC validation of CAA at %1 failed: %2").arg(name, answer->whyBogus));
        }
        if (answer->hasData()) {
            QList<Property> records;
            for (const QByteArray &rdata : std::as_const(answer->rdata)) {
                Property p;
                if (!parse(rdata, &p)) {
                    return ValidationOutcome::failure(QStringLiteral("caa"),
                                                      QStringLiteral("Malformed CAA record at %1").arg(name));
                }
                records << p;
            }
            return evaluate(name, records, task.wildcard, task.policy.caaIdentities, task.policy.caaAccountUri,
                            task.type);
        }
        name = name.mid(name.indexOf(QLatin1Char('.')) + 1);
    }
    return ValidationOutcome::success();
}
