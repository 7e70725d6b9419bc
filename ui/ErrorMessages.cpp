// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ErrorMessages.h"

QString ErrorMessages::forCode(CoreError::Code code)
{
    switch (code) {
    case CoreError::Code::None:
        return tr("The operation did not complete.");
    case CoreError::Code::NotFound:
        return tr("It no longer exists; someone may have removed it. Refresh the page.");
    case CoreError::Code::Conflict:
        return tr("It conflicts with the current state, which may have been changed by someone else.");
    case CoreError::Code::Malformed:
        return tr("A value is not valid.");
    case CoreError::Code::Unauthorized:
    case CoreError::Code::Forbidden:
        return tr("This is not allowed.");
    case CoreError::Code::RateLimited:
        return tr("Too many requests; try again shortly.");
    case CoreError::Code::BadCsr:
        return tr("The certificate request is not acceptable.");
    case CoreError::Code::BadSignatureAlgorithm:
        return tr("The signature algorithm is not supported.");
    case CoreError::Code::BadPublicKey:
        return tr("The public key is not acceptable.");
    case CoreError::Code::BadNonce:
        return tr("The request was replayed or came too late.");
    case CoreError::Code::InvalidProfile:
        return tr("The profile is not valid.");
    case CoreError::Code::RejectedIdentifier:
        return tr("An identifier is not allowed.");
    case CoreError::Code::Unsupported:
        return tr("This is not supported.");
    case CoreError::Code::Storage:
        return tr("The database could not be read or written. Check that it is reachable and not full; "
                  "details are in the server log.");
    case CoreError::Code::Crypto:
        return tr("A cryptographic operation failed; details are in the server log.");
    case CoreError::Code::Io:
        return tr("A file could not be read or written.");
    case CoreError::Code::Internal:
        return tr("An internal error occurred; details are in the server log.");
    }
    return tr("An internal error occurred; details are in the server log.");
}

bool ErrorMessages::showsDetail(CoreError::Code code)
{
    switch (code) {
    case CoreError::Code::Storage:
    case CoreError::Code::Crypto:
    case CoreError::Code::Internal:
        // Their detail may name tables or library calls; the log has it.
        return false;
    default:
        return true;
    }
}

QString ErrorMessages::describe(const QString &action, const CoreError &error)
{
    const QString reason = forCode(error.code());
    if (showsDetail(error.code()) && !error.detail().isEmpty()) {
        return tr("%1 %2 (%3)").arg(action, reason, error.detail());
    }
    return tr("%1 %2").arg(action, reason);
}
