// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <array>
#include <cstdint>
#include <vector>

/** The ACME requests of a flow, one latency histogram each. */
enum class RequestType {
    Directory,
    NewNonce,
    NewAccount,
    NewOrder,
    Authorization,
    Challenge,
    PollAuthorization,
    Finalize,
    PollOrder,
    Certificate,
    Count
};

const char *requestTypeName(RequestType type);

/** Latency samples and counters of one thread; merged after the threads join. */
struct BenchStats
{
    std::array<std::vector<int32_t>, size_t(RequestType::Count)> requestUs;
    std::vector<int32_t> flowUs;
    std::vector<int32_t> accountUs;
    QMap<QString, quint64> errors;
    quint64 flowsOk = 0;
    quint64 flowsFailed = 0;
    quint64 accountsOk = 0;
    quint64 accountsFailed = 0;
    quint64 badNonceRetries = 0;
    quint64 reusedAuthorizations = 0;

    void addError(const QString &kind) { ++errors[kind]; }
    void merge(const BenchStats &other);
    quint64 requests() const;
};

/** Percentile of unsorted samples (nearest rank); sorts a copy. */
struct LatencySummary
{
    size_t count = 0;
    double p50Ms = 0;
    double p95Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
    double meanMs = 0;

    static LatencySummary of(std::vector<int32_t> samples);
    QJsonObject toJson() const;
};
