// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ChallengeTask.h"
#include "core/validation/ValidationOutcome.h"

#include <QString>

/**
 * dns-account-01 (draft-ietf-acme-dns-account-label-03; the record name and value are unchanged
 * since -01): dns-01 at a name of the account's own, so several ACME clients (each with its
 * account) can validate one domain at once without overwriting each other's records. Valid when
 * one TXT record at
 *
 *     "_" || base32(SHA-256(account URL)[0:10]) || "._acme-challenge." || domain
 *
 * equals base64url(SHA-256(keyAuthorization)), the dns-01 value. base32 is RFC 4648's alphabet in
 * lower case (10 octets give 16 characters, no padding); the account URL is the Location the
 * client got from newAccount. A wildcard authorization proves its base domain, as with dns-01.
 *
 * Problems are dns-01's (DNS lookup, DNSSEC, requireDnssec, "unauthorized" for no record,
 * "incorrectResponse" for a wrong one, "rejectedIdentifier" for IP identifiers).
 */
class DnsAccount01Validator
{
public:
    ValidationOutcome validate(const ChallengeTask &task) const;

    /** "_ujmmovf2vn55tgye" for "https://example.com/acme/acct/ExampleAccount". */
    static QString accountLabel(const QString &accountUrl);
    /** accountLabel + "._acme-challenge." + domain */
    static QString challengeName(const QString &domain, const QString &accountUrl);
};
