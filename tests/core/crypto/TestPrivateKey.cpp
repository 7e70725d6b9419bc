// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PrivateKey.h"

#include "tests/core/crypto/OpenSslCli.h"

#include <QTemporaryDir>
#include <QTest>

class TestPrivateKey : public QObject
{
    Q_OBJECT

private slots:
    void generates_data();
    void generates();
    void rejectsUnsupportedSpecs_data();
    void rejectsUnsupportedSpecs();
    void imports_data();
    void imports();
    void exportsReadableByOpenSsl();
};

void TestPrivateKey::generates_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<QString>("curve");
    QTest::addColumn<int>("bits");
    QTest::newRow("EC P-256") << QStringLiteral("EC:P-256") << QStringLiteral("EC") << QStringLiteral("P-256") << 256;
    QTest::newRow("EC P-384") << QStringLiteral("EC:P-384") << QStringLiteral("EC") << QStringLiteral("P-384") << 384;
    QTest::newRow("RSA 2048") << QStringLiteral("RSA:2048") << QStringLiteral("RSA") << QString() << 2048;
    QTest::newRow("RSA 3072") << QStringLiteral("RSA:3072") << QStringLiteral("RSA") << QString() << 3072;
}

void TestPrivateKey::generates()
{
    QFETCH(QString, spec);
    QFETCH(QString, algorithm);
    QFETCH(QString, curve);
    QFETCH(int, bits);
    Result<PrivateKey> key = PrivateKey::generate(spec);
    VERIFY_OK(key);
    QCOMPARE(key->info().algorithm, algorithm);
    QCOMPARE(key->info().curve, curve);
    QCOMPARE(key->info().bits, bits);
    QCOMPARE(key->spec(), spec);
    QVERIFY(key->matchesPublicKey(key->publicKeyDer()));
    QVERIFY(!key->matchesPublicKey(PrivateKey::generate(spec)->publicKeyDer()));
    // PKCS#8 DER and PEM round-trip to the same key.
    Result<PrivateKey> fromDer = PrivateKey::fromData(key->toPkcs8Der());
    QVERIFY(fromDer.isOk());
    QCOMPARE(fromDer->publicKeyDer(), key->publicKeyDer());
    Result<PrivateKey> fromPem = PrivateKey::fromData(key->toPkcs8Pem());
    QVERIFY(fromPem.isOk());
    QCOMPARE(fromPem->publicKeyDer(), key->publicKeyDer());
}

void TestPrivateKey::rejectsUnsupportedSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("RSA 1024 is too short") << QStringLiteral("RSA:1024");
    QTest::newRow("RSA 2500 is not a supported size") << QStringLiteral("RSA:2500");
    QTest::newRow("RSA 8192 is too large") << QStringLiteral("RSA:8192");
    QTest::newRow("EC P-521 is not offered") << QStringLiteral("EC:P-521");
    QTest::newRow("Ed25519 is not offered") << QStringLiteral("Ed25519");
    QTest::newRow("garbage spec") << QStringLiteral("RSA:lots");
}

void TestPrivateKey::rejectsUnsupportedSpecs()
{
    QFETCH(QString, spec);
    Result<PrivateKey> key = PrivateKey::generate(spec);
    QVERIFY(!key.isOk());
    QCOMPARE(key.error().code(), CoreError::Code::Malformed);
    QVERIFY(key.error().detail().contains(spec.section(QLatin1Char(':'), -1)));
}

void TestPrivateKey::imports_data()
{
    QTest::addColumn<QStringList>("opensslArgs"); // converts key.pem (PKCS#8) into out
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<bool>("loads");
    QTest::newRow("traditional EC PEM") << QStringList {QStringLiteral("ec")} << QByteArray() << true;
    QTest::newRow("traditional EC DER") << QStringList {QStringLiteral("ec"), QStringLiteral("-outform"),
                                                        QStringLiteral("DER")}
                                        << QByteArray() << true;
    QTest::newRow("PKCS#8 DER") << QStringList {QStringLiteral("pkcs8"), QStringLiteral("-topk8"),
                                                QStringLiteral("-nocrypt"), QStringLiteral("-outform"),
                                                QStringLiteral("DER")}
                                << QByteArray() << true;
    QTest::newRow("encrypted PKCS#8 PEM with passphrase")
        << QStringList {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-passout"),
                        QStringLiteral("pass:s3cret")}
        << QByteArray("s3cret") << true;
    QTest::newRow("encrypted PKCS#8 DER with passphrase")
        << QStringList {QStringLiteral("pkcs8"),       QStringLiteral("-topk8"),   QStringLiteral("-passout"),
                        QStringLiteral("pass:s3cret"), QStringLiteral("-outform"), QStringLiteral("DER")}
        << QByteArray("s3cret") << true;
    QTest::newRow("encrypted traditional PEM with passphrase")
        << QStringList {QStringLiteral("ec"), QStringLiteral("-aes256"), QStringLiteral("-passout"),
                        QStringLiteral("pass:s3cret")}
        << QByteArray("s3cret") << true;
    QTest::newRow("encrypted PEM with wrong passphrase fails")
        << QStringList {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-passout"),
                        QStringLiteral("pass:s3cret")}
        << QByteArray("wrong") << false;
    QTest::newRow("encrypted PEM without passphrase fails")
        << QStringList {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-passout"),
                        QStringLiteral("pass:s3cret")}
        << QByteArray() << false;
}

void TestPrivateKey::imports()
{
    QFETCH(QStringList, opensslArgs);
    QFETCH(QByteArray, passphrase);
    QFETCH(bool, loads);
    QTemporaryDir dir;
    const PrivateKey original = *PrivateKey::generate(QStringLiteral("EC:P-256"));
    const QString in = OpenSslCli::write(QDir(dir.path()), QStringLiteral("key.pem"), original.toPkcs8Pem());
    const QString out = QDir(dir.path()).filePath(QStringLiteral("out"));
    const OpenSslCli::Output o
        = OpenSslCli::run(opensslArgs + QStringList {QStringLiteral("-in"), in, QStringLiteral("-out"), out});
    QVERIFY2(o.ok(), o.err.constData());
    Result<PrivateKey> key = PrivateKey::fromData(OpenSslCli::read(out), passphrase);
    QCOMPARE(key.isOk(), loads);
    if (loads) {
        QCOMPARE(key->publicKeyDer(), original.publicKeyDer());
    } else {
        QCOMPARE(key.error().code(), CoreError::Code::Malformed);
    }
}

void TestPrivateKey::exportsReadableByOpenSsl()
{
    QTemporaryDir dir;
    const PrivateKey key = *PrivateKey::generate(QStringLiteral("RSA:2048"));
    const QString plain = OpenSslCli::write(QDir(dir.path()), QStringLiteral("k.pem"), key.toPkcs8Pem());
    QVERIFY(OpenSslCli::run({QStringLiteral("pkey"), QStringLiteral("-in"), plain, QStringLiteral("-check"),
                             QStringLiteral("-noout")})
                .ok());
    const QString enc
        = OpenSslCli::write(QDir(dir.path()), QStringLiteral("e.pem"), *key.toEncryptedPem(QByteArray("pw")));
    QVERIFY(OpenSslCli::run({QStringLiteral("pkey"), QStringLiteral("-in"), enc, QStringLiteral("-passin"),
                             QStringLiteral("pass:pw"), QStringLiteral("-noout")})
                .ok());
    QVERIFY(!PrivateKey::fromData(QByteArray("not a key")).isOk());
}

QTEST_GUILESS_MAIN(TestPrivateKey)
#include "TestPrivateKey.moc"
