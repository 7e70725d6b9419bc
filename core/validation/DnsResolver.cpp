// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/DnsResolver.h"

#include <QStringList>

#include <cerrno>
#include <vector>

#include <poll.h>
#include <unbound.h>

namespace {

// ICANN root KSK-2017 (https://data.iana.org/root-anchors/root-anchors.xml).
const char kRootTrustAnchor[] = ". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D";

struct UbCtxDeleter
{
    void operator()(ub_ctx *ctx) const { ub_ctx_delete(ctx); }
};
using UbCtxPtr = std::unique_ptr<ub_ctx, UbCtxDeleter>;

struct UbResultDeleter
{
    void operator()(ub_result *result) const { ub_resolve_free(result); }
};
using UbResultPtr = std::unique_ptr<ub_result, UbResultDeleter>;

// One outstanding asynchronous query; libunbound calls back into it from ub_process().
struct PendingQuery
{
    QString name;
    DnsResolver::RecordType type = DnsResolver::RecordType::A;
    int asyncId = 0;
    bool submitted = false;
    bool done = false;
    int error = 0;
    UbResultPtr result;
};

void onResult(void *data, int error, ub_result *result)
{
    auto *query = static_cast<PendingQuery *>(data);
    query->done = true;
    query->error = error;
    query->result.reset(result);
}

QString rcodeName(int rcode)
{
    switch (rcode) {
    case 1:
        return QStringLiteral("FORMERR");
    case 2:
        return QStringLiteral("SERVFAIL");
    case 3:
        return QStringLiteral("NXDOMAIN");
    case 4:
        return QStringLiteral("NOTIMP");
    case 5:
        return QStringLiteral("REFUSED");
    default:
        return QStringLiteral("RCODE %1").arg(rcode);
    }
}

CoreError configError(const QString &internal)
{
    return CoreError(CoreError::Code::Internal, QStringLiteral("The CA's DNS resolver configuration is unusable"),
                     internal);
}

} // namespace

struct DnsResolver::Private
{
    UbCtxPtr ctx;
    QString configProblem; // non-empty: every lookup fails with it
    QString resolverText; // for error details: "127.0.0.1@5353" or "system resolvers"

