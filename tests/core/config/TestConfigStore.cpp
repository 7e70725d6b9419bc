// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/ConfigStore.h"

#include "tests/support/TestDatabases.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestConfigStore : public QObject
{
    Q_OBJECT

private slots:
    void aliasNames_data();
    void aliasNames();
    void onlyAliasBecomesDefault_data();
    void onlyAliasBecomesDefault();
    void removingLeavesOneMakesItDefault();
    void renameKeepsDefault();
    void setFieldValidates_data();
    void setFieldValidates();
    void orderApprovalPatternsMatch_data();
    void orderApprovalPatternsMatch();
    void termsOfServiceChangesAreVersioned();
    void snapshotSeesChangesWithoutRestart();
    void snapshotSeesAnotherProcessesChangeAtOnce();
    void snapshotRunsNoStatementWhileNothingChanged();
    void snapshotWithADamagedBeaconReadsTheStoredVersion();
    void exportImportRoundTrip();
    void everyChangeIsAudited();
    void auditChainDetectsTampering();
    void protocolDisabledByDefault();
};

void TestConfigStore::aliasNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters digits dash underscore") << "Corp_tls-01" << true;
    QTest::newRow("one character") << "a" << true;
    QTest::newRow("250 characters") << QString(250, QLatin1Char('x')) << true;
    QTest::newRow("251 characters rejected") << QString(251, QLatin1Char('x')) << false;
    QTest::newRow("empty rejected") << "" << false;
    QTest::newRow("blank rejected") << "a b" << false;
    QTest::newRow("slash rejected") << "a/b" << false;
    QTest::newRow("dot rejected") << "a.b" << false;
}

void TestConfigStore::aliasNames()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(AliasConfig::isValidName(name), valid);
    QCOMPARE(AliasConfig::withDefaults(name).validate().isOk(), valid);
}

void TestConfigStore::onlyAliasBecomesDefault_data()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

void TestConfigStore::onlyAliasBecomesDefault()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock;
    ConfigStore store(db, clock);
    QVERIFY(store.addAlias(AliasConfig::withDefaults(QStringLiteral("first")), QStringLiteral("test")).isOk());
    QCOMPARE(store.settings()->defaultAlias, QStringLiteral("first"));
    QVERIFY(store.addAlias(AliasConfig::withDefaults(QStringLiteral("second")), QStringLiteral("test")).isOk());
    QCOMPARE(store.settings()->defaultAlias, QStringLiteral("first"));
    VoidResult dup = store.addAlias(AliasConfig::withDefaults(QStringLiteral("second")), QStringLiteral("test"));
    QVERIFY(!dup.isOk());
    QCOMPARE(dup.error().code(), CoreError::Code::Conflict);
}

void TestConfigStore::removingLeavesOneMakesItDefault()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    ConfigStore store(db, clock);
    QVERIFY(store.addAlias(AliasConfig::withDefaults(QStringLiteral("a")), QStringLiteral("t")).isOk());
    QVERIFY(store.addAlias(AliasConfig::withDefaults(QStringLiteral("b")), QStringLiteral("t")).isOk());
    QVERIFY(store.addAlias(AliasConfig::withDefaults(QStringLiteral("c")), QStringLiteral("t")).isOk());
    {
        VoidResult r = store.setDefaultAlias(QStringLiteral("b"), QStringLiteral("t"));
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().toLogString()));
    }
    QVERIFY(store.removeAlias(QStringLiteral("b"), QStringLiteral("t")).isOk());
    QCOMPARE(store.settings()->defaultAlias, QString());
    QVERIFY(store.removeAlias(QStringLiteral("a"), QStringLiteral("t")).isOk());
    QCOMPARE(store.settings()->defaultAlias, QStringLiteral("c"));
    QCOMPARE(store.removeAlias(QStringLiteral("nope"), QStringLiteral("t")).error().code(), CoreError::Code::NotFound);
    QCOMPARE(store.setDefaultAlias(QStringLiteral("nope"), QStringLiteral("t")).error().code(),
             CoreError::Code::NotFound);
}

