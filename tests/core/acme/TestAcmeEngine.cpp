// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/AcmeEngine.h"
#include "core/util/RandomToken.h"

#include "tests/support/EngineHarness.h"
#include "tests/support/OpenScope.h"

#include <QHostAddress>
#include <QSemaphore>
#include <QTest>

#include <atomic>
#include <optional>

namespace {

const char *const kMalformed = "urn:ietf:params:acme:error:malformed";

QString problemType(const AcmeResponse &r)
{
    return EngineHarness::body(r).value(QStringLiteral("type")).toString();
}

/** An order's first authorization and the URL of the first challenge it lists. */
struct FirstChallenge
{
    QString authzUrl;
    QString url;
};

FirstChallenge firstChallenge(TestClient &c, const AcmeResponse &order)
{
    FirstChallenge f;
    f.authzUrl = EngineHarness::body(order).value(QStringLiteral("authorizations")).toArray().first().toString();
    f.url = EngineHarness::body(c.postAsGet(f.authzUrl))
                .value(QStringLiteral("challenges"))
                .toArray()
                .first()[QStringLiteral("url")]
                .toString();
    return f;
}

} // namespace

class TestAcmeEngine : public QObject
{
    Q_OBJECT

private slots:
    void directoryKeepsTheAliasUrlForm_data();
    void directoryKeepsTheAliasUrlForm();
    void directoryMetaFromAlias();
    void disabledProtocolAnswersAProblem();
    void unknownAliasIsNotFound();
    void newNonce_data();
    void newNonce();
    void everyResponseCarriesNonceAndIndexLink();
    void newAccountCreatesThenReturnsExisting();
    void onlyReturnExistingForUnknownKey();
    void deactivatedAccountsKeyIsRefusedByNewAccount_data();
    void deactivatedAccountsKeyIsRefusedByNewAccount();
    void contactValidation_data();
    void contactValidation();
    void termsOfServiceMustBeAgreed();
    void externalAccountRequiredWithoutGovernance();
    void requestRejections_data();
    void requestRejections();
    void reusedNonceIsBadNonceWithFreshNonce();
    void accountUpdateAndDeactivation();
    void accountOfAnotherKeyIsUnauthorized();
    void keyChangeRollsTheKey();
    void keyChangeToAKeyInUseIsConflict();
    void newOrderIdentifiers_data();
    void newOrderIdentifiers();
    void ipIdentifierOffersNoDns01();
    void resourceIdsSortByCreationTime();
    void wildcardChallengeTypes_data();
    void wildcardChallengeTypes();
    void successfulValidationMakesOrderReady();
    void failedValidationInvalidatesOrder();
    void validAuthorizationsAreReused();
    void expiredOrderIsInvalid();
    void ordersListIsPaged();
    void finalizeBeforeReadyIsOrderNotReady();
    void newAuthzOnlyWhenPreAuthorizationAllowed();
    void authorizationDeactivation();
    void retryAfterOnPendingAuthorization();
    void challengeTaskCarriesTheCaaPolicy_data();
    void challengeTaskCarriesTheCaaPolicy();
    void interruptedValidationIsResumed_data();
    void interruptedValidationIsResumed();
    void challengeAnswerWaitsForItsValidation_data();
    void challengeAnswerWaitsForItsValidation();
    void challengeAnswerLeavesOnlyOnceItsValidationIsOnDisk();
};

void TestAcmeEngine::directoryKeepsTheAliasUrlForm_data()
{
    QTest::addColumn<QString>("directory");
    QTest::addColumn<QString>("expectedNewOrder");
    QTest::newRow("default alias") << "/acme/directory"
                                   << "https://ca.test:8442/acme/newOrder";
    QTest::newRow("query form") << "/acme/directory?configurationId=corp"
                                << "https://ca.test:8442/acme/newOrder?configurationId=corp";
    QTest::newRow("path form") << "/acme/corp/directory"
                               << "https://ca.test:8442/acme/corp/newOrder";
}

void TestAcmeEngine::directoryKeepsTheAliasUrlForm()
{
    QFETCH(QString, directory);
    QFETCH(QString, expectedNewOrder);
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.addAlias(QStringLiteral("corp"));
    h.enable();
    AcmeResponse r = h.request("GET", h.base + directory);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
    const QJsonObject d = EngineHarness::body(r);
    QCOMPARE(d.value(QStringLiteral("newOrder")).toString(), expectedNewOrder);
    for (const char *key : {"newNonce", "newAccount", "newOrder", "revokeCert", "keyChange"}) {
        QVERIFY2(d.contains(QLatin1String(key)), key);
    }
    QVERIFY2(!d.contains(QStringLiteral("newAuthz")), "newAuthz is absent unless pre-authorization is allowed");
}

void TestAcmeEngine::directoryMetaFromAlias()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"), [](AliasConfig &a) {
        a.termsOfServiceUrl = QStringLiteral("https://ca.example/tos");
        a.siteUrl = QStringLiteral("https://ca.example");
        a.caaIdentities = {QStringLiteral("ca.example")};
        a.requireExternalAccountBinding = true;
        a.preAuthorizationAllowed = true;
    });
    h.enable();
    const QJsonObject d = EngineHarness::body(h.request("GET", h.base + QStringLiteral("/acme/directory")));
    const QJsonObject meta = d.value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("termsOfService")).toString(), QStringLiteral("https://ca.example/tos"));
    QCOMPARE(meta.value(QStringLiteral("website")).toString(), QStringLiteral("https://ca.example"));
    QCOMPARE(meta.value(QStringLiteral("caaIdentities")).toArray().first().toString(), QStringLiteral("ca.example"));
    QCOMPARE(meta.value(QStringLiteral("externalAccountRequired")).toBool(), true);
    QVERIFY(d.contains(QStringLiteral("newAuthz")));
}

void TestAcmeEngine::disabledProtocolAnswersAProblem()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    AcmeResponse r = h.request("GET", h.base + QStringLiteral("/acme/directory"));
    QCOMPARE(r.status, 403);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    QVERIFY(EngineHarness::body(r).value(QStringLiteral("detail")).toString().contains(QLatin1String("disabled")));
}

