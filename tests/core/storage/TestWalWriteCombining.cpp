// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WalWriteCombining.h"

#include "core/storage/Database.h"
#include "tests/support/TestDatabases.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>

namespace {

constexpr qint64 FrameSize = 24 + 4096; // a WAL frame: its header and one page

qint64 walSize(const QTemporaryDir &dir)
{
    return QFileInfo(dir.filePath(QStringLiteral("anvil.db-wal"))).size();
}

/** Inserts `rows` rows of `bytes` random bytes each in one transaction. */
VoidResult insertRows(Database &db, int rows, int bytes)
{
    return db.transaction([&]() -> VoidResult {
        for (int i = 0; i < rows; ++i) {
            Result<QSqlQuery> q
                = db.exec(QStringLiteral("INSERT INTO t (v) VALUES (randomblob(:n))"), {{QStringLiteral("n"), bytes}});
            if (!q) {
                return q.error();
            }
        }
        return {};
    });
}

/** Row count and total bytes, as `db` (its own connection) reads them. */
std::pair<qint64, qint64> contents(Database &db)
{
    Result<QSqlQuery> q = db.exec(QStringLiteral("SELECT count(*), coalesce(sum(length(v)), 0) FROM t"));
    if (!q || !q->next()) {
        return {-1, -1};
    }
    return {q->value(0).toLongLong(), q->value(1).toLongLong()};
}

/** Both databases of `files` open, with table t. */
bool withTable(const TestDatabases::TwoProcesses &files)
{
    return files.serverDb && files.cliDb
        && files.serverDb->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)")).isOk();
}

/** Commits `rows` rows of `bytes` bytes on `writer` and adds them to `seen`; true when `reader` then reads `seen`. */
bool insertAndSee(Database &writer, Database &reader, int rows, int bytes, std::pair<qint64, qint64> &seen)
{
    if (!insertRows(writer, rows, bytes)) {
        return false;
    }
    seen.first += rows;
    seen.second += qint64(rows) * bytes;
    return contents(reader) == seen;
}

QString integrity(Database &db)
{
    Result<QString> r = db.integrityCheck();
    return r ? *r : r.error().toLogString();
}

} // namespace

class TestWalWriteCombining : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesTheFramesOfACommitTogether_data();
    void writesTheFramesOfACommitTogether();
    void anotherConnectionSeesEveryCommit();
    void framesAreReadFromTheMapping();
    void aTruncatedAndRegrownWalIsReadAsItIsNow();
    void aFailedWriteFailsTheCommitAndLosesNothing_data();
    void aFailedWriteFailsTheCommitAndLosesNothing();

private:
    /** A file database with table t and automatic checkpoints off, so the WAL only grows. */
    static std::shared_ptr<Database> fileWithTable(const QTemporaryDir &dir)
    {
        Result<std::shared_ptr<Database>> db
            = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("anvil.db")));
        if (!db || !(*db)->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v BLOB)"))
            || !(*db)->exec(QStringLiteral("PRAGMA wal_autocheckpoint=0"))) {
            return nullptr;
        }
        return *db;
    }
};

void TestWalWriteCombining::initTestCase()
{
    // Opening a database installs it (Database::open); install() is idempotent.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(fileWithTable(dir));
    QVERIFY(WalWriteCombining::install());
}

void TestWalWriteCombining::writesTheFramesOfACommitTogether_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("bytes");
    QTest::newRow("one small row") << 1 << 100;
    QTest::newRow("a few pages") << 8 << 3000;
    QTest::newRow("more than one write can carry (128 KiB)") << 60 << 3000;
}

void TestWalWriteCombining::writesTheFramesOfACommitTogether()
{
    QFETCH(int, rows);
    QFETCH(int, bytes);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::shared_ptr<Database> db = fileWithTable(dir);
    QVERIFY(db);
    const qint64 walBefore = walSize(dir);
    const quint64 writesBefore = WalWriteCombining::walWrites();
    QVERIFY(insertRows(*db, rows, bytes).isOk());
    const qint64 appended = walSize(dir) - walBefore;
    const quint64 writes = WalWriteCombining::walWrites() - writesBefore;
    QCOMPARE(appended % FrameSize, 0);
    const qint64 frames = appended / FrameSize;
    QVERIFY(frames >= 1);
    // SQLite alone: two writes a frame. Here: one per 128 KiB (less one byte) of frames.
    QCOMPARE(qint64(writes), (appended + 0x1ffff - 1) / 0x1ffff);
    QCOMPARE(contents(*db), std::make_pair(qint64(rows), qint64(rows) * bytes));
}

