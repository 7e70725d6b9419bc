// SPDX-License-Identifier: GPL-3.0-or-later
#include "Http01Responder.h"

#include <cerrno>

#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

class Http01Responder::Client : public EventHandler
{
public:
    Client(Http01Responder &owner, int fd)
        : m_owner(owner)
        , m_fd(fd)
    {
    }
    ~Client() override { ::close(m_fd); }
    int fd() const { return m_fd; }

    void onEvents(uint32_t events) override
    {
        char buf[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, 0);
            if (n > 0) {
                m_in.append(buf, int(n));
                if (m_in.size() > 16384) {
                    m_owner.finish(this);
                    return;
                }
                continue;
            }
            if (n < 0 && errno == EAGAIN) {
                break;
            }
            m_owner.finish(this);
            return;
        }
        if (events & (EPOLLERR | EPOLLHUP)) {
            m_owner.finish(this);
            return;
        }
        if (m_in.indexOf("\r\n\r\n") < 0) {
            return;
        }
        answer();
        m_owner.finish(this);
    }

private:
    void answer()
    {
        static const QByteArray prefix("GET /.well-known/acme-challenge/");
        QByteArray body;
        if (m_in.startsWith(prefix)) {
            const int end = int(m_in.indexOf(' ', prefix.size()));
            if (end > 0) {
                body = m_owner.lookup(m_in.mid(prefix.size(), end - prefix.size()));
            }
        }
        QByteArray out;
        if (body.isEmpty()) {
            m_owner.m_unknown.fetch_add(1);
            out = QByteArrayLiteral("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            m_owner.m_served.fetch_add(1);
            out = QByteArrayLiteral("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: ")
                + QByteArray::number(body.size()) + QByteArrayLiteral("\r\nConnection: close\r\n\r\n") + body;
        }
        // A few hundred bytes into an empty socket buffer: one send() writes it all.
        [[maybe_unused]] const ssize_t sent = ::send(m_fd, out.constData(), size_t(out.size()), MSG_NOSIGNAL);
    }

    Http01Responder &m_owner;
    int m_fd;
    QByteArray m_in;
};

Http01Responder::Http01Responder(EventLoop &loop)
    : m_loop(loop)
{
}

Http01Responder::~Http01Responder()
{
    for (auto &c : m_clients) {
        m_loop.unwatch(c.second->fd());
    }
    m_clients.clear();
    if (m_fd >= 0) {
        m_loop.unwatch(m_fd);
        ::close(m_fd);
    }
}

bool Http01Responder::listen(quint16 port)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        return false;
    }
    const int one = 1;
    setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_ANY);
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_fd, 1024) != 0) {
        return false;
    }
    return m_loop.watch(m_fd, EPOLLIN, this);
}

void Http01Responder::provision(const QByteArray &token, const QByteArray &keyAuthorization)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_keyAuthorizations.insert(token, keyAuthorization);
}

void Http01Responder::remove(const QByteArray &token)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_keyAuthorizations.remove(token);
}

QByteArray Http01Responder::lookup(const QByteArray &token) const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_keyAuthorizations.value(token);
}

void Http01Responder::onEvents(uint32_t)
{
    for (;;) {
        sockaddr_in local {};
        const int fd = ::accept4(m_fd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) {
            return;
        }
        socklen_t len = sizeof local;
        getsockname(fd, reinterpret_cast<sockaddr *>(&local), &len);
        // Only loopback: the benchmark must not answer challenges for the outside world.
        if ((ntohl(local.sin_addr.s_addr) >> 24) != 127) {
            ::close(fd);
            continue;
        }
        auto client = std::make_unique<Client>(*this, fd);
        Client *raw = client.get();
        m_clients.emplace(raw, std::move(client));
        m_loop.watch(fd, EPOLLIN, raw);
    }
}

void Http01Responder::finish(Client *client)
{
    m_loop.unwatch(client->fd());
    m_clients.erase(client);
}
