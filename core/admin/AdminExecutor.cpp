// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/AdminExecutor.h"

#include "core/storage/Database.h"

#include <QMetaObject>

AdminExecutor::AdminExecutor(std::shared_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_thread.setObjectName(QStringLiteral("anvil-admin"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

AdminExecutor::~AdminExecutor()
{
    // Queued jobs run first (one queue, in order); then this thread's connection is closed on the
    // thread that opened it.
    std::shared_ptr<Database> db = m_db;
    QMetaObject::invokeMethod(
        m_worker, [db]() { db->releaseThreadConnection(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void AdminExecutor::post(std::function<void()> job)
{
    if (m_pending.fetch_add(1) == 0) {
        emit busyChanged(true);
    }
    QMetaObject::invokeMethod(
        m_worker,
        [this, job = std::move(job)]() {
            job();
            if (m_pending.fetch_sub(1) == 1) {
                emit busyChanged(false);
            }
        },
        Qt::QueuedConnection);
}

void AdminExecutor::waitForIdle()
{
    QMetaObject::invokeMethod(
        m_worker, []() {}, Qt::BlockingQueuedConnection);
}
