// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/ChallengeValidator.h"
#include "core/validation/KeyAuthorizationDigest.h"
#include "core/validation/TlsAlpn01Validator.h"

#include "tests/core/crypto/OpenSslCli.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <cstring>
#include <thread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <openssl/err.h>
#include <openssl/ssl.h>

namespace {

const QString kToken = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA");
const QString kKeyAuthorization = kToken + QStringLiteral(".9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI");
const QString kDomain = QStringLiteral("acme.example.test");

enum class AlpnMode {
    AcmeTls, // select acme-tls/1 when offered (RFC 8737 §3)
    None, // ignore ALPN: the handshake succeeds without a protocol
    Refuse, // answer no_application_protocol (RFC 7301 §3.2)
};

/** A blocking TLS server on its own thread, presenting one certificate; records the SNI it saw. */
class BlockingTlsServer
{
public:
    ~BlockingTlsServer() { stop(); }

    bool listen()
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in sin {};
        sin.sin_family = AF_INET;
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof(sin);
        if (m_fd < 0 || ::bind(m_fd, reinterpret_cast<sockaddr *>(&sin), sizeof(sin)) != 0 || ::listen(m_fd, 8) != 0) {
            return false;
        }
        ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&sin), &length);
        m_port = ntohs(sin.sin_port);
        m_thread = std::thread([this] { run(); });
        return true;
    }

    quint16 port() const { return m_port; }

    void configure(const QString &certFile, const QString &keyFile, AlpnMode alpn)
    {
        QMutexLocker lock(&m_mutex);
        m_certFile = certFile;
        m_keyFile = keyFile;
        m_alpn = alpn;
        m_sni.clear();
    }

    QString lastSni() const
    {
        QMutexLocker lock(&m_mutex);
        return m_sni;
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
    static int selectAlpn(SSL *ssl, const unsigned char **out, unsigned char *outLength, const unsigned char *in,
                          unsigned int inLength, void *arg)
    {
        Q_UNUSED(ssl)
        const auto mode = *static_cast<AlpnMode *>(arg);
        if (mode == AlpnMode::Refuse) {
            return SSL_TLSEXT_ERR_ALERT_FATAL;
        }
        static const unsigned char acmeTls[] = "\x0a"
                                               "acme-tls/1";
        unsigned char *selected = nullptr;
        if (SSL_select_next_proto(&selected, outLength, acmeTls, sizeof(acmeTls) - 1, in, inLength)
            != OPENSSL_NPN_NEGOTIATED) {
            return SSL_TLSEXT_ERR_ALERT_FATAL;
        }
        *out = selected;
        return SSL_TLSEXT_ERR_OK;
    }

    // Runs while the ClientHello is processed, so the SNI is recorded before the client can
    // finish its handshake and the test reads it.
    static int recordSni(SSL *ssl, int *alert, void *arg)
    {
        Q_UNUSED(alert)
        auto *self = static_cast<BlockingTlsServer *>(arg);
        const char *sni = SSL_get_servername(ssl, TLSEXT_NAMETYPE_host_name);
        QMutexLocker lock(&self->m_mutex);
        self->m_sni = sni ? QString::fromLatin1(sni) : QString();
        return SSL_TLSEXT_ERR_OK;
    }

    void run()
    {
        while (!m_stop) {
            pollfd pfd {m_fd, POLLIN, 0};
            if (::poll(&pfd, 1, 50) <= 0) {
                continue;
            }
            const int client = ::accept4(m_fd, nullptr, nullptr, SOCK_CLOEXEC);
            if (client < 0) {
                continue;
            }
            timeval timeout {2, 0};
            ::setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof(timeout));
            ::setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof(timeout));
            serve(client);
            ::close(client);
        }
    }

    void serve(int client)
    {
        QByteArray cert;
        QByteArray key;
        {
            QMutexLocker lock(&m_mutex);
            cert = QFile::encodeName(m_certFile);
            key = QFile::encodeName(m_keyFile);
            m_alpnForConnection = m_alpn;
        }
        SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
        SSL_CTX_use_certificate_file(ctx, cert.constData(), SSL_FILETYPE_PEM);
        SSL_CTX_use_PrivateKey_file(ctx, key.constData(), SSL_FILETYPE_PEM);
        if (m_alpnForConnection != AlpnMode::None) {
            SSL_CTX_set_alpn_select_cb(ctx, selectAlpn, &m_alpnForConnection);
        }
        SSL_CTX_set_tlsext_servername_callback(ctx, recordSni);
        SSL_CTX_set_tlsext_servername_arg(ctx, this);
        SSL *ssl = SSL_new(ctx);
        SSL_set_fd(ssl, client);
        if (SSL_accept(ssl) == 1) {
            SSL_shutdown(ssl);
        }
        SSL_free(ssl);
        SSL_CTX_free(ctx);
        ERR_clear_error();
    }

    int m_fd = -1;
    quint16 m_port = 0;
    std::atomic<bool> m_stop {false};
    std::thread m_thread;
    mutable QMutex m_mutex;
    QString m_certFile;
    QString m_keyFile;
    AlpnMode m_alpn = AlpnMode::AcmeTls;
    AlpnMode m_alpnForConnection = AlpnMode::AcmeTls;
    QString m_sni;
};

