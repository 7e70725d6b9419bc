// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

/**
 * Owns the database connections (one per thread, because a QSqlDatabase belongs to the thread
 * that opened it) and the versioned schema migrations (STYLE.md §5).
 *
 * URLs:
 *   sqlite:/var/lib/anvil/anvil.db      a file (WAL, foreign keys, busy timeout)
 *   sqlite::memory:                      a private in-memory database, shared by all threads
 *   postgresql://user:pass@host:port/db  PostgreSQL (the scale-out backend)
 *   postgresql://...?schema=NAME         ... with its tables in schema NAME
 */
class Database
{
public:
    enum class Dialect {
        Sqlite,
        Postgres,
    };

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (and checks) a connection on the calling thread. Does not migrate. */
    static Result<std::shared_ptr<Database>> open(const QString &url);

    Dialect dialect() const { return m_dialect; }
    bool isSqlite() const { return m_dialect == Dialect::Sqlite; }
    QString url() const { return m_url; }
    /** The URL with any password replaced by "***", for logs and the console. */
    QString redactedUrl() const;
    /** The file path of a SQLite database, empty otherwise. */
    QString sqliteFile() const { return m_sqliteFile; }
    /** Names this Database object among those open in the process (two on one URL differ). */
    QString instanceId() const { return m_instanceTag; }

    /** This thread's connection, opened on first use. */
    QSqlDatabase connection();
    /** Closes this thread's connection (call before a thread that used the database ends). */
    void releaseThreadConnection();

    /** Schema version of the database, 0 when empty. */
    Result<int> schemaVersion();
    /** The version the code knows. */
    static int latestVersion();
    /** Applies pending migrations up to `target` (latest when -1), each in its own transaction. */
    VoidResult migrate(int target = -1);

    /**
     * Runs `work` inside one transaction on this thread's connection; commits when it returns ok,
     * rolls back otherwise. Nested calls join the outer transaction.
     */
    VoidResult transaction(const std::function<VoidResult()> &work);
    /** True while this thread is inside transaction() on this database. */
    bool inTransaction() const;
    /**
     * Runs `work` on this thread once what it wrote here is committed: at once outside a
     * transaction, else right after the outermost transaction commits, and never when it rolls
     * back. For telling other readers (ChangeBeacon) only of changes they can see.
     */
    void afterCommit(std::function<void()> work);

    /**
     * Prepares `sql` with named placeholders, binds `args` and executes. A null QString binds as
     * the empty string; pass an invalid QVariant() for SQL NULL.
     */
    Result<QSqlQuery> exec(const QString &sql, const QVariantMap &args = {});

    /**
     * exec() for a write, outside any transaction, whose loss in a database crash harms nobody:
     * replay nonces (a lost issue costs its client one badNonce retry; a lost removal is one that
     * no later durable commit followed, since PostgreSQL flushes its WAL in order). PostgreSQL:
     * runs on this thread's second connection, which commits with synchronous_commit off, so the
     * caller does not wait for a WAL flush; the change is visible to every connection at once and
     * reaches the disk with the next flush (anyone's durable commit, or the WAL writer within
     * three wal_writer_delay). It is never part of a transaction open on this thread. The
     * statement stays prepared there for the next call. SQLite: exec().
     */
    Result<QSqlQuery> execUndurable(const QString &sql, const QVariantMap &args = {});

    /**
     * Within a scope on this thread, exec() keeps each statement prepared for reuse (the protocol
     * engine runs ~50 statements per issuance, the same ones each time). When the outermost scope
     * ends, every cached statement is finished, so no read snapshot outlives a request. Outside a
     * scope exec() prepares afresh.
     */
    class StatementScope
    {
    public:
        explicit StatementScope(Database &db);
        ~StatementScope();
        StatementScope(const StatementScope &) = delete;
        StatementScope &operator=(const StatementScope &) = delete;

    private:
        Database &m_db;
    };

    /** Turns a failed QSqlQuery into a CoreError with the SQL text only in internalDetail. */
    static CoreError errorFrom(const QSqlQuery &query, const QString &what);
    /** True when the failed query broke a UNIQUE/PRIMARY KEY constraint. */
    static bool isUniqueViolation(const QSqlQuery &query);

