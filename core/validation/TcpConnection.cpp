// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/TcpConnection.h"

#include <cerrno>
#include <cstring>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

namespace {

struct SslCtxDeleter
{
    void operator()(SSL_CTX *ctx) const { SSL_CTX_free(ctx); }
};
struct SslDeleter
{
    void operator()(SSL *ssl) const { SSL_free(ssl); }
};

QString sslErrorText()
{
    const unsigned long code = ERR_peek_last_error();
    const char *reason = code ? ERR_reason_error_string(code) : nullptr;
    ERR_clear_error();
    return reason ? QString::fromLatin1(reason) : QStringLiteral("protocol error");
}

// Waits for events on fd; 1 ready, 0 timed out, -1 error.
int waitFor(int fd, short events, int timeoutMs)
{
    pollfd pfd {fd, events, 0};
    for (;;) {
        const int ready = ::poll(&pfd, 1, timeoutMs);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        return ready < 0 ? -1 : (ready == 0 ? 0 : 1);
    }
}

QString errnoText(int err)
{
    switch (err) {
    case ECONNREFUSED:
        return QStringLiteral("Connection refused");
    case ECONNRESET:
        return QStringLiteral("Connection reset");
    case ENETUNREACH:
        return QStringLiteral("Network unreachable");
    case EHOSTUNREACH:
        return QStringLiteral("Host unreachable");
    case ETIMEDOUT:
        return QStringLiteral("Connection timed out");
    case EPIPE:
        return QStringLiteral("Connection closed");
    default:
        return QString::fromLocal8Bit(std::strerror(err));
    }
}

} // namespace

struct TcpConnection::Private
{
    int fd = -1;
    QHostAddress address;
    quint16 port = 0;
    std::unique_ptr<SSL_CTX, SslCtxDeleter> sslCtx;
    std::unique_ptr<SSL, SslDeleter> ssl;
    BIO *networkIn = nullptr; // owned by ssl: bytes from the socket for OpenSSL
    BIO *networkOut = nullptr; // owned by ssl: bytes OpenSSL wants sent
    bool peerClosed = false;

    ~Private()
    {
        if (fd >= 0) {
            ::close(fd);
        }
    }

    QString peer() const { return TcpConnection::endpointText(address, port); }

    CoreError ioError(const QString &what) const
    {
        return CoreError(CoreError::Code::Io, QStringLiteral("%1 %2").arg(what, peer()));
    }

    VoidResult sendRaw(const char *data, qint64 size, const ValidationDeadline &deadline)
    {
        qint64 sent = 0;
        while (sent < size) {
            const ssize_t n = ::send(fd, data + sent, static_cast<size_t>(size - sent), MSG_NOSIGNAL);
            if (n > 0) {
                sent += n;
                continue;
            }
            if (n < 0 && errno == EINTR) {
                continue;
            }
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                const int ready = waitFor(fd, POLLOUT, deadline.remainingMs());
                if (ready == 0) {
                    return CoreError(CoreError::Code::Io,
                                     deadline.timeoutDetail(QStringLiteral("sending to %1").arg(peer())));
                }
                if (ready < 0) {
                    return ioError(QStringLiteral("Send failed to"));
                }
                continue;
            }
            return ioError(QStringLiteral("%1 by").arg(errnoText(errno)));
        }
        return {};
    }

    // Reads what the socket has (waiting for at least one byte); empty result = peer closed.
    Result<QByteArray> recvRaw(qint64 maxBytes, const ValidationDeadline &deadline)
    {
        QByteArray buffer(static_cast<int>(qBound(qint64(1), maxBytes, qint64(64 * 1024))), Qt::Uninitialized);
        for (;;) {
            const ssize_t n = ::recv(fd, buffer.data(), static_cast<size_t>(buffer.size()), 0);
            if (n > 0) {
                buffer.truncate(static_cast<int>(n));
                return buffer;
            }
            if (n == 0) {
                peerClosed = true;
                return QByteArray();
            }
            if (errno == EINTR) {
                continue;
            }
            if (errno == EAGAIN || errno == EWOULDBLOCK) {
                const int ready = waitFor(fd, POLLIN, deadline.remainingMs());
                if (ready == 0) {
                    return CoreError(CoreError::Code::Io,
                                     deadline.timeoutDetail(QStringLiteral("waiting for data from %1").arg(peer())));
                }
                if (ready < 0) {
                    return ioError(QStringLiteral("Receive failed from"));
                }
                continue;
            }
            return ioError(QStringLiteral("%1 by").arg(errnoText(errno)));
        }
    }

    // Sends whatever OpenSSL queued for the network.
    VoidResult flushTls(const ValidationDeadline &deadline)
    {
        char chunk[16 * 1024];
        for (;;) {
            const int n = BIO_read(networkOut, chunk, sizeof(chunk));
            if (n <= 0) {
                return {};
            }
            VoidResult sent = sendRaw(chunk, n, deadline);
            if (!sent) {
                return sent;
            }
        }
    }

    // Feeds OpenSSL the next bytes from the socket; false with peerClosed on EOF.
    Result<bool> fillTls(const ValidationDeadline &deadline)
    {
        Result<QByteArray> data = recvRaw(16 * 1024, deadline);
        if (!data) {
            return data.error();
        }
        if (data->isEmpty()) {
            return false;
        }
        BIO_write(networkIn, data->constData(), static_cast<int>(data->size()));
        return true;
    }
};

