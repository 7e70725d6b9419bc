// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>

/** One address and port the ACME server accepts connections on. */
struct HttpListenerConfig
{
    enum class Kind {
        PlainHttp,
        Tls,
        /** TLS that asks for a client certificate without requiring one (QSslSocket::QueryPeer). */
        TlsClientCert,
    };

    /** QHostAddress::Any listens dual-stack (IPv6 socket accepting IPv4-mapped peers). */
    QHostAddress address = QHostAddress::Any;
    /** 0 picks an ephemeral port; AcmeHttpServer::serverPort() tells which. */
    quint16 port = 0;
    Kind kind = Kind::PlainHttp;
    /** TLS kinds: the server certificate first, then its intermediates (PEM). */
    QByteArray certificateChainPem;
    /** TLS kinds: the private key of the first certificate (PEM, RSA or EC, unencrypted). */
    QByteArray privateKeyPem;

    bool isTls() const { return kind != Kind::PlainHttp; }
};
