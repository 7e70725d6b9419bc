// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/validation/ChallengeTask.h"

#include <QHostAddress>
#include <QString>

/**
 * The checked identifier and token of a task, in the forms the validators need. Validators
 * build one first, so nothing a client sent reaches a URL, a Host header, an SNI or a DNS
 * query without being a well-formed name, address or token.
 */
class ChallengeTarget
{
public:
    /** Fails (Malformed / RejectedIdentifier) on an unknown identifier type, a bad name, address or token. */
    static Result<ChallengeTarget> fromTask(const ChallengeTask &task);

    bool isIp() const { return !m_address.isNull(); }
    /** The IP identifier (RFC 8738); null for DNS identifiers. */
    QHostAddress address() const { return m_address; }
    /** Lower-case DNS name without trailing dot, or the IP in canonical text form. */
    QString identifier() const { return m_identifier; }
    QString token() const { return m_token; }

    /** Host as it appears in a URL: IPv6 in brackets (RFC 3986 §3.2.2, RFC 8738 §5). */
    QString urlHost() const;
    /**
     * The TLS server name for tls-alpn-01: the DNS name, or for an IP identifier its reverse
     * name ("1.0.0.127.in-addr.arpa", RFC 8738 §6).
     */
    QString tlsServerName() const;

    /** LDH labels, 1-63 characters each, at most 253 in total (RFC 1035 §2.3.1, RFC 5890). */
    static bool isValidDnsName(const QString &name);
    /** "1.0.0.127.in-addr.arpa" or the nibble form under ip6.arpa. */
    static QString reverseName(const QHostAddress &address);

private:
    QHostAddress m_address;
    QString m_identifier;
    QString m_token;
};
