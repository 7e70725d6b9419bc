// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/GovernancePolicy.h"

#include "core/approvals/ApprovalService.h"
#include "core/approvals/ClientCertificatePolicy.h"
#include "core/approvals/EabKeyService.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/pki/CaService.h"
#include "core/pki/CertificateRepository.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "core/storage/AuditLog.h"
#include "tests/support/EngineHarness.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

namespace {

const char *const kExternalAccountRequired = "urn:ietf:params:acme:error:externalAccountRequired";
const char *const kUnauthorized = "urn:ietf:params:acme:error:unauthorized";
const char *const kMalformed = "urn:ietf:params:acme:error:malformed";
const char *const kServerInternal = "urn:ietf:params:acme:error:serverInternal";
const char *const kUserActionRequired = "urn:ietf:params:acme:error:userActionRequired";

/** Lets services built before the harness read the harness's MockClock. */
class ForwardingClock : public Clock
{
public:
    QDateTime now() const override { return target ? target->now() : QDateTime::fromMSecsSinceEpoch(0, Qt::UTC); }
    const Clock *target = nullptr;
};

QString problemType(const AcmeResponse &r)
{
    return EngineHarness::body(r).value(QStringLiteral("type")).toString();
}

QString detail(const AcmeResponse &r)
{
    return EngineHarness::body(r).value(QStringLiteral("detail")).toString();
}

QString requestId(const AcmeResponse &r)
{
    static const QRegularExpression re(QStringLiteral("RequestID=(\\d+)"));
    return re.match(detail(r)).captured(1);
}

/** An engine with GovernancePolicy over real services on one in-memory database. */
struct Fixture
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    ForwardingClock clock;
    MasterKey master = MasterKey::generate();
    CaService cas {db, master, clock};
    ProfileRepository profiles {db, clock};
    IssuanceService issuance {db, cas, profiles, clock};
    EabKeyService eab {db, master, clock};
    ApprovalService approvals {db, clock};
    ClientCertificatePolicy certificates {db, cas, issuance, clock};
    GovernancePolicy policy {db, eab, approvals, certificates, clock};
    EngineHarness h {nullptr, &policy, db};

    explicit Fixture(const std::function<void(AliasConfig &)> &edit = {})
    {
        clock.target = &h.clock;
        h.addAlias(QStringLiteral("main"), edit);
        h.enable();
    }

    CreatedEabKey macKey(const std::function<void(NewSymmetricEabKey &)> &edit = {})
    {
        NewSymmetricEabKey spec;
        spec.alias = QStringLiteral("main");
        if (edit) {
            edit(spec);
        }
        return *eab.createSymmetric(spec, QStringLiteral("test"));
    }

    /** newAccount payload with a symmetric binding for `client`'s key. */
    QJsonObject withBinding(TestClient &c, const QString &kid, const QByteArray &key,
                            const QString &alg = QStringLiteral("HS256"), const QString &url = QString())
    {
        if (c.directory.isEmpty()) {
            c.fetchDirectory();
        }
        QJsonObject binding
            = *JwsSigner::eab(kid, key, alg, url.isEmpty() ? c.url("newAccount") : url, c.key.publicJwk());
        return {{QStringLiteral("termsOfServiceAgreed"), true}, {QStringLiteral("externalAccountBinding"), binding}};
    }

    QString accountField(const QString &accountUrl, const char *column)
    {
        const QString id = accountUrl.section(QLatin1Char('/'), -1);
        Result<QSqlQuery> q
            = db->exec(QStringLiteral("SELECT %1 FROM accounts WHERE id = :id").arg(QLatin1String(column)),
                       {{QStringLiteral("id"), id}});
        return TestDatabases::firstValue(q).toString();
    }

