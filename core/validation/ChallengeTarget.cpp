// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/ChallengeTarget.h"

#include <QRegularExpression>

Result<ChallengeTarget> ChallengeTarget::fromTask(const ChallengeTask &task)
{
    ChallengeTarget target;
    // RFC 8555 §8.1: tokens are base64url; anything else could smuggle a path or header.
    static const QRegularExpression tokenPattern(QStringLiteral("^[A-Za-z0-9_-]{1,256}$"));
    if (!tokenPattern.match(task.token).hasMatch()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("The challenge token is not base64url"));
    }
    target.m_token = task.token;

    if (task.identifierType == QLatin1String("dns")) {
        QString name = task.identifierValue.toLower();
        if (name.endsWith(QLatin1Char('.'))) {
            name.chop(1);
        }
        if (!isValidDnsName(name)) {
            return CoreError(CoreError::Code::RejectedIdentifier,
                             QStringLiteral("\"%1\" is not a valid DNS name").arg(task.identifierValue.left(255)));
        }
        target.m_identifier = name;
        return target;
    }
    if (task.identifierType == QLatin1String("ip")) {
        QHostAddress address;
        // QHostAddress also takes "127.1" and scoped IPv6; RFC 8738 §3 wants the plain text forms.
        if (task.identifierValue.contains(QLatin1Char('%')) || !address.setAddress(task.identifierValue)
            || (address.protocol() == QAbstractSocket::IPv4Protocol
                && task.identifierValue.count(QLatin1Char('.')) != 3)) {
            return CoreError(CoreError::Code::RejectedIdentifier,
                             QStringLiteral("\"%1\" is not a valid IP address").arg(task.identifierValue.left(64)));
        }
        target.m_address = address;
        target.m_identifier = address.toString();
        return target;
    }
    return CoreError(CoreError::Code::RejectedIdentifier,
                     QStringLiteral("Unsupported identifier type \"%1\"").arg(task.identifierType.left(32)));
}

QString ChallengeTarget::urlHost() const
{
    if (isIp() && m_address.protocol() == QAbstractSocket::IPv6Protocol) {
        return QLatin1Char('[') + m_identifier + QLatin1Char(']');
    }
    return m_identifier;
}

QString ChallengeTarget::tlsServerName() const
{
    return isIp() ? reverseName(m_address) : m_identifier;
}

bool ChallengeTarget::isValidDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253) {
        return false;
    }
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch()) {
            return false;
        }
    }
    return true;
}

QString ChallengeTarget::reverseName(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg((v4 >> 24) & 0xff);
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QString name;
    static const char hex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; --i) {
        name += QLatin1Char(hex[v6[i] & 0x0f]);
        name += QLatin1Char('.');
        name += QLatin1Char(hex[(v6[i] >> 4) & 0x0f]);
        name += QLatin1Char('.');
    }
    return name + QStringLiteral("ip6.arpa");
}
