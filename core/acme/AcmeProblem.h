// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CoreError.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/** RFC 8555 §6.7.1: a problem about one identifier of a request. */
struct AcmeSubproblem
{
    QString type; // full URN
    QString detail;
    QString identifierType;
    QString identifierValue;
};

/**
 * The RFC 8555 §6.7 problem document (RFC 7807), built only in core/acme (STYLE.md §3).
 * One table maps Type → URN → HTTP status.
 */
class AcmeProblem
{
public:
    enum class Type {
        AccountDoesNotExist,
        AlreadyReplaced, // RFC 9773 §7.4
        AlreadyRevoked,
        BadCsr,
        BadNonce,
        BadPublicKey,
        BadRevocationReason,
        BadSignatureAlgorithm,
        Caa,
        Compound,
        Connection,
        Dns,
        ExternalAccountRequired,
        IncorrectResponse,
        InvalidContact,
        InvalidProfile,
        Malformed,
        OrderNotReady,
        RateLimited,
        RejectedIdentifier,
        ServerInternal,
        Tls,
        Unauthorized,
        UnsupportedContact,
        UnsupportedIdentifier,
        UserActionRequired,
        MethodNotAllowed, // RFC 7807 "about:blank"-style, for 405
        NotFound, // 404 for unknown resources
        UnsupportedMediaType, // 415
        PayloadTooLarge, // 413
    };

    AcmeProblem() = default;
    AcmeProblem(Type type, const QString &detail, int status = 0);

    static AcmeProblem malformed(const QString &detail) { return {Type::Malformed, detail}; }
    static AcmeProblem badNonce(const QString &detail) { return {Type::BadNonce, detail}; }
    static AcmeProblem unauthorized(const QString &detail) { return {Type::Unauthorized, detail}; }
    static AcmeProblem notFound(const QString &detail) { return {Type::NotFound, detail}; }
    static AcmeProblem serverInternal() { return {Type::ServerInternal, QStringLiteral("An internal error occurred")}; }

    /** One function maps CoreError → problem (Boulder web/probs.go). Internal causes are never sent. */
    static AcmeProblem fromCoreError(const CoreError &error);

    Type type() const { return m_type; }
    QString typeUrn() const;
    int httpStatus() const;
    QString detail() const { return m_detail; }
    QList<AcmeSubproblem> subproblems() const { return m_subproblems; }

    AcmeProblem &addSubproblem(const AcmeSubproblem &sub);
    /** Extra members, e.g. "algorithms" for badSignatureAlgorithm (RFC 8555 §6.2). */
    AcmeProblem &setExtra(const QString &key, const QJsonValue &value);
    AcmeProblem &setInstance(const QString &url);
    QString instance() const { return m_instance; }

    QJsonObject toJson() const;
    static QString urnFor(Type type);

private:
    Type m_type = Type::ServerInternal;
    QString m_detail;
    int m_status = 0;
    QString m_instance;
    QList<AcmeSubproblem> m_subproblems;
    QJsonObject m_extra;
};
