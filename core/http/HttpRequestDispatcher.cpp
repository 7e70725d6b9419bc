// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpRequestDispatcher.h"

#include "core/http/HttpConnectionGuard.h"
#include "core/http/HttpNativeSocket.h"
#include "core/http/HttpResponseWriter.h"
#include "core/http/HttpServerContext.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <exception>
#include <mutex>
#include <utility>

Q_LOGGING_CATEGORY(lcHttpDispatch, "anvil.http.dispatch")

namespace {

using Clock = std::chrono::steady_clock;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QString hostForUrl(const QHostAddress &address, quint16 port)
{
    const QHostAddress host = HttpNativeSocket::normalized(address);
    const QString text = host.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + host.toString() + QLatin1Char(']')
        : host.toString();
    return text + QLatin1Char(':') + QString::number(port);
}

} // namespace

struct HttpRequestDispatcher::Mailbox
{
    std::mutex mutex;
    QObject *target = nullptr;
};

HttpRequestDispatcher::HttpRequestDispatcher(std::shared_ptr<HttpServerContext> context, HttpListenerConfig::Kind kind,
                                             int listenerIndex, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_context(std::move(context))
    , m_kind(kind)
    , m_listenerIndex(listenerIndex)
    , m_mailbox(std::make_shared<Mailbox>())
{
    m_mailbox->target = this;
}

HttpRequestDispatcher::~HttpRequestDispatcher()
{
    std::lock_guard<std::mutex> lock(m_mailbox->mutex);
    m_mailbox->target = nullptr;
}

bool HttpRequestDispatcher::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    HttpConnectionGuard *guard = HttpConnectionGuard::of(socket);
    // The handler runs synchronously, so the socket lives until we return; but it may be
    // closing (a refused or "Connection: close" request earlier in a pipeline) or gone.
    if (guard == nullptr || guard->isClosing() || socket->state() != QAbstractSocket::ConnectedState) {
        return true;
    }
    const std::optional<HttpRequestScanner::Head> head = guard->takeHead();
    const auto started = head ? head->started : Clock::now();

    AcmeRequest acme;
    acme.method = head ? head->method : methodName(request.method());
    acme.remoteAddress = HttpNativeSocket::normalized(request.remoteAddress()).toString();
    const QList<QPair<QByteArray, QByteArray>> headers = request.headers();
    acme.headers.reserve(headers.size());
    for (const auto &header : headers) {
        acme.headers.append({header.first.toLower(), header.second});
    }
    const QByteArray host = acme.header("host");
    const QString scheme
        = m_kind == HttpListenerConfig::Kind::PlainHttp ? QStringLiteral("http://") : QStringLiteral("https://");
    acme.baseUrl = scheme
        + (host.isEmpty() ? hostForUrl(socket->localAddress(), socket->localPort()) : QString::fromLatin1(host));
    if (head && head->target.startsWith('/')) {
        // origin-form (RFC 9112 §3.2.1): decode the path, keep the query as sent.
        const qsizetype question = head->target.indexOf('?');
        const QByteArray rawPath = question < 0 ? head->target : head->target.left(question);
        acme.path = QString::fromUtf8(QByteArray::fromPercentEncoding(rawPath));
        acme.query = question < 0 ? QString() : QString::fromLatin1(head->target.mid(question + 1));
    } else {
        const QUrl url = request.url();
        acme.path = url.path(QUrl::FullyDecoded);
        acme.query = url.query(QUrl::FullyEncoded);
    }
    acme.body = request.body();
    if (m_kind == HttpListenerConfig::Kind::TlsClientCert) {
        acme.clientCertListener = true;
        if (auto *sslSocket = qobject_cast<QSslSocket *>(socket)) {
            // QueryPeer: the client proved possession of the key in the handshake, but the
            // chain is not verified here; the engine decides what to trust.
            const QSslCertificate peer = sslSocket->peerCertificate();
            if (!peer.isNull()) {
                acme.clientCertificateDer = peer.toDer();
                const QList<QSslCertificate> chain = sslSocket->peerCertificateChain();
                for (qsizetype i = 1; i < chain.size(); ++i) {
                    acme.clientCertificateChainDer.append(chain.at(i).toDer());
                }
            }
        }
    }

    AcmeResponse response;
    try {
        response = m_context->handler(acme);
    } catch (const std::exception &e) {
        qCCritical(lcHttpDispatch) << "request handler threw:" << e.what();
        response = HttpResponseWriter::transportProblem(500, QStringLiteral("Internal server error"),
                                                        QStringLiteral("serverInternal"));
    } catch (...) {
        qCCritical(lcHttpDispatch) << "request handler threw";
        response = HttpResponseWriter::transportProblem(500, QStringLiteral("Internal server error"),
                                                        QStringLiteral("serverInternal"));
    }

    HttpResponseWriter::Framing framing;
    framing.headRequest = acme.method == "HEAD";
    framing.minorVersion = head ? head->minorVersion : 1;
    framing.keepAlive = !response.closeConnection
        && (head ? head->keepAlive : acme.header("connection").compare("close", Qt::CaseInsensitive) != 0);
    const bool waits = response.whenDurable || response.whenSettled;
    if (socket->state() == QAbstractSocket::ConnectedState && (waits || guard->hasQueuedResponses())) {
        // It reports commits not on disk yet, or a newer answer is due soon (or it queues behind
        // one of those): it goes out once they are, and this thread serves other connections
        // meanwhile.
        const int holds = (response.whenDurable ? 1 : 0) + (response.whenSettled ? 1 : 0);
        const quint64 id
            = guard->queueResponse(HttpResponseWriter::serialize(response, framing), framing.keepAlive, holds);
        const QPointer<HttpConnectionGuard> target(guard);
        const std::shared_ptr<Mailbox> mailbox = m_mailbox;
        // Runs `work` on this thread (the guard's) unless the dispatcher went away.
        auto post = [mailbox](std::function<void()> work) {
            std::lock_guard<std::mutex> lock(mailbox->mutex);
            if (mailbox->target) {
                QMetaObject::invokeMethod(mailbox->target, std::move(work), Qt::QueuedConnection);
            }
        };
        if (response.whenDurable) {
            response.whenDurable([post, target, id](bool ok) {
                post([target, id, ok]() {
                    if (target) {
                        target->release(id, ok);
                    }
                });
            });
        }
        if (response.whenSettled) {
            // The newer answer or the deadline, whichever comes first; both run on this thread.
            auto over = std::make_shared<bool>(false);
            QTimer::singleShot(std::max(0, response.settleWithinMs), guard, [target, id, over]() {
                if (target && !std::exchange(*over, true)) {
                    target->release(id, true);
                }
            });
            response.whenSettled([post, target, id, over, framing](std::optional<AcmeResponse> answer) {
                QByteArray bytes = answer ? HttpResponseWriter::serialize(*answer, framing) : QByteArray();
                post([target, id, over, bytes = std::move(bytes)]() {
                    if (target && !std::exchange(*over, true)) {
                        if (!bytes.isEmpty()) {
                            target->supersede(id, bytes);
                        }
                        target->release(id, true);
                    }
                });
            });
        }
    } else if (socket->state() == QAbstractSocket::ConnectedState) {
        const AcmeResponse framed = HttpResponseWriter::frame(response, framing);
        QHttpServerResponder responder = makeResponder(request, socket);
        responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(framed.status));
        for (const auto &header : framed.headers) {
            responder.writeHeader(header.first, header.second);
        }
        responder.writeBody(framed.body); // also ends the header section when the body is empty
        guard->responded(framing.keepAlive);
    }

    if (m_context->log && m_context->logWanted && m_context->logWanted()) {
        HttpRequestLogEntry entry;
        entry.method = acme.method;
        entry.path = acme.path;
        entry.status = response.status;
        entry.latencyMicros = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started).count();
        entry.remoteAddress = acme.remoteAddress;
        entry.listenerIndex = m_listenerIndex;
        m_context->log(entry);
    }
    return true;
}

void HttpRequestDispatcher::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Unreachable: handleRequest() answers every request.
    Q_UNUSED(request)
    Q_UNUSED(socket)
}
