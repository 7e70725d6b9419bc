// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestDatabases.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace TestDatabases {

QStringList backends()
{
    QStringList b {QStringLiteral("sqlite")};
    if (!qEnvironmentVariable("ANVIL_TEST_PG_URL").isEmpty() || postgresRequired()) {
        b << QStringLiteral("postgresql");
    }
    return b;
}

bool postgresRequired()
{
    return qEnvironmentVariable("CI") == QLatin1String("true")
        || qEnvironmentVariable("ANVIL_REQUIRE_PG") == QLatin1String("1");
}

QVariant firstValue(Result<QSqlQuery> query, const QVariant &none)
{
    return query && query->next() ? query->value(0) : none;
}

TwoProcesses::TwoProcesses(const QString &backend)
{
    if (backend == QLatin1String("postgresql")) {
        std::shared_ptr<Database> first = fresh(backend);
        Result<std::shared_ptr<Database>> second = first ? Database::open(first->url()) : CoreError();
        if (second) {
            serverDb = first;
            cliDb = *second;
        }
        return;
    }
    const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("anvil.db"));
    Result<std::shared_ptr<Database>> server = Database::open(url);
    Result<std::shared_ptr<Database>> cli = Database::open(url);
    if (server && cli && (*server)->migrate()) {
        serverDb = *server;
        cliDb = *cli;
    }
}

std::shared_ptr<Database> memory()
{
    return fresh(QStringLiteral("sqlite"));
}

std::shared_ptr<Database> fresh(const QString &backend, bool migrated)
{
    std::shared_ptr<Database> db;
    if (backend == QLatin1String("postgresql")) {
        const QString url = qEnvironmentVariable("ANVIL_TEST_PG_URL");
        if (url.isEmpty()) {
            qWarning("ANVIL_TEST_PG_URL is not set but PostgreSQL is required");
            return nullptr;
        }
        // Each fresh database is a new schema, so test executables running in parallel never meet.
        const QString schema = QStringLiteral("t_%1").arg(QUuid::createUuid().toString(QUuid::Id128).left(20));
        {
            Result<std::shared_ptr<Database>> admin = Database::open(url);
            if (!admin) {
                qWarning("cannot open PostgreSQL: %s", qPrintable(admin.error().toLogString()));
                return nullptr;
            }
            QSqlQuery q((*admin)->connection());
            if (!q.exec(QStringLiteral("CREATE SCHEMA %1").arg(schema))) {
                qWarning("cannot create PostgreSQL schema");
                return nullptr;
            }
        }
        const QString sep = url.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
        Result<std::shared_ptr<Database>> r = Database::open(url + sep + QStringLiteral("schema=") + schema);
        if (!r) {
            qWarning("cannot open PostgreSQL: %s", qPrintable(r.error().toLogString()));
            return nullptr;
        }
        db = *r;
    } else {
        Result<std::shared_ptr<Database>> r = Database::open(QStringLiteral("sqlite::memory:"));
        if (!r) {
            qWarning("cannot open SQLite: %s", qPrintable(r.error().toLogString()));
            return nullptr;
        }
        db = *r;
    }
    if (migrated) {
        VoidResult m = db->migrate();
        if (!m) {
            qWarning("migration failed: %s", qPrintable(m.error().toLogString()));
            return nullptr;
        }
    }
    return db;
}

} // namespace TestDatabases
