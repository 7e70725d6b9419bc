// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/pki/ProfileRepository.h"
#include "core/util/Clock.h"

#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestDatabases.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <optional>

class TestProfiles : public QObject
{
    Q_OBJECT

private slots:
    void checkKey_data();
    void checkKey();
    void certificateProfileFromJson_data();
    void certificateProfileFromJson();
    void endEntityProfileFromJson_data();
    void endEntityProfileFromJson();
    void endEntityIdentifierCounts_data();
    void endEntityIdentifierCounts();
    void repositoryRoundTrip_data();
    void repositoryRoundTrip();
    void cachedProfilesCostNoStatement_data();
    void cachedProfilesCostNoStatement();
    void anotherProcessesChangeIsSeenAtOnce_data();
    void anotherProcessesChangeIsSeenAtOnce();
    void anotherNodesChangeIsSeenWithinASecond_data();
    void anotherNodesChangeIsSeenWithinASecond();
    void changeOnTheSameNodeIsSeenAtOnce();
    void changeInATransactionIsAnnouncedWhenCommitted();
    void unannouncedChangeIsSeenWithinASecond();
};

void TestProfiles::checkKey_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("message"); // empty: allowed
    QTest::newRow("EC P-256 is allowed") << QStringLiteral("EC") << QStringLiteral("P-256") << 256 << QString();
    QTest::newRow("RSA 3072 is allowed") << QStringLiteral("RSA") << QString() << 3072 << QString();
    QTest::newRow("wrong curve P-521") << QStringLiteral("EC") << QStringLiteral("P-521") << 521
                                       << QStringLiteral(
                                              "Curve P-521 is not allowed by profile 'TLS' (allowed: P-256, P-384)");
    QTest::newRow("short RSA key of 1024 bits")
        << QStringLiteral("RSA") << QString() << 1024
        << QStringLiteral("RSA key of 1024 bits is not allowed by profile 'TLS' (allowed: 2048, 3072, 4096)");
    QTest::newRow("disallowed algorithm Ed25519")
        << QStringLiteral("Ed25519") << QString() << 253
        << QStringLiteral("Key algorithm Ed25519 is not allowed by profile 'TLS' (allowed: EC, RSA)");
}

void TestProfiles::checkKey()
{
    QFETCH(QString, algorithm);
    QFETCH(QString, curve);
    QFETCH(int, bits);
    QFETCH(QString, message);
    CertificateProfile p;
    p.name = QStringLiteral("TLS");
    VoidResult r = p.checkKey(algorithm, curve, bits);
    QCOMPARE(r.isOk(), message.isEmpty());
    if (!message.isEmpty()) {
        QCOMPARE(r.error().code(), CoreError::Code::BadCsr);
        QCOMPARE(r.error().detail(), message);
    }
}

void TestProfiles::certificateProfileFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("empty object takes the defaults") << QByteArray("{}") << QString();
    QTest::newRow("human validity string") << QByteArray(R"({"validity":"1y 6mo"})") << QString();
    QTest::newRow("malformed validity string")
        << QByteArray(R"({"validity":"ninety days"})")
        << QStringLiteral("Certificate profile 'P': validity 'ninety days' is not a duration");
    QTest::newRow("zero validity") << QByteArray(R"({"validity":"0d"})")
                                   << QStringLiteral("validity must be longer than zero");
    QTest::newRow("unknown curve") << QByteArray(R"({"ecCurves":["P-192"]})")
                                   << QStringLiteral("Certificate profile 'P': unknown curve 'P-192'");
    QTest::newRow("RSA size below 2048") << QByteArray(R"({"rsaBits":[1024]})")
                                         << QStringLiteral("RSA key size 1024 is not supported");
    QTest::newRow("rsaBits of strings") << QByteArray(R"({"rsaBits":["2048"]})")
                                        << QStringLiteral("rsaBits must be a list of numbers");
    QTest::newRow("unknown algorithm") << QByteArray(R"({"keyAlgorithms":["DSA"]})")
                                       << QStringLiteral("unknown key algorithm 'DSA'");
    QTest::newRow("unknown extended key usage") << QByteArray(R"({"extendedKeyUsage":["anyPurpose"]})")
                                                << QStringLiteral("unknown extended key usage 'anyPurpose'");
    QTest::newRow("singleActiveCertificate not a bool")
        << QByteArray(R"({"singleActiveCertificate":"yes"})")
        << QStringLiteral("singleActiveCertificate must be true or false");
}

