// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <chrono>

/**
 * Transport guards QtHttpServer 6.4 does not provide (ARCHITECTURE.md, "Traps"). They are
 * enforced in core/http before QtHttpServer buffers anything; the defaults suit an ACME server,
 * whose requests are small JWS documents.
 */
struct HttpServerLimits
{
    /** Larger bodies are refused with 413 before they are buffered (Content-Length or chunked). */
    qint64 maxBodyBytes = 64 * 1024;
    /** Request line plus header fields (and chunked trailers); larger ones get 431. */
    qint64 maxHeaderBytes = 16 * 1024;
    /** A connection with no traffic for this long is closed (keep-alive and slow bodies). */
    std::chrono::milliseconds idleTimeout {30000};
    /** The slowloris deadline: from accept to the client's first byte, from the end of the TLS
     *  handshake (or the first byte on plain HTTP) to the end of the first request's header
     *  fields, and from the first byte of any later request to the end of its header fields. */
    std::chrono::milliseconds headerTimeout {10000};
    /** From the client's first byte (its ClientHello) to the end of the TLS handshake. */
    std::chrono::milliseconds handshakeTimeout {5000};
    /** Connections over all listeners and threads. Beyond it the connection that has waited
     *  longest without sending a byte is closed to make room, else the new one is. */
    int maxConnections = 4096;
    /** Connections from one client address; beyond it as for maxConnections, within the address.
     *  A quarter of maxConnections: a reverse proxy, or 256 clients on one host that open a new
     *  connection per certificate, briefly hold twice as many (a closed connection keeps its slot
     *  until the worker reads its end), and at 256 the cap closed their new connections. */
    int maxConnectionsPerAddress = 1024;
    /** Connections the server closes on its own (deadlines, limits, caps) are logged as one
     *  summary per interval, with counts per reason and the top addresses, not a line each. */
    std::chrono::milliseconds closeLogInterval {10000};
};
