// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateBuilder.h"
#include "core/pki/CaRepository.h"
#include "core/pki/CaService.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include "tests/core/crypto/OpenSslCli.h"
#include "tests/support/CrossSigning.h"
#include "tests/support/TestDatabases.h"

#include <QHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestCaService : public QObject
{
    Q_OBJECT

private slots:
    void createsCas_data();
    void createsCas();
    void caKeyIsSealedAtRest_data();
    void caKeyIsSealedAtRest();
    void importsCas_data();
    void importsCas();
    void issuesServerCertificate();
    void rejectsDuplicateName_data();
    void rejectsDuplicateName();
    void marksForEarlyRenewal_data();
    void marksForEarlyRenewal();
    void keptCaCostsNoStatement();
    void anotherProcessesChangeIsSeenAtOnce_data();
    void anotherProcessesChangeIsSeenAtOnce();
    void unannouncedChangeIsSeenWithinASecond();
    void servesAlternateChainsOldestFirst();
    void alternateChainIsCheckedBeforeItIsRegistered_data();
    void alternateChainIsCheckedBeforeItIsRegistered();
    void alternateChainRegisteredElsewhereIsServedAndRemoved();
    void secondChainToARootIsRefusedByTheDatabaseToo();
};

static QDateTime realNow()
{
    return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - 60, Qt::UTC);
}

static const Duration k10y = Duration::fromMs(3650LL * 24 * 3600 * 1000);
static const Duration k5y = Duration::fromMs(1825LL * 24 * 3600 * 1000);

/**
 * Two processes on one SQLite file (TestDatabases::TwoProcesses), the server's CaService with a
 * root CA named "Root": for what the server keeps in memory and when it reads again.
 */
struct ServerWithRoot
{
    TestDatabases::TwoProcesses p;
    MockClock clock; // advances only when a test says so
    MasterKey key = MasterKey::generate();
    std::unique_ptr<CaService> server;
    CertificateAuthority root;

    bool ok()
    {
        if (!p.serverDb || !p.cliDb) {
            return false;
        }
        server = std::make_unique<CaService>(p.serverDb, key, clock);
        Result<CertificateAuthority> created
            = server->createRoot(QStringLiteral("Root"), QStringLiteral("CN=Root"), QStringLiteral("EC:P-256"), k10y);
        if (created) {
            root = *created;
        }
        return created.isOk();
    }
};

static void addBackends()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

void TestCaService::createsCas_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("keySpec");
    QTest::addColumn<bool>("withIssuing");
    for (const QString &b : TestDatabases::backends()) {
        QTest::addRow("%s: EC P-256 root", qPrintable(b)) << b << QStringLiteral("EC:P-256") << false;
        QTest::addRow("%s: EC P-384 root", qPrintable(b)) << b << QStringLiteral("EC:P-384") << false;
        QTest::addRow("%s: RSA 2048 root", qPrintable(b)) << b << QStringLiteral("RSA:2048") << false;
        QTest::addRow("%s: EC P-256 root and issuing CA", qPrintable(b)) << b << QStringLiteral("EC:P-256") << true;
    }
}