void TestProfiles::certificateProfileFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Result<CertificateProfile> p
        = CertificateProfile::fromJson(QStringLiteral("P"), QJsonDocument::fromJson(json).object());
    QCOMPARE(p.isOk(), message.isEmpty());
    if (!message.isEmpty()) {
        QCOMPARE(p.error().code(), CoreError::Code::InvalidProfile);
        QVERIFY2(p.error().detail().contains(message), qPrintable(p.error().detail()));
        return;
    }
    // toJson/fromJson round-trip.
    Result<CertificateProfile> again = CertificateProfile::fromJson(QStringLiteral("P"), p->toJson());
    VERIFY_OK(again);
    QCOMPARE(again->toJson(), p->toJson());
}

void TestProfiles::endEntityProfileFromJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty object takes the defaults") << QByteArray("{}") << QString();
    QTest::newRow("CN missing from the DN attributes")
        << QByteArray(R"({"subjectDnAttributes":["O"]})") << QStringLiteral("subjectDnAttributes must include CN");
    QTest::newRow("email required but unused")
        << QByteArray(R"({"emailRequired":true})") << QStringLiteral("cannot be required when it is not used");
    QTest::newRow("default CA outside the available ones")
        << QByteArray(R"({"defaultCa":"A","availableCas":["B"]})")
        << QStringLiteral("the default CA 'A' must be one of the available CAs");
    QTest::newRow("maxSanDns not a number")
        << QByteArray(R"({"maxSanDns":"ten"})") << QStringLiteral("maxSanDns must be a number");
}

void TestProfiles::endEntityProfileFromJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    Result<EndEntityProfile> p
        = EndEntityProfile::fromJson(QStringLiteral("E"), QJsonDocument::fromJson(json).object());
    QCOMPARE(p.isOk(), message.isEmpty());
    if (!message.isEmpty()) {
        QCOMPARE(p.error().code(), CoreError::Code::InvalidProfile);
        QVERIFY2(p.error().detail().contains(message), qPrintable(p.error().detail()));
        return;
    }
    QCOMPARE(EndEntityProfile::fromJson(QStringLiteral("E"), p->toJson())->toJson(), p->toJson());
}

void TestProfiles::endEntityIdentifierCounts_data()
{
    QTest::addColumn<int>("dns");
    QTest::addColumn<int>("ip");
    QTest::addColumn<QString>("message");
    QTest::newRow("within the limits") << 2 << 1 << QString();
    QTest::newRow("too many DNS names") << 3 << 0 << QStringLiteral("3 DNS names exceed the maximum of 2");
    QTest::newRow("IP addresses not allowed") << 1 << 1 << QStringLiteral("IP addresses are not allowed");
}

void TestProfiles::endEntityIdentifierCounts()
{
    QFETCH(int, dns);
    QFETCH(int, ip);
    QFETCH(QString, message);
    EndEntityProfile p = EndEntityProfile::acmeDefault(QStringLiteral("CA"));
    p.maxSanDns = 2;
    if (!message.isEmpty() && ip > 0) {
        p.sanIpAllowed = false;
    }
    VoidResult r = p.checkIdentifierCounts(dns, ip);
    QCOMPARE(r.isOk(), message.isEmpty());
    if (!message.isEmpty()) {
        QCOMPARE(r.error().code(), CoreError::Code::RejectedIdentifier);
        QVERIFY2(r.error().detail().contains(message), qPrintable(r.error().detail()));
    }
}

void TestProfiles::repositoryRoundTrip_data()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

