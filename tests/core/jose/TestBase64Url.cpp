// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/Base64Url.h"

#include <QRandomGenerator>
#include <QTest>

class TestBase64Url : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void rejects_data();
    void rejects();
    void rejectsNonAsciiString();
    void roundTrip();
};

void TestBase64Url::encode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("text");
    // RFC 4648 §10 vectors without the padding.
    QTest::newRow("empty is empty") << QByteArray() << QByteArray();
    QTest::newRow("one byte, no padding") << QByteArray("f") << QByteArray("Zg");
    QTest::newRow("two bytes, no padding") << QByteArray("fo") << QByteArray("Zm8");
    QTest::newRow("three bytes") << QByteArray("foo") << QByteArray("Zm9v");
    QTest::newRow("six bytes") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
    QTest::newRow("uses - and _ instead of + and /") << QByteArray("\xfb\xff\xbf", 3) << QByteArray("-_-_");
    QTest::newRow("NUL bytes") << QByteArray("\0\0", 2) << QByteArray("AAA");
}

void TestBase64Url::encode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, text);
    QCOMPARE(Base64Url::encode(bytes), text);
    QCOMPARE(Base64Url::encodeToString(bytes), QString::fromLatin1(text));
    const Result<QByteArray> decoded = Base64Url::decode(text);
    QVERIFY(decoded.isOk());
    QCOMPARE(*decoded, bytes);
    QCOMPARE(*Base64Url::decode(QStringView(QString::fromLatin1(text))), bytes);
}

void TestBase64Url::rejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("padding is rejected") << QByteArray("Zg==");
    QTest::newRow("single padding is rejected") << QByteArray("Zm8=");
    QTest::newRow("'+' of standard base64 is rejected") << QByteArray("+_-_");
    QTest::newRow("'/' of standard base64 is rejected") << QByteArray("-/-_");
    QTest::newRow("space is rejected") << QByteArray("Zm9v YmFy");
    QTest::newRow("newline is rejected") << QByteArray("Zm9v\nYmFy");
    QTest::newRow("trailing whitespace is rejected") << QByteArray("Zm9v ");
    QTest::newRow("other characters are rejected") << QByteArray("Zm9*");
    QTest::newRow("NUL is rejected") << QByteArray("Zm\0v", 4);
    QTest::newRow("high byte is rejected") << QByteArray("Zm9\xc3");
    QTest::newRow("length 4n+1 is impossible") << QByteArray("Zm9vY");
    QTest::newRow("non-zero trailing bits are rejected (Zh vs Zg)") << QByteArray("Zh");
    QTest::newRow("non-zero trailing bits after two bytes (Zm9 vs Zm8)") << QByteArray("Zm9");
}

void TestBase64Url::rejects()
{
    QFETCH(QByteArray, text);
    const Result<QByteArray> decoded = Base64Url::decode(text);
    QVERIFY(!decoded.isOk());
    QCOMPARE(decoded.error().code(), CoreError::Code::Malformed);
    // The same text as a string (JWS fields arrive as JSON strings) is refused the same way.
    const Result<QByteArray> fromString = Base64Url::decode(QStringView(QString::fromLatin1(text)));
    QVERIFY(!fromString.isOk());
    QCOMPARE(fromString.error().code(), CoreError::Code::Malformed);
}

void TestBase64Url::rejectsNonAsciiString()
{
    QVERIFY(!Base64Url::decode(QStringView(QStringLiteral("Zm9\u00e9"))).isOk());
    // U+0130 would become 'I'-like Latin-1 garbage if it were narrowed naively.
    QVERIFY(!Base64Url::decode(QStringView(QStringLiteral("Zm9\u0130"))).isOk());
}

void TestBase64Url::roundTrip()
{
    QRandomGenerator rng(7638);
    for (int len = 0; len < 200; ++len) {
        QByteArray bytes(len, '\0');
        for (char &c : bytes) {
            c = char(rng.bounded(256));
        }
        const QByteArray text = Base64Url::encode(bytes);
        QVERIFY(!text.contains('='));
        const Result<QByteArray> back = Base64Url::decode(text);
        QVERIFY(back.isOk());
        QCOMPARE(*back, bytes);
        QCOMPARE(*Base64Url::decode(QStringView(QString::fromLatin1(text))), bytes);
    }
}

QTEST_GUILESS_MAIN(TestBase64Url)
#include "TestBase64Url.moc"
