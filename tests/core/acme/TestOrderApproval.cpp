// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #8: orders held at finalize for an admin's approval, with a real CA and the real
// approval service, on SQLite and (when configured) PostgreSQL.
#include "core/acme/AcmeEngine.h"

#include "core/acme/GovernancePolicy.h"
#include "core/approvals/ApprovalService.h"
#include "core/crypto/Csr.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Certificate.h"
#include "core/jose/Base64Url.h"
#include "tests/support/EngineHarness.h"
#include "tests/support/PkiHarness.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

const char *const kUnauthorized = "urn:ietf:params:acme:error:unauthorized";
const char *const kOrderNotReady = "urn:ietf:params:acme:error:orderNotReady";
const char *const kBadCsr = "urn:ietf:params:acme:error:badCSR";

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

/** An engine with a real CA and GovernancePolicy over the real approval service; one client. */
struct Held
{
    EngineHarness h;
    PkiHarness pki;
    MasterKey master = MasterKey::generate();
    GovernancePolicy policy;
    ApprovalService approvals;
    TestClient c;
    QString orderUrl;
    QString finalizeUrl;

    explicit Held(std::shared_ptr<Database> db, const std::function<void(AliasConfig &)> &edit)
        : h(nullptr, nullptr, std::move(db))
        , pki(h.db, *h.config, h.clock)
        , policy(h.db, master, *pki.cas, *pki.issuance, h.clock)
        , approvals(h.db, h.clock)
        , c(h)
    {
        h.engine = h.engineWith(h.validation.get(), pki.facade.get(), &policy);
        h.addAlias(QStringLiteral("main"), edit);
        h.enable();
    }

    /** A new order for `names` (IP addresses go as dns identifiers, as lego 4.9 sends them), made ready. */
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
        return status(c.postAsGet(orderUrl)) == QLatin1String("ready");
    }

    AcmeResponse finalize(const QStringList &names)
    {
        const QByteArray csr = Csr::build(*PrivateKey::generate(QStringLiteral("EC:P-256")), {}, names)->toDer();
        return c.post(finalizeUrl, QJsonObject {{QStringLiteral("csr"), Base64Url::encodeToString(csr)}});
    }

    QString orderId() const { return orderUrl.section(QLatin1Char('/'), -1); }

    /** The stored order's approval request id (empty when it was not held). */
    QString approvalId()
    {
        Result<QSqlQuery> q = h.db->exec(QStringLiteral("SELECT approval_id FROM orders WHERE id = :id"),
                                         {{QStringLiteral("id"), orderId()}});
        return TestDatabases::firstValue(q).toString();
    }

    int certificatesOfOrder()
    {
        Result<QSqlQuery> q = h.db->exec(QStringLiteral("SELECT count(*) FROM certificates WHERE order_id = :id"),
                                         {{QStringLiteral("id"), orderId()}});
        return TestDatabases::firstValue(q, -1).toInt();
    }

    bool audited(const QString &action, const QString &object)
    {
        Result<QSqlQuery> q
            = h.db->exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = :a AND object = :o"),
                         {{QStringLiteral("a"), action}, {QStringLiteral("o"), object}});
        return q && q->next() && q->value(0).toInt() > 0;
    }

    /** Takes a held order for `names` to 'processing' with a pending approval; its id. */
    QString hold(const QStringList &names)
    {
        if (!readyOrder(names)) {
            return {};
        }
        AcmeResponse r = finalize(names);
        if (r.status != 200 || status(r) != QLatin1String("processing")) {
            qWarning() << "finalize" << r.status << r.body;
            return {};
        }
        return approvalId();
    }

    static QString status(const AcmeResponse &r)
    {
        return EngineHarness::body(r).value(QStringLiteral("status")).toString();
    }
};

QString problemType(const QJsonObject &o)
{
    return o.value(QStringLiteral("type")).toString();
}

} // namespace

