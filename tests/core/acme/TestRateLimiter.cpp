// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #7 rate limits, through the engine: each limit lets its quota through, then answers 429
// rateLimited with a Retry-After that is exactly when the next attempt succeeds.
#include "core/acme/RateLimiter.h"

#include "core/acme/RegisteredDomain.h"
#include "core/crypto/Csr.h"
#include "core/crypto/PrivateKey.h"
#include "core/jose/Base64Url.h"
#include "tests/support/EngineHarness.h"
#include "tests/support/PkiHarness.h"

#include <QFile>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <list>

namespace {

enum class Limit {
    NewAccounts,
    NewOrders,
    Certificates,
    FailedValidations,
    PendingAuthorizations,
};

constexpr qint64 kStepMs = 10 * 60 * 1000; // attempts ten minutes apart

QString problemType(const AcmeResponse &r)
{
    return EngineHarness::body(r).value(QStringLiteral("type")).toString();
}

/** An engine with a real CA on the given backend, one alias "main" and one registered account. */
struct Limited
{
    EngineHarness h;
    PkiHarness pki;
    std::list<TestClient> clients;
    TestClient *main = nullptr;
    int serial = 0;

    Limited(std::shared_ptr<Database> db, const std::function<void(AliasConfig &)> &edit)
        : h(nullptr, nullptr, std::move(db))
        , pki(h.db, *h.config, h.clock)
    {
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
        main = &newClient();
        const int status = main->newAccount().status;
        Q_ASSERT(status == 201);
        Q_UNUSED(status);
    }

    TestClient &newClient()
    {
        clients.emplace_back(h);
        return clients.back();
    }

    /** newOrder, then each challenge answered; the order's response, or the first refusal. */
    AcmeResponse order(TestClient &c, const QStringList &names, bool answerChallenges)
    {
        AcmeResponse created = c.newOrder(names);
        if (created.status != 201 || !answerChallenges) {
            return created;
        }
        const QJsonObject o = EngineHarness::body(created);
        for (const QJsonValue &a : o.value(QStringLiteral("authorizations")).toArray()) {
            const QJsonObject authz = EngineHarness::body(c.postAsGet(a.toString()));
            const QString chall
                = authz.value(QStringLiteral("challenges")).toArray().first()[QStringLiteral("url")].toString();
            c.post(chall, QJsonObject {});
        }
        return created;
    }

    /** A whole issuance; the refusal where one comes (newOrder or finalize), else the finalize answer. */
    AcmeResponse issue(TestClient &c, const QStringList &names)
    {
        AcmeResponse created = order(c, names, true);
        if (created.status != 201) {
            return created;
        }
        return finalize(c, EngineHarness::body(created), names);
    }

    AcmeResponse finalize(TestClient &c, const QJsonObject &order, const QStringList &names)
    {
        const QByteArray csr = Csr::build(*PrivateKey::generate(QStringLiteral("EC:P-256")), {}, names)->toDer();
        return c.post(order.value(QStringLiteral("finalize")).toString(),
                      QJsonObject {{QStringLiteral("csr"), Base64Url::encodeToString(csr)}});
    }

    /** One attempt that the limit counts (`other`: by a subject the limit does not count against). */
    AcmeResponse attempt(Limit limit, bool other)
    {
        const QString n = QString::number(++serial);
        switch (limit) {
        case Limit::NewAccounts:
            h.remoteAddress = other ? QStringLiteral("192.0.2.8") : QStringLiteral("192.0.2.7");
            return newClient().newAccount();
        case Limit::NewOrders:
            return order(other ? otherAccount() : *main, {QStringLiteral("o%1.example.test").arg(n)}, false);
        case Limit::Certificates:
            return issue(
                *main,
                {other ? QStringLiteral("c%1.example.org").arg(n) : QStringLiteral("c%1.shop.example.test").arg(n)});
        case Limit::FailedValidations:
            return order(*main, {other ? QStringLiteral("other.example.test") : QStringLiteral("fail.example.test")},
                         true);
        case Limit::PendingAuthorizations:
            return order(other ? otherAccount() : *main, {QStringLiteral("p%1.example.test").arg(n)}, false);
        }
        return {};
    }

