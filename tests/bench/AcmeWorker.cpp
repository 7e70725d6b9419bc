// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcmeWorker.h"

#include "CsrFactory.h"
#include "Http01Responder.h"

#include "core/jose/Base64Url.h"
#include "core/jose/JwsSigner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace {

QJsonObject parseObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray stringMember(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1String(name)).toString().toUtf8();
}

/** "urn:ietf:params:acme:error:badNonce" -> "badNonce"; other type URIs stay whole. */
QString shortProblemType(const QJsonObject &problem)
{
    static const QString prefix = QStringLiteral("urn:ietf:params:acme:error:");
    QString type = problem.value(QLatin1String("type")).toString();
    if (type.startsWith(prefix)) {
        type = type.mid(prefix.size());
    }
    return type.isEmpty() ? QStringLiteral("(no problem type)") : type;
}

/** The problem of the first failed challenge of an authorization, for the error report. */
QString authzErrorType(const QJsonObject &authz)
{
    const QJsonArray challenges = authz.value(QLatin1String("challenges")).toArray();
    for (const QJsonValue &c : challenges) {
        const QJsonObject error = c.toObject().value(QLatin1String("error")).toObject();
        if (!error.isEmpty()) {
            return shortProblemType(error);
        }
    }
    return QStringLiteral("(no challenge error)");
}

} // namespace

AcmeWorker::AcmeWorker(EventLoop &loop, BenchShared &shared, BenchStats &stats, AccountKey key)
    : m_loop(loop)
    , m_shared(shared)
    , m_stats(&stats)
    , m_key(std::move(key))
    , m_connection(loop, shared.endpoint, shared.tls)
    , m_thumbprintSuffix("." + m_key.publicJwk().thumbprint().toLatin1())
{
    if (shared.hasAlternate) {
        m_alternate = std::make_unique<HttpConnection>(loop, shared.alternate, shared.tls);
    }
}

