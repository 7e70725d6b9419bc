// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

const char *requestTypeName(RequestType type)
{
    switch (type) {
    case RequestType::Directory:
        return "directory";
    case RequestType::NewNonce:
        return "newNonce";
    case RequestType::NewAccount:
        return "newAccount";
    case RequestType::NewOrder:
        return "newOrder";
    case RequestType::Authorization:
        return "authz";
    case RequestType::Challenge:
        return "challenge";
    case RequestType::PollAuthorization:
        return "pollAuthz";
    case RequestType::Finalize:
        return "finalize";
    case RequestType::PollOrder:
        return "pollOrder";
    case RequestType::Certificate:
        return "certificate";
    case RequestType::Count:
        break;
    }
    return "?";
}

void BenchStats::merge(const BenchStats &other)
{
    for (size_t i = 0; i < requestUs.size(); ++i) {
        requestUs[i].insert(requestUs[i].end(), other.requestUs[i].begin(), other.requestUs[i].end());
    }
    flowUs.insert(flowUs.end(), other.flowUs.begin(), other.flowUs.end());
    accountUs.insert(accountUs.end(), other.accountUs.begin(), other.accountUs.end());
    for (auto it = other.errors.cbegin(); it != other.errors.cend(); ++it) {
        errors[it.key()] += it.value();
    }
    flowsOk += other.flowsOk;
    flowsFailed += other.flowsFailed;
    accountsOk += other.accountsOk;
    accountsFailed += other.accountsFailed;
    badNonceRetries += other.badNonceRetries;
    reusedAuthorizations += other.reusedAuthorizations;
}

quint64 BenchStats::requests() const
{
    quint64 n = 0;
    for (const auto &v : requestUs) {
        n += v.size();
    }
    return n;
}

LatencySummary LatencySummary::of(std::vector<int32_t> samples)
{
    LatencySummary s;
    s.count = samples.size();
    if (samples.empty()) {
        return s;
    }
    std::sort(samples.begin(), samples.end());
    const auto rank = [&](double p) {
        const size_t i = size_t(std::ceil(p * double(samples.size()))) - 1;
        return double(samples[std::min(i, samples.size() - 1)]) / 1000.0;
    };
    s.p50Ms = rank(0.50);
    s.p95Ms = rank(0.95);
    s.p99Ms = rank(0.99);
    s.maxMs = double(samples.back()) / 1000.0;
    s.meanMs = std::accumulate(samples.begin(), samples.end(), 0.0) / double(samples.size()) / 1000.0;
    return s;
}

QJsonObject LatencySummary::toJson() const
{
    return QJsonObject {{QStringLiteral("count"), double(count)}, {QStringLiteral("p50_ms"), p50Ms},
                        {QStringLiteral("p95_ms"), p95Ms},        {QStringLiteral("p99_ms"), p99Ms},
                        {QStringLiteral("max_ms"), maxMs},        {QStringLiteral("mean_ms"), meanMs}};
}
