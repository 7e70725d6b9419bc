// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/AccountKey.h"
#include "core/jose/Base64Url.h"
#include "core/jose/EabVerifier.h"
#include "core/jose/JwsSigner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QString kNewAccount = QStringLiteral("https://ca.example/acme/new-account");
const QString kKid = QStringLiteral("eab-kid-1");
const QByteArray kMacKey = QByteArray::fromHex("8f1a6e3c2b7d4e5f60718293a4b5c6d7e8f90112233445566778899aabbccddee");
const QString kFingerprint = QStringLiteral("cf-7d3a9e");

QJsonObject loadJson(const QString &name)
{
    QFile file(QStringLiteral(ANVIL_TEST_DATA_DIR) + QStringLiteral("/jose/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot open test data %s", qPrintable(file.fileName()));
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
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

/** A JWS object with \a header and \a payload, signed by \a signer or with a dummy 32-byte MAC. */
QJsonObject make(const QJsonObject &header, const QByteArray &payload, const AccountKey &signer = {})
{
    const QByteArray p = Base64Url::encode(compact(header));
    const QByteArray pl = Base64Url::encode(payload);
    const QByteArray sig = signer.isNull() ? QByteArray(32, 'x') : signer.sign(p + '.' + pl).value();
    return {{QStringLiteral("protected"), QString::fromLatin1(p)},
            {QStringLiteral("payload"), QString::fromLatin1(pl)},
            {QStringLiteral("signature"), Base64Url::encodeToString(sig)}};
}

QJsonObject header(const QString &alg, const QString &url = kNewAccount)
{
    return {{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), kKid}, {QStringLiteral("url"), url}};
}

} // namespace

class TestEabVerifier : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void symmetricValid_data();
    void symmetricValid();
    void parseRejects_data();
    void parseRejects();
    void symmetricRejects_data();
    void symmetricRejects();
    void asymmetricValid_data();
    void asymmetricValid();
    void asymmetricRejects_data();
    void asymmetricRejects();

private:
    AccountKey m_account;
    AccountKey m_other;
    AccountKey m_binding;
    QByteArray m_bindingCert;
};

void TestEabVerifier::initTestCase()
{
    m_account = AccountKey::generate(QStringLiteral("EC:P-256")).value();
    m_other = AccountKey::generate(QStringLiteral("EC:P-256")).value();
    const QJsonObject keys = loadJson(QStringLiteral("keys.json"));
    m_binding = AccountKey::fromPem(keys.value(QLatin1String("bindingKeyPem")).toString().toLatin1()).value();
    m_bindingCert = QByteArray::fromBase64(keys.value(QLatin1String("bindingCertificate")).toString().toLatin1());
}

void TestEabVerifier::symmetricValid_data()
{
    QTest::addColumn<QString>("alg");
    QTest::newRow("valid HS256") << "HS256";
    QTest::newRow("valid HS384") << "HS384";
    QTest::newRow("valid HS512") << "HS512";
}

void TestEabVerifier::symmetricValid()
{
    QFETCH(QString, alg);
    const QJsonObject eab = JwsSigner::eab(kKid, kMacKey, alg, kNewAccount, m_account.publicJwk()).value();
    const Result<JwsEnvelope> env = EabVerifier::parse(eab);
    QVERIFY2(env.isOk(), qPrintable(env.isOk() ? QString() : env.error().detail()));
    QCOMPARE(env->kid(), kKid);
    QCOMPARE(env->alg(), alg);
    QCOMPARE(env->url(), kNewAccount);
    const VoidResult ok = EabVerifier::verifySymmetric(*env, kMacKey, kNewAccount, m_account.publicJwk());
    QVERIFY2(ok.isOk(), qPrintable(ok.isOk() ? QString() : ok.error().detail()));
}