void AcmeWorker::send(RequestType type, const QByteArray &method, const QByteArray &url, const QByteArray &body,
                      Handler onOk)
{
    // Every URL goes to the one endpoint; the Host header and the path come from the URL itself.
    const int schemeEnd = int(url.indexOf("://"));
    const int pathStart = schemeEnd < 0 ? -1 : int(url.indexOf('/', schemeEnd + 3));
    const QByteArray authority = schemeEnd < 0 ? m_shared.endpoint.hostHeader
                                               : url.mid(schemeEnd + 3, pathStart < 0 ? -1 : pathStart - schemeEnd - 3);
    const QByteArray path = pathStart < 0 ? QByteArrayLiteral("/") : url.mid(pathStart);

    QByteArray raw;
    raw.reserve(200 + body.size());
    raw += method + ' ' + path + " HTTP/1.1\r\nHost: " + authority + "\r\nUser-Agent: anvil-bench\r\n";
    if (method == "POST") {
        raw += "Content-Type: application/jose+json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    raw += "\r\n";
    raw += body;

    // With two nodes, requests alternate between them: a nonce, an order or an authorization made
    // by one is used on the other.
    HttpConnection &connection = m_alternate && (m_sent++ % 2 == 1) ? *m_alternate : m_connection;
    const int64_t start = EventLoop::nowUs();
    m_timeout = m_loop.addTimer(int64_t(m_shared.timeoutMs) * 1000, [this, type, &connection]() {
        m_timeout = 0;
        connection.close();
        m_nonce.clear();
        fail(QStringLiteral("%1: timeout").arg(QLatin1String(requestTypeName(type))));
    });
    connection.request(std::move(raw), method == "HEAD",
                       [this, type, start, onOk = std::move(onOk)](bool ok, HttpResponse &r, const QByteArray &err) {
                           m_loop.cancelTimer(m_timeout);
                           m_timeout = 0;
                           m_stats->requestUs[size_t(type)].push_back(int32_t(EventLoop::nowUs() - start));
                           if (!ok) {
                               m_nonce.clear();
                               fail(QStringLiteral("%1: connection: %2")
                                        .arg(QLatin1String(requestTypeName(type)), QString::fromLatin1(err)));
                               return;
                           }
                           const QByteArray nonce = r.header("replay-nonce");
                           if (!nonce.isEmpty()) {
                               m_nonce = nonce;
                           }
                           onOk(r);
                       });
}

void AcmeWorker::signedPost(RequestType type, const QByteArray &url, const QByteArray &payload, bool useJwk,
                            Handler onOk, int attempt)
{
    if (m_nonce.isEmpty()) {
        send(RequestType::NewNonce, "HEAD", m_newNonceUrl, {},
             [this, type, url, payload, useJwk, onOk = std::move(onOk), attempt](HttpResponse &) mutable {
                 if (m_nonce.isEmpty()) {
                     fail(QStringLiteral("newNonce: no Replay-Nonce"));
                     return;
                 }
                 signedPost(type, url, payload, useJwk, std::move(onOk), attempt);
             });
        return;
    }
    const QString nonce = QString::fromLatin1(m_nonce);
    m_nonce.clear();
    const QString urlText = QString::fromUtf8(url);
    const QJsonObject header = useJwk ? JwsSigner::jwkHeader(m_key, nonce, urlText)
                                      : JwsSigner::kidHeader(QString::fromUtf8(m_accountUrl), nonce, urlText);
    Result<QByteArray> body = JwsSigner::sign(m_key, header, payload);
    if (!body) {
        fail(QStringLiteral("client: JWS signing failed"));
        return;
    }
    send(type, "POST", url, *body, [this, type, url, payload, useJwk, onOk, attempt](HttpResponse &r) {
        if (r.status >= 400) {
            const QString problem = shortProblemType(parseObject(r.body));
            // RFC 8555 §6.5: a client retries a badNonce with the nonce of the error response.
            if (problem == QLatin1String("badNonce") && attempt < 3 && !m_nonce.isEmpty()) {
                ++m_stats->badNonceRetries;
                signedPost(type, url, payload, useJwk, onOk, attempt + 1);
                return;
            }
            fail(QStringLiteral("%1: %2").arg(QLatin1String(requestTypeName(type)), problem));
            return;
        }
        if (r.status != 200 && r.status != 201) {
            fail(QStringLiteral("%1: HTTP %2").arg(QLatin1String(requestTypeName(type))).arg(r.status));
            return;
        }
        onOk(r);
    });
}

void AcmeWorker::fail(const QString &kind)
{
    m_stats->addError(kind);
    cleanupTokens();
    if (m_accountPhase) {
        ++m_stats->accountsFailed;
        finishPhase();
        return;
    }
    ++m_stats->flowsFailed;
    ++m_flowSerial;
    // A short pause so that a server answering errors is not hammered in a tight loop.
    m_loop.addTimer(10000, [this]() { startFlow(); });
}

void AcmeWorker::finishPhase()
{
    m_accountPhase = false;
    m_shared.activeWorkers.fetch_sub(1);
}

void AcmeWorker::startAccountPhase()
{
    m_accountPhase = true;
    send(RequestType::Directory, "GET", m_shared.directoryUrl, {}, [this](HttpResponse &r) {
        const QJsonObject d = parseObject(r.body);
        m_newNonceUrl = stringMember(d, "newNonce");
        m_newAccountUrl = stringMember(d, "newAccount");
        m_newOrderUrl = stringMember(d, "newOrder");
        if (r.status != 200 || m_newNonceUrl.isEmpty() || m_newAccountUrl.isEmpty() || m_newOrderUrl.isEmpty()) {
            fail(QStringLiteral("directory: HTTP %1 or incomplete").arg(r.status));
            return;
        }
        const int64_t start = EventLoop::nowUs();
        const QJsonObject payload {{QStringLiteral("termsOfServiceAgreed"), true}};
        signedPost(RequestType::NewAccount, m_newAccountUrl, compact(payload), true, [this, start](HttpResponse &r) {
            m_accountUrl = r.header("location");
            if (m_accountUrl.isEmpty()) {
                fail(QStringLiteral("newAccount: no Location"));
                return;
            }
            m_stats->accountUs.push_back(int32_t(EventLoop::nowUs() - start));
            ++m_stats->accountsOk;
            finishPhase();
        });
    });
}

void AcmeWorker::startFlowPhase()
{
    startFlow();
}

bool AcmeWorker::shouldStartFlow()
{
    if (m_shared.stopping.load()) {
        return false;
    }
    if (m_shared.flowLimit >= 0) {
        return m_shared.flowTickets.fetch_add(1) < m_shared.flowLimit;
    }
    return EventLoop::nowUs() < m_shared.deadlineUs.load();
}

QStringList AcmeWorker::nextIdentifiers(QJsonArray *json)
{
    m_dnsNames.clear();
    m_ipAddresses.clear();
    for (int k = 0; k < m_shared.namesPerOrder; ++k) {
        QString value;
        QString type = QStringLiteral("ip");
        if (m_shared.identifierMode == QLatin1String("ip-fixed")) {
            value = QStringLiteral("127.0.0.%1").arg(k + 1);
            m_ipAddresses << value;
        } else if (m_shared.identifierMode == QLatin1String("dns")) {
            const quint32 c = m_shared.identifierCounter.fetch_add(1);
            value = QStringLiteral("b%1-%2.%3").arg(quintptr(this) & 0xffff, 0, 16).arg(c).arg(m_shared.dnsSuffix);
            type = QStringLiteral("dns");
            m_dnsNames << value;
        } else {
            // A fresh loopback address per identifier: no server can reuse an earlier
            // authorization, so every flow validates. All of 127/8 reaches the responder.
            const quint32 c = m_shared.identifierCounter.fetch_add(1);
            value = QStringLiteral("127.%1.%2.%3").arg((c / 254 / 256) % 256).arg((c / 254) % 256).arg(c % 254 + 1);
            m_ipAddresses << value;
        }
        json->append(QJsonObject {{QStringLiteral("type"), type}, {QStringLiteral("value"), value}});
    }
    return m_dnsNames + m_ipAddresses;
}

void AcmeWorker::startFlow()
{
    if (!shouldStartFlow()) {
        finishPhase();
        return;
    }
    ++m_flowSerial;
    if (m_shared.reconnect) {
        m_connection.close();
        if (m_alternate) {
            m_alternate->close();
        }
    }
    m_flowStartUs = EventLoop::nowUs();
    m_authzs.clear();
    m_orderUrl.clear();
    m_finalizeUrl.clear();
    QJsonArray identifiers;
    nextIdentifiers(&identifiers);
    const QJsonObject payload {{QStringLiteral("identifiers"), identifiers}};
    signedPost(RequestType::NewOrder, m_newOrderUrl, compact(payload), false, [this](HttpResponse &r) { onOrder(r); });
}

void AcmeWorker::onOrder(HttpResponse &r)
{
    const QJsonObject order = parseObject(r.body);
    m_orderUrl = r.header("location");
    m_finalizeUrl = stringMember(order, "finalize");
    const QJsonArray authzs = order.value(QLatin1String("authorizations")).toArray();
    if (m_orderUrl.isEmpty() || m_finalizeUrl.isEmpty() || authzs.isEmpty()) {
        fail(QStringLiteral("newOrder: no Location, finalize or authorizations"));
        return;
    }
    for (const QJsonValue &a : authzs) {
        m_authzs.push_back(Authz {a.toString().toUtf8(), {}, false});
    }
    fetchAuthorization(0);
}

void AcmeWorker::fetchAuthorization(size_t index)
{
    if (index == m_authzs.size()) {
        // Every challenge is triggered; now wait for the validations, which run in parallel.
        pollAuthorization(0, m_shared.pollInitialMs);
        return;
    }
    signedPost(RequestType::Authorization, m_authzs[index].url, {}, false, [this, index](HttpResponse &r) {
        const QJsonObject authz = parseObject(r.body);
        const QString status = authz.value(QLatin1String("status")).toString();
        if (status == QLatin1String("valid")) {
            ++m_stats->reusedAuthorizations;
            m_authzs[index].done = true;
            fetchAuthorization(index + 1);
            return;
        }
        if (status != QLatin1String("pending")) {
            fail(QStringLiteral("authz: status %1").arg(status));
            return;
        }
        QByteArray challengeUrl;
        QByteArray token;
        const QJsonArray challenges = authz.value(QLatin1String("challenges")).toArray();
        for (const QJsonValue &v : challenges) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("type")).toString() == QLatin1String("http-01")) {
                challengeUrl = stringMember(c, "url");
                token = stringMember(c, "token");
            }
        }
        if (challengeUrl.isEmpty() || token.isEmpty()) {
            fail(QStringLiteral("authz: no http-01 challenge"));
            return;
        }
        m_authzs[index].token = token;
        m_shared.responder->provision(token, token + m_thumbprintSuffix);
        signedPost(RequestType::Challenge, challengeUrl, "{}", false, [this, index](HttpResponse &r) {
            const QJsonObject challenge = parseObject(r.body);
            const QString status = challenge.value(QLatin1String("status")).toString();
            if (status == QLatin1String("invalid")) {
                fail(QStringLiteral("challenge: invalid (%1)")
                         .arg(shortProblemType(challenge.value(QLatin1String("error")).toObject())));
                return;
            }
            m_authzs[index].done = status == QLatin1String("valid");
            fetchAuthorization(index + 1);
        });
    });
}

