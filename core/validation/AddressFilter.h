// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/validation/ValidationPolicy.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>

/**
 * The SSRF guard: decides whether a validator may connect to an address. A challenge makes the
 * CA open connections to places a client chose, so every target (resolved or literal, first
 * hop or redirect) passes through isAllowed() before connect().
 *
 * Rules, in order: unspecified, multicast and broadcast addresses are never targets; an address
 * in a deny range is refused; when allow ranges exist, the address must be in one of them.
 * IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) are judged as the IPv4 address they carry.
 */
class AddressFilter
{
public:
    /** Parses the policy's CIDRs; the error names the first malformed one. */
    static Result<AddressFilter> fromPolicy(const ValidationPolicy &policy);

    bool isAllowed(const QHostAddress &address) const { return refusalReason(address).isEmpty(); }
    /** Empty when allowed, else why not ("10.0.0.1 is in the denied range 10.0.0.0/8"). */
    QString refusalReason(const QHostAddress &address) const;

    /** The address as the guard sees it (IPv4-mapped IPv6 turned into IPv4). */
    static QHostAddress normalized(const QHostAddress &address);

private:
    using Subnet = QPair<QHostAddress, int>;
    QList<Subnet> m_allow;
    QList<Subnet> m_deny;
};
