// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include "core/storage/SqliteStatement.h"
#include "tests/core/crypto/OpenSslCli.h" // VERIFY_OK
#include "tests/support/OpenScope.h"
#include "tests/support/TestDatabases.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void migratesFromEmpty_data();
    void migratesFromEmpty();
    void migratesFromEachEarlierVersion_data();
    void migratesFromEachEarlierVersion();
    void migrationKeepsTheOldestOfDuplicateAlternateChains_data();
    void migrationKeepsTheOldestOfDuplicateAlternateChains();
    void failedTransactionLeavesNothing_data();
    void failedTransactionLeavesNothing();
    void uniqueViolationIsConflict_data();
    void uniqueViolationIsConflict();
    void sqliteFileUsesWalAndForeignKeys();
    void sqliteStatementsRunOnTheConnectionsHandle_data();
    void sqliteStatementsRunOnTheConnectionsHandle();
    void statusReadersUseTheirPartialIndexes_data();
    void statusReadersUseTheirPartialIndexes();
    void sqliteWriteReturnsOnlyAfterAFlush();
    void concurrentSqliteCommitsShareFlushes();
    void flushesTheWalThatExistsNow();
    void flushesTheDatabaseFileWhenThereIsNoWal();
    void deferredCommitsAreCalledBackOnceFlushed();
    void deferredCommitsFailWhenTheDatabaseCloses();
    void deferredFlushWaitsForTheScopesUnderWay();
    void deferredFlushWaitsForNobodyWhenNoScopeIsOpen();
    void deferredFlushWaitsNoLongerThanItsWindow();
    void afterCommitRunsOnlyOnceCommitted();
    void undurableWriteCommitsAloneWithoutWaitingForTheFlush();
    void deferredPostgresTransactionIsCalledBackOnceTheFlusherFlushed();
    void eachThreadGetsItsOwnConnection();
    void rejectsUnknownUrl();
    void redactsPassword();
};

static void addBackends()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

void TestDatabase::migratesFromEmpty_data()
{
    addBackends();
}

void TestDatabase::migratesFromEmpty()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend, false);
    QVERIFY(db);
    QCOMPARE(*db->schemaVersion(), 0);
    QVERIFY(db->migrate().isOk());
    QCOMPARE(*db->schemaVersion(), Database::latestVersion());
    // Migrating again is a no-op.
    QVERIFY(db->migrate().isOk());
    QCOMPARE(*db->schemaVersion(), Database::latestVersion());
    // The tables the mission needs exist.
    for (const char *table : {"settings", "aliases", "cas", "certificate_profiles", "end_entity_profiles",
                              "end_entities", "accounts", "orders", "authorizations", "challenges", "certificates",
                              "eab_keys", "tos_versions", "approval_requests", "nonces", "audit_log"}) {
        Result<QSqlQuery> q = db->exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        QVERIFY2(q.isOk(), table);
    }
    QCOMPARE(*db->integrityCheck(), QStringLiteral("ok"));
}

void TestDatabase::migratesFromEachEarlierVersion_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("from");
    for (const QString &b : TestDatabases::backends()) {
        for (int v = 1; v < Database::latestVersion(); ++v) {
            QTest::addRow("%s from version %d", qPrintable(b), v) << b << v;
        }
    }
    if (Database::latestVersion() == 1) {
        QTest::addRow("only one version so far") << QStringLiteral("sqlite") << 0;
    }
}

void TestDatabase::migratesFromEachEarlierVersion()
{
    QFETCH(QString, backend);
    QFETCH(int, from);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend, false);
    QVERIFY(db);
    QVERIFY(db->migrate(from).isOk());
    QCOMPARE(*db->schemaVersion(), from);
    QVERIFY(db->migrate().isOk());
    QCOMPARE(*db->schemaVersion(), Database::latestVersion());
}

void TestDatabase::migrationKeepsTheOldestOfDuplicateAlternateChains_data()
{
    addBackends();
}