void TestEabVerifier::parseRejects_data()
{
    QTest::addColumn<QJsonObject>("eab");
    QTest::addColumn<QString>("detail");
    const QJsonObject good
        = JwsSigner::eab(kKid, kMacKey, QStringLiteral("HS256"), kNewAccount, m_account.publicJwk()).value();
    const QByteArray payload = compact(m_account.publicJwk().toJson());
    QTest::newRow("nonce present rejected")
        << make(with(header(QStringLiteral("HS256")), QStringLiteral("nonce"), QStringLiteral("bm9uY2U")), payload)
        << "must not contain a \"nonce\"";
    QTest::newRow("kid missing") << make(without(header(QStringLiteral("HS256")), QStringLiteral("kid")), payload)
                                 << "no \"kid\"";
    QTest::newRow("empty kid") << make(with(header(QStringLiteral("HS256")), QStringLiteral("kid"), QString()), payload)
                               << "no \"kid\"";
    QTest::newRow("url missing") << make(without(header(QStringLiteral("HS256")), QStringLiteral("url")), payload)
                                 << "no \"url\"";
    QTest::newRow("alg none rejected") << make(header(QStringLiteral("none")), payload) << "\"none\" is not supported";
    QTest::newRow("alg missing rejected")
        << make(without(header(QStringLiteral("HS256")), QStringLiteral("alg")), payload) << "(missing)";
    QTest::newRow("HS1 rejected") << make(header(QStringLiteral("HS1")), payload) << "HS256, HS384 or HS512";
    QTest::newRow("unknown crit rejected") << make(
        with(header(QStringLiteral("HS256")), QStringLiteral("crit"), QJsonArray {QStringLiteral("exp")}), payload)
                                           << "\"crit\"";
    QTest::newRow("unprotected header rejected")
        << with(good, QStringLiteral("header"), QJsonObject {{QStringLiteral("kid"), kKid}}) << "unprotected";
    QTest::newRow("general serialization rejected")
        << with(without(good, QStringLiteral("signature")), QStringLiteral("signatures"), QJsonArray {good})
        << "general JSON serialization";
    QTest::newRow("empty MAC rejected") << with(good, QStringLiteral("signature"), QString()) << "signature is empty";
    QTest::newRow("padded payload rejected")
        << with(good, QStringLiteral("payload"), good.value(QLatin1String("payload")).toString() + QStringLiteral("="))
        << "not valid base64url";
}

void TestEabVerifier::parseRejects()
{
    QFETCH(QJsonObject, eab);
    QFETCH(QString, detail);
    const Result<JwsEnvelope> env = EabVerifier::parse(eab);
    QVERIFY(!env.isOk());
    QCOMPARE(env.error().code(), CoreError::Code::Malformed);
    QVERIFY2(env.error().detail().contains(detail), qPrintable(env.error().detail()));
}

void TestEabVerifier::symmetricRejects_data()
{
    QTest::addColumn<QJsonObject>("eab");
    QTest::addColumn<QByteArray>("macKey");
    QTest::addColumn<QString>("url");
    QTest::addColumn<CoreError::Code>("code");
    QTest::addColumn<QString>("detail");
    const auto U = CoreError::Code::Unauthorized;
    const Jwk jwk = m_account.publicJwk();
    const QJsonObject good = JwsSigner::eab(kKid, kMacKey, QStringLiteral("HS256"), kNewAccount, jwk).value();

    QByteArray wrongKey = kMacKey;
    wrongKey[0] = char(wrongKey.at(0) ^ 1);
    QTest::newRow("wrong MAC key is unauthorized") << good << wrongKey << kNewAccount << U << "MAC is invalid";
    QJsonObject truncated = good;
    truncated.insert(QStringLiteral("signature"),
                     Base64Url::encodeToString(
                         Base64Url::decode(good.value(QLatin1String("signature")).toString().toLatin1())->left(16)));
    QTest::newRow("truncated MAC is unauthorized") << truncated << kMacKey << kNewAccount << U << "MAC is invalid";
    QTest::newRow("url mismatch is unauthorized")
        << JwsSigner::eab(kKid, kMacKey, QStringLiteral("HS256"), QStringLiteral("https://ca.example/acme/other"), jwk)
               .value()
        << kMacKey << kNewAccount << U << "\"url\" does not match";
    QTest::newRow("payload not the outer key is unauthorized")
        << JwsSigner::eab(kKid, kMacKey, QStringLiteral("HS256"), kNewAccount, m_other.publicJwk()).value() << kMacKey
        << kNewAccount << U << "not the account key";
    QTest::newRow("HS384 MAC presented as HS256 is unauthorized")
        << with(good, QStringLiteral("signature"),
                JwsSigner::eab(kKid, kMacKey, QStringLiteral("HS384"), kNewAccount, jwk)
                    .value()
                    .value(QLatin1String("signature")))
        << kMacKey << kNewAccount << U << "MAC is invalid";
    QTest::newRow("account-key alg on the symmetric verifier is malformed")
        << JwsSigner::eabAsymmetric(m_account, kKid, kNewAccount, kFingerprint, m_binding,
                                    QStringLiteral("SHA256withECDSA"))
               .value()
        << kMacKey << kNewAccount << CoreError::Code::Malformed << "HS256, HS384 or HS512";
    QTest::newRow("empty configured MAC key is an internal error")
        << good << QByteArray() << kNewAccount << CoreError::Code::Internal << "misconfigured";
}

