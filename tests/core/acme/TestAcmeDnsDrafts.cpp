// SPDX-License-Identifier: GPL-3.0-or-later
// dns-account-01 and dns-persist-01 through the engine (issue #8): the per-alias switches, the
// directory and challenge objects, and whole flows with the real validators against the Knot
// fixture's DNSSEC-signed zone, raw protocol as TestAcmeIssuance drives it.
#include "core/acme/AcmeEngine.h"

#include "core/crypto/Csr.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Certificate.h"
#include "core/jose/Base64Url.h"
#include "core/storage/AccountRepository.h"
#include "core/validation/ChallengeValidator.h"
#include "core/validation/DnsAccount01Validator.h"
#include "core/validation/DnsPersist01Validator.h"
#include "core/validation/KeyAuthorizationDigest.h"
#include "tests/support/EngineHarness.h"
#include "tests/support/PkiHarness.h"
#include "tests/support/dns/KnotFixture.h"

#include <QHostAddress>
#include <QTest>

#include <memory>
#include <tuple>

namespace {

const QString kIssuer = QStringLiteral("ca.anvil.test");

/** An engine with a real CA and the real validators; the alias asks the Knot fixture. */
struct DraftFlow
{
    EngineHarness h;
    PkiHarness pki;
    TestClient c;

    explicit DraftFlow(const std::function<void(AliasConfig &)> &edit, const KnotFixture *dns = nullptr,
                       std::shared_ptr<Database> database = nullptr)
        : h(nullptr, nullptr, std::move(database))
        , pki(h.db, *h.config, h.clock)
        , c(h)
    {
        h.engine = h.engineWith(h.validation.get(), pki.facade.get());
        h.validator = [](const ChallengeTask &t) { return ChallengeValidator().validate(t); };
        h.addAlias(QStringLiteral("main"), [&](AliasConfig &a) {
            a.wildcardAllowed = true;
            if (dns) {
                a.dnsResolver = QStringLiteral("127.0.0.1");
                a.dnsPort = dns->port();
                a.dnssecTrustAnchor = dns->trustAnchor();
                a.requireDnssec = true;
            }
            if (edit) {
                edit(a);
            }
        });
        h.enable();
    }

    /** newOrder for one identifier ("*." = wildcard, an address = ip); the order and its first authorization. */
    bool order(const QString &value, QJsonObject *order, QJsonObject *authz, QString *orderUrl = nullptr)
    {
        if (c.accountUrl.isEmpty() && c.newAccount().status != 201) {
            return false;
        }
        const bool ip = !QHostAddress(value).isNull();
        const QJsonArray ids {QJsonObject {{QStringLiteral("type"), ip ? QStringLiteral("ip") : QStringLiteral("dns")},
                                           {QStringLiteral("value"), value}}};
        AcmeResponse created = c.post(c.url("newOrder"), QJsonObject {{QStringLiteral("identifiers"), ids}});
        if (created.status != 201) {
            qWarning() << created.body;
            return false;
        }
        if (orderUrl) {
            *orderUrl = QString::fromLatin1(created.header("Location"));
        }
        *order = EngineHarness::body(created);
        *authz = EngineHarness::body(
            c.postAsGet(order->value(QStringLiteral("authorizations")).toArray().first().toString()));
        return true;
    }

    static QJsonObject challengeOf(const QJsonObject &authz, const QString &type)
    {
        for (const QJsonValue &v : authz.value(QStringLiteral("challenges")).toArray()) {
            if (v[QStringLiteral("type")].toString() == type) {
                return v.toObject();
            }
        }
        return {};
    }

    static QStringList typesOf(const QJsonObject &authz)
    {
        QStringList types;
        for (const QJsonValue &v : authz.value(QStringLiteral("challenges")).toArray()) {
            types << v[QStringLiteral("type")].toString();
        }
        return types;
    }

