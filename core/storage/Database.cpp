// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/Migrations.h"
#include "core/storage/SqliteStatement.h"
#include "core/storage/WalWriteCombining.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <vector>

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDatabase, "anvil.storage")

namespace {

std::atomic<quint64> g_threadCounter {0};

/** Per-thread bookkeeping: connection names opened here and transaction depth per database. */
struct ThreadState
{
    quint64 id = ++g_threadCounter;
    QStringList connections;
    QHash<QString, int> depth;
    QHash<QString, int> scopes; // per database instance
    QHash<QString, int> deferDepth; // DeferredDurability scopes open, per database instance
    QHash<QString, quint64> deferredTicket; // the last commit made in them, per database instance
    QHash<QString, QString> connectionNames; // per database instance
    QHash<QString, QHash<QString, QSqlQuery>> statements; // per connection name: sql -> prepared
    QHash<QString, QString> lastStatement; // per connection name: the cached statement run last
    QHash<QString, std::vector<std::function<void()>>> afterCommit; // per database instance
    bool hookedThreadEnd = false;

    /** Closes this thread's connections. Runs on the thread that opened them. */
    void release()
    {
        statements.clear();
        for (const QString &name : std::as_const(connections)) {
            if (QSqlDatabase::contains(name)) {
                {
                    QSqlDatabase db = QSqlDatabase::database(name, false);
                    SqliteStatement::finalizeAll(db);
                    db.close();
                }
                QSqlDatabase::removeDatabase(name);
            }
        }
        connections.clear();
    }

    ~ThreadState()
    {
        // A QThread released its connections when it finished (see hookThreadEnd). What is left here
        // runs at process exit, possibly after QCoreApplication tore Qt SQL's globals down: touching
        // them then is a use after free, and the process is ending anyway.
        if (QCoreApplication::instance() && QThread::currentThread() != QCoreApplication::instance()->thread()) {
            release();
        }
    }
};

ThreadState &threadState()
{
    thread_local ThreadState state;
    return state;
}

/**
 * Thread-local destructors run after QThread::wait() returned, so a thread's connections could
 * be torn down while the main thread destroys QCoreApplication (and Qt SQL with it). QThread's
 * finished() is emitted on the thread itself before it ends: release there.
 */
void hookThreadEnd()
{
    ThreadState &ts = threadState();
    QThread *thread = QThread::currentThread();
    if (ts.hookedThreadEnd || !thread
        || (QCoreApplication::instance() && thread == QCoreApplication::instance()->thread())) {
        return;
    }
    ts.hookedThreadEnd = true;
    QObject::connect(
        thread, &QThread::finished, thread, []() { threadState().release(); }, Qt::DirectConnection);
}

/** The name of execUndurable()'s connection beside the thread's connection `name`. */
QString undurableName(const QString &name)
{
    return name + QStringLiteral("-undurable");
}

/** True for a plain SELECT (a read); anything else may write. */
bool isPlainSelect(const QString &sql)
{
    qsizetype i = 0;
    while (i < sql.size() && sql.at(i).isSpace()) {
        ++i;
    }
    return QStringView(sql).mid(i, 6).compare(QLatin1String("SELECT"), Qt::CaseInsensitive) == 0;
}

VoidResult execRaw(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        return Database::errorFrom(q, QStringLiteral("statement"));
    }
    return {};
}

} // namespace

/**
 * Group commit for a SQLite file. Connections commit with synchronous=NORMAL: the transaction is
 * appended to the WAL without waiting for the disk, and the write lock is released at once. Before
 * the committing call returns, waitDurable() makes sure that an fdatasync of the WAL which began
 * after that commit has finished. One waiting thread (the leader) syncs for every commit made so
 * far while the others wait for it, so concurrent commits share one disk flush instead of taking
 * turns holding the write lock across one flush each. Durability is that of synchronous=FULL: no
 * caller learns of success before its transaction's WAL frames are on disk, and WAL recovery
 * replays exactly the frames that are (checkpoints sync on their own under NORMAL).
 *
 * On PostgreSQL the server flushes its own WAL at every commit, except for the transactions of a
 * DeferredDurability scope: they commit with synchronous_commit off, and the flusher makes them
 * durable with one synchronous commit of its own (`flushServer`), which PostgreSQL can only
 * report once its WAL is on disk up to that commit, and so past every commit made before it.
 *
 * Commits made in a DeferredDurability scope do not wait: their ticket goes to whenDurable(), and
 * the flusher thread syncs for them (or finds a waiting leader's sync covered them) and calls them
 * back. The HTTP layer answers requests so, without parking an event loop on the disk. Before it
 * flushes, the flusher lets the scopes already open (requests being answered, validations being
 * recorded) end first, for at most a couple of milliseconds, so that one flush covers their
 * commits too: under load that halves the flushes and the wake-ups that come with each; a lone
 * client, with no other scope open, never waits.
 */