void TestEabVerifier::symmetricRejects()
{
    QFETCH(QJsonObject, eab);
    QFETCH(QByteArray, macKey);
    QFETCH(QString, url);
    QFETCH(CoreError::Code, code);
    QFETCH(QString, detail);
    const Result<JwsEnvelope> env = EabVerifier::parse(eab);
    QVERIFY2(env.isOk(), qPrintable(env.isOk() ? QString() : env.error().detail()));
    const VoidResult r = EabVerifier::verifySymmetric(*env, macKey, url, m_account.publicJwk());
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().code(), code);
    QVERIFY2(r.error().detail().contains(detail), qPrintable(r.error().detail()));
}

void TestEabVerifier::asymmetricValid_data()
{
    QTest::addColumn<QString>("accountSpec");
    QTest::addColumn<QString>("bindingSpec");
    QTest::addColumn<QString>("signatureAlgorithm");
    QTest::addColumn<bool>("useCertificate");
    QTest::newRow("P-256 binding key SPKI, SHA256withECDSA") << "EC:P-256"
                                                             << ""
                                                             << "SHA256withECDSA" << false;
    QTest::newRow("P-256 binding certificate, SHA256withECDSA") << "EC:P-256"
                                                                << ""
                                                                << "SHA256withECDSA" << true;
    QTest::newRow("SHA384withECDSA on a P-256 binding key, Ed25519 account") << "Ed25519"
                                                                             << ""
                                                                             << "SHA384withECDSA" << false;
    QTest::newRow("RSA binding key, SHA256withRSA, RSA account") << "RSA:2048"
                                                                 << "RSA:2048"
                                                                 << "SHA256withRSA" << false;
    QTest::newRow("P-384 binding key, SHA384withECDSA") << "EC:P-384"
                                                        << "EC:P-384"
                                                        << "SHA384withECDSA" << false;
    QTest::newRow("Ed25519 binding key") << "EC:P-521"
                                         << "Ed25519"
                                         << "Ed25519" << false;
}

void TestEabVerifier::asymmetricValid()
{
    QFETCH(QString, accountSpec);
    QFETCH(QString, bindingSpec);
    QFETCH(QString, signatureAlgorithm);
    QFETCH(bool, useCertificate);
    const AccountKey account = AccountKey::generate(accountSpec).value();
    const AccountKey binding = bindingSpec.isEmpty() ? m_binding : AccountKey::generate(bindingSpec).value();
    const QByteArray configured = useCertificate ? m_bindingCert : binding.publicJwk().spkiDer();
    const QJsonObject eab
        = JwsSigner::eabAsymmetric(account, kKid, kNewAccount, kFingerprint, binding, signatureAlgorithm).value();
    const Result<JwsEnvelope> env = EabVerifier::parse(eab);
    QVERIFY2(env.isOk(), qPrintable(env.isOk() ? QString() : env.error().detail()));
    QCOMPARE(env->kid(), kKid);
    const VoidResult ok = EabVerifier::verifyAsymmetric(*env, account.publicJwk(), configured, signatureAlgorithm,
                                                        kFingerprint, kNewAccount);
    QVERIFY2(ok.isOk(), qPrintable(ok.isOk() ? QString() : ok.error().detail() + ok.error().internalDetail()));
}

