// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ValidationPolicy.h"

#include <QString>

/** One challenge to check: what the engine hands a worker thread. A copyable value type. */
struct ChallengeTask
{
    QString type; // "http-01", "dns-01" or "tls-alpn-01"
    QString identifierType; // "dns" or "ip" (RFC 8738)
    QString identifierValue; // wildcard prefix already stripped (RFC 8555 §7.1.3)
    bool wildcard = false; // CAA: issuewild governs (RFC 8659 §4.3)
    QString token; // base64url, RFC 8555 §8.1
    QString keyAuthorization; // token || '.' || base64url(JWK thumbprint)
    ValidationPolicy policy;
};
