// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpRequestScanner.h"

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <deque>
#include <memory>
#include <optional>

class QTcpSocket;
struct HttpServerContext;

/**
 * Watches one connection for what QtHttpServer 6.4 does not guard (ARCHITECTURE.md, "Traps"):
 * body and header size limits (checked on readyRead before QtHttpServer reads: its slot is
 * connected after ours), the header deadline against slowloris, the idle timeout, and closing
 * after "Connection: close". A child of its socket; counts the connection in the limiter for
 * as long as it lives.
 */
class HttpConnectionGuard : public QObject
{
    Q_OBJECT

public:
    using TimePoint = std::chrono::steady_clock::time_point;

    /** `handshaking`: a TLS socket whose handshake has started; call handshakeDone() when it ends. */
    HttpConnectionGuard(QTcpSocket *socket, std::shared_ptr<HttpServerContext> context, const QHostAddress &peer,
                        int listenerIndex, bool handshaking);
    ~HttpConnectionGuard() override;

    /** The guard of a socket a listener accepted, nullptr for any other socket. */
    static HttpConnectionGuard *of(QTcpSocket *socket);

    /**
     * Called once QtHttpServer has connected its readyRead slot: ours after it tells how much
     * input QtHttpServer left unread, so every byte is scanned exactly once.
     */
    void attachAfterHttpServer();

    /** The TLS handshake succeeded: the handshake deadline gives way to the header deadline. */
    void handshakeDone();

    /** The oldest request whose head is complete and that has not been answered yet. */
    std::optional<HttpRequestScanner::Head> takeHead();

    /** True once the connection is being closed; nothing more may be written. */
    bool isClosing() const { return m_closing; }

    /** A response was queued; closes gracefully unless the connection stays open. */
    void responded(bool keepAlive);

    /**
     * Responses leave in request order. One that waits (for the disk, AcmeResponse::whenDurable,
     * or for a newer answer, AcmeResponse::whenSettled) is queued here with the number of
     * release() calls it waits for, and holds back those after it, which then queue too.
     * Returns its place for release().
     */
    quint64 queueResponse(const QByteArray &bytes, bool keepAlive, int holds);
    /**
     * One wait of the held response is over (`ok`); it goes once all are. Not `ok`: it becomes
     * a 500 that closes the connection, at once.
     */
    void release(quint64 id, bool ok);
    /** A held response is to say something newer; ignored once it failed or left. */
    void supersede(quint64 id, const QByteArray &bytes);
    /** True while responses wait in the queue: new ones must queue behind them. */
    bool hasQueuedResponses() const { return !m_queued.empty(); }

private:
    struct QueuedResponse
    {
        quint64 id = 0;
        QByteArray bytes;
        bool keepAlive = true;
        int holds = 0;
        bool failed = false;
    };
    void writeQueued();
    void scanInput();
    void recordUnconsumed();
    void stopReading();
    void discardInput();
    void touch();
    void refuse(HttpRequestScanner::Verdict verdict);
    void closeGracefully();
    void armTimer();
    TimePoint deadline() const;
    void onTimer();

    QTcpSocket *const m_socket;
    const std::shared_ptr<HttpServerContext> m_context;
    const QHostAddress m_peer;
    const int m_listenerIndex;
    HttpRequestScanner m_scanner;
    QTimer m_timer;
    TimePoint m_accepted;
    TimePoint m_lastActivity;
    TimePoint m_closeDeadline;
    qint64 m_unconsumed = 0;
    bool m_receivedAny = false;
    bool m_handshaking = false;
    bool m_closing = false;
    bool m_aborted = false;
    std::deque<QueuedResponse> m_queued;
    quint64 m_nextQueued = 1;
};