struct Database::GroupCommit
{
    ~GroupCommit()
    {
        {
            std::lock_guard<std::mutex> lock(mutex);
            stopping = true;
        }
        done.notify_all();
        scopeClosed.notify_all();
        if (flusher.joinable()) {
            flusher.join();
        }
        for (const int fd : {walFd, dbFd}) {
            if (fd >= 0) {
                ::close(fd);
            }
        }
    }

    QByteArray walFile;
    QByteArray dbFile;
    QByteArray dir;
    int walFd = -1; // the WAL, kept open by sync()
    int dbFd = -1; // the database file, opened by sync() only while there is no WAL, then kept
    std::mutex mutex;
    std::condition_variable done;
    quint64 committed = 0; // commits that asked to be made durable
    quint64 durable = 0; // of those, how many a finished fdatasync covers
    bool syncing = false;
    bool dirSynced = false;
    std::atomic<quint64> syncs {0};
    std::multimap<quint64, std::function<void(bool)>> deferred; // ticket -> callback
    bool stopping = false;
    std::thread flusher; // started with the first deferred ticket
    std::chrono::milliseconds gatherWindow {2};
    quint64 scopesOpened = 0;
    std::set<quint64> openScopes; // outermost DeferredDurability scopes open now, in opening order
    quint64 gatherUpTo = 0; // while gathering: the last scope to wait for
    bool gathering = false;
    std::condition_variable scopeClosed;
    std::function<int()> flushServer; // PostgreSQL: flushes the server's WAL; errno-like result, 0 when done

    /**
     * Before a flush (`lock` held): waits until every scope open now has ended (their commits,
     * if any, are counted by then) or gatherWindow has passed, whichever comes first.
     */
    void gather(std::unique_lock<std::mutex> &lock)
    {
        if (openScopes.empty()) {
            return;
        }
        gatherUpTo = scopesOpened;
        gathering = true;
        scopeClosed.wait_for(lock, gatherWindow, [this]() { return stopping || gathered(); });
        gathering = false;
    }
    bool gathered() const { return openScopes.empty() || *openScopes.begin() > gatherUpTo; }

    /**
     * Flushes, as the leader, for every commit counted so far; `lock` is held on entry and exit
     * and released around the flush. Returns errno or 0, and the last commit it covered.
     */
    std::pair<int, quint64> lead(std::unique_lock<std::mutex> &lock)
    {
        syncing = true;
        const quint64 target = committed;
        lock.unlock();
        const int error = sync();
        lock.lock();
        syncing = false;
        if (error == 0) {
            durable = qMax(durable, target);
        }
        done.notify_all();
        return {error, target};
    }

    /** The flusher thread: makes deferred commits durable and calls them back, in ticket order. */
    void flushDeferred()
    {
        std::unique_lock<std::mutex> lock(mutex);
        for (;;) {
            done.wait(lock, [this]() { return stopping || (!deferred.empty() && !syncing); });
            if (deferred.empty()) {
                return; // stopping
            }
            std::pair<int, quint64> flushed {0, durable};
            if (deferred.begin()->first > durable && !stopping) {
                gather(lock);
                // The lock was let go meanwhile, so a waiting committer may be leading a flush now:
                // one flush at a time (sync() keeps the WAL's descriptor), and it may cover these.
                done.wait(lock, [this]() { return stopping || !syncing; });
                if (deferred.begin()->first > durable && !stopping) {
                    flushed = lead(lock);
                }
            }
            // Durable ones succeed; when the flush failed (or the database is closing) the ones it
            // was for fail: their commits are in the WAL, but nobody may be told so.
            const bool ok = flushed.first == 0 && !stopping;
            std::vector<std::function<void(bool)>> calls;
            while (!deferred.empty()
                   && (deferred.begin()->first <= durable || (!ok && deferred.begin()->first <= flushed.second)
                       || stopping)) {
                calls.push_back(std::move(deferred.begin()->second));
                deferred.erase(deferred.begin());
            }
            lock.unlock();
            for (std::function<void(bool)> &call : calls) {
                call(ok);
            }
            lock.lock();
        }
    }

