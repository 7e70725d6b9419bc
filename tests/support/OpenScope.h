// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <functional>
#include <future>
#include <thread>

/**
 * A Database::DeferredDurability scope held open on a thread of its own, as a request being
 * answered holds one, until release(). `inScope` runs in it just before it ends.
 */
class OpenScope
{
public:
    explicit OpenScope(Database &db, std::function<void(Database &)> inScope = {})
        : m_thread([this, &db, inScope = std::move(inScope)]() {
            {
                Database::DeferredDurability scope(db);
                m_opened.set_value();
                m_release.get_future().wait();
                if (inScope) {
                    inScope(db);
                }
                m_ticket = scope.ticket();
            }
            db.releaseThreadConnection();
        })
    {
        m_opened.get_future().wait();
    }
    ~OpenScope() { release(); }
    OpenScope(const OpenScope &) = delete;
    OpenScope &operator=(const OpenScope &) = delete;

    /** Runs `inScope` and ends the scope; returns the ticket of what it committed (0: nothing). */
    quint64 release()
    {
        if (m_thread.joinable()) {
            m_release.set_value();
            m_thread.join();
        }
        return m_ticket;
    }

private:
    std::promise<void> m_opened;
    std::promise<void> m_release;
    quint64 m_ticket = 0;
    std::thread m_thread; // last: starts once the members it uses exist
};