void TestConfigStore::renameKeepsDefault()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    ConfigStore store(db, clock);
    QVERIFY(store.addAlias(AliasConfig::withDefaults(QStringLiteral("old")), QStringLiteral("t")).isOk());
    QVERIFY(store.renameAlias(QStringLiteral("old"), QStringLiteral("new"), QStringLiteral("t")).isOk());
    QCOMPARE(store.settings()->defaultAlias, QStringLiteral("new"));
    QVERIFY(!store.alias(QStringLiteral("old")).isOk());
    QVERIFY(store.cloneAlias(QStringLiteral("new"), QStringLiteral("copy"), QStringLiteral("t")).isOk());
    QCOMPARE(store.aliases()->size(), 2);
}

void TestConfigStore::setFieldValidates_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("stored");
    QTest::newRow("order validity normalised") << "orderValidity"
                                               << "30s 30m 1h" << true << "1h 30m 30s";
    QTest::newRow("malformed order validity") << "orderValidity"
                                              << "1 hour" << false << "";
    QTest::newRow("redirect ports list") << "authorizedRedirectPorts"
                                         << "80, 443" << true << "80,443";
    QTest::newRow("redirect port out of range") << "authorizedRedirectPorts"
                                                << "80,70000" << false << "";
    QTest::newRow("empty redirect ports mean any") << "authorizedRedirectPorts"
                                                   << "" << true << "";
    QTest::newRow("ToS URL must be http(s)") << "termsOfServiceUrl"
                                             << "ftp://x/tos" << false << "";
    QTest::newRow("ToS URL") << "termsOfServiceUrl"
                             << "https://ca.example/tos/v1" << true << "https://ca.example/tos/v1";
    QTest::newRow("challenge type") << "dnsChallengeTypes"
                                    << "dns-01" << true << "dns-01";
    QTest::newRow("unknown challenge type") << "dnsChallengeTypes"
                                            << "email-01" << false << "";
    QTest::newRow("bool yes") << "wildcardAllowed"
                              << "true" << true << "true";
    QTest::newRow("bool garbage") << "wildcardAllowed"
                                  << "maybe" << false << "";
    QTest::newRow("resolver must be an address") << "dnsResolver"
                                                 << "resolver.example" << false << "";
    QTest::newRow("resolver address") << "dnsResolver"
                                      << "127.0.0.1" << true << "127.0.0.1";
    QTest::newRow("name scheme") << "raNameScheme"
                                 << "dn" << true << "DN";
    QTest::newRow("unknown field") << "colour"
                                   << "blue" << false << "";
    QTest::newRow("deny range") << "validationDenyRanges"
                                << "10.0.0.0/8,fd00::/8" << true << "10.0.0.0/8,fd00::/8";
    QTest::newRow("list entries may contain blanks")
        << "clientCertificateTrustedCas"
        << "Anvil Issuing CA, Other CA" << true << "Anvil Issuing CA,Other CA";
    QTest::newRow("bad deny range") << "validationDenyRanges"
                                    << "10.0.0.0/99" << false << "";
    QTest::newRow("order approval patterns")
        << "orderApprovalPatterns"
        << "*.prod.example.com, secure.example.com, 10.0.0.0/8, 192.0.2.7, 2001:db8::/32" << true
        << "*.prod.example.com,secure.example.com,10.0.0.0/8,192.0.2.7,2001:db8::/32";
    QTest::newRow("order approval for every order") << "orderApprovalPatterns"
                                                    << "*" << true << "*";
    QTest::newRow("order approval pattern with inner wildcard") << "orderApprovalPatterns"
                                                                << "a.*.example.com" << false << "";
    QTest::newRow("order approval pattern with bad range") << "orderApprovalPatterns"
                                                           << "10.0.0.0/40" << false << "";
    QTest::newRow("order approval pattern with blank") << "orderApprovalPatterns"
                                                       << "www example.com" << false << "";
    QTest::newRow("ARI explanation URL") << "renewalExplanationUrl"
                                         << "https://ca.example/why-renew" << true << "https://ca.example/why-renew";
    QTest::newRow("ARI explanation URL must be http(s)") << "renewalExplanationUrl"
                                                         << "mailto:pki@example.com" << false << "";
}

