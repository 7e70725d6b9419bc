// SPDX-License-Identifier: GPL-3.0-or-later
// Composition root: parses the command line, builds the core services, and runs the console,
// the headless server, or one admin command.
#include "app/AppEnvironment.h"
#include "app/Cli.h"
#include "app/ServerRuntime.h"
#include "core/crypto/Crypto.h"

#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QTextStream>

#ifdef ANVIL_HAVE_UI
#include "app/ConsoleLauncher.h"

#include <QApplication>
#endif

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    (void)::write(g_signalPipe[1], &c, 1);
}

/** SIGINT/SIGTERM end the event loop cleanly (listeners closed, validations drained). */
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        return;
    }
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app]() {
        char c;
        (void)::read(g_signalPipe[0], &c, 1);
        app.quit();
    });
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
}

struct Options
{
    bool headless = false;
    bool init = false;
    bool enableAcme = false;
    QString dataDir;
    QString database;
    ServerRuntime::Options server;
    SetupService::Options setup;
    QString importCert;
    QString importKey;
    QString importPassFile;
    QStringList rest; // admin command and its arguments
    QString error;
};

Options parse(const QStringList &args)
{
    Options o;
    for (int i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                o.error = QStringLiteral("%1 needs a value").arg(a);
                return {};
            }
            return args[++i];
        };
        auto port = [&]() -> int {
            bool ok = false;
            const int p = value().toInt(&ok);
            if (!ok || p < 0 || p > 65535) {
                o.error = QStringLiteral("%1 needs a port number").arg(a);
            }
            return p;
        };
        if (!o.rest.isEmpty()) {
            o.rest << a;
        } else if (a == QLatin1String("--headless")) {
            o.headless = true;
        } else if (a == QLatin1String("--init")) {
            o.init = true;
        } else if (a == QLatin1String("--enable-acme")) {
            o.enableAcme = true;
        } else if (a == QLatin1String("--data-dir")) {
            o.dataDir = value();
        } else if (a == QLatin1String("--database")) {
            o.database = value();
        } else if (a == QLatin1String("--bind")) {
            o.server.bindAddress = QHostAddress(value());
            if (o.server.bindAddress.isNull()) {
                o.error = QStringLiteral("--bind needs an IP address");
            }
        } else if (a == QLatin1String("--tls-port")) {
            o.server.tlsPort = port();
            o.setup.tlsPort = o.server.tlsPort;
        } else if (a == QLatin1String("--client-cert-port")) {
            o.server.clientCertPort = port();
            o.setup.clientCertPort = o.server.clientCertPort;
        } else if (a == QLatin1String("--http-port")) {
            o.server.httpPort = port();
            o.setup.httpPort = o.server.httpPort;
        } else if (a == QLatin1String("--http01-port")) {
            o.server.http01Port = port();
        } else if (a == QLatin1String("--metrics-port")) {
            o.server.metricsPort = port();
        } else if (a == QLatin1String("--metrics-bind")) {
            o.server.metricsAddress = QHostAddress(value());
            if (o.server.metricsAddress.isNull()) {
                o.error = QStringLiteral("--metrics-bind needs an IP address");
            }
        } else if (a == QLatin1String("--workers")) {
            o.server.workers = value().toInt();
        } else if (a == QLatin1String("--hostname")) {
            o.setup.hostnames << value();
        } else if (a == QLatin1String("--ca-key-type")) {
            o.setup.keySpec = value();
        } else if (a == QLatin1String("--ca-subject")) {
            o.setup.rootSubject = value();
        } else if (a == QLatin1String("--import-ca-cert")) {
            o.importCert = value();
        } else if (a == QLatin1String("--import-ca-key")) {
            o.importKey = value();
        } else if (a == QLatin1String("--import-ca-passphrase-file")) {
            o.importPassFile = value();
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            o.rest << QStringLiteral("help");
        } else if (a == QLatin1String("--version")) {
            o.rest << QStringLiteral("--version");
        } else if (Cli::isCommand(a)) {
            o.rest << a;
        } else {
            o.error = QStringLiteral("unknown option '%1'").arg(a);
        }
        if (!o.error.isEmpty()) {
            break;
        }
    }
    return o;
}

