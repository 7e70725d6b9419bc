// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Csr.h"

#include "tests/core/crypto/OpenSslCli.h"

#include <QTemporaryDir>
#include <QTest>

class TestCsr : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parsesBuiltRequests_data();
    void parsesBuiltRequests();
    void parsesOpenSslRequest();
    void rejects_data();
    void rejects();

private:
    PrivateKey m_ec;
    PrivateKey m_rsa;
};

void TestCsr::initTestCase()
{
    m_ec = *PrivateKey::generate(QStringLiteral("EC:P-256"));
    m_rsa = *PrivateKey::generate(QStringLiteral("RSA:2048"));
}

void TestCsr::parsesBuiltRequests_data()
{
    QTest::addColumn<bool>("rsa");
    QTest::addColumn<QStringList>("cns");
    QTest::addColumn<QStringList>("dns");
    QTest::addColumn<QStringList>("ips");
    QTest::newRow("EC key, one CN, one DNS name") << false << QStringList {QStringLiteral("a.example")}
                                                  << QStringList {QStringLiteral("a.example")} << QStringList();
    QTest::newRow("RSA key, two CNs, DNS names and IPs")
        << true << QStringList {QStringLiteral("a.example"), QStringLiteral("b.example")}
        << QStringList {QStringLiteral("a.example"), QStringLiteral("b.example")}
        << QStringList {QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1")};
    QTest::newRow("no CN, SAN only") << false << QStringList() << QStringList {QStringLiteral("c.example")}
                                     << QStringList();
}

void TestCsr::parsesBuiltRequests()
{
    QFETCH(bool, rsa);
    QFETCH(QStringList, cns);
    QFETCH(QStringList, dns);
    QFETCH(QStringList, ips);
    const PrivateKey &key = rsa ? m_rsa : m_ec;
    Result<Csr> built = Csr::build(key, cns, dns, ips);
    VERIFY_OK(built);
    for (const QByteArray &encoded : {built->toDer(), built->toPem()}) {
        Result<Csr> csr = Csr::fromData(encoded);
        VERIFY_OK(csr);
        QCOMPARE(csr->commonNames(), cns);
        QCOMPARE(csr->dnsNames(), dns);
        QCOMPARE(csr->ipAddresses(), ips);
        QCOMPARE(csr->publicKeyDer(), key.publicKeyDer());
        QCOMPARE(csr->publicKeyInfo().algorithm, rsa ? QStringLiteral("RSA") : QStringLiteral("EC"));
        QCOMPARE(csr->publicKeyInfo().bits, rsa ? 2048 : 256);
    }
}

void TestCsr::parsesOpenSslRequest()
{
    QTemporaryDir dir;
    const QString keyPath = OpenSslCli::write(QDir(dir.path()), QStringLiteral("k.pem"), m_ec.toPkcs8Pem());
    const OpenSslCli::Output o
        = OpenSslCli::run({QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-key"), keyPath,
                           QStringLiteral("-subj"), QStringLiteral("/O=Example/CN=www.example.org"),
                           QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:www.example.org,IP:10.0.0.1"),
                           QStringLiteral("-outform"), QStringLiteral("DER")});
    QVERIFY2(o.ok(), o.err.constData());
    Result<Csr> csr = Csr::fromData(o.out);
    VERIFY_OK(csr);
    QCOMPARE(csr->subjectDn(), QStringLiteral("CN=www.example.org,O=Example"));
    QCOMPARE(csr->commonNames(), QStringList {QStringLiteral("www.example.org")});
    QCOMPARE(csr->dnsNames(), QStringList {QStringLiteral("www.example.org")});
    QCOMPARE(csr->ipAddresses(), QStringList {QStringLiteral("10.0.0.1")});
    QCOMPARE(csr->publicKeyInfo().curve, QStringLiteral("P-256"));
}

void TestCsr::rejects_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("detail");
    QTest::newRow("garbage bytes") << QStringLiteral("garbage") << QStringLiteral("Unreadable CSR");
    QTest::newRow("empty input") << QStringLiteral("empty") << QStringLiteral("Unreadable CSR");
    QTest::newRow("flipped signature bit") << QStringLiteral("signature") << QStringLiteral("signature is invalid");
    QTest::newRow("trailing bytes after the DER") << QStringLiteral("trailing") << QStringLiteral("Unreadable CSR");
    QTest::newRow("larger than 16 KiB") << QStringLiteral("oversized") << QStringLiteral("too large");
    QTest::newRow("PEM of garbage") << QStringLiteral("pem-garbage") << QStringLiteral("Unreadable CSR");
    // The key is built from its parameters, not by OpenSSL's decoders: it must refuse what they refuse.
    QTest::newRow("EC point off its curve")
        << QStringLiteral("off-curve") << QStringLiteral("public key is unreadable");
}

void TestCsr::rejects()
{
    QFETCH(QString, damage);
    QFETCH(QString, detail);
    QByteArray der = Csr::build(m_ec, {QStringLiteral("a.example")}, {QStringLiteral("a.example")})->toDer();
    if (damage == QLatin1String("garbage")) {
        der = QByteArray("\x30\x82\x01\x00garbage", 12);
    } else if (damage == QLatin1String("empty")) {
        der.clear();
    } else if (damage == QLatin1String("signature")) {
        // The signature BIT STRING is the last element: flip a bit near the end.
        der[der.size() - 5] = char(der[der.size() - 5] ^ 0x01);
    } else if (damage == QLatin1String("trailing")) {
        der += "xx";
    } else if (damage == QLatin1String("oversized")) {
        der = QByteArray(Csr::MaxSize + 1, 'A');
    } else if (damage == QLatin1String("off-curve")) {
        // The last byte of the point's y coordinate: (x, y + 1) is not on P-256. The signature
        // check would fail too; the key must be refused before it.
        const QByteArray spki = m_ec.publicKeyDer();
        const qsizetype at = der.indexOf(spki);
        QVERIFY(at > 0);
        der[at + spki.size() - 1] = char(der[at + spki.size() - 1] ^ 0x01);
    } else if (damage == QLatin1String("pem-garbage")) {
        der = "-----BEGIN CERTIFICATE REQUEST-----\nZm9v\n-----END CERTIFICATE REQUEST-----\n";
    }
    Result<Csr> csr = Csr::fromData(der);
    QVERIFY(!csr.isOk());
    QCOMPARE(csr.error().code(), CoreError::Code::BadCsr);
    QVERIFY2(csr.error().detail().contains(detail), qPrintable(csr.error().detail()));
}

QTEST_GUILESS_MAIN(TestCsr)
#include "TestCsr.moc"