    /** After a long clock jump the nonces clients hold have expired; real clients fetch new ones. */
    void advance(qint64 ms)
    {
        h.clock.advanceMs(ms);
        for (TestClient &c : clients) {
            c.nonce.clear();
        }
    }

    TestClient &otherAccount()
    {
        if (!m_other) {
            m_other = &newClient();
            const int status = m_other->newAccount().status;
            Q_ASSERT(status == 201);
            Q_UNUSED(status);
        }
        return *m_other;
    }

private:
    TestClient *m_other = nullptr;
};

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void eachLimitRefusesWithRetryAfter_data();
    void eachLimitRefusesWithRetryAfter();
    void concurrentRequestsPassExactlyTheLimit_data();
    void concurrentRequestsPassExactlyTheLimit();
    void zeroMeansUnlimited();
    void certificateLimitHoldsAtFinalize();
    void limitsAreAliasFields();
    void ipv6AddressesCountPerSlash64_data();
    void ipv6AddressesCountPerSlash64();
    void registeredDomainFollowsThePublicSuffixList_data();
    void registeredDomainFollowsThePublicSuffixList();
    void registeredDomainUsesTheInstalledList();
};

void TestRateLimiter::eachLimitRefusesWithRetryAfter_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("limitNumber");
    QTest::addColumn<QString>("field");
    QTest::addColumn<qint64>("retryAfter");
    // Two attempts at t0 and t0+10m pass; the third at t0+20m is refused until the first leaves
    // the window (1h windows: 40 minutes; a week for certificates; pending authorizations free
    // when the first expires after the 1h order validity).
    for (const QString &backend : TestDatabases::backends()) {
        const auto row = [&backend](const char *name) -> QTestData & {
            return QTest::addRow("%s on %s", name, qPrintable(backend)) << backend;
        };
        row("new accounts per address") << int(Limit::NewAccounts) << QStringLiteral("rateLimitNewAccountsPerAddress")
                                        << qint64(2400);
        row("new orders per account") << int(Limit::NewOrders) << QStringLiteral("rateLimitNewOrdersPerAccount")
                                      << qint64(2400);
        row("certificates per registered domain")
            << int(Limit::Certificates) << QStringLiteral("rateLimitCertificatesPerDomain") << qint64(7 * 86400 - 1200);
        row("failed validations per account and identifier")
            << int(Limit::FailedValidations) << QStringLiteral("rateLimitFailedValidations") << qint64(2400);
        row("pending authorizations per account")
            << int(Limit::PendingAuthorizations) << QStringLiteral("rateLimitPendingAuthorizations") << qint64(2400);
    }
}

void TestRateLimiter::eachLimitRefusesWithRetryAfter()
{
    QFETCH(QString, backend);
    QFETCH(int, limitNumber);
    const auto limit = Limit(limitNumber);
    QFETCH(QString, field);
    QFETCH(qint64, retryAfter);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY2(db, "no database");
    Limited t(db, [&](AliasConfig &a) {
        QVERIFY(a.setField(field, QStringLiteral("2")).isOk());
        QVERIFY(a.setField(QStringLiteral("rateLimitNewAccountsWindow"), QStringLiteral("1h")).isOk());
        QVERIFY(a.setField(QStringLiteral("rateLimitNewOrdersWindow"), QStringLiteral("1h")).isOk());
    });
    if (limit == Limit::FailedValidations) {
        t.h.validator = [](const ChallengeTask &) {
            return ValidationOutcome::failure(QStringLiteral("urn:ietf:params:acme:error:incorrectResponse"),
                                              QStringLiteral("wrong key authorization"));
        };
    }
    const int passed = limit == Limit::Certificates ? 200 : 201;

    QCOMPARE(t.attempt(limit, false).status, passed);
    t.h.clock.advanceMs(kStepMs);
    QCOMPARE(t.attempt(limit, false).status, passed);
    t.h.clock.advanceMs(kStepMs);

    AcmeResponse refused = t.attempt(limit, false);
    QVERIFY2(refused.status == 429, refused.body.constData());
    QCOMPARE(problemType(refused), QStringLiteral("urn:ietf:params:acme:error:rateLimited"));
    QVERIFY2(EngineHarness::body(refused).value(QStringLiteral("detail")).toString().contains(field),
             refused.body.constData());
    QCOMPARE(refused.header("Retry-After").toLongLong(), retryAfter);
    QVERIFY(!refused.header("Replay-Nonce").isEmpty());

    // Another address, account or identifier is not counted against this one.
    QCOMPARE(t.attempt(limit, true).status, passed);

    // One second early is still refused; at Retry-After a slot is free.
    t.advance((retryAfter - 1) * 1000);
    QCOMPARE(t.attempt(limit, false).status, 429);
    t.advance(1000);
    QCOMPARE(t.attempt(limit, false).status, passed);
}

