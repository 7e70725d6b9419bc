// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/CrlBuilder.h"
#include "core/crypto/Csr.h"

#include "tests/core/crypto/OpenSslCli.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCertificateBuilder : public QObject
{
    Q_OBJECT

private slots:
    void issuesVerifiableChain_data();
    void issuesVerifiableChain();
    void signsTheKeyOfAVerifiedRequest_data();
    void signsTheKeyOfAVerifiedRequest();
    void serialsAreRandomPositive128Bit();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void verifyChainFails_data();
    void verifyChainFails();
    void parsesPemBundles();
    void crlListsRevokedSerials();

private:
    struct Chain
    {
        PrivateKey rootKey;
        X509Certificate root;
        PrivateKey issuingKey;
        X509Certificate issuing;
    };
    static Chain makeChain(const QString &rootSpec, const QString &issuingSpec);
};

static QDateTime now()
{
    return QDateTime::currentDateTimeUtc().addSecs(-60);
}

TestCertificateBuilder::Chain TestCertificateBuilder::makeChain(const QString &rootSpec, const QString &issuingSpec)
{
    Chain c;
    c.rootKey = *PrivateKey::generate(rootSpec);
    CertificateBuilder rb;
    rb.setSubjectDn(QStringLiteral("CN=Test Root,O=Anvil Tests"));
    rb.setValidity(now(), now().addYears(10));
    rb.setCa(true);
    c.root = *rb.selfSign(c.rootKey);
    c.issuingKey = *PrivateKey::generate(issuingSpec);
    CertificateBuilder ib;
    ib.setSubjectDn(QStringLiteral("CN=Test Issuing,O=Anvil Tests"));
    ib.setPublicKey(c.issuingKey.publicKeyDer());
    ib.setValidity(now(), now().addYears(5));
    ib.setCa(true, 0);
    c.issuing = *ib.sign(c.root, c.rootKey);
    return c;
}

void TestCertificateBuilder::issuesVerifiableChain_data()
{
    QTest::addColumn<QString>("rootSpec");
    QTest::addColumn<QString>("issuingSpec");
    QTest::addColumn<QString>("leafSpec");
    QTest::addColumn<QString>("leafSignature");
    QTest::newRow("EC P-256 chain signs with SHA-256")
        << QStringLiteral("EC:P-256") << QStringLiteral("EC:P-256") << QStringLiteral("EC:P-256")
        << QStringLiteral("ecdsa-with-SHA256");
    QTest::newRow("P-384 issuer signs with SHA-384")
        << QStringLiteral("EC:P-384") << QStringLiteral("EC:P-384") << QStringLiteral("EC:P-256")
        << QStringLiteral("ecdsa-with-SHA384");
    QTest::newRow("P-384 leaf key under a P-256 chain keeps its curve")
        << QStringLiteral("EC:P-256") << QStringLiteral("EC:P-256") << QStringLiteral("EC:P-384")
        << QStringLiteral("ecdsa-with-SHA256");
    QTest::newRow("RSA leaf key under an EC chain")
        << QStringLiteral("EC:P-256") << QStringLiteral("EC:P-256") << QStringLiteral("RSA:2048")
        << QStringLiteral("ecdsa-with-SHA256");
    QTest::newRow("RSA 2048 chain, RSA leaf gets keyEncipherment")
        << QStringLiteral("RSA:2048") << QStringLiteral("RSA:2048") << QStringLiteral("RSA:2048")
        << QStringLiteral("sha256WithRSAEncryption");
}