void TestProfiles::repositoryRoundTrip()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock;
    ProfileRepository repo(db, clock);
    QCOMPARE(repo.certificateProfile(QStringLiteral("ACME_TLS")).error().code(), CoreError::Code::NotFound);
    VERIFY_OK(repo.ensureDefaults(QStringLiteral("Issuing")));
    VERIFY_OK(repo.ensureDefaults(QStringLiteral("Other"))); // idempotent: existing profiles stay
    Result<CertificateProfile> tls = repo.certificateProfile(QStringLiteral("ACME_TLS"));
    VERIFY_OK(tls);
    QCOMPARE(tls->validity.ms(), 90LL * 24 * 3600 * 1000);
    QCOMPARE(tls->extendedKeyUsage, QStringList {QStringLiteral("serverAuth")});
    Result<EndEntityProfile> ee = repo.endEntityProfile(QStringLiteral("ACME_EE"));
    VERIFY_OK(ee);
    QCOMPARE(ee->defaultCa, QStringLiteral("Issuing"));

    CertificateProfile custom;
    custom.name = QStringLiteral("SHORT");
    custom.keyAlgorithms = {QStringLiteral("EC")};
    custom.ecCurves = {QStringLiteral("P-384")};
    custom.validity = *Duration::parse(QStringLiteral("7d"));
    custom.singleActiveCertificate = true;
    VERIFY_OK(repo.saveCertificateProfile(custom));
    custom.validity = *Duration::parse(QStringLiteral("14d"));
    VERIFY_OK(repo.saveCertificateProfile(custom)); // update in place
    Result<CertificateProfile> loaded = repo.certificateProfile(QStringLiteral("SHORT"));
    VERIFY_OK(loaded);
    QCOMPARE(loaded->toJson(), custom.toJson());
    QCOMPARE(repo.certificateProfiles()->size(), 2);

    CertificateProfile invalid = custom;
    invalid.rsaBits = {512};
    invalid.keyAlgorithms = {QStringLiteral("RSA")};
    QCOMPARE(repo.saveCertificateProfile(invalid).error().code(), CoreError::Code::InvalidProfile);

    VERIFY_OK(repo.removeCertificateProfile(QStringLiteral("SHORT")));
    QCOMPARE(repo.removeCertificateProfile(QStringLiteral("SHORT")).error().code(), CoreError::Code::NotFound);
    QCOMPARE(repo.endEntityProfiles()->size(), 1);
    VERIFY_OK(repo.removeEndEntityProfile(QStringLiteral("ACME_EE")));
}

namespace {

CertificateProfile withValidity(const QString &validity)
{
    CertificateProfile p = CertificateProfile::acmeDefault();
    p.validity = *Duration::parse(validity);
    return p;
}

/**
 * The server's profiles and another process's (or, on PostgreSQL, another node's) on one database
 * opened twice, the defaults in place, one clock that advances only when a test says so.
 */
struct ServerAndOther
{
    explicit ServerAndOther(const QString &backend = QStringLiteral("sqlite"))
        : p(backend)
    {
        if (p.serverDb && p.cliDb) {
            server.emplace(p.serverDb, clock);
            other.emplace(p.cliDb, clock);
            ready = server->ensureDefaults(QStringLiteral("Issuing")).isOk();
        }
    }

    TestDatabases::TwoProcesses p;
    MockClock clock;
    std::optional<ProfileRepository> server;
    std::optional<ProfileRepository> other;
    bool ready = false;
};

} // namespace

void TestProfiles::cachedProfilesCostNoStatement_data()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

void TestProfiles::cachedProfilesCostNoStatement()
{
    QFETCH(QString, backend);
    TestDatabases::TwoProcesses p(backend);
    QVERIFY(p.serverDb);
    MockClock clock;
    ProfileRepository server(p.serverDb, clock);
    VERIFY_OK(server.ensureDefaults(QStringLiteral("Issuing")));
    VERIFY_OK(server.certificateProfile(QStringLiteral("ACME_TLS")));
    VERIFY_OK(server.endEntityProfile(QStringLiteral("ACME_EE")));
    const quint64 before = p.serverDb->counters().statements;
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->name, QStringLiteral("ACME_TLS"));
        QCOMPARE(server.endEntityProfile(QStringLiteral("ACME_EE"))->defaultCa, QStringLiteral("Issuing"));
    }
    QCOMPARE(p.serverDb->counters().statements, before);
    // A missing profile is not remembered: it may be created any moment.
    QCOMPARE(server.certificateProfile(QStringLiteral("NEW")).error().code(), CoreError::Code::NotFound);
    QCOMPARE(server.certificateProfile(QStringLiteral("NEW")).error().code(), CoreError::Code::NotFound);
    QCOMPARE(p.serverDb->counters().statements, before + 2);
}

