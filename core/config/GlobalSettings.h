// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

/**
 * The reference's "Global Fields" plus the server settings every node shares. Stored as rows of
 * the settings table; node-local overrides (ports on one machine) come from the command line.
 */
struct GlobalSettings
{
    bool acmeEnabled = false; // the reference's default: ACME is disabled until an admin enables it
    QString defaultAlias; // "Default ACME Configuration"
    qint64 nonceValidityMs = 3600 * 1000; // "Replay Nonce Validity Number", in milliseconds
    QStringList serverHostnames; // names (and IPs) in the server's own TLS certificate
    int tlsPort = 8442;
    int clientCertPort = 8443;
    int httpPort = 8080; // plain HTTP: CRL and OCSP
    QString publicHttpBaseUrl; // e.g. http://ca.example:8080, for CRL distribution points and AIA
    bool openApiEnabled = false;

    QHash<QString, QString> toMap() const;
    static Result<GlobalSettings> fromMap(const QHash<QString, QString> &map);
    VoidResult validate() const;
    /** Sets one setting from its text form (`anvil config set KEY VALUE`). */
    VoidResult set(const QString &key, const QString &value);
    static QStringList keys();
};
