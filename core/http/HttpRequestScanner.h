// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

#include <chrono>

/**
 * Follows the framing of the HTTP/1.x requests on one connection as their bytes arrive, so
 * that size limits are enforced before QtHttpServer buffers a body (it reads whole bodies into
 * memory and has no limit of its own). It keeps at most one request head in memory and never a
 * body, and records what QtHttpServer 6.4 does not expose: the HTTP version (keep-alive rules,
 * RFC 9112 §9.3) and the raw request target.
 *
 * It is deliberately stricter than RFC 9112 allows a server to be: obsolete line folding and a
 * request with both Transfer-Encoding and Content-Length are refused (RFC 9112 §5.2, §6.1), so
 * this scanner and QtHttpServer's parser cannot disagree on where a request ends.
 */
class HttpRequestScanner
{
public:
    using TimePoint = std::chrono::steady_clock::time_point;

    enum class Verdict {
        Continue,
        HeaderTooLarge,
        BodyTooLarge,
        Malformed,
    };

    /** The parts of a request head core/http needs once the request is answered. */
    struct Head
    {
        QByteArray method;
        QByteArray target; // raw request-target, e.g. "/acme/new-order?x=1"
        int minorVersion = 1; // HTTP/1.<minor>
        bool keepAlive = true;
        bool expectsContinue = false;
        bool hasBody = false;
        TimePoint started;
    };

    HttpRequestScanner(qint64 maxHeaderBytes, qint64 maxBodyBytes);

    /**
     * Consumes the next bytes of the connection. After a verdict other than Continue the
     * scanner stops; the connection must be answered with an error and closed.
     */
    Verdict feed(const char *data, qint64 size, TimePoint now);

    /** True between requests (nothing of a next request received yet). */
    bool isIdle() const { return m_state == State::Idle; }
    /** True while a request line or header fields are incomplete (header deadline applies). */
    bool isReceivingHead() const { return m_state == State::Head; }
    /** When the request being received began (valid while !isIdle()). */
    TimePoint requestStarted() const { return m_started; }

    /** Heads whose header fields are complete, oldest first, not yet taken. */
    qsizetype pendingHeads() const { return m_heads.size(); }
    /** Removes and returns the oldest complete head; pendingHeads() must be > 0. */
    Head takeHead();
    /** The most recent complete head (pendingHeads() must be > 0). */
    const Head &lastHead() const { return m_heads.constLast(); }

    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    qint64 maxHeaderBytes() const { return m_maxHeaderBytes; }

private:
    enum class State {
        Idle,
        Head,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Failed,
    };

    qint64 scanHead(const char *data, qint64 size, Verdict *verdict);
    Verdict parseHead(const QByteArray &head);
    qint64 scanChunkSize(const char *data, qint64 size, Verdict *verdict);
    qint64 scanTrailers(const char *data, qint64 size, Verdict *verdict);

    const qint64 m_maxHeaderBytes;
    const qint64 m_maxBodyBytes;
    State m_state = State::Idle;
    QByteArray m_buffer; // the head, or the current chunk-size line
    qsizetype m_scanFrom = 0;
    qint64 m_remaining = 0; // body or chunk bytes still to come
    qint64 m_bodyBytes = 0; // chunked: decoded body size so far
    qint64 m_trailerBytes = 0;
    qint64 m_lineBytes = 0; // trailers: length of the current line
    TimePoint m_started;
    QList<Head> m_heads;
};
