// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

/**
 * base64url without padding (RFC 7515 §2, RFC 4648 §5), as JOSE and ACME use it.
 *
 * Decoding is strict so that every byte string has exactly one accepted encoding: padding,
 * '+', '/', whitespace, any other character, an impossible length (4n+1) and non-zero unused
 * trailing bits are all rejected with CoreError::Code::Malformed. Callers replace the generic
 * detail with one that names the field.
 */
namespace Base64Url {

/** Returns the unpadded base64url text of \a data (ASCII). */
QByteArray encode(const QByteArray &data);

/** Same as encode(), as a QString. */
QString encodeToString(const QByteArray &data);

/** Decodes strict unpadded base64url. An empty input decodes to an empty array. */
Result<QByteArray> decode(const QByteArray &text);

/** Same as decode(const QByteArray &); characters outside Latin-1 are rejected. */
Result<QByteArray> decode(QStringView text);

} // namespace Base64Url