void TestDatabase::migrationKeepsTheOldestOfDuplicateAlternateChains()
{
    // Version 12 makes (ca_id, root_subject_dn) unique; a database where a race stored a chain
    // twice must still migrate, keeping the chain clients were served first.
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend, false);
    QVERIFY(db);
    VERIFY_OK(db->migrate(11));
    VERIFY_OK(db->exec(QStringLiteral("INSERT INTO cas (id, name, subject_dn, cert_der, key_type, serial, not_before, "
                                      "not_after, created_at) VALUES ('ca', 'CA', 'CN=CA', :der, 'EC:P-256', '01', 0, "
                                      "1, 0)"),
                       {{QStringLiteral("der"), QByteArray("der")}}));
    const struct
    {
        const char *id;
        const char *root;
        qint64 at;
    } rows[] = {{"b", "CN=Other", 2000},
                {"a", "CN=Other", 2000},
                {"c", "CN=Other", 1000},
                {"d", "CN=Third", 3000},
                {"e", "CN=Third", 4000}};
    for (const auto &row : rows) {
        VERIFY_OK(db->exec(QStringLiteral("INSERT INTO ca_chains (id, ca_id, root_subject_dn, chain_pem, created_at) "
                                          "VALUES (:id, 'ca', :root, 'PEM', :at)"),
                           {{QStringLiteral("id"), QString::fromLatin1(row.id)},
                            {QStringLiteral("root"), QString::fromLatin1(row.root)},
                            {QStringLiteral("at"), row.at}}));
    }
    VERIFY_OK(db->migrate());
    Result<QSqlQuery> left = db->exec(QStringLiteral("SELECT id FROM ca_chains ORDER BY id"));
    QVERIFY(left.isOk());
    QStringList ids;
    while (left->next()) {
        ids << left->value(0).toString();
    }
    QCOMPARE(ids, QStringList({QStringLiteral("c"), QStringLiteral("d")}));
    const Result<QSqlQuery> again = db->exec(QStringLiteral("INSERT INTO ca_chains (id, ca_id, root_subject_dn, "
                                                            "chain_pem, created_at) VALUES ('f', 'ca', 'CN=Other', "
                                                            "'PEM', 5000)"));
    QVERIFY(!again.isOk());
    QCOMPARE(again.error().code(), CoreError::Code::Conflict);
}

void TestDatabase::failedTransactionLeavesNothing_data()
{
    addBackends();
}

void TestDatabase::failedTransactionLeavesNothing()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    VoidResult r = db->transaction([&]() -> VoidResult {
        Result<QSqlQuery> q = db->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) "
                                                      "VALUES ('a', '1', 0)"));
        if (!q) {
            return q.error();
        }
        return CoreError(CoreError::Code::Internal, QStringLiteral("second step failed"));
    });
    QVERIFY(!r.isOk());
    Result<QSqlQuery> q = db->exec(QStringLiteral("SELECT count(*) FROM settings"));
    QVERIFY(q.isOk());
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 0);
}

void TestDatabase::uniqueViolationIsConflict_data()
{
    addBackends();
}

void TestDatabase::uniqueViolationIsConflict()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    const QString sql = QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('k', 'v', 0)");
    QVERIFY(db->exec(sql).isOk());
    Result<QSqlQuery> second = db->exec(sql);
    QVERIFY(!second.isOk());
    QCOMPARE(second.error().code(), CoreError::Code::Conflict);
    // The client-safe detail never carries SQL.
    QVERIFY(!second.error().detail().contains(QLatin1String("INSERT")));
    QVERIFY(second.error().internalDetail().contains(QLatin1String("INSERT")));
}

void TestDatabase::sqliteFileUsesWalAndForeignKeys()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::shared_ptr<Database>> db
        = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("a.db")));
    QVERIFY(db.isOk());
    QVERIFY((*db)->migrate().isOk());
    Result<QSqlQuery> mode = (*db)->exec(QStringLiteral("PRAGMA journal_mode"));
    QVERIFY(mode.isOk() && mode->next());
    QCOMPARE(mode->value(0).toString(), QStringLiteral("wal"));
    Result<QSqlQuery> fk = (*db)->exec(QStringLiteral("PRAGMA foreign_keys"));
    QVERIFY(fk.isOk() && fk->next());
    QCOMPARE(fk->value(0).toInt(), 1);
    // A foreign key is enforced: an order for an account that does not exist is refused.
    Result<QSqlQuery> orphan = (*db)->exec(
        QStringLiteral("INSERT INTO orders (id, account_id, alias, status, identifiers, expires, created_at, "
                       "updated_at) VALUES ('o', 'nobody', 'a', 'pending', '[]', 0, 0, 0)"));
    QVERIFY(!orphan.isOk());
}

void TestDatabase::sqliteStatementsRunOnTheConnectionsHandle_data()
{
    addBackends();
}