void TestProfiles::anotherProcessesChangeIsSeenAtOnce_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("certificate profile saved") << QStringLiteral("save");
    QTest::newRow("certificate profile removed") << QStringLiteral("remove");
    QTest::newRow("end entity profile saved") << QStringLiteral("save ee");
    QTest::newRow("end entity profile removed") << QStringLiteral("remove ee");
}

void TestProfiles::anotherProcessesChangeIsSeenAtOnce()
{
    QFETCH(QString, change);
    ServerAndOther t; // the clock never advances: only the announcement can end a cached entry here
    QVERIFY(t.ready);
    ProfileRepository &server = *t.server;
    ProfileRepository &cli = *t.other;
    QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms(), 90LL * 24 * 3600 * 1000);
    QCOMPARE(server.endEntityProfile(QStringLiteral("ACME_EE"))->defaultCa, QStringLiteral("Issuing"));
    if (change == QLatin1String("save")) {
        VERIFY_OK(cli.saveCertificateProfile(withValidity(QStringLiteral("7d"))));
        QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms(), 7LL * 24 * 3600 * 1000);
    } else if (change == QLatin1String("remove")) {
        VERIFY_OK(cli.removeCertificateProfile(QStringLiteral("ACME_TLS")));
        QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS")).error().code(), CoreError::Code::NotFound);
    } else if (change == QLatin1String("save ee")) {
        EndEntityProfile ee = *cli.endEntityProfile(QStringLiteral("ACME_EE"));
        ee.defaultCa = QStringLiteral("Other");
        VERIFY_OK(cli.saveEndEntityProfile(ee));
        QCOMPARE(server.endEntityProfile(QStringLiteral("ACME_EE"))->defaultCa, QStringLiteral("Other"));
    } else {
        VERIFY_OK(cli.removeEndEntityProfile(QStringLiteral("ACME_EE")));
        QCOMPARE(server.endEntityProfile(QStringLiteral("ACME_EE")).error().code(), CoreError::Code::NotFound);
    }
}

void TestProfiles::anotherNodesChangeIsSeenWithinASecond_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("certificate profile saved") << QStringLiteral("save");
    QTest::newRow("certificate profile removed") << QStringLiteral("remove");
    QTest::newRow("end entity profile saved") << QStringLiteral("save ee");
}

void TestProfiles::anotherNodesChangeIsSeenWithinASecond()
{
    // PostgreSQL: nothing tells another node at once; it reads again once its copy is a second
    // old, as it does for the aliases' configuration.
    if (!TestDatabases::backends().contains(QStringLiteral("postgresql"))) {
        QSKIP("PostgreSQL not configured");
    }
    QFETCH(QString, change);
    ServerAndOther t(QStringLiteral("postgresql"));
    QVERIFY(t.ready);
    ProfileRepository &server = *t.server;
    ProfileRepository &other = *t.other;
    const qint64 days90 = 90LL * 24 * 3600 * 1000;
    QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms(), days90);
    QCOMPARE(server.endEntityProfile(QStringLiteral("ACME_EE"))->defaultCa, QStringLiteral("Issuing"));
    if (change == QLatin1String("save")) {
        VERIFY_OK(other.saveCertificateProfile(withValidity(QStringLiteral("7d"))));
    } else if (change == QLatin1String("remove")) {
        VERIFY_OK(other.removeCertificateProfile(QStringLiteral("ACME_TLS")));
    } else {
        EndEntityProfile ee = *other.endEntityProfile(QStringLiteral("ACME_EE"));
        ee.defaultCa = QStringLiteral("Other");
        VERIFY_OK(other.saveEndEntityProfile(ee));
    }
    t.clock.advanceMs(900);
    QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms(), days90);
    QCOMPARE(server.endEntityProfile(QStringLiteral("ACME_EE"))->defaultCa, QStringLiteral("Issuing"));
    t.clock.advanceMs(200);
    if (change == QLatin1String("save")) {
        QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms(), 7LL * 24 * 3600 * 1000);
    } else if (change == QLatin1String("remove")) {
        QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS")).error().code(), CoreError::Code::NotFound);
    } else {
        QCOMPARE(server.endEntityProfile(QStringLiteral("ACME_EE"))->defaultCa, QStringLiteral("Other"));
    }
}

