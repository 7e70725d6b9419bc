// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/Database.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <memory>

/**
 * Databases for tests. Storage tests run on both backends: SQLite always, PostgreSQL when
 * ANVIL_TEST_PG_URL names a server (the README's test command starts one). Under CI a missing
 * PostgreSQL is a failure, not a skip.
 */
namespace TestDatabases {

/** "sqlite" and, when configured, "postgresql". */
QStringList backends();

/** A fresh, empty database of that backend (PostgreSQL: a new schema-less database is emptied first). */
std::shared_ptr<Database> fresh(const QString &backend, bool migrated = true);

/** A fresh migrated in-memory SQLite database. */
std::shared_ptr<Database> memory();

/** The first column of a query's first row; `none` when the query failed or found no row. */
QVariant firstValue(Result<QSqlQuery> query, const QVariant &none = {});

/** True when the test must fail rather than skip because PostgreSQL is missing. */
bool postgresRequired();

/**
 * One migrated database opened twice: by default a SQLite file, as two processes on one machine
 * open it (the server and the command line); with "postgresql", one schema, as two nodes open it.
 * Each Database has its own connections and change beacons. Both are null when the database
 * could not be set up.
 */
struct TwoProcesses
{
    explicit TwoProcesses(const QString &backend = QStringLiteral("sqlite"));
    QTemporaryDir dir;
    std::shared_ptr<Database> serverDb;
    std::shared_ptr<Database> cliDb;
};

} // namespace TestDatabases
