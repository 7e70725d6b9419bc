// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/DnsPersist01Validator.h"

#include "core/validation/Dns01Validator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <optional>

namespace {

const QString kHashAlgorithm = QStringLiteral("sha-256"); // RFC 6920 §9.4 Hash Name String

/** One record of this CA, checked; failure carries the problem when it does not validate. */
struct RecordCheck
{
    bool valid = false;
    QString problemType;
    QString detail;
    qint64 validUntilMs = 0;
};

QString shown(const QString &s)
{
    QString out = s.left(120);
    for (QChar &c : out) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f) {
            c = QLatin1Char('?');
        }
    }
    return QLatin1Char('"') + out + (s.size() > 120 ? QStringLiteral("...\"") : QStringLiteral("\""));
}

QString trimmedWsp(const QString &s)
{
    // RFC 8659 §4.2: WSP is space and horizontal tab.
    int begin = 0;
    int end = s.size();
    while (begin < end && (s.at(begin) == QLatin1Char(' ') || s.at(begin) == QLatin1Char('\t'))) {
        ++begin;
    }
    while (end > begin && (s.at(end - 1) == QLatin1Char(' ') || s.at(end - 1) == QLatin1Char('\t'))) {
        --end;
    }
    return s.mid(begin, end - begin);
}

/** §3.1 normalization for comparing issuer domain names: lower case, no trailing dot. */
QString normalizedIssuer(const QString &s)
{
    QString n = s.toLower();
    if (n.endsWith(QLatin1Char('.'))) {
        n.chop(1);
    }
    return n;
}

RecordCheck refuse(const QString &type, const QString &detail)
{
    RecordCheck r;
    r.problemType = type;
    r.detail = detail;
    return r;
}

RecordCheck checkRecord(const QString &domain, const QString &name, const QStringList &parts, const ChallengeTask &task)
{
    static const QRegularExpression tagSyntax(QStringLiteral("^[A-Za-z0-9](-*[A-Za-z0-9])*$"));
    static const QRegularExpression valueSyntax(QStringLiteral("^[\\x21-\\x3a\\x3c-\\x7e]*$"));
    static const QRegularExpression hashSyntax(QStringLiteral("^[A-Za-z0-9_-]{43}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,15}$"));

    QMap<QString, QString> parameters; // lower-case tag → value
    for (int i = 1; i < parts.size(); ++i) {
        const QString p = trimmedWsp(parts.at(i));
        if (p.isEmpty()) {
            continue;
        }
        const int eq = p.indexOf(QLatin1Char('='));
        const QString tag = eq < 0 ? p : trimmedWsp(p.left(eq));
        const QString value = eq < 0 ? QString() : trimmedWsp(p.mid(eq + 1));
        if (eq < 0 || !tagSyntax.match(tag).hasMatch() || !valueSyntax.match(value).hasMatch()) {
            return refuse(QStringLiteral("malformed"),
                          QStringLiteral("Malformed parameter %1 in the TXT record at %2").arg(shown(p), name));
        }
        const QString key = tag.toLower();
        if (parameters.contains(key)) {
            return refuse(QStringLiteral("malformed"),
                          QStringLiteral("Duplicate parameter %1 in the TXT record at %2").arg(tag, name));
        }
        parameters.insert(key, value);
    }

    // §4.1 item 3: the mandatory accounturi is a hashed URI under this CA's prefix.
    if (!parameters.contains(QStringLiteral("accounturi"))) {
        return refuse(QStringLiteral("malformed"),
                      QStringLiteral("The TXT record at %1 for this CA has no accounturi parameter").arg(name));
    }
    const QString accountUri = parameters.value(QStringLiteral("accounturi"));
    if (!accountUri.startsWith(task.accountHashPrefix)) {
        return refuse(QStringLiteral("malformed"),
                      QStringLiteral("accounturi %1 at %2 is not a hashed account URI under %3")
                          .arg(shown(accountUri), name, task.accountHashPrefix));
    }
    const QString hashed = accountUri.mid(task.accountHashPrefix.size());
    const int slash = hashed.indexOf(QLatin1Char('/'));
    if (slash < 0 || hashed.left(slash) != kHashAlgorithm) {
        return refuse(QStringLiteral("malformed"),
                      QStringLiteral("accounturi %1 at %2 does not use the sha-256 hash algorithm, the only one "
                                     "this CA accepts")
                          .arg(shown(accountUri), name));
    }
    if (!hashSyntax.match(hashed.mid(slash + 1)).hasMatch()) {
        return refuse(QStringLiteral("malformed"),
                      QStringLiteral("accounturi %1 at %2 does not end in 43 characters of base64url")
                          .arg(shown(accountUri), name));
    }

    // §4.1 item 5: persistUntil is a base-10 UNIX time; after it the record no longer validates.
    qint64 validUntilMs = 0;
    if (parameters.contains(QStringLiteral("persistuntil"))) {
        const QString value = parameters.value(QStringLiteral("persistuntil"));
        if (!digits.match(value).hasMatch()) {
            return refuse(QStringLiteral("malformed"),
                          QStringLiteral("persistUntil %1 at %2 is not a base-10 UNIX time").arg(shown(value), name));
        }
        validUntilMs = value.toLongLong() * 1000;
        if (task.nowMs >= validUntilMs) {
            return refuse(
                QStringLiteral("unauthorized"),
                QStringLiteral("The TXT record at %1 expired at %2 (persistUntil=%3)")
                    .arg(name, QDateTime::fromMSecsSinceEpoch(validUntilMs, Qt::UTC).toString(Qt::ISODate), value));
        }
    }

    // §4.2: recompute over every retained key, with the domain and with the "*" opt-out.
    bool ours = false;
    for (const QString &thumbprint : task.accountKeyThumbprints) {
        for (const QString &d : {domain, QStringLiteral("*")}) {
            if (accountUri
                == DnsPersist01Validator::hashedAccountUri(task.accountHashPrefix, d, thumbprint, task.accountUrl)) {
                ours = true;
            }
        }
        if (ours) {
            break;
        }
    }
    if (!ours) {
        return refuse(QStringLiteral("unauthorized"),
                      QStringLiteral("accounturi %1 at %2 does not identify this account (%3)")
                          .arg(shown(accountUri), name, task.accountUrl));
    }

    // §5: only policy=wildcard (case-insensitive) extends the record to wildcard certificates.
    if (task.wildcard
        && parameters.value(QStringLiteral("policy")).compare(QLatin1String("wildcard"), Qt::CaseInsensitive) != 0) {
        return refuse(QStringLiteral("unauthorized"),
                      QStringLiteral("The TXT record at %1 has no policy=wildcard, which a wildcard certificate for "
                                     "*.%2 needs")
                          .arg(name, domain));
    }
    RecordCheck ok;
    ok.valid = true;
    ok.validUntilMs = validUntilMs;
    return ok;
}

} // namespace