    /**
     * One flush of the WAL (or of the database file when no WAL exists). Returns errno or 0. One
     * flusher at a time (lead() runs it with `syncing` set), so `walFd` needs no lock of its own.
     */
    int sync()
    {
        if (flushServer) {
            ++syncs;
            return flushServer();
        }
        // The WAL stays open between flushes: open() and close() were two of every flush's four
        // system calls. SQLite deletes the WAL only when its last connection closes, after a
        // checkpoint that synchronous=NORMAL syncs into the database; a deleted WAL (no links
        // left) is let go here and the path opened again, as it was for every flush before.
        struct stat st;
        if (walFd >= 0 && (::fstat(walFd, &st) != 0 || st.st_nlink == 0)) {
            ::close(walFd);
            walFd = -1;
        }
        int fd = walFd;
        if (fd < 0) {
            fd = ::open(walFile.constData(), O_RDONLY | O_CLOEXEC);
            if (fd >= 0) {
                walFd = fd;
            } else if (errno == ENOENT) {
                // Never closed before the end: closing any descriptor on the database file would
                // drop the POSIX locks SQLite's connections in this process hold on it.
                if (dbFd < 0) {
                    dbFd = ::open(dbFile.constData(), O_RDONLY | O_CLOEXEC);
                }
                fd = dbFd;
            }
        }
        if (fd < 0) {
            return errno;
        }
        int error = ::fdatasync(fd) == 0 ? 0 : errno;
        ++syncs;
        if (error == 0 && !dirSynced) {
            // The WAL's directory entry, once: a new file must survive a power loss too.
            const int dfd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (dfd >= 0) {
                error = ::fsync(dfd) == 0 ? 0 : errno;
                ::close(dfd);
                dirSynced = error == 0;
            }
        }
        return error;
    }
};

/**
 * One writer at a time per SQLite database in this process, queued on a mutex. SQLite lets one
 * connection write at a time; a connection that finds the write lock taken sleeps in its busy
 * handler (1, 2, 5, 10 ... ms) and is not woken when the lock comes free. Under load that idled
 * half the machine: writers slept while nobody held the lock. Here they wait on a mutex instead
 * and the next one starts the moment the last one commits. Other processes on the same file (the
 * CLI, a console) still meet the busy handler. The wait is bounded: after the busy timeout the
 * caller goes on without its turn and SQLite decides, so no caller can deadlock on the mutex.
 */
class Database::WriterTurn
{
public:
    explicit WriterTurn(Database &db)
    {
        if (db.m_dialect == Dialect::Sqlite) {
            m_lock = std::unique_lock<std::timed_mutex>(db.m_writerTurn, std::defer_lock);
            (void)m_lock.try_lock_for(std::chrono::milliseconds(TurnTimeoutMs));
        }
    }
    void release()
    {
        if (m_lock.owns_lock()) {
            m_lock.unlock();
        }
    }

private:
    static constexpr int TurnTimeoutMs = 5000; // QSQLITE_BUSY_TIMEOUT's default
    std::unique_lock<std::timed_mutex> m_lock;
};