TcpConnection::TcpConnection()
    : d(std::make_unique<Private>())
{
}

TcpConnection::~TcpConnection() = default;

QString TcpConnection::endpointText(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return QStringLiteral("%1:%2").arg(host).arg(port);
}

QString TcpConnection::peerText() const
{
    return d->peer();
}

VoidResult TcpConnection::connectTo(const QHostAddress &address, quint16 port, const ValidationDeadline &deadline,
                                    int attemptMs)
{
    d->address = address;
    d->port = port;
    sockaddr_storage storage {};
    socklen_t length = 0;
    int family = AF_INET;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        auto *sin = reinterpret_cast<sockaddr_in *>(&storage);
        sin->sin_family = AF_INET;
        sin->sin_port = htons(port);
        sin->sin_addr.s_addr = htonl(address.toIPv4Address());
        length = sizeof(sockaddr_in);
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        family = AF_INET6;
        auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons(port);
        const Q_IPV6ADDR v6 = address.toIPv6Address();
        std::memcpy(&sin6->sin6_addr, v6.c, 16);
        length = sizeof(sockaddr_in6);
    } else {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot connect to %1").arg(address.toString()));
    }

    d->fd = ::socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (d->fd < 0) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot open a socket"),
                         QString::fromLocal8Bit(std::strerror(errno)));
    }
    const int one = 1;
    ::setsockopt(d->fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));

    if (::connect(d->fd, reinterpret_cast<sockaddr *>(&storage), length) == 0) {
        return {};
    }
    if (errno != EINPROGRESS) {
        return d->ioError(QStringLiteral("%1 to").arg(errnoText(errno)));
    }
    const int remaining = deadline.remainingMs();
    const bool attemptBound = attemptMs >= 0 && attemptMs < remaining;
    const int ready = waitFor(d->fd, POLLOUT, attemptBound ? attemptMs : remaining);
    if (ready == 0) {
        if (attemptBound) {
            return d->ioError(QStringLiteral("Timeout connecting to"));
        }
        return CoreError(CoreError::Code::Io,
                         deadline.timeoutDetail(QStringLiteral("connecting to %1").arg(d->peer())));
    }
    int error = 0;
    socklen_t errorLength = sizeof(error);
    if (ready < 0 || ::getsockopt(d->fd, SOL_SOCKET, SO_ERROR, &error, &errorLength) != 0) {
        error = errno;
    }
    if (error != 0) {
        return d->ioError(QStringLiteral("%1 to").arg(errnoText(error)));
    }
    return {};
}