void TestAcmeEngine::unknownAliasIsNotFound()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    QCOMPARE(h.request("GET", h.base + QStringLiteral("/acme/nope/directory")).status, 404);
    QCOMPARE(h.request("GET", h.base + QStringLiteral("/acme/directory?configurationId=nope")).status, 404);
    QCOMPARE(h.request("GET", h.base + QStringLiteral("/acme/no/such/thing/here")).status, 404);
}

void TestAcmeEngine::newNonce_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<int>("status");
    QTest::newRow("HEAD answers 200") << QByteArray("HEAD") << 200;
    QTest::newRow("GET answers 204") << QByteArray("GET") << 204;
    QTest::newRow("POST is not allowed") << QByteArray("POST") << 405;
}

void TestAcmeEngine::newNonce()
{
    QFETCH(QByteArray, method);
    QFETCH(int, status);
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    AcmeResponse r = h.request(method, h.base + QStringLiteral("/acme/newNonce"));
    QCOMPARE(r.status, status);
    QVERIFY(!r.header("Replay-Nonce").isEmpty());
    QCOMPARE(r.header("Cache-Control"), QByteArray("no-store"));
    if (status == 405) {
        QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD"));
    }
}

void TestAcmeEngine::everyResponseCarriesNonceAndIndexLink()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QVERIFY(c.fetchDirectory());
    const QList<AcmeResponse> responses {
        h.request("GET", h.base + QStringLiteral("/acme/directory")),
        c.newAccount(),
        c.post(c.url("newOrder"), QJsonObject {{QStringLiteral("identifiers"), QStringLiteral("bad")}}),
        h.request("GET", c.url("newOrder")),
    };
    for (const AcmeResponse &r : responses) {
        QVERIFY(!r.header("Replay-Nonce").isEmpty());
        QVERIFY(r.headerValues("Link").contains("<https://ca.test:8442/acme/directory>;rel=\"index\""));
    }
}

void TestAcmeEngine::newAccountCreatesThenReturnsExisting()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    AcmeResponse first
        = c.newAccount({{QStringLiteral("contact"), QJsonArray {QStringLiteral("mailto:admin@example.com")}}});
    QCOMPARE(first.status, 201);
    const QByteArray location = first.header("Location");
    QVERIFY(location.startsWith("https://ca.test:8442/acme/acct/"));
    const QJsonObject acct = EngineHarness::body(first);
    QCOMPARE(acct.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(acct.value(QStringLiteral("contact")).toArray().first().toString(),
             QStringLiteral("mailto:admin@example.com"));
    QVERIFY(acct.value(QStringLiteral("orders")).toString().endsWith(QLatin1String("/orders")));

    AcmeResponse again = c.newAccount();
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("Location"), location);
}

void TestAcmeEngine::onlyReturnExistingForUnknownKey()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    AcmeResponse r = c.newAccount({{QStringLiteral("onlyReturnExisting"), true}});
    QCOMPARE(r.status, 400);
    QCOMPARE(problemType(r), QStringLiteral("urn:ietf:params:acme:error:accountDoesNotExist"));
}

void TestAcmeEngine::contactValidation_data()
{
    QTest::addColumn<QJsonValue>("contact");
    QTest::addColumn<QString>("type");
    QTest::newRow("tel is unsupported") << QJsonValue(QJsonArray {QStringLiteral("tel:+12025551212")})
                                        << "urn:ietf:params:acme:error:unsupportedContact";
    QTest::newRow("mailto without address is invalid")
        << QJsonValue(QJsonArray {QStringLiteral("mailto:")}) << "urn:ietf:params:acme:error:invalidContact";
    QTest::newRow("mailto with hfields is invalid")
        << QJsonValue(QJsonArray {QStringLiteral("mailto:a@example.com?subject=x")})
        << "urn:ietf:params:acme:error:invalidContact";
    QTest::newRow("two addresses in one URL is invalid")
        << QJsonValue(QJsonArray {QStringLiteral("mailto:a@example.com,b@example.com")})
        << "urn:ietf:params:acme:error:invalidContact";
    QTest::newRow("contact not an array is malformed")
        << QJsonValue(QStringLiteral("mailto:a@example.com")) << kMalformed;
    QTest::newRow("valid mailto") << QJsonValue(QJsonArray {QStringLiteral("mailto:a@example.com")}) << "";
}

void TestAcmeEngine::contactValidation()
{
    QFETCH(QJsonValue, contact);
    QFETCH(QString, type);
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    AcmeResponse r = c.newAccount({{QStringLiteral("contact"), contact}});
    if (type.isEmpty()) {
        QCOMPARE(r.status, 201);
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(problemType(r), type);
        Result<QSqlQuery> q = h.db->exec(QStringLiteral("SELECT count(*) FROM accounts"));
        QVERIFY(q->next());
        QCOMPARE(q->value(0).toInt(), 0);
    }
}

void TestAcmeEngine::termsOfServiceMustBeAgreed()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"),
               [](AliasConfig &a) { a.termsOfServiceUrl = QStringLiteral("https://ca.example/tos"); });
    h.enable();
    TestClient c(h);
    AcmeResponse refused = c.newAccount(QJsonObject {});
    QCOMPARE(refused.status, 400);
    QVERIFY(EngineHarness::body(refused)
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QLatin1String("terms of service")));
    AcmeResponse ok = c.newAccount({{QStringLiteral("termsOfServiceAgreed"), true}});
    QCOMPARE(ok.status, 201);
    QCOMPARE(EngineHarness::body(ok).value(QStringLiteral("termsOfServiceAgreed")).toBool(), true);
}

void TestAcmeEngine::externalAccountRequiredWithoutGovernance()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"), [](AliasConfig &a) { a.requireExternalAccountBinding = true; });
    h.enable();
    TestClient c(h);
    AcmeResponse r = c.newAccount();
    QCOMPARE(r.status, 400);
    QCOMPARE(problemType(r), QStringLiteral("urn:ietf:params:acme:error:externalAccountRequired"));
}