void TestCertificateBuilder::issuesVerifiableChain()
{
    QFETCH(QString, rootSpec);
    QFETCH(QString, issuingSpec);
    QFETCH(QString, leafSpec);
    QFETCH(QString, leafSignature);
    const Chain c = makeChain(rootSpec, issuingSpec);
    QVERIFY(!c.root.isNull() && !c.issuing.isNull());
    QVERIFY(c.root.isCa() && c.issuing.isCa());
    QVERIFY(c.issuing.isIssuedBy(c.root));
    QCOMPARE(c.root.subjectDn(), QStringLiteral("CN=Test Root,O=Anvil Tests"));
    QCOMPARE(c.issuing.issuerDn(), c.root.subjectDn());
    QCOMPARE(c.issuing.keyUsages(), (QStringList {QStringLiteral("keyCertSign"), QStringLiteral("cRLSign")}));

    const PrivateKey leafKey = *PrivateKey::generate(leafSpec);
    const Csr csr = *Csr::build(leafKey, {QStringLiteral("www.example.org")},
                                {QStringLiteral("www.example.org"), QStringLiteral("example.org")},
                                {QStringLiteral("192.0.2.7")});
    const QDateTime notBefore = now();
    const QDateTime notAfter = notBefore.addDays(90);
    CertificateBuilder lb;
    lb.setSubjectCommonNames({QStringLiteral("www.example.org")});
    lb.setPublicKey(csr.publicKeyDer());
    lb.setValidity(notBefore, notAfter);
    lb.setDnsNames(csr.dnsNames());
    lb.setIpAddresses(csr.ipAddresses());
    lb.setExtendedKeyUsages({QStringLiteral("serverAuth")});
    lb.setCrlDistributionPoint(QStringLiteral("http://crl.example.org/issuing.crl"));
    lb.setOcspUrl(QStringLiteral("http://ocsp.example.org/"));
    Result<X509Certificate> leaf = lb.sign(c.issuing, c.issuingKey);
    VERIFY_OK(leaf);

    // Parsed back: every field the builder was asked for.
    QCOMPARE(leaf->subjectCommonNames(), QStringList {QStringLiteral("www.example.org")});
    QCOMPARE(leaf->issuerDn(), c.issuing.subjectDn());
    QCOMPARE(leaf->dnsNames(), csr.dnsNames());
    QCOMPARE(leaf->ipAddresses(), QStringList {QStringLiteral("192.0.2.7")});
    QCOMPARE(leaf->notBefore(), notBefore.addMSecs(-notBefore.time().msec()));
    QCOMPARE(leaf->notAfter(), notAfter.addMSecs(-notAfter.time().msec()));
    QCOMPARE(leaf->publicKeyDer(), leafKey.publicKeyDer());
    QCOMPARE(leaf->publicKeyInfo().curve, leafKey.info().curve);
    QCOMPARE(leaf->publicKeyInfo().bits, leafKey.info().bits);
    QCOMPARE(leaf->extendedKeyUsages(), QStringList {QStringLiteral("serverAuth")});
    QVERIFY(!leaf->isCa());
    QCOMPARE(leaf->authorityKeyId(), c.issuing.subjectKeyId());
    QCOMPARE(c.issuing.authorityKeyId(), c.root.subjectKeyId());
    QCOMPARE(leaf->subjectKeyId().size(), 20);
    QCOMPARE(leaf->crlDistributionPoints(), QStringList {QStringLiteral("http://crl.example.org/issuing.crl")});
    QCOMPARE(leaf->ocspUrls(), QStringList {QStringLiteral("http://ocsp.example.org/")});
    QStringList usages {QStringLiteral("digitalSignature")};
    if (leafSpec.startsWith(QLatin1String("RSA"))) {
        usages << QStringLiteral("keyEncipherment");
    }
    QCOMPARE(leaf->keyUsages(), usages);
    QCOMPARE(leaf->sha256Fingerprint().size(), 32);

    // Our own path validation and the openssl command line agree.
    VERIFY_OK(X509Certificate::verifyChain(leaf->toDer(), {c.issuing.toDer()}, {c.root.toDer()},
                                           QDateTime::currentDateTimeUtc()));
    QTemporaryDir dir;
    const QDir d(dir.path());
    const QString rootPem = OpenSslCli::write(d, QStringLiteral("root.pem"), c.root.toPem());
    const QString issuingPem = OpenSslCli::write(d, QStringLiteral("issuing.pem"), c.issuing.toPem());
    const QString leafPem = OpenSslCli::write(d, QStringLiteral("leaf.pem"), leaf->toPem());
    const OpenSslCli::Output v
        = OpenSslCli::run({QStringLiteral("verify"), QStringLiteral("-CAfile"), rootPem, QStringLiteral("-untrusted"),
                           issuingPem, QStringLiteral("-purpose"), QStringLiteral("sslserver"), leafPem});
    QVERIFY2(v.ok(), (v.out + v.err).constData());
    QVERIFY(v.out.contains(": OK"));
    const OpenSslCli::Output text = OpenSslCli::run(
        {QStringLiteral("x509"), QStringLiteral("-in"), leafPem, QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY(text.ok());
    QVERIFY2(text.out.contains(leafSignature.toLatin1()), text.out.constData());
    QVERIFY(text.out.contains("TLS Web Server Authentication"));
    QVERIFY(text.out.contains("X509v3 CRL Distribution Points"));
}

void TestCertificateBuilder::signsTheKeyOfAVerifiedRequest_data()
{
    QTest::addColumn<QString>("leafSpec");
    QTest::addColumn<QStringList>("keyUsages");
    QTest::newRow("EC P-256") << QStringLiteral("EC:P-256") << QStringList {QStringLiteral("digitalSignature")};
    QTest::newRow("EC P-384") << QStringLiteral("EC:P-384") << QStringList {QStringLiteral("digitalSignature")};
    QTest::newRow("RSA 2048 gets keyEncipherment")
        << QStringLiteral("RSA:2048")
        << QStringList {QStringLiteral("digitalSignature"), QStringLiteral("keyEncipherment")};
}

void TestCertificateBuilder::signsTheKeyOfAVerifiedRequest()
{
    // Issuance hands the builder the request itself (the key its parse built and checked), and
    // keeps the signed object without parsing it back: the certificate must carry exactly the
    // request's key, and a later DER key replaces the request's.
    QFETCH(QString, leafSpec);
    QFETCH(QStringList, keyUsages);
    const Chain c = makeChain(QStringLiteral("EC:P-256"), QStringLiteral("EC:P-256"));
    const PrivateKey leafKey = *PrivateKey::generate(leafSpec);
    const Result<Csr> csr = Csr::fromData(
        Csr::build(leafKey, {QStringLiteral("req.example.org")}, {QStringLiteral("req.example.org")})->toDer());
    VERIFY_OK(csr);
    QVERIFY(csr->publicKey());

    CertificateBuilder b;
    b.setSubjectCommonNames({QStringLiteral("req.example.org")});
    b.setDnsNames(csr->dnsNames());
    b.setValidity(now(), now().addDays(30));
    b.setParseBack(false);
    b.setPublicKey(*csr);
    Result<X509Certificate> leaf = b.sign(c.issuing, c.issuingKey);
    VERIFY_OK(leaf);
    QCOMPARE(leaf->publicKeyDer(), leafKey.publicKeyDer());
    QCOMPARE(leaf->publicKeyInfo().algorithm, leafKey.info().algorithm);
    QCOMPARE(leaf->keyUsages(), keyUsages);
    QVERIFY(leaf->isIssuedBy(c.issuing));
    Result<X509Certificate> parsed = X509Certificate::fromDer(leaf->toDer());
    VERIFY_OK(parsed);
    QCOMPARE(parsed->publicKeyDer(), leafKey.publicKeyDer());

    const PrivateKey other = *PrivateKey::generate(QStringLiteral("EC:P-256"));
    b.setPublicKey(other.publicKeyDer());
    Result<X509Certificate> replaced = b.sign(c.issuing, c.issuingKey);
    VERIFY_OK(replaced);
    QCOMPARE(replaced->publicKeyDer(), other.publicKeyDer());
    QCOMPARE(replaced->keyUsages(), QStringList {QStringLiteral("digitalSignature")});
}

void TestCertificateBuilder::serialsAreRandomPositive128Bit()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 200; ++i) {
        const QByteArray s = CertificateBuilder::randomSerial();
        QCOMPARE(s.size(), 16);
        QVERIFY(s[0] != 0);
        QVERIFY((uchar(s[0]) & 0x80) == 0);
        QVERIFY(!seen.contains(s));
        seen.insert(s);
    }
    const Chain c = makeChain(QStringLiteral("EC:P-256"), QStringLiteral("EC:P-256"));
    QCOMPARE(c.issuing.serialHex().size(), 32);
}