void TestCaService::createsCas()
{
    QFETCH(QString, backend);
    QFETCH(QString, keySpec);
    QFETCH(bool, withIssuing);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock(realNow().toMSecsSinceEpoch());
    CaService cas(db, MasterKey::generate(), clock);
    if (!withIssuing) {
        Result<CertificateAuthority> root
            = cas.createRoot(QStringLiteral("Root"), QStringLiteral("CN=Anvil Root,O=Example"), keySpec, k10y);
        VERIFY_OK(root);
        QCOMPARE(root->keyType, keySpec);
        QVERIFY(root->hasKey);
        QVERIFY(root->isRoot());
        QVERIFY(root->certificate.isCa());
        QCOMPARE(root->subjectDn, QStringLiteral("CN=Anvil Root,O=Example"));
        QCOMPARE(root->notBefore, clock.now());
        QCOMPARE(cas.find(QStringLiteral("Root"))->id, root->id);
        QCOMPARE(cas.find(root->id.value())->name, QStringLiteral("Root"));
        QCOMPARE(*cas.certificateDer(root->id), root->certificate.toDer());
        return;
    }
    Result<CaService::RootAndIssuing> both
        = cas.createRootAndIssuing(QStringLiteral("Root"), QStringLiteral("CN=Anvil Root"), QStringLiteral("Issuing"),
                                   QStringLiteral("CN=Anvil Issuing"), keySpec, k10y, k5y);
    VERIFY_OK(both);
    QCOMPARE(both->issuing.issuerCaId, both->root.id);
    QVERIFY(!both->issuing.isRoot());
    QCOMPARE(cas.list()->size(), 2);
    Result<QByteArray> chain = cas.chainPem(both->issuing.id);
    VERIFY_OK(chain);
    Result<QList<X509Certificate>> parsed = X509Certificate::listFromData(*chain);
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->at(0).subjectDn(), QStringLiteral("CN=Anvil Issuing"));
    QCOMPARE(parsed->at(1).subjectDn(), QStringLiteral("CN=Anvil Root"));
    QTemporaryDir dir;
    const QString root
        = OpenSslCli::write(QDir(dir.path()), QStringLiteral("root.pem"), both->root.certificate.toPem());
    const QString issuing
        = OpenSslCli::write(QDir(dir.path()), QStringLiteral("issuing.pem"), both->issuing.certificate.toPem());
    const OpenSslCli::Output v = OpenSslCli::run({QStringLiteral("verify"), QStringLiteral("-CAfile"), root, issuing});
    QVERIFY2(v.ok(), (v.out + v.err).constData());
}

void TestCaService::caKeyIsSealedAtRest_data()
{
    addBackends();
}

void TestCaService::caKeyIsSealedAtRest()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock(realNow().toMSecsSinceEpoch());
    const MasterKey master = MasterKey::generate();
    // Import a key we know, so that the test can look for its bytes in the database.
    const PrivateKey key = *PrivateKey::generate(QStringLiteral("EC:P-256"));
    CertificateBuilder b;
    b.setSubjectDn(QStringLiteral("CN=Known Key CA"));
    b.setValidity(clock.now(), clock.now().addYears(1));
    b.setCa(true);
    const X509Certificate cert = *b.selfSign(key);
    Result<CertificateAuthority> ca
        = CaService(db, master, clock).importCa(QStringLiteral("Known"), cert.toPem(), key.toPkcs8Pem());
    VERIFY_OK(ca);
    Result<QSqlQuery> q
        = db->exec(QStringLiteral("SELECT key_enc FROM cas WHERE id = :id"), {{QStringLiteral("id"), ca->id.value()}});
    QVERIFY(q.isOk() && q->next());
    const QByteArray stored = q->value(0).toByteArray();
    QVERIFY(!stored.isEmpty());
    QVERIFY(!stored.contains(key.toPkcs8Der()));
    QVERIFY(!stored.contains("PRIVATE KEY"));
    // The AAD binds the blob to the CA id, and the master key decrypts it.
    QVERIFY(master.open(stored, ca->id.value().toUtf8()).isOk());
    QVERIFY(!master.open(stored, "another-ca-id").isOk());

    CertificateBuilder leaf;
    leaf.setSubjectCommonNames({QStringLiteral("x.example")});
    leaf.setPublicKey(PrivateKey::generate(QStringLiteral("EC:P-256"))->publicKeyDer());
    leaf.setValidity(clock.now(), clock.now().addDays(1));
    // A fresh service (empty key cache) with the right master key signs...
    CaService right(db, master, clock);
    VERIFY_OK(right.sign(ca->id, leaf));
    // ...and with a wrong master key it cannot.
    CaService wrong(db, MasterKey::generate(), clock);
    Result<X509Certificate> signedWrong = wrong.sign(ca->id, leaf);
    QVERIFY(!signedWrong.isOk());
    QCOMPARE(signedWrong.error().code(), CoreError::Code::Crypto);
    QVERIFY(signedWrong.error().detail().contains(QLatin1String("master key")));
}

