// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/AcmeHttpServer.h"

#include "tests/core/crypto/OpenSslCli.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>
#include <optional>
#include <thread>

namespace {

using Kind = HttpListenerConfig::Kind;

/** What the handler saw, shared with the worker threads. */
struct Recorder
{
    QMutex mutex;
    QList<AcmeRequest> requests;
    QSet<QThread *> threads;
    /** The release callbacks of responses held for the disk ("/held"), in request order. */
    QList<std::function<void(bool)>> held;
    /** The callbacks that give a newer answer to responses waiting for one ("/settle"), in order. */
    QList<std::function<void(std::optional<AcmeResponse>)>> settling;

    void record(const AcmeRequest &request)
    {
        QMutexLocker lock(&mutex);
        requests.append(request);
        threads.insert(QThread::currentThread());
    }
    qsizetype count()
    {
        QMutexLocker lock(&mutex);
        return requests.size();
    }
    AcmeRequest last()
    {
        QMutexLocker lock(&mutex);
        return requests.isEmpty() ? AcmeRequest() : requests.constLast();
    }
    void clear()
    {
        QMutexLocker lock(&mutex);
        requests.clear();
        threads.clear();
        held.clear();
        settling.clear();
    }
    qsizetype settlingCount()
    {
        QMutexLocker lock(&mutex);
        return settling.size();
    }
    /** Gives the i-th waiting response its newer answer (or none), as a validation would: from another thread. */
    void settle(qsizetype i, std::optional<AcmeResponse> answer)
    {
        std::function<void(std::optional<AcmeResponse>)> deliver;
        {
            QMutexLocker lock(&mutex);
            deliver = settling.at(i);
        }
        std::thread([deliver, answer]() { deliver(answer); }).join();
    }
    qsizetype heldCount()
    {
        QMutexLocker lock(&mutex);
        return held.size();
    }
    /** Releases the i-th held response, as the database's flusher thread would: from another thread. */
    void release(qsizetype i, bool durable)
    {
        std::function<void(bool)> done;
        {
            QMutexLocker lock(&mutex);
            done = held.at(i);
        }
        std::thread([done, durable]() { done(durable); }).join();
    }
};

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QList<QByteArray> values(const QByteArray &name) const
    {
        QList<QByteArray> out;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                out << h.second;
            }
        }
        return out;
    }
    QByteArray value(const QByteArray &name) const
    {
        const auto all = values(name);
        return all.isEmpty() ? QByteArray() : all.constFirst();
    }
};

/** A blocking HTTP/1.1 client on a raw socket: the server runs on its own threads. */
class RawClient
{
public:
    bool connectPlain(quint16 port)
    {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(QHostAddress::LocalHost, port);
        return m_socket->waitForConnected(3000);
    }
    bool connectTls(quint16 port, const QSslConfiguration &configuration)
    {
        auto socket = std::make_unique<QSslSocket>();
        socket->setSslConfiguration(configuration);
        socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        const bool ok = socket->waitForEncrypted(5000);
        m_socket = std::move(socket);
        return ok;
    }
    QTcpSocket *socket() const { return m_socket.get(); }
    bool send(const QByteArray &bytes)
    {
        m_socket->write(bytes);
        return m_socket->waitForBytesWritten(3000) || m_socket->bytesToWrite() == 0;
    }
    std::optional<RawResponse> read(bool headRequest = false, int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        qsizetype end = -1;
        while ((end = m_buffer.indexOf("\r\n\r\n")) < 0) {
            if (!fill(timeoutMs - int(timer.elapsed()))) {
                return std::nullopt;
            }
        }
        RawResponse response;
        const QList<QByteArray> lines = m_buffer.left(end).split('\n');
        const QList<QByteArray> statusLine = lines.constFirst().trimmed().split(' ');
        response.status = statusLine.value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            response.headers.append({lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed()});
        }
        m_buffer.remove(0, end + 4);
        if (response.status == 100) {
            return read(headRequest, timeoutMs);
        }
        const qsizetype length = headRequest ? 0 : response.value("Content-Length").toLongLong();
        while (m_buffer.size() < length) {
            if (!fill(timeoutMs - int(timer.elapsed()))) {
                return std::nullopt;
            }
        }
        response.body = m_buffer.left(length);
        m_buffer.remove(0, length);
        return response;
    }
    std::optional<RawResponse> request(const QByteArray &bytes, bool headRequest = false)
    {
        if (!send(bytes)) {
            return std::nullopt;
        }
        return read(headRequest);
    }
    /** True when the server closes the connection within timeoutMs. */
    bool waitClosed(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket->state() != QAbstractSocket::UnconnectedState) {
            const int left = timeoutMs - int(timer.elapsed());
            if (left <= 0) {
                return false;
            }
            if (m_socket->waitForReadyRead(qMin(left, 100))) {
                m_buffer += m_socket->readAll();
            }
        }
        return true;
    }
    QByteArray unread() const { return m_buffer; }

private:
    bool fill(int timeoutMs)
    {
        if (m_socket->bytesAvailable() == 0 && (timeoutMs <= 0 || !m_socket->waitForReadyRead(timeoutMs))) {
            return false;
        }
        m_buffer += m_socket->readAll();
        return true;
    }

    std::unique_ptr<QTcpSocket> m_socket;
    QByteArray m_buffer;
};

/** Collects what the anvil.http categories log while it lives (from any thread). */
class LogCapture
{
public:
    LogCapture()
    {
        s_instance = this;
        m_previous = qInstallMessageHandler(&LogCapture::handle);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        s_instance = nullptr;
    }
    QStringList lines()
    {
        QMutexLocker lock(&m_mutex);
        return m_lines;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (s_instance && context.category && QByteArray(context.category).startsWith("anvil.http")) {
            QMutexLocker lock(&s_instance->m_mutex);
            s_instance->m_lines << QString::fromLatin1(context.category) + QStringLiteral(": ") + message;
            return;
        }
        if (s_instance && s_instance->m_previous) {
            s_instance->m_previous(type, context, message);
        }
    }

