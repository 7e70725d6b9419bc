// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpConnection.h"

#include <QList>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <netinet/tcp.h>
#include <openssl/err.h>
#include <openssl/ssl.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

QByteArray HttpResponse::header(const char *lowerCaseName) const
{
    for (const auto &h : headers) {
        if (h.first == lowerCaseName) {
            return h.second;
        }
    }
    return {};
}

std::shared_ptr<TlsClientContext> TlsClientContext::create(const QString &caFile, QString *error)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_client_method());
    if (!ctx) {
        *error = QStringLiteral("SSL_CTX_new failed");
        return {};
    }
    SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    if (caFile.isEmpty()) {
        SSL_CTX_set_default_verify_paths(ctx);
    } else if (SSL_CTX_load_verify_locations(ctx, caFile.toLocal8Bit().constData(), nullptr) != 1) {
        *error = QStringLiteral("cannot load CA file %1").arg(caFile);
        SSL_CTX_free(ctx);
        return {};
    }
    SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, nullptr);
    return std::shared_ptr<TlsClientContext>(new TlsClientContext(ctx));
}

TlsClientContext::~TlsClientContext()
{
    SSL_CTX_free(m_ctx);
}

HttpConnection::HttpConnection(EventLoop &loop, const HttpEndpoint &endpoint, std::shared_ptr<TlsClientContext> tls)
    : m_loop(loop)
    , m_endpoint(endpoint)
    , m_tls(std::move(tls))
{
}

HttpConnection::~HttpConnection()
{
    close();
}

void HttpConnection::request(QByteArray raw, bool isHead, Callback callback)
{
    m_out = std::move(raw);
    m_outOffset = 0;
    m_isHead = isHead;
    m_resent = false;
    m_callback = std::move(callback);
    if (m_state == State::Closed) {
        startConnect();
    } else if (m_state == State::Ready) {
        ++m_requestsOnConnection;
        flush();
    }
}

void HttpConnection::close()
{
    if (m_fd >= 0) {
        m_loop.unwatch(m_fd);
    }
    if (m_ssl) {
        SSL_free(m_ssl);
        m_ssl = nullptr;
    }
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    m_state = State::Closed;
    m_events = 0;
    m_in.clear();
    m_eof = false;
    m_callback = nullptr;
}

void HttpConnection::setEvents(uint32_t events)
{
    if (events != m_events) {
        m_events = events;
        m_loop.modify(m_fd, events, this);
    }
}

void HttpConnection::startConnect()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        fail(QByteArray("socket: ") + std::strerror(errno));
        return;
    }
    const int one = 1;
    setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    ++m_connects;
    m_requestsOnConnection = 1;
    const int rc = ::connect(m_fd, reinterpret_cast<const sockaddr *>(&m_endpoint.address), sizeof(sockaddr_in));
    if (rc < 0 && errno != EINPROGRESS) {
        fail(QByteArray("connect: ") + std::strerror(errno));
        return;
    }
    m_state = State::Connecting;
    m_events = EPOLLOUT;
    m_loop.watch(m_fd, m_events, this);
}

void HttpConnection::handshake()
{
    const int rc = SSL_do_handshake(m_ssl);
    if (rc == 1) {
        m_state = State::Ready;
        flush();
        return;
    }
    const int err = SSL_get_error(m_ssl, rc);
    if (err == SSL_ERROR_WANT_READ) {
        setEvents(EPOLLIN);
    } else if (err == SSL_ERROR_WANT_WRITE) {
        setEvents(EPOLLIN | EPOLLOUT);
    } else {
        char buf[256];
        ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
        fail(QByteArray("TLS handshake: ") + buf);
    }
}

void HttpConnection::flush()
{
    while (m_outOffset < m_out.size()) {
        const char *data = m_out.constData() + m_outOffset;
        const int len = int(m_out.size()) - m_outOffset;
        int n;
        if (m_ssl) {
            n = SSL_write(m_ssl, data, len);
            if (n <= 0) {
                const int err = SSL_get_error(m_ssl, n);
                if (err == SSL_ERROR_WANT_WRITE || err == SSL_ERROR_WANT_READ) {
                    setEvents(EPOLLIN | EPOLLOUT);
                    return;
                }
                fail("TLS write failed");
                return;
            }
        } else {
            n = int(::send(m_fd, data, size_t(len), MSG_NOSIGNAL));
            if (n < 0) {
                if (errno == EAGAIN) {
                    setEvents(EPOLLIN | EPOLLOUT);
                    return;
                }
                fail(QByteArray("send: ") + std::strerror(errno));
                return;
            }
        }
        m_outOffset += n;
    }
    setEvents(EPOLLIN);
}

void HttpConnection::onEvents(uint32_t events)
{
    if (m_fd < 0) {
        return;
    }
    switch (m_state) {
    case State::Closed:
        return;
    case State::Connecting: {
        int soError = 0;
        socklen_t len = sizeof soError;
        getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &soError, &len);
        if (soError != 0 || (events & (EPOLLERR | EPOLLHUP))) {
            fail(QByteArray("connect: ") + std::strerror(soError ? soError : ECONNREFUSED));
            return;
        }
        if (!m_endpoint.tls) {
            m_state = State::Ready;
            flush();
            return;
        }
        m_ssl = SSL_new(m_tls->native());
        SSL_set_fd(m_ssl, m_fd);
        SSL_set_tlsext_host_name(m_ssl, m_endpoint.host.constData());
        SSL_set1_host(m_ssl, m_endpoint.host.constData());
        SSL_set_connect_state(m_ssl);
        m_state = State::Handshaking;
        handshake();
        return;
    }
    case State::Handshaking:
        handshake();
        return;
    case State::Ready:
        if ((events & EPOLLOUT) && m_outOffset < m_out.size()) {
            flush();
            if (m_fd < 0) {
                return;
            }
        }
        if (events & (EPOLLIN | EPOLLERR | EPOLLHUP)) {
            readAvailable();
        }
        return;
    }
}