void TestDatabase::sqliteStatementsRunOnTheConnectionsHandle()
{
    // Issue #6: on SQLite every statement, cached in a scope or not, is a SqliteStatement (about
    // 3 µs less than Qt's own result each); PostgreSQL keeps Qt's driver.
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    const bool direct = backend == QLatin1String("sqlite");
    Result<QSqlQuery> alone = db->exec(QStringLiteral("SELECT count(*) FROM settings"));
    QVERIFY(alone.isOk());
    QCOMPARE(SqliteStatement::of(*alone) != nullptr, direct);
    Database::StatementScope scope(*db);
    for (int i = 0; i < 2; ++i) {
        Result<QSqlQuery> cached = db->exec(QStringLiteral("SELECT count(*) FROM settings WHERE key = :k"),
                                            {{QStringLiteral("k"), QStringLiteral("x")}});
        QVERIFY(cached.isOk() && cached->next());
        QCOMPARE(cached->value(0).toInt(), 0);
        QCOMPARE(SqliteStatement::of(*cached) != nullptr, direct);
    }
}

void TestDatabase::statusReadersUseTheirPartialIndexes_data()
{
    // The readers' statements (OrderRepository, CertificateRepository, DashboardCatalog) of the
    // indexes that version 11 dropped or made partial: none scans its table. Each names its status
    // as a literal, which is what lets SQLite prove that a partial index covers it.
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("index");
    QTest::newRow("orders left processing")
        << "SELECT id FROM orders WHERE status = 'processing' ORDER BY updated_at LIMIT 10"
        << "orders_status_created";
    QTest::newRow("held orders")
        << "SELECT id FROM orders WHERE status = 'processing' AND approval_id IS NOT NULL ORDER BY updated_at LIMIT 10"
        << "orders_status_created";
    QTest::newRow("replaced certificate") << "SELECT 1 FROM orders WHERE replaces = 'c' AND id <> 'o' LIMIT 1"
                                          << "orders_replaces";
    QTest::newRow("stale validations")
        << "SELECT id FROM challenges WHERE status = 'processing' AND updated_at < 5 ORDER BY updated_at LIMIT 10"
        << "challenges_processing";
    QTest::newRow("failed validations per day")
        << "SELECT updated_at / 86400000, count(*) FROM challenges WHERE status = 'invalid' AND updated_at >= 0 "
           "GROUP BY updated_at / 86400000"
        << "challenges_invalid";
    QTest::newRow("recent failures")
        << "SELECT c.updated_at FROM challenges c JOIN authorizations a ON a.id = c.authz_id "
           "WHERE c.status = 'invalid' ORDER BY c.updated_at DESC LIMIT 8"
        << "challenges_invalid";
    QTest::newRow("reusable authorization")
        << "SELECT id FROM authorizations WHERE account_id = 'a' AND identifier_type = 'dns' AND identifier_value = "
           "'x.test' AND status = 'valid' AND alias = 'acme' AND wildcard = 0 AND expires > 5 ORDER BY expires DESC "
           "LIMIT 1"
        << "authz_reuse";
    QTest::newRow("failed validations of an identifier")
        << "SELECT COUNT(*) FROM authorizations WHERE account_id = 'a' AND identifier_type = 'dns' AND "
           "identifier_value = 'x.test' AND status = 'invalid' AND updated_at > 5"
        << "authz_reuse";
    QTest::newRow("pending authorizations of an account")
        << "SELECT COUNT(*) FROM authorizations WHERE account_id = 'a' AND status = 'pending' AND expires > 5"
        << "authz_pending";
    QTest::newRow("a CA's revoked certificates")
        << "SELECT id FROM certificates WHERE ca_id = 'ca' AND status = 'revoked' ORDER BY created_at, id"
        << "certificates_status_created";
    QTest::newRow("a CA's revoked certificates counted")
        << "SELECT count(*) FROM certificates WHERE ca_id = 'ca' AND status = 'revoked'"
        << "certificates_status_created";
}

void TestDatabase::statusReadersUseTheirPartialIndexes()
{
    QFETCH(QString, sql);
    QFETCH(QString, index);
    std::shared_ptr<Database> db = TestDatabases::memory();
    QVERIFY(db);
    Result<QSqlQuery> plan = db->exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql);
    QVERIFY2(plan.isOk(), plan ? "" : qPrintable(plan.error().toLogString()));
    QStringList steps;
    while (plan->next()) {
        steps << plan->value(3).toString();
    }
    const QString joined = steps.join(QLatin1String("; "));
    QVERIFY2(joined.contains(QRegularExpression(QStringLiteral("\\bINDEX %1\\b").arg(index))), qPrintable(joined));
}

