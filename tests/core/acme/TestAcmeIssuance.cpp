// SPDX-License-Identifier: GPL-3.0-or-later
// Engine tests that go through finalize, certificate download and revocation with a real CA.
#include "core/acme/AcmeEngine.h"

#include "core/crypto/Csr.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Certificate.h"
#include "core/jose/Base64Url.h"
#include "tests/support/EngineHarness.h"
#include "tests/support/PkiHarness.h"

#include <QTest>

namespace {

QString problemType(const AcmeResponse &r)
{
    return EngineHarness::body(r).value(QStringLiteral("type")).toString();
}

} // namespace

/** An engine with a real CA; the client gets an order to ready. */
struct Issuing
{
    EngineHarness h;
    PkiHarness pki;
    TestClient c;
    QString orderUrl;
    QString finalizeUrl;

    Issuing(const std::function<void(AliasConfig &)> &edit = {})
        : h(nullptr)
        , pki(h.db, *h.config, h.clock)
        , c(h)
    {
        // Rebuild the engine with the certificate facade wired in.
        AcmeEngine::Dependencies deps;
        deps.db = h.db;
        deps.config = h.config.get();
        deps.nonces = h.nonces.get();
        deps.clock = &h.clock;
        deps.validation = h.validation.get();
        deps.certificates = pki.facade.get();
        h.engine = std::make_unique<AcmeEngine>(deps);
        h.addAlias(QStringLiteral("main"), edit);
        h.enable();
    }

    bool readyOrder(const QStringList &names)
    {
        if (c.accountUrl.isEmpty() && c.newAccount().status != 201) {
            return false;
        }
        AcmeResponse created = c.newOrder(names);
        if (created.status != 201) {
            return false;
        }
        orderUrl = QString::fromLatin1(created.header("Location"));
        const QJsonObject o = EngineHarness::body(created);
        finalizeUrl = o.value(QStringLiteral("finalize")).toString();
        for (const QJsonValue &a : o.value(QStringLiteral("authorizations")).toArray()) {
            const QJsonObject authz = EngineHarness::body(c.postAsGet(a.toString()));
            if (authz.value(QStringLiteral("status")).toString() == QLatin1String("valid")) {
                continue;
            }
            const QString chall
                = authz.value(QStringLiteral("challenges")).toArray().first()[QStringLiteral("url")].toString();
            if (c.post(chall, QJsonObject {}).status != 200) {
                return false;
            }
        }
        return EngineHarness::body(c.postAsGet(orderUrl)).value(QStringLiteral("status")).toString()
            == QLatin1String("ready");
    }

    AcmeResponse finalize(const QByteArray &csrDer)
    {
        return c.post(finalizeUrl, QJsonObject {{QStringLiteral("csr"), Base64Url::encodeToString(csrDer)}});
    }

    static QByteArray csrFor(const PrivateKey &key, const QStringList &names)
    {
        return Csr::build(key, {}, names)->toDer();
    }
};

class TestAcmeIssuance : public QObject
{
    Q_OBJECT

private slots:
    void finalizeIssuesAndDownloads();
    void csrMustMatchTheOrder_data();
    void csrMustMatchTheOrder();
    void finalizeTwiceIsOrderNotReady();
    void revokeByAccount();
    void revokeByCertificateKey();
    void revokeByAnotherAccountIsUnauthorized();
    void revocationReasons_data();
    void revocationReasons();
    void certificateOfAnotherAccountIsNotFound();
    void notAfterBeyondTheProfileIsRefused();
    void endEntityNameFollowsTheScheme_data();
    void endEntityNameFollowsTheScheme();
};

void TestAcmeIssuance::finalizeIssuesAndDownloads()
{
    Issuing t;
    QVERIFY(t.readyOrder({QStringLiteral("www.example.test"), QStringLiteral("example.test")}));
    const PrivateKey key = *PrivateKey::generate(QStringLiteral("EC:P-256"));
    AcmeResponse fin
        = t.finalize(Issuing::csrFor(key, {QStringLiteral("example.test"), QStringLiteral("www.example.test")}));
    QCOMPARE(fin.status, 200);
    const QJsonObject order = EngineHarness::body(fin);
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    const QString certUrl = order.value(QStringLiteral("certificate")).toString();
    QVERIFY(!certUrl.isEmpty());
    AcmeResponse cert = t.c.postAsGet(certUrl);
    QCOMPARE(cert.status, 200);
    QCOMPARE(cert.header("Content-Type"), QByteArray("application/pem-certificate-chain"));
    Result<QList<X509Certificate>> chain = X509Certificate::listFromData(cert.body);
    QVERIFY(chain.isOk());
    QCOMPARE(chain->size(), 3); // leaf, issuing, root
    QStringList names = chain->first().dnsNames();
    names.sort();
    QCOMPARE(names, (QStringList {QStringLiteral("example.test"), QStringLiteral("www.example.test")}));
    QVERIFY(chain->first().publicKeyInfo().spkiDer == key.publicKeyDer());
    // One order, one certificate.
    Result<QSqlQuery> q = t.h.db->exec(QStringLiteral("SELECT count(*) FROM certificates WHERE order_id IS NOT NULL"));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 1);
}

