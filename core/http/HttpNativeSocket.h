// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QHostAddress>

/**
 * The few POSIX socket calls Qt has no API for: listening sockets with SO_REUSEPORT, so that
 * every worker thread accepts on its own socket for the same port and the kernel spreads the
 * connections (Linux 3.9+), and the peer address of a descriptor before a QTcpSocket exists.
 */
class HttpNativeSocket
{
public:
    /**
     * Opens a listening TCP socket with SO_REUSEADDR and SO_REUSEPORT. QHostAddress::Any gives a
     * dual-stack IPv6 socket. Returns the descriptor; the caller owns it.
     */
    static Result<qintptr> openReusePortListener(const QHostAddress &address, quint16 port, int backlog);
    /** The port a listening descriptor is bound to, 0 on failure. */
    static quint16 boundPort(qintptr descriptor);
    /** The peer of a connected descriptor; IPv4-mapped IPv6 addresses come back as IPv4. */
    static QHostAddress peerAddress(qintptr descriptor);
    static void close(qintptr descriptor);
    /** Raises RLIMIT_NOFILE's soft limit to its hard limit; returns the new soft limit. */
    static Result<quint64> raiseFileDescriptorLimit();
    /** IPv4-mapped IPv6 ("::ffff:1.2.3.4") as plain IPv4, so per-address counts agree. */
    static QHostAddress normalized(const QHostAddress &address);
};