HostLookup tableLookup()
{
    return
        [](const QString &host, const ValidationPolicy &, const ValidationDeadline &) -> Result<QList<QHostAddress>> {
            if (host == kDomain) {
                return QList<QHostAddress> {QHostAddress(QStringLiteral("127.0.0.1"))};
            }
            return CoreError(CoreError::Code::NotFound, QStringLiteral("No such host %1 (NXDOMAIN)").arg(host));
        };
}

QString digestHex(const QString &keyAuthorization)
{
    return QString::fromLatin1(KeyAuthorizationDigest::sha256(keyAuthorization).toHex(':'));
}

} // namespace

class TestTlsAlpn01Validator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void validate_data();
    void validate();
    void connectionRefused();
    void reverseNameForIpIdentifiers();

private:
    /** Makes a self-signed P-256 certificate with the openssl CLI; returns the base path (.crt/.key). */
    QString makeCertificate(const QString &name, const QStringList &extensions);
    ChallengeTask task(const QString &identifierType, const QString &identifier) const;

    QTemporaryDir m_dir;
    BlockingTlsServer m_server;
    QHash<QString, QString> m_certs;
};

QString TestTlsAlpn01Validator::makeCertificate(const QString &name, const QStringList &extensions)
{
    const QString base = m_dir.filePath(name);
    QStringList args = OpenSslCli::newP256Certificate()
        + QStringList {QStringLiteral("-days"),   QStringLiteral("2"),
                       QStringLiteral("-subj"),   QStringLiteral("/CN=acme-tls-alpn-01 test"),
                       QStringLiteral("-keyout"), base + QStringLiteral(".key"),
                       QStringLiteral("-out"),    base + QStringLiteral(".crt")};
    for (const QString &extension : extensions) {
        args << QStringLiteral("-addext") << extension;
    }
    QProcess openssl;
    openssl.setStandardInputFile(QProcess::nullDevice());
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForFinished(30000) || openssl.exitCode() != 0) {
        qWarning("openssl req failed: %s", openssl.readAllStandardError().constData());
        return {};
    }
    return base;
}