    /** The record a client publishes for `type` and the challenge, as the drafts say: name and value. */
    QPair<QString, QString> record(const QString &type, const QString &domain, const QJsonObject &challenge,
                                   const QString &parameters = {}, const QString &thumbprint = {})
    {
        if (type == QLatin1String("dns-account-01")) {
            return {DnsAccount01Validator::challengeName(domain, c.accountUrl),
                    KeyAuthorizationDigest::dnsTxtValue(
                        c.keyAuthorization(challenge.value(QStringLiteral("token")).toString()))};
        }
        if (c.directory.isEmpty()) {
            c.fetchDirectory();
        }
        const QString prefix
            = c.directory.value(QStringLiteral("meta"))[QStringLiteral("accountHashPrefix")].toString();
        const QString issuer = challenge.value(QStringLiteral("issuerDomainNames")).toArray().first().toString();
        return {
            DnsPersist01Validator::validationName(domain),
            issuer + QStringLiteral("; accounturi=")
                + DnsPersist01Validator::hashedAccountUri(
                    prefix, domain, thumbprint.isEmpty() ? c.key.publicJwk().thumbprint() : thumbprint, c.accountUrl)
                + parameters};
    }

    QByteArray finalizeAndDownload(const QString &orderUrl, const QStringList &names)
    {
        const QString finalizeUrl
            = EngineHarness::body(c.postAsGet(orderUrl)).value(QStringLiteral("finalize")).toString();
        const QByteArray csr = Csr::build(*PrivateKey::generate(QStringLiteral("EC:P-256")), {}, names)->toDer();
        const QJsonObject done = EngineHarness::body(
            c.post(finalizeUrl, QJsonObject {{QStringLiteral("csr"), Base64Url::encodeToString(csr)}}));
        const QString certUrl = done.value(QStringLiteral("certificate")).toString();
        if (certUrl.isEmpty()) {
            return {};
        }
        Result<QList<X509Certificate>> chain = X509Certificate::listFromData(c.postAsGet(certUrl).body);
        return chain ? chain->first().toDer() : QByteArray();
    }
};

} // namespace

class TestAcmeDnsDrafts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void offeredChallengeTypes_data();
    void offeredChallengeTypes();
    void persistNeedsIssuerDomainNames_data();
    void persistNeedsIssuerDomainNames();
    void directoryAdvertisesPersistMeta_data();
    void directoryAdvertisesPersistMeta();
    void challengeObjects();
    void orderToCertificate_data();
    void orderToCertificate();
    void failuresOnTheWire_data();
    void failuresOnTheWire();
    void persistUntilBoundsTheAuthorization();
    void keyHistoryKeepsEarlierKeysNewestFirst_data();
    void keyHistoryKeepsEarlierKeysNewestFirst();
    void recordFromBeforeAKeyChangeStillValidates_data();
    void recordFromBeforeAKeyChangeStillValidates();

private:
    std::unique_ptr<KnotFixture> m_dns;
};

void TestAcmeDnsDrafts::initTestCase()
{
    ANVIL_START_KNOT(m_dns, false); // without Knot, the flows skip; the rest needs no DNS
}

void TestAcmeDnsDrafts::cleanupTestCase()
{
    m_dns.reset();
}

void TestAcmeDnsDrafts::offeredChallengeTypes_data()
{
    QTest::addColumn<bool>("account");
    QTest::addColumn<bool>("persist");
    QTest::addColumn<QString>("dnsChallengeTypes");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QStringList>("types");

    const QString any = QStringLiteral("any");
    const QString www = QStringLiteral("www.example.test");
    const QString http = QStringLiteral("http-01");
    const QString dns = QStringLiteral("dns-01");
    const QString alpn = QStringLiteral("tls-alpn-01");
    const QString acct = QStringLiteral("dns-account-01");
    const QString persist = QStringLiteral("dns-persist-01");
    QTest::newRow("both switches off (the default): neither is offered")
        << false << false << any << www << QStringList {http, dns, alpn};
    QTest::newRow("dns-account-01 switched on") << true << false << any << www << QStringList {http, dns, alpn, acct};
    QTest::newRow("dns-persist-01 switched on")
        << false << true << any << www << QStringList {http, dns, alpn, persist};
    QTest::newRow("both on, beside a single classic type")
        << true << true << QStringLiteral("http-01") << www << QStringList {http, acct, persist};
    QTest::newRow("both prove wildcards")
        << true << true << any << QStringLiteral("*.example.test") << QStringList {http, dns, acct, persist};
    QTest::newRow("neither for an IP identifier")
        << true << true << any << QStringLiteral("192.0.2.7") << QStringList {http, alpn};
}

