// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/AdminTaskRelay.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class Database;

/**
 * Runs the console's database work on one worker thread with its own connection (a QSqlDatabase
 * belongs to the thread that opened it), so the GUI thread never waits for SQL. Jobs run in the
 * order they were posted; each job's result is handed to `done` on the caller's thread, unless
 * `context` was destroyed in the meantime.
 */
class AdminExecutor : public QObject
{
    Q_OBJECT

public:
    explicit AdminExecutor(std::shared_ptr<Database> db, QObject *parent = nullptr);
    /** Finishes the jobs already posted, closes the worker's connection and stops the thread. */
    ~AdminExecutor() override;

    template<typename T> void run(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
    {
        auto *relay = new AdminTaskRelay;
        auto result = std::make_shared<std::optional<T>>();
        connect(relay, &AdminTaskRelay::finished, context, [result, done]() {
            if (*result) {
                done(**result);
            }
        });
        connect(relay, &AdminTaskRelay::finished, relay, &QObject::deleteLater);
        post([relay, result, work]() {
            result->emplace(work());
            emit relay->finished();
        });
    }

    /** Jobs posted and not yet finished (for a busy indicator and tests). */
    int pendingJobs() const { return m_pending.load(); }
    /** Blocks the caller until every job posted so far has run (tests only). */
    void waitForIdle();

signals:
    /** The number of jobs in flight changed; emitted on the worker thread. */
    void busyChanged(bool busy);

private:
    void post(std::function<void()> job);

    std::shared_ptr<Database> m_db;
    QThread m_thread;
    QObject *m_worker = nullptr;
    std::atomic<int> m_pending {0};
};
