// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ChallengeTask.h"
#include "core/validation/DnsResolver.h"
#include "core/validation/ValidationOutcome.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * CAA (RFC 8659) with the RFC 8657 accounturi and validationmethods parameters, checked when a
 * challenge has validated and before the authorization becomes valid. The relevant RRset is
 * found by climbing from the identifier towards (not including) its TLD through the policy's resolver (DNSSEC
 * validated like dns-01: a bogus answer or a failed lookup forbids issuance). A wildcard order
 * uses issuewild when present, else issue. A critical property with an unknown tag forbids
 * issuance. Issuance is allowed when no CAA RRset exists, when it holds no issue/issuewild
 * property that applies, or when one names one of the policy's caaIdentities and its
 * parameters allow this account and challenge type. A refusal is a "caa" outcome naming the
 * domain and the record.
 */
class CaaChecker
{
public:
    struct Property
    {
        bool critical = false;
        QString tag; // lower-case
        QString value;
    };
    /** One CAA RDATA (flags, tag length, tag, value); false when malformed. */
    static bool parse(const QByteArray &rdata, Property *out);
    /** "0 issue \"ca.example; accounturi=...\"" as in zone files, for problem details. */
    static QString toText(const Property &p);

    /**
     * Whether `records` (the relevant RRset) allow issuance; otherwise the refusing reason.
     * Pure: no DNS; the unit tests drive it with records.
     */
    static ValidationOutcome evaluate(const QString &domain, const QList<Property> &records, bool wildcard,
                                      const QStringList &caaIdentities, const QString &accountUri,
                                      const QString &challengeType);

    /** The whole check for a validated challenge (dns identifiers only; ip ones pass). */
    static ValidationOutcome check(const ChallengeTask &task);
};