void TestAcmeDnsDrafts::offeredChallengeTypes()
{
    QFETCH(bool, account);
    QFETCH(bool, persist);
    QFETCH(QString, dnsChallengeTypes);
    QFETCH(QString, identifier);
    QFETCH(QStringList, types);

    DraftFlow t([&](AliasConfig &a) {
        a.dnsAccount01Enabled = account;
        a.dnsPersist01Enabled = persist;
        a.caaIdentities = {kIssuer};
        a.caaCheck = false;
        QVERIFY(a.setField(QStringLiteral("dnsChallengeTypes"), dnsChallengeTypes).isOk());
    });
    QJsonObject order;
    QJsonObject authz;
    QVERIFY(t.order(identifier, &order, &authz));
    QStringList offered = DraftFlow::typesOf(authz);
    offered.sort(); // challenges are listed in no particular order
    types.sort();
    QCOMPARE(offered, types);
}

void TestAcmeDnsDrafts::persistNeedsIssuerDomainNames_data()
{
    QTest::addColumn<QStringList>("caaIdentities");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("no CAA identities: refused") << QStringList() << false;
    QTest::newRow("one is enough") << QStringList {kIssuer} << true;
    QStringList eleven;
    for (int i = 0; i < 11; ++i) {
        eleven << QStringLiteral("ca%1.anvil.test").arg(i);
    }
    QTest::newRow("eleven are more than the draft allows") << eleven << false;
    QTest::newRow("ten are the most") << eleven.mid(1) << true;
}

void TestAcmeDnsDrafts::persistNeedsIssuerDomainNames()
{
    QFETCH(QStringList, caaIdentities);
    QFETCH(bool, accepted);

    AliasConfig a = AliasConfig::withDefaults(QStringLiteral("main"));
    a.caaIdentities = caaIdentities;
    QVERIFY(a.validate().isOk()); // the switch is off
    a.dnsPersist01Enabled = true;
    const VoidResult checked = a.validate();
    QCOMPARE(checked.isOk(), accepted);
    if (!accepted) {
        QVERIFY2(
            checked.error().detail().startsWith(QLatin1String("dnsPersist01Enabled: dns-persist-01 needs 1 to 10")),
            qPrintable(checked.error().detail()));
    }
    // The command line's text forms round-trip.
    QVERIFY(a.setField(QStringLiteral("dnsAccount01Enabled"), QStringLiteral("on")).isOk());
    QCOMPARE(a.field(QStringLiteral("dnsAccount01Enabled")), QStringLiteral("true"));
    QCOMPARE(a.field(QStringLiteral("dnsPersist01Enabled")), QStringLiteral("true"));
    Result<AliasConfig> back = AliasConfig::fromJson(a.name, a.toJson());
    QVERIFY(back.isOk());
    QVERIFY(back->dnsAccount01Enabled && back->dnsPersist01Enabled);
    QVERIFY(!AliasConfig::withDefaults(QStringLiteral("x")).dnsAccount01Enabled);
    QVERIFY(!AliasConfig::withDefaults(QStringLiteral("x")).dnsPersist01Enabled);
}

void TestAcmeDnsDrafts::directoryAdvertisesPersistMeta_data()
{
    QTest::addColumn<bool>("persist");
    QTest::addColumn<QString>("directoryPath");
    QTest::addColumn<QString>("prefix"); // empty = no dns-persist-01 meta

    QTest::newRow("switched off: nothing") << false << QStringLiteral("/acme/directory") << QString();
    QTest::newRow("the default alias") << true << QStringLiteral("/acme/directory")
                                       << QStringLiteral("https://ca.test:8442/acme/account-hash/");
    QTest::newRow("the path form of the alias") << true << QStringLiteral("/acme/main/directory")
                                                << QStringLiteral("https://ca.test:8442/acme/main/account-hash/");
    QTest::newRow("the query form names the path form")
        << true << QStringLiteral("/acme/directory?configurationId=main")
        << QStringLiteral("https://ca.test:8442/acme/main/account-hash/");
}