void AcmeWorker::pollAuthorization(size_t index, int delayMs)
{
    while (index < m_authzs.size() && m_authzs[index].done) {
        ++index;
    }
    if (index == m_authzs.size()) {
        cleanupTokens();
        finalize();
        return;
    }
    const quint64 serial = m_flowSerial;
    m_loop.addTimer(int64_t(delayMs) * 1000, [this, index, delayMs, serial]() {
        if (serial != m_flowSerial) {
            return;
        }
        signedPost(RequestType::PollAuthorization, m_authzs[index].url, {}, false,
                   [this, index, delayMs](HttpResponse &r) {
                       const QJsonObject authz = parseObject(r.body);
                       const QString status = authz.value(QLatin1String("status")).toString();
                       if (status == QLatin1String("valid")) {
                           m_authzs[index].done = true;
                           // The others validated meanwhile, most likely: look at once.
                           pollAuthorization(index + 1, 0);
                       } else if (status == QLatin1String("pending") || status == QLatin1String("processing")) {
                           pollAuthorization(index, std::min(std::max(1, delayMs * 2), m_shared.pollMaxMs));
                       } else {
                           fail(QStringLiteral("authz: %1 (%2)").arg(status, authzErrorType(authz)));
                       }
                   });
    });
}

void AcmeWorker::finalize()
{
    const QByteArray csr = m_shared.csrs->build(m_flowSerial, m_dnsNames, m_ipAddresses);
    if (csr.isEmpty()) {
        fail(QStringLiteral("client: CSR build failed"));
        return;
    }
    const QJsonObject payload {{QStringLiteral("csr"), Base64Url::encodeToString(csr)}};
    signedPost(RequestType::Finalize, m_finalizeUrl, compact(payload), false,
               [this](HttpResponse &r) { onFinalized(r, m_shared.pollInitialMs); });
}

