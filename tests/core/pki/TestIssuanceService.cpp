// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Crypto.h"
#include "core/crypto/Csr.h"
#include "core/pki/CaService.h"
#include "core/pki/EndEntityRepository.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/RandomToken.h"

#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/TestDatabases.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using Identifiers = QList<QPair<QString, QString>>;

class TestIssuanceService : public QObject
{
    Q_OBJECT

private slots:
    void issuesVerifiableCertificates_data();
    void issuesVerifiableCertificates();
    void rejectsAndLeavesDatabaseUnchanged_data();
    void rejectsAndLeavesDatabaseUnchanged();
    void choosesCommonNames_data();
    void choosesCommonNames();
    void anIpInADnsNameMatchesAnIpIdentifier();
    void honoursRequestedValidity_data();
    void honoursRequestedValidity();
    void singleActiveCertificateSupersedes_data();
    void singleActiveCertificateSupersedes();
    void revokes_data();
    void revokes();
    void crlListsRevokedCertificates_data();
    void crlListsRevokedCertificates();
    void joinsTheCallersTransaction_data();
    void joinsTheCallersTransaction();
    void signWritesNothingUntilStored_data();
    void signWritesNothingUntilStored();
};

namespace {

const Duration k10y = Duration::fromMs(3650LL * 24 * 3600 * 1000);
const Duration k5y = Duration::fromMs(1825LL * 24 * 3600 * 1000);
const qint64 kDayMs = 24LL * 3600 * 1000;

/** One database with a root and an issuing CA, default profiles, and the services. */
struct Fixture
{
    explicit Fixture(const QString &backend)
        : db(TestDatabases::fresh(backend))
        , clock(QDateTime::currentSecsSinceEpoch() * 1000 - 60000)
        , cas(db, MasterKey::generate(), clock)
        , profiles(db, clock)
        , issuance(db, cas, profiles, clock)
    {
        chain = *cas.createRootAndIssuing(QStringLiteral("Root"), QStringLiteral("CN=Test Root,O=Anvil"),
                                          QStringLiteral("Issuing"), QStringLiteral("CN=Test Issuing,O=Anvil"),
                                          QStringLiteral("EC:P-256"), k10y, k5y);
        ok = profiles.ensureDefaults(QStringLiteral("Issuing")).isOk();
    }

    IssuanceRequest request(const Csr &csr, const Identifiers &ids) const
    {
        IssuanceRequest r;
        r.csrDer = csr.toDer();
        r.identifiers = ids;
        r.orderId = Crypto::randomId(8);
        r.accountId = QStringLiteral("acct-1");
        r.crlUrl = QStringLiteral("http://crl.example.org/issuing.crl");
        return r;
    }

    int count(const char *table) const
    {
        Result<QSqlQuery> q = db->exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        return TestDatabases::firstValue(q, -1).toInt();
    }

    std::shared_ptr<Database> db;
    MockClock clock;
    CaService cas;
    ProfileRepository profiles;
    IssuanceService issuance;
    CaService::RootAndIssuing chain;
    bool ok = false;
};

Csr makeCsr(const QString &keySpec, const QStringList &cns, const QStringList &dns, const QStringList &ips = {})
{
    return *Csr::build(*PrivateKey::generate(keySpec), cns, dns, ips);
}

void addBackends()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

Identifiers dnsIds(const QStringList &names)
{
    Identifiers out;
    for (const QString &n : names) {
        out.append({QStringLiteral("dns"), n});
    }
    return out;
}

/** A CSR from the openssl command line (key types core/crypto refuses to generate). */
QByteArray cliCsr(const QStringList &newkey, const QString &cn)
{
    QTemporaryDir dir;
    const OpenSslCli::Output o = OpenSslCli::run(
        QStringList {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                     QDir(dir.path()).filePath(QStringLiteral("k.pem")), QStringLiteral("-subj"),
                     QStringLiteral("/CN=") + cn, QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:") + cn,
                     QStringLiteral("-outform"), QStringLiteral("DER")}
        + newkey);
    return o.out;
}

} // namespace