    QString setUp(const ValidationPolicy &policy)
    {
        ctx.reset(ub_ctx_create());
        if (!ctx) {
            return QStringLiteral("ub_ctx_create failed");
        }
        // Threads, not fork(): the validator runs inside a multi-threaded Qt process.
        int err = ub_ctx_async(ctx.get(), 1);
        if (err == 0) {
            // The alias's resolver may well be on loopback (a local unbound, or the test fixture).
            err = ub_ctx_set_option(ctx.get(), "do-not-query-localhost:", "no");
        }
        if (err != 0) {
            return QStringLiteral("libunbound setup: %1").arg(QString::fromUtf8(ub_strerror(err)));
        }
        if (!policy.dnsResolver.isEmpty()) {
            const QHostAddress address(policy.dnsResolver);
            if (address.isNull() || policy.dnsPort < 1 || policy.dnsPort > 65535) {
                return QStringLiteral("resolver \"%1\" port %2 is not an IP address and port")
                    .arg(policy.dnsResolver)
                    .arg(policy.dnsPort);
            }
            resolverText = QStringLiteral("%1@%2").arg(address.toString()).arg(policy.dnsPort);
            err = ub_ctx_set_fwd(ctx.get(), resolverText.toUtf8().constData());
            if (err != 0) {
                return QStringLiteral("forwarder %1: %2").arg(resolverText, QString::fromUtf8(ub_strerror(err)));
            }
        } else {
            resolverText = QStringLiteral("the system resolvers");
            err = ub_ctx_resolvconf(ctx.get(), nullptr);
            if (err != 0) {
                return QStringLiteral("reading resolv.conf: %1").arg(QString::fromUtf8(ub_strerror(err)));
            }
        }
        QStringList anchors;
        const QStringList lines = policy.dnssecTrustAnchor.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !trimmed.startsWith(QLatin1Char(';')) && !trimmed.startsWith(QLatin1Char('#'))) {
                anchors.append(trimmed);
            }
        }
        if (anchors.isEmpty()) {
            anchors.append(QString::fromLatin1(kRootTrustAnchor));
        }
        for (const QString &anchor : std::as_const(anchors)) {
            err = ub_ctx_add_ta(ctx.get(), anchor.toUtf8().constData());
            if (err != 0) {
                return QStringLiteral("trust anchor \"%1\": %2").arg(anchor, QString::fromUtf8(ub_strerror(err)));
            }
        }
        if (!policy.dnsResolver.isEmpty()) {
            // unbound answers the RFC 6761/8375 special-use names itself (NXDOMAIN for "test.").
            // With an alias's own resolver, that resolver decides what exists: test networks and
            // internal zones live there. Removing a zone finalizes the context, which is also
            // where a malformed trust anchor surfaces.
            for (const char *zone : {"test.", "home.arpa."}) {
                err = ub_ctx_zone_remove(ctx.get(), zone);
                if (err != 0) {
                    return QStringLiteral("libunbound initialisation (trust anchor \"%1\"?): %2")
                        .arg(anchors.join(QStringLiteral("; ")), QString::fromUtf8(ub_strerror(err)));
                }
            }
        }
        return {};
    }

    // Runs the queries concurrently until all are answered or the deadline passes.
    std::vector<Result<Answer>> run(std::vector<PendingQuery> &queries, const ValidationDeadline &deadline)
    {
        std::vector<Result<Answer>> results;
        if (!configProblem.isEmpty()) {
            for (size_t i = 0; i < queries.size(); ++i) {
                results.emplace_back(configError(configProblem));
            }
            return results;
        }
        for (PendingQuery &query : queries) {
            const QByteArray name = query.name.toUtf8();
            const int err = ub_resolve_async(ctx.get(), name.constData(), static_cast<int>(query.type), 1 /* IN */,
                                             &query, onResult, &query.asyncId);
            if (err != 0) {
                query.done = true;
                query.error = err;
            } else {
                query.submitted = true;
            }
        }
        const auto allDone = [&queries] {
            for (const PendingQuery &query : queries) {
                if (!query.done) {
                    return false;
                }
            }
            return true;
        };
        while (!allDone()) {
            const int remaining = deadline.remainingMs();
            if (remaining <= 0) {
                break;
            }
            pollfd pfd {ub_fd(ctx.get()), POLLIN, 0};
            const int ready = ::poll(&pfd, 1, remaining);
            if (ready < 0 && errno != EINTR) {
                break;
            }
            if (ready > 0 && ub_process(ctx.get()) != 0) {
                break;
            }
        }
        for (PendingQuery &query : queries) {
            const QString what = QStringLiteral("%1 for %2").arg(DnsResolver::typeName(query.type), query.name);
            if (!query.done) {
                if (query.submitted) {
                    // The callback must not run later into freed memory: cancel before the vector goes.
                    ub_cancel(ctx.get(), query.asyncId);
                }
                results.emplace_back(CoreError(CoreError::Code::Io,
                                               deadline.timeoutDetail(QStringLiteral("looking up %1").arg(what)),
                                               QStringLiteral("resolver %1").arg(resolverText)));
                continue;
            }
            if (query.error != 0 || !query.result) {
                const QString cause = QString::fromUtf8(ub_strerror(query.error));
                if (query.error == UB_SYNTAX || query.error == UB_INITFAIL || query.error == UB_AFTERFINAL) {
                    results.emplace_back(configError(QStringLiteral("looking up %1: %2").arg(what, cause)));
                } else {
                    results.emplace_back(CoreError(CoreError::Code::Io,
                                                   QStringLiteral("DNS lookup of %1 failed: %2").arg(what, cause),
                                                   QStringLiteral("resolver %1").arg(resolverText)));
                }
                continue;
            }
            const ub_result *r = query.result.get();
            Answer answer;
            answer.name = query.name;
            answer.type = query.type;
            answer.rcode = r->rcode;
            answer.nxDomain = r->nxdomain != 0;
            if (r->bogus) {
                answer.security = Security::Bogus;
                answer.whyBogus
                    = r->why_bogus ? QString::fromUtf8(r->why_bogus).trimmed() : QStringLiteral("validation failed");
                results.emplace_back(answer);
                continue;
            }
            answer.security = r->secure ? Security::Secure : Security::Insecure;
            if (r->rcode != 0 && r->rcode != 3) {
                results.emplace_back(CoreError(
                    CoreError::Code::Io, QStringLiteral("DNS problem: %1 looking up %2").arg(rcodeName(r->rcode), what),
                    QStringLiteral("resolver %1").arg(resolverText)));
                continue;
            }
            if (r->havedata && r->data) {
                for (int i = 0; r->data[i]; ++i) {
                    answer.rdata.append(QByteArray(r->data[i], r->len[i]));
                }
            }
            results.emplace_back(answer);
        }
        return results;
    }
};

