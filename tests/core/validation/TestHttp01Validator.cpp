// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/ChallengeValidator.h"
#include "core/validation/Http01Validator.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <functional>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace {

const QString kToken = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA");
const QString kKeyAuthorization = kToken + QStringLiteral(".9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI");

/**
 * A tiny blocking HTTP server on its own thread: one connection at a time, answers by path from a
 * table of canned responses. Blocking on purpose: the validator under test blocks the test thread.
 * Special bodies: "@HANG" (read the request, never answer), "@STREAM" (200 without a length,
 * then bytes until the client leaves).
 */
class BlockingHttpServer
{
public:
    ~BlockingHttpServer() { stop(); }

    bool listen(const QHostAddress &address)
    {
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        m_fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (m_fd < 0) {
            return false;
        }
        const int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
        sockaddr_storage storage {};
        socklen_t length = 0;
        if (v6) {
            auto *sin6 = reinterpret_cast<sockaddr_in6 *>(&storage);
            sin6->sin6_family = AF_INET6;
            const Q_IPV6ADDR a = address.toIPv6Address();
            std::memcpy(&sin6->sin6_addr, a.c, 16);
            length = sizeof(sockaddr_in6);
        } else {
            auto *sin = reinterpret_cast<sockaddr_in *>(&storage);
            sin->sin_family = AF_INET;
            sin->sin_addr.s_addr = htonl(address.toIPv4Address());
            length = sizeof(sockaddr_in);
        }
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(m_fd, 16) != 0) {
            ::close(m_fd);
            m_fd = -1;
            return false;
        }
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&storage), &length);
        m_port = ntohs(v6 ? reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port
                          : reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
        m_thread = std::thread([this] { run(); });
        return true;
    }

    quint16 port() const { return m_port; }

    void setResponse(const QByteArray &path, const QByteArray &response)
    {
        QMutexLocker lock(&m_mutex);
        m_responses.insert(path, response);
    }

    QList<QByteArray> requests() const
    {
        QMutexLocker lock(&m_mutex);
        return m_requests;
    }

    void stop()
    {
        m_stop = true;
        if (m_thread.joinable()) {
            m_thread.join();
        }
        if (m_fd >= 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }

private:
    void run()
    {
        while (!m_stop) {
            pollfd pfd {m_fd, POLLIN, 0};
            if (::poll(&pfd, 1, 50) <= 0) {
                continue;
            }
            const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client >= 0) {
                serve(client);
                ::close(client);
            }
        }
    }

    // Waits up to ms for input; false when the client went away or the server stops.
    bool clientStillThere(int client, int ms)
    {
        pollfd pfd {client, POLLIN, 0};
        if (::poll(&pfd, 1, ms) > 0) {
            char c;
            return ::recv(client, &c, 1, MSG_PEEK | MSG_DONTWAIT) > 0;
        }
        return !m_stop;
    }

    void serve(int client)
    {
        QByteArray request;
        while (!request.contains("\r\n\r\n") && request.size() < 65536) {
            pollfd pfd {client, POLLIN, 0};
            if (::poll(&pfd, 1, 2000) <= 0) {
                return;
            }
            char buffer[4096];
            const ssize_t n = ::recv(client, buffer, sizeof(buffer), 0);
            if (n <= 0) {
                return;
            }
            request.append(buffer, static_cast<int>(n));
        }
        const QByteArray path = request.mid(4, request.indexOf(' ', 4) - 4);
        QByteArray response;
        {
            QMutexLocker lock(&m_mutex);
            m_requests.append(request);
            response = m_responses.value(path, QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
        }
        if (response == "@HANG") {
            while (!m_stop && clientStillThere(client, 50)) {
            }
            return;
        }
        if (response == "@STREAM") {
            sendAll(client, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n");
            const QByteArray chunk(8192, 'x');
            for (int i = 0; i < 100000 && !m_stop; ++i) {
                if (!sendAll(client, chunk)) {
                    return;
                }
            }
            return;
        }
        sendAll(client, response);
    }

    static bool sendAll(int client, const QByteArray &data)
    {
        qint64 sent = 0;
        while (sent < data.size()) {
            const ssize_t n
                = ::send(client, data.constData() + sent, static_cast<size_t>(data.size() - sent), MSG_NOSIGNAL);
            if (n <= 0) {
                return false;
            }
            sent += n;
        }
        return true;
    }

    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop {false};
    std::thread m_thread;
    mutable QMutex m_mutex;
    QHash<QByteArray, QByteArray> m_responses;
    QList<QByteArray> m_requests;
};

/** One HTTPS answer on a thread: TLS handshake, read the request, send the canned response. */
class OneShotHttpsServer
{
public:
    ~OneShotHttpsServer()
    {
        if (m_thread.joinable()) {
            m_thread.join();
        }
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }

    bool start(const QString &certFile, const QString &keyFile, const QByteArray &response)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in sin {};
        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(sin);
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&sin), sizeof(sin)) != 0 || ::listen(m_fd, 1) != 0) {
            return false;
        }
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&sin), &length);
        m_port = ntohs(sin.sin_port);
        m_thread = std::thread([this, cert = QFile::encodeName(certFile), key = QFile::encodeName(keyFile), response] {
            pollfd pfd {m_fd, POLLIN, 0};
            if (::poll(&pfd, 1, 5000) <= 0) {
                return;
            }
            const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
            SSL_CTX_use_certificate_file(ctx, cert.constData(), SSL_FILETYPE_PEM);
            SSL_CTX_use_PrivateKey_file(ctx, key.constData(), SSL_FILETYPE_PEM);
            SSL *ssl = SSL_new(ctx);
            SSL_set_fd(ssl, client);
            if (SSL_accept(ssl) == 1) {
                QByteArray request;
                char buffer[4096];
                int n = 0;
                while (!request.contains("\r\n\r\n") && (n = SSL_read(ssl, buffer, sizeof(buffer))) > 0) {
                    request.append(buffer, n);
                }
                m_request = request;
                SSL_write(ssl, response.constData(), static_cast<int>(response.size()));
                SSL_shutdown(ssl);
            }
            SSL_free(ssl);
            SSL_CTX_free(ctx);
            ::close(client);
        });
        return true;
    }

    quint16 port() const { return m_port; }
    /** The request it received; waits for the server thread to finish. */
    QByteArray request()
    {
        if (m_thread.joinable()) {
            m_thread.join();
        }
        return m_request;
    }

