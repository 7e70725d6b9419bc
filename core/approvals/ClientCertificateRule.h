// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

/** One access rule of an alias for client certificates (client_cert_rules row). Copyable value type. */
struct ClientCertificateRule
{
    enum class Match {
        Subject, // the certificate's subject DN, RFC 4514 style as X509Certificate::subjectDn() gives it
        Fingerprint, // lowercase hex SHA-256 of the DER certificate
    };
    enum class Effect {
        Allow,
        Deny,
    };

    QString alias;
    Match match = Match::Subject;
    QString value;
    Effect effect = Effect::Allow;
    QDateTime createdAt;
    QString createdBy;

    static QString matchName(Match m)
    {
        return m == Match::Subject ? QStringLiteral("subject") : QStringLiteral("fingerprint");
    }
    static QString effectName(Effect e)
    {
        return e == Effect::Allow ? QStringLiteral("allow") : QStringLiteral("deny");
    }
};
