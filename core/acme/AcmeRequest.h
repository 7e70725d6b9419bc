// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

/**
 * One HTTP request as the protocol engine sees it (no sockets, STYLE.md §1.4). core/http
 * builds it from QtHttpServer's request; tests build it by hand.
 */
struct AcmeRequest
{
    QByteArray method; // "GET", "HEAD", "POST", ...
    QString baseUrl; // scheme://host:port as the client addressed us, e.g. "https://127.0.0.1:8442"
    QString path; // "/acme/newOrder", decoded path without query
    QString query; // raw query string without '?', e.g. "configurationId=corp"
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QString remoteAddress; // client IP, for rate limits and logs
    bool clientCertListener = false; // arrived on the client-certificate (mTLS) listener
    QByteArray clientCertificateDer; // the verified client certificate, empty when none
    QList<QByteArray> clientCertificateChainDer; // intermediates the client sent

    QByteArray header(const QByteArray &lowerName) const
    {
        for (const auto &h : headers) {
            if (h.first == lowerName) {
                return h.second;
            }
        }
        return {};
    }
    /** The URL the client requested, as a JWS "url" must name it (RFC 8555 §6.4). */
    QString url() const { return query.isEmpty() ? baseUrl + path : baseUrl + path + QLatin1Char('?') + query; }
};
