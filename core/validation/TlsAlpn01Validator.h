// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ChallengeTask.h"
#include "core/validation/DnsResolver.h"
#include "core/validation/ValidationOutcome.h"

#include <QByteArray>

/**
 * tls-alpn-01 (RFC 8737; RFC 8738 §6 for IP identifiers): a TLS handshake with
 * IDENTIFIER:tlsAlpn01Port offering only ALPN "acme-tls/1" and SNI = the DNS name (for an IP,
 * its reverse name, "1.0.0.127.in-addr.arpa"). Valid when the server negotiated acme-tls/1 and
 * its certificate has exactly one subjectAltName, equal to the identifier, and a critical
 * acmeIdentifier extension (1.3.6.1.5.5.7.1.31) holding OCTET STRING(SHA-256(keyAuthorization)).
 * The chain is not verified: the certificate is self-signed by design.
 *
 * Problems: "dns", "connection", "rejectedIdentifier" as for http-01; "tls" for a failed
 * handshake or a missing acme-tls/1 negotiation; "incorrectResponse" for a certificate that does
 * not carry the right name or digest.
 */
class TlsAlpn01Validator
{
public:
    explicit TlsAlpn01Validator(HostLookup hostLookup = defaultHostLookup());

    ValidationOutcome validate(const ChallengeTask &task) const;

    /**
     * Checks a DER certificate against the identifier and key authorization; empty when it
     * passes, else the client-safe reason. Public so the certificate rules are testable alone.
     */
    static QString checkCertificate(const QByteArray &der, const QString &identifierType, const QString &identifier,
                                    const QString &keyAuthorization);

private:
    HostLookup m_hostLookup;
};
