// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVariant>

/** Row structs of the ACME tables (STYLE.md §5: separate from the protocol's JSON objects). */

struct AccountRow
{
    QString id;
    QString alias;
    QString keyThumbprint;
    QString jwk; // JSON text of the public key
    QString status; // valid | deactivated | revoked
    QString contact; // JSON array text
    QString tosAgreedUrl;
    qint64 tosAgreedAt = 0;
    QString eabKeyId;
    QString clientCertSubject;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct OrderRow
{
    QString id;
    QString accountId;
    QString alias;
    QString status; // pending | ready | processing | valid | invalid
    QString identifiers; // JSON array text of {type, value}
    qint64 notBefore = 0; // 0 = not requested
    qint64 notAfter = 0;
    qint64 expires = 0;
    QString error; // JSON problem text, empty when none
    QString certificateId;
    QString profile;
    QString replaces;
    QString endEntity;
    /** Issue #8: the checked CSR (base64url DER) of an order held for approval, until it is issued. */
    QString heldCsr;
    /** Issue #8: the approval request that releases a held order; empty when never held. */
    QString approvalId;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;

    /** Finalized, waiting for an admin's approval (or for the issuance that follows one). */
    bool isHeld() const { return status == QLatin1String("processing") && !approvalId.isEmpty(); }
};

struct AuthorizationRow
{
    QString id;
    QString accountId;
    QString alias;
    QString identifierType;
    QString identifierValue; // without "*." for wildcards
    bool wildcard = false;
    QString status; // pending | valid | invalid | deactivated | expired | revoked
    qint64 expires = 0;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

struct ChallengeRow
{
    QString id;
    QString authzId;
    QString type;
    QString token;
    QString status; // pending | processing | valid | invalid
    qint64 validatedAt = 0;
    QString error; // JSON problem text
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
};

/** SQL NULL for 0 / empty, the value otherwise. */
inline QVariant nullIfZero(qint64 v)
{
    return v == 0 ? QVariant() : QVariant(v);
}
inline QVariant nullIfEmpty(const QString &v)
{
    return v.isEmpty() ? QVariant() : QVariant(v);
}
