// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/AddressFilter.h"

namespace {

QString subnetText(const QPair<QHostAddress, int> &subnet)
{
    return QStringLiteral("%1/%2").arg(subnet.first.toString()).arg(subnet.second);
}

bool contains(const QPair<QHostAddress, int> &subnet, const QHostAddress &address)
{
    return address.isInSubnet(subnet);
}

} // namespace

Result<AddressFilter> AddressFilter::fromPolicy(const ValidationPolicy &policy)
{
    AddressFilter filter;
    const auto parse = [](const QStringList &ranges, QList<Subnet> *out) -> QString {
        for (const QString &range : ranges) {
            const QString text = range.trimmed();
            if (text.isEmpty()) {
                continue;
            }
            // A bare address is a /32 or /128.
            Subnet subnet = QHostAddress::parseSubnet(
                text.contains(QLatin1Char('/'))                                      ? text
                    : QHostAddress(text).protocol() == QAbstractSocket::IPv6Protocol ? text + QStringLiteral("/128")
                                                                                     : text + QStringLiteral("/32"));
            if (subnet.first.isNull() || subnet.second < 0) {
                return text;
            }
            subnet.first = normalized(subnet.first);
            out->append(subnet);
        }
        return {};
    };
    QString bad = parse(policy.allowRanges, &filter.m_allow);
    if (bad.isEmpty()) {
        bad = parse(policy.denyRanges, &filter.m_deny);
    }
    if (!bad.isEmpty()) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("The validation address ranges are misconfigured"),
                         QStringLiteral("invalid CIDR in validation allow/deny ranges: %1").arg(bad));
    }
    return filter;
}

QHostAddress AddressFilter::normalized(const QHostAddress &address)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        bool isV4 = false;
        const quint32 v4 = address.toIPv4Address(&isV4);
        if (isV4) {
            return QHostAddress(v4);
        }
        QHostAddress withoutScope = address;
        withoutScope.setScopeId(QString());
        return withoutScope;
    }
    return address;
}

QString AddressFilter::refusalReason(const QHostAddress &rawAddress) const
{
    const QHostAddress address = normalized(rawAddress);
    const QString text = address.toString();
    if (address.isNull()) {
        return QStringLiteral("Invalid address");
    }
    // Connecting to 0.0.0.0 or :: reaches the local host, whatever the deny list says.
    static const QList<Subnet> never {QHostAddress::parseSubnet(QStringLiteral("0.0.0.0/8")),
                                      QHostAddress::parseSubnet(QStringLiteral("::/128")),
                                      QHostAddress::parseSubnet(QStringLiteral("224.0.0.0/3")),
                                      QHostAddress::parseSubnet(QStringLiteral("ff00::/8"))};
    for (const Subnet &subnet : never) {
        if (contains(subnet, address)) {
            return QStringLiteral("%1 is not a valid validation target").arg(text);
        }
    }
    for (const Subnet &subnet : m_deny) {
        if (contains(subnet, address)) {
            return QStringLiteral("%1 is in the denied range %2").arg(text, subnetText(subnet));
        }
    }
    if (m_allow.isEmpty()) {
        return {};
    }
    for (const Subnet &subnet : m_allow) {
        if (contains(subnet, address)) {
            return {};
        }
    }
    return QStringLiteral("%1 is outside the allowed ranges").arg(text);
}