void TestIssuanceService::issuesVerifiableCertificates_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("keySpec");
    QTest::addColumn<QStringList>("dns");
    QTest::addColumn<QStringList>("ips");
    QTest::addColumn<QStringList>("expectedCn");
    for (const QString &b : TestDatabases::backends()) {
        QTest::addRow("%s: EC P-256 key, two DNS names", qPrintable(b))
            << b << QStringLiteral("EC:P-256")
            << QStringList {QStringLiteral("www.example.org"), QStringLiteral("example.org")} << QStringList()
            << QStringList {QStringLiteral("www.example.org")};
        QTest::addRow("%s: RSA 2048 key, DNS name and IP address", qPrintable(b))
            << b << QStringLiteral("RSA:2048") << QStringList {QStringLiteral("host.example.org")}
            << QStringList {QStringLiteral("192.0.2.10")} << QStringList {QStringLiteral("host.example.org")};
        QTest::addRow("%s: IP-only order gets the IP as CN", qPrintable(b))
            << b << QStringLiteral("EC:P-384") << QStringList() << QStringList {QStringLiteral("2001:db8::5")}
            << QStringList {QStringLiteral("2001:db8::5")};
    }
}

void TestIssuanceService::issuesVerifiableCertificates()
{
    QFETCH(QString, backend);
    QFETCH(QString, keySpec);
    QFETCH(QStringList, dns);
    QFETCH(QStringList, ips);
    QFETCH(QStringList, expectedCn);
    Fixture f(backend);
    QVERIFY(f.ok);
    const Csr csr = makeCsr(keySpec, expectedCn, dns, ips);
    Identifiers ids = dnsIds(dns);
    for (const QString &ip : ips) {
        ids.append({QStringLiteral("ip"), ip});
    }
    Result<IssuedCertificate> issued = f.issuance.issue(f.request(csr, ids));
    VERIFY_OK(issued);

    Result<QList<X509Certificate>> chain = X509Certificate::listFromData(issued->pemChain);
    VERIFY_OK(chain);
    QCOMPARE(chain->size(), 3);
    const X509Certificate &leaf = chain->at(0);
    QCOMPARE(leaf.toDer(), issued->der);
    QCOMPARE(leaf.serialHex(), issued->serialHex);
    QCOMPARE(leaf.subjectCommonNames(), expectedCn);
    QCOMPARE(leaf.dnsNames(), dns);
    QCOMPARE(leaf.ipAddresses(), ips);
    QCOMPARE(leaf.notBefore(), f.clock.now());
    QCOMPARE(leaf.notAfter(), f.clock.now().addMSecs(90 * kDayMs));
    QCOMPARE(issued->notAfter, leaf.notAfter());
    QCOMPARE(leaf.extendedKeyUsages(), QStringList {QStringLiteral("serverAuth")});
    QCOMPARE(leaf.authorityKeyId(), f.chain.issuing.certificate.subjectKeyId());
    QVERIFY(!leaf.subjectKeyId().isEmpty());
    QCOMPARE(leaf.crlDistributionPoints(), QStringList {QStringLiteral("http://crl.example.org/issuing.crl")});
    QCOMPARE(leaf.publicKeyDer(), csr.publicKeyDer());

    QTemporaryDir dir;
    const QDir d(dir.path());
    const QString root = OpenSslCli::write(d, QStringLiteral("root.pem"), f.chain.root.certificate.toPem());
    const QString issuing = OpenSslCli::write(d, QStringLiteral("issuing.pem"), f.chain.issuing.certificate.toPem());
    const QString leafPath = OpenSslCli::write(d, QStringLiteral("leaf.pem"), leaf.toPem());
    const OpenSslCli::Output v
        = OpenSslCli::run({QStringLiteral("verify"), QStringLiteral("-CAfile"), root, QStringLiteral("-untrusted"),
                           issuing, QStringLiteral("-purpose"), QStringLiteral("sslserver"), leafPath});
    QVERIFY2(v.ok(), (v.out + v.err).constData());

    // Stored: one row, found by id, serial and DER.
    Result<CertificateRecord> byId = f.issuance.findById(issued->id);
    VERIFY_OK(byId);
    QCOMPARE(byId->status, QStringLiteral("valid"));
    QCOMPARE(byId->dnsNames, dns);
    QCOMPARE(byId->ipAddresses, ips);
    QCOMPARE(byId->caId, f.chain.issuing.id);
    QCOMPARE(byId->certificateProfile, QStringLiteral("ACME_TLS"));
    QCOMPARE(f.issuance.findBySerial(issued->serialHex)->id, issued->id);
    QCOMPARE(f.issuance.findByDer(issued->der)->id, issued->id);
    QCOMPARE(f.issuance.findByDer(f.chain.issuing.certificate.toDer()).error().code(), CoreError::Code::NotFound);
    // Its id sorts by when it was made (RandomToken::timeOrdered), then 96 random bits.
    QCOMPARE(issued->id.value().size(), 24);
    QCOMPARE(issued->id.value().left(8), RandomToken::timePrefix(f.clock.nowMs()));
}

