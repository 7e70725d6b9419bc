// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ChallengeTask.h"
#include "core/validation/DnsResolver.h"
#include "core/validation/ValidationOutcome.h"

/**
 * http-01 (RFC 8555 §8.3, RFC 8738 §5 for IP identifiers): GET
 * http://IDENTIFIER:http01Port/.well-known/acme-challenge/TOKEN and compare the body, trailing
 * whitespace ignored, with the key authorization.
 *
 * Blocking and bounded, for worker threads without an event loop: the whole exchange, redirects
 * included, ends within policy.timeoutMs; at most maxBodyBytes of body and 16 KiB of headers are
 * read; at most maxRedirects redirects are followed, only to http/https on an authorized port
 * (authorizedRedirectPorts, plus http01Port itself), never twice to the same URL. Every address
 * is checked with AddressFilter before connecting. Host names resolve through the policy's DNS
 * resolver; for several addresses, IPv6 comes first and the next address is tried only when
 * connecting fails. Redirects to https are followed without certificate verification, as the
 * Let's Encrypt validation authority does. The Host header is the identifier, plus ":port" when
 * the port is not the scheme's default (RFC 9110 §7.2; only test ports differ).
 *
 * Problems: "dns" (the name does not resolve), "connection" (refused, timeout, reset, bad
 * redirect), "rejectedIdentifier" (malformed identifier, address refused by policy),
 * "unauthorized" (status other than 200: nothing provisioned), "incorrectResponse" (a 200 with
 * the wrong body, an oversized or malformed response).
 */
class Http01Validator
{
public:
    explicit Http01Validator(HostLookup hostLookup = defaultHostLookup());

    ValidationOutcome validate(const ChallengeTask &task) const;

private:
    HostLookup m_hostLookup;
};