private:
    int m_fd = -1;
    quint16 m_port = 0;
    std::thread m_thread;
    QByteArray m_request;
};

// A port with nothing listening: bound, then released.
quint16 unusedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in sin {};
    sin.sin_family = AF_INET;
    sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(sin);
    ::bind(fd, reinterpret_cast<sockaddr *>(&sin), sizeof(sin));
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&sin), &length);
    ::close(fd);
    return ntohs(sin.sin_port);
}

QByteArray ok(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n\r\n" + body;
}

QByteArray redirect(const QByteArray &location)
{
    return "HTTP/1.1 302 Found\r\nLocation: " + location + "\r\nContent-Length: 0\r\n\r\n";
}

// A fixed host table instead of DNS, so this test needs no resolver.
HostLookup tableLookup()
{
    return [](const QString &host, const ValidationPolicy &,
              const ValidationDeadline &) -> Result<QList<QHostAddress>> {
        if (host == QLatin1String("www.example.test") || host == QLatin1String("other.example.test")) {
            return QList<QHostAddress> {QHostAddress(QStringLiteral("127.0.0.1"))};
        }
        if (host == QLatin1String("dual.example.test")) { // nothing listens on ::1 at the test port
            return QList<QHostAddress> {QHostAddress(QStringLiteral("::1")), QHostAddress(QStringLiteral("127.0.0.1"))};
        }
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No such host %1 (NXDOMAIN)").arg(host));
    };
}

} // namespace

class TestHttp01Validator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void validate_data();
    void validate();
    void ipv6Literal();
    void deniedAddressNeverConnected();
    void hostHeaderNamesIdentifier();
    void fallsBackToTheNextAddress();
    void redirectToHttpsIsFollowed();
    void checkAddress_data();
    void checkAddress();

