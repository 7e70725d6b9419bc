// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeRequest.h"
#include "core/acme/AcmeResponse.h"
#include "core/http/HttpListenerConfig.h"
#include "core/http/HttpRequestLogEntry.h"
#include "core/http/HttpServerLimits.h"
#include "core/util/Result.h"

#include <QList>
#include <QMetaMethod>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class HttpWorker;
struct HttpServerContext;

/**
 * The embedded ACME server's transport: HTTP/1.1 and HTTPS listeners in front of a
 * `AcmeResponse handler(const AcmeRequest &)` (the protocol engine). The only QtHttpServer user
 * (STYLE.md §1.4): it converts requests and responses and binds the listeners; everything a test
 * must check about ACME lives in the engine.
 *
 * It runs workerCount() event-loop threads; each accepts on its own SO_REUSEPORT socket per
 * listener and calls the handler on its own thread, so the handler must be thread-safe. On top
 * of QtHttpServer 6.4 it enforces HttpServerLimits (body and header size, header deadline, idle
 * timeout, connection caps) and closes after "Connection: close" and HTTP/1.0. Connections it
 * closes on its own are logged (category anvil.http.closed) as one summary line per
 * HttpServerLimits::closeLogInterval, from the thread that owns this object, and at stop().

 *
 * Typical wiring in the composition root:
 * @code
 *   AcmeHttpServer::raiseFileDescriptorLimit();
 *   AcmeHttpServer server;
 *   server.setHandler([&engine](const AcmeRequest &r) { return engine.handle(r); });
 *   server.addListener({QHostAddress::Any, 8442, HttpListenerConfig::Kind::Tls, chainPem, keyPem});
 *   server.addListener({QHostAddress::Any, 8443, HttpListenerConfig::Kind::TlsClientCert, chainPem, keyPem});
 *   if (const auto started = server.start(); !started) { ... started.error() ... }
 * @endcode
 */
class AcmeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<AcmeResponse(const AcmeRequest &)>;

    explicit AcmeHttpServer(QObject *parent = nullptr);
    ~AcmeHttpServer() override;

    /** Called on worker threads, concurrently; must be thread-safe. Set before start(). */
    void setHandler(Handler handler);
    /** Adds a listener (before start()); returns its index for serverPort() and the log. */
    int addListener(const HttpListenerConfig &listener);
    /** Replaces all listeners (before start()). */
    void setListeners(const QList<HttpListenerConfig> &listeners);
    void setLimits(const HttpServerLimits &limits);
    HttpServerLimits limits() const { return m_limits; }
    /** Event-loop threads; 0 (the default) means one more than QThread::idealThreadCount(). Before start(). */
    void setWorkerCount(int count);
    int workerCount() const;

    /**
     * Opens every listener and starts the workers. Fails (and listens on nothing) when a
     * certificate or key does not load or a port cannot be bound.
     */
    [[nodiscard]] VoidResult start();
    /** Closes the listeners and all connections and joins the workers. Idempotent. */
    void stop();
    bool isRunning() const { return !m_workers.empty(); }
    /** The port listener `index` is bound to while running (useful with port 0), else 0. */
    quint16 serverPort(int index) const;
    /** Connections open now over all listeners and workers. */
    int openConnections() const;

    /**
     * Raises RLIMIT_NOFILE's soft limit to the hard limit, so the connection caps, not the
     * process's descriptor table, decide when clients are turned away. Call once at start.
     * Returns the new soft limit.
     */
    static Result<quint64> raiseFileDescriptorLimit();

Q_SIGNALS:
    /**
     * One answered (or refused) request. Emitted on the worker thread that answered it; connect
     * with a receiver object in your own thread (queued). Costs nothing when nothing is connected.
     */
    void requestHandled(const HttpRequestLogEntry &entry);

private:
    void logClosedConnections();

    Handler m_handler;
    QList<HttpListenerConfig> m_listeners;
    HttpServerLimits m_limits;
    int m_workerCount = 0;
    QList<quint16> m_ports;
    std::shared_ptr<HttpServerContext> m_context;
    std::vector<std::unique_ptr<HttpWorker>> m_workers;
    const QMetaMethod m_requestHandledSignal;
    QTimer m_closeLogTimer;
};
