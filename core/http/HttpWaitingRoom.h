// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <list>
#include <memory>
#include <unordered_map>

class HttpTcpListener;
class QSocketNotifier;
struct HttpServerContext;

/**
 * Where accepted connections wait, as bare descriptors, until their client sends its first
 * bytes. A QSslSocket costs its handshake from startServerEncryption() on (and, built without
 * Qt's private headers, a new SSL_CTX per socket: see HttpTcpListener::admit()) and every
 * QObject socket adds to the poll set the event loop scans on each iteration, so thousands of
 * silent connections would slow every honest client down. Here they cost one epoll
 * registration: the room shows the event loop a single descriptor (its epoll instance), however
 * many connections wait in it.
 *
 * A connection leaves the room when
 *   - its first bytes arrive: handed to its listener (HttpTcpListener::admit()), at most
 *     kAdmitBatch per event-loop pass so that admissions never starve sockets already served;
 *   - it sent nothing for HttpServerLimits::headerTimeout (a silent connection);
 *   - its client closed it, or a TLS listener's client sent something that is not a TLS record;
 *   - it is evicted to make room for a new connection when a connection cap is reached
 *     (the oldest first, see evictOldest()).
 * Each waiting connection holds its slot in the connection limiter; the room releases it when
 * it closes the descriptor, the listener's guard takes it over on admission.
 *
 * One per worker thread, shared by that thread's listeners, which must outlive it. Linux only
 * (epoll), like SO_REUSEPORT.
 */
class HttpWaitingRoom : public QObject
{
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;

    /** Admissions per event-loop pass; the rest wait for the next pass. */
    static constexpr int kAdmitBatch = 32;

    explicit HttpWaitingRoom(std::shared_ptr<HttpServerContext> context, QObject *parent = nullptr);
    ~HttpWaitingRoom() override;

    /** False when the epoll instance could not be made (errorString() says why). */
    bool isValid() const { return m_epoll >= 0; }
    QString errorString() const { return m_error; }

    /**
     * Takes `descriptor` (accepted by `listener`, counted in the limiter for `peer`) until its
     * first bytes arrive. When it cannot be watched it is closed and its slot released.
     */
    void park(qintptr descriptor, const QHostAddress &peer, HttpTcpListener *listener, bool expectTls);

    /**
     * Closes the connection that has waited longest, from `peer` when `peer` is not null,
     * and releases its slot. Returns false when no such connection waits here.
     */
    bool evictOldest(const QHostAddress &peer = QHostAddress());

    /** Connections waiting now. */
    int size() const { return int(m_waiting.size()); }

private:
    struct Waiting
    {
        int descriptor = -1;
        QHostAddress peer;
        HttpTcpListener *listener = nullptr;
        bool expectTls = false;
        Clock::time_point accepted;
    };
    using List = std::list<Waiting>;

    enum class FirstBytes {
        Usable,
        NotYet,
        Closed,
        NotTls,
    };

    void onReadable();
    void onTimer();
    void armTimer();
    FirstBytes peekFirstBytes(const Waiting &waiting) const;
    /** Unwatches the descriptor and forgets it; closes it (and releases the slot) when `close`. */
    void remove(List::iterator it, bool close);

    const std::shared_ptr<HttpServerContext> m_context;
    int m_epoll = -1;
    QString m_error;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_timer;
    /** In arrival order, which is also deadline order (one timeout for all). */
    List m_waiting;
    std::unordered_map<int, List::iterator> m_byDescriptor;
};