void TestProfiles::changeOnTheSameNodeIsSeenAtOnce()
{
    // The console and the server in one process on PostgreSQL (or two repositories of one node):
    // a change announced here ends what the other kept, without waiting for its second.
    if (!TestDatabases::backends().contains(QStringLiteral("postgresql"))) {
        QSKIP("PostgreSQL not configured");
    }
    std::shared_ptr<Database> db = TestDatabases::fresh(QStringLiteral("postgresql"));
    QVERIFY(db);
    MockClock clock; // never advances
    ProfileRepository server(db, clock);
    ProfileRepository console(db, clock);
    VERIFY_OK(server.ensureDefaults(QStringLiteral("Issuing")));
    QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms(), 90LL * 24 * 3600 * 1000);
    VERIFY_OK(console.saveCertificateProfile(withValidity(QStringLiteral("3d"))));
    QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms(), 3LL * 24 * 3600 * 1000);
}

void TestProfiles::changeInATransactionIsAnnouncedWhenCommitted()
{
    ServerAndOther t;
    QVERIFY(t.ready);
    ProfileRepository &server = *t.server;
    ProfileRepository &cli = *t.other;
    const qint64 days90 = 90LL * 24 * 3600 * 1000;
    QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms(), days90);
    // Rolled back: nothing to announce, and the cached profile stays right.
    VoidResult failed = t.p.cliDb->transaction([&]() -> VoidResult {
        if (VoidResult r = cli.saveCertificateProfile(withValidity(QStringLiteral("3d"))); !r) {
            return r;
        }
        return CoreError(CoreError::Code::Conflict, QStringLiteral("changed my mind"));
    });
    QVERIFY(!failed);
    QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms(), days90);
    // Committed with the rest of a larger transaction: the server reads the database in between
    // (and must not keep what it read as new), then sees the change once it is committed.
    VoidResult ok = t.p.cliDb->transaction([&]() -> VoidResult {
        if (VoidResult r = cli.saveCertificateProfile(withValidity(QStringLiteral("5d"))); !r) {
            return r;
        }
        // Inside the transaction the writer reads its own change, not a cached profile.
        if (cli.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms() != 5LL * 24 * 3600 * 1000) {
            return CoreError(CoreError::Code::Internal, QStringLiteral("writer read a stale profile"));
        }
        t.clock.advanceMs(2000); // the server's entry expires and it reads the committed (old) one
        if (server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms() != days90) {
            return CoreError(CoreError::Code::Internal, QStringLiteral("server read an uncommitted profile"));
        }
        return {};
    });
    VERIFY_OK(ok);
    QCOMPARE(server.certificateProfile(QStringLiteral("ACME_TLS"))->validity.ms(), 5LL * 24 * 3600 * 1000);
}

void TestProfiles::unannouncedChangeIsSeenWithinASecond()
{
    // A writer that died between its commit and its announcement (here: an UPDATE behind the
    // repository's back) is seen once the cached entry is a second old.
    TestDatabases::TwoProcesses p;
    QVERIFY(p.serverDb && p.cliDb);
    MockClock clock;
    ProfileRepository server(p.serverDb, clock);
    VERIFY_OK(server.ensureDefaults(QStringLiteral("Issuing")));
    QCOMPARE(server.endEntityProfile(QStringLiteral("ACME_EE"))->defaultCa, QStringLiteral("Issuing"));
    EndEntityProfile ee = *server.endEntityProfile(QStringLiteral("ACME_EE"));
    ee.defaultCa = QStringLiteral("Quiet");
    VERIFY_OK(p.cliDb->exec(
        QStringLiteral("UPDATE end_entity_profiles SET config = :c WHERE name = 'ACME_EE'"),
        {{QStringLiteral("c"), QString::fromUtf8(QJsonDocument(ee.toJson()).toJson(QJsonDocument::Compact))}}));
    clock.advanceMs(500);
    QCOMPARE(server.endEntityProfile(QStringLiteral("ACME_EE"))->defaultCa, QStringLiteral("Issuing"));
    clock.advanceMs(600);
    QCOMPARE(server.endEntityProfile(QStringLiteral("ACME_EE"))->defaultCa, QStringLiteral("Quiet"));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "TestProfiles.moc"