void TestAcmeDnsDrafts::directoryAdvertisesPersistMeta()
{
    QFETCH(bool, persist);
    QFETCH(QString, directoryPath);
    QFETCH(QString, prefix);

    DraftFlow t([&](AliasConfig &a) {
        a.dnsPersist01Enabled = persist;
        a.caaIdentities = {QStringLiteral("CA.Anvil.Test."), QStringLiteral("ca2.anvil.test")};
    });
    AcmeResponse r = t.h.request("GET", t.h.base + directoryPath);
    QCOMPARE(r.status, 200);
    const QJsonObject meta = EngineHarness::body(r).value(QStringLiteral("meta")).toObject();
    QCOMPARE(meta.value(QStringLiteral("accountHashPrefix")).toString(), prefix);
    if (persist) {
        // draft-ietf-acme-dns-persist-02 §3.2: lower-case A-labels without trailing dot.
        QCOMPARE(meta.value(QStringLiteral("issuerDomainNames")).toArray(),
                 (QJsonArray {QStringLiteral("ca.anvil.test"), QStringLiteral("ca2.anvil.test")}));
    } else {
        QVERIFY(!meta.contains(QStringLiteral("issuerDomainNames")));
    }
}

void TestAcmeDnsDrafts::challengeObjects()
{
    DraftFlow t([](AliasConfig &a) {
        a.dnsAccount01Enabled = true;
        a.dnsPersist01Enabled = true;
        a.caaIdentities = {kIssuer};
        a.caaCheck = false;
    });
    QJsonObject order;
    QJsonObject authz;
    QVERIFY(t.order(QStringLiteral("www.example.test"), &order, &authz));
    const QJsonObject persist = DraftFlow::challengeOf(authz, QStringLiteral("dns-persist-01"));
    QCOMPARE(persist.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(persist.value(QStringLiteral("issuerDomainNames")).toArray(), QJsonArray {kIssuer});
    QVERIFY2(!persist.contains(QStringLiteral("token")), "draft-ietf-acme-dns-persist-02 §3.1 has no token");
    const QJsonObject account = DraftFlow::challengeOf(authz, QStringLiteral("dns-account-01"));
    QCOMPARE(account.value(QStringLiteral("token")).toString().size(), 43);
    QVERIFY(!account.contains(QStringLiteral("issuerDomainNames")));
}

void TestAcmeDnsDrafts::orderToCertificate_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("parameters");

    QTest::newRow("dns-account-01") << QStringLiteral("dns-account-01") << QStringLiteral("acct-flow.anvil.test")
                                    << QString();
    QTest::newRow("dns-account-01 for a wildcard")
        << QStringLiteral("dns-account-01") << QStringLiteral("*.acct-wild-flow.anvil.test") << QString();
    QTest::newRow("dns-persist-01") << QStringLiteral("dns-persist-01") << QStringLiteral("persist-flow.anvil.test")
                                    << QString();
    QTest::newRow("dns-persist-01 for a wildcard with policy=wildcard")
        << QStringLiteral("dns-persist-01") << QStringLiteral("*.persist-wild-flow.anvil.test")
        << QStringLiteral("; policy=wildcard");
}

