// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ServerRuntime.h"

#include "core/acme/GovernancePolicy.h"
#include "core/acme/PkiCertificates.h"
#include "core/acme/PublicHttpHandler.h"

#include <QFile>
#include <QLoggingCategory>
#include <QThreadPool>

Q_LOGGING_CATEGORY(lcServer, "anvil.server")

namespace {

constexpr int kSettleHeldOrdersMs = 2000;

} // namespace

ServerRuntime::ServerRuntime(AppEnvironment &env, const Options &options, QObject *parent)
    : QObject(parent)
    , m_env(env)
    , m_options(options)
{
    ConfigStore &config = m_env.config();
    // The command line and the console change configuration from other processes. On a SQLite
    // file they bump a counter beside it, which every request reads (one pread), so a change is
    // seen at once and the stored version is read at most once a second; without it (in memory),
    // on every request. Nodes sharing PostgreSQL look at most once a second.
    config.setStaleMs(m_env.database()->isSqlite() && !config.hasChangeBeacon() ? 0 : 1000);
    // One node on SQLite keeps nonces in memory; nodes sharing PostgreSQL share them in the database.
    std::unique_ptr<NonceStore> store;
    if (m_env.database()->isSqlite()) {
        store = std::make_unique<MemoryNonceStore>();
    } else {
        store = std::make_unique<SqlNonceStore>(m_env.database());
    }
    m_nonces = std::make_unique<NonceService>(std::move(store), m_env.clock(),
                                              [&config]() { return config.snapshot()->settings.nonceValidityMs; });
    m_validator = std::make_unique<ChallengeValidator>();
    const int http01Port = m_options.http01Port;
    m_validation = std::make_unique<ValidationScheduler>([this, http01Port](const ChallengeTask &task) {
        ChallengeTask t = task;
        if (http01Port > 0) {
            t.policy.http01Port = http01Port;
        }
        const ValidationOutcome outcome = m_validator->validate(t);
        m_metrics.recordValidation(t.type, outcome.valid ? QStringLiteral("valid") : outcome.problemType);
        return outcome;
    });
    m_certificates = std::make_unique<PkiCertificates>(m_env.database(), config, m_env.cas(), m_env.profiles(),
                                                       m_env.issuance(), m_env.clock());
    m_public = std::make_unique<PublicHttpHandler>(m_env.database(), m_env.cas(), m_env.issuance(), m_env.clock());
    AcmeEngine::Dependencies deps;
    deps.db = m_env.database();
    deps.config = &config;
    deps.nonces = m_nonces.get();
    deps.clock = &m_env.clock();
    deps.validation = m_validation.get();
    deps.certificates = m_certificates.get();
    // EAB, approvals, Terms of Service, client certificates (issue #4); owned through `this`.
    Result<MasterKey> masterKey = MasterKey::loadOrCreate(m_env.paths().masterKeyFile);
    deps.governance = new GovernancePolicy(m_env.database(), masterKey ? *masterKey : MasterKey(), m_env.cas(),
                                           m_env.issuance(), m_env.clock(), this);
    m_engine = std::make_unique<AcmeEngine>(deps);
    m_http = std::make_unique<AcmeHttpServer>();
    m_http->setHandler([this](const AcmeRequest &r) { return route(r); });
    // Metrics count every answered request (ACME and public HTTP) with its latency; the signal
    // comes from worker threads and the registry is thread-safe.
    connect(
        m_http.get(), &AcmeHttpServer::requestHandled, this,
        [this](const HttpRequestLogEntry &e) { m_metrics.recordRequest(e.path, e.status, e.latencyMicros); },
        Qt::DirectConnection);
}

ServerRuntime::~ServerRuntime()
{
    stop();
}

AcmeResponse ServerRuntime::route(const AcmeRequest &request)
{
    // Commits made for this request don't hold the HTTP thread in a disk flush: the response
    // waits for the flush instead (AcmeResponse::whenDurable), and the thread serves others.
    const std::shared_ptr<Database> db = m_env.database();
    Database::DeferredDurability deferred(*db);
    AcmeResponse response = routeNow(request);
    if (const quint64 ticket = deferred.ticket()) {
        response.whenDurable
            = [db, ticket](std::function<void(bool)> done) { db->whenDurable(ticket, std::move(done)); };
    }
    return response;
}

AcmeResponse ServerRuntime::routeNow(const AcmeRequest &request)
{
    if (PublicHttpHandler::handles(request.path)) {
        return m_public->handle(request);
    }
    if (!request.baseUrl.startsWith(QLatin1String("https://"))) {
        // ACME is served over TLS only (RFC 8555 §6.1).
        AcmeResponse r;
        r.status = 404;
        r.body = "ACME is served over HTTPS\n";
        r.addHeader("Content-Type", "text/plain");
        return r;
    }
    return m_engine->handle(request);
}

