// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/Dns01Validator.h"

#include "core/validation/ChallengeTarget.h"
#include "core/validation/DnsResolver.h"
#include "core/validation/KeyAuthorizationDigest.h"
#include "core/validation/ValidationDeadline.h"

#include <openssl/crypto.h>

namespace {

constexpr int kMaxShownRecords = 3;
constexpr int kMaxShownLength = 100;

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), static_cast<size_t>(a.size())) == 0;
}

} // namespace

QString Dns01Validator::shownRecords(const QList<QByteArray> &records)
{
    QStringList shown;
    for (int i = 0; i < records.size() && i < kMaxShownRecords; ++i) {
        QString text = QString::fromLatin1(records.at(i).left(kMaxShownLength));
        for (QChar &c : text) {
            if (c.unicode() < 0x20 || c.unicode() >= 0x7f) {
                c = QLatin1Char('?');
            }
        }
        shown.append(QLatin1Char('"') + text + QLatin1Char('"'));
    }
    if (records.size() > kMaxShownRecords) {
        shown.append(QStringLiteral("and %1 more").arg(records.size() - kMaxShownRecords));
    }
    return shown.join(QStringLiteral(", "));
}

QString Dns01Validator::challengeName(const QString &domain)
{
    return QStringLiteral("_acme-challenge.") + domain;
}

ValidationOutcome Dns01Validator::checkDnsIdentifier(const ChallengeTask &task, QString *domain)
{
    Result<ChallengeTarget> target = ChallengeTarget::fromTask(task);
    if (!target) {
        return ValidationOutcome::failure(target.error().code() == CoreError::Code::Malformed
                                              ? QStringLiteral("malformed")
                                              : QStringLiteral("rejectedIdentifier"),
                                          target.error().detail());
    }
    if (target->isIp()) {
        return ValidationOutcome::failure(
            QStringLiteral("rejectedIdentifier"),
            QStringLiteral("%1 cannot validate IP identifiers (RFC 8738 §7)").arg(task.type.left(32)));
    }
    *domain = target->identifier();
    return ValidationOutcome::success();
}

ValidationOutcome Dns01Validator::lookupTxt(const ChallengeTask &task, const QString &name, QList<QByteArray> *records)
{
    const ValidationDeadline deadline(task.policy.timeoutMs);
    DnsResolver resolver(task.policy);
    Result<DnsResolver::Answer> answer = resolver.lookup(name, DnsResolver::RecordType::Txt, deadline);
    if (!answer) {
        return ValidationOutcome::failure(answer.error().code() == CoreError::Code::Internal
                                              ? QStringLiteral("serverInternal")
                                              : QStringLiteral("dns"),
                                          answer.error().detail());
    }
    if (answer->security == DnsResolver::Security::Bogus) {
        return ValidationOutcome::failure(
            QStringLiteral("dns"),
            QStringLiteral("DNSSEC validation failed for TXT %1: %2").arg(name, answer->whyBogus));
    }
    if (answer->security == DnsResolver::Security::Insecure && task.policy.requireDnssec) {
        return ValidationOutcome::failure(
            QStringLiteral("dns"),
            QStringLiteral("DNSSEC validation required but the answer is insecure (TXT %1 is not signed)").arg(name));
    }
    *records = answer->txtRecords();
    if (records->isEmpty()) {
        return ValidationOutcome::failure(QStringLiteral("unauthorized"),
                                          answer->nxDomain
                                              ? QStringLiteral("No TXT record found at %1 (NXDOMAIN)").arg(name)
                                              : QStringLiteral("No TXT record found at %1").arg(name));
    }
    return ValidationOutcome::success();
}

ValidationOutcome Dns01Validator::checkDigestAt(const ChallengeTask &task, const QString &name)
{
    QList<QByteArray> records;
    if (ValidationOutcome found = lookupTxt(task, name, &records); !found.valid) {
        return found;
    }
    const QByteArray expected = KeyAuthorizationDigest::dnsTxtValue(task.keyAuthorization).toLatin1();
    for (const QByteArray &record : std::as_const(records)) {
        if (constantTimeEquals(record, expected)) {
            return ValidationOutcome::success();
        }
    }
    return ValidationOutcome::failure(QStringLiteral("incorrectResponse"),
                                      QStringLiteral("Incorrect TXT record %1 found at %2 (expected \"%3\")")
                                          .arg(shownRecords(records), name, QString::fromLatin1(expected)));
}

ValidationOutcome Dns01Validator::validate(const ChallengeTask &task) const
{
    QString domain;
    if (ValidationOutcome checked = checkDnsIdentifier(task, &domain); !checked.valid) {
        return checked;
    }
    return checkDigestAt(task, challengeName(domain));
}
