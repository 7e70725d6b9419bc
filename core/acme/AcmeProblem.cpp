// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/AcmeProblem.h"

#include <QJsonArray>

namespace {

struct Row
{
    AcmeProblem::Type type;
    const char *urn;
    int status;
};

// RFC 8555 §6.7 and Table 1; statuses as Boulder/Pebble send them.
constexpr Row kTable[] = {
    {AcmeProblem::Type::AccountDoesNotExist, "urn:ietf:params:acme:error:accountDoesNotExist", 400},
    {AcmeProblem::Type::AlreadyReplaced, "urn:ietf:params:acme:error:alreadyReplaced", 409},
    {AcmeProblem::Type::AlreadyRevoked, "urn:ietf:params:acme:error:alreadyRevoked", 400},
    {AcmeProblem::Type::BadCsr, "urn:ietf:params:acme:error:badCSR", 400},
    {AcmeProblem::Type::BadNonce, "urn:ietf:params:acme:error:badNonce", 400},
    {AcmeProblem::Type::BadPublicKey, "urn:ietf:params:acme:error:badPublicKey", 400},
    {AcmeProblem::Type::BadRevocationReason, "urn:ietf:params:acme:error:badRevocationReason", 400},
    {AcmeProblem::Type::BadSignatureAlgorithm, "urn:ietf:params:acme:error:badSignatureAlgorithm", 400},
    {AcmeProblem::Type::Caa, "urn:ietf:params:acme:error:caa", 403},
    {AcmeProblem::Type::Compound, "urn:ietf:params:acme:error:compound", 400},
    {AcmeProblem::Type::Connection, "urn:ietf:params:acme:error:connection", 400},
    {AcmeProblem::Type::Dns, "urn:ietf:params:acme:error:dns", 400},
    {AcmeProblem::Type::ExternalAccountRequired, "urn:ietf:params:acme:error:externalAccountRequired", 400},
    {AcmeProblem::Type::IncorrectResponse, "urn:ietf:params:acme:error:incorrectResponse", 400},
    {AcmeProblem::Type::InvalidContact, "urn:ietf:params:acme:error:invalidContact", 400},
    {AcmeProblem::Type::InvalidProfile, "urn:ietf:params:acme:error:invalidProfile", 400},
    {AcmeProblem::Type::Malformed, "urn:ietf:params:acme:error:malformed", 400},
    {AcmeProblem::Type::OrderNotReady, "urn:ietf:params:acme:error:orderNotReady", 403},
    {AcmeProblem::Type::RateLimited, "urn:ietf:params:acme:error:rateLimited", 429},
    {AcmeProblem::Type::RejectedIdentifier, "urn:ietf:params:acme:error:rejectedIdentifier", 400},
    {AcmeProblem::Type::ServerInternal, "urn:ietf:params:acme:error:serverInternal", 500},
    {AcmeProblem::Type::Tls, "urn:ietf:params:acme:error:tls", 400},
    {AcmeProblem::Type::Unauthorized, "urn:ietf:params:acme:error:unauthorized", 403},
    {AcmeProblem::Type::UnsupportedContact, "urn:ietf:params:acme:error:unsupportedContact", 400},
    {AcmeProblem::Type::UnsupportedIdentifier, "urn:ietf:params:acme:error:unsupportedIdentifier", 400},
    {AcmeProblem::Type::UserActionRequired, "urn:ietf:params:acme:error:userActionRequired", 403},
    {AcmeProblem::Type::MethodNotAllowed, "urn:ietf:params:acme:error:malformed", 405},
    {AcmeProblem::Type::NotFound, "urn:ietf:params:acme:error:malformed", 404},
    {AcmeProblem::Type::UnsupportedMediaType, "urn:ietf:params:acme:error:malformed", 415},
    {AcmeProblem::Type::PayloadTooLarge, "urn:ietf:params:acme:error:malformed", 413},
};

const Row &rowFor(AcmeProblem::Type type)
{
    for (const Row &r : kTable) {
        if (r.type == type) {
            return r;
        }
    }
    static const Row fallback {AcmeProblem::Type::ServerInternal, "urn:ietf:params:acme:error:serverInternal", 500};
    return fallback;
}

} // namespace

AcmeProblem::AcmeProblem(Type type, const QString &detail, int status)
    : m_type(type)
    , m_detail(detail)
    , m_status(status)
{
}

QString AcmeProblem::urnFor(Type type)
{
    return QLatin1String(rowFor(type).urn);
}

QString AcmeProblem::typeUrn() const
{
    return urnFor(m_type);
}

int AcmeProblem::httpStatus() const
{
    return m_status ? m_status : rowFor(m_type).status;
}

AcmeProblem &AcmeProblem::addSubproblem(const AcmeSubproblem &sub)
{
    m_subproblems << sub;
    return *this;
}

AcmeProblem &AcmeProblem::setExtra(const QString &key, const QJsonValue &value)
{
    m_extra.insert(key, value);
    return *this;
}

AcmeProblem &AcmeProblem::setInstance(const QString &url)
{
    m_instance = url;
    return *this;
}

AcmeProblem AcmeProblem::fromCoreError(const CoreError &error)
{
    switch (error.code()) {
    case CoreError::Code::NotFound:
        return {Type::NotFound, error.detail()};
    case CoreError::Code::Conflict:
        return {Type::Malformed, error.detail(), 409};
    case CoreError::Code::Malformed:
        return {Type::Malformed, error.detail()};
    case CoreError::Code::Unauthorized:
        return {Type::Unauthorized, error.detail()};
    case CoreError::Code::Forbidden:
        return {Type::Unauthorized, error.detail()};
    case CoreError::Code::RateLimited:
        return {Type::RateLimited, error.detail()};
    case CoreError::Code::BadCsr:
        return {Type::BadCsr, error.detail()};
    case CoreError::Code::BadSignatureAlgorithm:
        return {Type::BadSignatureAlgorithm, error.detail()};
    case CoreError::Code::BadPublicKey:
        return {Type::BadPublicKey, error.detail()};
    case CoreError::Code::BadNonce:
        return {Type::BadNonce, error.detail()};
    case CoreError::Code::InvalidProfile:
        return {Type::InvalidProfile, error.detail()};
    case CoreError::Code::RejectedIdentifier:
        return {Type::RejectedIdentifier, error.detail()};
    case CoreError::Code::Unsupported:
        return {Type::Malformed, error.detail()};
    case CoreError::Code::None:
    case CoreError::Code::Storage:
    case CoreError::Code::Crypto:
    case CoreError::Code::Io:
    case CoreError::Code::Internal:
        break;
    }
    return serverInternal();
}

QJsonObject AcmeProblem::toJson() const
{
    QJsonObject o = m_extra;
    o.insert(QStringLiteral("type"), typeUrn());
    o.insert(QStringLiteral("detail"), m_detail);
    o.insert(QStringLiteral("status"), httpStatus());
    if (!m_instance.isEmpty()) {
        o.insert(QStringLiteral("instance"), m_instance);
    }
    if (!m_subproblems.isEmpty()) {
        QJsonArray subs;
        for (const AcmeSubproblem &s : m_subproblems) {
            subs.append(QJsonObject {{QStringLiteral("type"), s.type},
                                     {QStringLiteral("detail"), s.detail},
                                     {QStringLiteral("identifier"),
                                      QJsonObject {{QStringLiteral("type"), s.identifierType},
                                                   {QStringLiteral("value"), s.identifierValue}}}});
        }
        o.insert(QStringLiteral("subproblems"), subs);
    }
    return o;
}