Database::~Database()
{
    if (m_memoryKeeper.isValid()) {
        const QString name = m_memoryKeeper.connectionName();
        m_memoryKeeper.close();
        m_memoryKeeper = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
}

namespace {

/**
 * Process-wide SQLite settings, made before the first connection initializes the library (Qt's
 * QSQLITE driver loads this same libsqlite3). Memory statistics off: with them on, every SQLite
 * allocation on every thread takes one global mutex (about 4% of the server's CPU under load;
 * nothing here reads the statistics). Too late (SQLITE_MISUSE) once SQLite is initialized, which
 * only costs the saving. Then the WAL write-combining VFS becomes the default.
 */
void configureSqliteOnce()
{
    static const int rc = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    if (rc != SQLITE_OK) {
        static std::once_flag told;
        std::call_once(told, [] { qCDebug(lcDatabase, "SQLite was initialized first: memory statistics stay on"); });
    }
    // Each commit's WAL frames in one write (WalWriteCombining.h); without it, two writes a page.
    static const bool combining = WalWriteCombining::install();
    if (!combining) {
        static std::once_flag told;
        std::call_once(told, [] { qCDebug(lcDatabase, "SQLite's default VFS is not unix: WAL writes not combined"); });
    }
}

} // namespace

Result<std::shared_ptr<Database>> Database::open(const QString &url)
{
    configureSqliteOnce();
    std::shared_ptr<Database> db(new Database);
    db->m_url = url;
    db->m_instanceTag = QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (url.startsWith(QLatin1String("sqlite:"))) {
        db->m_dialect = Dialect::Sqlite;
        const QString path = url.mid(7);
        if (path == QLatin1String(":memory:")) {
            db->m_sqliteMemoryName
                = QStringLiteral("file:anvil-mem-%1?mode=memory&cache=shared").arg(db->m_instanceTag);
        } else if (path.isEmpty()) {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("SQLite URL names no file"));
        } else {
            db->m_sqliteFile = QFileInfo(path).absoluteFilePath();
            db->m_groupCommit = std::make_unique<GroupCommit>();
            db->m_groupCommit->dbFile = QFile::encodeName(db->m_sqliteFile);
            db->m_groupCommit->walFile = db->m_groupCommit->dbFile + "-wal";
            db->m_groupCommit->dir = QFile::encodeName(QFileInfo(db->m_sqliteFile).absolutePath());
        }
    } else if (url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"))) {
        db->m_dialect = Dialect::Postgres;
        const QUrl u(url);
        if (!u.isValid() || u.host().isEmpty()) {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid PostgreSQL URL"));
        }
        db->m_pgHost = u.host();
        db->m_pgPort = u.port(5432);
        db->m_pgUser = u.userName();
        db->m_pgPassword = u.password();
        db->m_pgDatabase = u.path().mid(1);
        // ?schema=NAME keeps several Anvil installations (or test runs) apart in one database.
        const QString schema = QUrlQuery(u).queryItemValue(QStringLiteral("schema"));
        if (!schema.isEmpty()) {
            static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
            if (!valid.match(schema).hasMatch()) {
                return CoreError(CoreError::Code::Malformed, QStringLiteral("Invalid PostgreSQL schema name"));
            }
            db->m_pgSchema = schema;
        }
        // Transactions in DeferredDurability scopes commit without waiting for the server's WAL
        // flush; the flusher thread asks for one flush covering them all. A transaction commits
        // after a flush only when it wrote WAL of its own (a transaction id alone is not enough):
        // a transactional logical message is one small record, allowed to any role, whatever
        // wal_level, and nothing reads it unless logical decoding is set up.
        db->m_groupCommit = std::make_unique<GroupCommit>();
        Database *self = db.get(); // owns the group commit, which stops its flusher first
        db->m_groupCommit->flushServer = [self]() {
            QSqlDatabase connection = self->connection(); // the flusher thread's own
            if (VoidResult r = execRaw(connection, QStringLiteral("SELECT pg_logical_emit_message(true, 'anvil', '')"));
                !r) {
                qCWarning(lcDatabase) << "cannot flush PostgreSQL's WAL:" << r.error().toLogString();
                return EIO;
            }
            return 0;
        };
    } else {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Unknown database URL; use sqlite:/path/file.db or postgresql://..."));
    }

    if (!db->m_sqliteMemoryName.isEmpty()) {
        // A shared-cache in-memory database lives as long as one connection to it is open.
        db->m_memoryKeeper = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("anvil-%1-keeper").arg(db->m_instanceTag));
        db->m_memoryKeeper.setDatabaseName(db->m_sqliteMemoryName);
        db->m_memoryKeeper.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI"));
        if (!db->m_memoryKeeper.open()) {
            return CoreError(CoreError::Code::Storage, QStringLiteral("Cannot open the database"),
                             db->m_memoryKeeper.lastError().text());
        }
    }

    QSqlDatabase conn = db->connection();
    if (!conn.isOpen()) {
        return CoreError(CoreError::Code::Storage, QStringLiteral("Cannot open the database %1").arg(db->redactedUrl()),
                         conn.lastError().text());
    }
    return db;
}

QString Database::redactedUrl() const
{
    if (m_dialect != Dialect::Postgres) {
        return m_url;
    }
    QUrl u(m_url);
    if (!u.password().isEmpty()) {
        u.setPassword(QStringLiteral("***"));
    }
    return u.toString();
}

QString Database::connectionName() const
{
    // Asked for by every statement: built once per thread and database.
    QString &name = threadState().connectionNames[m_instanceTag];
    if (name.isEmpty()) {
        name = QStringLiteral("anvil-%1-t%2").arg(m_instanceTag).arg(threadState().id);
    }
    return name;
}

QSqlDatabase Database::connection()
{
    return connection(connectionName(), Commits::Durable);
}

