// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/AuditCatalog.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "tests/support/TestDatabases.h"

#include <QTest>

class TestAuditCatalog : public QObject
{
    Q_OBJECT

private:
    void append(int n)
    {
        AuditLog log(m_db, m_clock);
        for (int i = 1; i <= n; ++i) {
            QVERIFY(log.append(i % 2 ? QStringLiteral("admin:alice") : QStringLiteral("admin:bob"),
                               QStringLiteral("alias.update"), QStringLiteral("web-%1").arg(i))
                        .isOk());
        }
    }

    std::shared_ptr<Database> m_db;
    MockClock m_clock;

private slots:
    void init() { m_db = TestDatabases::memory(); }

    void pagesNewestFirstAndFilter()
    {
        append(12);
        AuditCatalog catalog(m_db);
        Result<Page<AuditRecord>> first = catalog.list({}, nullptr, 5);
        QVERIFY(first.isOk());
        QCOMPARE(first->rows.size(), 5);
        QVERIFY(first->more);
        QCOMPARE(first->rows.first().seq, 12);
        Result<Page<AuditRecord>> second = catalog.list({}, &first->rows.constLast(), 5);
        QCOMPARE(second->rows.first().seq, 7);
        Result<Page<AuditRecord>> bob = catalog.list(QStringLiteral("bob"), nullptr, 100);
        QCOMPARE(bob->rows.size(), 6);
        QVERIFY(!bob->more);
        QCOMPARE(*catalog.count(), 12);
    }

    void verify_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<bool>("intact");
        QTest::addColumn<qint64>("brokenAt");
        QTest::addColumn<bool>("missing");
        QTest::newRow("untouched log is intact") << QString() << true << qint64(0) << false;
        QTest::newRow("edited details break at that record")
            << QStringLiteral("UPDATE audit_log SET details = 'x' WHERE seq = 4") << false << qint64(4) << false;
        QTest::newRow("removed record is reported missing")
            << QStringLiteral("DELETE FROM audit_log WHERE seq = 6") << false << qint64(6) << true;
    }

    void verify()
    {
        QFETCH(QString, tamper);
        QFETCH(bool, intact);
        QFETCH(qint64, brokenAt);
        QFETCH(bool, missing);
        append(8);
        if (!tamper.isEmpty()) {
            QVERIFY(m_db->exec(tamper).isOk());
        }
        Result<AuditVerification> v = AuditCatalog(m_db).verify();
        QVERIFY(v.isOk());
        QCOMPARE(v->intact, intact);
        QCOMPARE(v->brokenAt, brokenAt);
        QCOMPARE(v->missing, missing);
        if (intact) {
            QCOMPARE(v->records, 8);
        }
    }
};

QTEST_GUILESS_MAIN(TestAuditCatalog)
#include "TestAuditCatalog.moc"