void TestAcmeEngine::requestRejections_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::newRow("wrong content type is 415") << "contentType" << 415 << kMalformed;
    QTest::newRow("GET on a POST resource is 405") << "get" << 405 << kMalformed;
    QTest::newRow("oversized body is 413") << "oversized" << 413 << kMalformed;
    QTest::newRow("JWS url differs from the request URL") << "url" << 403 << "urn:ietf:params:acme:error:unauthorized";
    QTest::newRow("kid of an unknown account")
        << "unknownKid" << 400 << "urn:ietf:params:acme:error:accountDoesNotExist";
    QTest::newRow("alg none is badSignatureAlgorithm")
        << "algNone" << 400 << "urn:ietf:params:acme:error:badSignatureAlgorithm";
    QTest::newRow("jwk on an account request is malformed") << "jwkForOrder" << 400 << kMalformed;
    QTest::newRow("not JSON at all is malformed") << "garbage" << 400 << kMalformed;
    QTest::newRow("unknown nonce is badNonce") << "badNonce" << 400 << "urn:ietf:params:acme:error:badNonce";
}

void TestAcmeEngine::requestRejections()
{
    QFETCH(QString, kind);
    QFETCH(int, status);
    QFETCH(QString, type);
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const QString newOrder = c.url("newOrder");
    const QJsonObject order {{QStringLiteral("identifiers"),
                              QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("dns")},
                                                       {QStringLiteral("value"), QStringLiteral("a.example")}}}}};
    const QByteArray payload = QJsonDocument(order).toJson(QJsonDocument::Compact);
    AcmeResponse r;
    if (kind == QLatin1String("contentType")) {
        const QByteArray body
            = *JwsSigner::sign(c.key, JwsSigner::kidHeader(c.accountUrl, h.freshNonce(), newOrder), payload);
        r = h.request("POST", newOrder, body, "application/json");
    } else if (kind == QLatin1String("get")) {
        r = h.request("GET", newOrder);
    } else if (kind == QLatin1String("oversized")) {
        r = h.request("POST", newOrder, QByteArray(AcmeEngine::kMaxBodyBytes + 1, 'x'));
    } else if (kind == QLatin1String("url")) {
        const QByteArray body = *JwsSigner::sign(
            c.key, JwsSigner::kidHeader(c.accountUrl, h.freshNonce(), h.base + QStringLiteral("/acme/elsewhere")),
            payload);
        r = h.request("POST", newOrder, body);
    } else if (kind == QLatin1String("unknownKid")) {
        const QByteArray body = *JwsSigner::sign(
            c.key, JwsSigner::kidHeader(h.base + QStringLiteral("/acme/acct/nobody"), h.freshNonce(), newOrder),
            payload);
        r = h.request("POST", newOrder, body);
    } else if (kind == QLatin1String("algNone")) {
        const QJsonObject header {{QStringLiteral("alg"), QStringLiteral("none")},
                                  {QStringLiteral("kid"), c.accountUrl},
                                  {QStringLiteral("nonce"), h.freshNonce()},
                                  {QStringLiteral("url"), newOrder}};
        const QJsonObject jws {
            {QStringLiteral("protected"),
             QString::fromLatin1(QJsonDocument(header)
                                     .toJson(QJsonDocument::Compact)
                                     .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
            {QStringLiteral("payload"),
             QString::fromLatin1(payload.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))},
            {QStringLiteral("signature"), QStringLiteral("c2lnbmF0dXJl")}};
        r = h.request("POST", newOrder, QJsonDocument(jws).toJson());
        QVERIFY2(EngineHarness::body(r).value(QStringLiteral("algorithms")).toArray().contains(QStringLiteral("ES256")),
                 r.body.constData());
    } else if (kind == QLatin1String("jwkForOrder")) {
        r = c.post(newOrder, payload, true);
    } else if (kind == QLatin1String("garbage")) {
        r = h.request("POST", newOrder, "{not json");
    } else if (kind == QLatin1String("badNonce")) {
        const QByteArray body = *JwsSigner::sign(
            c.key, JwsSigner::kidHeader(c.accountUrl, QStringLiteral("AAAAAAAAAAAAAAAAAAAAAA"), newOrder), payload);
        r = h.request("POST", newOrder, body);
    }
    QCOMPARE(r.status, status);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/problem+json"));
    QCOMPARE(problemType(r), type);
    QCOMPARE(EngineHarness::body(r).value(QStringLiteral("status")).toInt(), status);
    // Nothing half-written: no order exists after a rejected newOrder.
    Result<QSqlQuery> q = h.db->exec(QStringLiteral("SELECT count(*) FROM orders"));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toInt(), 0);
}

void TestAcmeEngine::reusedNonceIsBadNonceWithFreshNonce()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QVERIFY(c.fetchDirectory());
    const QString nonce = h.freshNonce();
    c.nonce = nonce;
    QCOMPARE(c.newAccount().status, 201);
    c.nonce = nonce; // replay
    AcmeResponse r = c.postAsGet(c.accountUrl);
    QCOMPARE(r.status, 400);
    QCOMPARE(problemType(r), QStringLiteral("urn:ietf:params:acme:error:badNonce"));
    QVERIFY(!r.header("Replay-Nonce").isEmpty());
    // The fresh nonce works.
    QCOMPARE(c.postAsGet(c.accountUrl).status, 200);
    // An expired nonce is refused too.
    h.clock.advanceMs(h.config->snapshot()->settings.nonceValidityMs + 1);
    QCOMPARE(problemType(c.postAsGet(c.accountUrl)), QStringLiteral("urn:ietf:params:acme:error:badNonce"));
}

