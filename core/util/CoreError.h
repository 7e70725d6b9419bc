// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Internal error value (STYLE.md §3). `detail` is safe to show a client or an admin;
 * `internalDetail` (SQL text, OpenSSL queue, file paths) only ever goes to logs.
 */
class CoreError
{
public:
    enum class Code {
        None,
        NotFound,
        Conflict,
        Malformed,
        Unauthorized,
        Forbidden,
        RateLimited,
        BadCsr,
        BadSignatureAlgorithm,
        BadPublicKey,
        BadNonce,
        InvalidProfile,
        RejectedIdentifier,
        Unsupported,
        Storage,
        Crypto,
        Io,
        Internal,
    };

    CoreError() = default;
    CoreError(Code code, const QString &detail, const QString &internalDetail = {})
        : m_code(code)
        , m_detail(detail)
        , m_internalDetail(internalDetail)
    {
    }

    Code code() const { return m_code; }
    QString detail() const { return m_detail; }
    QString internalDetail() const { return m_internalDetail; }

    /** "Malformed: detail (internal)" for logs only. */
    QString toLogString() const;
    static QString codeName(Code code);

private:
    Code m_code = Code::None;
    QString m_detail;
    QString m_internalDetail;
};