private:
    ChallengeTask task(const QString &identifier = QStringLiteral("127.0.0.1")) const;

    BlockingHttpServer m_server;
    BlockingHttpServer m_second; // redirect target on another port
};

void TestHttp01Validator::initTestCase()
{
    QVERIFY(m_server.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    QVERIFY(m_second.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
}

void TestHttp01Validator::cleanupTestCase()
{
    m_server.stop();
    m_second.stop();
}

ChallengeTask TestHttp01Validator::task(const QString &identifier) const
{
    ChallengeTask t;
    t.type = QStringLiteral("http-01");
    const QHostAddress address(identifier);
    t.identifierType = address.isNull() ? QStringLiteral("dns") : QStringLiteral("ip");
    t.identifierValue = identifier;
    t.token = kToken;
    t.keyAuthorization = kKeyAuthorization;
    t.policy.http01Port = m_server.port();
    t.policy.timeoutMs = 3000;
    return t;
}

void TestHttp01Validator::validate_data()
{
    const QByteArray ka = kKeyAuthorization.toLatin1();
    const QByteArray port2 = QByteArray::number(m_second.port());
    QTest::addColumn<QByteArray>("response"); // what the challenge path answers
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<int>("policyTweak"); // 0 none, 1 authorize the second port, 2 maxRedirects 3,
                                          // 3 timeout 800 ms, 4 deny 10.0.0.0/8, 5 nothing listening
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problemType");
    QTest::addColumn<QString>("detailContains");

    const QString ip = QStringLiteral("127.0.0.1");
    QTest::newRow("the key authorization is valid") << ok(ka) << ip << 0 << true << QString() << QString();
    QTest::newRow("a wrong body is an incorrect response")
        << ok("not-the-key-authorization") << ip << 0 << false << QStringLiteral("incorrectResponse")
        << QStringLiteral("Expected key authorization \"%1\", got \"not-the-key-authorization\"")
               .arg(kKeyAuthorization);
    QTest::newRow("trailing whitespace is ignored")
        << ok(ka + " \r\n\t\n") << ip << 0 << true << QString() << QString();
    QTest::newRow("leading whitespace is not ignored")
        << ok(" " + ka) << ip << 0 << false << QStringLiteral("incorrectResponse") << QStringLiteral("Expected");
    const QByteArray chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\n" + ka.left(5) + "\r\n"
        + QByteArray::number(ka.size() - 5, 16) + "\r\n" + ka.mid(5) + "\r\n0\r\n\r\n";
    QTest::newRow("a chunked body is decoded") << chunked << ip << 0 << true << QString() << QString();
    QTest::newRow("a body without length ends with the connection") << "HTTP/1.0 200 OK\r\n\r\n" + ka + "\n"
                                                                    << ip << 0 << true << QString() << QString();
    QTest::newRow("404 is unauthorized") << QByteArray("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n") << ip << 0
                                         << false << QStringLiteral("unauthorized") << QStringLiteral("HTTP 404");
    QTest::newRow("connection refused names the address") << ok(ka) << ip << 5 << false << QStringLiteral("connection")
                                                          << QStringLiteral("Connection refused to 127.0.0.1:");
    QTest::newRow("redirect to an authorized port is followed")
        << redirect("http://127.0.0.1:" + port2 + "/final") << ip << 1 << true << QString() << QString();
    QTest::newRow("relative redirect is followed")
        << redirect("/.well-known/acme-challenge/elsewhere") << ip << 0 << true << QString() << QString();
    QTest::newRow("redirect to an unauthorized port is refused")
        << redirect("http://127.0.0.1:" + port2 + "/final") << ip << 0 << false << QStringLiteral("connection")
        << QStringLiteral("Redirect to port %1 is not authorized").arg(m_second.port());
    QTest::newRow("redirect to another scheme is refused")
        << redirect("ftp://127.0.0.1/x") << ip << 0 << false << QStringLiteral("connection")
        << QStringLiteral("Redirect to scheme \"ftp\" is not allowed");
    QTest::newRow("redirect loop is bounded")
        << redirect("/.well-known/acme-challenge/" + kToken.toLatin1()) << ip << 0 << false
        << QStringLiteral("connection") << QStringLiteral("Redirect loop");
    QTest::newRow("redirect chain longer than maxRedirects is refused")
        << redirect("/hop/1") << ip << 2 << false << QStringLiteral("connection")
        << QStringLiteral("Too many redirects: more than 3");
    QTest::newRow("redirect into a denied range is refused before connecting")
        << redirect("http://10.1.2.3/x") << ip << 4 << false << QStringLiteral("connection")
        << QStringLiteral("10.1.2.3 is in the denied range 10.0.0.0/8");
    QTest::newRow("redirect to a host name resolves it")
        << redirect("http://other.example.test:" + port2 + "/final") << ip << 1 << true << QString() << QString();
    QTest::newRow("redirect to an unknown host is a dns problem")
        << redirect("http://nowhere.example.test:" + port2 + "/final") << ip << 1 << false << QStringLiteral("dns")
        << QStringLiteral("No such host nowhere.example.test");
    QTest::newRow("oversized Content-Length is refused unread")
        << "HTTP/1.1 200 OK\r\nContent-Length: 104857600\r\n\r\n" + ka << ip << 0 << false
        << QStringLiteral("incorrectResponse") << QStringLiteral("larger than 65536 bytes");
    QTest::newRow("endless body is cut at maxBodyBytes")
        << QByteArray("@STREAM") << ip << 0 << false << QStringLiteral("incorrectResponse")
        << QStringLiteral("larger than 65536 bytes");
    QTest::newRow("a hanging server times out") << QByteArray("@HANG") << ip << 3 << false
                                                << QStringLiteral("connection") << QStringLiteral("Timeout after 0.8s");
    QTest::newRow("garbage instead of HTTP is an incorrect response")
        << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << ip << 0 << false << QStringLiteral("incorrectResponse")
        << QStringLiteral("Malformed HTTP response");
    QTest::newRow("host name identifiers resolve through the lookup")
        << ok(ka) << QStringLiteral("www.example.test") << 0 << true << QString() << QString();
    QTest::newRow("an unresolvable identifier is a dns problem")
        << ok(ka) << QStringLiteral("missing.example.test") << 0 << false << QStringLiteral("dns")
        << QStringLiteral("NXDOMAIN");
    QTest::newRow("a malformed identifier is rejected")
        << ok(ka) << QStringLiteral("bad host\r\nX: y") << 0 << false << QStringLiteral("rejectedIdentifier")
        << QStringLiteral("not a valid DNS name");
    QTest::newRow("an identifier in a denied range is rejected")
        << ok(ka) << ip << 6 << false << QStringLiteral("rejectedIdentifier")
        << QStringLiteral("127.0.0.1 is in the denied range 127.0.0.0/8");
}

void TestHttp01Validator::validate()
{
    QFETCH(QByteArray, response);
    QFETCH(QString, identifier);
    QFETCH(int, policyTweak);
    QFETCH(bool, valid);
    QFETCH(QString, problemType);
    QFETCH(QString, detailContains);

    const QByteArray ka = kKeyAuthorization.toLatin1();
    const QByteArray path = "/.well-known/acme-challenge/" + kToken.toLatin1();
    m_server.setResponse(path, response);
    m_server.setResponse("/.well-known/acme-challenge/elsewhere", ok(ka));
    m_second.setResponse("/final", ok(ka));
    for (int i = 1; i <= 5; ++i) {
        m_server.setResponse("/hop/" + QByteArray::number(i), redirect("/hop/" + QByteArray::number(i + 1)));
    }

    ChallengeTask t = task(identifier);
    switch (policyTweak) {
    case 1:
        t.policy.authorizedRedirectPorts = {80, 443, m_second.port()};
        break;
    case 2:
        t.policy.maxRedirects = 3;
        break;
    case 3:
        t.policy.timeoutMs = 800;
        break;
    case 4:
        t.policy.denyRanges = {QStringLiteral("10.0.0.0/8")};
        break;
    case 5:
        t.policy.http01Port = unusedPort();
        break;
    case 6:
        t.policy.denyRanges = {QStringLiteral("127.0.0.0/8")};
        break;
    default:
        break;
    }

    QElapsedTimer elapsed;
    elapsed.start();
    const ValidationOutcome outcome = Http01Validator(tableLookup()).validate(t);
    QVERIFY2(outcome.valid == valid, qPrintable(outcome.problemType + QLatin1Char(' ') + outcome.detail));
    QCOMPARE(outcome.problemType, problemType);
    QVERIFY2(outcome.detail.contains(detailContains), qPrintable(outcome.detail));
    // Every row ends well within the policy's bound (the hanging row waits 0.8 s).
    QVERIFY2(elapsed.elapsed() < t.policy.timeoutMs + 1000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestHttp01Validator::ipv6Literal()
{
    BlockingHttpServer server;
    if (!server.listen(QHostAddress(QStringLiteral("::1")))) {
        QSKIP("no IPv6 loopback on this machine");
    }
    server.setResponse("/.well-known/acme-challenge/" + kToken.toLatin1(), ok(kKeyAuthorization.toLatin1()));
    ChallengeTask t = task(QStringLiteral("::1"));
    t.policy.http01Port = server.port();
    const ValidationOutcome outcome = ChallengeValidator().validate(t);
    QVERIFY2(outcome.valid, qPrintable(outcome.detail));
    QCOMPARE(outcome.addressesTried, QStringList {QStringLiteral("::1")});
    const QList<QByteArray> requests = server.requests();
    QCOMPARE(requests.size(), 1);
    // RFC 8738 §5 / RFC 3986: the IPv6 literal travels in brackets.
    QVERIFY2(requests.first().contains("\r\nHost: [::1]:" + QByteArray::number(server.port()) + "\r\n"),
             requests.first().constData());
}

void TestHttp01Validator::deniedAddressNeverConnected()
{
    BlockingHttpServer server;
    QVERIFY(server.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    ChallengeTask t = task();
    t.policy.http01Port = server.port();
    t.policy.allowRanges = {QStringLiteral("192.0.2.0/24")};
    const ValidationOutcome outcome = ChallengeValidator().validate(t);
    QVERIFY(!outcome.valid);
    QCOMPARE(outcome.problemType, QStringLiteral("rejectedIdentifier"));
    QVERIFY2(outcome.detail.contains(QStringLiteral("outside the allowed ranges")), qPrintable(outcome.detail));
    QTest::qWait(100);
    QVERIFY(server.requests().isEmpty());
}

void TestHttp01Validator::hostHeaderNamesIdentifier()
{
    m_server.setResponse("/.well-known/acme-challenge/" + kToken.toLatin1(), ok(kKeyAuthorization.toLatin1()));
    const int before = m_server.requests().size();
    const ValidationOutcome outcome = Http01Validator(tableLookup()).validate(task(QStringLiteral("www.example.test")));
    QVERIFY2(outcome.valid, qPrintable(outcome.detail));
    const QList<QByteArray> requests = m_server.requests();
    QCOMPARE(requests.size(), before + 1);
    QVERIFY2(requests.last().startsWith("GET /.well-known/acme-challenge/" + kToken.toLatin1() + " HTTP/1.1\r\n"),
             requests.last().constData());
    QVERIFY2(requests.last().contains("\r\nHost: www.example.test:" + QByteArray::number(m_server.port()) + "\r\n"),
             requests.last().constData());
}

void TestHttp01Validator::fallsBackToTheNextAddress()
{
    // IPv6 is tried first; when connecting fails, the next address gets its turn (Boulder does the same).
    m_server.setResponse("/.well-known/acme-challenge/" + kToken.toLatin1(), ok(kKeyAuthorization.toLatin1()));
    const ValidationOutcome outcome
        = Http01Validator(tableLookup()).validate(task(QStringLiteral("dual.example.test")));
    QVERIFY2(outcome.valid, qPrintable(outcome.detail));
    QCOMPARE(outcome.addressesTried, (QStringList {QStringLiteral("::1"), QStringLiteral("127.0.0.1")}));
}

void TestHttp01Validator::redirectToHttpsIsFollowed()
{
    // Like the Let's Encrypt VA, an https redirect target's self-signed certificate is accepted:
    // the key authorization is the proof, not the certificate.
    std::signal(SIGPIPE, SIG_IGN); // the test server writes with write(2)
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString cert = dir.filePath(QStringLiteral("c.pem"));
    const QString key = dir.filePath(QStringLiteral("k.pem"));
    QProcess openssl;
    openssl.setStandardInputFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=www.example.test"), QStringLiteral("-keyout"), key, QStringLiteral("-out"),
                   cert});
    QVERIFY(openssl.waitForFinished(30000) && openssl.exitCode() == 0);

    // A chunked answer exercises TLS reads across several records.
    const QByteArray ka = kKeyAuthorization.toLatin1();
    OneShotHttpsServer https;
    QVERIFY(https.start(cert, key,
                        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + QByteArray::number(ka.size(), 16)
                            + "\r\n" + ka + "\r\n0\r\n\r\n"));
    m_server.setResponse("/.well-known/acme-challenge/" + kToken.toLatin1(),
                         redirect("https://www.example.test:" + QByteArray::number(https.port()) + "/secure"));
    ChallengeTask t = task();
    t.policy.authorizedRedirectPorts = {80, 443, https.port()};
    const ValidationOutcome outcome = Http01Validator(tableLookup()).validate(t);
    QVERIFY2(outcome.valid, qPrintable(outcome.problemType + QLatin1Char(' ') + outcome.detail));
    QVERIFY2(https.request().startsWith("GET /secure HTTP/1.1\r\n"), https.request().constData());
    QVERIFY2(https.request().contains("\r\nHost: www.example.test:" + QByteArray::number(https.port()) + "\r\n"),
             https.request().constData());
}

void TestHttp01Validator::checkAddress_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("allow");
    QTest::addColumn<QStringList>("deny");
    QTest::addColumn<bool>("allowed");

    const QStringList none;
    QTest::newRow("no ranges allow a public address") << QStringLiteral("192.0.2.1") << none << none << true;
    QTest::newRow("deny range refuses") << QStringLiteral("10.2.3.4") << none
                                        << QStringList {QStringLiteral("10.0.0.0/8")} << false;
    QTest::newRow("deny wins over allow") << QStringLiteral("10.2.3.4") << QStringList {QStringLiteral("10.0.0.0/8")}
                                          << QStringList {QStringLiteral("10.2.0.0/16")} << false;
    QTest::newRow("outside the allow ranges refuses")
        << QStringLiteral("192.0.2.1") << QStringList {QStringLiteral("10.0.0.0/8")} << none << false;
    QTest::newRow("IPv4-mapped IPv6 is judged as IPv4")
        << QStringLiteral("::ffff:10.2.3.4") << none << QStringList {QStringLiteral("10.0.0.0/8")} << false;
    QTest::newRow("IPv6 deny range refuses")
        << QStringLiteral("fd00::1") << none << QStringList {QStringLiteral("fc00::/7")} << false;
    QTest::newRow("a bare address is a host range")
        << QStringLiteral("192.0.2.1") << none << QStringList {QStringLiteral("192.0.2.1")} << false;
    QTest::newRow("the unspecified address is never a target") << QStringLiteral("0.0.0.0") << none << none << false;
    QTest::newRow("multicast is never a target") << QStringLiteral("ff02::1") << none << none << false;
}

void TestHttp01Validator::checkAddress()
{
    QFETCH(QString, address);
    QFETCH(QStringList, allow);
    QFETCH(QStringList, deny);
    QFETCH(bool, allowed);
    ValidationPolicy policy;
    policy.allowRanges = allow;
    policy.denyRanges = deny;
    const ValidationOutcome outcome = ChallengeValidator::checkAddress(QHostAddress(address), policy);
    QVERIFY2(outcome.valid == allowed, qPrintable(outcome.detail));
    if (!allowed) {
        QCOMPARE(outcome.problemType, QStringLiteral("rejectedIdentifier"));
    }
}

QTEST_GUILESS_MAIN(TestHttp01Validator)
#include "TestHttp01Validator.moc"
