// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QVector>

/**
 * The schema, as an ordered list of versions. Each version is a list of statements in a
 * dialect-neutral SQL with a few tokens that Database::translate() fills in per backend:
 *   {BLOB}        BLOB / BYTEA
 *   {SERIAL_PK}   INTEGER PRIMARY KEY AUTOINCREMENT / BIGSERIAL PRIMARY KEY
 * Timestamps are BIGINT milliseconds since the epoch (UTC); booleans are INTEGER 0/1.
 * Never edit a released version: add a new one.
 */
namespace Migrations {
const QVector<QStringList> &versions();
}