void TestAcmeEngine::accountUpdateAndDeactivation()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    AcmeResponse upd = c.post(
        c.accountUrl, QJsonObject {{QStringLiteral("contact"), QJsonArray {QStringLiteral("mailto:new@example.com")}}});
    QCOMPARE(upd.status, 200);
    QCOMPARE(EngineHarness::body(upd).value(QStringLiteral("contact")).toArray().first().toString(),
             QStringLiteral("mailto:new@example.com"));
    AcmeResponse bad = c.post(c.accountUrl, QJsonObject {{QStringLiteral("status"), QStringLiteral("valid")}});
    QCOMPARE(bad.status, 400);
    AcmeResponse off = c.post(c.accountUrl, QJsonObject {{QStringLiteral("status"), QStringLiteral("deactivated")}});
    QCOMPARE(off.status, 200);
    QCOMPARE(EngineHarness::body(off).value(QStringLiteral("status")).toString(), QStringLiteral("deactivated"));
    AcmeResponse after = c.newOrder({QStringLiteral("a.example")});
    QCOMPARE(after.status, 403);
    QCOMPARE(problemType(after), QStringLiteral("urn:ietf:params:acme:error:unauthorized"));
}

void TestAcmeEngine::deactivatedAccountsKeyIsRefusedByNewAccount_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::newRow("registration again") << QJsonObject {{QStringLiteral("termsOfServiceAgreed"), true}};
    QTest::newRow("onlyReturnExisting") << QJsonObject {{QStringLiteral("onlyReturnExisting"), true}};
}

void TestAcmeEngine::deactivatedAccountsKeyIsRefusedByNewAccount()
{
    // RFC 8555 §7.3.6: no request authorized by the key is accepted after deactivation. uacme looks
    // its account up through newAccount before every order; a 200 let it go on to fail later.
    QFETCH(QJsonObject, payload);
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const QString url = c.accountUrl;
    QCOMPARE(c.newAccount(payload).status, 200); // a valid account is found again
    QCOMPARE(c.post(url, QJsonObject {{QStringLiteral("status"), QStringLiteral("deactivated")}}).status, 200);
    AcmeResponse r = c.newAccount(payload);
    QCOMPARE(r.status, 403);
    QCOMPARE(problemType(r), QStringLiteral("urn:ietf:params:acme:error:unauthorized"));
    QVERIFY2(EngineHarness::body(r).value(QStringLiteral("detail")).toString().contains(QStringLiteral("deactivated")),
             qPrintable(EngineHarness::body(r).value(QStringLiteral("detail")).toString()));
    QVERIFY(r.header("Location").isEmpty());
    QVERIFY(!r.header("Replay-Nonce").isEmpty());
}

void TestAcmeEngine::accountOfAnotherKeyIsUnauthorized()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient a(h);
    TestClient b(h);
    QCOMPARE(a.newAccount().status, 201);
    QCOMPARE(b.newAccount().status, 201);
    AcmeResponse r = b.postAsGet(a.accountUrl);
    QCOMPARE(r.status, 403);
}

void TestAcmeEngine::keyChangeRollsTheKey()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const AccountKey newKey = *AccountKey::generate(QStringLiteral("EC:P-384"));
    const QJsonObject inner = *JwsSigner::keyChangeInner(newKey, c.accountUrl, c.key.publicJwk(), c.url("keyChange"));
    AcmeResponse r = c.post(c.url("keyChange"), inner);
    QCOMPARE(r.status, 200);
    // The old key no longer works; the new one does.
    QCOMPARE(c.postAsGet(c.accountUrl).status, 400);
    c.key = newKey;
    QCOMPARE(c.postAsGet(c.accountUrl).status, 200);
}

void TestAcmeEngine::keyChangeToAKeyInUseIsConflict()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient a(h);
    TestClient b(h);
    QCOMPARE(a.newAccount().status, 201);
    QCOMPARE(b.newAccount().status, 201);
    const QJsonObject inner = *JwsSigner::keyChangeInner(b.key, a.accountUrl, a.key.publicJwk(), a.url("keyChange"));
    AcmeResponse r = a.post(a.url("keyChange"), inner);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.header("Location"), b.accountUrl.toUtf8());
}

void TestAcmeEngine::newOrderIdentifiers_data()
{
    QTest::addColumn<QJsonValue>("identifiers");
    QTest::addColumn<bool>("wildcardAllowed");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    auto dns = [](const QString &v) {
        return QJsonObject {{QStringLiteral("type"), QStringLiteral("dns")}, {QStringLiteral("value"), v}};
    };
    QTest::newRow("two names") << QJsonValue(
        QJsonArray {dns(QStringLiteral("a.example")), dns(QStringLiteral("b.example"))})
                               << false << 201 << "";
    QTest::newRow("wildcard refused when not allowed")
        << QJsonValue(QJsonArray {dns(QStringLiteral("*.example.org"))}) << false << 400
        << "urn:ietf:params:acme:error:rejectedIdentifier";
    QTest::newRow("wildcard allowed") << QJsonValue(QJsonArray {dns(QStringLiteral("*.example.org"))}) << true << 201
                                      << "";
    QTest::newRow("email identifiers are unsupported")
        << QJsonValue(QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("email")},
                                               {QStringLiteral("value"), QStringLiteral("a@b.c")}}})
        << false << 400 << "urn:ietf:params:acme:error:unsupportedIdentifier";
    QTest::newRow("bad DNS name is rejected") << QJsonValue(QJsonArray {dns(QStringLiteral("-bad-.example"))}) << false
                                              << 400 << "urn:ietf:params:acme:error:rejectedIdentifier";
    QTest::newRow("empty list is malformed") << QJsonValue(QJsonArray {}) << false << 400 << kMalformed;
    QTest::newRow("IPv6 identifier") << QJsonValue(QJsonArray {
        QJsonObject {{QStringLiteral("type"), QStringLiteral("ip")}, {QStringLiteral("value"), QStringLiteral("::1")}}})
                                     << false << 201 << "";
    QTest::newRow("an IP sent as a dns identifier is an IP identifier (lego 4.9)")
        << QJsonValue(QJsonArray {dns(QStringLiteral("127.0.0.1"))}) << false << 201 << "";
    QTest::newRow("bad IP is rejected") << QJsonValue(QJsonArray {QJsonObject {
        {QStringLiteral("type"), QStringLiteral("ip")}, {QStringLiteral("value"), QStringLiteral("300.1.1.1")}}})
                                        << false << 400 << "urn:ietf:params:acme:error:rejectedIdentifier";
}

