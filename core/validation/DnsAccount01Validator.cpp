// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/DnsAccount01Validator.h"

#include "core/validation/Dns01Validator.h"

#include <QCryptographicHash>

namespace {

/** RFC 4648 §6 base32 in lower case without padding (the input here is 10 octets: 16 characters). */
QString base32Lower(const QByteArray &data)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz234567";
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : data) {
        buffer = (buffer << 8) | static_cast<unsigned char>(byte);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(alphabet[(buffer >> (bits - 5)) & 0x1f]));
            bits -= 5;
        }
    }
    if (bits > 0) {
        out.append(QLatin1Char(alphabet[(buffer << (5 - bits)) & 0x1f]));
    }
    return out;
}

} // namespace

QString DnsAccount01Validator::accountLabel(const QString &accountUrl)
{
    const QByteArray digest = QCryptographicHash::hash(accountUrl.toUtf8(), QCryptographicHash::Sha256);
    return QLatin1Char('_') + base32Lower(digest.left(10));
}

QString DnsAccount01Validator::challengeName(const QString &domain, const QString &accountUrl)
{
    return accountLabel(accountUrl) + QLatin1Char('.') + Dns01Validator::challengeName(domain);
}

ValidationOutcome DnsAccount01Validator::validate(const ChallengeTask &task) const
{
    QString domain;
    if (ValidationOutcome checked = Dns01Validator::checkDnsIdentifier(task, &domain); !checked.valid) {
        return checked;
    }
    if (task.accountUrl.isEmpty()) {
        // The engine always sets it; without it there is no name to look at.
        return ValidationOutcome::failure(QStringLiteral("serverInternal"),
                                          QStringLiteral("dns-account-01 needs the account URL"));
    }
    return Dns01Validator::checkDigestAt(task, challengeName(domain, task.accountUrl));
}
