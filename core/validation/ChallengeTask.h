// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ValidationPolicy.h"

#include <QString>
#include <QStringList>

/** One challenge to check: what the engine hands a worker thread. A copyable value type. */
struct ChallengeTask
{
    QString type; // "http-01", "dns-01", "tls-alpn-01", "dns-account-01" or "dns-persist-01"
    QString identifierType; // "dns" or "ip" (RFC 8738)
    QString identifierValue; // wildcard prefix already stripped (RFC 8555 §7.1.3)
    bool wildcard = false; // CAA: issuewild governs (RFC 8659 §4.3)
    QString token; // base64url, RFC 8555 §8.1
    QString keyAuthorization; // token || '.' || base64url(JWK thumbprint)
    ValidationPolicy policy;

    /** The account's URL as its client knows it (dns-account-01 label, dns-persist-01 hash input). */
    QString accountUrl;
    /**
     * dns-persist-01: base64url SHA-256 JWK thumbprints (RFC 7638) of the account's keys, the
     * current key first, then earlier keys newest first (draft-ietf-acme-dns-persist-02 §4.2).
     */
    QStringList accountKeyThumbprints;
    /** dns-persist-01: the issuer domain names the challenge offered (lower case, no trailing dot). */
    QStringList issuerDomainNames;
    /** dns-persist-01: the directory's accountHashPrefix ("https://ca.example/acme/account-hash/"). */
    QString accountHashPrefix;
    /** dns-persist-01: when the validation runs (ms since the epoch), for persistUntil. */
    qint64 nowMs = 0;
};