void TestAcmeDnsDrafts::orderToCertificate()
{
    QFETCH(QString, type);
    QFETCH(QString, identifier);
    QFETCH(QString, parameters);
    if (!m_dns) {
        QSKIP("knotd is not installed (apt-get install knot knot-dnsutils)");
    }

    DraftFlow t(
        [](AliasConfig &a) {
            a.dnsAccount01Enabled = true;
            a.dnsPersist01Enabled = true;
            a.caaIdentities = {kIssuer}; // CAA is checked for real too: the zone has none here
        },
        m_dns.get());
    QJsonObject order;
    QJsonObject authz;
    QString orderUrl;
    QVERIFY(t.order(identifier, &order, &authz, &orderUrl));
    const QString domain = authz.value(QStringLiteral("identifier"))[QStringLiteral("value")].toString();
    const QJsonObject challenge = DraftFlow::challengeOf(authz, type);
    QVERIFY(!challenge.isEmpty());
    const auto [name, value] = t.record(type, domain, challenge, parameters);
    const VoidResult set = m_dns->setTxt(name, value);
    QVERIFY2(set, qPrintable(set.isOk() ? QString() : set.error().detail()));

    AcmeResponse answered = t.c.post(challenge.value(QStringLiteral("url")).toString(), QJsonObject {});
    QCOMPARE(answered.status, 200);
    const QJsonObject done = EngineHarness::body(answered);
    QVERIFY2(done.value(QStringLiteral("status")).toString() == QLatin1String("valid"),
             QJsonDocument(done).toJson().constData());
    const QJsonObject validAuthz = EngineHarness::body(
        t.c.postAsGet(order.value(QStringLiteral("authorizations")).toArray().first().toString()));
    QCOMPARE(validAuthz.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QCOMPARE(DraftFlow::typesOf(validAuthz), QStringList {type});
    QCOMPARE(EngineHarness::body(t.c.postAsGet(orderUrl)).value(QStringLiteral("status")).toString(),
             QStringLiteral("ready"));

    const QByteArray der = t.finalizeAndDownload(orderUrl, {identifier});
    QVERIFY(!der.isEmpty());
    QCOMPARE(X509Certificate::fromDer(der)->dnsNames(), QStringList {identifier});
}

void TestAcmeDnsDrafts::failuresOnTheWire_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("record"); // "{RIGHT}" = the right record; "{DNS-01}" = the digest at the dns-01 name
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("detail");

    QTest::newRow("dns-account-01: the digest at the dns-01 name is unauthorized")
        << QStringLiteral("dns-account-01") << QStringLiteral("acct-fail.anvil.test") << QStringLiteral("{DNS-01}")
        << QStringLiteral("unauthorized") << QStringLiteral("No TXT record found at _");
    QTest::newRow("dns-persist-01: another account's record is unauthorized")
        << QStringLiteral("dns-persist-01") << QStringLiteral("persist-other.anvil.test")
        << QStringLiteral("ca.anvil.test; accounturi=https://ca.test:8442/acme/account-hash/sha-256/"
                          "5SQm7n6tPh2-PlLbCKGnViTXX5z19SCN4cPGQHSk-kw")
        << QStringLiteral("unauthorized") << QStringLiteral("does not identify this account");
    QTest::newRow("dns-persist-01: a record without accounturi is malformed")
        << QStringLiteral("dns-persist-01") << QStringLiteral("persist-noacct.anvil.test")
        << QStringLiteral("ca.anvil.test; policy=wildcard") << QStringLiteral("malformed")
        << QStringLiteral("has no accounturi parameter");
    QTest::newRow("dns-persist-01: a wildcard without policy=wildcard is unauthorized")
        << QStringLiteral("dns-persist-01") << QStringLiteral("*.persist-nowild.anvil.test")
        << QStringLiteral("{RIGHT}") << QStringLiteral("unauthorized") << QStringLiteral("has no policy=wildcard");
}

