// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/AccountKey.h"
#include "core/jose/Base64Url.h"
#include "core/jose/EabVerifier.h"
#include "core/jose/JwsSigner.h"
#include "core/jose/JwsVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString kUrl = QStringLiteral("https://ca.example/acme/new-order");
const QString kAccount = QStringLiteral("https://ca.example/acme/acct/1");
const QString kNonce = QStringLiteral("bm9uY2UtMQ");

QJsonArray loadArray(const QString &name)
{
    QFile file(QStringLiteral(ANVIL_TEST_DATA_DIR) + QStringLiteral("/jose/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    }
    return QJsonDocument::fromJson(file.readAll()).array();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/** A body with arbitrary members, for the structural rows. */
QByteArray body(const QJsonObject &jws)
{
    return compact(jws);
}

/** Flattened JWS with \a header (no alg filled in) and \a payload, signed by \a key over what is sent. */
QByteArray signedRaw(const AccountKey &key, const QJsonObject &header, const QByteArray &payload)
{
    const QByteArray p = Base64Url::encode(compact(header));
    const QByteArray pl = Base64Url::encode(payload);
    const QByteArray sig = key.sign(p + '.' + pl).value();
    return compact({{QStringLiteral("protected"), QString::fromLatin1(p)},
                    {QStringLiteral("payload"), QString::fromLatin1(pl)},
                    {QStringLiteral("signature"), Base64Url::encodeToString(sig)}});
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

QJsonObject parsed(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestJwsVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void supportedAlgorithms();
    void parseRejects_data();
    void parseRejects();
    void verifiesIndependentFixtures_data();
    void verifiesIndependentFixtures();
    void verifiesOwnSigner_data();
    void verifiesOwnSigner();
    void verifyRejects_data();
    void verifyRejects();
    void verifiedJwsExposesHeaders();
    void payloadObject_data();
    void payloadObject();
    void eabEnvelopeNeverPassesAccountVerify();
    void keyChangeInner_data();
    void keyChangeInner();

private:
    AccountKey m_p256;
    AccountKey m_p384;
    AccountKey m_rsa;
    QJsonObject m_kidHeader;
    QJsonObject m_jwkHeader;
};

void TestJwsVerifier::initTestCase()
{
    m_p256 = AccountKey::generate(QStringLiteral("EC:P-256")).value();
    m_p384 = AccountKey::generate(QStringLiteral("EC:P-384")).value();
    m_rsa = AccountKey::generate(QStringLiteral("RSA:2048")).value();
    m_kidHeader = with(JwsSigner::kidHeader(kAccount, kNonce, kUrl), QStringLiteral("alg"), QStringLiteral("ES256"));
    m_jwkHeader = with(JwsSigner::jwkHeader(m_p256, kNonce, kUrl), QStringLiteral("alg"), QStringLiteral("ES256"));
}

void TestJwsVerifier::supportedAlgorithms()
{
    QCOMPARE(JwsVerifier::supportedAlgorithms(),
             QStringList({QStringLiteral("RS256"), QStringLiteral("ES256"), QStringLiteral("ES384"),
                          QStringLiteral("ES512"), QStringLiteral("EdDSA")}));
}

void TestJwsVerifier::parseRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<CoreError::Code>("code");
    QTest::addColumn<QString>("detail");

    const auto M = CoreError::Code::Malformed;
    const auto B = CoreError::Code::BadSignatureAlgorithm;
    const QJsonObject good = parsed(signedRaw(m_p256, m_kidHeader, "{}"));
    const auto header = [&](const QJsonObject &h) { return signedRaw(m_p256, h, "{}"); };
    const auto protectedText = [](const QByteArray &raw) { return QString::fromLatin1(Base64Url::encode(raw)); };

    QTest::newRow("body is not JSON") << QByteArray("not json") << M << "flattened JSON";
    QTest::newRow("body is a JSON array") << QByteArray("[]") << M << "flattened JSON";
    QTest::newRow("compact serialization is rejected")
        << QByteArray("eyJhbGciOiJFUzI1NiJ9.e30.AAAA") << M << "flattened JSON";
    // 1. no unprotected header
    QTest::newRow("unprotected header is rejected")
        << body(with(good, QStringLiteral("header"), QJsonObject {{QStringLiteral("kid"), kAccount}})) << M
        << "unprotected \"header\"";
    // 2. no general serialization
    QTest::newRow("general serialization is rejected")
        << body(with(without(good, QStringLiteral("signature")), QStringLiteral("signatures"), QJsonArray {good})) << M
        << "general JSON serialization";
    // 3. protected / payload / signature
    QTest::newRow("missing protected") << body(without(good, QStringLiteral("protected"))) << M << "\"protected\"";
    QTest::newRow("protected is not a string") << body(with(good, QStringLiteral("protected"), m_kidHeader)) << M
                                               << "\"protected\" is missing or not a string";
    QTest::newRow("missing payload") << body(without(good, QStringLiteral("payload"))) << M << "\"payload\"";
    QTest::newRow("missing signature") << body(without(good, QStringLiteral("signature"))) << M << "\"signature\"";
    QTest::newRow("empty signature is rejected")
        << body(with(good, QStringLiteral("signature"), QString())) << M << "signature is empty";
    QTest::newRow("padded protected is not base64url") << body(with(
        good, QStringLiteral("protected"), good.value(QLatin1String("protected")).toString() + QStringLiteral("==")))
                                                       << M << "\"protected\" is not valid base64url";
    QTest::newRow("standard base64 payload is rejected")
        << body(with(good, QStringLiteral("payload"), QStringLiteral("e30+"))) << M << "\"payload\" is not valid";
    QTest::newRow("signature with whitespace is rejected")
        << body(with(good, QStringLiteral("signature"), QStringLiteral("AAAA AAAA"))) << M << "\"signature\"";
    QTest::newRow("protected header is not a JSON object")
        << body(with(good, QStringLiteral("protected"), protectedText("[1,2]"))) << M << "not a JSON object";
    QTest::newRow("protected header is not JSON")
        << body(with(good, QStringLiteral("protected"), protectedText("{\"alg\":"))) << M << "not a JSON object";
    // 4. alg allowlist
    QTest::newRow("missing alg is badSignatureAlgorithm")
        << header(without(m_kidHeader, QStringLiteral("alg"))) << B << "no \"alg\"";
    QTest::newRow("alg none is rejected as badSignatureAlgorithm")
        << header(with(m_kidHeader, QStringLiteral("alg"), QStringLiteral("none"))) << B << "\"none\"";
    QTest::newRow("HS256 on an account JWS is rejected")
        << header(with(m_kidHeader, QStringLiteral("alg"), QStringLiteral("HS256"))) << B << "\"HS256\"";
    QTest::newRow("PS256 is not on the allowlist")
        << header(with(m_kidHeader, QStringLiteral("alg"), QStringLiteral("PS256"))) << B << "\"PS256\"";
    QTest::newRow("alg is case-sensitive")
        << header(with(m_kidHeader, QStringLiteral("alg"), QStringLiteral("es256"))) << B << "\"es256\"";
    QTest::newRow("alg not a string") << header(with(m_kidHeader, QStringLiteral("alg"), 256)) << B << "no \"alg\"";
    QTest::newRow("badSignatureAlgorithm lists the accepted algorithms")
        << header(with(m_kidHeader, QStringLiteral("alg"), QStringLiteral("RS512"))) << B
        << "accepted algorithms: RS256, ES256, ES384, ES512, EdDSA";
    QTest::newRow("unknown crit is rejected")
        << header(with(m_kidHeader, QStringLiteral("crit"), QJsonArray {QStringLiteral("b64")})) << M << "\"crit\"";
    // 6. exactly one of jwk / kid
    QTest::newRow("kid and jwk both present")
        << header(with(m_jwkHeader, QStringLiteral("kid"), kAccount)) << M << "both \"jwk\" and \"kid\"";
    QTest::newRow("neither kid nor jwk") << header(without(m_kidHeader, QStringLiteral("kid"))) << M
                                         << "neither \"jwk\" nor \"kid\"";
    QTest::newRow("empty kid") << header(with(m_kidHeader, QStringLiteral("kid"), QString())) << M
                               << "\"kid\" is not a non-empty string";
    QTest::newRow("kid not a string") << header(with(m_kidHeader, QStringLiteral("kid"), 1)) << M << "\"kid\"";
    QTest::newRow("jwk not an object") << header(with(m_jwkHeader, QStringLiteral("jwk"), QStringLiteral("key"))) << M
                                       << "\"jwk\" is not a JSON object";
    // 7. nonce, url
    QTest::newRow("missing nonce is badNonce")
        << header(without(m_kidHeader, QStringLiteral("nonce"))) << CoreError::Code::BadNonce << "nonce";
    QTest::newRow("empty nonce is badNonce")
        << header(with(m_kidHeader, QStringLiteral("nonce"), QString())) << CoreError::Code::BadNonce << "nonce";
    QTest::newRow("nonce not a string is badNonce")
        << header(with(m_kidHeader, QStringLiteral("nonce"), 12)) << CoreError::Code::BadNonce << "nonce";
    QTest::newRow("nonce not base64url is badNonce")
        << header(with(m_kidHeader, QStringLiteral("nonce"), QStringLiteral("a+b/c="))) << CoreError::Code::BadNonce
        << "not valid base64url";
    QTest::newRow("missing url") << header(without(m_kidHeader, QStringLiteral("url"))) << M << "\"url\"";
    QTest::newRow("url not a string") << header(with(m_kidHeader, QStringLiteral("url"), QJsonArray {kUrl})) << M
                                      << "\"url\"";
    // The embedded key goes through the Jwk policy.
    const QJsonObject rsa1024 {{QStringLiteral("kty"), QStringLiteral("RSA")},
                               {QStringLiteral("n"), Base64Url::encodeToString(QByteArray(128, '\xff'))},
                               {QStringLiteral("e"), QStringLiteral("AQAB")}};
    QTest::newRow("RSA 1024 jwk rejected") << header(
        with(with(m_jwkHeader, QStringLiteral("jwk"), rsa1024), QStringLiteral("alg"), QStringLiteral("RS256")))
                                           << CoreError::Code::BadPublicKey << "1024 bits";
    QTest::newRow("jwk with private d rejected")
        << header(with(m_jwkHeader, QStringLiteral("jwk"),
                       with(m_p256.publicJwk().toJson(), QStringLiteral("d"), QStringLiteral("AAAA"))))
        << CoreError::Code::BadPublicKey << "private";
}

void TestJwsVerifier::parseRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(CoreError::Code, code);
    QFETCH(QString, detail);
    const Result<JwsEnvelope> env = JwsVerifier::parse(body);
    QVERIFY(!env.isOk());
    QCOMPARE(env.error().code(), code);
    QVERIFY2(env.error().detail().contains(detail), qPrintable(env.error().detail()));
}

void TestJwsVerifier::verifiesIndependentFixtures_data()
{
    QTest::addColumn<QJsonObject>("fixture");
    // Signed by pyca/cryptography (tests/data/jose/generate_fixtures.py), not by core/jose.
    const QJsonArray rows = loadArray(QStringLiteral("jws-valid.json"));
    for (const QJsonValue &row : rows) {
        QTest::newRow(qPrintable(row.toObject().value(QLatin1String("name")).toString() + QStringLiteral(" verifies")))
            << row.toObject();
    }
}

void TestJwsVerifier::verifiesIndependentFixtures()
{
    QFETCH(QJsonObject, fixture);
    const Result<JwsEnvelope> env = JwsVerifier::parse(fixture.value(QLatin1String("body")).toString().toUtf8());
    QVERIFY2(env.isOk(), qPrintable(env.isOk() ? QString() : env.error().detail()));
    const Jwk key = Jwk::fromJson(fixture.value(QLatin1String("jwk")).toObject()).value();
    QCOMPARE(env->hasJwk(), !fixture.value(QLatin1String("postAsGet")).toBool());
    const Result<VerifiedJws> jws = JwsVerifier::verify(*env, key, fixture.value(QLatin1String("url")).toString());
    QVERIFY2(jws.isOk(), qPrintable(jws.isOk() ? QString() : jws.error().detail()));
    QCOMPARE(jws->alg(), fixture.value(QLatin1String("alg")).toString());
    QCOMPARE(jws->isPostAsGet(), fixture.value(QLatin1String("postAsGet")).toBool());
}

void TestJwsVerifier::verifiesOwnSigner_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("alg");
    QTest::addColumn<QByteArray>("payload");
    QTest::newRow("valid RS256") << "RSA:2048"
                                 << "RS256" << QByteArray("{\"a\":1}");
    QTest::newRow("valid ES256") << "EC:P-256"
                                 << "ES256" << QByteArray("{\"a\":1}");
    QTest::newRow("valid ES384") << "EC:P-384"
                                 << "ES384" << QByteArray("{\"a\":1}");
    QTest::newRow("valid ES512") << "EC:P-521"
                                 << "ES512" << QByteArray("{\"a\":1}");
    QTest::newRow("valid EdDSA") << "Ed25519"
                                 << "EdDSA" << QByteArray("{\"a\":1}");
    QTest::newRow("POST-as-GET empty payload") << "EC:P-256"
                                               << "ES256" << QByteArray();
}

void TestJwsVerifier::verifiesOwnSigner()
{
    QFETCH(QString, spec);
    QFETCH(QString, alg);
    QFETCH(QByteArray, payload);
    const AccountKey key = AccountKey::generate(spec).value();
    for (const bool viaJwk : {true, false}) {
        const QJsonObject header
            = viaJwk ? JwsSigner::jwkHeader(key, kNonce, kUrl) : JwsSigner::kidHeader(kAccount, kNonce, kUrl);
        const Result<JwsEnvelope> env = JwsVerifier::parse(JwsSigner::sign(key, header, payload).value());
        QVERIFY2(env.isOk(), qPrintable(env.isOk() ? QString() : env.error().detail()));
        QCOMPARE(env->alg(), alg);
        QCOMPARE(env->hasJwk(), viaJwk);
        QCOMPARE(env->kid(), viaJwk ? QString() : kAccount);
        QCOMPARE(env->nonce(), kNonce);
        QCOMPARE(env->url(), kUrl);
        QCOMPARE(env->payload(), payload);
        const Result<VerifiedJws> jws = JwsVerifier::verify(*env, key.publicJwk(), kUrl);
        QVERIFY2(jws.isOk(), qPrintable(jws.isOk() ? QString() : jws.error().detail()));
        QCOMPARE(jws->payload(), payload);
        QCOMPARE(jws->isPostAsGet(), payload.isEmpty());
        QCOMPARE(jws->key(), key.publicJwk());
    }
}

void TestJwsVerifier::verifyRejects_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Jwk>("key");
    QTest::addColumn<QString>("url");
    QTest::addColumn<CoreError::Code>("code");
    QTest::addColumn<QString>("detail");

    const auto M = CoreError::Code::Malformed;
    const Jwk p256 = m_p256.publicJwk();
    const QByteArray good = signedRaw(m_p256, m_kidHeader, "{\"a\":1}");
    const QJsonObject goodObj = parsed(good);

    // 8. url
    QTest::newRow("url mismatch is unauthorized") << good << p256 << QStringLiteral("https://ca.example/acme/other")
                                                  << CoreError::Code::Unauthorized << "does not match the request URL";
    QTest::newRow("url differing by a trailing slash is unauthorized")
        << good << p256 << kUrl + QLatin1Char('/') << CoreError::Code::Unauthorized << "url";
    // 5. alg must match the key
    QTest::newRow("ES256 alg with a P-384 key") << signedRaw(m_p384, m_kidHeader, "{}") << m_p384.publicJwk() << kUrl
                                                << CoreError::Code::BadSignatureAlgorithm << "signs with ES384";
    QTest::newRow("RS256 alg with an EC key")
        << signedRaw(m_p256, with(m_kidHeader, QStringLiteral("alg"), QStringLiteral("RS256")), "{}") << p256 << kUrl
        << CoreError::Code::BadSignatureAlgorithm << "does not match the EC P-256 key";
    QTest::newRow("ES256 alg with an RSA key") << signedRaw(m_rsa, m_kidHeader, "{}") << m_rsa.publicJwk() << kUrl
                                               << CoreError::Code::BadSignatureAlgorithm << "RS256";
    // Signature
    QJsonObject tampered = goodObj;
    tampered.insert(QStringLiteral("payload"), Base64Url::encodeToString("{\"a\":2}"));
    QTest::newRow("tampered payload fails") << body(tampered) << p256 << kUrl << M << "JWS signature is invalid";
    tampered = goodObj;
    tampered.insert(QStringLiteral("protected"),
                    Base64Url::encodeToString(compact(with(m_kidHeader, QStringLiteral("url"), QStringLiteral("x")))));
    QTest::newRow("tampered protected header fails") << body(tampered) << p256 << kUrl << M << "signature is invalid";
    QTest::newRow("signature by another account key fails")
        << good << AccountKey::generate(QStringLiteral("EC:P-256"))->publicJwk() << kUrl << M << "signature is invalid";
    tampered = goodObj;
    tampered.insert(QStringLiteral("signature"),
                    Base64Url::encodeToString(
                        m_p256
                            .signWithAlgorithm(goodObj.value(QLatin1String("protected")).toString().toLatin1() + '.'
                                                   + goodObj.value(QLatin1String("payload")).toString().toLatin1(),
                                               QStringLiteral("SHA256withECDSA"))
                            .value()));
    QTest::newRow("ES256 signature in DER form fails") << body(tampered) << p256 << kUrl << M << "signature is invalid";
    tampered = goodObj;
    tampered.insert(
        QStringLiteral("signature"),
        Base64Url::encodeToString(*Base64Url::decode(goodObj.value(QLatin1String("signature")).toString().toLatin1()))
            .left(40));
    QTest::newRow("truncated signature fails") << body(tampered) << p256 << kUrl << M << "signature is invalid";
    // An embedded jwk must be the key the engine verifies with.
    QTest::newRow("embedded jwk is not the verification key")
        << signedRaw(m_p256, m_jwkHeader, "{}") << AccountKey::generate(QStringLiteral("EC:P-256"))->publicJwk() << kUrl
        << M << "\"jwk\" is not the key";
    QTest::newRow("null key is an internal error")
        << good << Jwk() << kUrl << CoreError::Code::Internal << "Internal error";
}

