// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/CoreError.h"

QString CoreError::codeName(Code code)
{
    switch (code) {
    case Code::None:
        return QStringLiteral("None");
    case Code::NotFound:
        return QStringLiteral("NotFound");
    case Code::Conflict:
        return QStringLiteral("Conflict");
    case Code::Malformed:
        return QStringLiteral("Malformed");
    case Code::Unauthorized:
        return QStringLiteral("Unauthorized");
    case Code::Forbidden:
        return QStringLiteral("Forbidden");
    case Code::RateLimited:
        return QStringLiteral("RateLimited");
    case Code::BadCsr:
        return QStringLiteral("BadCsr");
    case Code::BadSignatureAlgorithm:
        return QStringLiteral("BadSignatureAlgorithm");
    case Code::BadPublicKey:
        return QStringLiteral("BadPublicKey");
    case Code::BadNonce:
        return QStringLiteral("BadNonce");
    case Code::InvalidProfile:
        return QStringLiteral("InvalidProfile");
    case Code::RejectedIdentifier:
        return QStringLiteral("RejectedIdentifier");
    case Code::Unsupported:
        return QStringLiteral("Unsupported");
    case Code::Storage:
        return QStringLiteral("Storage");
    case Code::Crypto:
        return QStringLiteral("Crypto");
    case Code::Io:
        return QStringLiteral("Io");
    case Code::Internal:
        return QStringLiteral("Internal");
    }
    return QStringLiteral("Unknown");
}

QString CoreError::toLogString() const
{
    QString s = codeName(m_code) + QStringLiteral(": ") + m_detail;
    if (!m_internalDetail.isEmpty()) {
        s += QStringLiteral(" (") + m_internalDetail + QLatin1Char(')');
    }
    return s;
}