void TestConfigStore::orderApprovalPatternsMatch_data()
{
    QTest::addColumn<QString>("patterns");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("held");
    QTest::newRow("no patterns hold nothing") << ""
                                              << "dns"
                                              << "www.example.com" << false;
    QTest::newRow("exact name") << "secure.example.com"
                                << "dns"
                                << "secure.example.com" << true;
    QTest::newRow("exact name is case-insensitive") << "Secure.Example.COM"
                                                    << "dns"
                                                    << "secure.example.com" << true;
    QTest::newRow("exact name does not hold its subdomains") << "example.com"
                                                             << "dns"
                                                             << "www.example.com" << false;
    QTest::newRow("subdomain pattern holds a name below") << "*.prod.example.com"
                                                          << "dns"
                                                          << "api.prod.example.com" << true;
    QTest::newRow("subdomain pattern holds deeper names") << "*.prod.example.com"
                                                          << "dns"
                                                          << "a.b.prod.example.com" << true;
    QTest::newRow("subdomain pattern holds the wildcard itself") << "*.prod.example.com"
                                                                 << "dns"
                                                                 << "*.prod.example.com" << true;
    QTest::newRow("subdomain pattern does not hold the domain") << "*.prod.example.com"
                                                                << "dns"
                                                                << "prod.example.com" << false;
    QTest::newRow("subdomain pattern needs a label boundary") << "*.example.com"
                                                              << "dns"
                                                              << "badexample.com" << false;
    QTest::newRow("range holds an address in it") << "10.0.0.0/8"
                                                  << "ip"
                                                  << "10.1.2.3" << true;
    QTest::newRow("range does not hold an address outside") << "10.0.0.0/8"
                                                            << "ip"
                                                            << "192.0.2.1" << false;
    QTest::newRow("IPv6 range") << "2001:db8::/32"
                                << "ip"
                                << "2001:db8::1" << true;
    QTest::newRow("single address") << "192.0.2.7"
                                    << "ip"
                                    << "192.0.2.7" << true;
    QTest::newRow("address pattern does not hold a DNS name") << "192.0.2.7"
                                                              << "dns"
                                                              << "www.example.com" << false;
    QTest::newRow("name pattern does not hold an address") << "*.example.com"
                                                           << "ip"
                                                           << "192.0.2.7" << false;
    QTest::newRow("star holds every identifier") << "*"
                                                 << "ip"
                                                 << "192.0.2.7" << true;
    QTest::newRow("any one entry of the list") << "a.example.com,*.prod.example.com"
                                               << "dns"
                                               << "x.prod.example.com" << true;
}

void TestConfigStore::orderApprovalPatternsMatch()
{
    QFETCH(QString, patterns);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(bool, held);
    AliasConfig alias = AliasConfig::withDefaults(QStringLiteral("a"));
    QVERIFY(alias.setField(QStringLiteral("orderApprovalPatterns"), patterns).isOk());
    QVERIFY(alias.validate().isOk());
    QCOMPARE(alias.requiresOrderApproval(type, value), held);
}

void TestConfigStore::setFieldValidates()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, stored);
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    ConfigStore store(db, clock);
    QVERIFY(store.addAlias(AliasConfig::withDefaults(QStringLiteral("a")), QStringLiteral("t")).isOk());
    VoidResult r = store.setAliasField(QStringLiteral("a"), field, value, QStringLiteral("t"));
    QCOMPARE(r.isOk(), ok);
    if (ok) {
        QCOMPARE(store.alias(QStringLiteral("a"))->field(field), stored);
    } else {
        QVERIFY(!r.error().detail().isEmpty());
    }
}

