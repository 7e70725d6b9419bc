// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

/** What the console's status bar and dashboard show about the embedded server. */
struct ServerState
{
    enum class Status {
        Stopped, // the console runs without the server (or before it started)
        Starting,
        Running,
        Failed,
    };

    Status status = Status::Stopped;
    /** Ports being listened on (plain TLS, client-certificate TLS, plain HTTP). */
    QList<int> ports;
    /** When the server's own TLS certificate expires; invalid when unknown. */
    QDateTime tlsCertificateExpiry;
    /** Why it failed, in plain words (Failed only). */
    QString problem;
};
