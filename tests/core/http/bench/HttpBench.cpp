// SPDX-License-Identifier: GPL-3.0-or-later
// Load target for measuring AcmeHttpServer with a trivial handler (not a CTest). Build it
// against a build tree, then drive it with wrk; see README.md next to this file.
#include "core/http/AcmeHttpServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: HttpBench PORT WORKERS CHAIN.pem KEY.pem [SECONDS] [plain]\n");
        return 2;
    }
    auto readFile = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const Result<quint64> descriptors = AcmeHttpServer::raiseFileDescriptorLimit();
    std::printf("file descriptors: %llu\n", descriptors ? static_cast<unsigned long long>(*descriptors) : 0ULL);
    AcmeHttpServer server;
    server.setHandler([](const AcmeRequest &request) {
        AcmeResponse response;
        response.addHeader("Content-Type", "application/json");
        response.addHeader("Replay-Nonce", "bench");
        response.body = R"({"path":")" + request.path.toUtf8() + "\"}";
        return response;
    });
    HttpListenerConfig listener;
    listener.address = QHostAddress::LocalHost;
    listener.port = quint16(args.at(1).toUInt());
    listener.kind
        = args.value(6) == QLatin1String("plain") ? HttpListenerConfig::Kind::PlainHttp : HttpListenerConfig::Kind::Tls;
    listener.certificateChainPem = readFile(args.at(3));
    listener.privateKeyPem = readFile(args.at(4));
    server.addListener(listener);
    server.setWorkerCount(args.at(2).toInt());
    HttpServerLimits limits;
    limits.maxConnectionsPerAddress = 4096;
    server.setLimits(limits);
    if (const VoidResult started = server.start(); !started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.error().toLogString()));
        return 1;
    }
    std::printf("listening on %u with %d workers\n", server.serverPort(0), server.workerCount());
    std::fflush(stdout);
    QTimer::singleShot(args.value(5, QStringLiteral("60")).toInt() * 1000, &app, &QCoreApplication::quit);
    return app.exec();
}