    /** Sends one signed request as if it arrived on the client-certificate listener. */
    AcmeResponse mtlsPost(TestClient &c, const QString &url, const QJsonObject &payload, const QByteArray &certDer,
                          bool useJwk = false, bool onClientCertListener = true)
    {
        const QString nonce = h.freshNonce();
        const QJsonObject header
            = useJwk ? JwsSigner::jwkHeader(c.key, nonce, url) : JwsSigner::kidHeader(c.accountUrl, nonce, url);
        AcmeRequest req;
        req.method = "POST";
        req.baseUrl = h.base;
        req.path = url.mid(h.base.size());
        req.headers.append(qMakePair(QByteArray("content-type"), QByteArray("application/jose+json")));
        req.body = *JwsSigner::sign(c.key, header, QJsonDocument(payload).toJson(QJsonDocument::Compact));
        req.clientCertListener = onClientCertListener;
        req.clientCertificateDer = certDer;
        AcmeResponse r = h.engine->handle(req);
        if (useJwk && (r.status == 200 || r.status == 201)) {
            c.accountUrl = QString::fromLatin1(r.header("Location"));
        }
        return r;
    }
};

QJsonObject order(const QString &name)
{
    return {
        {QStringLiteral("identifiers"),
         QJsonArray {QJsonObject {{QStringLiteral("type"), QStringLiteral("dns")}, {QStringLiteral("value"), name}}}}};
}

} // namespace

class TestGovernance : public QObject
{
    Q_OBJECT

private slots:
    void symmetricBinding_data();
    void symmetricBinding();
    void singleUseKeyBindsOneAccount();
    void bindingIgnoredWhenNotRequired();
    void asymmetricBinding_data();
    void asymmetricBinding();
    void registrationApproval();
    void registrationApprovalOutcomes_data();
    void registrationApprovalOutcomes();
    void approvalWaitsForBinding();
    void keyChangeApproval();
    void termsOfServiceChange_data();
    void termsOfServiceChange();
    void clientCertificates_data();
    void clientCertificates();
    void clientCertificateOnlyOnItsListener();
};

void TestGovernance::symmetricBinding_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("detailPart");
    QTest::newRow("HS256 binds") << "HS256" << 201 << QString() << QString();
    QTest::newRow("HS384 binds") << "HS384" << 201 << QString() << QString();
    QTest::newRow("HS512 binds") << "HS512" << 201 << QString() << QString();
    QTest::newRow("encrypted key binds") << "encrypted" << 201 << QString() << QString();
    QTest::newRow("missing binding") << "missing" << 400 << kExternalAccountRequired << "requires an external account";
    QTest::newRow("binding not an object") << "string" << 400 << kMalformed << "externalAccountBinding";
    QTest::newRow("unknown kid") << "unknown kid" << 403 << kUnauthorized << "unknown key identifier";
    QTest::newRow("wrong MAC key") << "wrong key" << 403 << kUnauthorized << "externalAccountBinding";
    QTest::newRow("wrong url") << "wrong url" << 403 << kUnauthorized << "externalAccountBinding";
    QTest::newRow("payload is another key") << "other jwk" << 403 << kUnauthorized << "externalAccountBinding";
    QTest::newRow("revoked key") << "revoked" << 403 << kUnauthorized << "revoked";
    QTest::newRow("expired key") << "expired" << 403 << kUnauthorized << "expired";
}

