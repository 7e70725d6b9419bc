// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class Clock;

/** One answered ACME request as the console's live log shows it. */
struct RequestLogEntry
{
    QDateTime time;
    QString method;
    QString path;
    QString alias;
    QString account;
    int status = 0;
    /** "urn:ietf:params:acme:error:badNonce"; empty when the request succeeded. */
    QString problemType;
    qint64 latencyMicros = 0;
};

/**
 * The live request log's feed from the embedded server to the console. The server's worker
 * threads hand every answered request to sink() (a mutex-guarded append, nothing more); the
 * entries reach the GUI thread in batches, at most one entriesArrived() per flush interval, so a
 * few hundred requests a second cost the console a few signals. Entries wait in a bounded queue:
 * when the GUI thread falls behind, the oldest are dropped and counted.
 */
class RequestLog : public QObject
{
    Q_OBJECT

public:
    using Sink = std::function<void(const RequestLogEntry &)>;

    static constexpr int kMaxPending = 10000;

    explicit RequestLog(const Clock &clock, QObject *parent = nullptr);
    ~RequestLog() override;

    /**
     * A thread-safe function that queues one entry (an entry without a time gets the clock's).
     * It stays safe to call after this object is gone: the entry is then dropped.
     */
    Sink sink() const;
    /** Queues one entry; same as sink()(entry). */
    void record(const RequestLogEntry &entry);

    int flushIntervalMs() const;
    void setFlushIntervalMs(int ms);
    /** Entries dropped because the console did not keep up. */
    qint64 droppedEntries() const;

public slots:
    /** Hands the queued entries to entriesArrived() now (GUI thread). */
    void flush();

signals:
    void entriesArrived(const QList<RequestLogEntry> &entries);

private:
    struct State;
    void scheduleFlush();

    std::shared_ptr<State> m_state;
};