/** A SQLite file database in `dir` with one table t (v INTEGER), or null. */
static std::shared_ptr<Database> fileWithTable(const QTemporaryDir &dir)
{
    Result<std::shared_ptr<Database>> db
        = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("a.db")));
    if (!db || !(*db)->exec(QStringLiteral("CREATE TABLE t (v INTEGER)")).isOk()) {
        return nullptr;
    }
    return *db;
}

/** Inserts v into t in a transaction of its own. */
static VoidResult insertInTransaction(Database &db, int v)
{
    return db.transaction([&]() -> VoidResult {
        Result<QSqlQuery> q = db.exec(QStringLiteral("INSERT INTO t (v) VALUES (:v)"), {{QStringLiteral("v"), v}});
        return q ? VoidResult() : VoidResult(q.error());
    });
}

void TestDatabase::sqliteWriteReturnsOnlyAfterAFlush()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::shared_ptr<Database> db = fileWithTable(dir);
    QVERIFY(db);
    quint64 syncs = db->groupCommitSyncs();
    QVERIFY(insertInTransaction(*db, 1).isOk());
    QCOMPARE(db->groupCommitSyncs(), syncs + 1); // a transaction: one flush after COMMIT
    QVERIFY(db->exec(QStringLiteral("UPDATE t SET v = 2")).isOk());
    QCOMPARE(db->groupCommitSyncs(), syncs + 2); // a write outside a transaction: flushed too
    Result<QSqlQuery> read = db->exec(QStringLiteral("SELECT v FROM t"));
    QVERIFY(read.isOk() && read->next());
    QCOMPARE(read->value(0).toInt(), 2);
    QCOMPARE(db->groupCommitSyncs(), syncs + 2); // a read waits for no disk
    Result<std::shared_ptr<Database>> memory = Database::open(QStringLiteral("sqlite::memory:"));
    QVERIFY(memory.isOk());
    QVERIFY((*memory)->exec(QStringLiteral("CREATE TABLE t (v INTEGER)")).isOk());
    QCOMPARE((*memory)->groupCommitSyncs(), quint64(0));
}

static const QString kSynchronousCommit = QStringLiteral("SELECT current_setting('synchronous_commit')");

void TestDatabase::undurableWriteCommitsAloneWithoutWaitingForTheFlush()
{
    if (!TestDatabases::backends().contains(QStringLiteral("postgresql"))) {
        QSKIP("PostgreSQL not configured");
    }
    std::shared_ptr<Database> db = TestDatabases::fresh(QStringLiteral("postgresql"));
    QVERIFY(db);
    QCOMPARE(TestDatabases::firstValue(db->execUndurable(kSynchronousCommit)).toString(), QStringLiteral("off"));
    QCOMPARE(TestDatabases::firstValue(db->exec(kSynchronousCommit)).toString(),
             TestDatabases::firstValue(
                 db->exec(QStringLiteral("SELECT reset_val FROM pg_settings WHERE name = 'synchronous_commit'")))
                 .toString());

    // Its own commit: a transaction open on the thread that rolls back does not take it along, and
    // another node sees it at once.
    Result<std::shared_ptr<Database>> other = Database::open(db->url());
    QVERIFY(other);
    const Database::Counters before = db->counters();
    VoidResult rolledBack = db->transaction([&]() -> VoidResult {
        if (Result<QSqlQuery> q = db->exec(QStringLiteral("INSERT INTO nonces (value, expires) VALUES ('in-tx', 1)"));
            !q) {
            return q.error();
        }
        if (Result<QSqlQuery> q
            = db->execUndurable(QStringLiteral("INSERT INTO nonces (value, expires) VALUES ('alone', 1)"));
            !q) {
            return q.error();
        }
        return CoreError(CoreError::Code::Internal, QStringLiteral("roll back"));
    });
    QVERIFY(!rolledBack);
    Result<QSqlQuery> seen = (*other)->exec(QStringLiteral("SELECT value FROM nonces ORDER BY value"));
    QVERIFY(seen);
    QStringList values;
    while (seen->next()) {
        values << seen->value(0).toString();
    }
    QCOMPARE(values, QStringList {QStringLiteral("alone")});
    QCOMPARE(db->counters().commits - before.commits, quint64(1)); // the transaction rolled back
}

