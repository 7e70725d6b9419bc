// SPDX-License-Identifier: GPL-3.0-or-later
// anvil-bench: complete ACME flows against any directory URL (see tests/bench/README.md).

#include "AcmeWorker.h"
#include "BenchStats.h"
#include "CsrFactory.h"
#include "EventLoop.h"
#include "Http01Responder.h"
#include "HttpConnection.h"
#include "ProcessProbe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <netdb.h>
#include <sys/resource.h>

namespace {

struct Options
{
    QString directory;
    QString alternate;
    QString caFile;
    int concurrency = 1;
    int threads = 1;
    double durationS = 10;
    qint64 count = -1;
    QString keyType = QStringLiteral("p256");
    int names = 1;
    QString identifiers = QStringLiteral("ip");
    QString dnsSuffix;
    quint16 http01Port = 5002;
    qint64 serverPid = 0;
    QString jsonFile;
    int csrPool = 32;
    int pollInitialMs = 10;
    int pollMaxMs = 500;
    int timeoutS = 30;
    bool reconnect = false;
    QString label;
    QString saveDir;
};

void die(const QString &message)
{
    std::fprintf(stderr, "anvil-bench: %s\n", qPrintable(message));
    std::exit(2);
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Runs complete ACME (RFC 8555) issuance flows against a directory URL "
                                               "and reports throughput, latency and CPU per flow."));
    p.addHelpOption();
    const auto opt = [&p](const char *name, const char *help, const char *value, const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help), QString::fromLatin1(value));
        if (def) {
            o.setDefaultValue(QString::fromLatin1(def));
        }
        p.addOption(o);
        return o;
    };
    const auto directory = opt("directory", "ACME directory URL (https://host:port/path).", "url");
    const auto cacert = opt("cacert", "CA bundle to verify the server (default: system store).", "file");
    const auto concurrency = opt("concurrency", "Parallel clients, one account and connection each.", "n", "1");
    const auto threads = opt("threads", "Event-loop threads of the load tool.", "n", "1");
    const auto duration = opt("duration", "Seconds during which new flows start (default 10).", "s");
    const auto count = opt("count", "Run exactly this many flows instead of --duration.", "n");
    const auto keyType = opt("key-type", "Account and CSR keys: p256 or rsa2048.", "type", "p256");
    const auto names = opt("names", "Identifiers per order.", "n", "1");
    const auto identifiers = opt("identifiers",
                                 "ip: a fresh 127.x.y.z per identifier (never reusable); ip-fixed: 127.0.0.1..N; "
                                 "dns: <unique>.<dns-suffix>, which must resolve to 127.0.0.1 for the server.",
                                 "mode", "ip");
    const auto dnsSuffix = opt("dns-suffix", "Domain for --identifiers dns.", "domain");
    const auto http01Port = opt("http01-port", "Port of the built-in http-01 responder.", "port", "5002");
    const auto serverPid = opt("server-pid", "Server process to measure (CPU from /proc/PID/stat, VmHWM).", "pid");
    const auto json = opt("json", "Also write the report as JSON to this file.", "file");
    const auto csrPool = opt("csr-pool", "Pre-generated CSR keys (keygen is not measured).", "n", "32");
    const auto pollInitial = opt("poll-ms", "First poll delay; doubles up to --poll-max-ms.", "ms", "10");
    const auto pollMax = opt("poll-max-ms", "Longest poll delay.", "ms", "500");
    const auto timeout = opt("timeout", "Per-request timeout in seconds (a stall shows as timeouts).", "s", "30");
    const auto alternate = opt("alternate",
                               "A second node's directory URL (same server, e.g. on another port): every other "
                               "request goes there, with the first URL's Host header and names.",
                               "url");
    const QCommandLineOption reconnect(
        QStringLiteral("reconnect"),
        QStringLiteral("Open new connections (a full TLS handshake) for every flow, as clients that run once per "
                       "certificate do; by default each client keeps its connection alive."));
    p.addOption(reconnect);
    const auto label = opt("label", "Name for the report (e.g. anvil, pebble).", "text");
    const auto saveDir = opt("save-dir", "Save every certificate received in this directory (one PEM each).", "dir");
    p.process(app);

    Options o;
    o.directory = p.value(directory);
    o.alternate = p.value(alternate);
    if (o.directory.isEmpty()) {
        die(QStringLiteral("--directory is required"));
    }
    o.caFile = p.value(cacert);
    o.concurrency = qMax(1, p.value(concurrency).toInt());
    o.threads = qBound(1, p.value(threads).toInt(), 64);
    if (p.isSet(count)) {
        o.count = p.value(count).toLongLong();
    }
    if (p.isSet(duration)) {
        o.durationS = p.value(duration).toDouble();
    }
    o.keyType = p.value(keyType);
    if (o.keyType != QLatin1String("p256") && o.keyType != QLatin1String("rsa2048")) {
        die(QStringLiteral("--key-type must be p256 or rsa2048"));
    }
    o.names = qBound(1, p.value(names).toInt(), 100);
    o.identifiers = p.value(identifiers);
    o.dnsSuffix = p.value(dnsSuffix);
    if (o.identifiers == QLatin1String("dns") && o.dnsSuffix.isEmpty()) {
        die(QStringLiteral("--identifiers dns needs --dns-suffix"));
    }
    if (o.identifiers != QLatin1String("ip") && o.identifiers != QLatin1String("ip-fixed")
        && o.identifiers != QLatin1String("dns")) {
        die(QStringLiteral("--identifiers must be ip, ip-fixed or dns"));
    }
    o.http01Port = quint16(p.value(http01Port).toUInt());
    o.serverPid = p.value(serverPid).toLongLong();
    o.jsonFile = p.value(json);
    o.csrPool = qMax(1, p.value(csrPool).toInt());
    o.pollInitialMs = qMax(0, p.value(pollInitial).toInt());
    o.pollMaxMs = qMax(1, p.value(pollMax).toInt());
    o.timeoutS = qMax(1, p.value(timeout).toInt());
    o.reconnect = p.isSet(reconnect);
    o.label = p.value(label);
    o.saveDir = p.value(saveDir);
    return o;
}

