// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/RequestLog.h"

#include "core/util/Clock.h"

#include <QMutex>
#include <QMutexLocker>
#include <QTimer>

#include <atomic>

struct RequestLog::State
{
    const Clock &clock;
    QMutex mutex;
    QList<RequestLogEntry> pending;
    /** Null once the RequestLog is gone; guarded by mutex. */
    RequestLog *target = nullptr;
    bool scheduled = false;
    qint64 dropped = 0;
    std::atomic<int> intervalMs {100};

    explicit State(const Clock &c)
        : clock(c)
    {
    }

    void append(const RequestLogEntry &entry)
    {
        RequestLogEntry e = entry;
        if (!e.time.isValid()) {
            e.time = clock.now();
        }
        const QMutexLocker lock(&mutex);
        if (!target) {
            return;
        }
        if (pending.size() >= RequestLog::kMaxPending) {
            pending.removeFirst();
            ++dropped;
        }
        pending << e;
        if (!scheduled) {
            scheduled = true;
            // Queued to the GUI thread; a posted call to a deleted object is discarded, and the
            // destructor clears `target` under the mutex first.
            QMetaObject::invokeMethod(target, &RequestLog::scheduleFlush, Qt::QueuedConnection);
        }
    }
};

RequestLog::RequestLog(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_state(std::make_shared<State>(clock))
{
    m_state->target = this;
}

RequestLog::~RequestLog()
{
    const QMutexLocker lock(&m_state->mutex);
    m_state->target = nullptr;
}

RequestLog::Sink RequestLog::sink() const
{
    std::shared_ptr<State> state = m_state;
    return [state](const RequestLogEntry &entry) { state->append(entry); };
}

void RequestLog::record(const RequestLogEntry &entry)
{
    m_state->append(entry);
}

int RequestLog::flushIntervalMs() const
{
    return m_state->intervalMs.load();
}

void RequestLog::setFlushIntervalMs(int ms)
{
    m_state->intervalMs.store(qMax(0, ms));
}

qint64 RequestLog::droppedEntries() const
{
    const QMutexLocker lock(&m_state->mutex);
    return m_state->dropped;
}

void RequestLog::scheduleFlush()
{
    QTimer::singleShot(m_state->intervalMs.load(), this, &RequestLog::flush);
}

void RequestLog::flush()
{
    QList<RequestLogEntry> batch;
    {
        const QMutexLocker lock(&m_state->mutex);
        batch.swap(m_state->pending);
        m_state->scheduled = false;
    }
    if (!batch.isEmpty()) {
        emit entriesArrived(batch);
    }
}
