// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/AccountKey.h"
#include "core/jose/Base64Url.h"
#include "core/jose/Jwk.h"

#include <QFile>
#include <QJsonArray>
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

QString b64(const QByteArray &bytes)
{
    return Base64Url::encodeToString(bytes);
}

QJsonObject with(QJsonObject o, const QString &key, const QJsonValue &value)
{
    o.insert(key, value);
    return o;
}

QJsonObject without(QJsonObject o, const QString &key)
{
    o.remove(key);
    return o;
}

} // namespace

class TestJwk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rfc7638Thumbprint();
    void thumbprintIgnoresOptionalMembers();
    void knownAnswerSignatures_data();
    void knownAnswerSignatures();
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void fromSpkiDer_data();
    void fromSpkiDer();
    void spkiRejects_data();
    void spkiRejects();
    void leadingZerosAreCanonicalised();
    void supportsAlg_data();
    void supportsAlg();
    void ecdsaSignatureMustBeRawNotDer();
    void equality();

private:
    QJsonObject m_rsa; // RFC 7638 key, public members only
    QJsonObject m_p256; // RFC 7515 A.3 key
    QJsonObject m_ed; // RFC 8037 key
    QJsonObject m_vectors;
    QJsonObject m_keys;
};

void TestJwk::initTestCase()
{
    m_vectors = loadJson(QStringLiteral("rfc-vectors.json"));
    m_keys = loadJson(QStringLiteral("keys.json"));
    const QJsonObject rfc = m_vectors.value(QLatin1String("rfc7638")).toObject().value(QLatin1String("jwk")).toObject();
    m_rsa = {{QStringLiteral("kty"), rfc.value(QLatin1String("kty"))},
             {QStringLiteral("n"), rfc.value(QLatin1String("n"))},
             {QStringLiteral("e"), rfc.value(QLatin1String("e"))}};
    const QJsonArray sigs = m_vectors.value(QLatin1String("signatures")).toArray();
    m_p256 = sigs.at(0).toObject().value(QLatin1String("jwk")).toObject();
    m_ed = sigs.at(2).toObject().value(QLatin1String("jwk")).toObject();
}

void TestJwk::rfc7638Thumbprint()
{
    const QJsonObject v = m_vectors.value(QLatin1String("rfc7638")).toObject();
    const Result<Jwk> jwk = Jwk::fromJson(v.value(QLatin1String("jwk")).toObject());
    QVERIFY(jwk.isOk());
    QCOMPARE(jwk->thumbprint(), v.value(QLatin1String("thumbprint")).toString());
    QCOMPARE(jwk->canonicalJson(),
             QByteArray(R"({"e":"AQAB","kty":"RSA","n":")") + m_rsa.value(QLatin1String("n")).toString().toLatin1()
                 + QByteArray(R"("})"));
    QCOMPARE(jwk->keyType(), QStringLiteral("RSA"));
    QCOMPARE(jwk->bits(), 2048);
}

void TestJwk::thumbprintIgnoresOptionalMembers()
{
    QJsonObject decorated = m_p256;
    decorated.insert(QStringLiteral("kid"), QStringLiteral("key-1"));
    decorated.insert(QStringLiteral("use"), QStringLiteral("sig"));
    decorated.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
    const Result<Jwk> plain = Jwk::fromJson(m_p256);
    const Result<Jwk> fancy = Jwk::fromJson(decorated);
    QVERIFY(plain.isOk() && fancy.isOk());
    QCOMPARE(fancy->thumbprint(), plain->thumbprint());
    // toJson() keeps the public members only.
    QCOMPARE(fancy->toJson(), m_p256);
    QCOMPARE(fancy->canonicalJson(),
             QByteArray(R"({"crv":"P-256","kty":"EC","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",)"
                        R"("y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"})"));
}

void TestJwk::knownAnswerSignatures_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray sigs = m_vectors.value(QLatin1String("signatures")).toArray();
    for (const QJsonValue &v : sigs) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o.value(QLatin1String("name")).toString() + QStringLiteral(" verifies"))) << o;
    }
}

void TestJwk::knownAnswerSignatures()
{
    QFETCH(QJsonObject, vector);
    const Result<Jwk> jwk = Jwk::fromJson(vector.value(QLatin1String("jwk")).toObject());
    QVERIFY(jwk.isOk());
    const QString alg = vector.value(QLatin1String("alg")).toString();
    const QByteArray input = vector.value(QLatin1String("signingInput")).toString().toLatin1();
    const QByteArray sig = *Base64Url::decode(vector.value(QLatin1String("signature")).toString().toLatin1());
    QVERIFY(jwk->supportsAlg(alg));
    QVERIFY(jwk->verify(alg, input, sig));

    QByteArray tamperedInput = input;
    tamperedInput[tamperedInput.size() - 1] = tamperedInput.at(tamperedInput.size() - 1) ^ 1;
    QVERIFY(!jwk->verify(alg, tamperedInput, sig));
    QByteArray tamperedSig = sig;
    tamperedSig[5] = char(tamperedSig.at(5) ^ 0x40);
    QVERIFY(!jwk->verify(alg, input, tamperedSig));
    QVERIFY(!jwk->verify(alg, input, sig.left(sig.size() - 1)));
    QVERIFY(!jwk->verify(alg, input, QByteArray()));
}

