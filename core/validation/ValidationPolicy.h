// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * How one ACME alias wants challenges checked (its AliasConfig fields, copied so validation does
 * not depend on the config module). A copyable value type; every bound a validator needs (time,
 * size, redirects, where it may connect) is here, so a validation cannot run unbounded.
 */
struct ValidationPolicy
{
    /** IP address of the DNS resolver to ask; empty = the system's resolvers (/etc/resolv.conf). */
    QString dnsResolver;
    int dnsPort = 53;
    /**
     * DNSSEC trust anchor(s) as DS or DNSKEY records in zone-file text, one per line
     * ("anvil.test. DS 28974 13 2 ad1f..."); empty = the ICANN root KSK-2017.
     */
    QString dnssecTrustAnchor;
    /** dns-01 only: refuse answers that are not DNSSEC-signed. Bogus answers are always refused. */
    bool requireDnssec = false;

    int http01Port = 80; // RFC 8555 §8.3 says 80; overridable for test networks
    int tlsAlpn01Port = 443; // RFC 8737 §3 says 443; overridable for test networks
    /** Ports an http-01 redirect may lead to; empty = any. */
    QList<int> authorizedRedirectPorts {22, 25, 80, 443};

    /** Wall-clock bound of one whole validation (DNS, connects, redirects, reads). */
    int timeoutMs = 10000;
    int maxRedirects = 10;
    qint64 maxBodyBytes = 64 * 1024;

    /**
     * SSRF guard: CIDRs ("10.0.0.0/8", "::1/128") that challenge targets must lie in (empty =
     * any) and may never lie in. Deny wins. Checked for every address before connecting,
     * including redirect targets.
     */
    QStringList allowRanges;
    QStringList denyRanges;
    /**
     * CAA (RFC 8659) once a challenge validated: the issuer domain names that identify this CA,
     * and the account URL RFC 8657 accounturi parameters are compared with.
     */
    bool checkCaa = false;
    QStringList caaIdentities;
    QString caaAccountUri;
};