void TestGovernance::symmetricBinding()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    QFETCH(QString, type);
    QFETCH(QString, detailPart);
    Fixture f([](AliasConfig &a) { a.requireExternalAccountBinding = true; });
    const QString alg = scenario.startsWith(QLatin1String("HS")) ? scenario : QStringLiteral("HS256");
    const CreatedEabKey key = f.macKey([&](NewSymmetricEabKey &s) {
        s.macAlgorithm = alg;
        s.encrypt = scenario == QLatin1String("encrypted");
        if (scenario == QLatin1String("expired")) {
            s.expiresAt = f.h.clock.now().addSecs(60);
        }
    });
    if (scenario == QLatin1String("revoked")) {
        QVERIFY(f.eab.revoke(QStringLiteral("main"), key.key.keyIdentifier, QStringLiteral("test")).isOk());
    }
    if (scenario == QLatin1String("expired")) {
        f.h.clock.advanceMs(61 * 1000);
    }
    TestClient c(f.h);
    QJsonObject payload = f.withBinding(c, key.key.keyIdentifier, key.macKey, alg);
    if (scenario == QLatin1String("missing")) {
        payload.remove(QStringLiteral("externalAccountBinding"));
    } else if (scenario == QLatin1String("string")) {
        payload.insert(QStringLiteral("externalAccountBinding"), QStringLiteral("kid"));
    } else if (scenario == QLatin1String("unknown kid")) {
        payload = f.withBinding(c, QStringLiteral("nope"), key.macKey);
    } else if (scenario == QLatin1String("wrong key")) {
        payload = f.withBinding(c, key.key.keyIdentifier, QByteArray(32, 'k'));
    } else if (scenario == QLatin1String("wrong url")) {
        payload = f.withBinding(c, key.key.keyIdentifier, key.macKey, alg, f.h.base + QStringLiteral("/acme/other"));
    } else if (scenario == QLatin1String("other jwk")) {
        TestClient other(f.h);
        other.directory = c.directory;
        payload = f.withBinding(other, key.key.keyIdentifier, key.macKey);
    }
    const AcmeResponse r = c.newAccount(payload);
    QCOMPARE(r.status, status);
    if (status == 201) {
        QCOMPARE(f.accountField(c.accountUrl, "eab_key_id"), key.key.keyIdentifier);
        QCOMPARE(f.eab.find(QStringLiteral("main"), key.key.keyIdentifier)->boundAccounts, qint64(1));
        QCOMPARE(f.eab.boundAccounts(QStringLiteral("main"), key.key.keyIdentifier)->size(), 1);
    } else {
        QCOMPARE(problemType(r), type);
        QVERIFY2(detail(r).contains(detailPart, Qt::CaseInsensitive), qPrintable(detail(r)));
        QVERIFY(!f.eab.find(QStringLiteral("main"), key.key.keyIdentifier)->usedAt.isValid());
    }
}

void TestGovernance::singleUseKeyBindsOneAccount()
{
    Fixture f([](AliasConfig &a) { a.requireExternalAccountBinding = true; });
    const CreatedEabKey key = f.macKey([](NewSymmetricEabKey &s) { s.singleUse = true; });
    TestClient first(f.h);
    QCOMPARE(first.newAccount(f.withBinding(first, key.key.keyIdentifier, key.macKey)).status, 201);
    TestClient second(f.h);
    const AcmeResponse r = second.newAccount(f.withBinding(second, key.key.keyIdentifier, key.macKey));
    QCOMPARE(r.status, 403);
    QCOMPARE(problemType(r), QString::fromLatin1(kUnauthorized));
    QVERIFY(detail(r).contains(QLatin1String("single-use")));
    // The first account's key still returns its account (RFC 8555 §7.3.1), binding or not.
    QCOMPARE(first.newAccount(f.withBinding(first, key.key.keyIdentifier, key.macKey)).status, 200);
}

void TestGovernance::bindingIgnoredWhenNotRequired()
{
    Fixture f;
    TestClient c(f.h);
    QJsonObject payload {{QStringLiteral("termsOfServiceAgreed"), true},
                         {QStringLiteral("externalAccountBinding"), QStringLiteral("anything")}};
    QCOMPARE(c.newAccount(payload).status, 201);
    QVERIFY(f.accountField(c.accountUrl, "eab_key_id").isEmpty());
}

void TestGovernance::asymmetricBinding_data()
{
    QTest::addColumn<QString>("bindingKeySpec");
    QTest::addColumn<bool>("rightFingerprint");
    QTest::addColumn<int>("status");
    QTest::newRow("EC P-256 public key") << "EC:P-256" << true << 201;
    QTest::newRow("RSA public key") << "RSA:2048" << true << 201;
    QTest::newRow("wrong fingerprint") << "EC:P-256" << false << 403;
}