void TestConfigStore::termsOfServiceChangesAreVersioned()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    ConfigStore store(db, clock);
    AliasConfig a = AliasConfig::withDefaults(QStringLiteral("a"));
    a.termsOfServiceUrl = QStringLiteral("https://ca.example/tos/1");
    QVERIFY(store.addAlias(a, QStringLiteral("t")).isOk());
    QVERIFY(
        store.setAliasField(QStringLiteral("a"), QStringLiteral("retryAfter"), QStringLiteral("5"), QStringLiteral("t"))
            .isOk());
    QCOMPARE(store.tosVersions(QStringLiteral("a"))->size(), 1);
    QVERIFY(store
                .setAliasField(QStringLiteral("a"), QStringLiteral("termsOfServiceUrl"),
                               QStringLiteral("https://ca.example/tos/2"), QStringLiteral("t"))
                .isOk());
    const QList<TosVersion> versions = *store.tosVersions(QStringLiteral("a"));
    QCOMPARE(versions.size(), 2);
    QCOMPARE(versions.first().url, QStringLiteral("https://ca.example/tos/2"));
    QVERIFY(store.snapshot()->currentTosVersion.value(QStringLiteral("a")) == versions.first().id);
}

void TestConfigStore::snapshotSeesChangesWithoutRestart()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    ConfigStore server(db, clock);
    ConfigStore console(db, clock); // another process or node writing the same database
    QVERIFY(console.addAlias(AliasConfig::withDefaults(QStringLiteral("a")), QStringLiteral("t")).isOk());
    QVERIFY(server.snapshot()->alias(QStringLiteral("a")));
    QVERIFY(
        console
            .setAliasField(QStringLiteral("a"), QStringLiteral("retryAfter"), QStringLiteral("7"), QStringLiteral("t"))
            .isOk());
    // Cached until the staleness window passes...
    QCOMPARE(server.snapshot()->alias(QStringLiteral("a"))->retryAfterSeconds, 0);
    clock.advanceMs(1500);
    // ...then the new version is read.
    QCOMPARE(server.snapshot()->alias(QStringLiteral("a"))->retryAfterSeconds, 7);
    // A change through the same store is seen at once and signalled.
    QSignalSpy spy(&server, &ConfigStore::configChanged);
    QVERIFY(server.setSetting(QStringLiteral("acme.enabled"), QStringLiteral("true"), QStringLiteral("t")).isOk());
    QCOMPARE(spy.count(), 1);
    QVERIFY(server.snapshot()->settings.acmeEnabled);
}

void TestConfigStore::snapshotSeesAnotherProcessesChangeAtOnce()
{
    TestDatabases::TwoProcesses p;
    QVERIFY(p.serverDb && p.cliDb);
    MockClock clock;
    ConfigStore server(p.serverDb, clock);
    ConfigStore cli(p.cliDb, clock);
    QVERIFY(server.hasChangeBeacon());
    server.setStaleMs(3600 * 1000); // no periodic look at the stored version during this test
    QVERIFY(!server.snapshot()->alias(QStringLiteral("a")));
    QVERIFY(cli.addAlias(AliasConfig::withDefaults(QStringLiteral("a")), QStringLiteral("t")).isOk());
    QVERIFY(server.snapshot()->alias(QStringLiteral("a")));
    QVERIFY(
        cli.setAliasField(QStringLiteral("a"), QStringLiteral("retryAfter"), QStringLiteral("7"), QStringLiteral("t"))
            .isOk());
    QCOMPARE(server.snapshot()->alias(QStringLiteral("a"))->retryAfterSeconds, 7);
}

void TestConfigStore::snapshotRunsNoStatementWhileNothingChanged()
{
    TestDatabases::TwoProcesses p;
    QVERIFY(p.serverDb && p.cliDb);
    MockClock clock;
    ConfigStore server(p.serverDb, clock);
    ConfigStore cli(p.cliDb, clock);
    server.setStaleMs(1000);
    const qint64 version = server.snapshot()->version;
    const quint64 before = p.serverDb->counters().statements;
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(server.snapshot()->version, version);
    }
    QCOMPARE(p.serverDb->counters().statements, before);
    // Writes that are not configuration leave the beacon alone.
    QVERIFY(p.cliDb->exec(QStringLiteral("INSERT INTO nonces (value, expires) VALUES ('n', 1)")).isOk());
    QCOMPARE(server.snapshot()->version, version);
    QCOMPARE(p.serverDb->counters().statements, before);
    // Past the staleness window the stored version is read once (one statement), then cached again.
    clock.advanceMs(1500);
    QCOMPARE(server.snapshot()->version, version);
    QCOMPARE(server.snapshot()->version, version);
    QCOMPARE(p.serverDb->counters().statements, before + 1);
    // A change is one look and one reload.
    QVERIFY(cli.setSetting(QStringLiteral("acme.enabled"), QStringLiteral("true"), QStringLiteral("t")).isOk());
    QVERIFY(server.snapshot()->settings.acmeEnabled);
    QVERIFY(server.snapshot()->version > version);
}