void TestTlsAlpn01Validator::initTestCase()
{
    // The test server writes with SSL_set_fd (write(2)) to clients that already left.
    std::signal(SIGPIPE, SIG_IGN);
    QVERIFY(m_dir.isValid());
    QVERIFY(m_server.listen());
    const QString good = QStringLiteral("1.3.6.1.5.5.7.1.31=critical,DER:04:20:") + digestHex(kKeyAuthorization);
    const QString wrong = QStringLiteral("1.3.6.1.5.5.7.1.31=critical,DER:04:20:")
        + digestHex(QStringLiteral("another.key-authorization"));
    const QString notCritical = QStringLiteral("1.3.6.1.5.5.7.1.31=DER:04:20:") + digestHex(kKeyAuthorization);
    const QString san = QStringLiteral("subjectAltName=DNS:") + kDomain;
    const QList<QPair<QString, QStringList>> specs {
        {QStringLiteral("good"), {san, good}},
        {QStringLiteral("wrong-digest"), {san, wrong}},
        {QStringLiteral("not-critical"), {san, notCritical}},
        {QStringLiteral("no-extension"), {san}},
        {QStringLiteral("two-names"), {san + QStringLiteral(",DNS:other.example.test"), good}},
        {QStringLiteral("other-name"), {QStringLiteral("subjectAltName=DNS:other.example.test"), good}},
        {QStringLiteral("ip"), {QStringLiteral("subjectAltName=IP:127.0.0.1"), good}},
        {QStringLiteral("short-digest"), {san, QStringLiteral("1.3.6.1.5.5.7.1.31=critical,DER:04:02:ab:cd")}},
    };
    for (const auto &spec : specs) {
        const QString base = makeCertificate(spec.first, spec.second);
        QVERIFY2(!base.isEmpty(), qPrintable(spec.first));
        m_certs.insert(spec.first, base);
    }
}

void TestTlsAlpn01Validator::cleanupTestCase()
{
    m_server.stop();
}

ChallengeTask TestTlsAlpn01Validator::task(const QString &identifierType, const QString &identifier) const
{
    ChallengeTask t;
    t.type = QStringLiteral("tls-alpn-01");
    t.identifierType = identifierType;
    t.identifierValue = identifier;
    t.token = kToken;
    t.keyAuthorization = kKeyAuthorization;
    t.policy.tlsAlpn01Port = m_server.port();
    t.policy.timeoutMs = 3000;
    return t;
}

void TestTlsAlpn01Validator::validate_data()
{
    QTest::addColumn<QString>("cert");
    QTest::addColumn<int>("alpn");
    QTest::addColumn<QString>("identifierType");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problemType");
    QTest::addColumn<QString>("detailContains");

    const QString dns = QStringLiteral("dns");
    const int acme = int(AlpnMode::AcmeTls);
    const QString incorrect = QStringLiteral("incorrectResponse");
    QTest::newRow("a correct acme-tls/1 certificate is valid")
        << QStringLiteral("good") << acme << dns << kDomain << true << QString() << QString();
    QTest::newRow("the identifier matches case-insensitively")
        << QStringLiteral("good") << acme << dns << QStringLiteral("ACME.Example.Test") << true << QString()
        << QString();
    QTest::newRow("a wrong digest is an incorrect response")
        << QStringLiteral("wrong-digest") << acme << dns << kDomain << false << incorrect
        << QStringLiteral("does not hold the SHA-256 digest");
    QTest::newRow("a non-critical acmeIdentifier is refused")
        << QStringLiteral("not-critical") << acme << dns << kDomain << false << incorrect
        << QStringLiteral("acmeIdentifier extension is not critical");
    QTest::newRow("a missing acmeIdentifier is refused")
        << QStringLiteral("no-extension") << acme << dns << kDomain << false << incorrect
        << QStringLiteral("no acmeIdentifier extension (1.3.6.1.5.5.7.1.31)");
    QTest::newRow("a digest that is not 32 bytes is refused")
        << QStringLiteral("short-digest") << acme << dns << kDomain << false << incorrect
        << QStringLiteral("not an OCTET STRING of 32 bytes");
    QTest::newRow("more than one subjectAltName is refused") << QStringLiteral("two-names") << acme << dns << kDomain
                                                             << false << incorrect << QStringLiteral("it has 2 names");
    QTest::newRow("another name is refused")
        << QStringLiteral("other-name") << acme << dns << kDomain << false << incorrect
        << QStringLiteral("subjectAltName is DNS:other.example.test, expected DNS:acme.example.test");
    QTest::newRow("a server ignoring ALPN is refused")
        << QStringLiteral("good") << int(AlpnMode::None) << dns << kDomain << false << QStringLiteral("tls")
        << QStringLiteral("did not negotiate the ALPN protocol \"acme-tls/1\"");
    QTest::newRow("a server refusing acme-tls/1 is a tls problem")
        << QStringLiteral("good") << int(AlpnMode::Refuse) << dns << kDomain << false << QStringLiteral("tls")
        << QStringLiteral("TLS handshake with 127.0.0.1:");
    QTest::newRow("an IP identifier needs an iPAddress name")
        << QStringLiteral("ip") << acme << QStringLiteral("ip") << QStringLiteral("127.0.0.1") << true << QString()
        << QString();
    QTest::newRow("a DNS name does not satisfy an IP identifier")
        << QStringLiteral("good") << acme << QStringLiteral("ip") << QStringLiteral("127.0.0.1") << false << incorrect
        << QStringLiteral("expected IP:127.0.0.1");
    QTest::newRow("an unresolvable identifier is a dns problem")
        << QStringLiteral("good") << acme << dns << QStringLiteral("missing.example.test") << false
        << QStringLiteral("dns") << QStringLiteral("NXDOMAIN");
}