    static inline LogCapture *s_instance = nullptr;
    QtMessageHandler m_previous = nullptr;
    QMutex m_mutex;
    QStringList m_lines;
};

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
        }
    }
    return -1;
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void plainGetAnswered();
    void httpsGetAnswered();
    void tlsVersionsAndCiphers_data();
    void tlsVersionsAndCiphers();
    void tlsSessionResumedOnTheNextConnection_data();
    void tlsSessionResumedOnTheNextConnection();
    void statusAndLinkHeadersPassedThrough_data();
    void statusAndLinkHeadersPassedThrough();
    void headHasNoBody();
    void postBodyAndQueryReachHandler();
    void clientCertificatePassed_data();
    void clientCertificatePassed();
    void bodyOverLimitRefusedWithoutBuffering_data();
    void bodyOverLimitRefusedWithoutBuffering();
    void bodyAtLimitAccepted();
    void oversizedHeadersRefused();
    void connectionCloseHonoured_data();
    void connectionCloseHonoured();
    void pipelinedRequestsAnsweredInOrder();
    void heldResponsesWaitForTheDiskInRequestOrder();
    void heldResponseServesOthersMeanwhile();
    void heldResponseThatNeverBecomesDurableIs500();
    void settlingResponseLeavesWithItsNewerAnswer_data();
    void settlingResponseLeavesWithItsNewerAnswer();
    void idleAndSlowConnectionsClosed_data();
    void idleAndSlowConnectionsClosed();
    void perAddressCapClosesExtraConnections();
    void capEvictsOldestSilentConnection_data();
    void capEvictsOldestSilentConnection();
    void stalledTlsHandshakeClosedAtHandshakeDeadline();
    void nonTlsBytesOnTlsListenerClosedWithoutHandshake();
    void silentConnectionsDoNotDelayHonestClients();
    void requestsSpreadOverWorkerThreads();
    void runsOneWorkerMoreThanTheCoresByDefault();
    void stopReturnsPromptlyWithClientsConnected();
    void requestLogEmitted();
    void closedConnectionsLoggedAsOneSummary_data();
    void closedConnectionsLoggedAsOneSummary();

private:
    void openssl(const QStringList &arguments);
    std::unique_ptr<AcmeHttpServer> startServer(Kind kind, const HttpServerLimits &limits = {}, int workers = 1);
    QSslConfiguration clientTls(bool withCertificate = false) const;

    QTemporaryDir m_dir;
    QByteArray m_serverChainPem;
    QByteArray m_serverKeyPem;
    QSslCertificate m_ca;
    QSslCertificate m_clientCertificate;
    QSslKey m_clientKey;
    std::shared_ptr<Recorder> m_recorder = std::make_shared<Recorder>();
    std::unique_ptr<AcmeHttpServer> m_server;
};

void TestHttpServer::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    QVERIFY2(process.waitForFinished(30000), "openssl did not finish");
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

void TestHttpServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QSslSocket::supportsSsl());
    // A config without default extensions, so each certificate gets exactly the ones given.
    QFile config(m_dir.filePath(QStringLiteral("openssl.cnf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[req]\ndistinguished_name = dn\n[dn]\n");
    config.close();
    const QStringList common = OpenSslCli::newP256Certificate()
        + QStringList {QStringLiteral("-config"), QStringLiteral("openssl.cnf"), QStringLiteral("-days"),
                       QStringLiteral("2")};
    openssl(common
            + QStringList {QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                           QStringLiteral("ca.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=Anvil Test CA"),
                           QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                           QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
    openssl(common
            + QStringList {QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                           QStringLiteral("server.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                           QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                           QStringLiteral("ca.key"), QStringLiteral("-addext"),
                           QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"), QStringLiteral("-addext"),
                           QStringLiteral("extendedKeyUsage=serverAuth")});
    openssl(common
            + QStringList {QStringLiteral("-keyout"), QStringLiteral("client.key"), QStringLiteral("-out"),
                           QStringLiteral("client.pem"), QStringLiteral("-subj"), QStringLiteral("/CN=acme-client"),
                           QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"),
                           QStringLiteral("ca.key"), QStringLiteral("-addext"),
                           QStringLiteral("extendedKeyUsage=clientAuth")});
    auto readFile = [this](const QString &name) {
        QFile file(m_dir.filePath(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    m_serverChainPem = readFile(QStringLiteral("server.pem"));
    m_serverKeyPem = readFile(QStringLiteral("server.key"));
    m_ca = QSslCertificate(readFile(QStringLiteral("ca.pem")));
    m_clientCertificate = QSslCertificate(readFile(QStringLiteral("client.pem")));
    m_clientKey = QSslKey(readFile(QStringLiteral("client.key")), QSsl::Ec);
    QVERIFY(!m_ca.isNull());
    QVERIFY(!m_clientCertificate.isNull());
    QVERIFY(!m_clientKey.isNull());
}

void TestHttpServer::init()
{
    m_recorder->clear();
}

void TestHttpServer::cleanup()
{
    m_server.reset();
}

std::unique_ptr<AcmeHttpServer> TestHttpServer::startServer(Kind kind, const HttpServerLimits &limits, int workers)
{
    auto server = std::make_unique<AcmeHttpServer>();
    server->setHandler([recorder = m_recorder](const AcmeRequest &request) {
        recorder->record(request);
        AcmeResponse response;
        if (request.path.startsWith(QLatin1String("/status/"))) {
            response.status = request.path.mid(8).toInt();
            response.addHeader("Link", "<https://127.0.0.1/dir>;rel=\"index\"");
            response.addHeader("Link", "<https://127.0.0.1/acme/cert/1/1>;rel=\"alternate\"");
            response.addHeader("Replay-Nonce", "nonce-" + QByteArray::number(response.status));
            response.addHeader("Content-Type", "application/problem+json");
            response.body = "{\"status\":" + QByteArray::number(response.status) + '}';
        } else {
            response.addHeader("Content-Type", "text/plain");
            response.body = "hello " + request.method;
            response.closeConnection = request.path == QLatin1String("/close");
        }
        if (request.path.startsWith(QLatin1String("/settle"))) {
            // As a challenge whose validation is under way: the test plays the validation.
            // "/settle-soon" gives up waiting after 200 ms; "/settle-durable" also waits for the disk.
            response.body = "settling " + request.path.toUtf8();
            response.addHeader("Retry-After", "1");
            response.settleWithinMs = request.path == QLatin1String("/settle-soon") ? 200 : 60000;
            response.whenSettled = [recorder](std::function<void(std::optional<AcmeResponse>)> deliver) {
                QMutexLocker lock(&recorder->mutex);
                recorder->settling.append(std::move(deliver));
            };
        }
        if (request.path.startsWith(QLatin1String("/held")) || request.path == QLatin1String("/settle-durable")) {
            // As a request whose commits are not on disk yet: the test plays the flusher.
            if (!response.whenSettled) {
                response.body = "held " + request.path.toUtf8();
            }
            response.whenDurable = [recorder](std::function<void(bool)> done) {
                QMutexLocker lock(&recorder->mutex);
                recorder->held.append(std::move(done));
            };
        }
        return response;
    });
    HttpListenerConfig listener;
    listener.address = QHostAddress::LocalHost;
    listener.kind = kind;
    if (kind != Kind::PlainHttp) {
        listener.certificateChainPem = m_serverChainPem;
        listener.privateKeyPem = m_serverKeyPem;
    }
    server->addListener(listener);
    server->setLimits(limits);
    server->setWorkerCount(workers);
    const VoidResult started = server->start();
    if (!started) {
        qWarning() << started.error().toLogString();
        return nullptr;
    }
    return server;
}

QSslConfiguration TestHttpServer::clientTls(bool withCertificate) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates({m_ca});
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (withCertificate) {
        configuration.setLocalCertificate(m_clientCertificate);
        configuration.setPrivateKey(m_clientKey);
    }
    return configuration;
}

void TestHttpServer::plainGetAnswered()
{
    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    QNetworkAccessManager manager;
    QUrl url(QStringLiteral("http://127.0.0.1/directory"));
    url.setPort(m_server->serverPort(0));
    std::unique_ptr<QNetworkReply> reply(manager.get(QNetworkRequest(url)));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArray("hello GET"));
}

void TestHttpServer::httpsGetAnswered()
{
    m_server = startServer(Kind::Tls);
    QVERIFY(m_server);
    QNetworkAccessManager manager;
    QUrl url(QStringLiteral("https://127.0.0.1/directory"));
    url.setPort(m_server->serverPort(0));
    QNetworkRequest request(url);
    request.setSslConfiguration(clientTls());
    std::unique_ptr<QNetworkReply> reply(manager.get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    QCOMPARE(reply->readAll(), QByteArray("hello GET"));
    QCOMPARE(m_recorder->last().baseUrl, QStringLiteral("https://127.0.0.1:%1").arg(m_server->serverPort(0)));
    QVERIFY(!m_recorder->last().clientCertListener);
}

void TestHttpServer::tlsVersionsAndCiphers_data()
{
    QTest::addColumn<QStringList>("clientOptions");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("TLS 1.1 refused") << QStringList {QStringLiteral("-tls1_1"), QStringLiteral("-cipher"),
                                                     QStringLiteral("DEFAULT@SECLEVEL=0")}
                                     << false;
    QTest::newRow("TLS 1.2 CBC cipher refused")
        << QStringList {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"), QStringLiteral("ECDHE-ECDSA-AES128-SHA")}
        << false;
    QTest::newRow("TLS 1.2 ECDHE with AES-GCM accepted")
        << QStringList {QStringLiteral("-tls1_2"), QStringLiteral("-cipher"),
                        QStringLiteral("ECDHE-ECDSA-AES128-GCM-SHA256")}
        << true;
    QTest::newRow("TLS 1.3 accepted") << QStringList {QStringLiteral("-tls1_3")} << true;
}

void TestHttpServer::tlsVersionsAndCiphers()
{
    QFETCH(QStringList, clientOptions);
    QFETCH(bool, accepted);

    LogCapture capture;
    m_server = startServer(Kind::Tls);
    QVERIFY(m_server);
    QProcess client;
    client.setStandardInputFile(QProcess::nullDevice());
    client.start(QStringLiteral("openssl"),
                 QStringList {QStringLiteral("s_client"), QStringLiteral("-connect"),
                              QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort(0))}
                     + clientOptions);
    QVERIFY(client.waitForFinished(10000));
    QCOMPARE(client.exitCode() == 0, accepted);
    // A refused handshake is counted in the close log; a client that leaves on its own is not.
    QTRY_COMPARE(m_server->openConnections(), 0);
    m_server->stop();
    const QStringList expected {
        QStringLiteral("anvil.http.closed: 1 connection closed: handshake failed 1; most from 127.0.0.1 (1)")};
    QCOMPARE(capture.lines(), accepted ? QStringList() : expected);
}

void TestHttpServer::tlsSessionResumedOnTheNextConnection_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QByteArray>("next");
    // A TLS listener gives every connection the OpenSSL context of its first one (Qt 6.4 would
    // build one per connection): a session from one connection then resumes on the next, which a
    // context of its own could not do (its ticket keys and session cache would be new).
    QTest::newRow("TLS listener: resumed") << Kind::Tls << QByteArray("Reused, TLSv1.2");
    // The client-certificate listener keeps a context per connection: OpenSSL refuses to resume
    // on a context that asks for certificates without a session id context, and a client that
    // offers its session must get a full handshake there, not a failed one.
    QTest::newRow("client-certificate listener: full handshake") << Kind::TlsClientCert << QByteArray("New, TLSv1.2");
}

void TestHttpServer::tlsSessionResumedOnTheNextConnection()
{
    QFETCH(Kind, kind);
    QFETCH(QByteArray, next);
#ifndef ANVIL_SHARE_TLS_CONTEXT
    QSKIP("built without Qt's private QtNetwork headers: one TLS context per connection");
#endif
    m_server = startServer(kind);
    QVERIFY(m_server);
    const QString session = m_dir.filePath(QStringLiteral("session.pem"));
    auto connectOnce = [&](const QStringList &sessionOption) {
        QProcess client;
        client.setStandardInputFile(QProcess::nullDevice());
        client.start(QStringLiteral("openssl"),
                     QStringList {QStringLiteral("s_client"), QStringLiteral("-connect"),
                                  QStringLiteral("127.0.0.1:%1").arg(m_server->serverPort(0)),
                                  QStringLiteral("-tls1_2")}
                         + sessionOption);
        return client.waitForFinished(10000) && client.exitCode() == 0 ? client.readAllStandardOutput() : QByteArray();
    };
    const QByteArray first = connectOnce({QStringLiteral("-sess_out"), session});
    QVERIFY2(first.contains("New, TLSv1.2"), first.constData());
    for (int i = 0; i < 3; ++i) {
        const QByteArray output = connectOnce({QStringLiteral("-sess_in"), session});
        QVERIFY2(output.contains(next), output.constData());
    }
}

void TestHttpServer::statusAndLinkHeadersPassedThrough_data()
{
    QTest::addColumn<int>("status");
    for (const int status : {200, 201, 204, 400, 403, 404, 405, 409, 413, 415, 429, 500, 299}) {
        QTest::addRow("status %d", status) << status;
    }
}

void TestHttpServer::statusAndLinkHeadersPassedThrough()
{
    QFETCH(int, status);

    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    // Twice on one connection: the first answer's framing must be exact for the second to parse.
    for (int round = 0; round < 2; ++round) {
        const auto response = client.request(get("/status/" + QByteArray::number(status)));
        QVERIFY(response);
        QCOMPARE(response->status, status);
        QCOMPARE(response->values("Link"),
                 QList<QByteArray>(
                     {"<https://127.0.0.1/dir>;rel=\"index\"", "<https://127.0.0.1/acme/cert/1/1>;rel=\"alternate\""}));
        QCOMPARE(response->value("Replay-Nonce"), "nonce-" + QByteArray::number(status));
        if (status == 204) {
            QVERIFY(response->values("Content-Length").isEmpty());
            QVERIFY(response->body.isEmpty());
        } else {
            QCOMPARE(response->body, "{\"status\":" + QByteArray::number(status) + '}');
        }
    }
}

void TestHttpServer::headHasNoBody()
{
    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    const auto head = client.request("HEAD /status/200 HTTP/1.1\r\nHost: a\r\n\r\n", true);
    QVERIFY(head);
    QCOMPARE(head->status, 200);
    QCOMPARE(head->value("Content-Length"), QByteArray("14")); // length of the GET body
    QCOMPARE(m_recorder->last().method, QByteArray("HEAD"));
    // No body bytes may follow: the next response must start right away.
    const auto next = client.request(get("/status/201"));
    QVERIFY(next);
    QCOMPARE(next->status, 201);
}

void TestHttpServer::postBodyAndQueryReachHandler()
{
    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    const QByteArray body = R"({"protected":"e30","payload":"","signature":"c2ln"})";
    const auto response = client.request("POST /acme/new%2Dorder?configurationId=corp&x=%20y HTTP/1.1\r\n"
                                         "Host: ca.example:8443\r\nContent-Type: application/jose+json\r\n"
                                         "X-Mixed-Case: Value\r\nContent-Length: "
                                         + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const AcmeRequest seen = m_recorder->last();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.baseUrl, QStringLiteral("http://ca.example:8443"));
    QCOMPARE(seen.path, QStringLiteral("/acme/new-order"));
    QCOMPARE(seen.query, QStringLiteral("configurationId=corp&x=%20y"));
    QCOMPARE(seen.body, body);
    QCOMPARE(seen.header("content-type"), QByteArray("application/jose+json"));
    QCOMPARE(seen.header("x-mixed-case"), QByteArray("Value"));
    QCOMPARE(seen.remoteAddress, QStringLiteral("127.0.0.1"));
    QVERIFY(!seen.clientCertListener);
}

void TestHttpServer::clientCertificatePassed_data()
{
    QTest::addColumn<bool>("sendCertificate");
    QTest::newRow("client certificate passed as DER") << true;
    QTest::newRow("no client certificate, still answered") << false;
}

void TestHttpServer::clientCertificatePassed()
{
    QFETCH(bool, sendCertificate);

    m_server = startServer(Kind::TlsClientCert);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectTls(m_server->serverPort(0), clientTls(sendCertificate)));
    const auto response = client.request(get("/directory"));
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    const AcmeRequest seen = m_recorder->last();
    QVERIFY(seen.clientCertListener);
    QCOMPARE(seen.clientCertificateDer, sendCertificate ? m_clientCertificate.toDer() : QByteArray());
    // OpenSSL's client completes its chain from its trust store, so the CA comes along.
    QCOMPARE(seen.clientCertificateChainDer, sendCertificate ? QList<QByteArray>({m_ca.toDer()}) : QList<QByteArray>());
}

void TestHttpServer::bodyOverLimitRefusedWithoutBuffering_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::newRow("100 MB Content-Length")
        << QByteArray("POST /acme/new-order HTTP/1.1\r\nHost: a\r\nContent-Type: application/jose+json\r\n"
                      "Content-Length: 104857600\r\n\r\n");
    QTest::newRow("chunked body beyond the limit")
        << QByteArray("POST /acme/new-order HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                      "6400000\r\n");
}

void TestHttpServer::bodyOverLimitRefusedWithoutBuffering()
{
    QFETCH(QByteArray, head);

    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    const qint64 rssBefore = residentKiB();
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(client.send(head + QByteArray(8192, 'x')));
    const auto response = client.read();
    QVERIFY(response);
    QVERIFY2(timer.elapsed() < 2000, "the 413 must come before the body");
    QCOMPARE(response->status, 413);
    QCOMPARE(response->value("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(response->value("Connection"), QByteArray("close"));
    const QJsonObject problem = QJsonDocument::fromJson(response->body).object();
    QCOMPARE(problem.value(QStringLiteral("type")).toString(), QStringLiteral("urn:ietf:params:acme:error:malformed"));
    QCOMPARE(problem.value(QStringLiteral("detail")).toString(), QStringLiteral("Request body exceeds 65536 bytes"));
    QCOMPARE(problem.value(QStringLiteral("status")).toInt(), 413);
    // More input after the refusal is read and dropped, never buffered: 32 MB in shared 1 MB
    // writes (no client-side copies), while QtHttpServer alone would hold all of it.
    const QByteArray megabyte(1024 * 1024, 'y');
    for (int i = 0; i < 32 && client.socket()->state() == QAbstractSocket::ConnectedState; ++i) {
        client.send(megabyte);
    }
    QVERIFY(client.waitClosed(5000));
    QCOMPARE(m_recorder->count(), 0);
    const qint64 growthKiB = residentKiB() - rssBefore;
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer keeps freed blocks in its quarantine (256 MB by default), so the read
    // buffers the discarded body passed through stay resident: RSS says nothing here.
    Q_UNUSED(growthKiB)
#else
    QVERIFY2(growthKiB < 16 * 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(growthKiB)));
#endif
}

void TestHttpServer::bodyAtLimitAccepted()
{
    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    const QByteArray body(65536, 'b');
    const auto response
        = client.request("POST /x HTTP/1.1\r\nHost: a\r\nContent-Length: 65536\r\nExpect: 100-continue\r\n\r\n" + body);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(m_recorder->last().body.size(), 65536);
}

void TestHttpServer::oversizedHeadersRefused()
{
    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    const auto response = client.request(get("/directory", "X-Padding: " + QByteArray(20000, 'p') + "\r\n"));
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QCOMPARE(response->value("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(client.waitClosed(5000));
    QCOMPARE(m_recorder->count(), 0);
}

void TestHttpServer::connectionCloseHonoured_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<bool>("closed");
    QTest::addColumn<QByteArray>("connectionHeader");

    QTest::newRow("HTTP/1.1 Connection: close closes")
        << get("/a", "Connection: close\r\n") << true << QByteArray("close");
    QTest::newRow("HTTP/1.0 without keep-alive closes")
        << QByteArray("GET /a HTTP/1.0\r\n\r\n") << true << QByteArray("close");
    QTest::newRow("HTTP/1.0 with keep-alive stays open")
        << QByteArray("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n") << false << QByteArray("keep-alive");
    QTest::newRow("engine asking to close closes") << get("/close") << true << QByteArray("close");
    QTest::newRow("HTTP/1.1 stays open") << get("/a") << false << QByteArray();
}

void TestHttpServer::connectionCloseHonoured()
{
    QFETCH(QByteArray, request);
    QFETCH(bool, closed);
    QFETCH(QByteArray, connectionHeader);

    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    const auto response = client.request(request);
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->value("Connection"), connectionHeader);
    QCOMPARE(client.waitClosed(closed ? 3000 : 300), closed);
}

void TestHttpServer::pipelinedRequestsAnsweredInOrder()
{
    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    QVERIFY(client.send(get("/status/201") + get("/a") + get("/status/404")));
    const auto first = client.read();
    const auto second = client.read();
    const auto third = client.read();
    QVERIFY(first && second && third);
    QCOMPARE(first->status, 201);
    QCOMPARE(second->body, QByteArray("hello GET"));
    QCOMPARE(third->status, 404);
}

void TestHttpServer::heldResponsesWaitForTheDiskInRequestOrder()
{
    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    // A held response keeps back the one after it, which needs no disk, and the held one after that.
    QVERIFY(client.send(get("/held/1") + get("/a") + get("/held/2")));
    QTRY_COMPARE(m_recorder->heldCount(), 2);
    QVERIFY(!client.read(false, 300)); // nothing leaves before the first commit is on disk
    m_recorder->release(1, true); // the second held one is durable first: still nothing
    QVERIFY(!client.read(false, 300));
    m_recorder->release(0, true);
    const auto first = client.read();
    const auto second = client.read();
    const auto third = client.read();
    QVERIFY(first && second && third);
    QCOMPARE(first->body, QByteArray("held /held/1"));
    QCOMPARE(second->body, QByteArray("hello GET"));
    QCOMPARE(third->body, QByteArray("held /held/2"));
    // The connection stays usable.
    QVERIFY(client.send(get("/b")));
    const auto fourth = client.read();
    QVERIFY(fourth);
    QCOMPARE(fourth->body, QByteArray("hello GET"));
}

void TestHttpServer::heldResponseServesOthersMeanwhile()
{
    m_server = startServer(Kind::PlainHttp, HttpServerLimits(), 1); // one event loop for both clients
    QVERIFY(m_server);
    RawClient waiting;
    QVERIFY(waiting.connectPlain(m_server->serverPort(0)));
    QVERIFY(waiting.send(get("/held/1")));
    QTRY_COMPARE(m_recorder->heldCount(), 1);
    RawClient other;
    QVERIFY(other.connectPlain(m_server->serverPort(0)));
    QVERIFY(other.send(get("/a")));
    const auto answered = other.read();
    QVERIFY(answered);
    QCOMPARE(answered->body, QByteArray("hello GET"));
    m_recorder->release(0, true);
    const auto held = waiting.read();
    QVERIFY(held);
    QCOMPARE(held->body, QByteArray("held /held/1"));
}

void TestHttpServer::heldResponseThatNeverBecomesDurableIs500()
{
    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    QVERIFY(client.send(get("/held/1") + get("/a")));
    QTRY_COMPARE(m_recorder->heldCount(), 1);
    m_recorder->release(0, false);
    // The client must not learn of a commit that may be lost: a problem instead, then the close.
    const auto failed = client.read();
    QVERIFY(failed);
    QCOMPARE(failed->status, 500);
    QVERIFY(failed->body.contains("serverInternal"));
    QVERIFY(client.waitClosed(3000));
}

void TestHttpServer::settlingResponseLeavesWithItsNewerAnswer_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("newer"); // "answer", "nothing", or "never"
    QTest::addColumn<int>("durable"); // -1: not waiting for the disk; 1 or 0: the flusher's verdict
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("retryAfter");

    QTest::newRow("a newer answer replaces the waiting one") << "/settle"
                                                             << "answer" << -1 << 200 << QByteArray("newer") << false;
    QTest::newRow("nothing newer: the waiting one leaves at once")
        << "/settle"
        << "nothing" << -1 << 200 << QByteArray("settling /settle") << true;
    QTest::newRow("no answer in time: the waiting one leaves at its deadline")
        << "/settle-soon"
        << "never" << -1 << 200 << QByteArray("settling /settle-soon") << true;
    QTest::newRow("a newer answer still waits for the disk") << "/settle-durable"
                                                             << "answer" << 1 << 200 << QByteArray("newer") << false;
    QTest::newRow("never on disk: a 500, whatever came newer") << "/settle-durable"
                                                               << "answer" << 0 << 500 << QByteArray() << false;
}

void TestHttpServer::settlingResponseLeavesWithItsNewerAnswer()
{
    QFETCH(QString, path);
    QFETCH(QString, newer);
    QFETCH(int, durable);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(bool, retryAfter);

    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    // The waiting response keeps back the one after it on the same connection.
    QVERIFY(client.send(get(path.toUtf8()) + get("/a")));
    QTRY_COMPARE(m_recorder->settlingCount(), 1);
    if (newer != QLatin1String("never")) {
        QVERIFY(!client.read(false, 300)); // nothing leaves before the newer answer
        std::optional<AcmeResponse> answer;
        if (newer == QLatin1String("answer")) {
            answer = AcmeResponse();
            answer->addHeader("Content-Type", "text/plain");
            answer->body = "newer";
        }
        m_recorder->settle(0, answer);
    }
    if (durable >= 0) {
        QTRY_COMPARE(m_recorder->heldCount(), 1);
        QVERIFY(!client.read(false, 300)); // and nothing before the disk
        m_recorder->release(0, durable == 1);
    }
    const auto first = client.read();
    QVERIFY(first);
    QCOMPARE(first->status, status);
    if (status == 500) {
        QVERIFY(first->body.contains("serverInternal"));
        QVERIFY(client.waitClosed(3000));
        return;
    }
    QCOMPARE(first->body, body);
    QCOMPARE(!first->value("Retry-After").isEmpty(), retryAfter);
    const auto second = client.read();
    QVERIFY(second);
    QCOMPARE(second->body, QByteArray("hello GET"));
    if (newer == QLatin1String("never")) {
        m_recorder->settle(0, std::nullopt); // too late: ignored, the connection goes on
    }
    QVERIFY(client.send(get("/b")));
    const auto third = client.read();
    QVERIFY(third);
    QCOMPARE(third->body, QByteArray("hello GET"));
}

void TestHttpServer::idleAndSlowConnectionsClosed_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("completeRequest");

    QTest::newRow("idle keep-alive connection") << int(Kind::PlainHttp) << get("/a") << true;
    QTest::newRow("slow header fields (slowloris)")
        << int(Kind::PlainHttp) << QByteArray("GET /a HTTP/1.1\r\nHost: a") << false;
    QTest::newRow("silent connection") << int(Kind::PlainHttp) << QByteArray() << false;
    QTest::newRow("silent TLS connection (no handshake)") << int(Kind::Tls) << QByteArray() << false;
}

void TestHttpServer::idleAndSlowConnectionsClosed()
{
    QFETCH(int, kind);
    QFETCH(QByteArray, sent);
    QFETCH(bool, completeRequest);

    HttpServerLimits limits;
    limits.idleTimeout = std::chrono::milliseconds(400);
    limits.headerTimeout = std::chrono::milliseconds(400);
    m_server = startServer(Kind(kind), limits);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    QElapsedTimer timer;
    timer.start();
    if (completeRequest) {
        QVERIFY(client.request(sent));
    } else if (!sent.isEmpty()) {
        QVERIFY(client.send(sent));
    }
    QVERIFY(client.waitClosed(5000));
    QVERIFY2(timer.elapsed() >= 350, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestHttpServer::perAddressCapClosesExtraConnections()
{
    HttpServerLimits limits;
    limits.maxConnectionsPerAddress = 3;
    m_server = startServer(Kind::PlainHttp, limits, 2);
    QVERIFY(m_server);
    const quint16 port = m_server->serverPort(0);
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 3; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        QVERIFY(clients.back()->connectPlain(port));
        QVERIFY(clients.back()->request(get("/a")));
    }
    QCOMPARE(m_server->openConnections(), 3);
    RawClient extra;
    QVERIFY(extra.connectPlain(port)); // the kernel accepts, the server closes at once
    QVERIFY(extra.waitClosed(2000));
    for (const auto &client : clients) {
        QVERIFY(client->request(get("/still-open")));
    }
    clients.pop_back();
    QTRY_COMPARE(m_server->openConnections(), 2);
    RawClient again;
    QVERIFY(again.connectPlain(port));
    QVERIFY(again.request(get("/a")));
}

void TestHttpServer::capEvictsOldestSilentConnection_data()
{
    QTest::addColumn<bool>("perAddress");

    QTest::newRow("total cap: the oldest silent connection makes room") << false;
    QTest::newRow("per-address cap: the address's oldest silent connection makes room") << true;
}

void TestHttpServer::capEvictsOldestSilentConnection()
{
    QFETCH(bool, perAddress);

    HttpServerLimits limits;
    if (perAddress) {
        limits.maxConnectionsPerAddress = 3;
    } else {
        limits.maxConnections = 3;
    }
    m_server = startServer(Kind::Tls, limits, 1);
    QVERIFY(m_server);
    const quint16 port = m_server->serverPort(0);
    std::vector<std::unique_ptr<RawClient>> silent;
    for (int i = 0; i < 3; ++i) {
        silent.push_back(std::make_unique<RawClient>());
        QVERIFY(silent.back()->connectPlain(port)); // TCP only: never a byte
        QTRY_COMPARE(m_server->openConnections(), i + 1);
    }
    // An honest client over the cap gets in and is served; the oldest silent connection went.
    RawClient honest;
    QVERIFY(honest.connectTls(port, clientTls()));
    QVERIFY(honest.request(get("/a")));
    QVERIFY(silent.front()->waitClosed(2000));
    QCOMPARE(m_server->openConnections(), 3);
    for (size_t i = 1; i < silent.size(); ++i) {
        QVERIFY(!silent.at(i)->waitClosed(100));
    }
    // A connection that talks is never evicted: with the cap full of talking clients, the new
    // connection is the one refused.
    std::vector<std::unique_ptr<RawClient>> talking;
    for (int i = 0; i < 2; ++i) {
        talking.push_back(std::make_unique<RawClient>());
        QVERIFY(talking.back()->connectTls(port, clientTls()));
        QVERIFY(talking.back()->request(get("/a")));
    }
    QVERIFY(silent.at(1)->waitClosed(2000));
    QVERIFY(silent.at(2)->waitClosed(2000));
    RawClient extra;
    QVERIFY(extra.connectPlain(port));
    QVERIFY(extra.waitClosed(2000));
    QVERIFY(honest.request(get("/still-served")));
    for (const auto &client : talking) {
        QVERIFY(client->request(get("/still-served")));
    }
}

void TestHttpServer::stalledTlsHandshakeClosedAtHandshakeDeadline()
{
    HttpServerLimits limits;
    limits.handshakeTimeout = std::chrono::milliseconds(300);
    limits.headerTimeout = std::chrono::milliseconds(20000);
    m_server = startServer(Kind::Tls, limits);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    QElapsedTimer timer;
    timer.start();
    // The first five bytes of a TLS record header announcing a ClientHello, then nothing.
    QVERIFY(client.send(QByteArray::fromHex("1603010200")));
    QVERIFY(client.waitClosed(5000));
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
    QTRY_COMPARE(m_server->openConnections(), 0);
}

void TestHttpServer::nonTlsBytesOnTlsListenerClosedWithoutHandshake()
{
    m_server = startServer(Kind::Tls);
    QVERIFY(m_server);
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    QVERIFY(client.send(get("/plain-http-on-tls")));
    QVERIFY(client.waitClosed(2000));
    QVERIFY(client.unread().isEmpty()); // no TLS alert, no HTTP answer: it never had a socket
    QTRY_COMPARE(m_server->openConnections(), 0);
    QCOMPARE(m_recorder->count(), 0);
}

void TestHttpServer::silentConnectionsDoNotDelayHonestClients()
{
    // Far more silent connections than a test should wait for one by one: each honest request
    // must still be answered (the 5 s read timeout of RawClient is the only clock here).
    HttpServerLimits limits;
    limits.maxConnectionsPerAddress = 1000; // all from 127.0.0.1
    m_server = startServer(Kind::Tls, limits, 1);
    QVERIFY(m_server);
    const quint16 port = m_server->serverPort(0);
    std::vector<std::unique_ptr<QTcpSocket>> silent;
    for (int i = 0; i < 300; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, port);
        silent.push_back(std::move(socket));
    }
    for (const auto &socket : silent) {
        QVERIFY(socket->state() == QAbstractSocket::ConnectedState || socket->waitForConnected(5000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_server->openConnections(), 300, 10000);
    for (int i = 0; i < 5; ++i) {
        RawClient honest;
        QVERIFY(honest.connectTls(port, clientTls()));
        QVERIFY(honest.request(get("/honest")));
    }
    QCOMPARE(m_recorder->count(), 5);
}

void TestHttpServer::runsOneWorkerMoreThanTheCoresByDefault()
{
    AcmeHttpServer server;
    QCOMPARE(server.workerCount(), QThread::idealThreadCount() + 1);
    server.setWorkerCount(1); // --workers
    QCOMPARE(server.workerCount(), 1);
}

void TestHttpServer::requestsSpreadOverWorkerThreads()
{
    m_server = startServer(Kind::Tls, {}, 2);
    QVERIFY(m_server);
    QCOMPARE(m_server->workerCount(), 2);
    for (int i = 0; i < 40; ++i) {
        RawClient client;
        QVERIFY(client.connectTls(m_server->serverPort(0), clientTls()));
        QVERIFY(client.request(get("/a")));
    }
    QMutexLocker lock(&m_recorder->mutex);
    QCOMPARE(m_recorder->threads.size(), 2);
    QVERIFY(!m_recorder->threads.contains(QThread::currentThread()));
}

void TestHttpServer::stopReturnsPromptlyWithClientsConnected()
{
    m_server = startServer(Kind::Tls, {}, 2);
    QVERIFY(m_server);
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 10; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        QVERIFY(clients.back()->connectTls(m_server->serverPort(0), clientTls()));
        if (i % 2 == 0) {
            QVERIFY(clients.back()->request(get("/a"))); // idle keep-alive
        } else {
            QVERIFY(clients.back()->send("POST /a HTTP/1.1\r\nContent-Length: 100\r\n\r\nhalf")); // mid-request
        }
    }
    QElapsedTimer timer;
    timer.start();
    m_server->stop();
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!m_server->isRunning());
    for (const auto &client : clients) {
        QVERIFY(client->waitClosed(2000));
    }
}

void TestHttpServer::requestLogEmitted()
{
    m_server = startServer(Kind::PlainHttp);
    QVERIFY(m_server);
    QList<HttpRequestLogEntry> entries;
    QThread *emittingThread = nullptr;
    connect(m_server.get(), &AcmeHttpServer::requestHandled, this, [&](const HttpRequestLogEntry &entry) {
        entries.append(entry);
        emittingThread = QThread::currentThread();
    });
    RawClient client;
    QVERIFY(client.connectPlain(m_server->serverPort(0)));
    QVERIFY(client.request(get("/status/404")));
    QTRY_COMPARE(entries.size(), 1);
    QCOMPARE(emittingThread, QThread::currentThread()); // queued to the receiver's thread
    QCOMPARE(entries.constFirst().method, QByteArray("GET"));
    QCOMPARE(entries.constFirst().path, QStringLiteral("/status/404"));
    QCOMPARE(entries.constFirst().status, 404);
    QCOMPARE(entries.constFirst().remoteAddress, QStringLiteral("127.0.0.1"));
    QCOMPARE(entries.constFirst().listenerIndex, 0);
    QVERIFY(entries.constFirst().latencyMicros >= 0);

    // Refusals made before the engine are logged too.
    RawClient refused;
    QVERIFY(refused.connectPlain(m_server->serverPort(0)));
    const auto response = refused.request("POST /big HTTP/1.1\r\nContent-Length: 1000000\r\n\r\n");
    QVERIFY(response);
    QTRY_COMPARE(entries.size(), 2);
    QCOMPARE(entries.constLast().status, 413);
    QCOMPARE(entries.constLast().method, QByteArray("POST"));
    QCOMPARE(entries.constLast().path, QStringLiteral("/big"));
}

void TestHttpServer::closedConnectionsLoggedAsOneSummary_data()
{
    QTest::addColumn<bool>("byTimer");

    QTest::newRow("summary when the interval ends") << true;
    QTest::newRow("summary of the last interval at stop") << false;
}

void TestHttpServer::closedConnectionsLoggedAsOneSummary()
{
    QFETCH(bool, byTimer);

    LogCapture capture;
    HttpServerLimits limits;
    limits.headerTimeout = std::chrono::milliseconds(300);
    limits.closeLogInterval = byTimer ? std::chrono::milliseconds(1500) : std::chrono::hours(1);
    m_server = startServer(Kind::PlainHttp, limits);
    QVERIFY(m_server);
    const quint16 port = m_server->serverPort(0);
    std::vector<std::unique_ptr<RawClient>> clients;
    for (int i = 0; i < 20; ++i) {
        clients.push_back(std::make_unique<RawClient>());
        QVERIFY(clients.back()->connectPlain(port));
        if (i % 4 == 0) {
            QVERIFY(clients.back()->send("GET /slow HTTP/1.1\r\n")); // slowloris: header deadline
        }
    }
    RawClient big;
    QVERIFY(big.connectPlain(port));
    const auto refused = big.request("POST /big HTTP/1.1\r\nContent-Length: 1000000\r\n\r\n");
    QVERIFY(refused);
    QCOMPARE(refused->status, 413);
    for (const auto &client : clients) {
        QVERIFY(client->waitClosed(5000));
    }
    const QString expected = QStringLiteral("anvil.http.closed: 21 connections closed: silent 15, header deadline 5, "
                                            "body too large 1; most from 127.0.0.1 (21)");
    if (!byTimer) {
        m_server->stop();
        QCOMPARE(capture.lines(), QStringList {expected});
        return;
    }
    // On a loaded machine the closes may straddle two intervals: then two summaries, never 21 lines.
    const auto closedSoFar = [&capture] {
        qint64 total = 0;
        for (const QString &line : capture.lines()) {
            total += line.section(QLatin1Char(' '), 1, 1).toLongLong();
        }
        return total;
    };
    QTRY_COMPARE_WITH_TIMEOUT(closedSoFar(), qint64(21), 8000);
    QVERIFY2(capture.lines().size() <= 2, qPrintable(capture.lines().join(QLatin1Char('\n'))));
    if (capture.lines().size() == 1) {
        QCOMPARE(capture.lines().constFirst(), expected);
    }
    m_server->stop(); // nothing left to report
    QCOMPARE(closedSoFar(), qint64(21));
}

QTEST_GUILESS_MAIN(TestHttpServer)
#include "TestHttpServer.moc"