void TestIssuanceService::rejectsAndLeavesDatabaseUnchanged_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("problem");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("detail");
    const int badCsr = int(CoreError::Code::BadCsr);
    const int malformed = int(CoreError::Code::Malformed);
    for (const QString &b : TestDatabases::backends()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s: garbage CSR", p.constData())
            << b << QStringLiteral("garbage") << badCsr << QStringLiteral("Unreadable CSR");
        QTest::addRow("%s: CSR with a bad signature", p.constData())
            << b << QStringLiteral("signature") << badCsr << QStringLiteral("CSR signature is invalid");
        QTest::addRow("%s: oversized CSR", p.constData())
            << b << QStringLiteral("oversized") << badCsr << QStringLiteral("CSR is too large");
        QTest::addRow("%s: CSR misses an order identifier", p.constData())
            << b << QStringLiteral("missing") << badCsr
            << QStringLiteral("CSR identifiers do not match the order: missing dns:b.example.org");
        QTest::addRow("%s: CSR has an extra SAN", p.constData())
            << b << QStringLiteral("extra") << badCsr
            << QStringLiteral("CSR identifiers do not match the order: not in the order dns:evil.example.org");
        QTest::addRow("%s: CSR CN is no order identifier", p.constData())
            << b << QStringLiteral("cn") << badCsr << QStringLiteral("not in the order dns:my server");
        QTest::addRow("%s: curve not allowed by the profile", p.constData())
            << b << QStringLiteral("curve") << badCsr
            << QStringLiteral("Curve P-521 is not allowed by profile 'ACME_TLS' (allowed: P-256, P-384)");
        QTest::addRow("%s: RSA key too short for the profile", p.constData())
            << b << QStringLiteral("rsa1024") << badCsr
            << QStringLiteral("RSA key of 1024 bits is not allowed by profile 'ACME_TLS' (allowed: 2048, 3072, 4096)");
        QTest::addRow("%s: key algorithm not allowed by the profile", p.constData())
            << b << QStringLiteral("ed25519") << badCsr
            << QStringLiteral("Key algorithm Ed25519 is not allowed by profile 'ACME_TLS' (allowed: EC, RSA)");
        QTest::addRow("%s: notAfter beyond the profile", p.constData())
            << b << QStringLiteral("notAfter") << malformed
            << QStringLiteral("is beyond the maximum validity of profile 'ACME_TLS'");
        QTest::addRow("%s: unknown certificate profile", p.constData())
            << b << QStringLiteral("profile") << int(CoreError::Code::InvalidProfile)
            << QStringLiteral("Certificate profile 'NOPE' is not available in end entity profile 'ACME_EE'");
    }
}

