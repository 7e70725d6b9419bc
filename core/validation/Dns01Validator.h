// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ChallengeTask.h"
#include "core/validation/ValidationOutcome.h"

/**
 * dns-01 (RFC 8555 §8.4): valid when one TXT record at _acme-challenge.<domain> equals
 * base64url(SHA-256(keyAuthorization)). Looked up through the policy's resolver with DNSSEC
 * validation (DnsResolver); CNAMEs are followed, so delegated challenge names work.
 *
 * Problems: "dns" for lookup failures, bogus answers (naming libunbound's reason) and insecure
 * answers under requireDnssec; "unauthorized" when there is no TXT record; "incorrectResponse"
 * when TXT records exist but none matches; "rejectedIdentifier" for IP identifiers (RFC 8738 §7
 * forbids dns-01 for them).
 */
class Dns01Validator
{
public:
    ValidationOutcome validate(const ChallengeTask &task) const;

    /** "_acme-challenge.<domain>" */
    static QString challengeName(const QString &domain);
};