void TestAcmeDnsDrafts::failuresOnTheWire()
{
    QFETCH(QString, type);
    QFETCH(QString, identifier);
    QFETCH(QString, record);
    QFETCH(QString, problem);
    QFETCH(QString, detail);
    if (!m_dns) {
        QSKIP("knotd is not installed (apt-get install knot knot-dnsutils)");
    }

    DraftFlow t(
        [](AliasConfig &a) {
            a.dnsAccount01Enabled = true;
            a.dnsPersist01Enabled = true;
            a.caaIdentities = {kIssuer};
        },
        m_dns.get());
    QJsonObject order;
    QJsonObject authz;
    QString orderUrl;
    QVERIFY(t.order(identifier, &order, &authz, &orderUrl));
    const QString domain = authz.value(QStringLiteral("identifier"))[QStringLiteral("value")].toString();
    const QJsonObject challenge = DraftFlow::challengeOf(authz, type);
    auto [name, value] = t.record(type, domain, challenge);
    if (record == QLatin1String("{DNS-01}")) {
        name = QStringLiteral("_acme-challenge.") + domain;
    } else if (record != QLatin1String("{RIGHT}")) {
        value = record;
    }
    const VoidResult set = m_dns->setTxt(name, value);
    QVERIFY2(set, qPrintable(set.isOk() ? QString() : set.error().detail()));

    AcmeResponse answered = t.c.post(challenge.value(QStringLiteral("url")).toString(), QJsonObject {});
    QCOMPARE(answered.status, 200);
    const QJsonObject failed = EngineHarness::body(answered);
    QCOMPARE(failed.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    const QJsonObject error = failed.value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("type")).toString(), QStringLiteral("urn:ietf:params:acme:error:") + problem);
    QCOMPARE(error.value(QStringLiteral("status")).toInt(), 400);
    QVERIFY2(error.value(QStringLiteral("detail")).toString().contains(detail),
             qPrintable(error.value(QStringLiteral("detail")).toString()));
    // RFC 8555 §7.1.6: the authorization and the order are invalid with it.
    QCOMPARE(
        EngineHarness::body(t.c.postAsGet(order.value(QStringLiteral("authorizations")).toArray().first().toString()))
            .value(QStringLiteral("status"))
            .toString(),
        QStringLiteral("invalid"));
    QCOMPARE(EngineHarness::body(t.c.postAsGet(orderUrl)).value(QStringLiteral("status")).toString(),
             QStringLiteral("invalid"));
}

void TestAcmeDnsDrafts::persistUntilBoundsTheAuthorization()
{
    if (!m_dns) {
        QSKIP("knotd is not installed (apt-get install knot knot-dnsutils)");
    }
    DraftFlow t(
        [](AliasConfig &a) {
            a.dnsPersist01Enabled = true;
            a.caaIdentities = {kIssuer};
        },
        m_dns.get());
    const qint64 until = t.h.clock.nowMs() / 1000 + 3600; // an hour, well inside the 30d authorization validity

    // Expired by the engine's clock: refused.
    QJsonObject order;
    QJsonObject authz;
    QVERIFY(t.order(QStringLiteral("persist-expired.anvil.test"), &order, &authz));
    QJsonObject challenge = DraftFlow::challengeOf(authz, QStringLiteral("dns-persist-01"));
    auto [name, value] = t.record(QStringLiteral("dns-persist-01"), QStringLiteral("persist-expired.anvil.test"),
                                  challenge, QStringLiteral("; persistUntil=%1").arg(t.h.clock.nowMs() / 1000 - 60));
    QVERIFY(m_dns->setTxt(name, value).isOk());
    QJsonObject failed
        = EngineHarness::body(t.c.post(challenge.value(QStringLiteral("url")).toString(), QJsonObject {}));
    QCOMPARE(failed.value(QStringLiteral("error"))[QStringLiteral("type")].toString(),
             QStringLiteral("urn:ietf:params:acme:error:unauthorized"));
    QVERIFY(failed.value(QStringLiteral("error"))[QStringLiteral("detail")].toString().contains(
        QLatin1String("expired at")));

    // Still in force: valid, and the authorization expires with the record, not 30 days later.
    QVERIFY(t.order(QStringLiteral("persist-until.anvil.test"), &order, &authz));
    challenge = DraftFlow::challengeOf(authz, QStringLiteral("dns-persist-01"));
    std::tie(name, value) = t.record(QStringLiteral("dns-persist-01"), QStringLiteral("persist-until.anvil.test"),
                                     challenge, QStringLiteral("; persistUntil=%1").arg(until));
    QVERIFY(m_dns->setTxt(name, value).isOk());
    QCOMPARE(EngineHarness::body(t.c.post(challenge.value(QStringLiteral("url")).toString(), QJsonObject {}))
                 .value(QStringLiteral("status"))
                 .toString(),
             QStringLiteral("valid"));
    const QJsonObject valid = EngineHarness::body(
        t.c.postAsGet(order.value(QStringLiteral("authorizations")).toArray().first().toString()));
    QCOMPARE(valid.value(QStringLiteral("expires")).toString(),
             QDateTime::fromSecsSinceEpoch(until, Qt::UTC).toString(Qt::ISODate));
}

namespace {

void addBackends()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

} // namespace