void TestRateLimiter::concurrentRequestsPassExactlyTheLimit_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<int>("limitNumber");
    QTest::addColumn<QString>("field");
    // SQLite on a file, as the server runs it: the shared-cache in-memory database of the other
    // tests refuses concurrent writers outright instead of letting them wait.
    QStringList backends {QStringLiteral("sqlite file")};
    if (TestDatabases::backends().contains(QStringLiteral("postgresql"))) {
        backends << QStringLiteral("postgresql");
    }
    for (const QString &backend : std::as_const(backends)) {
        const auto row = [&backend](const char *name) -> QTestData & {
            return QTest::addRow("%s on %s", name, qPrintable(backend)) << backend;
        };
        row("new accounts per address") << int(Limit::NewAccounts) << QStringLiteral("rateLimitNewAccountsPerAddress");
        row("new orders per account") << int(Limit::NewOrders) << QStringLiteral("rateLimitNewOrdersPerAccount");
        row("pending authorizations per account")
            << int(Limit::PendingAuthorizations) << QStringLiteral("rateLimitPendingAuthorizations");
        row("certificates per registered domain")
            << int(Limit::Certificates) << QStringLiteral("rateLimitCertificatesPerDomain");
    }
}

void TestRateLimiter::concurrentRequestsPassExactlyTheLimit()
{
    QFETCH(QString, backend);
    QFETCH(int, limitNumber);
    const auto limit = Limit(limitNumber);
    QFETCH(QString, field);
    constexpr int kThreads = 8;
    constexpr int kLimit = 3;

    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    if (backend == QLatin1String("postgresql")) {
        db = TestDatabases::fresh(backend);
    } else {
        QVERIFY(dir.isValid());
        Result<std::shared_ptr<Database>> opened
            = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("limits.db")));
        QVERIFY(opened.isOk());
        QVERIFY((*opened)->migrate().isOk());
        db = *opened;
    }
    QVERIFY2(db, "no database");
    Limited t(db, [&](AliasConfig &a) {
        QVERIFY(a.setField(field, QString::number(kLimit)).isOk());
        QVERIFY(a.setField(QStringLiteral("rateLimitNewAccountsWindow"), QStringLiteral("1h")).isOk());
        QVERIFY(a.setField(QStringLiteral("rateLimitNewOrdersWindow"), QStringLiteral("1h")).isOk());
    });

    // Everything a request needs is prepared first, so the threads only race on the limit.
    std::vector<TestClient> clients;
    clients.reserve(kThreads);
    std::vector<QJsonObject> readyOrders;
    for (int i = 0; i < kThreads; ++i) {
        switch (limit) {
        case Limit::NewAccounts:
            // An address of their own: the main account was counted against 127.0.0.1.
            t.h.remoteAddress = QStringLiteral("192.0.2.7");
            clients.push_back(t.newClient());
            clients.back().fetchDirectory();
            break;
        case Limit::NewOrders:
        case Limit::PendingAuthorizations:
            clients.push_back(*t.main); // one account, a client (and nonce) per thread
            clients.back().nonce.clear();
            break;
        case Limit::Certificates: {
            // One account per order, so that the other limits stay out of the way.
            TestClient &c = t.newClient();
            QCOMPARE(c.newAccount().status, 201);
            const AcmeResponse created = t.order(c, {QStringLiteral("c%1.shop.example.test").arg(i)}, true);
            QCOMPARE(created.status, 201);
            readyOrders.push_back(EngineHarness::body(created));
            clients.push_back(c);
            break;
        }
        case Limit::FailedValidations:
            QFAIL("not a counted request");
        }
    }

    std::atomic<int> passed {0};
    std::atomic<int> limited {0};
    QMutex otherMutex;
    QStringList other;
    std::atomic<bool> go {false};
    std::vector<QThread *> threads;
    for (int i = 0; i < kThreads; ++i) {
        threads.push_back(QThread::create([&, i]() {
            TestClient &c = clients[size_t(i)];
            while (!go.load()) {
                QThread::yieldCurrentThread();
            }
            AcmeResponse r;
            switch (limit) {
            case Limit::NewAccounts:
                r = c.newAccount();
                break;
            case Limit::NewOrders:
            case Limit::PendingAuthorizations:
                r = c.newOrder({QStringLiteral("n%1.example.test").arg(i)});
                break;
            case Limit::Certificates:
                r = t.finalize(c, readyOrders[size_t(i)], {QStringLiteral("c%1.shop.example.test").arg(i)});
                break;
            case Limit::FailedValidations:
                break;
            }
            if (r.status == 201 || r.status == 200) {
                ++passed;
            } else if (r.status == 429 && problemType(r) == QLatin1String("urn:ietf:params:acme:error:rateLimited")) {
                ++limited;
            } else {
                QMutexLocker lock(&otherMutex);
                other << QStringLiteral("%1 %2").arg(r.status).arg(QString::fromUtf8(r.body));
            }
            db->releaseThreadConnection();
        }));
        threads.back()->start();
    }
    go = true;
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(120000));
        delete thread;
    }
    QVERIFY2(other.isEmpty(), qPrintable(other.join(QLatin1Char('\n'))));
    QCOMPARE(passed.load(), kLimit);
    QCOMPARE(limited.load(), kThreads - kLimit);
}