QString DnsPersist01Validator::validationName(const QString &domain)
{
    return QStringLiteral("_validation-persist.") + domain;
}

QString DnsPersist01Validator::hashedAccountUri(const QString &accountHashPrefix, const QString &domain,
                                                const QString &thumbprint, const QString &accountUrl)
{
    const QByteArray d = domain.toLatin1();
    QByteArray input;
    input.append(static_cast<char>(static_cast<unsigned char>(d.size() & 0xff)));
    input.append(d);
    input.append(thumbprint.toLatin1());
    input.append(accountUrl.toUtf8());
    const QByteArray digest = QCryptographicHash::hash(input, QCryptographicHash::Sha256);
    return accountHashPrefix + kHashAlgorithm + QLatin1Char('/')
        + QString::fromLatin1(digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

ValidationOutcome DnsPersist01Validator::evaluate(const QString &domain, const QList<QByteArray> &records,
                                                  const ChallengeTask &task)
{
    const QString name = validationName(domain);
    std::optional<RecordCheck> firstFailure;
    int failures = 0;
    for (const QByteArray &record : records) {
        const QStringList parts = QString::fromUtf8(record).split(QLatin1Char(';'));
        // §4.3.2 step 2: records naming another issuer are someone else's and are ignored.
        if (!task.issuerDomainNames.contains(normalizedIssuer(trimmedWsp(parts.first())))) {
            continue;
        }
        const RecordCheck check = checkRecord(domain, name, parts, task);
        if (check.valid) {
            ValidationOutcome ok = ValidationOutcome::success();
            ok.validUntilMs = check.validUntilMs;
            return ok;
        }
        ++failures;
        if (!firstFailure) {
            firstFailure = check;
        }
    }
    if (!firstFailure) {
        return ValidationOutcome::failure(
            QStringLiteral("unauthorized"),
            QStringLiteral("No TXT record at %1 names an issuer domain name of this CA (%2); found %3")
                .arg(name, task.issuerDomainNames.join(QStringLiteral(", ")), Dns01Validator::shownRecords(records)));
    }
    QString detail = firstFailure->detail;
    if (failures > 1) {
        detail += QStringLiteral(" (and %1 more record(s) for this CA that do not validate)").arg(failures - 1);
    }
    return ValidationOutcome::failure(firstFailure->problemType, detail);
}

ValidationOutcome DnsPersist01Validator::validate(const ChallengeTask &task) const
{
    QString domain;
    if (ValidationOutcome checked = Dns01Validator::checkDnsIdentifier(task, &domain); !checked.valid) {
        return checked;
    }
    if (task.issuerDomainNames.isEmpty() || task.accountUrl.isEmpty() || task.accountKeyThumbprints.isEmpty()
        || task.accountHashPrefix.isEmpty()) {
        // The engine fills these in; an alias without issuer domain names never offers the type.
        return ValidationOutcome::failure(QStringLiteral("serverInternal"),
                                          QStringLiteral("dns-persist-01 is not configured for this validation"));
    }
    QList<QByteArray> records;
    if (ValidationOutcome found = Dns01Validator::lookupTxt(task, validationName(domain), &records); !found.valid) {
        return found;
    }
    return evaluate(domain, records, task);
}