void TestCaService::importsCas_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("variant");
    QTest::addColumn<QString>("error"); // empty: imports
    for (const QString &b : TestDatabases::backends()) {
        QTest::addRow("%s: PEM certificate and PEM key", qPrintable(b)) << b << QStringLiteral("pem") << QString();
        QTest::addRow("%s: DER certificate and DER key", qPrintable(b)) << b << QStringLiteral("der") << QString();
        QTest::addRow("%s: encrypted PEM key with passphrase", qPrintable(b))
            << b << QStringLiteral("encrypted") << QString();
        QTest::addRow("%s: PEM bundle with its root", qPrintable(b)) << b << QStringLiteral("bundle") << QString();
        QTest::addRow("%s: key of another certificate is rejected", qPrintable(b))
            << b << QStringLiteral("mismatch") << QStringLiteral("does not belong to the certificate");
        QTest::addRow("%s: wrong passphrase is rejected", qPrintable(b))
            << b << QStringLiteral("wrong-passphrase") << QStringLiteral("wrong passphrase");
        QTest::addRow("%s: leaf certificate is not a CA", qPrintable(b))
            << b << QStringLiteral("not-ca") << QStringLiteral("is not a CA certificate");
        QTest::addRow("%s: bundle out of order is rejected", qPrintable(b))
            << b << QStringLiteral("out-of-order") << QStringLiteral("out of order");
    }
}

void TestCaService::importsCas()
{
    QFETCH(QString, backend);
    QFETCH(QString, variant);
    QFETCH(QString, error);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock(realNow().toMSecsSinceEpoch());
    CaService cas(db, MasterKey::generate(), clock);

    // Test material from the openssl command line: a root, and an intermediate signed by it.
    QTemporaryDir dir;
    const QDir d(dir.path());
    auto path = [&](const char *name) { return d.filePath(QLatin1String(name)); };
    const QStringList caExt {QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                             QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    OpenSslCli::Output o = OpenSslCli::run(
        QStringList {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                     QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), path("root.key"), QStringLiteral("-out"), path("root.pem"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=Imported Root"), QStringLiteral("-days"),
                     QStringLiteral("3650")}
        + caExt);
    QVERIFY2(o.ok(), o.err.constData());
    o = OpenSslCli::run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                         path("sub.key"), QStringLiteral("-out"), path("sub.csr"), QStringLiteral("-subj"),
                         QStringLiteral("/O=Example/CN=Imported Sub")});
    QVERIFY2(o.ok(), o.err.constData());
    OpenSslCli::write(d, QStringLiteral("ext.cnf"),
                      "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n"
                      "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
    o = OpenSslCli::run({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), path("sub.csr"),
                         QStringLiteral("-CA"), path("root.pem"), QStringLiteral("-CAkey"), path("root.key"),
                         QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("365"),
                         QStringLiteral("-extfile"), path("ext.cnf"), QStringLiteral("-out"), path("sub.pem")});
    QVERIFY2(o.ok(), o.err.constData());
    const QByteArray rootPem = OpenSslCli::read(path("root.pem"));
    const QByteArray rootKey = OpenSslCli::read(path("root.key"));
    const QByteArray subPem = OpenSslCli::read(path("sub.pem"));
    const QByteArray subKey = OpenSslCli::read(path("sub.key"));

    QByteArray certData = rootPem;
    QByteArray keyData = rootKey;
    QByteArray passphrase;
    QString expectedDn = QStringLiteral("CN=Imported Root");
    if (variant == QLatin1String("der")) {
        certData = X509Certificate::fromPem(rootPem)->toDer();
        keyData = PrivateKey::fromData(rootKey)->toPkcs8Der();
    } else if (variant == QLatin1String("encrypted") || variant == QLatin1String("wrong-passphrase")) {
        o = OpenSslCli::run({QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-in"), path("root.key"),
                             QStringLiteral("-passout"), QStringLiteral("pass:import-me")});
        QVERIFY(o.ok());
        keyData = o.out;
        passphrase = variant == QLatin1String("encrypted") ? "import-me" : "nope";
    } else if (variant == QLatin1String("bundle")) {
        certData = subPem + rootPem;
        keyData = subKey;
        expectedDn = QStringLiteral("CN=Imported Sub,O=Example");
    } else if (variant == QLatin1String("mismatch")) {
        keyData = subKey;
    } else if (variant == QLatin1String("not-ca")) {
        const PrivateKey leafKey = *PrivateKey::generate(QStringLiteral("EC:P-256"));
        CertificateBuilder b;
        b.setSubjectCommonNames({QStringLiteral("leaf.example")});
        b.setValidity(clock.now(), clock.now().addDays(30));
        certData = b.selfSign(leafKey)->toPem();
        keyData = leafKey.toPkcs8Pem();
    } else if (variant == QLatin1String("out-of-order")) {
        certData = rootPem + subPem;
    }

    Result<CertificateAuthority> ca = cas.importCa(QStringLiteral("Imported"), certData, keyData, passphrase);
    if (!error.isEmpty()) {
        QVERIFY(!ca.isOk());
        QVERIFY2(ca.error().detail().contains(error), qPrintable(ca.error().detail()));
        QCOMPARE(cas.list()->size(), 0);
        return;
    }
    VERIFY_OK(ca);
    QCOMPARE(ca->subjectDn, expectedDn);
    QVERIFY(ca->hasKey);
    // The imported CA signs, and its chain verifies with the openssl command line.
    const PrivateKey leafKey = *PrivateKey::generate(QStringLiteral("EC:P-256"));
    CertificateBuilder b;
    b.setSubjectCommonNames({QStringLiteral("leaf.example")});
    b.setDnsNames({QStringLiteral("leaf.example")});
    b.setPublicKey(leafKey.publicKeyDer());
    b.setValidity(clock.now(), clock.now().addDays(30));
    Result<X509Certificate> leaf = cas.sign(ca->id, b);
    VERIFY_OK(leaf);
    Result<QByteArray> chain = cas.chainPem(ca->id);
    VERIFY_OK(chain);
    if (variant == QLatin1String("bundle")) {
        QCOMPARE(cas.list()->size(), 2);
        Result<CertificateAuthority> parent = cas.findById(ca->issuerCaId);
        VERIFY_OK(parent);
        QVERIFY(!parent->hasKey);
        QCOMPARE(parent->name, QStringLiteral("Imported Root"));
        QCOMPARE(X509Certificate::listFromData(*chain)->size(), 2);
    }
    const QString leafPath = OpenSslCli::write(d, QStringLiteral("leaf.pem"), leaf->toPem());
    const QString chainPath = OpenSslCli::write(d, QStringLiteral("chain.pem"), *chain);
    const OpenSslCli::Output v = OpenSslCli::run({QStringLiteral("verify"), QStringLiteral("-CAfile"), path("root.pem"),
                                                  QStringLiteral("-untrusted"), chainPath, leafPath});
    QVERIFY2(v.ok(), (v.out + v.err).constData());
}

