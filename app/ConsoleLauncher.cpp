// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/ConsoleLauncher.h"

#include "core/admin/AdminService.h"
#include "core/admin/ServerState.h"
#include "core/crypto/MasterKey.h"
#include "core/crypto/X509Certificate.h"
#include "ui/MainWindow.h"
#include "ui/SetupWizard.h"

#include <QFile>

ConsoleLauncher::ConsoleLauncher(AppEnvironment &env, ServerRuntime &server)
{
    MainWindow::applyPreferences();
    const QString user = qEnvironmentVariable("USER", QStringLiteral("console"));
    m_admin = std::make_unique<AdminService>(env.database(), &env.config(), env.clock(),
                                             QStringLiteral("admin:%1").arg(user));
    m_admin->setPki(&env.cas(), &env.issuance());
    // The server's master key, so 'Encrypt Key' EAB keys made here are readable by the server.
    if (Result<MasterKey> key = MasterKey::loadOrCreate(env.paths().masterKeyFile)) {
        m_admin->setMasterKey(*key);
    }

    ServerState state;
    state.status = server.http().isRunning() ? ServerState::Status::Running : ServerState::Status::Stopped;
    Result<GlobalSettings> settings = env.config().settings();
    if (settings) {
        state.ports = {settings->tlsPort, settings->clientCertPort, settings->httpPort};
    }
    QFile chain(env.serverChainFile());
    if (chain.open(QIODevice::ReadOnly)) {
        Result<X509Certificate> cert = X509Certificate::fromPem(chain.readAll());
        if (cert) {
            state.tlsCertificateExpiry = cert->notAfter();
        }
    }
    m_admin->setServerState(state);
    // The dashboard's live numbers come from the registry that feeds /metrics.
    m_admin->setMetrics(&server.metrics(), [&server]() { return server.nonceStoreSize(); });

    // The live request log: the engine reports from the server's worker threads; the sink only
    // queues (and outlives the console safely), the console takes the entries in batches.
    const RequestLog::Sink sink = m_admin->requestLog()->sink();
    QObject::connect(
        &server.engine(), &AcmeEngine::requestHandled, &server.engine(),
        [sink](const QString &method, const QString &path, const QString &alias, const QString &account, int status,
               const QString &problemType, qint64 latencyUs) {
            RequestLogEntry e;
            e.method = method;
            e.path = path;
            e.alias = alias;
            e.account = account;
            e.status = status;
            e.problemType = problemType;
            e.latencyMicros = latencyUs;
            sink(e);
        },
        Qt::DirectConnection);
    m_window = std::make_unique<MainWindow>(m_admin.get());
}

ConsoleLauncher::~ConsoleLauncher()
{
    // The window first, then the service (it finishes queued jobs and closes its thread's connection).
    m_window.reset();
    m_admin.reset();
}

bool ConsoleLauncher::runSetupWizard(AppEnvironment &env)
{
    MainWindow::applyPreferences();
    SetupWizard wizard(env.setup());
    return wizard.exec() == QDialog::Accepted;
}

void ConsoleLauncher::show()
{
    m_window->show();
}

bool ConsoleLauncher::saveScreenshots(const QString &dir, QString *error)
{
    QString why;
    const QStringList written = m_window->saveScreenshots(dir, &why);
    if (error) {
        *error = why;
    }
    return !written.isEmpty() && why.isEmpty();
}