void TestIssuanceService::rejectsAndLeavesDatabaseUnchanged()
{
    QFETCH(QString, backend);
    QFETCH(QString, problem);
    QFETCH(int, code);
    QFETCH(QString, detail);
    Fixture f(backend);
    QVERIFY(f.ok);
    const QStringList names {QStringLiteral("a.example.org"), QStringLiteral("b.example.org")};
    IssuanceRequest r = f.request(makeCsr(QStringLiteral("EC:P-256"), {names[0]}, names), dnsIds(names));
    if (problem == QLatin1String("garbage")) {
        r.csrDer = "\x30\x03\x02\x01\x00";
    } else if (problem == QLatin1String("signature")) {
        r.csrDer[r.csrDer.size() - 4] = char(r.csrDer[r.csrDer.size() - 4] ^ 0x10);
    } else if (problem == QLatin1String("oversized")) {
        r.csrDer = QByteArray(Csr::MaxSize + 1, '\x30');
    } else if (problem == QLatin1String("missing")) {
        r.csrDer = makeCsr(QStringLiteral("EC:P-256"), {names[0]}, {names[0]}).toDer();
    } else if (problem == QLatin1String("extra")) {
        r.csrDer
            = makeCsr(QStringLiteral("EC:P-256"), {}, names + QStringList {QStringLiteral("evil.example.org")}).toDer();
    } else if (problem == QLatin1String("cn")) {
        r.csrDer = makeCsr(QStringLiteral("EC:P-256"), {QStringLiteral("My Server")}, names).toDer();
    } else if (problem == QLatin1String("curve")) {
        r.csrDer = cliCsr({QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                           QStringLiteral("ec_paramgen_curve:P-521")},
                          names[0]);
        r.identifiers = dnsIds({names[0]});
    } else if (problem == QLatin1String("rsa1024")) {
        r.csrDer = cliCsr({QStringLiteral("-newkey"), QStringLiteral("rsa:1024")}, names[0]);
        r.identifiers = dnsIds({names[0]});
    } else if (problem == QLatin1String("ed25519")) {
        r.csrDer = cliCsr({QStringLiteral("-newkey"), QStringLiteral("ed25519")}, names[0]);
        r.identifiers = dnsIds({names[0]});
    } else if (problem == QLatin1String("notAfter")) {
        r.notAfter = f.clock.now().addMSecs(91 * kDayMs);
    } else if (problem == QLatin1String("profile")) {
        r.certificateProfile = QStringLiteral("NOPE");
    }
    r.endEntity = QStringLiteral("alice");
    const int certificatesBefore = f.count("certificates");
    const int entitiesBefore = f.count("end_entities");
    Result<IssuedCertificate> issued = f.issuance.issue(r);
    QVERIFY(!issued.isOk());
    QCOMPARE(int(issued.error().code()), code);
    QVERIFY2(issued.error().detail().contains(detail), qPrintable(issued.error().detail()));
    QCOMPARE(f.count("certificates"), certificatesBefore);
    QCOMPARE(f.count("end_entities"), entitiesBefore);
}

void TestIssuanceService::choosesCommonNames_data()
{
    QTest::addColumn<QStringList>("csrCns");
    QTest::addColumn<QStringList>("orderDns");
    QTest::addColumn<QStringList>("expectedCns");
    const QString longName = QString(60, QLatin1Char('a')) + QStringLiteral(".example.org");
    QTest::newRow("several CSR CNs that are identifiers all become CNs")
        << QStringList {QStringLiteral("a.example.org"), QStringLiteral("b.example.org")}
        << QStringList {QStringLiteral("a.example.org"), QStringLiteral("b.example.org")}
        << QStringList {QStringLiteral("a.example.org"), QStringLiteral("b.example.org")};
    QTest::newRow("no CSR CN: the first identifier")
        << QStringList() << QStringList {QStringLiteral("x.example.org"), QStringLiteral("y.example.org")}
        << QStringList {QStringLiteral("x.example.org")};
    // OpenSSL itself refuses to encode a CN over 64 characters, so no CSR can carry one.
    QTest::newRow("first identifier longer than 64 characters: one that fits is picked")
        << QStringList() << QStringList {longName, QStringLiteral("short.example.org")}
        << QStringList {QStringLiteral("short.example.org")};
    QTest::newRow("no identifier fits: empty subject, SAN only")
        << QStringList() << QStringList {longName} << QStringList();
    QTest::newRow("mixed-case CSR names match case-insensitively")
        << QStringList {QStringLiteral("WWW.Example.ORG")} << QStringList {QStringLiteral("www.example.org")}
        << QStringList {QStringLiteral("www.example.org")};
}