void TestJwsVerifier::verifyRejects()
{
    QFETCH(QByteArray, body);
    QFETCH(Jwk, key);
    QFETCH(QString, url);
    QFETCH(CoreError::Code, code);
    QFETCH(QString, detail);
    const Result<JwsEnvelope> env = JwsVerifier::parse(body);
    QVERIFY2(env.isOk(), qPrintable(env.isOk() ? QString() : env.error().detail()));
    const Result<VerifiedJws> jws = JwsVerifier::verify(*env, key, url);
    QVERIFY(!jws.isOk());
    QCOMPARE(jws.error().code(), code);
    QVERIFY2(jws.error().detail().contains(detail), qPrintable(jws.error().detail()));
}

void TestJwsVerifier::verifiedJwsExposesHeaders()
{
    const QJsonObject header = with(JwsSigner::jwkHeader(m_p256, kNonce, kUrl), QStringLiteral("extra"), 1);
    const QByteArray body = JwsSigner::sign(m_p256, header, "{\"x\":true}").value();
    const Result<JwsEnvelope> env = JwsVerifier::parse(body);
    QVERIFY(env.isOk());
    const QJsonObject sent = parsed(body);
    QCOMPARE(env->signingInput(),
             sent.value(QLatin1String("protected")).toString().toLatin1() + '.'
                 + sent.value(QLatin1String("payload")).toString().toLatin1());
    QCOMPARE(*env->jwk(), m_p256.publicJwk());
    const Result<VerifiedJws> jws = JwsVerifier::verify(*env, *env->jwk(), kUrl);
    QVERIFY(jws.isOk());
    QCOMPARE(jws->alg(), QStringLiteral("ES256"));
    QCOMPARE(jws->nonce(), kNonce);
    QCOMPARE(jws->url(), kUrl);
    QVERIFY(jws->kid().isEmpty());
    QVERIFY(jws->hasEmbeddedJwk());
    QCOMPARE(jws->protectedHeader().value(QLatin1String("extra")).toInt(), 1);
    QCOMPARE(jws->payloadObject()->value(QLatin1String("x")).toBool(), true);
}