void TestConfigStore::snapshotWithADamagedBeaconReadsTheStoredVersion()
{
    TestDatabases::TwoProcesses p;
    QVERIFY(p.serverDb && p.cliDb);
    MockClock clock;
    ConfigStore server(p.serverDb, clock);
    server.setStaleMs(3600 * 1000);
    (void)server.snapshot();
    QFile beacon(p.serverDb->sqliteFile() + QStringLiteral("-config"));
    QVERIFY(beacon.open(QIODevice::WriteOnly | QIODevice::Truncate));
    beacon.write("damaged\n");
    beacon.close();
    // The writer's bump would repair it; a writer that cannot (or a damaged file) must not hide
    // its change: while the beacon is unreadable every snapshot() looks at the stored version.
    ConfigStore cli(p.cliDb, clock);
    QVERIFY(p.cliDb->exec(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('config_version', '999')"))
                .isOk());
    QCOMPARE(server.snapshot()->version, 999);
}

void TestConfigStore::exportImportRoundTrip()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    ConfigStore store(db, clock);
    AliasConfig a = AliasConfig::withDefaults(QStringLiteral("corp"));
    a.wildcardAllowed = true;
    a.orderValidity = Duration::fromSeconds(7200);
    QVERIFY(store.addAlias(a, QStringLiteral("t")).isOk());
    QVERIFY(store.setSetting(QStringLiteral("acme.enabled"), QStringLiteral("true"), QStringLiteral("t")).isOk());
    const QJsonObject exported = *store.exportJson();

    std::shared_ptr<Database> other = TestDatabases::memory();
    ConfigStore target(other, clock);
    QVERIFY(target.importJson(exported, QStringLiteral("t")).isOk());
    QCOMPARE(*target.exportJson(), exported);
    QVERIFY(target.alias(QStringLiteral("corp"))->wildcardAllowed);
    QVERIFY(
        !target.importJson(QJsonObject {{QStringLiteral("format"), QStringLiteral("x")}}, QStringLiteral("t")).isOk());
}

void TestConfigStore::everyChangeIsAudited()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    ConfigStore store(db, clock);
    QVERIFY(store.addAlias(AliasConfig::withDefaults(QStringLiteral("a")), QStringLiteral("admin:alice")).isOk());
    QVERIFY(store
                .setAliasField(QStringLiteral("a"), QStringLiteral("wildcardAllowed"), QStringLiteral("true"),
                               QStringLiteral("admin:bob"))
                .isOk());
    AuditLog log(db, clock);
    const QList<AuditEntry> entries = *log.recent(10);
    QVERIFY(entries.size() >= 2);
    QCOMPARE(entries.first().actor, QStringLiteral("admin:bob"));
    QCOMPARE(entries.first().action, QStringLiteral("alias.update"));
    QVERIFY(log.verify().isOk());
}

void TestConfigStore::auditChainDetectsTampering()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    AuditLog log(db, clock);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(log.append(QStringLiteral("admin:a"), QStringLiteral("x"), QString::number(i)).isOk());
    }
    QCOMPARE(*log.verify(), 5);
    QVERIFY(db->exec(QStringLiteral("UPDATE audit_log SET actor = 'admin:mallory' WHERE seq = 3")).isOk());
    Result<qint64> broken = log.verify();
    QVERIFY(!broken.isOk());
    QVERIFY(broken.error().detail().contains(QLatin1String("record 3")));
}

void TestConfigStore::protocolDisabledByDefault()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    ConfigStore store(db, clock);
    QVERIFY(!store.settings()->acmeEnabled);
    QVERIFY(!store.snapshot()->settings.acmeEnabled);
}

QTEST_GUILESS_MAIN(TestConfigStore)
#include "TestConfigStore.moc"