void TestGovernance::asymmetricBinding()
{
    QFETCH(QString, bindingKeySpec);
    QFETCH(bool, rightFingerprint);
    QFETCH(int, status);
    Fixture f([](AliasConfig &a) { a.requireExternalAccountBinding = true; });
    const AccountKey bindingKey = *AccountKey::generate(bindingKeySpec);
    NewAsymmetricEabKey spec;
    spec.alias = QStringLiteral("main");
    spec.publicKeyOrCertificate = bindingKey.publicJwk().spkiDer();
    Result<EabKey> key = f.eab.createAsymmetric(spec, QStringLiteral("test"));
    QVERIFY2(key.isOk(), key.isOk() ? "" : qPrintable(key.error().detail()));
    TestClient c(f.h);
    c.fetchDirectory();
    const QJsonObject binding = *JwsSigner::eabAsymmetric(c.key, key->keyIdentifier, c.url("newAccount"),
                                                          rightFingerprint ? key->fingerprint : QStringLiteral("wrong"),
                                                          bindingKey, key->signatureAlgorithm);
    const AcmeResponse r = c.newAccount(
        {{QStringLiteral("termsOfServiceAgreed"), true}, {QStringLiteral("externalAccountBinding"), binding}});
    QCOMPARE(r.status, status);
    if (status == 201) {
        QCOMPARE(f.accountField(c.accountUrl, "eab_key_id"), key->keyIdentifier);
    } else {
        QCOMPARE(problemType(r), QString::fromLatin1(kUnauthorized));
    }
}

void TestGovernance::registrationApproval()
{
    Fixture f([](AliasConfig &a) { a.requireApprovalForRegistration = true; });
    TestClient c(f.h);
    AcmeResponse r = c.newAccount();
    QCOMPARE(r.status, 500);
    QCOMPARE(problemType(r), QString::fromLatin1(kServerInternal));
    QVERIFY2(detail(r).startsWith(QLatin1String("A request to register your ACME account has been sent for approval. "
                                                "RequestID=")),
             qPrintable(detail(r)));
    const QString id = requestId(r);
    QVERIFY(!id.isEmpty());

    r = c.newAccount();
    QCOMPARE(r.status, 500);
    QVERIFY2(detail(r).contains(QLatin1String("PENDING")), qPrintable(detail(r)));
    QCOMPARE(requestId(r), id);
    QCOMPARE(f.approvals.list(true)->size(), 1);

    QVERIFY(f.approvals.approve(ApprovalId(id), QStringLiteral("admin:alice"), QStringLiteral("known team")).isOk());
    r = c.newAccount();
    QCOMPARE(r.status, 201);
    QCOMPARE(f.approvals.find(ApprovalId(id))->status, ApprovalRequest::Status::Completed);
    QCOMPARE(c.newAccount().status, 200);

    const QList<AuditEntry> audit = *AuditLog(f.db, f.h.clock).recent(50);
    bool approved = false;
    for (const AuditEntry &e : audit) {
        if (e.action == QLatin1String("approval.approve")) {
            approved = e.actor == QLatin1String("admin:alice") && e.object == id
                && e.details.contains(QLatin1String("known team"));
        }
    }
    QVERIFY(approved);
}

void TestGovernance::registrationApprovalOutcomes_data()
{
    QTest::addColumn<QString>("decision");
    QTest::addColumn<QString>("state");
    QTest::newRow("rejected stays rejected") << "reject"
                                             << "REJECT";
    QTest::newRow("expired needs new keys") << "expire"
                                            << "EXPIRED";
}

void TestGovernance::registrationApprovalOutcomes()
{
    QFETCH(QString, decision);
    QFETCH(QString, state);
    Fixture f([](AliasConfig &a) {
        a.requireApprovalForRegistration = true;
        a.approvalValidity = Duration::fromSeconds(600);
    });
    TestClient c(f.h);
    const QString id = requestId(c.newAccount());
    if (decision == QLatin1String("reject")) {
        QVERIFY(f.approvals.reject(ApprovalId(id), QStringLiteral("admin:bob"), QStringLiteral("unknown")).isOk());
    } else {
        f.h.clock.advanceMs(601 * 1000);
        QCOMPARE(f.approvals.approve(ApprovalId(id), QStringLiteral("admin:bob"), QString()).error().code(),
                 CoreError::Code::Conflict);
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        const AcmeResponse r = c.newAccount();
        QCOMPARE(r.status, 500);
        QVERIFY2(detail(r).contains(state), qPrintable(detail(r)));
        QCOMPARE(requestId(r), id);
    }
    // New keys start over.
    TestClient fresh(f.h);
    const AcmeResponse r = fresh.newAccount();
    QVERIFY(detail(r).contains(QLatin1String("sent for approval")));
    QVERIFY(requestId(r) != id);
}

