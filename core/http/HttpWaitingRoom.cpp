// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpWaitingRoom.h"

#include "core/http/HttpNativeSocket.h"
#include "core/http/HttpServerContext.h"
#include "core/http/HttpTcpListener.h"

#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcHttpWaiting, "anvil.http.waiting")

namespace {

// The first byte of every TLS record that starts a handshake (RFC 8446 §5.1, ContentType
// handshake). Anything else on a TLS listener would fail the handshake after paying for it.
constexpr unsigned char TlsHandshakeRecord = 0x16;

} // namespace

HttpWaitingRoom::HttpWaitingRoom(std::shared_ptr<HttpServerContext> context, QObject *parent)
    : QObject(parent)
    , m_context(std::move(context))
{
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return;
    }
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &HttpWaitingRoom::onReadable);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &HttpWaitingRoom::onTimer);
}

HttpWaitingRoom::~HttpWaitingRoom()
{
    while (!m_waiting.empty()) {
        remove(m_waiting.begin(), true);
    }
    delete m_notifier;
    if (m_epoll >= 0) {
        ::close(m_epoll);
    }
}

void HttpWaitingRoom::park(qintptr descriptor, const QHostAddress &peer, HttpTcpListener *listener, bool expectTls)
{
    const int fd = int(descriptor);
    epoll_event event {};
    // Level-triggered: a connection left for the next pass is reported again.
    event.events = EPOLLIN | EPOLLRDHUP;
    event.data.fd = fd;
    if (m_epoll < 0 || ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
        qCWarning(lcHttpWaiting) << "cannot watch a new connection:" << std::strerror(errno);
        HttpNativeSocket::close(descriptor);
        m_context->limiter.release(peer);
        return;
    }
    const bool wasEmpty = m_waiting.empty();
    m_waiting.push_back(Waiting {fd, peer, listener, expectTls, Clock::now()});
    m_byDescriptor[fd] = std::prev(m_waiting.end());
    if (wasEmpty) {
        armTimer();
    }
}

bool HttpWaitingRoom::evictOldest(const QHostAddress &peer)
{
    for (auto it = m_waiting.begin(); it != m_waiting.end(); ++it) {
        if (peer.isNull() || it->peer == peer) {
            m_context->closeLog.record(HttpCloseLog::Reason::Evicted, it->peer);
            const bool wasFirst = it == m_waiting.begin();
            remove(it, true);
            if (wasFirst) {
                armTimer();
            }
            return true;
        }
    }
    return false;
}

HttpWaitingRoom::FirstBytes HttpWaitingRoom::peekFirstBytes(const Waiting &waiting) const
{
    unsigned char first = 0;
    const ssize_t n = ::recv(waiting.descriptor, &first, 1, MSG_PEEK | MSG_DONTWAIT);
    if (n > 0) {
        return waiting.expectTls && first != TlsHandshakeRecord ? FirstBytes::NotTls : FirstBytes::Usable;
    }
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)) {
        return FirstBytes::NotYet;
    }
    return FirstBytes::Closed; // orderly shutdown before a byte, or a reset
}

void HttpWaitingRoom::onReadable()
{
    epoll_event events[kAdmitBatch];
    const int n = ::epoll_wait(m_epoll, events, kAdmitBatch, 0);
    const int front = m_waiting.empty() ? -1 : m_waiting.front().descriptor;
    for (int i = 0; i < n; ++i) {
        const auto found = m_byDescriptor.find(events[i].data.fd);
        if (found == m_byDescriptor.end()) {
            continue;
        }
        const List::iterator it = found->second;
        switch (peekFirstBytes(*it)) {
        case FirstBytes::NotYet:
            continue;
        case FirstBytes::Closed:
            remove(it, true);
            continue;
        case FirstBytes::NotTls:
            m_context->closeLog.record(HttpCloseLog::Reason::NotTls, it->peer);
            remove(it, true);
            continue;
        case FirstBytes::Usable:
            break;
        }
        const Waiting waiting = *it;
        remove(it, false);
        // The listener owns the descriptor and the limiter slot from here on.
        waiting.listener->admit(waiting.descriptor, waiting.peer);
    }
    if ((m_waiting.empty() ? -1 : m_waiting.front().descriptor) != front) {
        armTimer(); // the earliest deadline changed
    }
}

void HttpWaitingRoom::onTimer()
{
    const auto now = Clock::now();
    const auto timeout = m_context->limits.headerTimeout;
    while (!m_waiting.empty() && m_waiting.front().accepted + timeout <= now) {
        m_context->closeLog.record(HttpCloseLog::Reason::Silent, m_waiting.front().peer);
        remove(m_waiting.begin(), true);
    }
    armTimer();
}

void HttpWaitingRoom::armTimer()
{
    if (m_waiting.empty()) {
        m_timer.stop();
        return;
    }
    const auto deadline = m_waiting.front().accepted + m_context->limits.headerTimeout;
    const auto remaining = std::chrono::ceil<std::chrono::milliseconds>(deadline - Clock::now());
    m_timer.start(std::max(remaining, std::chrono::milliseconds(0)));
}

void HttpWaitingRoom::remove(List::iterator it, bool close)
{
    ::epoll_ctl(m_epoll, EPOLL_CTL_DEL, it->descriptor, nullptr);
    m_byDescriptor.erase(it->descriptor);
    if (close) {
        HttpNativeSocket::close(it->descriptor);
        m_context->limiter.release(it->peer);
    }
    m_waiting.erase(it);
}