void TestAcmeEngine::newOrderIdentifiers()
{
    QFETCH(QJsonValue, identifiers);
    QFETCH(bool, wildcardAllowed);
    QFETCH(int, status);
    QFETCH(QString, type);
    EngineHarness h;
    h.addAlias(QStringLiteral("main"), [&](AliasConfig &a) { a.wildcardAllowed = wildcardAllowed; });
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    AcmeResponse r = c.post(c.url("newOrder"), QJsonObject {{QStringLiteral("identifiers"), identifiers}});
    QCOMPARE(r.status, status);
    if (status == 201) {
        const QJsonObject o = EngineHarness::body(r);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(o.value(QStringLiteral("authorizations")).toArray().size(), identifiers.toArray().size());
        QVERIFY(r.header("Location").startsWith("https://ca.test:8442/acme/order/"));
        QVERIFY(o.value(QStringLiteral("finalize")).toString().endsWith(QLatin1String("/finalize")));
        for (const QJsonValue &id : o.value(QStringLiteral("identifiers")).toArray()) {
            const bool looksLikeIp = !QHostAddress(id[QStringLiteral("value")].toString()).isNull();
            QCOMPARE(id[QStringLiteral("type")].toString(), looksLikeIp ? QStringLiteral("ip") : QStringLiteral("dns"));
        }
    } else {
        QCOMPARE(problemType(r), type);
    }
}

void TestAcmeEngine::ipIdentifierOffersNoDns01()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    AcmeResponse r
        = c.post(c.url("newOrder"),
                 QJsonObject {{QStringLiteral("identifiers"),
                               QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("ip")},
                                                        {QStringLiteral("value"), QStringLiteral("127.0.0.1")}}}}});
    QCOMPARE(r.status, 201);
    const QString authzUrl
        = EngineHarness::body(r).value(QStringLiteral("authorizations")).toArray().first().toString();
    const QJsonObject authz = EngineHarness::body(c.postAsGet(authzUrl));
    QStringList types;
    for (const QJsonValue &ch : authz.value(QStringLiteral("challenges")).toArray()) {
        types << ch[QStringLiteral("type")].toString();
    }
    QVERIFY(types.contains(QStringLiteral("http-01")));
    QVERIFY(!types.contains(QStringLiteral("dns-01")));
}

void TestAcmeEngine::resourceIdsSortByCreationTime()
{
    // Orders, authorizations and challenges are keyed by ids that start with their creation time
    // (RandomToken::timeOrdered), so their rows go to the end of each primary-key index.
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const auto lastSegment = [](const QString &url) { return url.section(QLatin1Char('/'), -1); };
    QList<QStringList> idsPerOrder;
    QList<qint64> times;
    for (int i = 0; i < 2; ++i) {
        times << h.clock.nowMs();
        AcmeResponse r = c.post(c.url("newOrder"),
                                QJsonObject {{QStringLiteral("identifiers"),
                                              QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("ip")},
                                                                       {QStringLiteral("value"),
                                                                        QStringLiteral("127.0.0.%1").arg(i + 1)}}}}});
        QCOMPARE(r.status, 201);
        QStringList ids {lastSegment(QString::fromLatin1(r.header("Location")))};
        const QString authzUrl
            = EngineHarness::body(r).value(QStringLiteral("authorizations")).toArray().first().toString();
        ids << lastSegment(authzUrl);
        for (const QJsonValue &ch :
             EngineHarness::body(c.postAsGet(authzUrl)).value(QStringLiteral("challenges")).toArray()) {
            ids << lastSegment(ch[QStringLiteral("url")].toString());
        }
        QVERIFY(ids.size() >= 3);
        for (const QString &id : std::as_const(ids)) {
            QCOMPARE(id.left(8), RandomToken::timePrefix(times.last()));
        }
        QCOMPARE(ids.first().size(), 43); // the order's id is as long as before
        idsPerOrder << ids;
        h.clock.advanceMs(1000);
    }
    for (int k = 0; k < 3; ++k) {
        QVERIFY(idsPerOrder[0][k].toLatin1() < idsPerOrder[1][k].toLatin1());
    }
}

void TestAcmeEngine::wildcardChallengeTypes_data()
{
    QTest::addColumn<bool>("http01ForWildcard");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("wildcard with http-01 allowed")
        << true << QStringList {QStringLiteral("dns-01"), QStringLiteral("http-01")};
    QTest::newRow("wildcard without http-01") << false << QStringList {QStringLiteral("dns-01")};
}

void TestAcmeEngine::wildcardChallengeTypes()
{
    QFETCH(bool, http01ForWildcard);
    QFETCH(QStringList, expected);
    EngineHarness h;
    h.addAlias(QStringLiteral("main"), [&](AliasConfig &a) {
        a.wildcardAllowed = true;
        a.wildcardWithHttp01Allowed = http01ForWildcard;
    });
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    AcmeResponse r = c.newOrder({QStringLiteral("*.example.org")});
    QCOMPARE(r.status, 201);
    const QString authzUrl
        = EngineHarness::body(r).value(QStringLiteral("authorizations")).toArray().first().toString();
    const QJsonObject authz = EngineHarness::body(c.postAsGet(authzUrl));
    QCOMPARE(authz.value(QStringLiteral("wildcard")).toBool(), true);
    QCOMPARE(authz.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("example.org"));
    QStringList types;
    for (const QJsonValue &ch : authz.value(QStringLiteral("challenges")).toArray()) {
        types << ch[QStringLiteral("type")].toString();
    }
    types.sort();
    QCOMPARE(types, expected);
}