void TestIssuanceService::choosesCommonNames()
{
    QFETCH(QStringList, csrCns);
    QFETCH(QStringList, orderDns);
    QFETCH(QStringList, expectedCns);
    Fixture f(QStringLiteral("sqlite"));
    QVERIFY(f.ok);
    QStringList csrDns;
    for (const QString &n : orderDns) {
        csrDns << (csrCns.value(0).toLower() == n ? csrCns.value(0) : n);
    }
    Result<IssuedCertificate> issued
        = f.issuance.issue(f.request(makeCsr(QStringLiteral("EC:P-256"), csrCns, csrDns), dnsIds(orderDns)));
    VERIFY_OK(issued);
    const X509Certificate cert = *X509Certificate::fromDer(issued->der);
    QCOMPARE(cert.subjectCommonNames(), expectedCns);
    QCOMPARE(cert.dnsNames(), orderDns);
}

void TestIssuanceService::anIpInADnsNameMatchesAnIpIdentifier()
{
    // Debian 12's lego 4.9.1 asks for an IP address as a dNSName in its CSR.
    Fixture f(QStringLiteral("sqlite"));
    QVERIFY(f.ok);
    Result<IssuedCertificate> issued = f.issuance.issue(
        f.request(makeCsr(QStringLiteral("EC:P-256"), {QStringLiteral("127.0.0.1")}, {QStringLiteral("127.0.0.1")}),
                  {qMakePair(QStringLiteral("ip"), QStringLiteral("127.0.0.1"))}));
    VERIFY_OK(issued);
    const X509Certificate cert = *X509Certificate::fromDer(issued->der);
    QCOMPARE(cert.ipAddresses(), QStringList {QStringLiteral("127.0.0.1")});
    QVERIFY2(cert.dnsNames().isEmpty(), "the address is an IP SAN, not a DNS name");
}

void TestIssuanceService::honoursRequestedValidity_data()
{
    QTest::addColumn<qint64>("notBeforeOffsetMs");
    QTest::addColumn<qint64>("notAfterOffsetMs");
    QTest::addColumn<QString>("error");
    QTest::newRow("window inside the profile") << qint64(kDayMs) << qint64(30 * kDayMs) << QString();
    QTest::newRow("exactly the profile's 90 days") << qint64(0) << qint64(90 * kDayMs) << QString();
    QTest::newRow("notAfter one day beyond the profile")
        << qint64(0) << qint64(91 * kDayMs)
        << QStringLiteral("beyond the maximum validity of profile 'ACME_TLS' (3mo)");
    QTest::newRow("notAfter before notBefore")
        << qint64(2 * kDayMs) << qint64(kDayMs) << QStringLiteral("must be after notBefore");
    QTest::newRow("notBefore two days in the past")
        << qint64(-2 * kDayMs) << qint64(kDayMs) << QStringLiteral("more than 24 hours in the past");
}

