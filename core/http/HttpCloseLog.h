// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include <array>

/**
 * Counts the connections the server closes or refuses on its own (timeouts, limits, caps), per
 * reason and per client address, so that AcmeHttpServer logs one summary per interval instead
 * of a line per connection: a flood closes thousands a second. Thread-safe; every worker
 * records into the one log of its server.
 */
class HttpCloseLog
{
public:
    enum class Reason {
        /** No byte within the header deadline after accept. */
        Silent,
        /** A TLS listener's client sent something other than a TLS handshake record. */
        NotTls,
        /** The TLS handshake did not finish within the handshake deadline. */
        HandshakeTimeout,
        /** The TLS handshake failed (protocol version, ciphers, bad records). */
        HandshakeFailed,
        /** A request's header fields did not arrive within the header deadline (slowloris). */
        HeaderTimeout,
        /** A keep-alive connection was idle for the idle timeout. */
        Idle,
        /** 413: the request body exceeded the limit. */
        BodyTooLarge,
        /** 431: the header fields exceeded the limit. */
        HeaderTooLarge,
        /** 400: the request could not be parsed. */
        Malformed,
        /** Refused at accept: a connection cap was reached and no silent connection could go. */
        CapReached,
        /** A silent connection closed to make room for a new one under a connection cap. */
        Evicted,
    };
    static constexpr int kReasonCount = int(Reason::Evicted) + 1;
    /** Addresses named in a summary, most closed connections first. */
    static constexpr int kTopAddresses = 5;
    /** Distinct addresses counted per interval; the rest only count in the totals. */
    static constexpr int kMaxTrackedAddresses = 4096;

    struct Summary
    {
        qint64 total = 0;
        /** Reasons with a count, most frequent first. */
        QList<QPair<Reason, qint64>> reasons;
        /** At most kTopAddresses, most closed connections first. */
        QList<QPair<QHostAddress, qint64>> topAddresses;

        bool isEmpty() const { return total == 0; }
        /** One line: "812 connections closed: header deadline 700, silent 100, ...; most from 10.0.0.7 (400), ...". */
        QString toString() const;
    };

    /** The stable name of a reason, as it appears in summaries ("header deadline"). */
    static QString reasonName(Reason reason);

    void record(Reason reason, const QHostAddress &peer);
    /** What was recorded since the last call, and starts a new interval. */
    Summary take();

private:
    QMutex m_mutex;
    std::array<qint64, kReasonCount> m_counts {};
    QHash<QHostAddress, qint64> m_perAddress;
};