HttpEndpoint resolveEndpoint(const QString &directory)
{
    const QUrl url(directory);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))) {
        die(QStringLiteral("bad directory URL %1").arg(directory));
    }
    HttpEndpoint e;
    e.tls = url.scheme() == QLatin1String("https");
    const int port = url.port(e.tls ? 443 : 80);
    e.host = url.host().toUtf8();
    e.hostHeader = e.host + ':' + QByteArray::number(port);
    e.origin = url.scheme().toLatin1() + "://" + e.hostHeader;
    addrinfo hints {};
    hints.ai_family = AF_INET;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *res = nullptr;
    if (getaddrinfo(e.host.constData(), nullptr, &hints, &res) != 0 || !res) {
        die(QStringLiteral("cannot resolve %1").arg(url.host()));
    }
    e.address = *reinterpret_cast<sockaddr_in *>(res->ai_addr);
    e.address.sin_port = htons(quint16(port));
    freeaddrinfo(res);
    return e;
}

/** Runs every loop on its own thread until no worker is active. */
void runLoops(std::vector<std::unique_ptr<EventLoop>> &loops, BenchShared &shared,
              const std::vector<std::function<void()>> &starters)
{
    std::vector<std::thread> threads;
    for (size_t i = 0; i < loops.size(); ++i) {
        threads.emplace_back([&, i]() {
            starters[i]();
            loops[i]->run([&shared]() { return shared.activeWorkers.load() <= 0; });
        });
    }
    for (std::thread &t : threads) {
        t.join();
    }
}

struct ServerSample
{
    double cpu = -1;
    qint64 peakKiB = -1;
};

