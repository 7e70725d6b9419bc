// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeProblem.h"
#include "core/util/Result.h"

#include <QJsonArray>
#include <QList>
#include <QString>

/** One order identifier (RFC 8555 §9.7.7 "dns", RFC 8738 "ip"). */
struct AcmeIdentifier
{
    QString type;
    QString value; // canonical: lower-case DNS name without "*.", or the canonical IP text
    bool wildcard = false;

    /** The value as the client wrote it ("*.example.com" for a wildcard). */
    QString displayValue() const { return wildcard ? QStringLiteral("*.") + value : value; }
};

namespace AcmeIdentifiers {

/**
 * Parses and canonicalises an identifiers array: 1 to 100 entries, duplicates folded. Errors:
 * Malformed (syntax), Unsupported (unknown type), RejectedIdentifier (policy: wildcard not allowed).
 */
Result<QList<AcmeIdentifier>> parseList(const QJsonValue &value, bool wildcardAllowed);
Result<AcmeIdentifier> parse(const QString &type, const QString &value, bool wildcardAllowed);
QJsonArray toJson(const QList<AcmeIdentifier> &ids);
/** The problem for a parse error, with a subproblem naming the identifier where there is one. */
AcmeProblem problemFor(const CoreError &error);

} // namespace AcmeIdentifiers