void TestCaService::issuesServerCertificate()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock(realNow().toMSecsSinceEpoch());
    CaService cas(db, MasterKey::generate(), clock);
    Result<CaService::RootAndIssuing> both
        = cas.createRootAndIssuing(QStringLiteral("Root"), QStringLiteral("CN=Root"), QStringLiteral("Issuing"),
                                   QStringLiteral("CN=Issuing"), QStringLiteral("EC:P-256"), k10y, k5y);
    VERIFY_OK(both);
    Result<CaService::ServerCredentials> creds
        = cas.issueServerCertificate(both->issuing.id, {QStringLiteral("acme.example.org")},
                                     {QStringLiteral("127.0.0.1")}, Duration::fromMs(30LL * 24 * 3600 * 1000));
    VERIFY_OK(creds);
    Result<QList<X509Certificate>> chain = X509Certificate::listFromData(creds->chainPem);
    QCOMPARE(chain->size(), 3);
    QCOMPARE(chain->at(0).dnsNames(), QStringList {QStringLiteral("acme.example.org")});
    QCOMPARE(chain->at(0).ipAddresses(), QStringList {QStringLiteral("127.0.0.1")});
    QVERIFY(PrivateKey::fromData(creds->keyPem)->matchesPublicKey(chain->at(0).publicKeyDer()));
    VERIFY_OK(X509Certificate::verifyChain(chain->at(0).toDer(), {chain->at(1).toDer()}, {chain->at(2).toDer()},
                                           clock.now().addSecs(60)));
    Result<QSqlQuery> q
        = db->exec(QStringLiteral("SELECT count(*) FROM certificates WHERE cert_profile = 'anvil-server'"));
    QVERIFY(q.isOk() && q->next());
    QCOMPARE(q->value(0).toInt(), 1);
}

void TestCaService::rejectsDuplicateName_data()
{
    addBackends();
}

