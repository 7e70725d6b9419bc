// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "BenchStats.h"
#include "EventLoop.h"
#include "HttpConnection.h"

#include "core/jose/AccountKey.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class CsrFactory;
class Http01Responder;

/** What every worker of a run shares (read-only after start, or atomic). */
struct BenchShared
{
    HttpEndpoint endpoint;
    /**
     * With --alternate: a second node of the same server. Every other request goes there, with the
     * Host header, SNI and URLs of `endpoint` unchanged (as behind a load balancer).
     */
    HttpEndpoint alternate;
    bool hasAlternate = false;
    QByteArray directoryUrl;
    std::shared_ptr<TlsClientContext> tls;
    Http01Responder *responder = nullptr;
    /** Builds finalize CSRs from keys generated up front. */
    const CsrFactory *csrs = nullptr;

    int namesPerOrder = 1;
    /** "ip": 127.x.y.z addresses, new ones per flow; "ip-fixed": 127.0.0.1..N; "dns": <n>.<dnsSuffix>. */
    QString identifierMode = QStringLiteral("ip");
    QString dnsSuffix;
    int pollInitialMs = 10;
    int pollMaxMs = 500;
    int timeoutMs = 30000;
    /** --reconnect: every flow starts on new connections (a full TLS handshake each). */
    bool reconnect = false;
    /** When set, every certificate received is written there as <serial number of the flow>.pem. */
    QString saveDir;
    std::atomic<quint64> savedCounter {0};

    /** Count mode: flows to start (-1: duration mode). */
    qint64 flowLimit = -1;
    std::atomic<qint64> flowTickets {0};
    /** Duration mode: no flow starts after this monotonic time. */
    std::atomic<int64_t> deadlineUs {0};
    std::atomic<int> activeWorkers {0};
    std::atomic<quint32> identifierCounter {0};
    std::atomic<bool> stopping {false};
};

/**
 * One ACME client with one account and one keep-alive connection, running complete flows one
 * after the other (so concurrency N means N clients). It is a state machine on an EventLoop:
 * every step sends one request and continues in the response callback.
 *
 * Nonces are reused as real clients do: each response's Replay-Nonce signs the next request,
 * newNonce is asked only when none is at hand, and a badNonce answer is retried with the nonce
 * it carries (RFC 8555 §6.5). Polling ignores Retry-After (seconds are far too coarse for a
 * benchmark) and backs off from pollInitialMs, doubling up to pollMaxMs.
 */
class AcmeWorker
{
public:
    AcmeWorker(EventLoop &loop, BenchShared &shared, BenchStats &stats, AccountKey key);

    /** Fetches the directory and creates the account; decrements activeWorkers when done. */
    void startAccountPhase();
    /** Runs flows until the limit or deadline; decrements activeWorkers when done. */
    void startFlowPhase();
    bool hasAccount() const { return !m_accountUrl.isEmpty(); }
    /** Where the following requests are counted (one BenchStats per thread and phase). */
    void setStats(BenchStats &stats) { m_stats = &stats; }

private:
    using Handler = std::function<void(HttpResponse &)>;

    struct Authz
    {
        QByteArray url;
        QByteArray token;
        bool done = false;
    };

    void send(RequestType type, const QByteArray &method, const QByteArray &url, const QByteArray &body, Handler onOk);
    void signedPost(RequestType type, const QByteArray &url, const QByteArray &payload, bool useJwk, Handler onOk,
                    int attempt = 0);
    void fail(const QString &kind);
    bool shouldStartFlow();
    void finishPhase();

    void startFlow();
    void onOrder(HttpResponse &r);
    void fetchAuthorization(size_t index);
    void pollAuthorization(size_t index, int delayMs);
    void finalize();
    void onFinalized(HttpResponse &r, int delayMs);
    void download(const QByteArray &certificateUrl);
    bool saveCertificate(const QByteArray &pem);
    void cleanupTokens();
    QStringList nextIdentifiers(QJsonArray *json);

    EventLoop &m_loop;
    BenchShared &m_shared;
    BenchStats *m_stats;
    AccountKey m_key;
    HttpConnection m_connection;
    std::unique_ptr<HttpConnection> m_alternate; // with BenchShared::hasAlternate
    quint64 m_sent = 0;
    QByteArray m_thumbprintSuffix;

    QByteArray m_newNonceUrl;
    QByteArray m_newAccountUrl;
    QByteArray m_newOrderUrl;
    QByteArray m_accountUrl;
    QByteArray m_nonce;

    bool m_accountPhase = false;
    EventLoop::TimerId m_timeout = 0;
    int64_t m_flowStartUs = 0;
    quint64 m_flowSerial = 0;
    QByteArray m_orderUrl;
    QByteArray m_finalizeUrl;
    std::vector<Authz> m_authzs;
    QStringList m_dnsNames;
    QStringList m_ipAddresses;
};
