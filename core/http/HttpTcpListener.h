// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpListenerConfig.h"

#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>

class HttpConnectionGuard;
struct HttpServerContext;

/**
 * Accepts connections for one listener in one worker thread. It does the TLS handshake itself
 * (rather than QSslServer) so that each socket gets its HttpConnectionGuard, whose readyRead slot
 * must run before QtHttpServer's, and so that connections over the caps are closed before any
 * object is made for them. Sockets reach QtHttpServer only once they are ready for HTTP.
 */
class HttpTcpListener : public QTcpServer
{
    Q_OBJECT

public:
    HttpTcpListener(std::shared_ptr<HttpServerContext> context, HttpListenerConfig::Kind kind, int listenerIndex,
                    const QSslConfiguration &sslConfiguration, QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    void handOver(QTcpSocket *socket, HttpConnectionGuard *guard);

    const std::shared_ptr<HttpServerContext> m_context;
    const HttpListenerConfig::Kind m_kind;
    const int m_listenerIndex;
    const QSslConfiguration m_sslConfiguration;
};