void TestTlsAlpn01Validator::validate()
{
    QFETCH(QString, cert);
    QFETCH(int, alpn);
    QFETCH(QString, identifierType);
    QFETCH(QString, identifier);
    QFETCH(bool, valid);
    QFETCH(QString, problemType);
    QFETCH(QString, detailContains);

    const QString base = m_certs.value(cert);
    m_server.configure(base + QStringLiteral(".crt"), base + QStringLiteral(".key"), static_cast<AlpnMode>(alpn));
    const ValidationOutcome outcome = TlsAlpn01Validator(tableLookup()).validate(task(identifierType, identifier));
    QVERIFY2(outcome.valid == valid, qPrintable(outcome.problemType + QLatin1Char(' ') + outcome.detail));
    QCOMPARE(outcome.problemType, problemType);
    QVERIFY2(outcome.detail.contains(detailContains), qPrintable(outcome.detail));
    if (identifierType == QLatin1String("dns") && problemType != QLatin1String("dns")) {
        // RFC 8737 §3: SNI carries the name being validated.
        QCOMPARE(m_server.lastSni(), identifier.toLower());
        QCOMPARE(outcome.addressesTried, QStringList {QStringLiteral("127.0.0.1")});
    }
}

void TestTlsAlpn01Validator::connectionRefused()
{
    BlockingTlsServer closed;
    QVERIFY(closed.listen());
    const quint16 port = closed.port();
    closed.stop();
    ChallengeTask t = task(QStringLiteral("ip"), QStringLiteral("127.0.0.1"));
    t.policy.tlsAlpn01Port = port;
    const ValidationOutcome outcome = ChallengeValidator().validate(t);
    QVERIFY(!outcome.valid);
    QCOMPARE(outcome.problemType, QStringLiteral("connection"));
    QCOMPARE(outcome.detail, QStringLiteral("Connection refused to 127.0.0.1:%1").arg(port));
}

void TestTlsAlpn01Validator::reverseNameForIpIdentifiers()
{
    const QString base = m_certs.value(QStringLiteral("ip"));
    m_server.configure(base + QStringLiteral(".crt"), base + QStringLiteral(".key"), AlpnMode::AcmeTls);
    const ValidationOutcome outcome
        = ChallengeValidator().validate(task(QStringLiteral("ip"), QStringLiteral("127.0.0.1")));
    QVERIFY2(outcome.valid, qPrintable(outcome.detail));
    // RFC 8738 §6: the SNI of an IP identifier is its reverse-mapping name.
    QCOMPARE(m_server.lastSni(), QStringLiteral("1.0.0.127.in-addr.arpa"));
}

QTEST_GUILESS_MAIN(TestTlsAlpn01Validator)
#include "TestTlsAlpn01Validator.moc"
