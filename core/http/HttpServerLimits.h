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
    /** From accept (or the first byte of a request) to the end of its header fields, TLS
     *  handshake included: the slowloris deadline. */
    std::chrono::milliseconds headerTimeout {10000};
    /** Connections over all listeners and threads; new ones beyond it are closed at once. */
    int maxConnections = 4096;
    /** Connections from one client address; new ones beyond it are closed at once. */
    int maxConnectionsPerAddress = 256;
};
