// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/AccountKey.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JwsSigner.h"
#include "core/jose/JwsVerifier.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject loadJson(const QString &name)
{
    QFile file(QStringLiteral(ANVIL_TEST_DATA_DIR) + QStringLiteral("/jose/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestAccountKey : public QObject
{
    Q_OBJECT

private slots:
    void generate_data();
    void generate();
    void generateRejects_data();
    void generateRejects();
    void fromPemRejects_data();
    void fromPemRejects();
    void signatureSizes_data();
    void signatureSizes();
    void signerFillsInAlg();
    void signerWritesFlattenedJson();
};

void TestAccountKey::generate_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QString>("kty");
    QTest::newRow("EC:P-256 signs ES256") << "EC:P-256"
                                          << "ES256"
                                          << "EC";
    QTest::newRow("EC:P-384 signs ES384") << "EC:P-384"
                                          << "ES384"
                                          << "EC";
    QTest::newRow("EC:P-521 signs ES512") << "EC:P-521"
                                          << "ES512"
                                          << "EC";
    QTest::newRow("RSA:2048 signs RS256") << "RSA:2048"
                                          << "RS256"
                                          << "RSA";
    QTest::newRow("Ed25519 signs EdDSA") << "Ed25519"
                                         << "EdDSA"
                                         << "OKP";
}

void TestAccountKey::generate()
{
    QFETCH(QString, spec);
    QFETCH(QString, alg);
    QFETCH(QString, kty);
    const Result<AccountKey> key = AccountKey::generate(spec);
    QVERIFY2(key.isOk(), qPrintable(key.isOk() ? QString() : key.error().detail()));
    QCOMPARE(key->alg(), alg);
    QCOMPARE(key->publicJwk().keyType(), kty);

    // PKCS#8 PEM round trip keeps the key.
    const QByteArray pem = key->toPem();
    QVERIFY(pem.startsWith("-----BEGIN PRIVATE KEY-----"));
    const Result<AccountKey> back = AccountKey::fromPem(pem);
    QVERIFY(back.isOk());
    QCOMPARE(back->publicJwk(), key->publicJwk());

    // A signature by the reloaded key verifies with the original public key.
    const QByteArray input("eyJhbGciOiJ9.e30");
    const Result<QByteArray> sig = back->sign(input);
    QVERIFY(sig.isOk());
    QVERIFY(key->publicJwk().verify(alg, input, *sig));
    QVERIFY(!key->publicJwk().verify(alg, input + 'x', *sig));
}

void TestAccountKey::generateRejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("RSA:1024 is refused") << "RSA:1024";
    QTest::newRow("RSA size not a number") << "RSA:big";
    QTest::newRow("RSA over 8192 bits is refused") << "RSA:16384";
    QTest::newRow("EC:P-192 is refused") << "EC:P-192";
    QTest::newRow("unknown spec") << "DSA:2048";
    QTest::newRow("empty spec") << "";
}

void TestAccountKey::generateRejects()
{
    QFETCH(QString, spec);
    const Result<AccountKey> key = AccountKey::generate(spec);
    QVERIFY(!key.isOk());
    QCOMPARE(key.error().code(), CoreError::Code::Unsupported);
}

void TestAccountKey::fromPemRejects_data()
{
    QTest::addColumn<QByteArray>("pem");
    const QJsonObject keys = loadJson(QStringLiteral("keys.json"));
    QTest::newRow("encrypted PKCS#8 is refused without prompting")
        << keys.value(QLatin1String("encryptedPkcs8Pem")).toString().toLatin1();
    QTest::newRow("traditional EC PEM is not PKCS#8")
        << keys.value(QLatin1String("traditionalEcPem")).toString().toLatin1();
    QTest::newRow("garbage") << QByteArray("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n");
    QTest::newRow("empty") << QByteArray();
}

void TestAccountKey::fromPemRejects()
{
    QFETCH(QByteArray, pem);
    QVERIFY(!AccountKey::fromPem(pem).isOk());
}

void TestAccountKey::signatureSizes_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("size");
    // RFC 7518 §3.4: r||s, each the size of the curve order, including leading zeros.
    QTest::newRow("ES256 signature is 64 bytes") << "EC:P-256" << 64;
    QTest::newRow("ES384 signature is 96 bytes") << "EC:P-384" << 96;
    QTest::newRow("ES512 signature is 132 bytes") << "EC:P-521" << 132;
    QTest::newRow("EdDSA signature is 64 bytes") << "Ed25519" << 64;
    QTest::newRow("RS256 signature is the modulus size") << "RSA:2048" << 256;
}

void TestAccountKey::signatureSizes()
{
    QFETCH(QString, spec);
    QFETCH(int, size);
    const AccountKey key = AccountKey::generate(spec).value();
    // Many signatures, so that short r or s values (leading zero bytes) are hit for P-256.
    for (int i = 0; i < 64; ++i) {
        const QByteArray input = QByteArray::number(i);
        const Result<QByteArray> sig = key.sign(input);
        QVERIFY(sig.isOk());
        QCOMPARE(sig->size(), size);
        QVERIFY(key.publicJwk().verify(key.alg(), input, *sig));
    }
}

void TestAccountKey::signerFillsInAlg()
{
    const AccountKey key = AccountKey::generate(QStringLiteral("EC:P-384")).value();
    QJsonObject header = JwsSigner::kidHeader(QStringLiteral("https://ca.example/acct/1"), QStringLiteral("bm9uY2U"),
                                              QStringLiteral("https://ca.example/x"));
    header.insert(QStringLiteral("alg"), QStringLiteral("none"));
    const QJsonObject jws = JwsSigner::signObject(key, header, "{}").value();
    const QByteArray protectedJson = *Base64Url::decode(jws.value(QLatin1String("protected")).toString().toLatin1());
    QCOMPARE(QJsonDocument::fromJson(protectedJson).object().value(QLatin1String("alg")).toString(),
             QStringLiteral("ES384"));
}

void TestAccountKey::signerWritesFlattenedJson()
{
    const AccountKey key = AccountKey::generate(QStringLiteral("Ed25519")).value();
    const QByteArray body
        = JwsSigner::sign(
              key, JwsSigner::jwkHeader(key, QStringLiteral("bm9uY2U"), QStringLiteral("https://ca.example/new-acct")),
              QByteArray())
              .value();
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QCOMPARE(o.keys(),
             QStringList({QStringLiteral("payload"), QStringLiteral("protected"), QStringLiteral("signature")}));
    QCOMPARE(o.value(QLatin1String("payload")).toString(), QString());
    QVERIFY(!body.contains(' '));
    const Result<JwsEnvelope> env = JwsVerifier::parse(body);
    QVERIFY(env.isOk());
    QVERIFY(JwsVerifier::verify(*env, key.publicJwk(), QStringLiteral("https://ca.example/new-acct")).isOk());
}

QTEST_GUILESS_MAIN(TestAccountKey)
#include "TestAccountKey.moc"