void TestRateLimiter::zeroMeansUnlimited()
{
    Limited t(TestDatabases::memory(), {});
    for (int i = 0; i < 12; ++i) {
        QCOMPARE(t.attempt(Limit::NewAccounts, false).status, 201);
        QCOMPARE(t.attempt(Limit::PendingAuthorizations, false).status, 201);
    }
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(t.attempt(Limit::Certificates, false).status, 200);
    }
}

void TestRateLimiter::certificateLimitHoldsAtFinalize()
{
    Limited t(TestDatabases::memory(), [](AliasConfig &a) { a.rateLimitCertificatesPerDomain = 1; });
    // Both orders get ready before either is finalized: the limit still allows one certificate.
    const QStringList first {QStringLiteral("a.example.test")};
    const QStringList second {QStringLiteral("b.example.test")};
    const AcmeResponse created1 = t.order(*t.main, first, true);
    const AcmeResponse created2 = t.order(*t.main, second, true);
    const QJsonObject o1 = EngineHarness::body(created1);
    const QJsonObject o2 = EngineHarness::body(created2);
    QCOMPARE(t.finalize(*t.main, o1, first).status, 200);
    AcmeResponse refused = t.finalize(*t.main, o2, second);
    QCOMPARE(refused.status, 429);
    QCOMPARE(problemType(refused), QStringLiteral("urn:ietf:params:acme:error:rateLimited"));
    QVERIFY(EngineHarness::body(refused)
                .value(QStringLiteral("detail"))
                .toString()
                .contains(QStringLiteral("example.test")));
    // Refused before anything was written: the order is still ready.
    const QString orderUrl = QString::fromLatin1(created2.header("Location"));
    QCOMPARE(EngineHarness::body(t.main->postAsGet(orderUrl)).value(QStringLiteral("status")).toString(),
             QStringLiteral("ready"));
}