QList<QByteArray> DnsResolver::Answer::txtRecords() const
{
    QList<QByteArray> records;
    for (const QByteArray &data : rdata) {
        QByteArray joined;
        int pos = 0;
        while (pos < data.size()) {
            const int length = static_cast<quint8>(data.at(pos));
            joined += data.mid(pos + 1, length);
            pos += 1 + length;
        }
        records.append(joined);
    }
    return records;
}

QList<QHostAddress> DnsResolver::Answer::addresses() const
{
    QList<QHostAddress> list;
    for (const QByteArray &data : rdata) {
        if (data.size() == 4) {
            const auto *b = reinterpret_cast<const quint8 *>(data.constData());
            list.append(QHostAddress((quint32(b[0]) << 24) | (quint32(b[1]) << 16) | (quint32(b[2]) << 8) | b[3]));
        } else if (data.size() == 16) {
            list.append(QHostAddress(reinterpret_cast<const quint8 *>(data.constData())));
        }
    }
    return list;
}

DnsResolver::DnsResolver(const ValidationPolicy &policy)
    : d(std::make_unique<Private>())
{
    d->configProblem = d->setUp(policy);
}

DnsResolver::~DnsResolver() = default;

QString DnsResolver::typeName(RecordType type)
{
    switch (type) {
    case RecordType::A:
        return QStringLiteral("A");
    case RecordType::Txt:
        return QStringLiteral("TXT");
    case RecordType::Aaaa:
        return QStringLiteral("AAAA");
    case RecordType::Caa:
        return QStringLiteral("CAA");
    }
    return QStringLiteral("TYPE%1").arg(static_cast<int>(type));
}

Result<DnsResolver::Answer> DnsResolver::lookup(const QString &name, RecordType type,
                                                const ValidationDeadline &deadline)
{
    std::vector<PendingQuery> queries(1);
    queries[0].name = name;
    queries[0].type = type;
    std::vector<Result<Answer>> results = d->run(queries, deadline);
    return std::move(results.front());
}

Result<QList<QHostAddress>> DnsResolver::resolveHost(const QString &host, const ValidationDeadline &deadline)
{
    std::vector<PendingQuery> queries(2);
    queries[0].name = host;
    queries[0].type = RecordType::Aaaa;
    queries[1].name = host;
    queries[1].type = RecordType::A;
    const std::vector<Result<Answer>> results = d->run(queries, deadline);

    QList<QHostAddress> addresses;
    const CoreError *firstError = nullptr;
    bool nxDomain = false;
    for (const Result<Answer> &result : results) {
        if (!result.isOk()) {
            if (result.error().code() == CoreError::Code::Internal) {
                return result.error();
            }
            firstError = firstError ? firstError : &result.error();
            continue;
        }
        if (result->security == Security::Bogus) {
            return CoreError(CoreError::Code::Io,
                             QStringLiteral("DNSSEC validation of %1 for %2 failed: %3")
                                 .arg(typeName(result->type), host, result->whyBogus));
        }
        nxDomain = nxDomain || result->nxDomain;
        addresses += result->addresses();
    }
    if (!addresses.isEmpty()) {
        return addresses; // one family failing (say AAAA SERVFAIL) leaves the other usable
    }
    if (firstError) {
        return *firstError;
    }
    return CoreError(CoreError::Code::NotFound,
                     nxDomain ? QStringLiteral("No such host %1 (NXDOMAIN)").arg(host)
                              : QStringLiteral("No A or AAAA records found for %1").arg(host));
}

HostLookup defaultHostLookup()
{
    return [](const QString &host, const ValidationPolicy &policy, const ValidationDeadline &deadline) {
        DnsResolver resolver(policy);
        return resolver.resolveHost(host, deadline);
    };
}