    /** Integrity check: SQLite PRAGMA integrity_check / PostgreSQL always ok when connected. */
    Result<QString> integrityCheck();

    /**
     * While one is open on a thread, commits made on that thread return before they are on disk
     * (SQLite files, and transactions on PostgreSQL; a write outside a transaction on PostgreSQL,
     * and anything in memory, is as durable as it will be when it returns). ticket() names the last one;
     * pass it to whenDurable() and tell nobody of the commits before it calls back. The HTTP
     * server answers so, instead of holding its event loop in a disk flush. A flush that falls due
     * lets the scopes open at that moment end first (see setFlushGatherWindow), so a scope should
     * span one request's work, not a wait.
     */
    class DeferredDurability
    {
    public:
        explicit DeferredDurability(Database &db);
        ~DeferredDurability();
        DeferredDurability(const DeferredDurability &) = delete;
        DeferredDurability &operator=(const DeferredDurability &) = delete;
        /** The last commit made in this scope (0 for none): durable once whenDurable() says so. */
        quint64 ticket() const;

    private:
        Database &m_db;
        quint64 m_scope = 0; // the outermost scope's place among those the flusher waits for
    };
    /**
     * Calls `done(true)` once every commit up to `ticket` is on disk: at once on this thread when
     * it is already, else on the flusher thread. `done(false)` when the flush failed or the
     * database closed first.
     */
    void whenDurable(quint64 ticket, std::function<void(bool)> done);

    /**
     * How long the flusher may wait, before a flush for deferred commits, for the DeferredDurability
     * scopes open at that moment to end (2 ms unless set; for tests). It waits only while some are.
     */
    void setFlushGatherWindow(std::chrono::milliseconds window);

    /** Flushes of the group commit so far (SQLite: fdatasync; PostgreSQL: for deferred commits), for
     *  tests and benchmarks. */
    quint64 groupCommitSyncs() const;

    /**
     * What this database has been asked to do so far, on every thread: statements sent (exec(),
     * BEGIN and COMMIT included) and commits (transactions, and writes outside one). Cheap
     * (relaxed atomics); tests pin the cost of a protocol flow with them so it can't regress.
     */
    struct Counters
    {
        quint64 statements = 0;
        quint64 commits = 0;
    };
    Counters counters() const;

private:
    Database() = default;
    QString connectionName() const;
    /** Commits on PostgreSQL: waiting for the WAL flush, or not (execUndurable's connection). */
    enum class Commits {
        Durable,
        Undurable,
    };
    QSqlDatabase connection(const QString &name, Commits commits);
    VoidResult configureConnection(QSqlDatabase &db, Commits commits);
    /** Prepares `sql` on `db`; SQLite statements run on the connection's handle (SqliteStatement).
     *  `reused`: kept in the statement cache and run many times. */
    Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql, bool reused);
    /** Binds `args` and runs `q`, counted; an autocommit write takes the writer turn and counts a commit. */
    Result<QSqlQuery> run(QSqlQuery &q, const QVariantMap &args, bool autocommitWrite);
    QString translate(const QString &sql) const;
    void finishCachedStatements();
    VoidResult waitDurable();
    /** After a commit: waits for the disk, or in a DeferredDurability scope records its ticket. */
    VoidResult commitDurably();
    class WriterTurn;

    QString m_url;
    Dialect m_dialect = Dialect::Sqlite;
    QString m_sqliteFile;
    QString m_sqliteMemoryName;
    QString m_pgHost;
    int m_pgPort = 5432;
    QString m_pgUser;
    QString m_pgPassword;
    QString m_pgDatabase;
    QString m_pgSchema;
    QString m_instanceTag;
    QSqlDatabase m_memoryKeeper;
    struct GroupCommit;
    std::unique_ptr<GroupCommit> m_groupCommit; // SQLite files and PostgreSQL
    std::atomic<quint64> m_statements {0};
    std::atomic<quint64> m_commits {0};
    std::timed_mutex m_writerTurn; // SQLite: this process's writers queue here, see WriterTurn
};