void TestAcmeIssuance::csrMustMatchTheOrder_data()
{
    QTest::addColumn<QStringList>("csrNames");
    QTest::addColumn<QByteArray>("rawCsr");
    QTest::newRow("a name missing") << QStringList {QStringLiteral("a.example.test")} << QByteArray();
    QTest::newRow("an extra name") << QStringList {QStringLiteral("a.example.test"), QStringLiteral("b.example.test"),
                                                   QStringLiteral("evil.example.test")}
                                   << QByteArray();
    QTest::newRow("garbage instead of a CSR") << QStringList {} << QByteArray("not a csr at all");
}

void TestAcmeIssuance::csrMustMatchTheOrder()
{
    QFETCH(QStringList, csrNames);
    QFETCH(QByteArray, rawCsr);
    Issuing t;
    QVERIFY(t.readyOrder({QStringLiteral("a.example.test"), QStringLiteral("b.example.test")}));
    const QByteArray der
        = rawCsr.isEmpty() ? Issuing::csrFor(*PrivateKey::generate(QStringLiteral("EC:P-256")), csrNames) : rawCsr;
    AcmeResponse fin = t.finalize(der);
    QCOMPARE(fin.status, 400);
    QCOMPARE(problemType(fin), QStringLiteral("urn:ietf:params:acme:error:badCSR"));
    // Nothing half-written: the order is still ready and no certificate exists.
    QCOMPARE(EngineHarness::body(t.c.postAsGet(t.orderUrl)).value(QStringLiteral("status")).toString(),
             QStringLiteral("ready"));
    Result<QSqlQuery> q = t.h.db->exec(QStringLiteral("SELECT count(*) FROM certificates"));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 0);
}

void TestAcmeIssuance::finalizeTwiceIsOrderNotReady()
{
    Issuing t;
    QVERIFY(t.readyOrder({QStringLiteral("a.example.test")}));
    const QByteArray csr
        = Issuing::csrFor(*PrivateKey::generate(QStringLiteral("EC:P-256")), {QStringLiteral("a.example.test")});
    QCOMPARE(t.finalize(csr).status, 200);
    AcmeResponse again = t.finalize(csr);
    QCOMPARE(again.status, 403);
    QCOMPARE(problemType(again), QStringLiteral("urn:ietf:params:acme:error:orderNotReady"));
}

void TestAcmeIssuance::revokeByAccount()
{
    Issuing t;
    QVERIFY(t.readyOrder({QStringLiteral("a.example.test")}));
    const QByteArray csr
        = Issuing::csrFor(*PrivateKey::generate(QStringLiteral("EC:P-256")), {QStringLiteral("a.example.test")});
    const QString certUrl = EngineHarness::body(t.finalize(csr)).value(QStringLiteral("certificate")).toString();
    const QByteArray der = X509Certificate::listFromData(t.c.postAsGet(certUrl).body)->first().toDer();
    const QString revokeUrl = t.c.url("revokeCert");
    AcmeResponse r = t.c.post(
        revokeUrl,
        QJsonObject {{QStringLiteral("certificate"), Base64Url::encodeToString(der)}, {QStringLiteral("reason"), 4}});
    QCOMPARE(r.status, 200);
    AcmeResponse again
        = t.c.post(revokeUrl, QJsonObject {{QStringLiteral("certificate"), Base64Url::encodeToString(der)}});
    QCOMPARE(again.status, 400);
    QCOMPARE(problemType(again), QStringLiteral("urn:ietf:params:acme:error:alreadyRevoked"));
    // The CRL lists it with the reason.
    Result<CertificateAuthority> ca = t.pki.cas->find(QStringLiteral("Test Issuing"));
    QVERIFY(ca.isOk());
    QVERIFY(t.pki.issuance->crl(ca->id).isOk());
    Result<CertificateRecord> rec = t.pki.issuance->findByDer(der);
    QVERIFY(rec.isOk());
    QVERIFY(rec->isRevoked());
    QCOMPARE(rec->revocationReason, 4);
}