class TestOrderApproval : public QObject
{
    Q_OBJECT

private slots:
    void heldOnlyWhenAnIdentifierMatches_data();
    void heldOnlyWhenAnIdentifierMatches();
    void pollWhileHeldAnswersProcessing_data();
    void pollWhileHeldAnswersProcessing();
    void approvalIssuesExactlyOnce_data() { addBackendRows(); }
    void approvalIssuesExactlyOnce();
    void rejectionMakesTheOrderInvalid_data() { addBackendRows(); }
    void rejectionMakesTheOrderInvalid();
    void expiryMakesTheOrderInvalid_data() { addBackendRows(); }
    void expiryMakesTheOrderInvalid();
    void badCsrIsRefusedBeforeHolding();
    void recoveryAtStartLeavesHeldOrdersHeld_data() { addBackendRows(); }
    void recoveryAtStartLeavesHeldOrdersHeld();
    void concurrentSettlersIssueEachOrderOnce_data() { addBackendRows(); }
    void concurrentSettlersIssueEachOrderOnce();
};

void TestOrderApproval::heldOnlyWhenAnIdentifierMatches_data()
{
    QTest::addColumn<QString>("patterns");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<bool>("held");
    QTest::newRow("no patterns: issued at once") << "" << QStringList {QStringLiteral("www.example.com")} << false;
    QTest::newRow("exact name held") << "secure.example.com" << QStringList {QStringLiteral("secure.example.com")}
                                     << true;
    QTest::newRow("other name issued") << "secure.example.com" << QStringList {QStringLiteral("www.example.com")}
                                       << false;
    QTest::newRow("name below a subdomain pattern held")
        << "*.prod.example.com" << QStringList {QStringLiteral("api.prod.example.com")} << true;
    QTest::newRow("one matching identifier holds the whole order")
        << "*.prod.example.com"
        << QStringList {QStringLiteral("www.example.com"), QStringLiteral("api.prod.example.com")} << true;
    QTest::newRow("address in a held range (sent as dns, as lego does)")
        << "10.0.0.0/8" << QStringList {QStringLiteral("10.1.2.3")} << true;
    QTest::newRow("address outside the range issued")
        << "10.0.0.0/8" << QStringList {QStringLiteral("192.0.2.1")} << false;
    QTest::newRow("star holds every order") << "*" << QStringList {QStringLiteral("www.example.com")} << true;
}

void TestOrderApproval::heldOnlyWhenAnIdentifierMatches()
{
    QFETCH(QString, patterns);
    QFETCH(QStringList, names);
    QFETCH(bool, held);
    Held f(TestDatabases::memory(),
           [&](AliasConfig &a) { QVERIFY(a.setField(QStringLiteral("orderApprovalPatterns"), patterns).isOk()); });
    QVERIFY(f.readyOrder(names));
    AcmeResponse r = f.finalize(names);
    QCOMPARE(r.status, 200);
    const QJsonObject order = EngineHarness::body(r);
    if (held) {
        QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("processing"));
        QVERIFY(!order.contains(QStringLiteral("certificate")));
        QCOMPARE(r.header("Retry-After"), QByteArray("10"));
        QCOMPARE(f.certificatesOfOrder(), 0);
        Result<ApprovalRequest> approval = f.approvals.find(ApprovalId(f.approvalId()));
        QVERIFY(approval.isOk());
        QCOMPARE(approval->kind, ApprovalRequest::Kind::Order);
        QCOMPARE(approval->status, ApprovalRequest::Status::Pending);
        QCOMPARE(approval->orderId, f.orderId());
        QCOMPARE(approval->alias, QStringLiteral("main"));
        QCOMPARE(approval->accountId, f.c.accountUrl.section(QLatin1Char('/'), -1));
        QCOMPARE(approval->keyThumbprint, f.c.key.publicJwk().thumbprint());
        // What the admin decides on: the identifiers and the CSR's subject.
        const QJsonObject summary = QJsonDocument::fromJson(approval->payload.toUtf8()).object();
        QCOMPARE(summary.value(QStringLiteral("identifiers")).toArray(),
                 order.value(QStringLiteral("identifiers")).toArray());
        QVERIFY(summary.contains(QStringLiteral("csrSubject")));
        QVERIFY(f.audited(QStringLiteral("approval.request"), approval->id.value()));
    } else {
        QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
        QVERIFY(order.contains(QStringLiteral("certificate")));
        QVERIFY(f.approvalId().isEmpty());
        QCOMPARE(f.approvals.list(false)->size(), 0);
    }
}