void TestCertificateBuilder::rejectsBadInput_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("detail");
    QTest::newRow("unknown extended key usage") << QStringLiteral("eku") << QStringLiteral("extended key usage");
    QTest::newRow("URL with a comma cannot inject extension syntax")
        << QStringLiteral("url") << QStringLiteral("Invalid URL");
    QTest::newRow("notAfter before notBefore") << QStringLiteral("validity") << QStringLiteral("validity");
    QTest::newRow("issuer key does not match the issuer certificate")
        << QStringLiteral("key") << QStringLiteral("does not match");
    QTest::newRow("invalid IP address in SAN") << QStringLiteral("ip") << QStringLiteral("Invalid IP address");
    QTest::newRow("malformed subject DN") << QStringLiteral("dn") << QStringLiteral("distinguished name");
}

void TestCertificateBuilder::rejectsBadInput()
{
    QFETCH(QString, problem);
    QFETCH(QString, detail);
    const Chain c = makeChain(QStringLiteral("EC:P-256"), QStringLiteral("EC:P-256"));
    const PrivateKey leafKey = *PrivateKey::generate(QStringLiteral("EC:P-256"));
    CertificateBuilder b;
    b.setSubjectCommonNames({QStringLiteral("x.example")});
    b.setPublicKey(leafKey.publicKeyDer());
    b.setValidity(now(), now().addDays(1));
    PrivateKey signer = c.issuingKey;
    if (problem == QLatin1String("eku")) {
        b.setExtendedKeyUsages({QStringLiteral("anyThing")});
    } else if (problem == QLatin1String("url")) {
        b.setCrlDistributionPoint(QStringLiteral("http://x/,DNS:evil.example"));
    } else if (problem == QLatin1String("validity")) {
        b.setValidity(now(), now().addDays(-1));
    } else if (problem == QLatin1String("key")) {
        signer = c.rootKey;
    } else if (problem == QLatin1String("ip")) {
        b.setIpAddresses({QStringLiteral("300.1.1.1")});
    } else if (problem == QLatin1String("dn")) {
        b.setSubjectDn(QStringLiteral("CN"));
    }
    Result<X509Certificate> cert = b.sign(c.issuing, signer);
    QVERIFY(!cert.isOk());
    QVERIFY2(cert.error().detail().contains(detail), qPrintable(cert.error().detail()));
}