VoidResult ServerRuntime::start()
{
    Result<GlobalSettings> settings = m_env.config().settings();
    if (!settings) {
        return settings.error();
    }
    const int tlsPort = m_options.tlsPort >= 0 ? m_options.tlsPort : settings->tlsPort;
    const int clientCertPort = m_options.clientCertPort >= 0 ? m_options.clientCertPort : settings->clientCertPort;
    const int httpPort = m_options.httpPort >= 0 ? m_options.httpPort : settings->httpPort;
    m_host = settings->serverHostnames.isEmpty() ? QStringLiteral("localhost") : settings->serverHostnames.first();

    if (VoidResult r = m_env.ensureServerCertificate(
            settings->serverHostnames.isEmpty() ? SetupService::defaultHostnames() : settings->serverHostnames);
        !r) {
        return r;
    }
    QFile chain(m_env.serverChainFile());
    QFile key(m_env.serverKeyFile());
    if (!chain.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot read the server certificate or key"));
    }
    const QByteArray chainPem = chain.readAll();
    const QByteArray keyPem = key.readAll();
    if (VoidResult r = m_engine->recoverInterruptedOrders(); !r) {
        return r;
    }
    // Validations lost with a crashed node run again: at once on a single SQLite node (nobody else
    // can be validating), and on shared PostgreSQL once they are older than any live validation.
    if (Result<int> n = m_engine->resumeStaleValidations(m_env.database()->isSqlite() ? 0 : kStaleValidationMs); !n) {
        return n.error();
    }
    // Periodic database work runs on m_maintenance, never on the (possibly GUI) thread, one round
    // of each kind at a time.
    m_resumeTimer.setInterval(kStaleValidationMs / 2);
    connect(&m_resumeTimer, &QTimer::timeout, this, [this]() {
        runMaintenance(m_resuming, [this]() {
            if (Result<int> n = m_engine->resumeStaleValidations(kStaleValidationMs); !n) {
                qCWarning(lcServer) << "resuming interrupted validations:" << n.error().toLogString();
            }
        });
    });
    m_resumeTimer.start();
    // An approval decided in the console or by `anvil approval` (another process) issues the held
    // order here, even before its client polls again; a poll settles it at once too.
    m_settleHeld.setInterval(kSettleHeldOrdersMs);
    connect(&m_settleHeld, &QTimer::timeout, this, [this]() {
        runMaintenance(m_settling, [this]() {
            if (VoidResult r = m_engine->settleHeldOrders(); !r) {
                qCWarning(lcServer) << "settling held orders:" << r.error().toLogString();
            }
        });
    });
    m_settleHeld.start();
    (void)AcmeHttpServer::raiseFileDescriptorLimit();
    QList<HttpListenerConfig> listeners;
    auto add = [&](int port, HttpListenerConfig::Kind kind) {
        HttpListenerConfig l;
        l.address = m_options.bindAddress;
        l.port = quint16(port);
        l.kind = kind;
        l.certificateChainPem = chainPem;
        l.privateKeyPem = keyPem;
        listeners << l;
        return int(listeners.size()) - 1;
    };
    if (tlsPort > 0) {
        m_tlsIndex = add(tlsPort, HttpListenerConfig::Kind::Tls);
    }
    if (clientCertPort > 0) {
        add(clientCertPort, HttpListenerConfig::Kind::TlsClientCert);
    }
    if (httpPort > 0) {
        add(httpPort, HttpListenerConfig::Kind::PlainHttp);
    }
    m_http->setListeners(listeners);
    if (m_options.workers > 0) {
        m_http->setWorkerCount(m_options.workers);
    }
    if (VoidResult r = m_http->start(); !r) {
        return r;
    }
    if (m_options.metricsPort > 0) {
        // An admin-only listener of its own (loopback unless told otherwise), so /metrics is never
        // reachable through the ACME or public ports.
        m_metricsHttp = std::make_unique<AcmeHttpServer>();
        m_metricsHttp->setHandler([this](const AcmeRequest &r) {
            return m_metrics.handle(r, [this]() {
                AcmeMetrics::Gauges g = AcmeMetrics::readGauges(*m_env.database(), m_env.clock().nowMs());
                g.nonceStoreSize = m_nonces->storeSize();
                return g;
            });
        });
        HttpListenerConfig l;
        l.address = m_options.metricsAddress;
        l.port = quint16(m_options.metricsPort);
        l.kind = HttpListenerConfig::Kind::PlainHttp;
        m_metricsHttp->setListeners({l});
        m_metricsHttp->setWorkerCount(1);
        if (VoidResult r = m_metricsHttp->start(); !r) {
            m_http->stop();
            return r;
        }
    }
    return {};
}

void ServerRuntime::runMaintenance(std::atomic_bool &busy, const std::function<void()> &work)
{
    if (busy.exchange(true)) {
        return; // the previous round is still running
    }
    m_maintenance.start([&busy, work]() {
        work();
        busy = false;
    });
}

void ServerRuntime::stop()
{
    m_resumeTimer.stop();
    m_settleHeld.stop();
    m_maintenance.waitForDone();
    if (m_metricsHttp && m_metricsHttp->isRunning()) {
        m_metricsHttp->stop();
    }
    if (m_http && m_http->isRunning()) {
        m_http->stop();
    }
    if (m_validation) {
        m_validation->waitForDone(15000);
    }
}

quint16 ServerRuntime::tlsPort() const
{
    return m_tlsIndex >= 0 ? m_http->serverPort(m_tlsIndex) : 0;
}

QString ServerRuntime::directoryUrl() const
{
    const QString host = m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    return QStringLiteral("https://%1:%2/acme/directory").arg(host).arg(tlsPort());
}
