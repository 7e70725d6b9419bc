// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/AuditCatalog.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "tests/support/TestDatabases.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
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

    /** RFC 4180: quoted fields may hold commas, doubled quotes and line breaks. */
    static QList<QStringList> parseCsv(const QString &text)
    {
        QList<QStringList> rows;
        QStringList row;
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else if (c == QLatin1Char('"')) {
                    quoted = false;
                } else {
                    field += c;
                }
            } else if (c == QLatin1Char('"')) {
                quoted = true;
            } else if (c == QLatin1Char(',')) {
                row << field;
                field.clear();
            } else if (c == QLatin1Char('\r')) {
                continue;
            } else if (c == QLatin1Char('\n')) {
                row << field;
                field.clear();
                rows << row;
                row.clear();
            } else {
                field += c;
            }
        }
        return rows;
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

    void exportWritesEveryRecordWithItsHashes_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("csv") << int(AuditExportFormat::Csv);
        QTest::newRow("json") << int(AuditExportFormat::Json);
    }

    void exportWritesEveryRecordWithItsHashes()
    {
        QFETCH(int, format);
        AuditLog log(m_db, m_clock);
        append(3);
        // Text a CSV must quote: commas, quotes, line breaks.
        QVERIFY(log.append(QStringLiteral("acme:x"), QStringLiteral("certificate.issue"), QStringLiteral("a,b"),
                           QStringLiteral("say \"hi\"\nthen, bye"))
                    .isOk());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("audit.out"));
        // An existing file is replaced, and ends up owner-only whatever it was.
        {
            QFile old(file);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old content that is longer than nothing");
        }
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        Result<qint64> n = AuditCatalog(m_db).exportTo(file, AuditExportFormat(format));
        QVERIFY(n.isOk());
        QCOMPARE(*n, 4);
        QCOMPARE(QFile::permissions(file) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray text = in.readAll();

        // Read back the fields of every record and recompute the chain from the copy alone.
        QList<QStringList> rows;
        if (AuditExportFormat(format) == AuditExportFormat::Json) {
            const QJsonArray a = QJsonDocument::fromJson(text).array();
            for (const QJsonValue &v : a) {
                const QJsonObject o = v.toObject();
                QStringList row;
                for (const char *k : {"seq", "time", "actor", "action", "object", "details", "prevHash", "hash"}) {
                    const QJsonValue f = o.value(QLatin1String(k));
                    row << (f.isDouble() ? QString::number(f.toInteger()) : f.toString());
                }
                rows << row;
            }
        } else {
            QVERIFY(text.startsWith("seq,time,actor,action,object,details,prev_hash,hash\r\n"));
            QVERIFY(text.contains("\"a,b\",\"say \"\"hi\"\"\nthen, bye\""));
            rows = parseCsv(QString::fromUtf8(text)).mid(1);
        }
        QCOMPARE(rows.size(), 4);
        QString prev = QStringLiteral("genesis");
        for (const QStringList &r : std::as_const(rows)) {
            QCOMPARE(r.size(), 8);
            const qint64 ts = QDateTime::fromString(r[1], Qt::ISODateWithMs).toMSecsSinceEpoch();
            QCOMPARE(r[6], prev);
            QCOMPARE(AuditLog::computeHash(prev, r[0].toLongLong(), ts, r[2], r[3], r[4], r[5]), r[7]);
            prev = r[7];
        }
        QCOMPARE(rows.last()[5], QStringLiteral("say \"hi\"\nthen, bye"));
    }

    void exportSinceSkipsOlderRecords()
    {
        append(2);
        const QDateTime cut = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs() + 60000, Qt::UTC);
        m_clock.advanceMs(120000);
        append(3);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("recent.json"));
        Result<qint64> n = AuditCatalog(m_db).exportTo(file, AuditExportFormat::Json, cut);
        QVERIFY(n.isOk());
        QCOMPARE(*n, 3);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QJsonArray a = QJsonDocument::fromJson(in.readAll()).array();
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.first()[QStringLiteral("seq")].toInteger(), 3);
        // Nothing after the cut: a valid, empty document.
        Result<qint64> none = AuditCatalog(m_db).exportTo(file, AuditExportFormat::Json, cut.addDays(1));
        QVERIFY(none.isOk());
        QCOMPARE(*none, 0);
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QJsonParseError error;
        QVERIFY(QJsonDocument::fromJson(again.readAll(), &error).isArray());
    }

    void exportToAnUnwritablePlaceFails()
    {
        append(1);
        QTemporaryDir dir;
        Result<qint64> n
            = AuditCatalog(m_db).exportTo(dir.filePath(QStringLiteral("missing/audit.csv")), AuditExportFormat::Csv);
        QVERIFY(!n.isOk());
        QCOMPARE(n.error().code(), CoreError::Code::Io);
    }
};

QTEST_GUILESS_MAIN(TestAuditCatalog)
#include "TestAuditCatalog.moc"