void TestIssuanceService::honoursRequestedValidity()
{
    QFETCH(qint64, notBeforeOffsetMs);
    QFETCH(qint64, notAfterOffsetMs);
    QFETCH(QString, error);
    Fixture f(QStringLiteral("sqlite"));
    QVERIFY(f.ok);
    const QStringList names {QStringLiteral("v.example.org")};
    IssuanceRequest r = f.request(makeCsr(QStringLiteral("EC:P-256"), names, names), dnsIds(names));
    r.notBefore = f.clock.now().addMSecs(notBeforeOffsetMs);
    r.notAfter = f.clock.now().addMSecs(notAfterOffsetMs);
    Result<IssuedCertificate> issued = f.issuance.issue(r);
    QCOMPARE(issued.isOk(), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY2(issued.error().detail().contains(error), qPrintable(issued.error().detail()));
        return;
    }
    QCOMPARE(issued->notBefore, *r.notBefore);
    QCOMPARE(issued->notAfter, *r.notAfter);
    QCOMPARE(X509Certificate::fromDer(issued->der)->notAfter(), *r.notAfter);
}

void TestIssuanceService::singleActiveCertificateSupersedes_data()
{
    addBackends();
}

void TestIssuanceService::singleActiveCertificateSupersedes()
{
    QFETCH(QString, backend);
    Fixture f(backend);
    QVERIFY(f.ok);
    CertificateProfile single = CertificateProfile::acmeDefault();
    single.singleActiveCertificate = true;
    VERIFY_OK(f.profiles.saveCertificateProfile(single));
    const QStringList names {QStringLiteral("alice.example.org")};
    IssuanceRequest r = f.request(makeCsr(QStringLiteral("EC:P-256"), names, names), dnsIds(names));
    r.endEntity = QStringLiteral("alice");
    Result<IssuedCertificate> first = f.issuance.issue(r);
    VERIFY_OK(first);
    EndEntityRepository entities(f.db, f.clock);
    QCOMPARE(entities.find(QStringLiteral("alice"))->status, QStringLiteral("GENERATED"));
    f.clock.advanceMs(1000);
    r.orderId = QStringLiteral("second-order");
    Result<IssuedCertificate> second = f.issuance.issue(r);
    VERIFY_OK(second);
    Result<CertificateRecord> old = f.issuance.findById(first->id);
    QCOMPARE(old->status, QStringLiteral("revoked"));
    QCOMPARE(old->revocationReason, 4);
    QCOMPARE(f.issuance.findById(second->id)->status, QStringLiteral("valid"));
    Result<EndEntity> alice = entities.find(QStringLiteral("alice"));
    QCOMPARE(alice->status, QStringLiteral("GENERATED"));
    QCOMPARE(alice->subjectAltNames, QStringList {QStringLiteral("dns:alice.example.org")});
    QCOMPARE(alice->caId, f.chain.issuing.id);
}

void TestIssuanceService::revokes_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("code"); // None: success
    for (const QString &b : TestDatabases::backends()) {
        const QByteArray p = b.toLatin1();
        QTest::addRow("%s: keyCompromise revokes", p.constData())
            << b << QStringLiteral("once") << 1 << int(CoreError::Code::None);
        QTest::addRow("%s: revoking by serial works", p.constData())
            << b << QStringLiteral("serial") << 5 << int(CoreError::Code::None);
        QTest::addRow("%s: already revoked is a conflict", p.constData())
            << b << QStringLiteral("twice") << 4 << int(CoreError::Code::Conflict);
        QTest::addRow("%s: unused reason 7 is rejected", p.constData())
            << b << QStringLiteral("once") << 7 << int(CoreError::Code::Malformed);
        QTest::addRow("%s: reason 11 is rejected", p.constData())
            << b << QStringLiteral("once") << 11 << int(CoreError::Code::Malformed);
        QTest::addRow("%s: unknown certificate is not found", p.constData())
            << b << QStringLiteral("unknown") << 0 << int(CoreError::Code::NotFound);
    }
}

