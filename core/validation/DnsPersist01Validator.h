// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ChallengeTask.h"
#include "core/validation/ValidationOutcome.h"

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * dns-persist-01 (draft-ietf-acme-dns-persist-02, 20 September 2026): a persistent TXT record at
 * "_validation-persist.<domain>" in RFC 8659 issue-value syntax,
 *
 *     authority.example; accounturi=<accountHashPrefix>sha-256/<hash>[; policy=wildcard][; persistUntil=<unix time>]
 *
 * proves control of <domain> for the account for as long as it stays published. The record is
 * the CA's (one of task.issuerDomainNames, the alias's caaIdentities) and the account's: <hash> is
 * base64url(SHA-256(len(d) || d || thumbprint || account URL)) where d is the validated domain or
 * "*" (the draft's opt-out of per-domain hashes), len(d) one octet, thumbprint the 43-character
 * base64url JWK thumbprint of the account's current key or of a key it used before (§4.2 key
 * retention). Records naming other issuers are ignored (§4.3.2); unknown parameters are ignored
 * (§4.1 item 1). A wildcard authorization needs policy=wildcard (§5). persistUntil bounds the
 * validation: an expired record no longer validates, and the outcome's validUntilMs caps the
 * authorization's expiry (§4.1 item 5).
 *
 * Problems follow §9.3.1: "malformed" for a record of this CA that breaks the syntax (duplicate
 * parameters, no accounturi, an accounturi that is not a hashed URI under the prefix or uses
 * another algorithm than sha-256, a persistUntil that is not a base-10 integer); "unauthorized"
 * for no record, no record naming this CA, an accounturi of another account, an expired
 * persistUntil, or a wildcard without policy=wildcard; dns-01's problems for the lookup itself
 * (DNSSEC failures always refuse, §7.8.1). Only the record at the authorization's own name is
 * read: the draft's optional subdomain validation (§6) through a parent's policy=wildcard record
 * is not offered.
 */
class DnsPersist01Validator
{
public:
    ValidationOutcome validate(const ChallengeTask &task) const;

    /** "_validation-persist.<domain>" */
    static QString validationName(const QString &domain);

    /** The hashed account URI of §4.1 (domain "*" gives the domain-independent form). */
    static QString hashedAccountUri(const QString &accountHashPrefix, const QString &domain, const QString &thumbprint,
                                    const QString &accountUrl);

    /**
     * Pure: whether `records` (the TXT records at validationName(domain)) prove control of domain
     * for the task's account, issuer domain names and time. No DNS; the unit tests drive it.
     */
    static ValidationOutcome evaluate(const QString &domain, const QList<QByteArray> &records,
                                      const ChallengeTask &task);
};
