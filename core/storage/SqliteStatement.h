// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlResult>
#include <QString>
#include <QStringList>
#include <QVariantMap>

struct sqlite3;
struct sqlite3_stmt;

/**
 * One prepared SQLite statement, run straight on its connection's sqlite3 handle, behind the
 * QSqlQuery interface every repository reads. Qt's QSQLITE result rebuilds a QSqlRecord of every
 * column (name, declared type, table) on each exec and routes each bound value through its
 * placeholder tables: about 4 µs a statement more than SQLite itself, ~30 statements per ACME
 * flow. This one maps the statement's named parameters to their indexes once, binds a
 * QVariantMap by them, and converts a column only when it is read.
 *
 * Values are bound and read exactly as QSQLITE binds and reads them (TestSqliteStatement checks
 * both side by side), so a caller cannot tell which of the two it holds. Errors carry SQLite's
 * extended result code as the native code, as QSQLITE's do.
 *
 * Statements belong to their connection's thread, like the connection. Database finalizes them
 * (finalizeAll) before it closes a connection; a query still held after that is inactive.
 */
class SqliteStatement : public QSqlResult
{
public:
    ~SqliteStatement() override;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    /**
     * Prepares `sql` on `db` (an open QSQLITE connection) as a forward-only query. `longLived`:
     * the statement will be run many times (SQLite then keeps it out of its lookaside memory).
     * On failure the query is inactive and its lastError() says why.
     */
    static QSqlQuery prepare(const QSqlDatabase &db, const QString &sql, bool longLived);
    /** The statement behind `query`, or nullptr when it is not one of these. */
    static SqliteStatement *of(const QSqlQuery &query);
    /** Finalizes every statement prepared on `db`'s handle: call before closing the connection. */
    static void finalizeAll(const QSqlDatabase &db);

    /**
     * Sets the values of the next exec(), by parameter name without its ':'. Names the statement
     * does not use are ignored and a parameter given no value is NULL, as in QSQLITE; unlike it, a
     * null QString binds as "" (Database::exec's promise).
     */
    void bind(const QVariantMap &args);

protected:
    bool exec() override;
    bool reset(const QString &sql) override;
    bool prepare(const QString &sql) override;
    QVariant data(int column) override;
    bool isNull(int column) override;
    bool fetch(int row) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;
    QVariant handle() const override;

private:
    SqliteStatement(const QSqlDatabase &db, sqlite3 *handle);
    bool compile(const QString &sql, bool longLived);
    void finalize();
    /** Records SQLite's error for `rc` as QSQLITE would, with `what` as the driver text. */
    void fail(int rc, const QString &what, QSqlError::ErrorType type);
    /** Runs the statement one step; false at its end or on error. */
    bool step();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QStringList m_parameters; // index i + 1 in the statement, without the ':'
    QVariantMap m_args; // keeps the bound strings and arrays alive while SQLite reads them
    bool m_rowWaiting = false; // exec() stepped onto the first row; fetchFirst() takes it
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = 0;
};
