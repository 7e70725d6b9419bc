// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpListenerConfig.h"

#include <QAbstractHttpServer>

#include <memory>

struct HttpServerContext;

/**
 * The QtHttpServer end of one listener in one worker thread: turns each parsed request into an
 * AcmeRequest, calls the handler synchronously on this thread and writes its AcmeResponse.
 * Subclasses QAbstractHttpServer because only handleRequest(request, socket) reaches the
 * QSslSocket and its client certificate in Qt 6.4 (ARCHITECTURE.md). No routes, no QFuture.
 */
class HttpRequestDispatcher : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HttpRequestDispatcher(std::shared_ptr<HttpServerContext> context, HttpListenerConfig::Kind kind, int listenerIndex,
                          QObject *parent = nullptr);
    ~HttpRequestDispatcher() override;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    const std::shared_ptr<HttpServerContext> m_context;
    const HttpListenerConfig::Kind m_kind;
    const int m_listenerIndex;
    /** Where durability callbacks (on the flusher thread) post to; emptied when this goes. */
    struct Mailbox;
    std::shared_ptr<Mailbox> m_mailbox;
};
