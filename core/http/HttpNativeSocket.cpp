// SPDX-License-Identifier: GPL-3.0-or-later
#include "HttpNativeSocket.h"

#include <QString>

#include <cerrno>
#include <cstring>

#include <netinet/in.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

} // namespace

Result<qintptr> HttpNativeSocket::openReusePortListener(const QHostAddress &address, quint16 port, int backlog)
{
    sockaddr_storage storage {};
    socklen_t length = 0;
    int family = AF_INET6;
    bool v6only = true;
    if (address == QHostAddress::Any || address == QHostAddress::AnyIPv6) {
        v6only = address == QHostAddress::AnyIPv6;
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        in6->sin6_addr = in6addr_any;
        in6->sin6_port = htons(port);
        length = sizeof(sockaddr_in6);
    } else if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        family = AF_INET;
        auto *in4 = reinterpret_cast<sockaddr_in *>(&storage);
        in4->sin_family = AF_INET;
        in4->sin_addr.s_addr = htonl(address.toIPv4Address());
        in4->sin_port = htons(port);
        length = sizeof(sockaddr_in);
    } else if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto *in6 = reinterpret_cast<sockaddr_in6 *>(&storage);
        in6->sin6_family = AF_INET6;
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, &bytes, sizeof(bytes));
        in6->sin6_port = htons(port);
        in6->sin6_scope_id = address.scopeId().toUInt();
        length = sizeof(sockaddr_in6);
    } else {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot listen on %1").arg(address.toString()));
    }

    const int fd = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot create a socket"), errnoText(errno));
    }
    const int one = 1;
    const int v6 = v6only ? 1 : 0;
    const bool optionsSet = ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) == 0
        && ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof(one)) == 0
        && (family != AF_INET6 || ::setsockopt(fd, IPPROTO_IPV6, IPV6_V6ONLY, &v6, sizeof(v6)) == 0);
    if (!optionsSet || ::bind(fd, reinterpret_cast<sockaddr *>(&storage), length) != 0 || ::listen(fd, backlog) != 0) {
        const int error = errno;
        ::close(fd);
        return CoreError(CoreError::Code::Io,
                         QStringLiteral("Cannot listen on %1 port %2").arg(address.toString()).arg(port),
                         errnoText(error));
    }
    return qintptr(fd);
}

quint16 HttpNativeSocket::boundPort(qintptr descriptor)
{
    sockaddr_storage storage {};
    socklen_t length = sizeof(storage);
    if (::getsockname(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0) {
        return 0;
    }
    if (storage.ss_family == AF_INET) {
        return ntohs(reinterpret_cast<sockaddr_in *>(&storage)->sin_port);
    }
    return ntohs(reinterpret_cast<sockaddr_in6 *>(&storage)->sin6_port);
}

QHostAddress HttpNativeSocket::peerAddress(qintptr descriptor)
{
    sockaddr_storage storage {};
    socklen_t length = sizeof(storage);
    if (::getpeername(int(descriptor), reinterpret_cast<sockaddr *>(&storage), &length) != 0) {
        return {};
    }
    QHostAddress address(reinterpret_cast<const sockaddr *>(&storage));
    return normalized(address);
}

QHostAddress HttpNativeSocket::normalized(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4 && address.protocol() == QAbstractSocket::IPv6Protocol) {
        return QHostAddress(v4);
    }
    return address;
}

void HttpNativeSocket::close(qintptr descriptor)
{
    ::close(int(descriptor));
}

Result<quint64> HttpNativeSocket::raiseFileDescriptorLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot read the file descriptor limit"),
                         errnoText(errno));
    }
    if (limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        if (::setrlimit(RLIMIT_NOFILE, &limit) != 0) {
            return CoreError(CoreError::Code::Io, QStringLiteral("Cannot raise the file descriptor limit"),
                             errnoText(errno));
        }
    }
    return quint64(limit.rlim_cur);
}
