// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/AcmeIdentifiers.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QRegularExpression>

namespace AcmeIdentifiers {

namespace {

bool isDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253) {
        return false;
    }
    static const QRegularExpression label(QStringLiteral("^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$"));
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &l : labels) {
        if (!label.match(l).hasMatch()) {
            return false;
        }
    }
    // A name whose last label is all digits would read as an IPv4 address.
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return !digits.match(labels.last()).hasMatch();
}

} // namespace

Result<AcmeIdentifier> parse(const QString &type, const QString &rawValue, bool wildcardAllowed)
{
    AcmeIdentifier id;
    id.type = type;
    if (type == QLatin1String("dns") && !rawValue.contains(QLatin1Char('/')) && !rawValue.contains(QLatin1Char('%'))
        && !QHostAddress(rawValue).isNull()) {
        // Clients older than RFC 8738 (Debian 12's lego 4.9.1) send IP addresses as "dns"
        // identifiers; no DNS name looks like an address, so treat it as the IP identifier it is.
        return parse(QStringLiteral("ip"), rawValue, wildcardAllowed);
    }
    if (type == QLatin1String("dns")) {
        QString value = rawValue.toLower();
        if (value.startsWith(QLatin1String("*."))) {
            if (!wildcardAllowed) {
                return CoreError(CoreError::Code::RejectedIdentifier,
                                 QStringLiteral("Wildcard identifiers are not allowed by this ACME alias: %1")
                                     .arg(rawValue.left(260)));
            }
            id.wildcard = true;
            value = value.mid(2);
        }
        if (!isDnsName(value)) {
            return CoreError(CoreError::Code::Malformed,
                             QStringLiteral("Invalid DNS identifier %1").arg(rawValue.left(260)), rawValue);
        }
        id.value = value;
        return id;
    }
    if (type == QLatin1String("ip")) {
        QHostAddress address;
        if (rawValue.contains(QLatin1Char('/')) || rawValue.contains(QLatin1Char('%'))
            || !address.setAddress(rawValue)) {
            return CoreError(CoreError::Code::Malformed,
                             QStringLiteral("Invalid IP identifier %1").arg(rawValue.left(64)), rawValue);
        }
        id.value = address.toString(); // RFC 8738 §3: canonical text (RFC 5952 for IPv6)
        return id;
    }
    return CoreError(CoreError::Code::Unsupported,
                     QStringLiteral("Identifier type '%1' is not supported (dns, ip)").arg(type.left(32)));
}

Result<QList<AcmeIdentifier>> parseList(const QJsonValue &value, bool wildcardAllowed)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("identifiers must be a non-empty array"));
    }
    const QJsonArray array = value.toArray();
    if (array.size() > 100) {
        return CoreError(CoreError::Code::RejectedIdentifier, QStringLiteral("At most 100 identifiers per order"));
    }
    QList<AcmeIdentifier> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("type")).isString() || !o.value(QStringLiteral("value")).isString()) {
            return CoreError(CoreError::Code::Malformed,
                             QStringLiteral("Each identifier needs a string type and value"));
        }
        Result<AcmeIdentifier> id = parse(o.value(QStringLiteral("type")).toString(),
                                          o.value(QStringLiteral("value")).toString(), wildcardAllowed);
        if (!id) {
            return id.error();
        }
        bool duplicate = false;
        for (const AcmeIdentifier &seen : std::as_const(out)) {
            duplicate
                = duplicate || (seen.type == id->type && seen.value == id->value && seen.wildcard == id->wildcard);
        }
        if (!duplicate) {
            out << *id;
        }
    }
    return out;
}

QJsonArray toJson(const QList<AcmeIdentifier> &ids)
{
    QJsonArray a;
    for (const AcmeIdentifier &id : ids) {
        a.append(QJsonObject {{QStringLiteral("type"), id.type}, {QStringLiteral("value"), id.displayValue()}});
    }
    return a;
}

AcmeProblem problemFor(const CoreError &error)
{
    switch (error.code()) {
    case CoreError::Code::Unsupported:
        return {AcmeProblem::Type::UnsupportedIdentifier, error.detail()};
    case CoreError::Code::RejectedIdentifier:
        return {AcmeProblem::Type::RejectedIdentifier, error.detail()};
    default:
        break;
    }
    AcmeProblem p = AcmeProblem::fromCoreError(error);
    if (!error.internalDetail().isEmpty() && p.type() == AcmeProblem::Type::Malformed) {
        p = AcmeProblem(AcmeProblem::Type::RejectedIdentifier, error.detail());
    }
    return p;
}

} // namespace AcmeIdentifiers
