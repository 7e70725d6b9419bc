// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnectionGuard.h"

#include "core/http/HttpResponseWriter.h"
#include "core/http/HttpServerContext.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace {

using Clock = std::chrono::steady_clock;

// After an error response or "Connection: close", how long the client gets to read the
// response and close before the connection is cut. Reading (and discarding) its input for that
// long avoids the RST that would destroy the response in the client's buffer.
constexpr std::chrono::milliseconds LingerTime {2000};

} // namespace

HttpConnectionGuard::HttpConnectionGuard(QTcpSocket *socket, std::shared_ptr<HttpServerContext> context,
                                         const QHostAddress &peer, int listenerIndex, bool handshaking)
    : QObject(socket)
    , m_socket(socket)
    , m_context(std::move(context))
    , m_peer(peer)
    , m_listenerIndex(listenerIndex)
    , m_scanner(m_context->limits.maxHeaderBytes, m_context->limits.maxBodyBytes)
    , m_accepted(Clock::now())
    , m_lastActivity(m_accepted)
    , m_handshaking(handshaking)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnectionGuard::onTimer);
    // Connected before the socket reaches QtHttpServer, so this runs before it reads.
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnectionGuard::scanInput);
    connect(m_socket, &QIODevice::bytesWritten, this, &HttpConnectionGuard::touch);
    // QtHttpServer deletes sockets it knows on disconnect; this covers the others (failed
    // TLS handshakes) and, deleteLater() being idempotent, is harmless for the rest.
    connect(m_socket, &QAbstractSocket::disconnected, m_socket, &QObject::deleteLater);
    if (m_handshaking) {
        connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
            if (m_handshaking && error == QAbstractSocket::SslHandshakeFailedError) {
                m_handshaking = false; // counted once; the socket disconnects and is deleted
                m_context->closeLog.record(HttpCloseLog::Reason::HandshakeFailed, m_peer);
            }
        });
    }
    armTimer();
}

HttpConnectionGuard::~HttpConnectionGuard()
{
    m_context->limiter.release(m_peer);
}

HttpConnectionGuard *HttpConnectionGuard::of(QTcpSocket *socket)
{
    return socket->findChild<HttpConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly);
}

void HttpConnectionGuard::attachAfterHttpServer()
{
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnectionGuard::recordUnconsumed);
}

void HttpConnectionGuard::handshakeDone()
{
    m_handshaking = false;
    m_accepted = Clock::now();
    armTimer();
}

std::optional<HttpRequestScanner::Head> HttpConnectionGuard::takeHead()
{
    if (m_scanner.pendingHeads() == 0) {
        return std::nullopt;
    }
    return m_scanner.takeHead();
}

void HttpConnectionGuard::scanInput()
{
    if (m_closing) {
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_unconsumed;
    m_unconsumed = available;
    if (fresh <= 0) {
        return;
    }
    const TimePoint now = Clock::now();
    m_lastActivity = now;
    m_receivedAny = true;
    const bool wasIdle = m_scanner.isIdle();
    const QByteArray input = m_socket->peek(available);
    const qint64 headsBefore = m_scanner.pendingHeads();
    const auto verdict = m_scanner.feed(input.constData() + (input.size() - fresh), fresh, now);
    if (verdict != HttpRequestScanner::Verdict::Continue) {
        refuse(verdict);
        return;
    }
    // RFC 9110 §10.1.1: answer "Expect: 100-continue" when the body is acceptable, but only
    // when no earlier pipelined request still waits for its answer.
    if (m_scanner.pendingHeads() == 1 && headsBefore == 0) {
        const auto &head = m_scanner.lastHead();
        if (head.expectsContinue && head.hasBody && head.minorVersion == 1 && !m_scanner.isIdle()) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
    }
    if (wasIdle && !m_scanner.isIdle()) {
        armTimer(); // the header deadline may be earlier than the idle deadline
    }
}

void HttpConnectionGuard::recordUnconsumed()
{
    m_unconsumed = m_socket->bytesAvailable();
}

void HttpConnectionGuard::stopReading()
{
    // QtHttpServer must not see (and buffer or answer) any more of this connection's input.
    // Disconnecting its slot while it runs is safe: Qt keeps the slot object alive for the call.
    disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
    connect(m_socket, &QIODevice::readyRead, this, &HttpConnectionGuard::discardInput);
    discardInput();
}

void HttpConnectionGuard::discardInput()
{
    m_socket->skip(m_socket->bytesAvailable());
}

void HttpConnectionGuard::touch()
{
    m_lastActivity = Clock::now();
}

void HttpConnectionGuard::refuse(HttpRequestScanner::Verdict verdict)
{
    int status = 400;
    QString detail = QStringLiteral("Malformed HTTP request");
    HttpCloseLog::Reason reason = HttpCloseLog::Reason::Malformed;
    if (verdict == HttpRequestScanner::Verdict::BodyTooLarge) {
        status = 413;
        detail = QStringLiteral("Request body exceeds %1 bytes").arg(m_scanner.maxBodyBytes());
        reason = HttpCloseLog::Reason::BodyTooLarge;
    } else if (verdict == HttpRequestScanner::Verdict::HeaderTooLarge) {
        status = 431;
        detail = QStringLiteral("Request header fields exceed %1 bytes").arg(m_scanner.maxHeaderBytes());
        reason = HttpCloseLog::Reason::HeaderTooLarge;
    }
    // Counted, not logged one by one: a flood of them would be thousands of lines.
    m_context->closeLog.record(reason, m_peer);

    stopReading();

    const AcmeResponse response = HttpResponseWriter::transportProblem(status, detail);
    HttpResponseWriter::Framing framing;
    framing.keepAlive = false;
    m_socket->write(HttpResponseWriter::serialize(response, framing));
    if (m_context->log && m_context->logWanted && m_context->logWanted()) {
        HttpRequestLogEntry entry;
        if (m_scanner.pendingHeads() > 0) {
            entry.method = m_scanner.lastHead().method;
            entry.path = QString::fromLatin1(m_scanner.lastHead().target);
        }
        entry.status = status;
        entry.listenerIndex = m_listenerIndex;
        entry.remoteAddress = m_peer.toString();
        entry.latencyMicros
            = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - m_scanner.requestStarted()).count();
        m_context->log(entry);
    }
    m_closing = true;
    m_closeDeadline = Clock::now() + LingerTime;
    armTimer();
}