void TestWalWriteCombining::anotherConnectionSeesEveryCommit()
{
    // The server and the command line on one file: whatever one commits, the other reads at once,
    // small commits and large ones alike (frames gathered, then written before SQLite publishes
    // the commit in the WAL index).
    TestDatabases::TwoProcesses files;
    QVERIFY(withTable(files));
    std::pair<qint64, qint64> seen;
    for (int i = 0; i < 40; ++i) {
        const int n = (i % 4 == 3) ? 90 : 1 + i % 3; // every fourth commit is about 400 KiB
        Database &writer = (i % 2) ? *files.cliDb : *files.serverDb;
        Database &reader = (i % 2) ? *files.serverDb : *files.cliDb;
        QVERIFY2(insertAndSee(writer, reader, n, 500 + 97 * i, seen), qPrintable(QString::number(i)));
    }
    QCOMPARE(integrity(*files.cliDb), QStringLiteral("ok"));
    QCOMPARE(integrity(*files.serverDb), QStringLiteral("ok"));
}

void TestWalWriteCombining::framesAreReadFromTheMapping()
{
    // A connection whose cache another's commit made stale rereads the pages it needs from the
    // WAL: from the shared mapping, not one pread each.
    TestDatabases::TwoProcesses files;
    QVERIFY(withTable(files));
    QVERIFY(insertRows(*files.serverDb, 50, 3000).isOk());
    const quint64 before = WalWriteCombining::walMappedReads();
    QCOMPARE(contents(*files.cliDb), std::make_pair(qint64(50), qint64(50 * 3000)));
    QVERIFY2(WalWriteCombining::walMappedReads() - before >= 38, // the table's 38 leaf pages at least
             qPrintable(QString::number(WalWriteCombining::walMappedReads() - before)));
}

void TestWalWriteCombining::aTruncatedAndRegrownWalIsReadAsItIsNow()
{
    // A checkpoint may empty the WAL (TRUNCATE), and the next commits write new frames where old
    // ones were. The other connection reads what the file holds now, never what the mapping saw
    // before: for each round, new rows of a new size, checked from the other connection.
    TestDatabases::TwoProcesses files;
    QVERIFY(withTable(files));
    std::pair<qint64, qint64> seen;
    for (int round = 0; round < 6; ++round) {
        Database &writer = (round % 2) ? *files.cliDb : *files.serverDb;
        Database &reader = (round % 2) ? *files.serverDb : *files.cliDb;
        QVERIFY2(insertAndSee(writer, reader, 5 + 7 * round, 700 + 311 * round, seen),
                 qPrintable(QString::number(round)));
        QVERIFY(walSize(files.dir) > 0);
        QCOMPARE(TestDatabases::firstValue(reader.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), -1),
                 QVariant(0)); // not busy
        QCOMPARE(walSize(files.dir), qint64(0));
        QVERIFY(reader.exec(QStringLiteral("DELETE FROM t WHERE id % 3 = 0")).isOk()); // regrow it
        const std::pair<qint64, qint64> left = contents(writer);
        QVERIFY(left.first < seen.first);
        seen = left;
        QCOMPARE(contents(reader), seen);
    }
    QCOMPARE(integrity(*files.cliDb), QStringLiteral("ok"));
    QCOMPARE(integrity(*files.serverDb), QStringLiteral("ok"));
}

void TestWalWriteCombining::aFailedWriteFailsTheCommitAndLosesNothing_data()
{
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("room"); // bytes the WAL may still grow by
    // All of it gathered until the commit frame: the write that fails is the commit's own.
    QTest::newRow("at the commit frame") << 10 << int(FrameSize + 100);
    // Written out in 128 KiB pieces before the commit frame comes.
    QTest::newRow("while gathering") << 200 << int(3 * FrameSize);
}

void TestWalWriteCombining::aFailedWriteFailsTheCommitAndLosesNothing()
{
    QFETCH(int, rows);
    QFETCH(int, room);
    TestDatabases::TwoProcesses files;
    QVERIFY(withTable(files));
    Database &db = *files.serverDb;
    QVERIFY(insertRows(db, 5, 1000).isOk());
    const auto before = contents(*files.cliDb);
    QCOMPARE(before, std::make_pair(qint64(5), qint64(5000)));

    // A file-size limit stands in for a full disk: writes past it fail (EFBIG, SIGXFSZ ignored).
    const qint64 limit = walSize(files.dir) + room;
    rlimit saved {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit tight = saved;
    tight.rlim_cur = rlim_t(limit);
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tight), 0);
    const VoidResult failed = insertRows(db, rows, 3000);
    setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, previousHandler);

    QVERIFY(!failed);
    QVERIFY(walSize(files.dir) <= limit); // it did try: the WAL reached the limit
    QCOMPARE(contents(*files.cliDb), before); // the other connection sees nothing of it
    QCOMPARE(contents(db), before); // nor does the one that failed
    QCOMPARE(integrity(*files.cliDb), QStringLiteral("ok"));
    // And the database goes on: the next commit lands and both see it.
    QVERIFY(insertRows(db, 3, 1000).isOk());
    QCOMPARE(contents(*files.cliDb), std::make_pair(qint64(8), qint64(8000)));
    QCOMPARE(integrity(db), QStringLiteral("ok"));
}

QTEST_GUILESS_MAIN(TestWalWriteCombining)
#include "TestWalWriteCombining.moc"
