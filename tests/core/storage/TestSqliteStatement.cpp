// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteStatement.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

/**
 * SqliteStatement stands in for Qt's QSQLITE result behind every QSqlQuery the storage layer
 * returns, so each test runs the same statement both ways, on one connection, and expects the
 * same answer.
 */
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void bindsAndReadsValuesAsQsqliteDoes_data();
    void bindsAndReadsValuesAsQsqliteDoes();
    void stepsThroughRowsLikeQsqlite();
    void countsTheRowsAWriteChanged();
    void reportsConstraintViolationsWithQsqlitesNativeCode();
    void bindsNullToAParameterGivenNoValue();
    void ignoresValuesNoParameterNames();
    void refusesSqlItCannotPrepare_data();
    void refusesSqlItCannotPrepare();
    void runsAgainWithNewValues();
    void finishEndsTheReadBeforeAnotherConnectionWrites();
    void connectionClosesCleanlyOnceItsStatementsAreFinalized();

private:
    QSqlDatabase open(const QString &name);
    /** `sql` through QSQLITE, binding as Database::exec does (a null QString as ""). */
    QSqlQuery viaQt(const QString &sql, const QVariantMap &args);
    QSqlQuery viaStatement(const QString &sql, const QVariantMap &args);

    QTemporaryDir m_dir;
    QSqlDatabase m_db;
    QStringList m_names;
};

QSqlDatabase TestSqliteStatement::open(const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_dir.filePath(QStringLiteral("t.db")));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    m_names << name;
    return db.open() ? db : QSqlDatabase();
}

void TestSqliteStatement::init()
{
    m_db = open(QStringLiteral("statement-test"));
    QVERIFY(m_db.isOpen());
    QSqlQuery q(m_db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode=WAL")));
    QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS t")));
    QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v, name TEXT UNIQUE)")));
}

void TestSqliteStatement::cleanup()
{
    m_db = QSqlDatabase();
    for (const QString &name : std::as_const(m_names)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            SqliteStatement::finalizeAll(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_names.clear();
}

QSqlQuery TestSqliteStatement::viaQt(const QString &sql, const QVariantMap &args)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        return q;
    }
    for (auto it = args.cbegin(); it != args.cend(); ++it) {
        const QVariant &v = it.value();
        const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
        q.bindValue(QLatin1Char(':') + it.key(), nullText ? QVariant(QStringLiteral("")) : v);
    }
    q.exec();
    return q;
}

QSqlQuery TestSqliteStatement::viaStatement(const QString &sql, const QVariantMap &args)
{
    QSqlQuery q = SqliteStatement::prepare(m_db, sql, true);
    if (SqliteStatement *s = SqliteStatement::of(q)) {
        s->bind(args);
        q.exec();
    }
    return q;
}

void TestSqliteStatement::bindsAndReadsValuesAsQsqliteDoes_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::newRow("text") << QVariant(QStringLiteral("abc"));
    QTest::newRow("text beyond ASCII") << QVariant(QStringLiteral("gr\u00fc\u00df \U0001F642"));
    QTest::newRow("empty text") << QVariant(QStringLiteral(""));
    QTest::newRow("null text binds as empty") << QVariant(QString());
    QTest::newRow("int") << QVariant(42);
    QTest::newRow("negative int64") << QVariant(qint64(-9007199254740993LL));
    QTest::newRow("uint") << QVariant(4000000000U);
    QTest::newRow("unsigned 64-bit binds as text") << QVariant(quint64(18446744073709551615ULL));
    QTest::newRow("bool") << QVariant(true);
    QTest::newRow("double") << QVariant(2.5);
    QTest::newRow("bytes with zeros") << QVariant(QByteArray("\x00\x01\xff", 3));
    QTest::newRow("empty bytes") << QVariant(QByteArray(""));
    QTest::newRow("null bytes are NULL") << QVariant(QByteArray());
    QTest::newRow("invalid variant is NULL") << QVariant();
    QTest::newRow("typed null is NULL") << QVariant(QMetaType::fromType<qint64>());
    QTest::newRow("date-time as ISO text") << QVariant(QDateTime(QDate(2026, 11, 24), QTime(23, 59, 58, 123), Qt::UTC));
    QTest::newRow("invalid date-time is NULL") << QVariant(QDateTime());
}