void TestJwk::accepts_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("kty");
    QTest::addColumn<QString>("crv");
    QTest::addColumn<int>("bits");
    QTest::newRow("RSA 2048") << "RSA:2048"
                              << "RSA"
                              << "" << 2048;
    QTest::newRow("RSA 3072") << "RSA:3072"
                              << "RSA"
                              << "" << 3072;
    QTest::newRow("EC P-256") << "EC:P-256"
                              << "EC"
                              << "P-256" << 256;
    QTest::newRow("EC P-384") << "EC:P-384"
                              << "EC"
                              << "P-384" << 384;
    QTest::newRow("EC P-521") << "EC:P-521"
                              << "EC"
                              << "P-521" << 521;
    QTest::newRow("OKP Ed25519") << "Ed25519"
                                 << "OKP"
                                 << "Ed25519" << 256;
}

void TestJwk::accepts()
{
    QFETCH(QString, spec);
    QFETCH(QString, kty);
    QFETCH(QString, crv);
    QFETCH(int, bits);
    const Result<AccountKey> key = AccountKey::generate(spec);
    QVERIFY(key.isOk());
    const QJsonObject json = key->publicJwk().toJson();
    const Result<Jwk> jwk = Jwk::fromJson(json);
    QVERIFY2(jwk.isOk(), qPrintable(jwk.isOk() ? QString() : jwk.error().detail()));
    QCOMPARE(jwk->keyType(), kty);
    QCOMPARE(jwk->curve(), crv);
    QCOMPARE(jwk->bits(), bits);
    QCOMPARE(jwk->toJson(), json);
    QCOMPARE(*jwk, key->publicJwk());
    QCOMPARE(jwk->thumbprint().size(), 43);
}