void TestAcmeIssuance::revokeByCertificateKey()
{
    Issuing t;
    QVERIFY(t.readyOrder({QStringLiteral("a.example.test")}));
    // The certificate key is an account-style key so it can sign a JWS.
    TestClient keyHolder(t.h);
    QVERIFY(keyHolder.fetchDirectory());
    const Result<PrivateKey> certKey = PrivateKey::fromData(keyHolder.key.toPem());
    QVERIFY(certKey.isOk());
    const QString certUrl
        = EngineHarness::body(t.finalize(Issuing::csrFor(*certKey, {QStringLiteral("a.example.test")})))
              .value(QStringLiteral("certificate"))
              .toString();
    const QByteArray der = X509Certificate::listFromData(t.c.postAsGet(certUrl).body)->first().toDer();
    AcmeResponse r
        = keyHolder.post(keyHolder.url("revokeCert"),
                         QJsonObject {{QStringLiteral("certificate"), Base64Url::encodeToString(der)}}, true);
    QCOMPARE(r.status, 200);
    QVERIFY(t.pki.issuance->findByDer(der)->isRevoked());
}

void TestAcmeIssuance::revokeByAnotherAccountIsUnauthorized()
{
    Issuing t;
    QVERIFY(t.readyOrder({QStringLiteral("a.example.test")}));
    const QString certUrl
        = EngineHarness::body(t.finalize(Issuing::csrFor(*PrivateKey::generate(QStringLiteral("EC:P-256")),
                                                         {QStringLiteral("a.example.test")})))
              .value(QStringLiteral("certificate"))
              .toString();
    const QByteArray der = X509Certificate::listFromData(t.c.postAsGet(certUrl).body)->first().toDer();
    TestClient other(t.h);
    QCOMPARE(other.newAccount().status, 201);
    AcmeResponse r = other.post(other.url("revokeCert"),
                                QJsonObject {{QStringLiteral("certificate"), Base64Url::encodeToString(der)}});
    QCOMPARE(r.status, 403);
    QCOMPARE(problemType(r), QStringLiteral("urn:ietf:params:acme:error:unauthorized"));
    // Signed with a key that isn't the certificate's: unauthorized too.
    TestClient stranger(t.h);
    QVERIFY(stranger.fetchDirectory());
    AcmeResponse s = stranger.post(stranger.url("revokeCert"),
                                   QJsonObject {{QStringLiteral("certificate"), Base64Url::encodeToString(der)}}, true);
    QCOMPARE(s.status, 403);
    QVERIFY(!t.pki.issuance->findByDer(der)->isRevoked());
}

void TestAcmeIssuance::revocationReasons_data()
{
    QTest::addColumn<int>("reason");
    QTest::addColumn<int>("status");
    QTest::newRow("unspecified") << 0 << 200;
    QTest::newRow("keyCompromise") << 1 << 200;
    QTest::newRow("superseded") << 4 << 200;
    QTest::newRow("cessationOfOperation") << 5 << 200;
    QTest::newRow("cACompromise is not the subscriber's") << 2 << 400;
    QTest::newRow("certificateHold is refused") << 6 << 400;
    QTest::newRow("unused value 7") << 7 << 400;
    QTest::newRow("removeFromCRL") << 8 << 400;
    QTest::newRow("out of range") << 42 << 400;
}

void TestAcmeIssuance::revocationReasons()
{
    QFETCH(int, reason);
    QFETCH(int, status);
    Issuing t;
    QVERIFY(t.readyOrder({QStringLiteral("a.example.test")}));
    const QString certUrl
        = EngineHarness::body(t.finalize(Issuing::csrFor(*PrivateKey::generate(QStringLiteral("EC:P-256")),
                                                         {QStringLiteral("a.example.test")})))
              .value(QStringLiteral("certificate"))
              .toString();
    const QByteArray der = X509Certificate::listFromData(t.c.postAsGet(certUrl).body)->first().toDer();
    AcmeResponse r = t.c.post(t.c.url("revokeCert"),
                              QJsonObject {{QStringLiteral("certificate"), Base64Url::encodeToString(der)},
                                           {QStringLiteral("reason"), reason}});
    QCOMPARE(r.status, status);
    if (status == 400) {
        QCOMPARE(problemType(r), QStringLiteral("urn:ietf:params:acme:error:badRevocationReason"));
    }
}