void TestSqliteStatement::bindsAndReadsValuesAsQsqliteDoes()
{
    QFETCH(QVariant, value);
    const QString insert = QStringLiteral("INSERT INTO t (id, v) VALUES (:id, :v)");
    QVERIFY(viaQt(insert, {{QStringLiteral("id"), 1}, {QStringLiteral("v"), value}}).lastError().text().isEmpty());
    QVERIFY(
        viaStatement(insert, {{QStringLiteral("id"), 2}, {QStringLiteral("v"), value}}).lastError().text().isEmpty());

    // Stored alike (SQLite's own storage class and bytes), and read back alike by either reader.
    const QString read = QStringLiteral("SELECT v, typeof(v), quote(v) FROM t WHERE id = :id");
    QSqlQuery stored1 = viaQt(read, {{QStringLiteral("id"), 1}});
    QSqlQuery stored2 = viaQt(read, {{QStringLiteral("id"), 2}});
    QVERIFY(stored1.next() && stored2.next());
    QCOMPARE(stored2.value(1).toString(), stored1.value(1).toString());
    QCOMPARE(stored2.value(2).toString(), stored1.value(2).toString());
    for (int id : {1, 2}) {
        QSqlQuery byQt = viaQt(read, {{QStringLiteral("id"), id}});
        QSqlQuery byStatement = viaStatement(read, {{QStringLiteral("id"), id}});
        QVERIFY(byQt.next());
        QVERIFY(byStatement.next());
        const QVariant expected = byQt.value(0);
        const QVariant actual = byStatement.value(0);
        QCOMPARE(actual.metaType(), expected.metaType());
        QCOMPARE(actual.isNull(), expected.isNull());
        QCOMPARE(actual, expected);
        QCOMPARE(byStatement.isNull(0), byQt.isNull(0));
    }
}

void TestSqliteStatement::stepsThroughRowsLikeQsqlite()
{
    const QString insert = QStringLiteral("INSERT INTO t (id, v) VALUES (:id, :v)");
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(viaQt(insert, {{QStringLiteral("id"), i}, {QStringLiteral("v"), i * 10}}).isActive());
    }
    const QString read = QStringLiteral("SELECT id, v FROM t WHERE id >= :from ORDER BY id");
    for (int from : {1, 3, 4}) {
        QSqlQuery byQt = viaQt(read, {{QStringLiteral("from"), from}});
        QSqlQuery byStatement = viaStatement(read, {{QStringLiteral("from"), from}});
        QCOMPARE(byStatement.isActive(), byQt.isActive());
        QCOMPARE(byStatement.isSelect(), byQt.isSelect());
        QCOMPARE(byStatement.at(), byQt.at());
        QCOMPARE(byStatement.record().count(), byQt.record().count());
        QCOMPARE(byStatement.record().fieldName(1), byQt.record().fieldName(1));
        for (;;) {
            const bool more = byQt.next();
            QCOMPARE(byStatement.next(), more);
            QCOMPARE(byStatement.at(), byQt.at());
            if (!more) {
                break;
            }
            QCOMPARE(byStatement.value(0), byQt.value(0));
            QCOMPARE(byStatement.value(1), byQt.value(1));
        }
        QVERIFY(!byStatement.next()); // stays past the end
        QVERIFY(!byStatement.value(0).isValid());
    }
}

void TestSqliteStatement::countsTheRowsAWriteChanged()
{
    const QString insert = QStringLiteral("INSERT INTO t (id, v) VALUES (:id, 'x')");
    for (int i = 1; i <= 3; ++i) {
        QSqlQuery q = viaStatement(insert, {{QStringLiteral("id"), i}});
        QCOMPARE(q.numRowsAffected(), 1);
        QCOMPARE(q.lastInsertId(), QVariant(qint64(i))); // the rowid, as QSQLITE reports it
    }
    const QString update = QStringLiteral("UPDATE t SET v = 'y' WHERE id <= :to");
    QCOMPARE(viaStatement(update, {{QStringLiteral("to"), 2}}).numRowsAffected(), 2);
    QCOMPARE(viaStatement(update, {{QStringLiteral("to"), 0}}).numRowsAffected(), 0);
    QSqlQuery write = viaStatement(update, {{QStringLiteral("to"), 9}});
    QVERIFY(write.isActive());
    QVERIFY(!write.isSelect());
    QVERIFY(!write.next());
}

void TestSqliteStatement::reportsConstraintViolationsWithQsqlitesNativeCode()
{
    const QString insert = QStringLiteral("INSERT INTO t (id, name) VALUES (:id, :name)");
    QVERIFY(
        viaStatement(insert, {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("a")}}).isActive());
    for (const QVariantMap &args :
         {QVariantMap {{QStringLiteral("id"), 2}, {QStringLiteral("name"), QStringLiteral("a")}},
          QVariantMap {{QStringLiteral("id"), 1}, {QStringLiteral("name"), QStringLiteral("b")}}}) {
        QSqlQuery byQt = viaQt(insert, args);
        QSqlQuery byStatement = viaStatement(insert, args);
        QVERIFY(!byStatement.isActive());
        QVERIFY(byStatement.lastError().isValid());
        QCOMPARE(byStatement.lastError().nativeErrorCode(), byQt.lastError().nativeErrorCode());
        QCOMPARE(byStatement.lastError().databaseText(), byQt.lastError().databaseText());
        QCOMPARE(byStatement.lastQuery(), insert);
    }
}