void TestCaService::rejectsDuplicateName()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock;
    CaService cas(db, MasterKey::generate(), clock);
    VERIFY_OK(cas.createRoot(QStringLiteral("Root"), QStringLiteral("CN=Root"), QStringLiteral("EC:P-256"), k10y));
    Result<CertificateAuthority> again
        = cas.createRoot(QStringLiteral("Root"), QStringLiteral("CN=Root 2"), QStringLiteral("EC:P-256"), k10y);
    QVERIFY(!again.isOk());
    QCOMPARE(again.error().code(), CoreError::Code::Conflict);
    QCOMPARE(again.error().detail(), QStringLiteral("A CA named 'Root' already exists"));
    QCOMPARE(
        cas.createRoot(QStringLiteral("Bad"), QStringLiteral("CN=x"), QStringLiteral("RSA:1024"), k10y).error().code(),
        CoreError::Code::Malformed);
}

void TestCaService::marksForEarlyRenewal_data()
{
    addBackends();
}

void TestCaService::marksForEarlyRenewal()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock;
    CaService cas(db, MasterKey::generate(), clock);
    Result<CertificateAuthority> root
        = cas.createRoot(QStringLiteral("Root"), QStringLiteral("CN=Root"), QStringLiteral("EC:P-256"), k10y);
    VERIFY_OK(root);
    QVERIFY(!root->renewEarlyAt);
    clock.advanceMs(5000);
    VERIFY_OK(cas.markForEarlyRenewal(root->id));
    QCOMPARE(*cas.findById(root->id)->renewEarlyAt, clock.now());
    QCOMPARE(cas.markForEarlyRenewal(CaId(QStringLiteral("nope"))).error().code(), CoreError::Code::NotFound);
}

void TestCaService::keptCaCostsNoStatement()
{
    // Every issuance reads its CA: by id and by name it comes from memory until a change.
    ServerWithRoot t;
    QVERIFY(t.ok());
    CaService &cas = *t.server;
    VERIFY_OK(cas.findById(t.root.id));
    VERIFY_OK(cas.find(QStringLiteral("Root")));
    const quint64 before = t.p.serverDb->counters().statements;
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(cas.findById(t.root.id)->name, QStringLiteral("Root"));
        QCOMPARE(cas.find(QStringLiteral("Root"))->id, t.root.id);
    }
    QCOMPARE(t.p.serverDb->counters().statements, before);
    // Not found is not remembered: the CA may be created any moment.
    QCOMPARE(cas.find(QStringLiteral("Later")).error().code(), CoreError::Code::NotFound);
    VERIFY_OK(cas.createRoot(QStringLiteral("Later"), QStringLiteral("CN=Later"), QStringLiteral("EC:P-256"), k10y));
    VERIFY_OK(cas.find(QStringLiteral("Later")));
}

void TestCaService::anotherProcessesChangeIsSeenAtOnce_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("marked for early renewal") << QStringLiteral("renew");
    QTest::newRow("CRL number taken in a transaction") << QStringLiteral("crl");
}

void TestCaService::anotherProcessesChangeIsSeenAtOnce()
{
    QFETCH(QString, change);
    ServerWithRoot t; // the clock never advances: only the announcement can end a kept CA here
    QVERIFY(t.ok());
    CaService &server = *t.server;
    CaService cli(t.p.cliDb, t.key, t.clock);
    const CaId id = t.root.id;
    QVERIFY(!server.findById(id)->renewEarlyAt);
    QCOMPARE(server.find(QStringLiteral("Root"))->crlNumber, 0);
    if (change == QLatin1String("renew")) {
        VERIFY_OK(cli.markForEarlyRenewal(id));
        QCOMPARE(*server.findById(id)->renewEarlyAt, t.clock.now());
        QVERIFY(server.find(QStringLiteral("Root"))->renewEarlyAt);
    } else {
        VERIFY_OK(t.p.cliDb->transaction([&]() -> VoidResult {
            Result<qint64> number = CaRepository(t.p.cliDb).nextCrlNumber(id);
            if (!number) {
                return number.error();
            }
            // Not committed yet: the server still sees (and may keep) the old row.
            return server.findById(id)->crlNumber == 0
                ? VoidResult()
                : CoreError(CoreError::Code::Internal, QStringLiteral("uncommitted change seen"));
        }));
        QCOMPARE(server.findById(id)->crlNumber, 1);
        QCOMPARE(server.find(QStringLiteral("Root"))->crlNumber, 1);
    }
}