void TestJwsVerifier::payloadObject_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("ok");
    QTest::newRow("object payload") << QByteArray("{\"a\":1}") << true;
    QTest::newRow("empty object payload") << QByteArray("{}") << true;
    QTest::newRow("POST-as-GET has no payload object") << QByteArray() << false;
    QTest::newRow("array payload is malformed") << QByteArray("[1]") << false;
    QTest::newRow("string payload is malformed") << QByteArray("\"a\"") << false;
    QTest::newRow("non-JSON payload is malformed") << QByteArray("{a:1}") << false;
}

void TestJwsVerifier::payloadObject()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, ok);
    const Result<JwsEnvelope> env
        = JwsVerifier::parse(JwsSigner::sign(m_p256, JwsSigner::kidHeader(kAccount, kNonce, kUrl), payload).value());
    QVERIFY(env.isOk());
    const Result<VerifiedJws> jws = JwsVerifier::verify(*env, m_p256.publicJwk(), kUrl);
    QVERIFY(jws.isOk());
    const Result<QJsonObject> object = jws->payloadObject();
    QCOMPARE(object.isOk(), ok);
    if (!ok) {
        QCOMPARE(object.error().code(), CoreError::Code::Malformed);
    }
}

void TestJwsVerifier::eabEnvelopeNeverPassesAccountVerify()
{
    // An HS256 envelope (parsed by EabVerifier) handed to the account verifier by mistake.
    const QJsonObject eab = JwsSigner::eab(QStringLiteral("kid-1"), QByteArray(32, 'k'), QStringLiteral("HS256"), kUrl,
                                           m_p256.publicJwk())
                                .value();
    const Result<JwsEnvelope> env = EabVerifier::parse(eab);
    QVERIFY(env.isOk());
    const Result<VerifiedJws> jws = JwsVerifier::verify(*env, m_p256.publicJwk(), kUrl);
    QVERIFY(!jws.isOk());
    QCOMPARE(jws.error().code(), CoreError::Code::BadSignatureAlgorithm);
}