void TestGovernance::approvalWaitsForBinding()
{
    Fixture f([](AliasConfig &a) {
        a.requireApprovalForRegistration = true;
        a.requireExternalAccountBinding = true;
    });
    const CreatedEabKey key = f.macKey([](NewSymmetricEabKey &s) { s.singleUse = true; });
    TestClient c(f.h);
    // A bad binding creates no approval request.
    QCOMPARE(c.newAccount(f.withBinding(c, key.key.keyIdentifier, QByteArray(32, 'x'))).status, 403);
    QCOMPARE(f.approvals.list(false)->size(), 0);
    // A good one waits for approval without using up the single-use key.
    const AcmeResponse r = c.newAccount(f.withBinding(c, key.key.keyIdentifier, key.macKey));
    QCOMPARE(r.status, 500);
    QVERIFY(!f.eab.find(QStringLiteral("main"), key.key.keyIdentifier)->usedAt.isValid());
    QVERIFY(f.approvals.approve(ApprovalId(requestId(r)), QStringLiteral("admin"), QString()).isOk());
    QCOMPARE(c.newAccount(f.withBinding(c, key.key.keyIdentifier, key.macKey)).status, 201);
    QVERIFY(f.eab.find(QStringLiteral("main"), key.key.keyIdentifier)->usedAt.isValid());
}

void TestGovernance::keyChangeApproval()
{
    Fixture f([](AliasConfig &a) {
        a.requireApprovalForKeyChange = true;
        a.approvalValidity = Duration::fromSeconds(600);
    });
    TestClient c(f.h);
    QCOMPARE(c.newAccount().status, 201);
    auto keyChange = [&](const AccountKey &newKey) {
        const QJsonObject inner
            = *JwsSigner::keyChangeInner(newKey, c.accountUrl, c.key.publicJwk(), c.url("keyChange"));
        return c.post(c.url("keyChange"), inner);
    };
    const AccountKey next = *AccountKey::generate(QStringLiteral("EC:P-256"));
    AcmeResponse r = keyChange(next);
    QCOMPARE(r.status, 500);
    QVERIFY2(
        detail(r).startsWith(QLatin1String("A request to change your ACME account key has been sent for approval")),
        qPrintable(detail(r)));
    const QString first = requestId(r);

    // Expired: asking again renews it (reference), with a new RequestID.
    f.h.clock.advanceMs(601 * 1000);
    r = keyChange(next);
    QVERIFY2(detail(r).contains(QLatin1String("sent for approval")), qPrintable(detail(r)));
    const QString renewed = requestId(r);
    QVERIFY(renewed != first);
    QCOMPARE(f.approvals.find(ApprovalId(first))->status, ApprovalRequest::Status::Expired);

    r = keyChange(next);
    QVERIFY(detail(r).contains(QLatin1String("PENDING")));
    QVERIFY(f.approvals.approve(ApprovalId(renewed), QStringLiteral("admin"), QString()).isOk());
    r = keyChange(next);
    QCOMPARE(r.status, 200);
    c.key = next;
    QCOMPARE(c.postAsGet(c.accountUrl).status, 200);
}

void TestGovernance::termsOfServiceChange_data()
{
    QTest::addColumn<bool>("agreeAllowed");
    QTest::addColumn<QString>("changesUrl");
    QTest::newRow("agreeing allowed") << true << "https://ca.test/tos-changes";
    QTest::newRow("agreeing allowed, no changes URL") << true << "";
    QTest::newRow("agreeing not allowed") << false << "https://ca.test/tos-changes";
}

