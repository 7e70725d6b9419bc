// SPDX-License-Identifier: GPL-3.0-or-later
#include "AcmeHttpServer.h"

#include "core/http/HttpNativeSocket.h"
#include "core/http/HttpServerContext.h"
#include "core/http/HttpWorker.h"

#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>
#include <QThread>

Q_LOGGING_CATEGORY(lcHttpClosed, "anvil.http.closed")

namespace {

constexpr int ListenBacklog = 1024;

/**
 * TLS 1.2 and 1.3 only; for 1.2 only ECDHE key exchange with AEAD ciphers (Mozilla
 * "intermediate"), TLS 1.3's suites are all AEAD.
 */
QList<QSslCipher> modernCiphers()
{
    static const char *const names[] = {
        "TLS_AES_128_GCM_SHA256",        "TLS_AES_256_GCM_SHA384",        "TLS_CHACHA20_POLY1305_SHA256",
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-GCM-SHA256",   "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES256-GCM-SHA384",   "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-RSA-CHACHA20-POLY1305",
    };
    const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
    QList<QSslCipher> ciphers;
    for (const char *name : names) {
        for (const QSslCipher &cipher : supported) {
            if (cipher.name() == QLatin1String(name)) {
                ciphers.append(cipher);
                break;
            }
        }
    }
    return ciphers;
}

Result<QSslConfiguration> sslConfigurationFor(const HttpListenerConfig &listener)
{
    const QList<QSslCertificate> chain = QSslCertificate::fromData(listener.certificateChainPem, QSsl::Pem);
    if (chain.isEmpty()) {
        return CoreError(CoreError::Code::Crypto, QStringLiteral("The listener's certificate chain does not load"));
    }
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(listener.privateKeyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull()) {
            break;
        }
    }
    if (key.isNull()) {
        return CoreError(CoreError::Code::Crypto, QStringLiteral("The listener's private key does not load"));
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setCiphers(modernCiphers());
    configuration.setCaCertificates({});
    // No TLS session kept in the (shared, see HttpTcpListener) context: it would be handed to the
    // next connection's server SSL object, and caching it costs an encoding per handshake.
    configuration.setSslOption(QSsl::SslOptionDisableSessionSharing, true);
    // RFC 8555 §7.3 and §6.1: directory and newAccount must work without a client certificate,
    // so the mTLS listener asks for one but lets the engine decide what a missing one means.
    configuration.setPeerVerifyMode(listener.kind == HttpListenerConfig::Kind::TlsClientCert ? QSslSocket::QueryPeer
                                                                                             : QSslSocket::VerifyNone);
    return configuration;
}

} // namespace

AcmeHttpServer::AcmeHttpServer(QObject *parent)
    : QObject(parent)
    , m_requestHandledSignal(QMetaMethod::fromSignal(&AcmeHttpServer::requestHandled))
    , m_closeLogTimer(this) // a child, so that it follows the server to another thread
{
    qRegisterMetaType<HttpRequestLogEntry>();
    connect(&m_closeLogTimer, &QTimer::timeout, this, &AcmeHttpServer::logClosedConnections);
}

AcmeHttpServer::~AcmeHttpServer()
{
    stop();
}

void AcmeHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

int AcmeHttpServer::addListener(const HttpListenerConfig &listener)
{
    m_listeners.append(listener);
    return int(m_listeners.size() - 1);
}

void AcmeHttpServer::setListeners(const QList<HttpListenerConfig> &listeners)
{
    m_listeners = listeners;
}

void AcmeHttpServer::setLimits(const HttpServerLimits &limits)
{
    m_limits = limits;
}

void AcmeHttpServer::setWorkerCount(int count)
{
    m_workerCount = qMax(0, count);
}

int AcmeHttpServer::workerCount() const
{
    // One more than the cores: a worker that waits (for the database's write turn, mostly) leaves
    // its core to another instead of idling it, and the kernel, not the listeners' hash of each
    // connection, balances the load over the cores. Measured on 2 cores, 3 workers against 2:
    // +5% flows/s at 16 clients, +1-2% at 64, the same at 1 and 4.
    return m_workerCount > 0 ? m_workerCount : qMax(1, QThread::idealThreadCount()) + 1;
}

