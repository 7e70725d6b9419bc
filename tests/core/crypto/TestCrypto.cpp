// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/Crypto.h"
#include "core/crypto/MasterKey.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestCrypto : public QObject
{
    Q_OBJECT

private slots:
    void sha256KnownAnswers_data();
    void sha256KnownAnswers();
    void hmacKnownAnswers_data();
    void hmacKnownAnswers();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void randomBytesAreFreshAndSized();
    void selfTestPasses();
    void masterKeyOpen_data();
    void masterKeyOpen();
    void masterKeyRejectsWrongSize();
    void masterKeyFile_data();
    void masterKeyFile();
};

void TestCrypto::sha256KnownAnswers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    // FIPS 180-2 Appendix B.
    QTest::newRow("empty input") << QByteArray()
                                 << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc (one block)") << QByteArray("abc")
                                     << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestCrypto::sha256KnownAnswers()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    QCOMPARE(Crypto::sha256(input).toHex(), hex);
}

void TestCrypto::hmacKnownAnswers_data()
{
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("hex");
    const QByteArray key1(20, '\x0b');
    const QByteArray data1("Hi There");
    const QByteArray key2("Jefe");
    const QByteArray data2("what do ya want for nothing?");
    // RFC 4231 §4.2 and §4.3.
    QTest::newRow("RFC 4231 case 1 HMAC-SHA-256")
        << int(Crypto::HmacAlgorithm::Sha256) << key1 << data1
        << QByteArray("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    QTest::newRow("RFC 4231 case 1 HMAC-SHA-384")
        << int(Crypto::HmacAlgorithm::Sha384) << key1 << data1
        << QByteArray(
               "afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59cfaea9ea9076ede7f4af152e8b2fa9cb6");
    QTest::newRow("RFC 4231 case 2 HMAC-SHA-256")
        << int(Crypto::HmacAlgorithm::Sha256) << key2 << data2
        << QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    QTest::newRow("RFC 4231 case 2 HMAC-SHA-512")
        << int(Crypto::HmacAlgorithm::Sha512) << key2 << data2
        << QByteArray("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fd"
                      "caeab1a34d4a6b4b636e070a38bce737");
}

void TestCrypto::hmacKnownAnswers()
{
    QFETCH(int, algorithm);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, hex);
    QCOMPARE(Crypto::hmac(Crypto::HmacAlgorithm(algorithm), key, data).toHex(), hex);
}

void TestCrypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same bytes are equal") << QByteArray("secret") << QByteArray("secret") << true;
    QTest::newRow("last byte differs") << QByteArray("secret") << QByteArray("secreT") << false;
    QTest::newRow("prefix is not equal") << QByteArray("secret") << QByteArray("secre") << false;
    QTest::newRow("two empty values are equal") << QByteArray() << QByteArray() << true;
}

void TestCrypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(Crypto::constantTimeEquals(a, b), equal);
}

void TestCrypto::randomBytesAreFreshAndSized()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 100; ++i) {
        const QByteArray r = Crypto::randomBytes(16);
        QCOMPARE(r.size(), 16);
        QVERIFY(!seen.contains(r));
        seen.insert(r);
    }
    const QString id = Crypto::randomId(16);
    QCOMPARE(id.size(), 22); // 16 bytes, unpadded base64url
    QVERIFY(!id.contains(QLatin1Char('+')) && !id.contains(QLatin1Char('/')) && !id.contains(QLatin1Char('=')));
}

void TestCrypto::selfTestPasses()
{
    VoidResult r = Crypto::selfTest();
    QVERIFY2(r.isOk(), qPrintable(r.error().toLogString()));
}

void TestCrypto::masterKeyOpen_data()
{
    QTest::addColumn<QString>("tamper");
    QTest::addColumn<bool>("opens");
    QTest::newRow("same key and AAD round-trip") << QString() << true;
    QTest::newRow("wrong AAD fails") << QStringLiteral("aad") << false;
    QTest::newRow("wrong master key fails") << QStringLiteral("key") << false;
    QTest::newRow("flipped ciphertext byte fails") << QStringLiteral("flip") << false;
    QTest::newRow("truncated blob fails") << QStringLiteral("truncate") << false;
}

void TestCrypto::masterKeyOpen()
{
    QFETCH(QString, tamper);
    QFETCH(bool, opens);
    const MasterKey key = MasterKey::generate();
    const QByteArray plaintext("-----BEGIN PRIVATE KEY-----\nsecret\n");
    const QByteArray aad("ca-id-1");
    Result<QByteArray> sealed = key.seal(plaintext, aad);
    QVERIFY(sealed.isOk());
    QCOMPARE(sealed->size(), MasterKey::NonceSize + plaintext.size() + MasterKey::TagSize);
    QVERIFY(!sealed->contains("secret"));
    // A fresh nonce each time: the same plaintext never seals to the same blob.
    QVERIFY(*key.seal(plaintext, aad) != *sealed);

    QByteArray blob = *sealed;
    QByteArray openAad = aad;
    MasterKey openKey = key;
    if (tamper == QLatin1String("aad")) {
        openAad = "ca-id-2";
    } else if (tamper == QLatin1String("key")) {
        openKey = MasterKey::generate();
    } else if (tamper == QLatin1String("flip")) {
        blob[MasterKey::NonceSize + 3] = char(blob[MasterKey::NonceSize + 3] ^ 0x01);
    } else if (tamper == QLatin1String("truncate")) {
        blob.chop(1);
    }
    Result<QByteArray> opened = openKey.open(blob, openAad);
    QCOMPARE(opened.isOk(), opens);
    if (opens) {
        QCOMPARE(*opened, plaintext);
    } else {
        QCOMPARE(opened.error().code(), CoreError::Code::Crypto);
    }
}

void TestCrypto::masterKeyRejectsWrongSize()
{
    QVERIFY(MasterKey::fromBytes(QByteArray(32, 'k')).isOk());
    QVERIFY(!MasterKey::fromBytes(QByteArray(31, 'k')).isOk());
    QVERIFY(!MasterKey::fromBytes(QByteArray(33, 'k')).isOk());
}

void TestCrypto::masterKeyFile_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<bool>("loads");
    QTest::newRow("absent file is created 0600") << QStringLiteral("absent") << true;
    QTest::newRow("group-readable file is refused") << QStringLiteral("group-readable") << false;
    QTest::newRow("file of the wrong size is refused") << QStringLiteral("short") << false;
}

void TestCrypto::masterKeyFile()
{
    QFETCH(QString, setup);
    QFETCH(bool, loads);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("master.key"));
    if (setup != QLatin1String("absent")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(setup == QLatin1String("short") ? 16 : 32, 'x'));
        f.close();
        f.setPermissions(setup == QLatin1String("group-readable")
                             ? QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                             : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    Result<MasterKey> key = MasterKey::loadOrCreate(path);
    QCOMPARE(key.isOk(), loads);
    if (!loads) {
        return;
    }
    QCOMPARE(QFile(path).size(), qint64(MasterKey::KeySize));
    QCOMPARE(QFile(path).permissions() & 0x0077, QFileDevice::Permissions());
    // Loading again gives the same key: a blob sealed before opens after.
    Result<QByteArray> sealed = key->seal("x", "aad");
    Result<MasterKey> again = MasterKey::loadOrCreate(path);
    QVERIFY(again.isOk());
    QVERIFY(again->open(*sealed, "aad").isOk());
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