void TestDatabase::deferredPostgresTransactionIsCalledBackOnceTheFlusherFlushed()
{
    if (!TestDatabases::backends().contains(QStringLiteral("postgresql"))) {
        QSKIP("PostgreSQL not configured");
    }
    std::shared_ptr<Database> db = TestDatabases::fresh(QStringLiteral("postgresql"));
    QVERIFY(db);
    const auto insert = [&](const QString &nonce, QString *seenSetting) {
        return db->transaction([&]() -> VoidResult {
            *seenSetting = TestDatabases::firstValue(db->exec(kSynchronousCommit)).toString();
            Result<QSqlQuery> q = db->exec(QStringLiteral("INSERT INTO nonces (value, expires) VALUES (:v, 1)"),
                                           {{QStringLiteral("v"), nonce}});
            return q ? VoidResult() : VoidResult(q.error());
        });
    };

    // Outside a scope the server flushes before COMMIT returns: no ticket, no flush of ours.
    const quint64 syncsBefore = db->groupCommitSyncs();
    QString outside;
    VERIFY_OK(insert(QStringLiteral("now"), &outside));
    QVERIFY(outside != QLatin1String("off")
            || TestDatabases::firstValue(db->exec(kSynchronousCommit)).toString() == QLatin1String("off"));
    QCOMPARE(db->groupCommitSyncs(), syncsBefore);

    // In a scope the transaction commits without waiting; whenDurable() answers once the flusher's
    // own synchronous commit, written after it, is on disk, so the WAL is flushed past it.
    quint64 ticket = 0;
    QString inside;
    {
        Database::DeferredDurability deferred(*db);
        VERIFY_OK(insert(QStringLiteral("deferred"), &inside));
        ticket = deferred.ticket();
    }
    QCOMPARE(inside, QStringLiteral("off"));
    QVERIFY(ticket > 0);
    const QString walEnd
        = TestDatabases::firstValue(db->exec(QStringLiteral("SELECT pg_current_wal_insert_lsn()::text"))).toString();
    QVERIFY(!walEnd.isEmpty());
    std::atomic<int> answer {-1};
    std::atomic<bool> flushedPastIt {false};
    db->whenDurable(ticket, [&](bool ok) {
        const QString flushed = TestDatabases::firstValue(
                                    db->exec(QStringLiteral("SELECT pg_current_wal_flush_lsn() >= CAST(:l AS pg_lsn)"),
                                             {{QStringLiteral("l"), walEnd}}))
                                    .toString();
        flushedPastIt = flushed == QLatin1String("true");
        answer = ok ? 1 : 0;
    });
    QTRY_VERIFY(answer.load() >= 0);
    QCOMPARE(answer.load(), 1);
    QVERIFY(flushedPastIt.load());
    QCOMPARE(db->groupCommitSyncs(), syncsBefore + 1);
    QCOMPARE(TestDatabases::firstValue(db->exec(QStringLiteral("SELECT count(*) FROM nonces"))).toString(),
             QStringLiteral("2"));
}

void TestDatabase::afterCommitRunsOnlyOnceCommitted()
{
    QTemporaryDir dir;
    std::shared_ptr<Database> db = fileWithTable(dir);
    QVERIFY(db);
    QStringList calls;
    db->afterCommit([&]() { calls << QStringLiteral("outside"); });
    QCOMPARE(calls, QStringList {QStringLiteral("outside")}); // nothing to wait for: at once
    calls.clear();
    VoidResult ok = db->transaction([&]() -> VoidResult {
        db->afterCommit([&]() { calls << QStringLiteral("outer"); });
        VoidResult inner = db->transaction([&]() -> VoidResult {
            db->afterCommit([&]() { calls << QStringLiteral("inner"); });
            return insertInTransaction(*db, 1);
        });
        if (!inner || !calls.isEmpty() || !db->inTransaction()) {
            return CoreError(CoreError::Code::Internal, QStringLiteral("ran before the outermost commit"));
        }
        return {};
    });
    QVERIFY(ok.isOk());
    QVERIFY(!db->inTransaction());
    QCOMPARE(calls, (QStringList {QStringLiteral("outer"), QStringLiteral("inner")}));
    calls.clear();
    VoidResult failed = db->transaction([&]() -> VoidResult {
        db->afterCommit([&]() { calls << QStringLiteral("rolled back"); });
        return CoreError(CoreError::Code::Conflict, QStringLiteral("no"));
    });
    QVERIFY(!failed);
    QVERIFY(db->transaction([&]() -> VoidResult { return insertInTransaction(*db, 2); }).isOk());
    QCOMPARE(calls, QStringList()); // a rolled-back transaction's callbacks are dropped, not carried over
}