void TestCaService::unannouncedChangeIsSeenWithinASecond()
{
    // A writer that died between its commit and its announcement (here: an UPDATE behind the
    // repository's back) is seen once the kept CA is a second old.
    ServerWithRoot t;
    QVERIFY(t.ok());
    const CaId id = t.root.id;
    QVERIFY(!t.server->findById(id)->renewEarlyAt);
    VERIFY_OK(t.p.cliDb->exec(QStringLiteral("UPDATE cas SET renew_early_at = 42000 WHERE id = :id"),
                              {{QStringLiteral("id"), id.value()}}));
    t.clock.advanceMs(500);
    QVERIFY(!t.server->findById(id)->renewEarlyAt);
    t.clock.advanceMs(600);
    QCOMPARE(t.server->findById(id)->renewEarlyAt->toMSecsSinceEpoch(), 42000);
}

void TestCaService::servesAlternateChainsOldestFirst()
{
    // RFC 8555 §7.4.2: chains to other roots registered for a CA (rows of ca_chains), read once
    // and then kept like the CA itself.
    ServerWithRoot t;
    QVERIFY(t.ok());
    CaService &server = *t.server;
    const CaId caId = t.root.id;
    const auto add = [&](const QString &id, const QString &dn, const QString &pem, qint64 at) {
        return t.p.cliDb->exec(
            QStringLiteral("INSERT INTO ca_chains (id, ca_id, root_subject_dn, chain_pem, created_at) "
                           "VALUES (:id, :ca, :dn, :pem, :at)"),
            {{QStringLiteral("id"), id},
             {QStringLiteral("ca"), caId.value()},
             {QStringLiteral("dn"), dn},
             {QStringLiteral("pem"), pem},
             {QStringLiteral("at"), at}});
    };
    VERIFY_OK(add(QStringLiteral("c2"), QStringLiteral("CN=Newer Root"), QStringLiteral("PEM 2"), 2000));
    VERIFY_OK(add(QStringLiteral("c1"), QStringLiteral("CN=Older Root"), QStringLiteral("PEM 1"), 1000));
    const QList<CaRepository::AlternateChain> expected {{QStringLiteral("CN=Older Root"), QByteArray("PEM 1")},
                                                        {QStringLiteral("CN=Newer Root"), QByteArray("PEM 2")}};
    QCOMPARE(*server.alternateChains(caId), expected);
    const quint64 before = t.p.serverDb->counters().statements;
    QCOMPARE(*server.alternateChains(caId), expected);
    QCOMPARE(t.p.serverDb->counters().statements, before);
    QVERIFY(server.alternateChains(CaId(QStringLiteral("other")))->isEmpty());
}

void TestCaService::alternateChainIsCheckedBeforeItIsRegistered_data()
{
    QTest::addColumn<QString>("bundle"); // names of CrossMaterial parts, in order
    QTest::addColumn<int>("code"); // CoreError::Code, None when accepted
    QTest::addColumn<QString>("root");
    const int none = int(CoreError::Code::None);
    const int malformed = int(CoreError::Code::Malformed);
    const int conflict = int(CoreError::Code::Conflict);
    QTest::newRow("cross-certificate and the other root") << "cross other" << none << "CN=Other Root";
    QTest::newRow("cross-certificate alone: the root is its issuer") << "cross" << none << "CN=Other Root";
    QTest::newRow("not certificates") << "garbage" << malformed << "";
    QTest::newRow("empty") << "" << malformed << "";
    QTest::newRow("the CA's name with another key") << "fake" << malformed << "";
    QTest::newRow("the other root first") << "other cross" << malformed << "";
    QTest::newRow("a root that did not sign it") << "cross third" << malformed << "";
    QTest::newRow("cross-certificate that is no CA's") << "crossNotCa other" << malformed << "";
    QTest::newRow("the CA's own chain (its own root)") << "ca" << conflict << "";
}