void TestCertificateBuilder::verifyChainFails_data()
{
    QTest::addColumn<QString>("problem");
    QTest::newRow("unknown root") << QStringLiteral("root");
    QTest::newRow("missing intermediate") << QStringLiteral("intermediate");
    QTest::newRow("checked after expiry") << QStringLiteral("expired");
}

void TestCertificateBuilder::verifyChainFails()
{
    QFETCH(QString, problem);
    const Chain c = makeChain(QStringLiteral("EC:P-256"), QStringLiteral("EC:P-256"));
    const Chain other = makeChain(QStringLiteral("EC:P-256"), QStringLiteral("EC:P-256"));
    CertificateBuilder b;
    const PrivateKey leafKey = *PrivateKey::generate(QStringLiteral("EC:P-256"));
    b.setSubjectCommonNames({QStringLiteral("x.example")});
    b.setPublicKey(leafKey.publicKeyDer());
    b.setValidity(now(), now().addDays(1));
    const X509Certificate leaf = *b.sign(c.issuing, c.issuingKey);
    QList<QByteArray> intermediates {c.issuing.toDer()};
    QList<QByteArray> roots {c.root.toDer()};
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (problem == QLatin1String("root")) {
        roots = {other.root.toDer()};
    } else if (problem == QLatin1String("intermediate")) {
        intermediates.clear();
    } else {
        at = at.addDays(2);
    }
    VoidResult r = X509Certificate::verifyChain(leaf.toDer(), intermediates, roots, at);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().code(), CoreError::Code::Crypto);
}