void TestAcmeEngine::successfulValidationMakesOrderReady()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    QString seenKeyAuth;
    h.validator = [&](const ChallengeTask &t) {
        seenKeyAuth = t.keyAuthorization;
        return ValidationOutcome::success();
    };
    AcmeResponse created = c.newOrder({QStringLiteral("a.example")});
    const QString orderUrl = QString::fromLatin1(created.header("Location"));
    const QString authzUrl
        = EngineHarness::body(created).value(QStringLiteral("authorizations")).toArray().first().toString();
    const QJsonObject authz = EngineHarness::body(c.postAsGet(authzUrl));
    QJsonObject http01;
    for (const QJsonValue &ch : authz.value(QStringLiteral("challenges")).toArray()) {
        if (ch[QStringLiteral("type")].toString() == QLatin1String("http-01")) {
            http01 = ch.toObject();
        }
    }
    QVERIFY(!http01.isEmpty());
    AcmeResponse started = c.post(http01.value(QStringLiteral("url")).toString(), QJsonObject {});
    QCOMPARE(started.status, 200);
    QVERIFY(started.headerValues("Link").contains("<" + authzUrl.toUtf8() + ">;rel=\"up\""));
    QCOMPARE(seenKeyAuth, c.keyAuthorization(http01.value(QStringLiteral("token")).toString()));
    QCOMPARE(EngineHarness::body(started).value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    const QJsonObject authzAfter = EngineHarness::body(c.postAsGet(authzUrl));
    QCOMPARE(authzAfter.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(authzAfter.value(QStringLiteral("challenges")).toArray().size(), 1);
    QCOMPARE(EngineHarness::body(c.postAsGet(orderUrl)).value(QStringLiteral("status")).toString(),
             QStringLiteral("ready"));
}

void TestAcmeEngine::challengeTaskCarriesTheCaaPolicy_data()
{
    QTest::addColumn<QStringList>("identities");
    QTest::addColumn<bool>("switchOn");
    QTest::addColumn<bool>("checked");
    QTest::newRow("identities set: checked by default") << QStringList {QStringLiteral("ca.example")} << true << true;
    QTest::newRow("switched off") << QStringList {QStringLiteral("ca.example")} << false << false;
    QTest::newRow("no identities: nothing to check") << QStringList() << true << false;
}

void TestAcmeEngine::challengeTaskCarriesTheCaaPolicy()
{
    QFETCH(QStringList, identities);
    QFETCH(bool, switchOn);
    QFETCH(bool, checked);
    EngineHarness h;
    h.addAlias(QStringLiteral("main"), [&](AliasConfig &a) {
        a.caaIdentities = identities;
        a.caaCheck = switchOn;
        a.wildcardAllowed = true;
        a.dnsChallengeTypes = AliasConfig::ChallengeTypes::Dns01;
    });
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    ChallengeTask seen;
    h.validator = [&](const ChallengeTask &t) {
        seen = t;
        return ValidationOutcome::failure(QStringLiteral("caa"), QStringLiteral("CAA for example forbids issuance"));
    };
    AcmeResponse created = c.newOrder({QStringLiteral("*.a.example")});
    const QString challUrl = firstChallenge(c, created).url;
    const QJsonObject chall = EngineHarness::body(c.post(challUrl, QJsonObject {}));
    QCOMPARE(seen.policy.checkCaa, checked);
    QCOMPARE(seen.policy.caaIdentities, identities);
    // RFC 8657 accounturi is compared with the account URL the client uses.
    QCOMPARE(seen.policy.caaAccountUri, c.accountUrl);
    QVERIFY(seen.wildcard);
    QCOMPARE(seen.identifierValue, QStringLiteral("a.example"));
    QCOMPARE(chall.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("urn:ietf:params:acme:error:caa"));
}

void TestAcmeEngine::failedValidationInvalidatesOrder()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    h.validator = [](const ChallengeTask &) {
        return ValidationOutcome::failure(QStringLiteral("connection"),
                                          QStringLiteral("Connection refused to 127.0.0.1:80"));
    };
    AcmeResponse created = c.newOrder({QStringLiteral("a.example")});
    const QString orderUrl = QString::fromLatin1(created.header("Location"));
    const auto [authzUrl, challUrl] = firstChallenge(c, created);
    const QJsonObject chall = EngineHarness::body(c.post(challUrl, QJsonObject {}));
    QCOMPARE(chall.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    QCOMPARE(chall.value(QStringLiteral("error")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("urn:ietf:params:acme:error:connection"));
    QCOMPARE(EngineHarness::body(c.postAsGet(authzUrl)).value(QStringLiteral("status")).toString(),
             QStringLiteral("invalid"));
    const QJsonObject order = EngineHarness::body(c.postAsGet(orderUrl));
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    QVERIFY(order.contains(QStringLiteral("error")));
}

void TestAcmeEngine::validAuthorizationsAreReused()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    AcmeResponse first = c.newOrder({QStringLiteral("a.example")});
    const auto [authzUrl, challUrl] = firstChallenge(c, first);
    QCOMPARE(c.post(challUrl, QJsonObject {}).status, 200);
    AcmeResponse second = c.newOrder({QStringLiteral("a.example")});
    QCOMPARE(second.status, 201);
    const QJsonObject o = EngineHarness::body(second);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
    QCOMPARE(o.value(QStringLiteral("authorizations")).toArray().first().toString(), authzUrl);
}

void TestAcmeEngine::expiredOrderIsInvalid()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"), [](AliasConfig &a) { a.orderValidity = Duration::fromSeconds(60); });
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    AcmeResponse created = c.newOrder({QStringLiteral("a.example")});
    h.clock.advanceMs(61 * 1000);
    const QJsonObject o = EngineHarness::body(c.postAsGet(QString::fromLatin1(created.header("Location"))));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
}