void HttpConnectionGuard::responded(bool keepAlive)
{
    m_lastActivity = Clock::now();
    if (!keepAlive) {
        closeGracefully();
    } else if (m_scanner.isIdle()) {
        armTimer();
    }
}

quint64 HttpConnectionGuard::queueResponse(const QByteArray &bytes, bool keepAlive, int holds)
{
    const quint64 id = m_nextQueued++;
    m_queued.push_back(QueuedResponse {id, bytes, keepAlive, holds, false});
    writeQueued();
    return id;
}

void HttpConnectionGuard::release(quint64 id, bool ok)
{
    for (QueuedResponse &r : m_queued) {
        if (r.id == id) {
            if (!ok && !r.failed) {
                HttpResponseWriter::Framing framing;
                framing.keepAlive = false;
                r.bytes = HttpResponseWriter::serialize(
                    HttpResponseWriter::transportProblem(500, QStringLiteral("Internal server error"),
                                                         QStringLiteral("serverInternal")),
                    framing);
                r.keepAlive = false;
                r.failed = true;
                r.holds = 0;
            } else if (r.holds > 0) {
                --r.holds;
            }
            break;
        }
    }
    writeQueued();
}

void HttpConnectionGuard::supersede(quint64 id, const QByteArray &bytes)
{
    for (QueuedResponse &r : m_queued) {
        if (r.id == id) {
            if (!r.failed) {
                r.bytes = bytes;
            }
            return;
        }
    }
}

void HttpConnectionGuard::writeQueued()
{
    while (!m_queued.empty() && m_queued.front().holds == 0) {
        const QueuedResponse r = std::move(m_queued.front());
        m_queued.pop_front();
        if (m_closing || m_socket->state() != QAbstractSocket::ConnectedState) {
            continue; // nobody to tell any more
        }
        m_socket->write(r.bytes);
        responded(r.keepAlive);
    }
}

void HttpConnectionGuard::closeGracefully()
{
    if (m_closing) {
        return;
    }
    m_closing = true;
    m_closeDeadline = Clock::now() + LingerTime;
    armTimer();
    stopReading();
    // Flushes what is queued, then closes (TLS: close_notify first).
    m_socket->disconnectFromHost();
}

HttpConnectionGuard::TimePoint HttpConnectionGuard::deadline() const
{
    const auto &limits = m_context->limits;
    if (m_closing) {
        return m_closeDeadline;
    }
    if (m_handshaking) {
        // From the client's first bytes (it waited in the HttpWaitingRoom until then).
        return m_accepted + limits.handshakeTimeout;
    }
    if (!m_receivedAny) {
        return m_accepted + limits.headerTimeout; // the first request line
    }
    if (m_scanner.isReceivingHead()) {
        return m_scanner.requestStarted() + limits.headerTimeout;
    }
    return m_lastActivity + limits.idleTimeout;
}

void HttpConnectionGuard::armTimer()
{
    const auto remaining = std::chrono::ceil<std::chrono::milliseconds>(deadline() - Clock::now());
    m_timer.start(std::max(remaining, std::chrono::milliseconds(0)));
}

void HttpConnectionGuard::onTimer()
{
    const auto now = Clock::now();
    if (now < deadline()) {
        armTimer(); // there was traffic since the timer was armed
        return;
    }
    if (m_closing) {
        if (!m_aborted) {
            m_aborted = true;
            m_socket->abort();
            m_socket->deleteLater();
        }
        return;
    }
    if (m_handshaking || m_scanner.isReceivingHead() || !m_receivedAny) {
        m_context->closeLog.record(
            m_handshaking ? HttpCloseLog::Reason::HandshakeTimeout : HttpCloseLog::Reason::HeaderTimeout, m_peer);
        // A slow or silent client: no graceful close owed.
        m_closing = true;
        m_aborted = true;
        m_socket->abort();
        m_socket->deleteLater();
        return;
    }
    m_context->closeLog.record(HttpCloseLog::Reason::Idle, m_peer);
    closeGracefully();
}
