// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ChangeBeacon.h"

#include "core/storage/Database.h"
#include "tests/support/TestDatabases.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

class TestChangeBeacon : public QObject
{
    Q_OBJECT

private slots:
    void newFileCountsZeroAndIsOwnerOnly();
    void bumpIsSeenThroughAnotherDescriptor();
    void concurrentBumpsAreNeverLost();
    void contentNotWrittenByBumpReadsAsUnknown_data();
    void contentNotWrittenByBumpReadsAsUnknown();
    void bumpRepairsADamagedFile();
    void unopenableFileIsInvalid();
    void inProcessBeaconIsSharedByOneDatabaseObjectAndName();
};

void TestChangeBeacon::newFileCountsZeroAndIsOwnerOnly()
{
    QTemporaryDir dir;
    ChangeBeacon beacon(dir.filePath(QStringLiteral("db-config")));
    QVERIFY(beacon.isValid());
    QCOMPARE(beacon.read(), 0);
    QCOMPARE(QFile::permissions(beacon.path()) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
             QFileDevice::Permissions());
}

void TestChangeBeacon::bumpIsSeenThroughAnotherDescriptor()
{
    // Two objects on one file stand for two processes: each has its own descriptor.
    QTemporaryDir dir;
    ChangeBeacon writer(dir.filePath(QStringLiteral("db-config")));
    ChangeBeacon reader(dir.filePath(QStringLiteral("db-config")));
    QVERIFY(writer.bump());
    QCOMPARE(reader.read(), 1);
    QVERIFY(reader.bump());
    QVERIFY(writer.bump());
    QCOMPARE(reader.read(), 3);
    QCOMPARE(writer.read(), 3);
}

void TestChangeBeacon::concurrentBumpsAreNeverLost()
{
    // The count only grows, by exactly one per bump, however writers interleave (flock).
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("db-config"));
    constexpr int Writers = 4;
    constexpr int Bumps = 200;
    std::vector<std::thread> threads;
    std::atomic<int> failures {0};
    for (int w = 0; w < Writers; ++w) {
        threads.emplace_back([&]() {
            ChangeBeacon mine(path);
            for (int i = 0; i < Bumps; ++i) {
                if (!mine.bump()) {
                    ++failures;
                }
            }
        });
    }
    ChangeBeacon reader(path);
    qint64 last = 0;
    bool monotonic = true;
    for (int i = 0; i < 2000; ++i) {
        const qint64 now = reader.read();
        if (now >= 0) { // a read racing a bump may be unparsable; never smaller
            monotonic = monotonic && now >= last;
            last = now;
        }
    }
    for (std::thread &t : threads) {
        t.join();
    }
    QCOMPARE(failures.load(), 0);
    QVERIFY(monotonic);
    QCOMPARE(reader.read(), qint64(Writers * Bumps));
}

void TestChangeBeacon::contentNotWrittenByBumpReadsAsUnknown_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("hello\n");
    QTest::newRow("short number") << QByteArray("42\n");
    QTest::newRow("no newline") << QByteArray("00000000000000000042");
    QTest::newRow("a letter among the digits") << QByteArray("0000000000000000x042\n");
    QTest::newRow("too large for 64 bits") << QByteArray("99999999999999999999\n");
    QTest::newRow("trailing bytes") << QByteArray("00000000000000000042\nxx");
}

void TestChangeBeacon::contentNotWrittenByBumpReadsAsUnknown()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("db-config")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    ChangeBeacon beacon(file.fileName());
    QCOMPARE(beacon.read(), -1);
}

void TestChangeBeacon::bumpRepairsADamagedFile()
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("db-config")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("garbage that is longer than one count line\n");
    file.close();
    ChangeBeacon beacon(file.fileName());
    QVERIFY(beacon.bump());
    QCOMPARE(beacon.read(), 1);
    QCOMPARE(QFileInfo(file.fileName()).size(), 21);
}

void TestChangeBeacon::unopenableFileIsInvalid()
{
    QTemporaryDir dir;
    ChangeBeacon beacon(dir.filePath(QStringLiteral("no-such-dir/db-config")));
    QVERIFY(!beacon.isValid());
    QCOMPARE(beacon.read(), -1);
    QVERIFY(!beacon.bump());
}

void TestChangeBeacon::inProcessBeaconIsSharedByOneDatabaseObjectAndName()
{
    // PostgreSQL's caches announce to this process only: everything here using one Database
    // object under one name shares the count; another Database object (another node, in tests)
    // and another name count apart.
    std::shared_ptr<Database> node = TestDatabases::memory();
    std::shared_ptr<Database> otherNode = TestDatabases::memory();
    QVERIFY(node && otherNode);
    std::shared_ptr<ChangeBeacon> a = ChangeBeacon::inProcess(*node, QStringLiteral("profiles"));
    std::shared_ptr<ChangeBeacon> b = ChangeBeacon::inProcess(*node, QStringLiteral("profiles"));
    std::shared_ptr<ChangeBeacon> cas = ChangeBeacon::inProcess(*node, QStringLiteral("cas"));
    std::shared_ptr<ChangeBeacon> elsewhere = ChangeBeacon::inProcess(*otherNode, QStringLiteral("profiles"));
    QVERIFY(a->isValid());
    QCOMPARE(a->read(), 0);
    QVERIFY(a->bump());
    QVERIFY(b->bump());
    QCOMPARE(a->read(), 2);
    QCOMPARE(b->read(), 2);
    QCOMPARE(cas->read(), 0);
    QCOMPARE(elsewhere->read(), 0);
}

QTEST_GUILESS_MAIN(TestChangeBeacon)
#include "TestChangeBeacon.moc"
