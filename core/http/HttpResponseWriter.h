// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeResponse.h"

#include <QByteArray>
#include <QString>

/** Turns an AcmeResponse into HTTP/1.1 bytes; core/http owns the framing headers. */
class HttpResponseWriter
{
public:
    struct Framing
    {
        bool headRequest = false; // HEAD: same headers, no body (RFC 9110 §9.3.2)
        bool keepAlive = true;
        int minorVersion = 1; // of the request; HTTP/1.0 keep-alive must be announced
    };

    /**
     * The response as it goes on the wire: status, every header (several of one name too) and
     * the body. Content-Length, Connection and Transfer-Encoding from the engine are replaced
     * by the framing's own; header lines containing CR, LF or NUL are dropped (response
     * splitting); the body is dropped for HEAD, 1xx, 204 and 304.
     */
    static AcmeResponse frame(const AcmeResponse &response, const Framing &framing);
    /** frame() as HTTP/1.1 bytes, for answers written before QtHttpServer has a request. */
    static QByteArray serialize(const AcmeResponse &response, const Framing &framing);

    /**
     * An RFC 7807 problem document for refusals made before the engine sees a request
     * (oversized body or header fields, malformed framing) or when the handler failed; they
     * close the connection. `type` is the ACME error type after "urn:ietf:params:acme:error:".
     */
    static AcmeResponse transportProblem(int status, const QString &detail,
                                         const QString &type = QStringLiteral("malformed"));

    static QByteArray reasonPhrase(int status);
};