void TestAcmeEngine::ordersListIsPaged()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const int total = AcmeEngine::kOrdersPageSize + 3;
    for (int i = 0; i < total; ++i) {
        h.clock.advanceMs(1);
        QCOMPARE(c.newOrder({QStringLiteral("n%1.example").arg(i)}).status, 201);
    }
    const QString ordersUrl = EngineHarness::body(c.postAsGet(c.accountUrl)).value(QStringLiteral("orders")).toString();
    AcmeResponse page1 = c.postAsGet(ordersUrl);
    QCOMPARE(page1.status, 200);
    QCOMPARE(EngineHarness::body(page1).value(QStringLiteral("orders")).toArray().size(), AcmeEngine::kOrdersPageSize);
    QByteArray next;
    for (const QByteArray &link : page1.headerValues("Link")) {
        if (link.endsWith("rel=\"next\"")) {
            next = link.mid(1, link.indexOf('>') - 1);
        }
    }
    QVERIFY(!next.isEmpty());
    AcmeResponse page2 = c.postAsGet(QString::fromLatin1(next));
    QCOMPARE(EngineHarness::body(page2).value(QStringLiteral("orders")).toArray().size(), 3);
}

void TestAcmeEngine::finalizeBeforeReadyIsOrderNotReady()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const QJsonObject o = EngineHarness::body(c.newOrder({QStringLiteral("a.example")}));
    // Readiness is decided before the PKI is needed: none is wired into this harness.
    AcmeResponse r = c.post(o.value(QStringLiteral("finalize")).toString(),
                            QJsonObject {{QStringLiteral("csr"), QStringLiteral("AAAA")}});
    QCOMPARE(r.status, 403);
    QCOMPARE(problemType(r), QStringLiteral("urn:ietf:params:acme:error:orderNotReady"));
}

void TestAcmeEngine::newAuthzOnlyWhenPreAuthorizationAllowed()
{
    for (bool allowed : {false, true}) {
        EngineHarness h;
        h.addAlias(QStringLiteral("main"), [&](AliasConfig &a) { a.preAuthorizationAllowed = allowed; });
        h.enable();
        TestClient c(h);
        QCOMPARE(c.newAccount().status, 201);
        const QString url = h.base + QStringLiteral("/acme/newAuthz");
        AcmeResponse r = c.post(url,
                                QJsonObject {{QStringLiteral("identifier"),
                                              QJsonObject {{QStringLiteral("type"), QStringLiteral("dns")},
                                                           {QStringLiteral("value"), QStringLiteral("pre.example")}}}});
        QCOMPARE(r.status, allowed ? 201 : 404);
        if (allowed) {
            QCOMPARE(EngineHarness::body(r).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        }
    }
}

void TestAcmeEngine::authorizationDeactivation()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const QString authzUrl = EngineHarness::body(c.newOrder({QStringLiteral("a.example")}))
                                 .value(QStringLiteral("authorizations"))
                                 .toArray()
                                 .first()
                                 .toString();
    AcmeResponse r = c.post(authzUrl, QJsonObject {{QStringLiteral("status"), QStringLiteral("deactivated")}});
    QCOMPARE(r.status, 200);
    QCOMPARE(EngineHarness::body(r).value(QStringLiteral("status")).toString(), QStringLiteral("deactivated"));
    QCOMPARE(c.post(authzUrl, QJsonObject {{QStringLiteral("status"), QStringLiteral("deactivated")}}).status, 400);
}

void TestAcmeEngine::retryAfterOnPendingAuthorization()
{
    EngineHarness h;
    h.addAlias(QStringLiteral("main"), [](AliasConfig &a) { a.retryAfterSeconds = 7; });
    h.enable();
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const QString authzUrl = EngineHarness::body(c.newOrder({QStringLiteral("a.example")}))
                                 .value(QStringLiteral("authorizations"))
                                 .toArray()
                                 .first()
                                 .toString();
    QCOMPARE(c.postAsGet(authzUrl).header("Retry-After"), QByteArray("7"));
}

void TestAcmeEngine::interruptedValidationIsResumed_data()
{
    QTest::addColumn<qint64>("staleAfterMs");
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<int>("resumed");
    QTest::newRow("single node restarting: at once") << qint64(0) << qint64(1) << 1;
    QTest::newRow("shared database: a validation still running elsewhere is left alone")
        << qint64(60000) << qint64(59000) << 0;
    QTest::newRow("shared database: older than any live validation") << qint64(60000) << qint64(61000) << 1;
}

void TestAcmeEngine::interruptedValidationIsResumed()
{
    QFETCH(qint64, staleAfterMs);
    QFETCH(qint64, elapsedMs);
    QFETCH(int, resumed);
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    // A node that takes the challenge and dies before its validation reports back.
    h.engine = h.engineWith(nullptr);
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const auto [authzUrl, challUrl] = firstChallenge(c, c.newOrder({QStringLiteral("a.example")}));
    QCOMPARE(EngineHarness::body(c.post(challUrl, QJsonObject {})).value(QStringLiteral("status")).toString(),
             QStringLiteral("processing"));

    // Another node (or the same one restarted) looks for lost validations.
    QList<ChallengeTask> seen;
    h.validator = [&](const ChallengeTask &t) {
        seen << t;
        return ValidationOutcome::success({QStringLiteral("127.0.0.1")});
    };
    h.engine = h.engineWith(h.validation.get());
    h.clock.advanceMs(elapsedMs);
    Result<int> n = h.engine->resumeStaleValidations(staleAfterMs);
    QVERIFY(n.isOk());
    QCOMPARE(*n, resumed);
    QCOMPARE(seen.size(), resumed);
    const QString status = EngineHarness::body(c.postAsGet(challUrl)).value(QStringLiteral("status")).toString();
    QCOMPARE(status, resumed ? QStringLiteral("valid") : QStringLiteral("processing"));
    if (resumed) {
        // The task carries the account URL the client used (CAA accounturi).
        QCOMPARE(seen.first().policy.caaAccountUri, c.accountUrl);
        QCOMPARE(EngineHarness::body(c.postAsGet(authzUrl)).value(QStringLiteral("status")).toString(),
                 QStringLiteral("valid"));
    }
    // Claimed once: a second look finds nothing (valid now, or claimed by the first look).
    Result<int> again = h.engine->resumeStaleValidations(staleAfterMs);
    QVERIFY(again.isOk());
    QCOMPARE(*again, 0);
}