ServerSample sampleServer(qint64 pid)
{
    ServerSample s;
    if (pid > 0) {
        s.cpu = ProcessProbe::cpuSeconds(pid);
        s.peakKiB = ProcessProbe::peakRssKiB(pid);
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anvil-bench"));
    const Options o = parseOptions(app);

    // A write to a connection the server has closed (its connection caps evict, a node restarts)
    // must fail that request, not kill the tool: OpenSSL writes with write(2), not MSG_NOSIGNAL.
    std::signal(SIGPIPE, SIG_IGN);

    // Enough descriptors for the clients, the responder's connections and the server's retries.
    rlimit nofile {};
    getrlimit(RLIMIT_NOFILE, &nofile);
    nofile.rlim_cur = nofile.rlim_max;
    setrlimit(RLIMIT_NOFILE, &nofile);

    BenchShared shared;
    shared.endpoint = resolveEndpoint(o.directory);
    shared.directoryUrl = o.directory.toUtf8();
    if (!o.alternate.isEmpty()) {
        const HttpEndpoint second = resolveEndpoint(o.alternate);
        shared.alternate = shared.endpoint;
        shared.alternate.address = second.address;
        shared.hasAlternate = true;
    }
    if (shared.endpoint.tls) {
        QString error;
        shared.tls = TlsClientContext::create(o.caFile, &error);
        if (!shared.tls) {
            die(error);
        }
    }
    shared.namesPerOrder = o.names;
    shared.identifierMode = o.identifiers;
    shared.dnsSuffix = o.dnsSuffix;
    shared.pollInitialMs = o.pollInitialMs;
    shared.reconnect = o.reconnect;
    shared.pollMaxMs = o.pollMaxMs;
    shared.timeoutMs = o.timeoutS * 1000;
    shared.flowLimit = o.count;
    shared.saveDir = o.saveDir;

    // Keys first, outside every measured phase.
    const QString spec = o.keyType == QLatin1String("p256") ? QStringLiteral("EC:P-256") : QStringLiteral("RSA:2048");
    const int64_t keygenStart = EventLoop::nowUs();
    std::vector<AccountKey> accountKeys;
    for (int i = 0; i < o.concurrency; ++i) {
        Result<AccountKey> k = AccountKey::generate(spec);
        if (!k) {
            die(QStringLiteral("account key generation failed"));
        }
        accountKeys.push_back(*k);
    }
    const CsrFactory csrs(o.keyType, o.csrPool);
    if (!csrs.isValid()) {
        die(QStringLiteral("CSR key generation failed"));
    }
    shared.csrs = &csrs;
    const double keygenS = double(EventLoop::nowUs() - keygenStart) / 1e6;

    std::vector<std::unique_ptr<EventLoop>> loops;
    std::vector<BenchStats> accountStats(size_t(o.threads));
    std::vector<BenchStats> flowStats(size_t(o.threads));
    std::vector<std::unique_ptr<AcmeWorker>> workers;
    std::vector<std::vector<AcmeWorker *>> byThread(size_t(o.threads));
    for (int t = 0; t < o.threads; ++t) {
        loops.push_back(std::make_unique<EventLoop>());
    }
    Http01Responder responder(*loops[0]);
    if (!responder.listen(o.http01Port)) {
        die(QStringLiteral("cannot listen on http-01 port %1: %2")
                .arg(o.http01Port)
                .arg(QString::fromLocal8Bit(std::strerror(errno))));
    }
    shared.responder = &responder;

    // Phase 1: accounts (directory, newNonce, newAccount), timed on its own.
    std::vector<std::function<void()>> starters(size_t(o.threads));
    for (int i = 0; i < o.concurrency; ++i) {
        const size_t t = size_t(i % o.threads);
        workers.push_back(std::make_unique<AcmeWorker>(*loops[t], shared, accountStats[t], accountKeys[size_t(i)]));
        byThread[t].push_back(workers.back().get());
    }
    for (size_t t = 0; t < byThread.size(); ++t) {
        starters[t] = [&, t]() {
            for (AcmeWorker *w : byThread[t]) {
                w->startAccountPhase();
            }
        };
    }
    shared.activeWorkers = o.concurrency;
    const int64_t accountsStart = EventLoop::nowUs();
    runLoops(loops, shared, starters);
    const double accountsS = double(EventLoop::nowUs() - accountsStart) / 1e6;

    // Phase 2: flows. Accounts carry their stats pointer per thread; flows get fresh stats.
    int ready = 0;
    for (size_t t = 0; t < byThread.size(); ++t) {
        std::vector<AcmeWorker *> active;
        for (AcmeWorker *w : byThread[t]) {
            if (w->hasAccount()) {
                w->setStats(flowStats[t]);
                active.push_back(w);
            }
        }
        ready += int(active.size());
        starters[t] = [active]() {
            for (AcmeWorker *w : active) {
                w->startFlowPhase();
            }
        };
    }
    const ServerSample serverBefore = sampleServer(o.serverPid);
    const double selfBefore = ProcessProbe::selfCpuSeconds();
    const int64_t flowsStart = EventLoop::nowUs();
    shared.deadlineUs = flowsStart + int64_t(o.durationS * 1e6);
    shared.activeWorkers = ready;
    if (ready > 0) {
        runLoops(loops, shared, starters);
    }
    const double flowsS = double(EventLoop::nowUs() - flowsStart) / 1e6;
    const double selfCpu = ProcessProbe::selfCpuSeconds() - selfBefore;
    const ServerSample serverAfter = sampleServer(o.serverPid);

    BenchStats acc;
    for (const BenchStats &s : accountStats) {
        acc.merge(s);
    }
    BenchStats all;
    for (const BenchStats &s : flowStats) {
        all.merge(s);
    }

    // Report.
    const double flows = double(all.flowsOk);
    const quint64 requests = all.requests();
    const auto perFlowMs = [flows](double seconds) { return flows > 0 ? seconds * 1000.0 / flows : 0.0; };
    QJsonObject report;
    report.insert(QStringLiteral("label"), o.label);
    report.insert(QStringLiteral("directory"), o.directory);
    if (!o.alternate.isEmpty()) {
        report.insert(QStringLiteral("alternate"), o.alternate);
    }
    report.insert(QStringLiteral("concurrency"), o.concurrency);
    report.insert(QStringLiteral("reconnect"), o.reconnect);
    report.insert(QStringLiteral("threads"), o.threads);
    report.insert(QStringLiteral("key_type"), o.keyType);
    report.insert(QStringLiteral("names"), o.names);
    report.insert(QStringLiteral("identifiers"), o.identifiers);
    report.insert(QStringLiteral("keygen_s"), keygenS);

    QJsonObject accounts {{QStringLiteral("ok"), double(acc.accountsOk)},
                          {QStringLiteral("failed"), double(acc.accountsFailed)},
                          {QStringLiteral("seconds"), accountsS},
                          {QStringLiteral("per_second"), accountsS > 0 ? double(acc.accountsOk) / accountsS : 0.0},
                          {QStringLiteral("latency"), LatencySummary::of(acc.accountUs).toJson()}};
    QJsonObject accountErrors;
    for (auto it = acc.errors.cbegin(); it != acc.errors.cend(); ++it) {
        accountErrors.insert(it.key(), double(it.value()));
    }
    accounts.insert(QStringLiteral("errors"), accountErrors);
    report.insert(QStringLiteral("accounts"), accounts);

    QJsonObject latency;
    std::printf("anvil-bench %s: %s  concurrency %d  threads %d  key %s  names %d (%s)\n", qPrintable(o.label),
                qPrintable(o.directory), o.concurrency, o.threads, qPrintable(o.keyType), o.names,
                qPrintable(o.identifiers));
    std::printf("accounts: %llu ok, %llu failed in %.2f s (%.1f/s); keygen %.2f s (not measured)\n",
                (unsigned long long)acc.accountsOk, (unsigned long long)acc.accountsFailed, accountsS,
                accountsS > 0 ? double(acc.accountsOk) / accountsS : 0.0, keygenS);
    std::printf("flows: %llu ok, %llu failed in %.2f s: %.1f flows/s, %.0f requests/s (%.2f requests/flow)\n",
                (unsigned long long)all.flowsOk, (unsigned long long)all.flowsFailed, flowsS, flows / flowsS,
                double(requests) / flowsS, flows > 0 ? double(requests) / flows : 0.0);
    std::printf("  %-12s %8s %9s %9s %9s %9s\n", "latency ms", "count", "p50", "p95", "p99", "max");
    const auto printRow = [&](const char *name, const LatencySummary &s) {
        if (s.count > 0) {
            std::printf("  %-12s %8zu %9.2f %9.2f %9.2f %9.2f\n", name, s.count, s.p50Ms, s.p95Ms, s.p99Ms, s.maxMs);
        }
        latency.insert(QLatin1String(name), s.toJson());
    };
    for (size_t i = 0; i < size_t(RequestType::Count); ++i) {
        printRow(requestTypeName(RequestType(i)), LatencySummary::of(all.requestUs[i]));
    }
    const LatencySummary flowLatency = LatencySummary::of(all.flowUs);
    printRow("flow", flowLatency);

    QJsonObject errors;
    for (auto it = all.errors.cbegin(); it != all.errors.cend(); ++it) {
        errors.insert(it.key(), double(it.value()));
    }
    if (all.errors.isEmpty() && acc.errors.isEmpty()) {
        std::printf("errors: none\n");
    } else {
        std::printf("errors:\n");
        for (auto it = acc.errors.cbegin(); it != acc.errors.cend(); ++it) {
            std::printf("  %8llu  account %s\n", (unsigned long long)it.value(), qPrintable(it.key()));
        }
        for (auto it = all.errors.cbegin(); it != all.errors.cend(); ++it) {
            std::printf("  %8llu  %s\n", (unsigned long long)it.value(), qPrintable(it.key()));
        }
    }
    std::printf("badNonce retried: %llu; reused authorizations: %llu; http-01 served %llu, unknown token %llu\n",
                (unsigned long long)all.badNonceRetries, (unsigned long long)all.reusedAuthorizations,
                (unsigned long long)responder.served(), (unsigned long long)responder.unknownTokens());

    QJsonObject flowsJson {{QStringLiteral("ok"), flows},
                           {QStringLiteral("failed"), double(all.flowsFailed)},
                           {QStringLiteral("seconds"), flowsS},
                           {QStringLiteral("flows_per_second"), flows / flowsS},
                           {QStringLiteral("requests"), double(requests)},
                           {QStringLiteral("requests_per_second"), double(requests) / flowsS},
                           {QStringLiteral("requests_per_flow"), flows > 0 ? double(requests) / flows : 0.0},
                           {QStringLiteral("bad_nonce_retries"), double(all.badNonceRetries)},
                           {QStringLiteral("reused_authorizations"), double(all.reusedAuthorizations)},
                           {QStringLiteral("http01_served"), double(responder.served())},
                           {QStringLiteral("http01_unknown_token"), double(responder.unknownTokens())}};
    report.insert(QStringLiteral("flows"), flowsJson);
    report.insert(QStringLiteral("latency"), latency);
    report.insert(QStringLiteral("errors"), errors);

    if (o.serverPid > 0) {
        const double cpu = serverAfter.cpu >= 0 && serverBefore.cpu >= 0 ? serverAfter.cpu - serverBefore.cpu : -1;
        QJsonObject server {{QStringLiteral("pid"), double(o.serverPid)},
                            {QStringLiteral("cpu_s"), cpu},
                            {QStringLiteral("cpu_ms_per_flow"), cpu >= 0 ? perFlowMs(cpu) : -1.0},
                            {QStringLiteral("cpu_cores"), cpu >= 0 ? cpu / flowsS : -1.0},
                            {QStringLiteral("peak_rss_mb"), double(serverAfter.peakKiB) / 1024.0}};
        report.insert(QStringLiteral("server"), server);
        if (cpu >= 0) {
            std::printf("server pid %lld: CPU %.2f s = %.3f ms/flow (%.2f cores busy), peak RSS %.1f MB\n",
                        (long long)o.serverPid, cpu, perFlowMs(cpu), cpu / flowsS,
                        double(serverAfter.peakKiB) / 1024.0);
        } else {
            std::printf("server pid %lld: not readable (exited?)\n", (long long)o.serverPid);
        }
    }
    QJsonObject self {{QStringLiteral("cpu_s"), selfCpu},
                      {QStringLiteral("cpu_ms_per_flow"), perFlowMs(selfCpu)},
                      {QStringLiteral("peak_rss_mb"), double(ProcessProbe::selfPeakRssKiB()) / 1024.0}};
    report.insert(QStringLiteral("bench"), self);
    std::printf("anvil-bench itself: CPU %.2f s = %.3f ms/flow (incl. http-01 responder and CSR signing)\n", selfCpu,
                perFlowMs(selfCpu));

    if (!o.jsonFile.isEmpty()) {
        QFile f(o.jsonFile);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            die(QStringLiteral("cannot write %1").arg(o.jsonFile));
        }
        f.write(QJsonDocument(report).toJson());
    }
    std::fflush(stdout);
    // Workers hold connections on loops that are gone after return; skip orderly teardown.
    std::_Exit(all.flowsFailed == 0 && acc.accountsFailed == 0 && all.flowsOk > 0 ? 0 : 1);
}