void TestCertificateBuilder::parsesPemBundles()
{
    const Chain c = makeChain(QStringLiteral("EC:P-256"), QStringLiteral("EC:P-256"));
    Result<QList<X509Certificate>> list
        = X509Certificate::listFromData(X509Certificate::toPemBundle({c.issuing, c.root}));
    VERIFY_OK(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).toDer(), c.issuing.toDer());
    QCOMPARE(list->at(1).toDer(), c.root.toDer());
    Result<QList<X509Certificate>> der = X509Certificate::listFromData(c.root.toDer());
    VERIFY_OK(der);
    QCOMPARE(der->size(), 1);
    QVERIFY(!X509Certificate::listFromData(QByteArray("junk")).isOk());
    QVERIFY(!X509Certificate::fromDer(c.root.toDer() + "x").isOk());

    // pemFromDer() (no parsing) writes exactly what `openssl x509` writes.
    QTemporaryDir dir;
    const QString derPath = OpenSslCli::write(QDir(dir.path()), QStringLiteral("root.der"), c.root.toDer());
    const OpenSslCli::Output pem = OpenSslCli::run(
        {QStringLiteral("x509"), QStringLiteral("-inform"), QStringLiteral("DER"), QStringLiteral("-in"), derPath});
    QVERIFY(pem.ok());
    QCOMPARE(X509Certificate::pemFromDer(c.root.toDer()), pem.out);
    QCOMPARE(c.root.toPem(), pem.out);
}

void TestCertificateBuilder::crlListsRevokedSerials()
{
    const Chain c = makeChain(QStringLiteral("EC:P-256"), QStringLiteral("EC:P-384"));
    CrlBuilder crl;
    crl.setUpdateTimes(now(), now().addDays(7));
    crl.setCrlNumber(42);
    crl.addRevoked(QStringLiteral("0a1b2c3d4e5f"), now(), 1);
    crl.addRevoked(QStringLiteral("7f00000000000001"), now(), 4);
    crl.addRevoked(QStringLiteral("01"), now(), 0);
    Result<QByteArray> der = crl.sign(c.issuing, c.issuingKey);
    VERIFY_OK(der);

    QTemporaryDir dir;
    const QDir d(dir.path());
    const QString crlPath = OpenSslCli::write(d, QStringLiteral("c.crl"), *der);
    const QString caPath = OpenSslCli::write(d, QStringLiteral("ca.pem"), c.issuing.toPem() + c.root.toPem());
    const OpenSslCli::Output text
        = OpenSslCli::run({QStringLiteral("crl"), QStringLiteral("-inform"), QStringLiteral("DER"),
                           QStringLiteral("-in"), crlPath, QStringLiteral("-noout"), QStringLiteral("-text")});
    QVERIFY2(text.ok(), text.err.constData());
    QVERIFY2(text.out.contains("0A1B2C3D4E5F"), text.out.constData());
    QVERIFY(text.out.contains("7F00000000000001"));
    QVERIFY(text.out.contains("Key Compromise"));
    QVERIFY(text.out.contains("Superseded"));
    QVERIFY(text.out.contains("X509v3 CRL Number"));
    QVERIFY(text.out.contains("42"));
    QVERIFY(text.out.contains("X509v3 Authority Key Identifier"));
    QVERIFY(text.out.contains("ecdsa-with-SHA384"));
    QVERIFY(text.out.contains("Version 2"));
    const OpenSslCli::Output verify = OpenSslCli::run({QStringLiteral("crl"), QStringLiteral("-inform"),
                                                       QStringLiteral("DER"), QStringLiteral("-in"), crlPath,
                                                       QStringLiteral("-CAfile"), caPath, QStringLiteral("-noout")});
    QVERIFY2(verify.ok() && (verify.out + verify.err).contains("verify OK"), (verify.out + verify.err).constData());
    QVERIFY(CrlBuilder::toPem(*der).startsWith("-----BEGIN X509 CRL-----\n"));
    // The CRL must be signed by the key of its issuer.
    QVERIFY(!crl.sign(c.issuing, c.rootKey).isOk());
}

QTEST_GUILESS_MAIN(TestCertificateBuilder)
#include "TestCertificateBuilder.moc"
