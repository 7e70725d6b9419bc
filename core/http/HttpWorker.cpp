// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpWorker.h"

#include "core/http/HttpNativeSocket.h"
#include "core/http/HttpRequestDispatcher.h"
#include "core/http/HttpServerContext.h"
#include "core/http/HttpTcpListener.h"
#include "core/http/HttpWaitingRoom.h"

#include <vector>

HttpWorker::HttpWorker(std::shared_ptr<HttpServerContext> context, const QList<Listener> &listeners, QObject *parent)
    : QThread(parent)
    , m_context(std::move(context))
    , m_listeners(listeners)
{
}

HttpWorker::~HttpWorker()
{
    quit();
    wait();
    for (const Listener &listener : std::as_const(m_listeners)) {
        if (listener.descriptor >= 0) {
            HttpNativeSocket::close(listener.descriptor); // never taken by a QTcpServer
        }
    }
}

QString HttpWorker::startAndWait()
{
    start();
    m_ready.acquire();
    return m_error;
}

void HttpWorker::run()
{
    // Made and destroyed in this thread, so every socket lives and dies here too. The waiting
    // room outlives the listeners it hands connections to.
    HttpWaitingRoom waitingRoom(m_context);
    if (!waitingRoom.isValid()) {
        m_error = waitingRoom.errorString();
    }
    std::vector<std::unique_ptr<HttpRequestDispatcher>> dispatchers;
    for (Listener &listener : m_listeners) {
        if (!m_error.isEmpty()) {
            break;
        }
        auto dispatcher = std::make_unique<HttpRequestDispatcher>(m_context, listener.kind, listener.index);
        auto *tcp
            = new HttpTcpListener(m_context, &waitingRoom, listener.kind, listener.index, listener.sslConfiguration);
        if (!tcp->setSocketDescriptor(listener.descriptor)) {
            m_error = tcp->errorString();
            delete tcp;
            break;
        }
        listener.descriptor = -1; // the QTcpServer closes it now
        dispatcher->bind(tcp); // reparents tcp to the dispatcher
        dispatchers.push_back(std::move(dispatcher));
    }
    const bool ok = m_error.isEmpty();
    m_ready.release();
    if (ok) {
        exec();
    }
    dispatchers.clear();
}