VoidResult TcpConnection::startTls(const QString &serverName, const QByteArray &alpn,
                                   const ValidationDeadline &deadline)
{
    ERR_clear_error();
    d->sslCtx.reset(SSL_CTX_new(TLS_client_method()));
    if (!d->sslCtx) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("TLS is unavailable"), sslErrorText());
    }
    // RFC 8737 §4: TLS 1.2 or higher.
    SSL_CTX_set_min_proto_version(d->sslCtx.get(), TLS1_2_VERSION);
    SSL_CTX_set_verify(d->sslCtx.get(), SSL_VERIFY_NONE, nullptr);
    d->ssl.reset(SSL_new(d->sslCtx.get()));
    d->networkIn = BIO_new(BIO_s_mem());
    d->networkOut = BIO_new(BIO_s_mem());
    if (!d->ssl || !d->networkIn || !d->networkOut) {
        BIO_free(d->networkIn);
        BIO_free(d->networkOut);
        d->networkIn = d->networkOut = nullptr;
        return CoreError(CoreError::Code::Internal, QStringLiteral("TLS is unavailable"), sslErrorText());
    }
    SSL_set_bio(d->ssl.get(), d->networkIn, d->networkOut);
    SSL_set_connect_state(d->ssl.get());
    if (!serverName.isEmpty()) {
        const QByteArray sni = serverName.toLatin1();
        SSL_set_tlsext_host_name(d->ssl.get(), sni.constData());
    }
    if (!alpn.isEmpty()) {
        QByteArray wire;
        wire.append(static_cast<char>(alpn.size()));
        wire.append(alpn);
        // Unlike most of OpenSSL, 0 means success here.
        if (SSL_set_alpn_protos(d->ssl.get(), reinterpret_cast<const unsigned char *>(wire.constData()),
                                static_cast<unsigned int>(wire.size()))
            != 0) {
            return CoreError(CoreError::Code::Internal, QStringLiteral("TLS is unavailable"), sslErrorText());
        }
    }

    for (;;) {
        const int rc = SSL_do_handshake(d->ssl.get());
        const int sslError = rc == 1 ? SSL_ERROR_NONE : SSL_get_error(d->ssl.get(), rc);
        const QString reason = sslError == SSL_ERROR_SSL ? sslErrorText() : QString();
        VoidResult flushed = d->flushTls(deadline); // also sends our alert on failure
        if (rc == 1) {
            return flushed;
        }
        if (sslError == SSL_ERROR_WANT_READ) {
            if (!flushed) {
                return flushed;
            }
            Result<bool> filled = d->fillTls(deadline);
            if (!filled) {
                if (deadline.hasExpired()) {
                    return CoreError(CoreError::Code::Io,
                                     deadline.timeoutDetail(QStringLiteral("TLS handshake with %1").arg(d->peer())));
                }
                return CoreError(
                    CoreError::Code::Crypto,
                    QStringLiteral("TLS handshake with %1 failed: %2").arg(d->peer(), filled.error().detail()));
            }
            if (!*filled) {
                return CoreError(
                    CoreError::Code::Crypto,
                    QStringLiteral("TLS handshake with %1 failed: connection closed by the server").arg(d->peer()));
            }
            continue;
        }
        return CoreError(CoreError::Code::Crypto,
                         QStringLiteral("TLS handshake with %1 failed: %2")
                             .arg(d->peer(), reason.isEmpty() ? QStringLiteral("protocol error") : reason));
    }
}

VoidResult TcpConnection::writeAll(const QByteArray &data, const ValidationDeadline &deadline)
{
    if (!d->ssl) {
        return d->sendRaw(data.constData(), data.size(), deadline);
    }
    ERR_clear_error();
    // Memory BIOs accept everything at once; the socket write below is what may wait.
    if (!data.isEmpty() && SSL_write(d->ssl.get(), data.constData(), static_cast<int>(data.size())) <= 0) {
        return CoreError(CoreError::Code::Crypto,
                         QStringLiteral("TLS write to %1 failed: %2").arg(d->peer(), sslErrorText()));
    }
    return d->flushTls(deadline);
}

Result<QByteArray> TcpConnection::readSome(qint64 maxBytes, const ValidationDeadline &deadline)
{
    if (!d->ssl) {
        return d->recvRaw(maxBytes, deadline);
    }
    QByteArray buffer(static_cast<int>(qBound(qint64(1), maxBytes, qint64(64 * 1024))), Qt::Uninitialized);
    ERR_clear_error();
    for (;;) {
        const int n = SSL_read(d->ssl.get(), buffer.data(), static_cast<int>(buffer.size()));
        if (n > 0) {
            buffer.truncate(n);
            return buffer;
        }
        const int sslError = SSL_get_error(d->ssl.get(), n);
        if (sslError == SSL_ERROR_ZERO_RETURN) {
            return QByteArray();
        }
        if (sslError != SSL_ERROR_WANT_READ) {
            return CoreError(CoreError::Code::Crypto,
                             QStringLiteral("TLS read from %1 failed: %2").arg(d->peer(), sslErrorText()));
        }
        VoidResult flushed = d->flushTls(deadline); // TLS 1.3 may want to answer (key update)
        if (!flushed) {
            return flushed.error();
        }
        Result<bool> filled = d->fillTls(deadline);
        if (!filled) {
            return filled.error();
        }
        if (!*filled) {
            // Closed without close_notify: common for HTTP servers, and the body length is checked anyway.
            return QByteArray();
        }
    }
}

QByteArray TcpConnection::alpnSelected() const
{
    if (!d->ssl) {
        return {};
    }
    const unsigned char *data = nullptr;
    unsigned int length = 0;
    SSL_get0_alpn_selected(d->ssl.get(), &data, &length);
    return data ? QByteArray(reinterpret_cast<const char *>(data), static_cast<int>(length)) : QByteArray();
}

QByteArray TcpConnection::peerCertificateDer() const
{
    if (!d->ssl) {
        return {};
    }
    // get0: the certificate stays owned by the SSL object.
    X509 *cert = SSL_get0_peer_certificate(d->ssl.get());
    if (!cert) {
        return {};
    }
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    if (length <= 0) {
        return {};
    }
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}
