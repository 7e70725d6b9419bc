// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/http/HttpListenerConfig.h"

#include <QList>
#include <QSemaphore>
#include <QSslConfiguration>
#include <QString>
#include <QThread>

#include <memory>

struct HttpServerContext;

/**
 * One event loop thread of an AcmeHttpServer. It owns, for every listener, a server object
 * bound to its own SO_REUSEPORT socket, so connections (and their handler calls) are spread
 * over the workers by the kernel and never cross threads.
 */
class HttpWorker : public QThread
{
    Q_OBJECT

public:
    struct Listener
    {
        int index = 0;
        HttpListenerConfig::Kind kind = HttpListenerConfig::Kind::PlainHttp;
        QSslConfiguration sslConfiguration;
        qintptr descriptor = -1; // listening socket; the worker owns it from construction
    };

    HttpWorker(std::shared_ptr<HttpServerContext> context, const QList<Listener> &listeners, QObject *parent = nullptr);
    ~HttpWorker() override;

    /** Starts the thread and waits until it listens; returns an error text, empty on success. */
    QString startAndWait();

protected:
    void run() override;

private:
    const std::shared_ptr<HttpServerContext> m_context;
    QList<Listener> m_listeners;
    QSemaphore m_ready;
    QString m_error;
};
