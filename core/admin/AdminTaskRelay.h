// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

/**
 * Carries the end of one AdminExecutor job back to the thread that asked for it: created there,
 * emitted from the worker thread, so the connection to the caller's context object is queued and
 * Qt drops it when that object is gone before the job ends.
 */
class AdminTaskRelay : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void finished();
};
