// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

/** What AcmeHttpServer::requestHandled() reports per answered request (live log, metrics). */
struct HttpRequestLogEntry
{
    QByteArray method;
    QString path;
    int status = 0;
    /** From the first byte of the request to the response being queued on the socket. */
    qint64 latencyMicros = 0;
    QString remoteAddress;
    /** Index of the listener (AcmeHttpServer::addListener()) the request arrived on. */
    int listenerIndex = -1;
};

Q_DECLARE_METATYPE(HttpRequestLogEntry)
