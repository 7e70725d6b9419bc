// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/Jwk.h"
#include "core/jose/KeyAuthorization.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

class TestKeyAuthorization : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keyAuthorizationAppendsThumbprint();
    void dns01TxtValue_data();
    void dns01TxtValue();
    void tlsAlpn01DigestIsRawSha256();

private:
    Jwk m_rfcKey;
};

void TestKeyAuthorization::initTestCase()
{
    QFile file(QStringLiteral(ANVIL_TEST_DATA_DIR) + QStringLiteral("/jose/rfc-vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject rfc = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rfc7638")).toObject();
    m_rfcKey = Jwk::fromJson(rfc.value(QLatin1String("jwk")).toObject()).value();
}

void TestKeyAuthorization::keyAuthorizationAppendsThumbprint()
{
    // RFC 8555 §8.1: token "." base64url(thumbprint); the RFC 7638 §3.1 key's thumbprint is known.
    QCOMPARE(keyAuthorization(QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA"), m_rfcKey),
             QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA.NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
}

void TestKeyAuthorization::dns01TxtValue_data()
{
    QTest::addColumn<QString>("keyAuth");
    QTest::addColumn<QString>("txt");
    // Expected values computed independently (Python hashlib + base64.urlsafe_b64encode, unpadded).
    QTest::newRow("RFC 7638 key authorization")
        << "evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA.NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"
        << "ZTRx1Ckl1-tM05o5zaizTTA0yUy5AGereMgSNWC6Ll8";
    QTest::newRow("empty input is the SHA-256 of nothing") << ""
                                                           << "47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU";
}

void TestKeyAuthorization::dns01TxtValue()
{
    QFETCH(QString, keyAuth);
    QFETCH(QString, txt);
    QCOMPARE(::dns01TxtValue(keyAuth), txt);
}

void TestKeyAuthorization::tlsAlpn01DigestIsRawSha256()
{
    const QByteArray digest = tlsAlpn01Digest(QString());
    QCOMPARE(digest.toHex(), QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

QTEST_GUILESS_MAIN(TestKeyAuthorization)
#include "TestKeyAuthorization.moc"