void TestOrderApproval::pollWhileHeldAnswersProcessing_data()
{
    QTest::addColumn<int>("aliasRetryAfter");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::newRow("default Retry-After") << 0 << QByteArray("10");
    QTest::newRow("the alias's Retry-After") << 3 << QByteArray("3");
}

void TestOrderApproval::pollWhileHeldAnswersProcessing()
{
    QFETCH(int, aliasRetryAfter);
    QFETCH(QByteArray, retryAfter);
    Held f(TestDatabases::memory(), [&](AliasConfig &a) {
        a.orderApprovalPatterns = {QStringLiteral("*.prod.example.com")};
        a.retryAfterSeconds = aliasRetryAfter;
    });
    const QStringList names {QStringLiteral("api.prod.example.com")};
    QVERIFY(!f.hold(names).isEmpty());
    for (int i = 0; i < 3; ++i) {
        f.h.clock.advanceMs(60 * 1000);
        QVERIFY(f.h.engine->settleHeldOrders().isOk());
        AcmeResponse poll = f.c.postAsGet(f.orderUrl);
        QCOMPARE(poll.status, 200);
        QCOMPARE(Held::status(poll), QStringLiteral("processing"));
        QCOMPARE(poll.header("Retry-After"), retryAfter);
    }
    // A second finalize is refused while the first waits: RFC 8555 §7.4 orderNotReady.
    AcmeResponse again = f.finalize(names);
    QCOMPARE(again.status, 403);
    QCOMPARE(problemType(EngineHarness::body(again)), QString::fromLatin1(kOrderNotReady));
    QCOMPARE(f.approvals.list(false)->size(), 1);
    QCOMPARE(f.certificatesOfOrder(), 0);
}

void TestOrderApproval::approvalIssuesExactlyOnce()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    Held f(db, [](AliasConfig &a) { a.orderApprovalPatterns = {QStringLiteral("secure.example.com")}; });
    const QStringList names {QStringLiteral("secure.example.com")};
    const QString id = f.hold(names);
    QVERIFY(!id.isEmpty());
    QVERIFY(f.approvals.approve(ApprovalId(id), QStringLiteral("admin:alice"), QStringLiteral("known host")).isOk());
    QVERIFY(f.audited(QStringLiteral("approval.approve"), id));

    // The client's next poll issues it.
    AcmeResponse poll = f.c.postAsGet(f.orderUrl);
    QCOMPARE(poll.status, 200);
    const QJsonObject order = EngineHarness::body(poll);
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    QVERIFY(poll.header("Retry-After").isEmpty());
    const QString certUrl = order.value(QStringLiteral("certificate")).toString();
    QVERIFY(!certUrl.isEmpty());
    AcmeResponse download = f.c.postAsGet(certUrl);
    QCOMPARE(download.status, 200);
    Result<QList<X509Certificate>> chain = X509Certificate::listFromData(download.body);
    QVERIFY(chain.isOk());
    QCOMPARE(chain->first().dnsNames(), names);
    QCOMPARE(f.approvals.find(ApprovalId(id))->status, ApprovalRequest::Status::Completed);

    // Later polls, the server's sweep and a restart's recovery issue nothing more.
    QCOMPARE(Held::status(f.c.postAsGet(f.orderUrl)), QStringLiteral("valid"));
    QVERIFY(f.h.engine->settleHeldOrders().isOk());
    QVERIFY(f.h.engine->recoverInterruptedOrders().isOk());
    QCOMPARE(f.certificatesOfOrder(), 1);
    QCOMPARE(EngineHarness::body(f.c.postAsGet(f.orderUrl)).value(QStringLiteral("certificate")).toString(), certUrl);
    // A decided request can't be decided again.
    QCOMPARE(f.approvals.reject(ApprovalId(id), QStringLiteral("admin:bob"), QString()).error().code(),
             CoreError::Code::Conflict);
}

