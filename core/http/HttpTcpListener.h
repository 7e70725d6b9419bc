// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpListenerConfig.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>

class HttpConnectionGuard;
class HttpWaitingRoom;
class QSslContext;
struct HttpServerContext;

/**
 * Accepts connections for one listener in one worker thread. It does the TLS handshake itself
 * (rather than QSslServer) so that each socket gets its HttpConnectionGuard, whose readyRead slot
 * must run before QtHttpServer's, and so that connections over the caps are closed before any
 * object is made for them. A new connection waits in the thread's HttpWaitingRoom, as a bare
 * descriptor, until its client sends something; only then does it get a socket (and, for TLS,
 * its handshake). Sockets reach QtHttpServer only once they are ready for HTTP.
 *
 * When a connection cap is reached, the connection that has waited longest without sending a
 * byte (from the same address for the per-address cap) is closed to make room; only when none
 * waits is the new connection refused.
 */
class HttpTcpListener : public QTcpServer
{
    Q_OBJECT

public:
    HttpTcpListener(std::shared_ptr<HttpServerContext> context, HttpWaitingRoom *waitingRoom,
                    HttpListenerConfig::Kind kind, int listenerIndex, const QSslConfiguration &sslConfiguration,
                    QObject *parent = nullptr);

    /**
     * Called by the waiting room when the client of `descriptor` has sent its first bytes: makes
     * its socket and guard (taking over the limiter slot) and, for TLS, starts the handshake.
     */
    void admit(qintptr descriptor, const QHostAddress &peer);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void handOver(QTcpSocket *socket, HttpConnectionGuard *guard);

    const std::shared_ptr<HttpServerContext> m_context;
    HttpWaitingRoom *const m_waitingRoom;
    const HttpListenerConfig::Kind m_kind;
    const int m_listenerIndex;
    const QSslConfiguration m_sslConfiguration;
    /** The OpenSSL context of this listener's first TLS connection, given to every later one. */
    std::shared_ptr<QSslContext> m_tlsContext;
};