void TestGovernance::termsOfServiceChange()
{
    QFETCH(bool, agreeAllowed);
    QFETCH(QString, changesUrl);
    Fixture f([&](AliasConfig &a) {
        a.termsOfServiceUrl = QStringLiteral("https://ca.test/tos-v1");
        a.termsOfServiceChangeUrl = changesUrl;
        a.agreeToNewTosAllowed = agreeAllowed;
    });
    TestClient c(f.h);
    QCOMPARE(c.newAccount().status, 201);
    QCOMPARE(c.newOrder({QStringLiteral("a.example")}).status, 201);

    f.h.clock.advanceMs(1000);
    AliasConfig alias = *f.h.config->alias(QStringLiteral("main"));
    alias.termsOfServiceUrl = QStringLiteral("https://ca.test/tos-v2");
    QVERIFY(f.h.config->updateAlias(alias, QStringLiteral("test")).isOk());
    f.h.clock.advanceMs(1000);

    AcmeResponse r = c.newOrder({QStringLiteral("b.example")});
    QCOMPARE(r.status, 403);
    QCOMPARE(problemType(r), QString::fromLatin1(kUserActionRequired));
    QCOMPARE(EngineHarness::body(r).value(QStringLiteral("instance")).toString(),
             changesUrl.isEmpty() ? QStringLiteral("https://ca.test/tos-v2") : changesUrl);
    bool linked = false;
    for (const auto &h : r.headers) {
        linked = linked || h.second == "<https://ca.test/tos-v2>;rel=\"terms-of-service\"";
    }
    QVERIFY(linked);
    // newAccount stays open (reference): the existing account is returned.
    QCOMPARE(c.newAccount().status, 200);

    r = c.post(c.accountUrl, QJsonObject {{QStringLiteral("termsOfServiceAgreed"), true}});
    if (agreeAllowed) {
        QCOMPARE(r.status, 200);
        QCOMPARE(f.accountField(c.accountUrl, "tos_agreed_url"), QStringLiteral("https://ca.test/tos-v2"));
        QCOMPARE(c.newOrder({QStringLiteral("b.example")}).status, 201);
        // Agreeing again is a no-op.
        QCOMPARE(c.post(c.accountUrl, QJsonObject {{QStringLiteral("termsOfServiceAgreed"), true}}).status, 200);
    } else {
        QCOMPARE(r.status, 403);
        QCOMPARE(problemType(r), QString::fromLatin1(kUnauthorized));
        QVERIFY(detail(r).contains(QLatin1String("new account")));
        QCOMPARE(c.newOrder({QStringLiteral("b.example")}).status, 403);
        TestClient fresh(f.h);
        QCOMPARE(fresh.newAccount().status, 201);
        QCOMPARE(fresh.newOrder({QStringLiteral("b.example")}).status, 201);
    }
}

void TestGovernance::clientCertificates_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("status");
    QTest::newRow("valid certificate") << "valid" << 201;
    QTest::newRow("no certificate") << "none" << 403;
    QTest::newRow("certificate of an untrusted CA") << "untrusted" << 403;
    QTest::newRow("expired certificate") << "expired" << 403;
    QTest::newRow("revoked certificate") << "revoked" << 403;
    QTest::newRow("server-only certificate") << "serverAuth" << 403;
    QTest::newRow("denied by subject") << "deny subject" << 403;
    QTest::newRow("not on the allow list") << "allow other" << 403;
    QTest::newRow("allowed by fingerprint") << "allow fingerprint" << 201;
}