void TestIssuanceService::revokes()
{
    QFETCH(QString, backend);
    QFETCH(QString, scenario);
    QFETCH(int, reason);
    QFETCH(int, code);
    Fixture f(backend);
    QVERIFY(f.ok);
    const QStringList names {QStringLiteral("r.example.org")};
    Result<IssuedCertificate> issued
        = f.issuance.issue(f.request(makeCsr(QStringLiteral("EC:P-256"), names, names), dnsIds(names)));
    VERIFY_OK(issued);
    const QDateTime at = f.clock.now().addSecs(10);
    VoidResult r;
    if (scenario == QLatin1String("twice")) {
        VERIFY_OK(f.issuance.revoke(issued->id, 1, at));
        r = f.issuance.revoke(issued->id, reason, at);
        QVERIFY(!r.isOk());
        QCOMPARE(r.error().detail(), QStringLiteral("Certificate %1 is already revoked").arg(issued->serialHex));
    } else if (scenario == QLatin1String("serial")) {
        r = f.issuance.revokeBySerial(issued->serialHex.toUpper(), reason, at);
    } else if (scenario == QLatin1String("unknown")) {
        r = f.issuance.revoke(CertificateId(QStringLiteral("nope")), reason, at);
    } else {
        r = f.issuance.revoke(issued->id, reason, at);
    }
    QCOMPARE(int(r.isOk() ? CoreError::Code::None : r.error().code()), code);
    Result<CertificateRecord> record = f.issuance.findById(issued->id);
    if (code == int(CoreError::Code::None)) {
        QCOMPARE(record->status, QStringLiteral("revoked"));
        QCOMPARE(record->revocationReason, reason);
        QCOMPARE(*record->revokedAt, at);
    } else if (code != int(CoreError::Code::Conflict)) {
        QCOMPARE(record->status, QStringLiteral("valid"));
    }
}

void TestIssuanceService::crlListsRevokedCertificates_data()
{
    addBackends();
}