void TestRateLimiter::limitsAreAliasFields()
{
    AliasConfig a = AliasConfig::withDefaults(QStringLiteral("x"));
    for (const char *f :
         {"rateLimitNewAccountsPerAddress", "rateLimitNewOrdersPerAccount", "rateLimitCertificatesPerDomain",
          "rateLimitFailedValidations", "rateLimitPendingAuthorizations"}) {
        QCOMPARE(a.field(QLatin1String(f)), QStringLiteral("0")); // off by default
        QVERIFY(a.setField(QLatin1String(f), QStringLiteral("7")).isOk());
        QVERIFY(!a.setField(QLatin1String(f), QStringLiteral("-1")).isOk());
    }
    QVERIFY(a.setField(QStringLiteral("rateLimitNewOrdersWindow"), QStringLiteral("90m")).isOk());
    Result<AliasConfig> back = AliasConfig::fromJson(a.name, a.toJson());
    QVERIFY(back.isOk());
    QCOMPARE(back->rateLimitPendingAuthorizations, 7);
    QCOMPARE(back->rateLimitNewOrdersWindow.ms(), 90LL * 60 * 1000);
    QVERIFY(back->validate().isOk());
    QVERIFY(a.setField(QStringLiteral("rateLimitNewAccountsWindow"), QStringLiteral("31d")).isOk());
    QVERIFY(!a.validate().isOk()); // longer than the events are kept
}

void TestRateLimiter::ipv6AddressesCountPerSlash64_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("key");
    QTest::newRow("IPv4 as is") << QStringLiteral("192.0.2.7") << QStringLiteral("192.0.2.7");
    QTest::newRow("IPv4-mapped IPv6") << QStringLiteral("::ffff:192.0.2.7") << QStringLiteral("192.0.2.7");
    QTest::newRow("IPv6 host in its /64")
        << QStringLiteral("2001:db8:1:2:aaaa:bbbb:cccc:dddd") << QStringLiteral("2001:db8:1:2::/64");
    QTest::newRow("another host, same /64") << QStringLiteral("2001:db8:1:2::1") << QStringLiteral("2001:db8:1:2::/64");
}

void TestRateLimiter::ipv6AddressesCountPerSlash64()
{
    QFETCH(QString, address);
    QFETCH(QString, key);
    QCOMPARE(RateLimiter::addressKey(address), key);
}

void TestRateLimiter::registeredDomainFollowsThePublicSuffixList_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("registered");
    QTest::newRow("one-label suffix") << QStringLiteral("www.example.com") << QStringLiteral("example.com");
    QTest::newRow("two-label suffix") << QStringLiteral("a.b.example.co.uk") << QStringLiteral("example.co.uk");
    QTest::newRow("wildcard rule") << QStringLiteral("a.shop.other.kawasaki.jp")
                                   << QStringLiteral("shop.other.kawasaki.jp");
    QTest::newRow("exception rule") << QStringLiteral("www.city.kawasaki.jp") << QStringLiteral("city.kawasaki.jp");
    QTest::newRow("unlisted suffix: last label")
        << QStringLiteral("a.b.example.test") << QStringLiteral("example.test");
    QTest::newRow("a public suffix itself") << QStringLiteral("co.uk") << QStringLiteral("co.uk");
    QTest::newRow("private section") << QStringLiteral("me.github.io") << QStringLiteral("me.github.io");
}

void TestRateLimiter::registeredDomainFollowsThePublicSuffixList()
{
    QFETCH(QString, host);
    QFETCH(QString, registered);
    const QString list = QStringLiteral("// comment\ncom\nuk\nco.uk\njp\n*.kawasaki.jp\n!city.kawasaki.jp\n\n"
                                        "// ===BEGIN PRIVATE DOMAINS===\ngithub.io\n");
    QCOMPARE(RegisteredDomain::of(host, list), registered);
    // Without a list: the last two labels.
    QCOMPARE(RegisteredDomain::of(QStringLiteral("a.b.example.co.uk"), QString()), QStringLiteral("co.uk"));
}

void TestRateLimiter::registeredDomainUsesTheInstalledList()
{
    if (!QFile::exists(RegisteredDomain::defaultListPath())) {
        QSKIP("the publicsuffix package is not installed");
    }
    QCOMPARE(RegisteredDomain::of(QStringLiteral("www.example.co.uk")), QStringLiteral("example.co.uk"));
    QCOMPARE(RegisteredDomain::of(QStringLiteral("x.y.example.com")), QStringLiteral("example.com"));
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "TestRateLimiter.moc"