VoidResult AcmeHttpServer::start()
{
    if (isRunning()) {
        return CoreError(CoreError::Code::Conflict, QStringLiteral("The HTTP server is already running"));
    }
    if (!m_handler) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("The HTTP server has no request handler"));
    }
    if (m_listeners.isEmpty()) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("The HTTP server has no listener"));
    }
    const int workers = workerCount();

    // Everything that can fail is done here, before a thread starts.
    QList<QSslConfiguration> sslConfigurations;
    for (const HttpListenerConfig &listener : std::as_const(m_listeners)) {
        if (!listener.isTls()) {
            sslConfigurations.append(QSslConfiguration());
            continue;
        }
        if (!QSslSocket::supportsSsl()) {
            return CoreError(CoreError::Code::Crypto, QStringLiteral("TLS is not available"));
        }
        Result<QSslConfiguration> configuration = sslConfigurationFor(listener);
        if (!configuration) {
            return configuration.error();
        }
        sslConfigurations.append(std::move(configuration).value());
    }

    // descriptors[worker][listener]; port 0 is resolved by the first socket, the others join it.
    std::vector<QList<HttpWorker::Listener>> perWorker(static_cast<size_t>(workers));
    QList<quint16> ports;
    auto closeAll = [&perWorker] {
        for (const auto &listeners : perWorker) {
            for (const HttpWorker::Listener &listener : listeners) {
                HttpNativeSocket::close(listener.descriptor);
            }
        }
    };
    for (int index = 0; index < m_listeners.size(); ++index) {
        const HttpListenerConfig &config = m_listeners.at(index);
        quint16 port = config.port;
        for (int worker = 0; worker < workers; ++worker) {
            const Result<qintptr> descriptor
                = HttpNativeSocket::openReusePortListener(config.address, port, ListenBacklog);
            if (!descriptor) {
                closeAll();
                return descriptor.error();
            }
            if (port == 0) {
                port = HttpNativeSocket::boundPort(*descriptor);
            }
            HttpWorker::Listener listener;
            listener.index = index;
            listener.kind = config.kind;
            listener.sslConfiguration = sslConfigurations.at(index);
            listener.descriptor = *descriptor;
            perWorker[size_t(worker)].append(listener);
        }
        ports.append(port);
    }

    auto context = std::make_shared<HttpServerContext>(m_limits);
    context->handler = m_handler;
    context->logWanted = [this] { return isSignalConnected(m_requestHandledSignal); };
    context->log = [this](const HttpRequestLogEntry &entry) { Q_EMIT requestHandled(entry); };
    for (int worker = 0; worker < workers; ++worker) {
        m_workers.push_back(std::make_unique<HttpWorker>(context, perWorker[size_t(worker)]));
    }
    QString error;
    for (const auto &worker : m_workers) {
        const QString workerError = worker->startAndWait();
        if (error.isEmpty()) {
            error = workerError;
        }
    }
    if (!error.isEmpty()) {
        stop();
        return CoreError(CoreError::Code::Io, QStringLiteral("The HTTP server cannot listen"), error);
    }
    m_context = std::move(context);
    m_ports = ports;
    m_closeLogTimer.start(std::max(m_limits.closeLogInterval, std::chrono::milliseconds(1)));
    return {};
}

void AcmeHttpServer::stop()
{
    for (const auto &worker : m_workers) {
        worker->quit();
    }
    m_workers.clear(); // ~HttpWorker joins; servers and sockets are destroyed on their threads
    m_closeLogTimer.stop();
    logClosedConnections();
    m_context.reset();
    m_ports.clear();
}

void AcmeHttpServer::logClosedConnections()
{
    if (!m_context) {
        return;
    }
    const HttpCloseLog::Summary summary = m_context->closeLog.take();
    if (!summary.isEmpty()) {
        qCInfo(lcHttpClosed).noquote() << summary.toString();
    }
}

quint16 AcmeHttpServer::serverPort(int index) const
{
    return index >= 0 && index < m_ports.size() ? m_ports.at(index) : 0;
}

int AcmeHttpServer::openConnections() const
{
    return m_context ? m_context->limiter.openConnections() : 0;
}

Result<quint64> AcmeHttpServer::raiseFileDescriptorLimit()
{
    return HttpNativeSocket::raiseFileDescriptorLimit();
}