void TestDatabase::deferredCommitsAreCalledBackOnceFlushed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::shared_ptr<Database> db = fileWithTable(dir);
    QVERIFY(db);
    const quint64 syncs = db->groupCommitSyncs();
    quint64 ticket = 0;
    {
        Database::DeferredDurability deferred(*db);
        QCOMPARE(deferred.ticket(), quint64(0)); // nothing committed yet
        QVERIFY(db->exec(QStringLiteral("INSERT INTO t (v) VALUES (1)")).isOk());
        const quint64 first = deferred.ticket();
        QVERIFY(insertInTransaction(*db, 2).isOk());
        ticket = deferred.ticket();
        QVERIFY(first > 0);
        QVERIFY(ticket > first); // the last commit of the scope is the one to wait for
        QCOMPARE(db->groupCommitSyncs(), syncs); // neither waited for the disk
        Result<QSqlQuery> read = db->exec(QStringLiteral("SELECT count(*) FROM t"));
        QVERIFY(read.isOk() && read->next());
        QCOMPARE(read->value(0).toInt(), 2); // but both are committed
    }
    std::promise<std::pair<bool, QThread *>> called;
    db->whenDurable(ticket, [&called](bool ok) { called.set_value({ok, QThread::currentThread()}); });
    std::future<std::pair<bool, QThread *>> result = called.get_future();
    QCOMPARE(result.wait_for(std::chrono::seconds(10)), std::future_status::ready);
    const std::pair<bool, QThread *> r = result.get();
    QVERIFY(r.first);
    QVERIFY(r.second != QThread::currentThread()); // the flusher thread called back
    QVERIFY(db->groupCommitSyncs() > syncs); // after a flush
    // A ticket already on disk is called back at once, on the caller's thread.
    bool immediate = false;
    db->whenDurable(ticket, [&immediate](bool ok) { immediate = ok; });
    QVERIFY(immediate);
    // Outside a scope commits wait as before; in memory there is no disk to wait for.
    Result<std::shared_ptr<Database>> memory = Database::open(QStringLiteral("sqlite::memory:"));
    QVERIFY(memory.isOk());
    QVERIFY((*memory)->exec(QStringLiteral("CREATE TABLE t (v INTEGER)")).isOk());
    Database::DeferredDurability inMemory(**memory);
    QVERIFY((*memory)->exec(QStringLiteral("INSERT INTO t (v) VALUES (1)")).isOk());
    QCOMPARE(inMemory.ticket(), quint64(0));
}

void TestDatabase::deferredCommitsFailWhenTheDatabaseCloses()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::vector<int> outcomes;
    std::mutex mutex;
    {
        std::shared_ptr<Database> db = fileWithTable(dir);
        QVERIFY(db);
        Database::DeferredDurability deferred(*db);
        for (int i = 0; i < 50; ++i) {
            QVERIFY(db->exec(QStringLiteral("INSERT INTO t (v) VALUES (1)")).isOk());
            db->whenDurable(deferred.ticket(), [&](bool ok) {
                std::lock_guard<std::mutex> lock(mutex);
                outcomes.push_back(ok ? 1 : 0);
            });
        }
    }
    // Every callback ran exactly once before the database was gone: flushed (true), or failed
    // (false) because it closed first; none is left to call into a closed database.
    QCOMPARE(int(outcomes.size()), 50);
}

/** Commits one row in a scope of its own on this thread and asks to be told when it is durable. */
static std::future<bool> commitAndAskWhenDurable(Database &db)
{
    quint64 ticket = 0;
    {
        Database::DeferredDurability deferred(db);
        if (!db.exec(QStringLiteral("INSERT INTO t (v) VALUES (1)")).isOk()) {
            return {};
        }
        ticket = deferred.ticket();
    }
    auto told = std::make_shared<std::promise<bool>>();
    db.whenDurable(ticket, [told](bool ok) { told->set_value(ok); });
    return told->get_future();
}

