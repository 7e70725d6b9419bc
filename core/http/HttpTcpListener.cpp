// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpTcpListener.h"

#include "core/http/HttpConnectionGuard.h"
#include "core/http/HttpNativeSocket.h"
#include "core/http/HttpServerContext.h"
#include "core/http/HttpWaitingRoom.h"

#include <QSslSocket>

#ifdef ANVIL_SHARE_TLS_CONTEXT
#include <QPointer>
#include <QtNetwork/private/qsslsocket_p.h>
#endif

HttpTcpListener::HttpTcpListener(std::shared_ptr<HttpServerContext> context, HttpWaitingRoom *waitingRoom,
                                 HttpListenerConfig::Kind kind, int listenerIndex,
                                 const QSslConfiguration &sslConfiguration, QObject *parent)
    : QTcpServer(parent)
    , m_context(std::move(context))
    , m_waitingRoom(waitingRoom)
    , m_kind(kind)
    , m_listenerIndex(listenerIndex)
    , m_sslConfiguration(sslConfiguration)
{
}

void HttpTcpListener::incomingConnection(qintptr handle)
{
    const QHostAddress peer = HttpNativeSocket::peerAddress(handle);
    HttpConnectionLimiter::Verdict verdict = m_context->limiter.tryAcquire(peer);
    if (verdict != HttpConnectionLimiter::Verdict::Acquired) {
        // Make room by closing the connection that has waited longest without a byte: a flood of
        // silent connections then only displaces itself, never a client that talks.
        const bool evicted = verdict == HttpConnectionLimiter::Verdict::AddressCapReached
            ? m_waitingRoom->evictOldest(peer)
            : m_waitingRoom->evictOldest();
        if (evicted) {
            verdict = m_context->limiter.tryAcquire(peer);
        }
    }
    if (verdict != HttpConnectionLimiter::Verdict::Acquired) {
        m_context->closeLog.record(HttpCloseLog::Reason::CapReached, peer);
        HttpNativeSocket::close(handle);
        return;
    }
    m_waitingRoom->park(handle, peer, this, m_kind != HttpListenerConfig::Kind::PlainHttp);
}

void HttpTcpListener::admit(qintptr handle, const QHostAddress &peer)
{
    QTcpSocket *socket = nullptr;
    QSslSocket *sslSocket = nullptr;
    if (m_kind == HttpListenerConfig::Kind::PlainHttp) {
        socket = new QTcpSocket(this);
    } else {
        sslSocket = new QSslSocket(this);
        socket = sslSocket;
    }
    if (!socket->setSocketDescriptor(handle)) {
        m_context->limiter.release(peer);
        HttpNativeSocket::close(handle);
        delete socket;
        return;
    }
    // No Nagle: a response leaves in a few writes (TLS records), and a later one held back until
    // the client acknowledged the first met the client's delayed ACK, about 40 ms per exchange on
    // a new connection (anvil-bench --reconnect: newOrder, the first request, took 45 ms at p50).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *guard = new HttpConnectionGuard(socket, m_context, peer, m_listenerIndex, sslSocket != nullptr);
    if (sslSocket == nullptr) {
        handOver(socket, guard);
        return;
    }
    sslSocket->setSslConfiguration(m_sslConfiguration);
#ifdef ANVIL_SHARE_TLS_CONTEXT
    // Qt 6.4 builds a new OpenSSL context for every QSslSocket: SSL_CTX_new, the private key
    // decoded again and the chain copied, about 0.7 ms of CPU, more than the handshake's own
    // cryptography. This listener's configuration never changes and the listener lives on one
    // thread, so the context of its first connection serves every later one. Session sharing is
    // off in that configuration (AcmeHttpServer), so the context keeps no state of any client.
    // Not on the client-certificate listener: OpenSSL refuses to resume a session on a context
    // that asks for peer certificates and has no session id context (Qt sets none), so a client
    // that offers a session there would fail its handshake instead of making a full one.
    if (m_tlsContext) {
        QSslSocketPrivate::checkSettingSslContext(sslSocket, m_tlsContext);
    }
#endif
    connect(sslSocket, &QSslSocket::encrypted, this, [this, sslSocket, guard] {
        guard->handshakeDone();
        handOver(sslSocket, guard);
    });
    // Handshake failures (TLS 1.1, bad records, ...) end in disconnected(): the guard deletes.
#ifdef ANVIL_SHARE_TLS_CONTEXT
    const QPointer<QSslSocket> started(sslSocket);
    sslSocket->startServerEncryption();
    if (!m_tlsContext && started && m_kind == HttpListenerConfig::Kind::Tls) {
        m_tlsContext = QSslSocketPrivate::sslContext(started); // null if the context failed
    }
#else
    sslSocket->startServerEncryption();
#endif
}

void HttpTcpListener::handOver(QTcpSocket *socket, HttpConnectionGuard *guard)
{
    // Qt 6.4's QAbstractHttpServer takes sockets on newConnection(), later versions on
    // pendingConnectionAvailable() (emitted by addPendingConnection()). Either way it connects
    // its readyRead slot synchronously here, after the guard's; an extra newConnection() only
    // finds no pending socket.
    addPendingConnection(socket);
    Q_EMIT newConnection();
    guard->attachAfterHttpServer();
}
