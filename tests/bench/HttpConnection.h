// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventLoop.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>
#include <utility>
#include <vector>

#include <netinet/in.h>

typedef struct ssl_ctx_st SSL_CTX;
typedef struct ssl_st SSL;

/** Where a connection goes: an address resolved once, and the name for SNI, verification and Host. */
struct HttpEndpoint
{
    sockaddr_in address {};
    QByteArray host;
    /** "host:port" as the Host header wants it. */
    QByteArray hostHeader;
    /** "https://host:port", the prefix every URL of the server must start with. */
    QByteArray origin;
    bool tls = true;
};

struct HttpResponse
{
    int status = 0;
    /** Names in lower case, in arrival order. */
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const char *lowerCaseName) const;
};

/** A shared TLS client context (TLS 1.2+, peer verified against a CA file). */
class TlsClientContext
{
public:
    /** Null with \a error set when the CA file can't be loaded. */
    static std::shared_ptr<TlsClientContext> create(const QString &caFile, QString *error);
    ~TlsClientContext();
    SSL_CTX *native() const { return m_ctx; }

private:
    explicit TlsClientContext(SSL_CTX *ctx)
        : m_ctx(ctx)
    {
    }
    SSL_CTX *m_ctx;
};

/**
 * One keep-alive HTTP/1.1 client connection (TLS or plain) on an EventLoop, one request at a time,
 * as an ACME client uses it. It reconnects on demand and resends a request once when a reused
 * connection was closed before any byte of the answer arrived (the keep-alive race).
 */
class HttpConnection : public EventHandler
{
public:
    /** \a ok false: \a error says why (connection refused, reset, TLS failure, bad response). */
    using Callback = std::function<void(bool ok, HttpResponse &response, const QByteArray &error)>;

    HttpConnection(EventLoop &loop, const HttpEndpoint &endpoint, std::shared_ptr<TlsClientContext> tls);
    ~HttpConnection() override;

    /** Sends \a raw (a complete request) and calls \a callback once with the answer. */
    void request(QByteArray raw, bool isHead, Callback callback);
    /** Drops the connection and any request in flight without calling its callback. */
    void close();
    /** TCP connections opened so far. */
    int connects() const { return m_connects; }

    void onEvents(uint32_t events) override;

private:
    enum class State { Closed, Connecting, Handshaking, Ready };

    void startConnect();
    void handshake();
    void flush();
    void readAvailable();
    void parse();
    void fail(const QByteArray &error);
    void setEvents(uint32_t events);

    EventLoop &m_loop;
    const HttpEndpoint &m_endpoint;
    std::shared_ptr<TlsClientContext> m_tls;
    State m_state = State::Closed;
    int m_fd = -1;
    SSL *m_ssl = nullptr;
    uint32_t m_events = 0;
    int m_connects = 0;
    int m_requestsOnConnection = 0;
    bool m_eof = false;

    QByteArray m_out;
    int m_outOffset = 0;
    QByteArray m_in;
    bool m_isHead = false;
    bool m_resent = false;
    Callback m_callback;
};