void AcmeWorker::onFinalized(HttpResponse &r, int delayMs)
{
    const QJsonObject order = parseObject(r.body);
    const QString status = order.value(QLatin1String("status")).toString();
    if (status == QLatin1String("valid")) {
        download(stringMember(order, "certificate"));
        return;
    }
    if (status != QLatin1String("processing") && status != QLatin1String("ready")) {
        fail(QStringLiteral("order: %1 (%2)")
                 .arg(status, shortProblemType(order.value(QLatin1String("error")).toObject())));
        return;
    }
    const quint64 serial = m_flowSerial;
    m_loop.addTimer(int64_t(delayMs) * 1000, [this, delayMs, serial]() {
        if (serial != m_flowSerial) {
            return;
        }
        signedPost(RequestType::PollOrder, m_orderUrl, {}, false, [this, delayMs](HttpResponse &r) {
            onFinalized(r, std::min(std::max(1, delayMs * 2), m_shared.pollMaxMs));
        });
    });
}

void AcmeWorker::download(const QByteArray &certificateUrl)
{
    if (certificateUrl.isEmpty()) {
        fail(QStringLiteral("order: valid without certificate URL"));
        return;
    }
    signedPost(RequestType::Certificate, certificateUrl, {}, false, [this](HttpResponse &r) {
        if (!r.body.contains("-----BEGIN CERTIFICATE-----")) {
            fail(QStringLiteral("certificate: no PEM certificate"));
            return;
        }
        if (!m_shared.saveDir.isEmpty() && !saveCertificate(r.body)) {
            fail(QStringLiteral("certificate: cannot save it in --save-dir"));
            return;
        }
        ++m_stats->flowsOk;
        m_stats->flowUs.push_back(int32_t(EventLoop::nowUs() - m_flowStartUs));
        startFlow();
    });
}

bool AcmeWorker::saveCertificate(const QByteArray &pem)
{
    // Written under a temporary name and renamed, so a file that exists is whole even when the
    // tool is killed (the crash test counts what clients received).
    const QString name = QStringLiteral("%1/cert-%2-%3")
                             .arg(m_shared.saveDir)
                             .arg(QCoreApplication::applicationPid())
                             .arg(m_shared.savedCounter.fetch_add(1));
    QFile f(name + QStringLiteral(".tmp"));
    if (!f.open(QIODevice::WriteOnly) || f.write(pem) != pem.size() || !f.flush()) {
        return false;
    }
    f.close();
    return QFile::rename(name + QStringLiteral(".tmp"), name + QStringLiteral(".pem"));
}

void AcmeWorker::cleanupTokens()
{
    for (Authz &a : m_authzs) {
        if (!a.token.isEmpty()) {
            m_shared.responder->remove(a.token);
            a.token.clear();
        }
    }
}