/** The server's scheduler: validations run on a pool, each held at `gate` until the test opens it. */
struct GatedPool
{
    explicit GatedPool(bool valid)
        : pool(
            [this, valid](const ChallengeTask &) {
                gate.acquire();
                return valid
                    ? ValidationOutcome::success({QStringLiteral("127.0.0.1")})
                    : ValidationOutcome::failure(QStringLiteral("unauthorized"), QStringLiteral("wrong token"));
            },
            ValidationScheduler::Mode::Pool, 2)
    {
    }
    QSemaphore gate;
    ValidationScheduler pool;
};

void TestAcmeEngine::challengeAnswerWaitsForItsValidation_data()
{
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("endsFirst"); // the validation ends before the server waits for it
    QTest::newRow("validated while the server waits: valid") << true << false;
    QTest::newRow("validated before the server waits: valid") << true << true;
    QTest::newRow("refused while the server waits: invalid, with the problem") << false << false;
}

void TestAcmeEngine::challengeAnswerWaitsForItsValidation()
{
    QFETCH(bool, valid);
    QFETCH(bool, endsFirst);
    EngineHarness h;
    h.addAlias(QStringLiteral("main"));
    h.enable();
    GatedPool gated(valid);
    QSemaphore &gate = gated.gate;
    ValidationScheduler &pool = gated.pool;
    h.engine = h.engineWith(&pool);
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const auto [authzUrl, challUrl] = firstChallenge(c, c.newOrder({QStringLiteral("a.example")}));

    AcmeResponse waiting = c.post(challUrl, QJsonObject {});
    // As RFC 8555 §7.5.1 has it, should the server not wait: processing, and when to look again.
    QCOMPARE(EngineHarness::body(waiting).value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
    QVERIFY(!waiting.header("Retry-After").isEmpty());
    QVERIFY(waiting.whenSettled);
    QCOMPARE(waiting.settleWithinMs, AcmeEngine::kSettleChallengeMs);

    QMutex mutex;
    std::optional<std::optional<AcmeResponse>> delivered;
    auto wait = [&]() {
        waiting.whenSettled([&](std::optional<AcmeResponse> answer) {
            QMutexLocker lock(&mutex);
            delivered = std::move(answer);
        });
    };
    auto arrived = [&]() {
        QMutexLocker lock(&mutex);
        return delivered.has_value();
    };
    if (endsFirst) {
        gate.release();
        QVERIFY(pool.waitForDone(5000));
        wait(); // answers at once
        QVERIFY(arrived());
    } else {
        wait();
        QVERIFY(!arrived()); // nothing before the validation ends
        gate.release();
        QTRY_VERIFY(arrived());
    }
    QVERIFY(delivered->has_value());
    const AcmeResponse &answer = **delivered;
    const QJsonObject challenge = EngineHarness::body(answer);
    QCOMPARE(answer.status, 200);
    QCOMPARE(challenge.value(QStringLiteral("url")).toString(), challUrl);
    QCOMPARE(challenge.value(QStringLiteral("status")).toString(),
             valid ? QStringLiteral("valid") : QStringLiteral("invalid"));
    QCOMPARE(challenge.contains(QStringLiteral("validated")), valid);
    QCOMPARE(challenge.value(QStringLiteral("error"))[QStringLiteral("type")].toString(),
             valid ? QString() : QStringLiteral("urn:ietf:params:acme:error:unauthorized"));
    // It takes the waiting answer's place: the same nonce and links, and nothing to wait for.
    QCOMPARE(answer.header("Replay-Nonce"), waiting.header("Replay-Nonce"));
    QCOMPARE(answer.headerValues("Link"), waiting.headerValues("Link"));
    QVERIFY(answer.header("Retry-After").isEmpty());
    QCOMPARE(answer.header("Content-Type"), QByteArray("application/json"));
    QCOMPARE(EngineHarness::body(c.postAsGet(authzUrl)).value(QStringLiteral("status")).toString(),
             valid ? QStringLiteral("valid") : QStringLiteral("invalid"));
}

void TestAcmeEngine::challengeAnswerLeavesOnlyOnceItsValidationIsOnDisk()
{
    // The validation's commit joins the server's group flush; until that flush has it on disk, the
    // held answer must not tell the client the outcome. Another request under way holds the flush.
    TestDatabases::TwoProcesses files;
    QVERIFY(files.serverDb);
    files.serverDb->setFlushGatherWindow(std::chrono::minutes(5));
    EngineHarness h(nullptr, nullptr, files.serverDb);
    h.addAlias(QStringLiteral("main"));
    h.enable();
    GatedPool gated(true);
    h.engine = h.engineWith(&gated.pool);
    TestClient c(h);
    QCOMPARE(c.newAccount().status, 201);
    const auto [authzUrl, challUrl] = firstChallenge(c, c.newOrder({QStringLiteral("a.example")}));
    AcmeResponse waiting = c.post(challUrl, QJsonObject {});
    QVERIFY(waiting.whenSettled);

    std::atomic<bool> arrived {false};
    std::optional<AcmeResponse> delivered;
    waiting.whenSettled([&](std::optional<AcmeResponse> answer) {
        delivered = std::move(answer);
        arrived = true;
    });
    OpenScope underWay(*files.serverDb);
    gated.gate.release();
    QVERIFY(gated.pool.waitForDone(5000)); // recorded, and the validation thread moved on
    QVERIFY(!arrived); // but not on disk yet: the flush waits for the request under way
    underWay.release();
    QTRY_VERIFY(arrived.load());
    QVERIFY(delivered.has_value());
    QCOMPARE(EngineHarness::body(*delivered).value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
}

QTEST_GUILESS_MAIN(TestAcmeEngine)
#include "TestAcmeEngine.moc"