void TestOrderApproval::rejectionMakesTheOrderInvalid()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    Held f(db, [](AliasConfig &a) { a.orderApprovalPatterns = {QStringLiteral("*.prod.example.com")}; });
    const QString id = f.hold({QStringLiteral("db.prod.example.com")});
    QVERIFY(!id.isEmpty());
    QVERIFY(
        f.approvals.reject(ApprovalId(id), QStringLiteral("admin:alice"), QStringLiteral("no such service")).isOk());
    QVERIFY(f.audited(QStringLiteral("approval.reject"), id));
    // The server's sweep settles it before the client looks again.
    QVERIFY(f.h.engine->settleHeldOrders().isOk());
    AcmeResponse poll = f.c.postAsGet(f.orderUrl);
    QCOMPARE(poll.status, 200);
    const QJsonObject order = EngineHarness::body(poll);
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    const QJsonObject error = order.value(QStringLiteral("error")).toObject();
    QCOMPARE(problemType(error), QString::fromLatin1(kUnauthorized));
    QVERIFY2(error.value(QStringLiteral("detail")).toString().contains(QLatin1String("no such service")),
             qPrintable(error.value(QStringLiteral("detail")).toString()));
    QVERIFY(!order.contains(QStringLiteral("certificate")));
    QCOMPARE(f.certificatesOfOrder(), 0);
    QCOMPARE(f.approvals.find(ApprovalId(id))->status, ApprovalRequest::Status::Rejected);
}

void TestOrderApproval::expiryMakesTheOrderInvalid()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    Held f(db, [](AliasConfig &a) {
        a.orderApprovalPatterns = {QStringLiteral("secure.example.com")};
        a.approvalValidity = Duration::fromSeconds(3600);
    });
    const QString id = f.hold({QStringLiteral("secure.example.com")});
    QVERIFY(!id.isEmpty());
    f.h.clock.advanceMs(3601 * 1000);
    f.c.nonce.clear(); // the client's last nonce expired with the hour
    // Too late for the admin, and the client is told why.
    QCOMPARE(f.approvals.approve(ApprovalId(id), QStringLiteral("admin:late"), QString()).error().code(),
             CoreError::Code::Conflict);
    const QJsonObject order = EngineHarness::body(f.c.postAsGet(f.orderUrl));
    QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("invalid"));
    const QJsonObject error = order.value(QStringLiteral("error")).toObject();
    QCOMPARE(problemType(error), QString::fromLatin1(kUnauthorized));
    QVERIFY(error.value(QStringLiteral("detail")).toString().contains(QLatin1String("expired")));
    QVERIFY(f.audited(QStringLiteral("approval.expire"), id));
    QCOMPARE(f.certificatesOfOrder(), 0);
}

void TestOrderApproval::badCsrIsRefusedBeforeHolding()
{
    Held f(TestDatabases::memory(),
           [](AliasConfig &a) { a.orderApprovalPatterns = {QStringLiteral("secure.example.com")}; });
    QVERIFY(f.readyOrder({QStringLiteral("secure.example.com")}));
    AcmeResponse r = f.finalize({QStringLiteral("secure.example.com"), QStringLiteral("extra.example.com")});
    QCOMPARE(r.status, 400);
    QCOMPARE(problemType(EngineHarness::body(r)), QString::fromLatin1(kBadCsr));
    // Nothing waits for an admin: the order is still ready for a good CSR.
    QCOMPARE(f.approvals.list(false)->size(), 0);
    QCOMPARE(Held::status(f.c.postAsGet(f.orderUrl)), QStringLiteral("ready"));
    QCOMPARE(f.finalize({QStringLiteral("secure.example.com")}).status, 200);
    QCOMPARE(f.approvals.list(true)->size(), 1);
}