void TestGovernance::clientCertificates()
{
    QFETCH(QString, scenario);
    QFETCH(int, status);
    Fixture f([](AliasConfig &a) {
        a.requireClientCertificate = true;
        a.clientCertificateTrustedCas = {QStringLiteral("Clients")};
    });
    const Duration tenYears = Duration::fromMs(3650LL * 24 * 3600 * 1000);
    QVERIFY(f.cas
                .createRootAndIssuing(QStringLiteral("Root"), QStringLiteral("CN=Root"), QStringLiteral("Clients"),
                                      QStringLiteral("CN=Clients"), QStringLiteral("EC:P-256"), tenYears, tenYears)
                .isOk());
    QVERIFY(f.cas
                .createIssuing(f.cas.find(QStringLiteral("Root"))->id, QStringLiteral("Servers"),
                               QStringLiteral("CN=Servers"), QStringLiteral("EC:P-256"), tenYears)
                .isOk());
    const QDateTime now = f.h.clock.now();
    CertificateBuilder b;
    b.setSubjectDn(QStringLiteral("CN=robot,O=Ops"));
    b.setPublicKey(PrivateKey::generate(QStringLiteral("EC:P-256"))->publicKeyDer());
    b.setValidity(now.addSecs(-3600), now.addDays(30));
    b.setExtendedKeyUsages(
        {scenario == QLatin1String("serverAuth") ? QStringLiteral("serverAuth") : QStringLiteral("clientAuth")});
    const QString issuer
        = scenario == QLatin1String("untrusted") ? QStringLiteral("Servers") : QStringLiteral("Clients");
    const X509Certificate cert = *f.cas.sign(f.cas.find(issuer)->id, b);
    CertificateRecord record;
    record.id = CertificateId(QStringLiteral("client-1"));
    record.serialHex = cert.serialHex();
    record.caId = f.cas.find(issuer)->id;
    record.subjectDn = cert.subjectDn();
    record.der = cert.toDer();
    record.notBefore = cert.notBefore();
    record.notAfter = cert.notAfter();
    record.createdAt = now;
    QVERIFY(CertificateRepository(f.db).insert(record).isOk());
    if (scenario == QLatin1String("revoked")) {
        QVERIFY(f.issuance.revoke(record.id, 1, now).isOk());
    } else if (scenario == QLatin1String("expired")) {
        f.h.clock.advanceMs(31LL * 24 * 3600 * 1000);
    } else if (scenario == QLatin1String("deny subject")) {
        QVERIFY(f.certificates
                    .setRule(QStringLiteral("main"), QStringLiteral("CN=robot,O=Ops"),
                             ClientCertificateRule::Effect::Deny, QStringLiteral("test"))
                    .isOk());
    } else if (scenario == QLatin1String("allow other")) {
        QVERIFY(f.certificates
                    .setRule(QStringLiteral("main"), QStringLiteral("CN=someone else"),
                             ClientCertificateRule::Effect::Allow, QStringLiteral("test"))
                    .isOk());
    } else if (scenario == QLatin1String("allow fingerprint")) {
        QString colons = ClientCertificatePolicy::fingerprintOf(cert.toDer()).toUpper();
        for (int i = colons.size() - 2; i > 0; i -= 2) {
            colons.insert(i, QLatin1Char(':'));
        }
        QVERIFY(
            f.certificates
                .setRule(QStringLiteral("main"), colons, ClientCertificateRule::Effect::Allow, QStringLiteral("test"))
                .isOk());
    }
    const QByteArray der = scenario == QLatin1String("none") ? QByteArray() : cert.toDer();

    TestClient c(f.h);
    // Reference exceptions: the directory and newAccount need no valid certificate.
    AcmeRequest dir;
    dir.method = "GET";
    dir.baseUrl = f.h.base;
    dir.path = QStringLiteral("/acme/directory");
    dir.clientCertListener = true;
    const AcmeResponse directory = f.h.engine->handle(dir);
    QCOMPARE(directory.status, 200);
    c.directory = EngineHarness::body(directory);
    AcmeResponse r = f.mtlsPost(c, c.url("newAccount"), {{QStringLiteral("termsOfServiceAgreed"), true}}, der, true);
    QVERIFY2(r.status == 201, r.body.constData());
    if (!der.isEmpty()) {
        QCOMPARE(f.accountField(c.accountUrl, "client_cert_subject"), QStringLiteral("CN=robot,O=Ops"));
    }
    r = f.mtlsPost(c, c.url("newOrder"), order(QStringLiteral("a.example")), der);
    QCOMPARE(r.status, status);
    if (status != 201) {
        QCOMPARE(problemType(r), QString::fromLatin1(kUnauthorized));
    }
}

void TestGovernance::clientCertificateOnlyOnItsListener()
{
    Fixture f([](AliasConfig &a) { a.requireClientCertificate = true; });
    const AcmeResponse r = f.h.request("GET", f.h.base + QStringLiteral("/acme/directory"));
    QCOMPARE(r.status, 403);
    QVERIFY(detail(r).contains(QLatin1String("client-certificate listener")));
}

QTEST_GUILESS_MAIN(TestGovernance)
#include "TestGovernance.moc"
