// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/validation/ValidationDeadline.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>

#include <memory>

/**
 * A client connection for validators: plain blocking-style socket I/O with every wait bounded by
 * a ValidationDeadline, optionally wrapped in TLS (OpenSSL, no certificate verification: the
 * challenge itself is the proof, RFC 8737 §3 and RFC 8555 §8.3 redirects to https).
 *
 * No event loop needed, so it runs on QThreadPool workers. TLS goes through memory BIOs and
 * send(MSG_NOSIGNAL), so a peer that resets the connection cannot raise SIGPIPE.
 *
 * Errors: CoreError::Io for connection problems and timeouts, CoreError::Crypto for TLS failures;
 * the detail is client-safe and names the peer ("Connection refused to 127.0.0.1:5002").
 */
class TcpConnection
{
public:
    TcpConnection();
    ~TcpConnection();
    TcpConnection(const TcpConnection &) = delete;
    TcpConnection &operator=(const TcpConnection &) = delete;

    /** Connects within min(deadline, attemptMs) (attemptMs < 0: the deadline alone). */
    VoidResult connectTo(const QHostAddress &address, quint16 port, const ValidationDeadline &deadline,
                         int attemptMs = -1);
    /**
     * TLS 1.2+ handshake. serverName goes into SNI (skipped when empty); alpn, when not empty, is
     * offered as the only ALPN protocol ("acme-tls/1").
     */
    VoidResult startTls(const QString &serverName, const QByteArray &alpn, const ValidationDeadline &deadline);

    VoidResult writeAll(const QByteArray &data, const ValidationDeadline &deadline);
    /** Up to maxBytes (at least 1 byte); an empty array means the peer closed the connection. */
    Result<QByteArray> readSome(qint64 maxBytes, const ValidationDeadline &deadline);

    /** The ALPN protocol the server selected; empty when none. */
    QByteArray alpnSelected() const;
    /** The server's leaf certificate, DER; empty without TLS. */
    QByteArray peerCertificateDer() const;
    /** "127.0.0.1:80" or "[::1]:443". */
    QString peerText() const;

    static QString endpointText(const QHostAddress &address, quint16 port);

private:
    struct Private;
    std::unique_ptr<Private> d;
};