void TestAcmeDnsDrafts::keyHistoryKeepsEarlierKeysNewestFirst_data()
{
    addBackends();
}

void TestAcmeDnsDrafts::keyHistoryKeepsEarlierKeysNewestFirst()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    AccountRepository accounts(db);
    AccountRow row;
    row.id = QStringLiteral("acct1");
    row.alias = QStringLiteral("main");
    row.keyThumbprint = QStringLiteral("key-0");
    row.jwk = QStringLiteral("{}");
    row.status = QStringLiteral("valid");
    row.contact = QStringLiteral("[]");
    row.createdAt = row.updatedAt = 1000;
    QVERIFY(accounts.insert(row).isOk());
    QCOMPARE(*accounts.previousKeyThumbprints(row.id), QStringList());

    auto roll = [&](const QString &to, qint64 at) {
        return db->transaction([&]() { return accounts.updateKey(row.id, to, QStringLiteral("{}"), at); });
    };
    QVERIFY(roll(QStringLiteral("key-1"), 2000).isOk());
    QVERIFY(roll(QStringLiteral("key-2"), 3000).isOk());
    QCOMPARE(*accounts.previousKeyThumbprints(row.id),
             (QStringList {QStringLiteral("key-1"), QStringLiteral("key-0")}));
    // Back to the first key and away again: each key once, by its latest retirement.
    QVERIFY(roll(QStringLiteral("key-0"), 4000).isOk());
    QVERIFY(roll(QStringLiteral("key-3"), 5000).isOk());
    QCOMPARE(*accounts.previousKeyThumbprints(row.id),
             (QStringList {QStringLiteral("key-0"), QStringLiteral("key-2"), QStringLiteral("key-1")}));
    // A key change of an unknown account fails and keeps nothing.
    QVERIFY(!accounts.updateKey(QStringLiteral("nobody"), QStringLiteral("key-9"), QStringLiteral("{}"), 6000));
    QCOMPARE(accounts.previousKeyThumbprints(QStringLiteral("nobody"))->size(), 0);
}

void TestAcmeDnsDrafts::recordFromBeforeAKeyChangeStillValidates_data()
{
    addBackends();
}

void TestAcmeDnsDrafts::recordFromBeforeAKeyChangeStillValidates()
{
    QFETCH(QString, backend);
    if (!m_dns) {
        QSKIP("knotd is not installed (apt-get install knot knot-dnsutils)");
    }
    DraftFlow t(
        [](AliasConfig &a) {
            a.dnsPersist01Enabled = true;
            a.caaIdentities = {kIssuer};
        },
        m_dns.get(), TestDatabases::fresh(backend));
    QCOMPARE(t.c.newAccount().status, 201);
    const QString firstThumbprint = t.c.key.publicJwk().thumbprint();

    // RFC 8555 §7.3.5 key change; the record below is still the one made with the first key.
    const AccountKey newKey = *AccountKey::generate(QStringLiteral("EC:P-256"));
    const QJsonObject inner
        = *JwsSigner::keyChangeInner(newKey, t.c.accountUrl, t.c.key.publicJwk(), t.c.url("keyChange"));
    QCOMPARE(t.c.post(t.c.url("keyChange"), inner).status, 200);
    t.c.key = newKey;

    QJsonObject order;
    QJsonObject authz;
    QVERIFY(t.order(QStringLiteral("persist-rekeyed.anvil.test"), &order, &authz));
    const QJsonObject challenge = DraftFlow::challengeOf(authz, QStringLiteral("dns-persist-01"));
    const auto [name, value] = t.record(QStringLiteral("dns-persist-01"), QStringLiteral("persist-rekeyed.anvil.test"),
                                        challenge, QString(), firstThumbprint);
    QVERIFY(m_dns->setTxt(name, value).isOk());
    const QJsonObject done
        = EngineHarness::body(t.c.post(challenge.value(QStringLiteral("url")).toString(), QJsonObject {}));
    QVERIFY2(done.value(QStringLiteral("status")).toString() == QLatin1String("valid"),
             QJsonDocument(done).toJson().constData());
}

QTEST_GUILESS_MAIN(TestAcmeDnsDrafts)
#include "TestAcmeDnsDrafts.moc"
