// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpResponseWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isFramingHeader(const QByteArray &name)
{
    return name.compare("content-length", Qt::CaseInsensitive) == 0
        || name.compare("connection", Qt::CaseInsensitive) == 0
        || name.compare("transfer-encoding", Qt::CaseInsensitive) == 0
        || name.compare("keep-alive", Qt::CaseInsensitive) == 0;
}

bool isSafeHeaderText(const QByteArray &text)
{
    return !text.contains('\r') && !text.contains('\n') && !text.contains('\0');
}

} // namespace

AcmeResponse HttpResponseWriter::frame(const AcmeResponse &response, const Framing &framing)
{
    AcmeResponse out;
    out.status = (response.status >= 100 && response.status <= 999) ? response.status : 500;
    out.closeConnection = !framing.keepAlive;
    // RFC 9110 §6.4.1: 1xx, 204 and 304 responses have no content and no Content-Length.
    const bool bodyless = out.status < 200 || out.status == 204 || out.status == 304;
    out.headers.reserve(response.headers.size() + 2);
    for (const auto &header : response.headers) {
        if (header.first.isEmpty() || isFramingHeader(header.first) || !isSafeHeaderText(header.first)
            || !isSafeHeaderText(header.second)) {
            continue;
        }
        out.headers.append(header);
    }
    if (!bodyless) {
        // HEAD: the length the GET body would have (RFC 9110 §8.6).
        out.addHeader("Content-Length", QByteArray::number(response.body.size()));
    }
    if (!framing.keepAlive) {
        out.addHeader("Connection", "close");
    } else if (framing.minorVersion == 0) {
        out.addHeader("Connection", "keep-alive");
    }
    if (!bodyless && !framing.headRequest) {
        out.body = response.body;
    }
    return out;
}

QByteArray HttpResponseWriter::serialize(const AcmeResponse &response, const Framing &framing)
{
    const AcmeResponse framed = frame(response, framing);
    QByteArray out;
    out.reserve(160 + framed.body.size() + framed.headers.size() * 64);
    out += "HTTP/1.1 ";
    out += QByteArray::number(framed.status);
    out += ' ';
    out += reasonPhrase(framed.status);
    out += "\r\n";
    for (const auto &header : framed.headers) {
        out += header.first;
        out += ": ";
        out += header.second;
        out += "\r\n";
    }
    out += "\r\n";
    out += framed.body;
    return out;
}

AcmeResponse HttpResponseWriter::transportProblem(int status, const QString &detail, const QString &type)
{
    // Built here rather than in core/acme: the request never reached the engine. Same shape as
    // an AcmeProblem document (RFC 8555 §6.7, RFC 7807).
    QJsonObject problem;
    problem.insert(QStringLiteral("type"), QStringLiteral("urn:ietf:params:acme:error:") + type);
    problem.insert(QStringLiteral("detail"), detail);
    problem.insert(QStringLiteral("status"), status);
    AcmeResponse response;
    response.status = status;
    response.addHeader("Content-Type", "application/problem+json");
    response.body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    response.closeConnection = true;
    return response;
}

QByteArray HttpResponseWriter::reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 406:
        return "Not Acceptable";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 410:
        return "Gone";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 428:
        return "Precondition Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        // RFC 9112 §4: the reason phrase is optional and clients ignore it.
        return {};
    }
}
