// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ChallengeTask.h"
#include "core/validation/ValidationOutcome.h"

#include <QByteArray>
#include <QList>

/**
 * dns-01 (RFC 8555 §8.4): valid when one TXT record at _acme-challenge.<domain> equals
 * base64url(SHA-256(keyAuthorization)). Looked up through the policy's resolver with DNSSEC
 * validation (DnsResolver); CNAMEs are followed, so delegated challenge names work.
 *
 * Problems: "dns" for lookup failures, bogus answers (naming libunbound's reason) and insecure
 * answers under requireDnssec; "unauthorized" when there is no TXT record; "incorrectResponse"
 * when TXT records exist but none matches; "rejectedIdentifier" for IP identifiers (RFC 8738 §7
 * forbids dns-01 for them).
 *
 * The steps are public so dns-account-01 and dns-persist-01, which look up TXT records at other
 * names, share them (and their problems) rather than repeat them.
 */
class Dns01Validator
{
public:
    ValidationOutcome validate(const ChallengeTask &task) const;

    /** "_acme-challenge.<domain>" */
    static QString challengeName(const QString &domain);

    /**
     * The DNS name a TXT-based challenge proves (lower case, no trailing dot) in *domain and a
     * valid outcome; otherwise the failure ("rejectedIdentifier" for IP identifiers, whose
     * TXT-based validation RFC 8738 §7 forbids; "malformed" for a broken task).
     */
    static ValidationOutcome checkDnsIdentifier(const ChallengeTask &task, QString *domain);

    /**
     * The TXT records at name (each record's strings concatenated) in *records and a valid outcome;
     * otherwise "dns" (lookup failure, bogus answer, insecure answer under requireDnssec),
     * "serverInternal" (unusable resolver configuration) or "unauthorized" (no TXT record).
     */
    static ValidationOutcome lookupTxt(const ChallengeTask &task, const QString &name, QList<QByteArray> *records);

    /** Valid when one TXT record at name is the task's key authorization digest (RFC 8555 §8.4). */
    static ValidationOutcome checkDigestAt(const ChallengeTask &task, const QString &name);

    /** Up to three records, quoted, non-printable characters replaced, for problem details. */
    static QString shownRecords(const QList<QByteArray> &records);
};