void TestJwsVerifier::keyChangeInner_data()
{
    QTest::addColumn<QJsonObject>("inner");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("detail");
    const QString keyChangeUrl = QStringLiteral("https://ca.example/acme/key-change");
    const AccountKey newKey = AccountKey::generate(QStringLiteral("EC:P-384")).value();
    const QJsonObject inner = JwsSigner::keyChangeInner(newKey, kAccount, m_p256.publicJwk(), keyChangeUrl).value();
    QTest::newRow("keyChange inner JWS verifies with its jwk") << inner << true << QString();
    const QJsonObject withNonce = parsed(signedRaw(
        newKey,
        with(with(JwsSigner::jwkHeader(newKey, kNonce, keyChangeUrl), QStringLiteral("alg"), QStringLiteral("ES384")),
             QStringLiteral("url"), keyChangeUrl),
        "{}"));
    QTest::newRow("keyChange inner JWS with a nonce is rejected")
        << withNonce << false << "must not contain a \"nonce\"";
    const QJsonObject withKid = parsed(signedRaw(newKey,
                                                 {{QStringLiteral("alg"), QStringLiteral("ES384")},
                                                  {QStringLiteral("kid"), kAccount},
                                                  {QStringLiteral("url"), keyChangeUrl}},
                                                 "{}"));
    QTest::newRow("keyChange inner JWS with kid is rejected") << withKid << false << "not \"kid\"";
}

void TestJwsVerifier::keyChangeInner()
{
    QFETCH(QJsonObject, inner);
    QFETCH(bool, ok);
    QFETCH(QString, detail);
    const Result<JwsEnvelope> env = JwsVerifier::parseKeyChangeInner(inner);
    QCOMPARE(env.isOk(), ok);
    if (!ok) {
        QCOMPARE(env.error().code(), CoreError::Code::Malformed);
        QVERIFY2(env.error().detail().contains(detail), qPrintable(env.error().detail()));
        return;
    }
    QVERIFY(env->nonce().isEmpty());
    const Result<VerifiedJws> jws
        = JwsVerifier::verify(*env, *env->jwk(), QStringLiteral("https://ca.example/acme/key-change"));
    QVERIFY(jws.isOk());
    QCOMPARE(jws->payloadObject()->value(QLatin1String("account")).toString(), kAccount);
    QCOMPARE(Jwk::fromJson(jws->payloadObject()->value(QLatin1String("oldKey")).toObject()).value(),
             m_p256.publicJwk());
}

QTEST_GUILESS_MAIN(TestJwsVerifier)
#include "TestJwsVerifier.moc"
