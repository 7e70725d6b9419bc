// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EventLoop.h"

#include <QByteArray>
#include <QHash>

#include <atomic>
#include <memory>
#include <mutex>
#include <unordered_map>

/**
 * The load tool's http-01 responder (RFC 8555 §8.3): answers
 * GET /.well-known/acme-challenge/<token> from memory with the key authorization, then closes.
 * It listens on 0.0.0.0:<port> so that every 127.x.y.z identifier reaches it, and drops
 * connections that did not arrive on a loopback address. Thread-safe to provision from any
 * worker thread; it serves on the EventLoop it was started on.
 */
class Http01Responder : public EventHandler
{
public:
    explicit Http01Responder(EventLoop &loop);
    ~Http01Responder() override;

    /** Binds and listens; false with errno set on failure. */
    bool listen(quint16 port);

    void provision(const QByteArray &token, const QByteArray &keyAuthorization);
    void remove(const QByteArray &token);

    quint64 served() const { return m_served.load(); }
    quint64 unknownTokens() const { return m_unknown.load(); }

    void onEvents(uint32_t events) override;

private:
    class Client;
    friend class Client;

    void finish(Client *client);
    QByteArray lookup(const QByteArray &token) const;

    EventLoop &m_loop;
    int m_fd = -1;
    mutable std::mutex m_mutex;
    QHash<QByteArray, QByteArray> m_keyAuthorizations;
    std::unordered_map<Client *, std::unique_ptr<Client>> m_clients;
    std::atomic<quint64> m_served {0};
    std::atomic<quint64> m_unknown {0};
};