void TestSqliteStatement::bindsNullToAParameterGivenNoValue()
{
    const QString insert = QStringLiteral("INSERT INTO t (id, v) VALUES (:id, :v)");
    QVERIFY(viaQt(insert, {{QStringLiteral("id"), 1}}).isActive());
    QVERIFY(viaStatement(insert, {{QStringLiteral("id"), 2}}).isActive());
    QSqlQuery stored = viaStatement(QStringLiteral("SELECT id FROM t WHERE v IS NULL ORDER BY id"), {});
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toInt(), 1);
    QVERIFY(stored.next());
    QCOMPARE(stored.value(0).toInt(), 2);
}

void TestSqliteStatement::ignoresValuesNoParameterNames()
{
    QSqlQuery q = viaStatement(QStringLiteral("INSERT INTO t (id, v) VALUES (:id, 'x')"),
                               {{QStringLiteral("id"), 7}, {QStringLiteral("unused"), 1}});
    QVERIFY2(q.isActive(), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestSqliteStatement::refusesSqlItCannotPrepare_data()
{
    QTest::addColumn<QString>("sql");
    QTest::newRow("syntax error") << QStringLiteral("SELEC 1");
    QTest::newRow("unknown table") << QStringLiteral("SELECT * FROM nowhere");
    QTest::newRow("two statements") << QStringLiteral("SELECT 1; SELECT 2");
    QTest::newRow("nothing but a comment") << QStringLiteral("  -- nothing to run");
}

void TestSqliteStatement::refusesSqlItCannotPrepare()
{
    QFETCH(QString, sql);
    QSqlQuery q = SqliteStatement::prepare(m_db, sql, false);
    QVERIFY(q.lastError().isValid());
    QCOMPARE(q.lastQuery(), sql);
    QVERIFY(SqliteStatement::of(q));
    SqliteStatement::of(q)->bind({});
    QVERIFY(!q.exec());
    QVERIFY(!q.isActive());
}

void TestSqliteStatement::runsAgainWithNewValues()
{
    QSqlQuery insert = SqliteStatement::prepare(m_db, QStringLiteral("INSERT INTO t (id, v) VALUES (:id, :v)"), true);
    QSqlQuery read = SqliteStatement::prepare(m_db, QStringLiteral("SELECT v FROM t WHERE id = :id"), true);
    for (int i = 1; i <= 50; ++i) {
        SqliteStatement::of(insert)->bind({{QStringLiteral("id"), i}, {QStringLiteral("v"), QString::number(i * 3)}});
        QVERIFY(insert.exec());
    }
    for (int i = 50; i >= 1; --i) {
        SqliteStatement::of(read)->bind({{QStringLiteral("id"), i}});
        QVERIFY(read.exec());
        QVERIFY(read.next());
        QCOMPARE(read.value(0).toString(), QString::number(i * 3));
    }
    // exec() again without new values starts over, even from a result left unfinished.
    QSqlQuery all = SqliteStatement::prepare(m_db, QStringLiteral("SELECT id FROM t ORDER BY id"), true);
    SqliteStatement::of(all)->bind({});
    QVERIFY(all.exec() && all.next() && all.next());
    QCOMPARE(all.value(0).toInt(), 2);
    QVERIFY(all.exec() && all.next());
    QCOMPARE(all.value(0).toInt(), 1);
    QVERIFY(!SqliteStatement::of(QSqlQuery(m_db))); // Qt's own result is not one
}

void TestSqliteStatement::finishEndsTheReadBeforeAnotherConnectionWrites()
{
    // A statement stopped mid-result holds its connection's read snapshot; finish() must let go of
    // it, or this connection's next write would be refused once another connection wrote.
    const QString insert = QStringLiteral("INSERT INTO t (id, v) VALUES (:id, 'x')");
    QVERIFY(viaStatement(insert, {{QStringLiteral("id"), 1}}).isActive());
    QVERIFY(viaStatement(insert, {{QStringLiteral("id"), 2}}).isActive());
    QSqlQuery read = viaStatement(QStringLiteral("SELECT id FROM t ORDER BY id"), {});
    QVERIFY(read.next());
    read.finish();
    QVERIFY(!read.isActive());

    QSqlDatabase other = open(QStringLiteral("statement-test-other"));
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("INSERT INTO t (id, v) VALUES (3, 'y')")));
    QSqlQuery write = viaStatement(insert, {{QStringLiteral("id"), 4}});
    QVERIFY2(write.isActive(), qPrintable(write.lastError().text()));
}

void TestSqliteStatement::connectionClosesCleanlyOnceItsStatementsAreFinalized()
{
    QSqlDatabase db = open(QStringLiteral("statement-test-closing"));
    QSqlQuery held = SqliteStatement::prepare(db, QStringLiteral("SELECT id FROM t"), true);
    SqliteStatement::of(held)->bind({});
    QVERIFY(held.exec());

    SqliteStatement::finalizeAll(db);
    QVERIFY(!held.isActive());
    db.close();
    QVERIFY2(!db.lastError().isValid(), qPrintable(db.lastError().text())); // sqlite3_close succeeded
    QVERIFY(!held.next());
    SqliteStatement::of(held)->bind({});
    QVERIFY(!held.exec()); // refused, not run on a closed handle
}

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "TestSqliteStatement.moc"