void TestOrderApproval::recoveryAtStartLeavesHeldOrdersHeld()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    Held f(db, [](AliasConfig &a) { a.orderApprovalPatterns = {QStringLiteral("secure.example.com")}; });
    const QString id = f.hold({QStringLiteral("secure.example.com")});
    QVERIFY(!id.isEmpty());
    // A restart while the approval is pending: the order neither goes back to ready nor fails.
    QVERIFY(f.h.engine->recoverInterruptedOrders().isOk());
    QCOMPARE(Held::status(f.c.postAsGet(f.orderUrl)), QStringLiteral("processing"));
    QCOMPARE(f.finalize({QStringLiteral("secure.example.com")}).status, 403);
    // A restart after the approval, before anyone settled it: still held, issued on the next look.
    QVERIFY(f.approvals.approve(ApprovalId(id), QStringLiteral("admin:alice"), QString()).isOk());
    QVERIFY(f.h.engine->recoverInterruptedOrders().isOk());
    QCOMPARE(f.certificatesOfOrder(), 0);
    QVERIFY(f.h.engine->settleHeldOrders().isOk());
    QCOMPARE(f.certificatesOfOrder(), 1);
    QCOMPARE(Held::status(f.c.postAsGet(f.orderUrl)), QStringLiteral("valid"));
}

void TestOrderApproval::concurrentSettlersIssueEachOrderOnce()
{
    // Several nodes' sweeps and polls settle approved orders at once: each is issued exactly once.
    QFETCH(QString, backend);
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    if (backend == QLatin1String("sqlite")) {
        // Threads need one shared file: an in-memory database is one per connection.
        Result<std::shared_ptr<Database>> opened
            = Database::open(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("held.db")));
        QVERIFY(opened.isOk());
        db = *opened;
        QVERIFY(db->migrate().isOk());
    } else {
        db = TestDatabases::fresh(backend);
    }
    QVERIFY(db);
    Held f(db, [](AliasConfig &a) { a.orderApprovalPatterns = {QStringLiteral("*.held.example.com")}; });
    constexpr int kOrders = 4;
    QStringList approvalIds;
    for (int i = 0; i < kOrders; ++i) {
        const QString id = f.hold({QStringLiteral("n%1.held.example.com").arg(i)});
        QVERIFY(!id.isEmpty());
        QVERIFY(f.approvals.approve(ApprovalId(id), QStringLiteral("admin:alice"), QString()).isOk());
        approvalIds << id;
    }
    // The loser of each race stops at the claim, before signing: no settler fails (without the
    // claim, the unique certificate per order would make the second insert fail and warn).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("settling held order")));
    std::vector<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.push_back(QThread::create([&f]() { (void)f.h.engine->settleHeldOrders(); }));
    }
    for (QThread *t : threads) {
        t->start();
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(120000));
        delete t;
    }
    for (const QString &id : std::as_const(approvalIds)) {
        QCOMPARE(f.approvals.find(ApprovalId(id))->status, ApprovalRequest::Status::Completed);
        Result<QSqlQuery> q = f.h.db->exec(
            QStringLiteral("SELECT o.status, (SELECT count(*) FROM certificates c WHERE c.order_id = o.id) "
                           "FROM orders o WHERE o.approval_id = :a"),
            {{QStringLiteral("a"), id}});
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("valid"));
        QCOMPARE(q->value(1).toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(TestOrderApproval)
#include "TestOrderApproval.moc"
