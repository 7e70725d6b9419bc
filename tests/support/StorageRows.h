// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only: rows for storage tests, every NOT NULL column set.

#include "core/storage/AcmeRows.h"

namespace StorageRows {

/** A valid account `id` of alias "main", with a placeholder key and its own thumbprint. */
inline AccountRow account(const QString &id)
{
    AccountRow row;
    row.id = id;
    row.alias = QStringLiteral("main");
    row.keyThumbprint = QStringLiteral("thumb-") + id;
    row.jwk = QStringLiteral("{\"kty\":\"EC\"}");
    row.status = QStringLiteral("valid");
    row.contact = QStringLiteral("[]");
    row.createdAt = 1;
    row.updatedAt = 1;
    return row;
}

} // namespace StorageRows