void TestJwk::rejects_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("detail");

    const auto rsa = [](const QByteArray &n, const QByteArray &e) {
        return QJsonObject {{QStringLiteral("kty"), QStringLiteral("RSA")},
                            {QStringLiteral("n"), b64(n)},
                            {QStringLiteral("e"), b64(e)}};
    };
    const QByteArray n2048 = QByteArray(256, '\xff');
    const QByteArray e65537("\x01\x00\x01", 3);
    QTest::newRow("RSA 1024 jwk rejected") << rsa(QByteArray(128, '\xff'), e65537) << "1024 bits";
    QTest::newRow("RSA 2047 bits rejected")
        << rsa(QByteArray(1, '\x7f') + QByteArray(255, '\xff'), e65537) << "2047 bits";
    QTest::newRow("RSA over 8192 bits rejected") << rsa(QByteArray(1025, '\xff'), e65537) << "8192";
    QTest::newRow("RSA even modulus rejected") << rsa(QByteArray(255, '\xff') + '\xfe', e65537) << "even";
    QTest::newRow("RSA exponent 1 rejected") << rsa(n2048, QByteArray("\x01")) << "exponent";
    QTest::newRow("RSA even exponent rejected") << rsa(n2048, QByteArray("\x01\x00\x00", 3)) << "exponent";
    QTest::newRow("RSA exponent zero rejected") << rsa(n2048, QByteArray(1, '\0')) << "exponent";
    QTest::newRow("RSA exponent over 64 bits rejected") << rsa(n2048, QByteArray(9, '\x01')) << "exponent";
    QTest::newRow("RSA modulus missing") << without(rsa(n2048, e65537), QStringLiteral("n")) << "\"n\" is missing";
    QTest::newRow("RSA exponent not a string")
        << with(rsa(n2048, e65537), QStringLiteral("e"), 65537) << "\"e\" is not a string";
    QTest::newRow("RSA modulus padded base64 rejected")
        << with(rsa(n2048, e65537), QStringLiteral("n"), b64(n2048) + QStringLiteral("=")) << "base64url";

    const char *const privateMembers[] = {"d", "p", "q", "dp", "dq", "qi", "oth", "k"};
    for (const char *m : privateMembers) {
        QTest::newRow(qPrintable(QStringLiteral("jwk with private %1 rejected").arg(QLatin1String(m))))
            << with(m_p256, QLatin1String(m), QStringLiteral("AAAA")) << QStringLiteral("\"%1\"").arg(QLatin1String(m));
    }
    QTest::newRow("RSA jwk with private d rejected")
        << with(m_rsa, QStringLiteral("d"), QStringLiteral("AQAB")) << "private";

    QTest::newRow("kty missing") << without(m_p256, QStringLiteral("kty")) << "kty";
    QTest::newRow("kty not a string") << with(m_p256, QStringLiteral("kty"), 1) << "kty";
    QTest::newRow("symmetric kty oct rejected")
        << QJsonObject {{QStringLiteral("kty"), QStringLiteral("oct")}} << "\"oct\" is not supported";
    QTest::newRow("unknown kty rejected")
        << with(m_p256, QStringLiteral("kty"), QStringLiteral("DSA")) << "not supported";
    QTest::newRow("EC curve P-192 rejected")
        << with(m_p256, QStringLiteral("crv"), QStringLiteral("P-192")) << "\"P-192\" is not supported";
    QTest::newRow("EC curve secp256k1 rejected")
        << with(m_p256, QStringLiteral("crv"), QStringLiteral("secp256k1")) << "not supported";
    QTest::newRow("EC crv missing") << without(m_p256, QStringLiteral("crv")) << "crv";
    QTest::newRow("EC x shorter than the field")
        << with(m_p256, QStringLiteral("x"), b64(QByteArray(31, '\x01'))) << "32 bytes";
    QTest::newRow("EC y longer than the field")
        << with(m_p256, QStringLiteral("y"), b64(QByteArray(33, '\x01'))) << "32 bytes";
    QTest::newRow("EC P-384 coordinates on a P-256 key")
        << with(with(m_p256, QStringLiteral("x"), b64(QByteArray(48, '\x01'))), QStringLiteral("y"),
                b64(QByteArray(48, '\x01')))
        << "32 bytes";
    QByteArray y = *Base64Url::decode(m_p256.value(QLatin1String("y")).toString().toLatin1());
    y[31] = char(y.at(31) ^ 1);
    QTest::newRow("EC point not on the curve") << with(m_p256, QStringLiteral("y"), b64(y)) << "not on the P-256";
    QTest::newRow("EC coordinate >= p rejected")
        << with(m_p256, QStringLiteral("x"), b64(QByteArray(32, '\xff'))) << "not on the P-256";
    QTest::newRow("EC y missing") << without(m_p256, QStringLiteral("y")) << "\"y\" is missing";
    QTest::newRow("OKP X25519 rejected (not a signature key)")
        << with(m_ed, QStringLiteral("crv"), QStringLiteral("X25519")) << "use Ed25519";
    QTest::newRow("OKP Ed448 rejected") << with(m_ed, QStringLiteral("crv"), QStringLiteral("Ed448")) << "use Ed25519";
    QTest::newRow("Ed25519 x of 31 bytes rejected")
        << with(m_ed, QStringLiteral("x"), b64(QByteArray(31, '\x01'))) << "32 bytes";
    QTest::newRow("unprintable kty is not echoed")
        << with(m_p256, QStringLiteral("kty"), QStringLiteral("A\nB")) << "(unprintable or too long)";
}

void TestJwk::rejects()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, detail);
    const Result<Jwk> jwk = Jwk::fromJson(json);
    QVERIFY(!jwk.isOk());
    QCOMPARE(jwk.error().code(), CoreError::Code::BadPublicKey);
    QVERIFY2(jwk.error().detail().contains(detail), qPrintable(jwk.error().detail()));
}

void TestJwk::fromSpkiDer_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("RSA SPKI round trip") << "RSA:2048";
    QTest::newRow("P-256 SPKI round trip") << "EC:P-256";
    QTest::newRow("P-521 SPKI round trip") << "EC:P-521";
    QTest::newRow("Ed25519 SPKI round trip") << "Ed25519";
}

void TestJwk::fromSpkiDer()
{
    QFETCH(QString, spec);
    const Result<AccountKey> key = AccountKey::generate(spec);
    QVERIFY(key.isOk());
    const Jwk jwk = key->publicJwk();
    const Result<Jwk> back = Jwk::fromSpkiDer(jwk.spkiDer());
    QVERIFY(back.isOk());
    QCOMPARE(*back, jwk);
    QCOMPARE(back->spkiDer(), jwk.spkiDer());
    QCOMPARE(back->thumbprint(), jwk.thumbprint());
}

