// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * The result of checking one challenge. Not an error value: a failed validation is a normal
 * answer the engine records on the challenge (RFC 8555 §8.2). core/acme turns problemType into
 * the problem document; detail is client-safe and names the cause.
 */
struct ValidationOutcome
{
    bool valid = false;
    /**
     * RFC 8555 §6.7 error name without the "urn:ietf:params:acme:error:" prefix: "connection",
     * "dns", "incorrectResponse", "unauthorized", "tls", "rejectedIdentifier", "caa", "malformed" or
     * "serverInternal". Empty when valid.
     */
    QString problemType;
    QString detail;
    /** Addresses connected to (or refused by the address policy), in order, without duplicates. */
    QStringList addressesTried;
    /**
     * When what proved control stops proving it (ms since the epoch; 0 = no limit): a
     * dns-persist-01 record's persistUntil, which the authorization must not outlive.
     */
    qint64 validUntilMs = 0;

    static ValidationOutcome success(const QStringList &addressesTried = {})
    {
        return ValidationOutcome {true, QString(), QString(), addressesTried, 0};
    }
    static ValidationOutcome failure(const QString &problemType, const QString &detail,
                                     const QStringList &addressesTried = {})
    {
        return ValidationOutcome {false, problemType, detail, addressesTried, 0};
    }
};