void TestIssuanceService::crlListsRevokedCertificates()
{
    QFETCH(QString, backend);
    Fixture f(backend);
    QVERIFY(f.ok);
    QList<IssuedCertificate> issued;
    for (const QString &name : {QStringLiteral("one.example.org"), QStringLiteral("two.example.org")}) {
        Result<IssuedCertificate> c
            = f.issuance.issue(f.request(makeCsr(QStringLiteral("EC:P-256"), {name}, {name}), dnsIds({name})));
        VERIFY_OK(c);
        issued << *c;
    }
    VERIFY_OK(f.issuance.revoke(issued[0].id, 1, f.clock.now()));
    Result<QByteArray> crl = f.issuance.crl(f.chain.issuing.id);
    VERIFY_OK(crl);

    QTemporaryDir dir;
    const QDir d(dir.path());
    const QString crlPath = OpenSslCli::write(d, QStringLiteral("issuing.crl"), *crl);
    const QString caFile = OpenSslCli::write(d, QStringLiteral("ca.pem"),
                                             f.chain.issuing.certificate.toPem() + f.chain.root.certificate.toPem());
    const OpenSslCli::Output text
        = OpenSslCli::run({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                           QStringLiteral("-in"), crlPath, QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(text.ok(), text.err.constData());
    QVERIFY2(text.out.contains(issued[0].serialHex.toUpper().toLatin1()), text.out.constData());
    QVERIFY(!text.out.contains(issued[1].serialHex.toUpper().toLatin1()));
    QVERIFY(text.out.contains("Key Compromise"));
    QVERIFY(text.out.contains("X509v3 CRL Number: \n                1\n") || text.out.contains("X509v3 CRL Number:"));
    const OpenSslCli::Output verify = OpenSslCli::run({QStringLiteral("crl"), QStringLiteral("-inform"),
                                                       QStringLiteral("DER"), QStringLiteral("-in"), crlPath,
                                                       QStringLiteral("-CAfile"), caFile, QStringLiteral("-noout")});
    QVERIFY2((verify.out + verify.err).contains("verify OK"), (verify.out + verify.err).constData());

    // Each CRL gets the next number.
    VERIFY_OK(f.issuance.crl(f.chain.issuing.id));
    QCOMPARE(f.cas.findById(f.chain.issuing.id)->crlNumber, 2);
    Result<QByteArray> pem = f.issuance.crlPem(f.chain.issuing.id);
    VERIFY_OK(pem);
    QVERIFY(pem->startsWith("-----BEGIN X509 CRL-----"));
    QCOMPARE(f.cas.findById(f.chain.issuing.id)->crlNumber, 3);
}

void TestIssuanceService::joinsTheCallersTransaction_data()
{
    addBackends();
}

void TestIssuanceService::joinsTheCallersTransaction()
{
    QFETCH(QString, backend);
    Fixture f(backend);
    QVERIFY(f.ok);
    const QStringList names {QStringLiteral("tx.example.org")};
    const IssuanceRequest r = f.request(makeCsr(QStringLiteral("EC:P-256"), names, names), dnsIds(names));
    VoidResult outer = f.db->transaction([&]() -> VoidResult {
        Result<IssuedCertificate> issued = f.issuance.issue(r);
        if (!issued) {
            return issued.error();
        }
        // The caller fails after issuance: its rollback must take the certificate with it.
        return CoreError(CoreError::Code::Internal, QStringLiteral("caller failed"));
    });
    QVERIFY(!outer.isOk());
    QCOMPARE(outer.error().detail(), QStringLiteral("caller failed"));
    QCOMPARE(f.count("certificates"), 0);
}

void TestIssuanceService::signWritesNothingUntilStored_data()
{
    addBackends();
}

void TestIssuanceService::signWritesNothingUntilStored()
{
    QFETCH(QString, backend);
    Fixture f(backend);
    QVERIFY(f.ok);
    const QStringList names {QStringLiteral("two-step.example.org")};
    IssuanceRequest r = f.request(makeCsr(QStringLiteral("EC:P-256"), names, names), dnsIds(names));
    r.endEntity = QStringLiteral("two-step-entity");
    const int auditBefore = f.count("audit_log");

    // Signed and checked, but the database has not changed: the engine signs before its write
    // transaction, and a certificate it then does not store was never anywhere else.
    Result<SignedCertificate> signedCertificate = f.issuance.sign(r);
    QVERIFY2(signedCertificate.isOk(),
             qPrintable(signedCertificate.isOk() ? QString() : signedCertificate.error().detail()));
    QCOMPARE(f.count("certificates"), 0);
    QCOMPARE(f.count("end_entities"), 0);
    QCOMPARE(f.count("audit_log"), auditBefore);
    Result<X509Certificate> leaf = X509Certificate::fromDer(signedCertificate->record.der);
    QVERIFY(leaf.isOk());
    QVERIFY(leaf->isIssuedBy(f.chain.issuing.certificate));
    QCOMPARE(leaf->dnsNames(), names);

    // store() records exactly what was signed, with its end entity.
    Result<IssuedCertificate> stored = f.issuance.store(*signedCertificate);
    QVERIFY(stored.isOk());
    QCOMPARE(stored->der, signedCertificate->record.der);
    QCOMPARE(stored->serialHex, leaf->serialHex());
    QCOMPARE(f.count("certificates"), 1);
    QCOMPARE(f.count("end_entities"), 1);
    Result<CertificateRecord> found = f.issuance.findBySerial(leaf->serialHex());
    QVERIFY(found.isOk());
    QCOMPARE(found->der, signedCertificate->record.der);
    QCOMPARE(found->endEntity, QStringLiteral("two-step-entity"));

    // A CSR that does not fit is refused by sign() already, before anything could be stored.
    const QStringList other {QStringLiteral("other.example.org")};
    Result<SignedCertificate> refused
        = f.issuance.sign(f.request(makeCsr(QStringLiteral("EC:P-256"), other, other), dnsIds(names)));
    QVERIFY(!refused.isOk());
    QCOMPARE(refused.error().code(), CoreError::Code::BadCsr);
    QCOMPARE(f.count("certificates"), 1);
}

QTEST_GUILESS_MAIN(TestIssuanceService)
#include "TestIssuanceService.moc"