void TestJwk::spkiRejects_data()
{
    QTest::addColumn<QByteArray>("der");
    const auto fixture = [this](const char *name) {
        return QByteArray::fromBase64(m_keys.value(QLatin1String(name)).toString().toLatin1());
    };
    const Result<AccountKey> p256 = AccountKey::generate(QStringLiteral("EC:P-256"));
    QVERIFY(p256.isOk());
    QTest::newRow("SPKI of RSA 1024 rejected") << fixture("rsa1024Spki");
    QTest::newRow("SPKI on secp256k1 rejected") << fixture("secp256k1Spki");
    QTest::newRow("SPKI with explicit curve parameters rejected") << fixture("explicitCurveSpki");
    QTest::newRow("SPKI with trailing bytes rejected") << p256->publicJwk().spkiDer() + QByteArray(1, '\0');
    QTest::newRow("truncated SPKI rejected") << p256->publicJwk().spkiDer().chopped(1);
    QTest::newRow("empty SPKI rejected") << QByteArray();
    QTest::newRow("certificate is not an SPKI") << fixture("bindingCertificate");
}

void TestJwk::spkiRejects()
{
    QFETCH(QByteArray, der);
    const Result<Jwk> jwk = Jwk::fromSpkiDer(der);
    QVERIFY(!jwk.isOk());
    QCOMPARE(jwk.error().code(), CoreError::Code::BadPublicKey);
}

void TestJwk::leadingZerosAreCanonicalised()
{
    // go-jose (Boulder) accepts a zero-padded modulus; the thumbprint uses the minimal form.
    const QByteArray n = *Base64Url::decode(m_rsa.value(QLatin1String("n")).toString().toLatin1());
    const Result<Jwk> padded = Jwk::fromJson(with(m_rsa, QStringLiteral("n"), b64(QByteArray(1, '\0') + n)));
    QVERIFY(padded.isOk());
    QCOMPARE(padded->thumbprint(), QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs"));
    QCOMPARE(padded->toJson(), m_rsa);
}

void TestJwk::supportsAlg_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<bool>("supported");
    const QJsonObject p521 = m_vectors.value(QLatin1String("signatures"))
                                 .toArray()
                                 .at(1)
                                 .toObject()
                                 .value(QLatin1String("jwk"))
                                 .toObject();
    QTest::newRow("RSA supports RS256") << m_rsa << "RS256" << true;
    QTest::newRow("RSA does not support PS256") << m_rsa << "PS256" << false;
    QTest::newRow("RSA does not support ES256") << m_rsa << "ES256" << false;
    QTest::newRow("P-256 supports ES256") << m_p256 << "ES256" << true;
    QTest::newRow("P-256 does not support ES384") << m_p256 << "ES384" << false;
    QTest::newRow("P-521 supports ES512") << p521 << "ES512" << true;
    QTest::newRow("P-521 does not support ES256") << p521 << "ES256" << false;
    QTest::newRow("Ed25519 supports EdDSA") << m_ed << "EdDSA" << true;
    QTest::newRow("Ed25519 does not support none") << m_ed << "none" << false;
    QTest::newRow("no key supports HS256") << m_p256 << "HS256" << false;
    QTest::newRow("empty alg is unsupported") << m_rsa << "" << false;
}

void TestJwk::supportsAlg()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, alg);
    QFETCH(bool, supported);
    const Result<Jwk> jwk = Jwk::fromJson(json);
    QVERIFY(jwk.isOk());
    QCOMPARE(jwk->supportsAlg(alg), supported);
}

void TestJwk::ecdsaSignatureMustBeRawNotDer()
{
    const Result<AccountKey> key = AccountKey::generate(QStringLiteral("EC:P-256"));
    QVERIFY(key.isOk());
    const QByteArray input("header.payload");
    const Result<QByteArray> der = key->signWithAlgorithm(input, QStringLiteral("SHA256withECDSA"));
    const Result<QByteArray> raw = key->sign(input);
    QVERIFY(der.isOk() && raw.isOk());
    QCOMPARE(raw->size(), 64);
    QVERIFY(key->publicJwk().verify(QStringLiteral("ES256"), input, *raw));
    QVERIFY(!key->publicJwk().verify(QStringLiteral("ES256"), input, *der));
}

void TestJwk::equality()
{
    const Result<Jwk> a = Jwk::fromJson(m_p256);
    const Result<Jwk> b = Jwk::fromJson(with(m_p256, QStringLiteral("kid"), QStringLiteral("x")));
    const Result<Jwk> c = Jwk::fromJson(m_ed);
    QVERIFY(a.isOk() && b.isOk() && c.isOk());
    QVERIFY(*a == *b);
    QVERIFY(*a != *c);
    QVERIFY(Jwk() == Jwk());
    QVERIFY(*a != Jwk());
    QVERIFY(Jwk().isNull());
    QVERIFY(!Jwk().verify(QStringLiteral("ES256"), "x", "y"));
    QVERIFY(Jwk().thumbprint().isEmpty());
}

QTEST_GUILESS_MAIN(TestJwk)
#include "TestJwk.moc"