void TestEabVerifier::asymmetricRejects_data()
{
    QTest::addColumn<QJsonObject>("eab");
    QTest::addColumn<QByteArray>("configuredKey");
    QTest::addColumn<QString>("signatureAlgorithm");
    QTest::addColumn<QString>("url");
    QTest::addColumn<CoreError::Code>("code");
    QTest::addColumn<QString>("detail");
    const auto U = CoreError::Code::Unauthorized;
    const auto M = CoreError::Code::Malformed;
    const auto I = CoreError::Code::Internal;
    const QString alg = QStringLiteral("SHA256withECDSA");
    const QByteArray spki = m_binding.publicJwk().spkiDer();
    const QJsonObject good
        = JwsSigner::eabAsymmetric(m_account, kKid, kNewAccount, kFingerprint, m_binding, alg).value();
    const QByteArray goodPayload = *Base64Url::decode(good.value(QLatin1String("payload")).toString().toLatin1());
    const QJsonObject payload = QJsonDocument::fromJson(goodPayload).object();
    const QJsonObject innerHeader = header(QStringLiteral("ES256"));
    const auto signedBy
        = [&](const AccountKey &key, const QJsonObject &p, const QJsonObject &h) { return make(h, compact(p), key); };

    QTest::newRow("inner JWS signed by another key is unauthorized")
        << signedBy(m_other, payload, innerHeader) << spki << alg << kNewAccount << U << "signature is invalid";
    QTest::newRow("tampered inner payload is unauthorized")
        << with(good, QStringLiteral("payload"),
                Base64Url::encodeToString(compact(with(payload, QStringLiteral("cf"), QStringLiteral("other")))))
        << spki << alg << kNewAccount << U << "signature is invalid";
    QTest::newRow("inner alg not the account key's is malformed")
        << signedBy(m_account, payload, header(QStringLiteral("ES384"))) << spki << alg << kNewAccount << M
        << "signed by the account key with ES256";
    QTest::newRow("HS256 envelope on the asymmetric verifier is malformed")
        << JwsSigner::eab(kKid, kMacKey, QStringLiteral("HS256"), kNewAccount, m_account.publicJwk()).value() << spki
        << alg << kNewAccount << M << "signed by the account key";
    QTest::newRow("url mismatch is unauthorized")
        << good << spki << alg << QStringLiteral("https://ca.example/x") << U << "\"url\" does not match";
    QTest::newRow("key is not the outer jwk")
        << signedBy(m_account, with(payload, QStringLiteral("key"), m_other.publicJwk().toJson()), innerHeader) << spki
        << alg << kNewAccount << U << "\"key\" is not the account key";
    QTest::newRow("cf mismatch is unauthorized")
        << signedBy(m_account, with(payload, QStringLiteral("cf"), QStringLiteral("cf-7d3a9f")), innerHeader) << spki
        << alg << kNewAccount << U << "\"cf\" does not match";
    QTest::newRow("cf prefix is not enough")
        << signedBy(m_account, with(payload, QStringLiteral("cf"), QStringLiteral("cf-7d3a")), innerHeader) << spki
        << alg << kNewAccount << U << "\"cf\" does not match";
    const QJsonObject otherBinding
        = JwsSigner::eabAsymmetric(m_account, kKid, kNewAccount, kFingerprint, m_other, alg).value();
    QTest::newRow("aks by another binding key is unauthorized")
        << otherBinding << spki << alg << kNewAccount << U << "\"aks\" is invalid";
    const QJsonObject aksForOther
        = JwsSigner::eabAsymmetric(m_other, kKid, kNewAccount, kFingerprint, m_binding, alg).value();
    const QJsonObject aksOtherPayload
        = QJsonDocument::fromJson(*Base64Url::decode(aksForOther.value(QLatin1String("payload")).toString().toLatin1()))
              .object();
    QTest::newRow("aks over another account key is unauthorized")
        << signedBy(m_account, with(payload, QStringLiteral("aks"), aksOtherPayload.value(QLatin1String("aks"))),
                    innerHeader)
        << spki << alg << kNewAccount << U << "\"aks\" is invalid";
    QTest::newRow("aks verified under another hash is unauthorized")
        << good << spki << QStringLiteral("SHA384withECDSA") << kNewAccount << U << "\"aks\" is invalid";
    QTest::newRow("aks not base64url is malformed")
        << signedBy(m_account, with(payload, QStringLiteral("aks"), QStringLiteral("a+b=")), innerHeader) << spki << alg
        << kNewAccount << M << "\"aks\" is not valid base64url";
    QTest::newRow("payload without aks is malformed")
        << signedBy(m_account, without(payload, QStringLiteral("aks")), innerHeader) << spki << alg << kNewAccount << M
        << "\"key\" (JWK), \"cf\" and \"aks\"";
    QTest::newRow("payload not JSON is malformed")
        << make(innerHeader, "not json", m_account) << spki << alg << kNewAccount << M << "payload must be";
    QTest::newRow("signature algorithm that does not fit the binding key is internal")
        << good << spki << QStringLiteral("SHA256withRSA") << kNewAccount << I << "misconfigured";
    QTest::newRow("unknown signature algorithm is internal")
        << good << spki << QStringLiteral("MD5withRSA") << kNewAccount << I << "misconfigured";
    QTest::newRow("unparsable configured key is internal")
        << good << QByteArray("garbage") << alg << kNewAccount << I << "misconfigured";
}

void TestEabVerifier::asymmetricRejects()
{
    QFETCH(QJsonObject, eab);
    QFETCH(QByteArray, configuredKey);
    QFETCH(QString, signatureAlgorithm);
    QFETCH(QString, url);
    QFETCH(CoreError::Code, code);
    QFETCH(QString, detail);
    const Result<JwsEnvelope> env = EabVerifier::parse(eab);
    QVERIFY2(env.isOk(), qPrintable(env.isOk() ? QString() : env.error().detail()));
    const VoidResult r = EabVerifier::verifyAsymmetric(*env, m_account.publicJwk(), configuredKey, signatureAlgorithm,
                                                       kFingerprint, url);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().code(), code);
    QVERIFY2(r.error().detail().contains(detail), qPrintable(r.error().detail()));
}

QTEST_GUILESS_MAIN(TestEabVerifier)
#include "TestEabVerifier.moc"