void HttpConnection::readAvailable()
{
    char buf[16384];
    for (;;) {
        int n;
        if (m_ssl) {
            n = SSL_read(m_ssl, buf, sizeof buf);
            if (n <= 0) {
                const int err = SSL_get_error(m_ssl, n);
                if (err == SSL_ERROR_WANT_READ || err == SSL_ERROR_WANT_WRITE) {
                    break;
                }
                ERR_clear_error();
                m_eof = true;
                break;
            }
        } else {
            n = int(::recv(m_fd, buf, sizeof buf, 0));
            if (n < 0 && errno == EAGAIN) {
                break;
            }
            if (n <= 0) {
                m_eof = true;
                break;
            }
        }
        m_in.append(buf, n);
    }
    parse();
}

static bool parseHeaderBlock(const QByteArray &block, HttpResponse &r)
{
    const QList<QByteArray> lines = block.split('\n');
    if (lines.isEmpty() || !lines.front().startsWith("HTTP/1.")) {
        return false;
    }
    const QByteArray statusLine = lines.front().trimmed();
    bool ok = false;
    r.status = statusLine.mid(9, 3).toInt(&ok);
    if (!ok) {
        return false;
    }
    for (int i = 1; i < lines.size(); ++i) {
        const int colon = lines[i].indexOf(':');
        if (colon > 0) {
            r.headers.emplace_back(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
    }
    return true;
}

/** Decodes a chunked body starting at \a pos; false while incomplete. Sets \a end past the trailer. */
static bool decodeChunked(const QByteArray &in, int pos, QByteArray &body, int &end, bool &bad)
{
    for (;;) {
        const int lineEnd = in.indexOf("\r\n", pos);
        if (lineEnd < 0) {
            return false;
        }
        bool ok = false;
        const QByteArray sizeField = in.mid(pos, lineEnd - pos).split(';').front().trimmed();
        const int size = sizeField.toInt(&ok, 16);
        if (!ok || size < 0) {
            bad = true;
            return false;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailer fields end with an empty line.
            const int trailerEnd = in.indexOf("\r\n", pos);
            if (trailerEnd < 0) {
                return false;
            }
            if (trailerEnd == pos) {
                end = pos + 2;
                return true;
            }
            const int blank = in.indexOf("\r\n\r\n", pos);
            if (blank < 0) {
                return false;
            }
            end = blank + 4;
            return true;
        }
        if (in.size() < pos + size + 2) {
            return false;
        }
        body.append(in.constData() + pos, size);
        pos += size + 2;
    }
}

void HttpConnection::parse()
{
    if (!m_callback) {
        if (m_eof) {
            close();
        }
        return;
    }
    const int headerEnd = int(m_in.indexOf("\r\n\r\n"));
    if (headerEnd >= 0) {
        HttpResponse response;
        if (!parseHeaderBlock(m_in.left(headerEnd), response)) {
            fail("malformed response head");
            return;
        }
        const int bodyStart = headerEnd + 4;
        int end = -1;
        const QByteArray length = response.header("content-length");
        const bool noBody = m_isHead || response.status == 204 || response.status == 304
            || (response.status >= 100 && response.status < 200);
        if (noBody) {
            end = bodyStart;
        } else if (response.header("transfer-encoding").toLower().contains("chunked")) {
            bool bad = false;
            if (!decodeChunked(m_in, bodyStart, response.body, end, bad)) {
                end = -1;
                if (bad) {
                    fail("malformed chunked body");
                    return;
                }
            }
        } else if (!length.isEmpty()) {
            const int n = length.toInt();
            if (m_in.size() >= bodyStart + n) {
                response.body = m_in.mid(bodyStart, n);
                end = bodyStart + n;
            }
        } else if (m_eof) {
            response.body = m_in.mid(bodyStart);
            end = int(m_in.size());
        }
        if (end >= 0) {
            m_in.remove(0, end);
            const bool closeAfter = m_eof || response.header("connection").toLower() == "close";
            Callback cb = std::move(m_callback);
            m_callback = nullptr;
            if (closeAfter) {
                close();
            }
            cb(true, response, {});
            return;
        }
    }
    if (m_eof) {
        // A reused keep-alive connection the server closed before answering: resend once.
        const bool nothingReceived = m_in.isEmpty();
        if (nothingReceived && !m_resent && m_requestsOnConnection > 1) {
            QByteArray raw = m_out;
            Callback cb = std::move(m_callback);
            const bool isHead = m_isHead;
            close();
            request(std::move(raw), isHead, std::move(cb));
            m_resent = true;
            return;
        }
        fail(nothingReceived ? "connection closed before the response" : "connection closed mid-response");
    }
}

void HttpConnection::fail(const QByteArray &error)
{
    Callback cb = std::move(m_callback);
    close();
    if (cb) {
        HttpResponse none;
        cb(false, none, error);
    }
}