void TestDatabase::deferredFlushWaitsForTheScopesUnderWay()
{
    // Another request is being answered when a flush is asked for: the flusher lets it end first,
    // and one flush covers both commits.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::shared_ptr<Database> db = fileWithTable(dir);
    QVERIFY(db);
    db->setFlushGatherWindow(std::chrono::minutes(5));
    OpenScope other(*db, [](Database &d) { (void)d.exec(QStringLiteral("INSERT INTO t (v) VALUES (7)")); });
    const quint64 syncs = db->groupCommitSyncs();
    std::future<bool> mine = commitAndAskWhenDurable(*db);
    QVERIFY(mine.valid());
    QCOMPARE(mine.wait_for(std::chrono::milliseconds(300)), std::future_status::timeout);
    QCOMPARE(db->groupCommitSyncs(), syncs); // nothing flushed while the other is under way
    const quint64 otherTicket = other.release();
    QVERIFY(otherTicket > 0);
    QCOMPARE(mine.wait_for(std::chrono::seconds(30)), std::future_status::ready);
    QVERIFY(mine.get());
    QCOMPARE(db->groupCommitSyncs(), syncs + 1);
    bool covered = false;
    db->whenDurable(otherTicket, [&covered](bool ok) { covered = ok; }); // called at once: on disk
    QVERIFY(covered);
}

void TestDatabase::deferredFlushWaitsForNobodyWhenNoScopeIsOpen()
{
    // A lone client: nothing else under way, so its flush starts at once whatever the window.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::shared_ptr<Database> db = fileWithTable(dir);
    QVERIFY(db);
    db->setFlushGatherWindow(std::chrono::minutes(5));
    std::future<bool> mine = commitAndAskWhenDurable(*db);
    QVERIFY(mine.valid());
    QCOMPARE(mine.wait_for(std::chrono::seconds(30)), std::future_status::ready);
    QVERIFY(mine.get());
}

void TestDatabase::deferredFlushWaitsNoLongerThanItsWindow()
{
    // A scope that stays open (a slow request) delays the others' flush by the window at most.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::shared_ptr<Database> db = fileWithTable(dir);
    QVERIFY(db);
    db->setFlushGatherWindow(std::chrono::milliseconds(20));
    OpenScope slow(*db);
    std::future<bool> mine = commitAndAskWhenDurable(*db);
    QVERIFY(mine.valid());
    QCOMPARE(mine.wait_for(std::chrono::seconds(30)), std::future_status::ready);
    QVERIFY(mine.get());
    QCOMPARE(slow.release(), quint64(0)); // still open until now, and it committed nothing
}

void TestDatabase::concurrentSqliteCommitsShareFlushes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<std::shared_ptr<Database>> opened
        = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("a.db")));
    QVERIFY(opened.isOk());
    std::shared_ptr<Database> db = *opened;
    QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (v INTEGER)")).isOk());
    const quint64 before = db->groupCommitSyncs();
    constexpr int kThreads = 8;
    constexpr int kCommits = 25;
    std::atomic<int> failures {0};
    QList<QThread *> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads << QThread::create([&db, &failures, i]() {
            for (int n = 0; n < kCommits; ++n) {
                VoidResult r = db->transaction([&]() -> VoidResult {
                    Result<QSqlQuery> q = db->exec(QStringLiteral("INSERT INTO t (v) VALUES (:v)"),
                                                   {{QStringLiteral("v"), i * 1000 + n}});
                    return q ? VoidResult() : VoidResult(q.error());
                });
                if (!r) {
                    ++failures;
                }
            }
            db->releaseThreadConnection();
        });
    }
    for (QThread *t : std::as_const(threads)) {
        t->start();
    }
    for (QThread *t : std::as_const(threads)) {
        QVERIFY(t->wait(60000));
        delete t;
    }
    QCOMPARE(failures.load(), 0);
    Result<QSqlQuery> count = db->exec(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(count.isOk() && count->next());
    QCOMPARE(count->value(0).toInt(), kThreads * kCommits);
    const quint64 syncs = db->groupCommitSyncs() - before;
    // Every commit was covered by a flush, and commits waiting together shared one.
    QVERIFY2(syncs >= 1 && syncs < quint64(kThreads * kCommits),
             qPrintable(QStringLiteral("%1 flushes for %2 commits").arg(syncs).arg(kThreads * kCommits)));
}

/** Where this process's descriptors on `path` (or on a deleted file once there) point. */
static QStringList descriptorsOn(const QString &path)
{
    QStringList targets;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target.startsWith(path)) {
            targets.append(target);
        }
    }
    return targets;
}