QSqlDatabase Database::connection(const QString &name, Commits commits)
{
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen()) {
            return db;
        }
        // A PostgreSQL connection can drop (server restart): reopen it once.
        threadState().statements.remove(name);
        if (db.open()) {
            (void)configureConnection(db, commits);
        }
        return db;
    }
    QSqlDatabase db;
    if (m_dialect == Dialect::Sqlite) {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        if (!m_sqliteMemoryName.isEmpty()) {
            db.setDatabaseName(m_sqliteMemoryName);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            db.setDatabaseName(m_sqliteFile);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_pgHost);
        db.setPort(m_pgPort);
        db.setUserName(m_pgUser);
        db.setPassword(m_pgPassword);
        db.setDatabaseName(m_pgDatabase);
        QString options = QStringLiteral("connect_timeout=10");
        if (!m_pgSchema.isEmpty()) {
            options += QStringLiteral(";options=-csearch_path=%1").arg(m_pgSchema);
        }
        db.setConnectOptions(options);
    }
    threadState().connections << name;
    hookThreadEnd();
    if (!db.open()) {
        qCWarning(lcDatabase) << "cannot open" << redactedUrl() << db.lastError().text();
        return db;
    }
    if (VoidResult r = configureConnection(db, commits); !r) {
        qCWarning(lcDatabase) << "cannot configure connection" << r.error().toLogString();
    }
    return db;
}

void Database::releaseThreadConnection()
{
    const QString durable = connectionName();
    for (const QString &name : {durable, undurableName(durable)}) {
        threadState().statements.remove(name);
        if (QSqlDatabase::contains(name)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                SqliteStatement::finalizeAll(db);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
            threadState().connections.removeAll(name);
        }
    }
}