void TestAcmeIssuance::certificateOfAnotherAccountIsNotFound()
{
    Issuing t;
    QVERIFY(t.readyOrder({QStringLiteral("a.example.test")}));
    const QString certUrl
        = EngineHarness::body(t.finalize(Issuing::csrFor(*PrivateKey::generate(QStringLiteral("EC:P-256")),
                                                         {QStringLiteral("a.example.test")})))
              .value(QStringLiteral("certificate"))
              .toString();
    TestClient other(t.h);
    QCOMPARE(other.newAccount().status, 201);
    QCOMPARE(other.postAsGet(certUrl).status, 404);
}

void TestAcmeIssuance::notAfterBeyondTheProfileIsRefused()
{
    Issuing t;
    QCOMPARE(t.c.newAccount().status, 201);
    const QDateTime now = t.h.clock.now();
    AcmeResponse r = t.c.post(
        t.c.url("newOrder"),
        QJsonObject {{QStringLiteral("identifiers"),
                      QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("dns")},
                                               {QStringLiteral("value"), QStringLiteral("a.example.test")}}}},
                     {QStringLiteral("notAfter"), now.addDays(400).toString(Qt::ISODate)}});
    QCOMPARE(r.status, 400);
    QVERIFY(EngineHarness::body(r).value(QStringLiteral("detail")).toString().contains(QLatin1String("validity")));
    AcmeResponse ok = t.c.post(
        t.c.url("newOrder"),
        QJsonObject {{QStringLiteral("identifiers"),
                      QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("dns")},
                                               {QStringLiteral("value"), QStringLiteral("a.example.test")}}}},
                     {QStringLiteral("notAfter"), now.addDays(30).toString(Qt::ISODate)}});
    QCOMPARE(ok.status, 201);
}

void TestAcmeIssuance::endEntityNameFollowsTheScheme_data()
{
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("parameters");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("subjectDn");
    QTest::addColumn<QString>("expected");
    QTest::newRow("RANDOM is the order id") << "RANDOM"
                                            << ""
                                            << ""
                                            << "CN=x"
                                            << "ORDERID";
    QTest::newRow("DN takes the first present attribute") << "DN"
                                                          << "UID;CN"
                                                          << ""
                                                          << "CN=host.example,O=Org"
                                                          << "host.example";
    QTest::newRow("DN falls back to the first identifier") << "DN"
                                                           << "UID"
                                                           << ""
                                                           << ""
                                                           << "first.example";
    QTest::newRow("USERNAME takes the whole DN") << "USERNAME"
                                                 << ""
                                                 << ""
                                                 << "CN=a,O=b"
                                                 << "CN=a,O=b";
    QTest::newRow("USERNAME constant") << "USERNAME"
                                       << "myUser"
                                       << ""
                                       << "CN=a"
                                       << "myUser";
    QTest::newRow("prefix") << "RANDOM"
                            << ""
                            << "acme-"
                            << ""
                            << "acme-ORDERID";
}

void TestAcmeIssuance::endEntityNameFollowsTheScheme()
{
    QFETCH(QString, scheme);
    QFETCH(QString, parameters);
    QFETCH(QString, prefix);
    QFETCH(QString, subjectDn);
    QFETCH(QString, expected);
    AliasConfig a = AliasConfig::withDefaults(QStringLiteral("x"));
    QVERIFY(a.setField(QStringLiteral("raNameScheme"), scheme).isOk());
    a.raNameSchemeParameters = parameters;
    a.raNamePrefix = prefix;
    QCOMPARE(PkiCertificates::endEntityName(a, QStringLiteral("ORDERID"), subjectDn, QStringLiteral("first.example")),
             expected);
    a.raNamePostfix = QStringLiteral("-${RANDOM}");
    const QString withRandom
        = PkiCertificates::endEntityName(a, QStringLiteral("ORDERID"), subjectDn, QStringLiteral("first.example"));
    QCOMPARE(withRandom.size(), expected.size() + 13);
}

QTEST_GUILESS_MAIN(TestAcmeIssuance)
#include "TestAcmeIssuance.moc"