void TestDatabase::flushesTheWalThatExistsNow()
{
    // The flusher keeps the WAL open between flushes. SQLite deletes the WAL when its last
    // connection closes and makes a new one on the next write: the flush after that must reach
    // the new file, and the descriptor on the deleted one must go.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::shared_ptr<Database> db = fileWithTable(dir);
    QVERIFY(db);
    const QString wal = QFileInfo(db->sqliteFile()).canonicalFilePath() + QStringLiteral("-wal");
    quint64 syncs = db->groupCommitSyncs();
    QVERIFY(insertInTransaction(*db, 1).isOk());
    QCOMPARE(db->groupCommitSyncs(), syncs + 1);
    QVERIFY(descriptorsOn(wal).contains(wal));

    db->releaseThreadConnection(); // the only connection: SQLite checkpoints and deletes the WAL
    QVERIFY(!QFile::exists(wal));
    const QString deleted = wal + QStringLiteral(" (deleted)");
    QCOMPARE(descriptorsOn(wal), QStringList {deleted}); // the flusher's, until its next flush
    QVERIFY(insertInTransaction(*db, 2).isOk());
    QVERIFY(QFile::exists(wal));
    QCOMPARE(db->groupCommitSyncs(), syncs + 2);
    QVERIFY(descriptorsOn(wal).contains(wal));
    QVERIFY(!descriptorsOn(wal).contains(deleted));
    Result<QSqlQuery> read = db->exec(QStringLiteral("SELECT count(*) FROM t"));
    QVERIFY(read.isOk() && read->next());
    QCOMPARE(read->value(0).toInt(), 2);
}

void TestDatabase::flushesTheDatabaseFileWhenThereIsNoWal()
{
    // Without a WAL (rollback journal) the flush goes to the database file. Its descriptor stays
    // open until the database closes: closing any descriptor on that file would drop the POSIX
    // locks that SQLite's connections in this process hold on it.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::shared_ptr<Database> db = fileWithTable(dir);
    QVERIFY(db);
    const QString file = QFileInfo(db->sqliteFile()).canonicalFilePath();
    const qsizetype sqliteOwn = descriptorsOn(file).count(file); // WAL mode: the flusher has none
    const quint64 syncs = db->groupCommitSyncs();
    // Leaving WAL mode deletes the WAL; the switch is a write, flushed like any other.
    Result<QSqlQuery> mode = db->exec(QStringLiteral("PRAGMA journal_mode=DELETE"));
    QVERIFY(mode.isOk() && mode->next());
    QCOMPARE(mode->value(0).toString(), QStringLiteral("delete"));
    mode->finish();
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
    QCOMPARE(db->groupCommitSyncs(), syncs + 1);
    QCOMPARE(descriptorsOn(file).count(file), sqliteOwn + 1); // the flusher's
    for (int v = 1; v <= 2; ++v) {
        QVERIFY(insertInTransaction(*db, v).isOk());
        QCOMPARE(db->groupCommitSyncs(), syncs + 1 + quint64(v));
        QCOMPARE(descriptorsOn(file).count(file), sqliteOwn + 1); // the same one, kept
    }
}

void TestDatabase::eachThreadGetsItsOwnConnection()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    QVERIFY(db);
    const QString mainName = db->connection().connectionName();
    QString otherName;
    bool otherSees = false;
    QThread *t = QThread::create([&]() {
        otherName = db->connection().connectionName();
        Result<QSqlQuery> q = db->exec(QStringLiteral("SELECT count(*) FROM meta"));
        otherSees = q.isOk() && q->next() && q->value(0).toInt() == 1;
        db->releaseThreadConnection();
    });
    t->start();
    QVERIFY(t->wait(10000));
    delete t;
    QVERIFY(!otherName.isEmpty());
    QVERIFY(otherName != mainName);
    QVERIFY2(otherSees, "a second thread sees the same in-memory database");
}

void TestDatabase::rejectsUnknownUrl()
{
    Result<std::shared_ptr<Database>> db = Database::open(QStringLiteral("mysql://x/y"));
    QVERIFY(!db.isOk());
    QCOMPARE(db.error().code(), CoreError::Code::Malformed);
}

void TestDatabase::redactsPassword()
{
    if (!TestDatabases::backends().contains(QStringLiteral("postgresql"))) {
        QSKIP("PostgreSQL not configured");
    }
    Result<std::shared_ptr<Database>> db = Database::open(qEnvironmentVariable("ANVIL_TEST_PG_URL"));
    QVERIFY(db.isOk());
    QVERIFY(!(*db)->redactedUrl().contains(QLatin1String(":anvil@")));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