VoidResult Database::configureConnection(QSqlDatabase &db, Commits commits)
{
    if (m_dialect == Dialect::Sqlite) {
        if (m_sqliteMemoryName.isEmpty()) {
            if (VoidResult r = execRaw(db, QStringLiteral("PRAGMA journal_mode=WAL")); !r) {
                return r;
            }
            // Durable commits: a certificate a client received must survive power loss. NORMAL does
            // not wait for the disk at COMMIT; every commit then waits in waitDurable() for a
            // group fdatasync of the WAL, so nothing is answered before it is on disk.
            if (VoidResult r = execRaw(db, QStringLiteral("PRAGMA synchronous=NORMAL")); !r) {
                return r;
            }
        }
        return execRaw(db, QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    if (commits == Commits::Undurable) {
        if (VoidResult r = execRaw(db, QStringLiteral("SET synchronous_commit TO off")); !r) {
            return r;
        }
    }
    return execRaw(db, QStringLiteral("SET TIME ZONE 'UTC'"));
}

QString Database::translate(const QString &sql) const
{
    QString out = sql;
    if (m_dialect == Dialect::Sqlite) {
        out.replace(QLatin1String("{BLOB}"), QLatin1String("BLOB"));
        out.replace(QLatin1String("{SERIAL_PK}"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    } else {
        out.replace(QLatin1String("{BLOB}"), QLatin1String("BYTEA"));
        out.replace(QLatin1String("{SERIAL_PK}"), QLatin1String("BIGSERIAL PRIMARY KEY"));
    }
    return out;
}

int Database::latestVersion()
{
    return int(Migrations::versions().size());
}

Result<int> Database::schemaVersion()
{
    Result<QSqlQuery> exists
        = exec(isSqlite() ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")
                          : QStringLiteral("SELECT CASE WHEN to_regclass('meta') IS NULL THEN 0 ELSE 1 END"));
    if (!exists) {
        return exists.error();
    }
    if (!exists->next() || exists->value(0).toInt() == 0) {
        return 0;
    }
    Result<QSqlQuery> q = exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'"));
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return 0;
    }
    return q->value(0).toInt();
}

VoidResult Database::migrate(int target)
{
    const int latest = latestVersion();
    if (target < 0) {
        target = latest;
    }
    if (target > latest) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Unknown schema version %1").arg(target));
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return CoreError(CoreError::Code::Storage, QStringLiteral("Database is not open"), db.lastError().text());
    }
    if (VoidResult r = execRaw(db,
                               QStringLiteral("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, "
                                              "value TEXT NOT NULL)"));
        !r) {
        return r;
    }
    for (;;) {
        bool done = false;
        VoidResult step = transaction([&]() -> VoidResult {
            if (m_dialect == Dialect::Postgres) {
                // Several nodes may start at once: one migrates, the others wait and see it done.
                if (VoidResult r = execRaw(db, QStringLiteral("SELECT pg_advisory_xact_lock(727274)")); !r) {
                    return r;
                }
            }
            Result<int> current = schemaVersion();
            if (!current) {
                return current.error();
            }
            if (*current > latest) {
                return CoreError(CoreError::Code::Conflict,
                                 QStringLiteral("The database schema (version %1) is newer than this Anvil (%2)")
                                     .arg(*current)
                                     .arg(latest));
            }
            if (*current >= target) {
                done = true;
                return {};
            }
            const int next = *current + 1;
            for (const QString &statement : Migrations::versions().at(next - 1)) {
                QSqlQuery q(db);
                if (!q.exec(translate(statement))) {
                    return errorFrom(q, QStringLiteral("migration to version %1").arg(next));
                }
            }
            Result<QSqlQuery> upd
                = exec(*current == 0 ? QStringLiteral("INSERT INTO meta (key, value) VALUES ('schema_version', :v)")
                                     : QStringLiteral("UPDATE meta SET value = :v WHERE key = 'schema_version'"),
                       {{QStringLiteral("v"), QString::number(next)}});
            if (!upd) {
                return upd.error();
            }
            qCInfo(lcDatabase) << "migrated schema to version" << next;
            return {};
        });
        if (!step) {
            return step;
        }
        if (done) {
            return {};
        }
    }
}

VoidResult Database::transaction(const std::function<VoidResult()> &work)
{
    QSqlDatabase db = connection();
    int &depth = threadState().depth[m_instanceTag];
    if (depth > 0) {
        ++depth;
        VoidResult r = work();
        --depth;
        return r;
    }
    // No read snapshot may be open on this connection when the write transaction starts.
    finishCachedStatements();
    // IMMEDIATE takes the write lock up front, so two writers never deadlock on a lock upgrade.
    m_statements.fetch_add(2, std::memory_order_relaxed); // BEGIN, and COMMIT or ROLLBACK
    WriterTurn turn(*this);
    QString begin = isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN");
    if (!isSqlite() && threadState().deferDepth.value(m_instanceTag) > 0) {
        // The flusher makes it durable (see GroupCommit); the caller waits in whenDurable(). One
        // round trip: PostgreSQL runs both statements of one simple query in order.
        begin += QStringLiteral("; SET LOCAL synchronous_commit TO off");
    }
    if (VoidResult r = execRaw(db, begin); !r) {
        if (!isSqlite()) {
            (void)execRaw(db, QStringLiteral("ROLLBACK")); // BEGIN may have run without the SET
        }
        return r;
    }
    depth = 1;
    VoidResult result = work();
    depth = 0;
    // Taken now, so that a callback which starts a transaction of its own starts a fresh list.
    std::vector<std::function<void()>> committed = std::move(threadState().afterCommit[m_instanceTag]);
    threadState().afterCommit.remove(m_instanceTag);
    if (!result) {
        (void)execRaw(db, QStringLiteral("ROLLBACK"));
        return result;
    }
    if (VoidResult r = execRaw(db, QStringLiteral("COMMIT")); !r) {
        (void)execRaw(db, QStringLiteral("ROLLBACK"));
        return r;
    }
    turn.release(); // the flush below is shared with the writers after this one
    m_commits.fetch_add(1, std::memory_order_relaxed);
    for (const std::function<void()> &call : committed) {
        call();
    }
    return commitDurably();
}

bool Database::inTransaction() const
{
    return threadState().depth.value(m_instanceTag) > 0;
}

void Database::afterCommit(std::function<void()> work)
{
    if (!inTransaction()) {
        work();
        return;
    }
    threadState().afterCommit[m_instanceTag].push_back(std::move(work));
}

VoidResult Database::commitDurably()
{
    if (!m_groupCommit) {
        return {};
    }
    ThreadState &ts = threadState();
    if (ts.deferDepth.value(m_instanceTag) > 0) {
        std::lock_guard<std::mutex> lock(m_groupCommit->mutex);
        ts.deferredTicket[m_instanceTag] = ++m_groupCommit->committed;
        return {};
    }
    if (m_dialect == Dialect::Postgres) {
        return {}; // the server flushed before COMMIT returned
    }
    return waitDurable();
}

Database::DeferredDurability::DeferredDurability(Database &db)
    : m_db(db)
{
    ThreadState &ts = threadState();
    if (ts.deferDepth[m_db.m_instanceTag]++ == 0) {
        ts.deferredTicket[m_db.m_instanceTag] = 0;
        if (m_db.m_groupCommit) {
            GroupCommit &g = *m_db.m_groupCommit;
            std::lock_guard<std::mutex> lock(g.mutex);
            m_scope = ++g.scopesOpened;
            g.openScopes.insert(m_scope);
        }
    }
}

Database::DeferredDurability::~DeferredDurability()
{
    --threadState().deferDepth[m_db.m_instanceTag];
    if (m_scope != 0) {
        GroupCommit &g = *m_db.m_groupCommit;
        std::lock_guard<std::mutex> lock(g.mutex);
        g.openScopes.erase(m_scope);
        if (g.gathering && g.gathered()) {
            g.scopeClosed.notify_all();
        }
    }
}

quint64 Database::DeferredDurability::ticket() const
{
    return threadState().deferredTicket.value(m_db.m_instanceTag);
}

void Database::whenDurable(quint64 ticket, std::function<void(bool)> done)
{
    if (!m_groupCommit || ticket == 0) {
        done(true);
        return;
    }
    GroupCommit &g = *m_groupCommit;
    std::unique_lock<std::mutex> lock(g.mutex);
    if (g.durable >= ticket) {
        lock.unlock();
        done(true);
        return;
    }
    g.deferred.emplace(ticket, std::move(done));
    if (!g.flusher.joinable()) {
        g.flusher = std::thread([&g]() { g.flushDeferred(); });
    }
    g.done.notify_all();
}

VoidResult Database::waitDurable()
{
    if (!m_groupCommit) {
        return {};
    }
    GroupCommit &g = *m_groupCommit;
    std::unique_lock<std::mutex> lock(g.mutex);
    const quint64 ticket = ++g.committed;
    while (g.durable < ticket) {
        if (g.syncing) {
            g.done.wait(lock);
            continue;
        }
        // Lead: flush for every commit counted so far (each was in the WAL before it was counted).
        const int error = g.lead(lock).first;
        if (error != 0) {
            return CoreError(CoreError::Code::Storage, QStringLiteral("Cannot flush the database to disk"),
                             QStringLiteral("fdatasync %1: %2")
                                 .arg(QFile::decodeName(g.walFile), QString::fromLocal8Bit(std::strerror(error))));
        }
    }
    return {};
}

void Database::setFlushGatherWindow(std::chrono::milliseconds window)
{
    if (m_groupCommit) {
        std::lock_guard<std::mutex> lock(m_groupCommit->mutex);
        m_groupCommit->gatherWindow = window;
    }
}

quint64 Database::groupCommitSyncs() const
{
    return m_groupCommit ? m_groupCommit->syncs.load() : 0;
}

Database::Counters Database::counters() const
{
    return Counters {m_statements.load(std::memory_order_relaxed), m_commits.load(std::memory_order_relaxed)};
}

Database::StatementScope::StatementScope(Database &db)
    : m_db(db)
{
    ++threadState().scopes[m_db.m_instanceTag];
}

Database::StatementScope::~StatementScope()
{
    int &depth = threadState().scopes[m_db.m_instanceTag];
    if (--depth == 0) {
        m_db.finishCachedStatements();
    }
}

void Database::finishCachedStatements()
{
    // Each cached statement ends the one run before it (exec()), so only the last can be active.
    ThreadState &ts = threadState();
    const QString name = connectionName();
    auto it = ts.statements.find(name);
    if (it == ts.statements.end()) {
        return;
    }
    auto last = it->find(ts.lastStatement.value(name));
    if (last != it->end() && last->isActive()) {
        last->finish();
    }
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantMap &args)
{
    ThreadState &ts = threadState();
    QSqlQuery q;
    if (ts.scopes.value(m_instanceTag) > 0) {
        const QString name = connectionName();
        QHash<QString, QSqlQuery> &cache = ts.statements[name];
        auto cached = cache.find(sql);
        if (cached == cache.end()) {
            Result<QSqlQuery> fresh = prepare(connection(), sql, true);
            if (!fresh) {
                return fresh.error();
            }
            cached = cache.insert(sql, std::move(fresh).value());
        }
        // A statement left mid-result keeps its connection in an old read snapshot, and SQLite then
        // refuses the next write on that connection at once (SQLITE_BUSY_SNAPSHOT, "database is
        // locked", no busy wait). Callers are done with a result before they run the next
        // statement, so end the others' results here, as destroying an uncached query did. Each
        // statement ends the one before it, so only the last one run can still be active.
        QString &last = ts.lastStatement[name];
        if (last != sql) {
            auto previous = cache.find(last);
            if (previous != cache.end() && previous->isActive()) {
                previous->finish();
            }
            last = sql;
        }
        // A copy shares the cached statement's result (what the cache is for); Qt deprecates copies
        // only because that sharing surprises callers who expect two independent queries.
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        q = *cached;
        QT_WARNING_POP
    } else {
        Result<QSqlQuery> fresh = prepare(connection(), sql, false);
        if (!fresh) {
            return fresh.error();
        }
        q = std::move(fresh).value();
    }
    const bool autocommitWrite = ts.depth.value(m_instanceTag) == 0 && !isPlainSelect(sql);
    Result<QSqlQuery> result = run(q, args, autocommitWrite);
    if (result && m_groupCommit && autocommitWrite && isSqlite()) {
        // A write outside a transaction committed on its own: make it durable before returning.
        if (VoidResult r = commitDurably(); !r) {
            return r.error();
        }
    }
    return result;
}

Result<QSqlQuery> Database::execUndurable(const QString &sql, const QVariantMap &args)
{
    if (m_dialect != Dialect::Postgres) {
        return exec(sql, args);
    }
    const QString name = undurableName(connectionName());
    // First: a connection found closed is opened again, and its prepared statements forgotten.
    const QSqlDatabase db = connection(name, Commits::Undurable);
    QHash<QString, QSqlQuery> &cache = threadState().statements[name];
    auto cached = cache.find(sql);
    if (cached == cache.end()) {
        Result<QSqlQuery> fresh = prepare(db, sql, true);
        if (!fresh) {
            return fresh.error();
        }
        cached = cache.insert(sql, std::move(fresh).value());
    }
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    QSqlQuery q = *cached; // shares the prepared statement, as in exec()
    QT_WARNING_POP
    return run(q, args, !isPlainSelect(sql)); // a write here always commits on its own
}

Result<QSqlQuery> Database::prepare(const QSqlDatabase &db, const QString &sql, bool reused)
{
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery q = SqliteStatement::prepare(db, sql, reused);
        if (q.lastError().isValid()) {
            return errorFrom(q, QStringLiteral("prepare"));
        }
        return q;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return errorFrom(q, QStringLiteral("prepare"));
    }
    return q;
}

Result<QSqlQuery> Database::run(QSqlQuery &q, const QVariantMap &args, bool autocommitWrite)
{
    if (SqliteStatement *statement = SqliteStatement::of(q)) {
        statement->bind(args); // a null QString binds as "" there too
    } else {
        for (auto it = args.cbegin(); it != args.cend(); ++it) {
            // A null QString is a value ("" in TEXT NOT NULL columns); SQL NULL is an invalid QVariant.
            const QVariant &v = it.value();
            if (v.typeId() == QMetaType::QString && v.toString().isNull()) {
                q.bindValue(QLatin1Char(':') + it.key(), QStringLiteral(""));
            } else {
                q.bindValue(QLatin1Char(':') + it.key(), v);
            }
        }
    }
    m_statements.fetch_add(1, std::memory_order_relaxed);
    {
        std::optional<WriterTurn> turn;
        if (autocommitWrite) {
            turn.emplace(*this);
        }
        if (!q.exec()) {
            return errorFrom(q, QStringLiteral("query"));
        }
    }
    if (autocommitWrite) {
        m_commits.fetch_add(1, std::memory_order_relaxed);
    }
    return q;
}

CoreError Database::errorFrom(const QSqlQuery &query, const QString &what)
{
    const QSqlError e = query.lastError();
    const CoreError::Code code = isUniqueViolation(query) ? CoreError::Code::Conflict : CoreError::Code::Storage;
    return CoreError(code, QStringLiteral("Database error"),
                     QStringLiteral("%1 failed: %2 [%3]").arg(what, e.text(), query.lastQuery()));
}

bool Database::isUniqueViolation(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    const QString native = e.nativeErrorCode();
    // SQLite: 2067 SQLITE_CONSTRAINT_UNIQUE, 1555 SQLITE_CONSTRAINT_PRIMARYKEY (19 generic); PostgreSQL: 23505.
    return native == QLatin1String("2067") || native == QLatin1String("1555") || native == QLatin1String("23505")
        || e.text().contains(QLatin1String("UNIQUE constraint failed"), Qt::CaseInsensitive);
}

Result<QString> Database::integrityCheck()
{
    if (m_dialect == Dialect::Postgres) {
        Result<QSqlQuery> q = exec(QStringLiteral("SELECT 1"));
        if (!q) {
            return q.error();
        }
        return QStringLiteral("ok");
    }
    Result<QSqlQuery> q = exec(QStringLiteral("PRAGMA integrity_check"));
    if (!q) {
        return q.error();
    }
    QStringList lines;
    while (q->next()) {
        lines << q->value(0).toString();
    }
    return lines.join(QLatin1Char('\n'));
}