void TestCaService::alternateChainIsCheckedBeforeItIsRegistered()
{
    QFETCH(QString, bundle);
    QFETCH(int, code);
    QFETCH(QString, root);
    ServerWithRoot t;
    QVERIFY(t.ok());
    CrossMaterial m(t.server->chainPem(t.root.id));
    QVERIFY(m.ok);
    const QHash<QString, QByteArray> parts {{QStringLiteral("cross"), m.cross},
                                            {QStringLiteral("other"), m.other},
                                            {QStringLiteral("crossNotCa"), m.crossNotCa},
                                            {QStringLiteral("fake"), m.sameNameOtherKey},
                                            {QStringLiteral("third"), m.third},
                                            {QStringLiteral("ca"), m.caPem},
                                            {QStringLiteral("garbage"), QByteArray("-----BEGIN NOTHING-----\n")}};
    QByteArray pem;
    for (const QString &part : bundle.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        pem += parts.value(part);
    }

    Result<CaRepository::AlternateChain> added = t.server->addAlternateChain(t.root.id, pem);
    if (code != int(CoreError::Code::None)) {
        QVERIFY(!added);
        QCOMPARE(int(added.error().code()), code);
        QVERIFY(t.server->alternateChains(t.root.id)->isEmpty()); // nothing stored
        return;
    }
    VERIFY_OK(added);
    QCOMPARE(added->first, root);
    const Result<QList<CaRepository::AlternateChain>> chains = t.server->alternateChains(t.root.id);
    QCOMPARE(chains->size(), 1);
    QCOMPARE(chains->first(), *added);
    QVERIFY(chains->first().second.startsWith(m.cross.trimmed())); // the cross-certificate first
    // A second chain to the same root is refused; the first stays.
    QCOMPARE(t.server->addAlternateChain(t.root.id, pem).error().code(), CoreError::Code::Conflict);
    QCOMPARE(t.server->alternateChains(t.root.id)->size(), 1);
}

void TestCaService::alternateChainRegisteredElsewhereIsServedAndRemoved()
{
    // The command line registers and removes chains on the same database; the server's cached
    // chains follow at once (the "cas" change beacon).
    ServerWithRoot t;
    QVERIFY(t.ok());
    CrossMaterial m(t.server->chainPem(t.root.id));
    QVERIFY(m.ok);
    QVERIFY(t.server->alternateChains(t.root.id)->isEmpty()); // cached empty
    CaService cli(t.p.cliDb, t.key, t.clock);
    VERIFY_OK(cli.addAlternateChain(t.root.id, m.cross + m.other));
    QCOMPARE(t.server->alternateChains(t.root.id)->size(), 1);
    QCOMPARE(t.server->alternateChains(t.root.id)->first().first, QStringLiteral("CN=Other Root"));
    QCOMPARE(cli.removeAlternateChain(t.root.id, QStringLiteral("CN=Nobody")).error().code(),
             CoreError::Code::NotFound);
    VERIFY_OK(cli.removeAlternateChain(t.root.id, QStringLiteral("CN=Other Root")));
    QVERIFY(t.server->alternateChains(t.root.id)->isEmpty());
}

void TestCaService::secondChainToARootIsRefusedByTheDatabaseToo()
{
    // Two administrators adding the same chain at the same instant both pass CaService's check;
    // the database (ca_chains_root) stores one. Each writes through its own process here.
    ServerWithRoot t;
    QVERIFY(t.ok());
    CaRepository first(t.p.serverDb);
    CaRepository second(t.p.cliDb);
    const CaRepository::AlternateChain chain {QStringLiteral("CN=Other Root"), QByteArray("PEM")};
    VERIFY_OK(first.insertAlternateChain(t.root.id, chain, 1000));
    const VoidResult again = second.insertAlternateChain(t.root.id, chain, 1000);
    QVERIFY(!again.isOk());
    QCOMPARE(again.error().code(), CoreError::Code::Conflict);
    QCOMPARE(again.error().detail(), QStringLiteral("The CA already has a chain to CN=Other Root"));
    QCOMPARE(t.server->alternateChains(t.root.id)->size(), 1);
    // Another root, or the same root for another CA, is still welcome.
    VERIFY_OK(second.insertAlternateChain(t.root.id, {QStringLiteral("CN=Third Root"), QByteArray("PEM")}, 1000));
    Result<CertificateAuthority> other
        = t.server->createRoot(QStringLiteral("Other"), QStringLiteral("CN=Other"), QStringLiteral("EC:P-256"), k10y);
    QVERIFY(other.isOk());
    VERIFY_OK(second.insertAlternateChain(other->id, chain, 1000));
}

QTEST_GUILESS_MAIN(TestCaService)
#include "TestCaService.moc"