/** First start, shared by --init, the headless server and the console. */
int initialize(AppEnvironment &env, Options &o, QTextStream &out, QTextStream &err)
{
    o.setup.enableAcme = o.enableAcme;
    if (!o.importCert.isEmpty()) {
        QFile c(o.importCert);
        QFile k(o.importKey);
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly)) {
            err << "anvil: cannot read --import-ca-cert/--import-ca-key" << Qt::endl;
            return 1;
        }
        o.setup.importCertificates = c.readAll();
        o.setup.importKey = k.readAll();
        if (!o.importPassFile.isEmpty()) {
            QFile p(o.importPassFile);
            if (!p.open(QIODevice::ReadOnly)) {
                err << "anvil: cannot read --import-ca-passphrase-file" << Qt::endl;
                return 1;
            }
            o.setup.importPassphrase = p.readAll().trimmed();
        }
    }
    Result<SetupService::Outcome> done = env.setup().initialize(o.setup, QStringLiteral("cli:init"));
    if (!done) {
        err << "anvil: setup failed: " << done.error().detail() << Qt::endl;
        return 1;
    }
    Result<GlobalSettings> s = env.config().settings();
    if (VoidResult c = env.ensureServerCertificate(s->serverHostnames); !c) {
        err << "anvil: cannot issue the server certificate: " << c.error().detail() << Qt::endl;
        return 1;
    }
    if (done->createdCa) {
        out << "Created CA " << done->issuingCaName << Qt::endl;
    }
    return 0;
}

void printEndpoints(AppEnvironment &env, QTextStream &out)
{
    Result<GlobalSettings> s = env.config().settings();
    const QString host = s->serverHostnames.isEmpty() ? QStringLiteral("localhost") : s->serverHostnames.first();
    const QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    out << "Directory URL: https://" << h << ":" << s->tlsPort << "/acme/directory\n"
        << "CA bundle:     " << env.caBundleFile() << "\n"
        << "ACME protocol: " << (s->acmeEnabled ? "enabled" : "disabled (enable it with: anvil acme enable)")
        << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 0; i < argc; ++i) {
        args << QString::fromLocal8Bit(argv[i]);
    }
    Options o = parse(args);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!o.error.isEmpty()) {
        err << "anvil: " << o.error << "\n\n" << Cli::usage();
        return 2;
    }
    if (o.rest.value(0) == QLatin1String("--version")) {
        out << "anvil " << ANVIL_VERSION << Qt::endl;
        return 0;
    }
    if (o.rest.value(0) == QLatin1String("help")) {
        out << Cli::usage();
        return 0;
    }

    // Known-answer self test before any key is touched (STYLE.md §4).
    if (VoidResult self = Crypto::selfTest(); !self) {
        err << "anvil: cryptographic self-test failed: " << self.error().detail() << Qt::endl;
        return 1;
    }

#ifdef ANVIL_HAVE_UI
    [[maybe_unused]] const bool console = o.rest.isEmpty() && !o.headless && !o.init;
#else
    [[maybe_unused]] const bool console = false;
#endif
    std::unique_ptr<QCoreApplication> app;
#ifdef ANVIL_HAVE_UI
    if (console) {
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Anvil"));
    QCoreApplication::setApplicationName(QStringLiteral("anvil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANVIL_VERSION));

    const AppEnvironment::Paths paths = AppEnvironment::resolvePaths(o.dataDir, o.database);
    Result<std::unique_ptr<AppEnvironment>> opened = AppEnvironment::open(paths);
    if (!opened) {
        err << "anvil: " << opened.error().detail() << Qt::endl;
        if (!opened.error().internalDetail().isEmpty()) {
            err << "       " << opened.error().internalDetail() << Qt::endl;
        }
        return 1;
    }
    AppEnvironment &env = **opened;

    if (!o.rest.isEmpty()) {
        Cli cli(env, out, err);
        return cli.run(o.rest);
    }
#ifdef ANVIL_HAVE_UI
    if (console && !env.setup().isInitialized() && !ConsoleLauncher::runSetupWizard(env)) {
        err << "anvil: setup cancelled" << Qt::endl;
        return 1;
    }
#endif
    if (o.init || !env.setup().isInitialized()) {
        if (const int rc = initialize(env, o, out, err); rc != 0) {
            return rc;
        }
        if (o.init) {
            printEndpoints(env, out);
            return 0;
        }
    }

    ServerRuntime server(env, o.server);
    if (VoidResult r = server.start(); !r) {
        err << "anvil: cannot start the server: " << r.error().detail() << Qt::endl;
        if (!r.error().internalDetail().isEmpty()) {
            err << "       " << r.error().internalDetail() << Qt::endl;
        }
        return 1;
    }
    installSignalHandlers(*app);
#ifdef ANVIL_HAVE_UI
    if (console) {
        ConsoleLauncher launcher(env, server);
        launcher.show();
        return app->exec();
    }
#endif
    printEndpoints(env, out);
    out << "Serving (headless); stop with Ctrl+C or SIGTERM" << Qt::endl;
    const int rc = app->exec();
    server.stop();
    return rc;
}
