// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/AcmeMetrics.h"

#include "core/config/ConfigStore.h"
#include "core/crypto/Csr.h"
#include "core/crypto/PrivateKey.h"
#include "tests/support/PkiHarness.h"
#include "tests/support/TestDatabases.h"

#include <QTest>

class TestAcmeMetrics : public QObject
{
    Q_OBJECT

private slots:
    void countsRequestsByEndpointAndStatus();
    void latencyHistogramIsCumulative();
    void countsValidations();
    void snapshotHoldsTheSameCounts();
    void quantileInterpolatesInItsBucket_data();
    void quantileInterpolatesInItsBucket();
    void gaugesComeFromTheDatabase();
    void servesOnlyGetMetrics_data();
    void servesOnlyGetMetrics();
};

void TestAcmeMetrics::countsRequestsByEndpointAndStatus()
{
    AcmeMetrics m;
    m.recordRequest(QStringLiteral("/acme/newOrder"), 201, 1000);
    m.recordRequest(QStringLiteral("/acme/corp/newOrder"), 201, 1000);
    m.recordRequest(QStringLiteral("/acme/newOrder"), 400, 1000);
    m.recordRequest(QStringLiteral("/ocsp"), 200, 1000);
    m.recordRequest(QStringLiteral("/nothing"), 404, 1000);
    const QByteArray text = m.render({});
    QVERIFY(text.contains("# TYPE anvil_acme_requests_total counter\n"));
    QVERIFY(text.contains("anvil_acme_requests_total{endpoint=\"newOrder\",status=\"201\"} 2\n"));
    QVERIFY(text.contains("anvil_acme_requests_total{endpoint=\"newOrder\",status=\"400\"} 1\n"));
    QVERIFY(text.contains("anvil_acme_requests_total{endpoint=\"ocsp\",status=\"200\"} 1\n"));
    QVERIFY(text.contains("anvil_acme_requests_total{endpoint=\"other\",status=\"404\"} 1\n"));
}

void TestAcmeMetrics::latencyHistogramIsCumulative()
{
    AcmeMetrics m;
    m.recordRequest(QStringLiteral("/acme/directory"), 200, 800); // 0.8 ms
    m.recordRequest(QStringLiteral("/acme/directory"), 200, 30000); // 30 ms
    m.recordRequest(QStringLiteral("/acme/directory"), 200, 9000000); // 9 s
    const QByteArray text = m.render({});
    QVERIFY(text.contains("anvil_acme_request_duration_seconds_bucket{endpoint=\"directory\",le=\"0.001\"} 1\n"));
    QVERIFY(text.contains("anvil_acme_request_duration_seconds_bucket{endpoint=\"directory\",le=\"0.025\"} 1\n"));
    QVERIFY(text.contains("anvil_acme_request_duration_seconds_bucket{endpoint=\"directory\",le=\"0.05\"} 2\n"));
    QVERIFY(text.contains("anvil_acme_request_duration_seconds_bucket{endpoint=\"directory\",le=\"5\"} 2\n"));
    QVERIFY(text.contains("anvil_acme_request_duration_seconds_bucket{endpoint=\"directory\",le=\"+Inf\"} 3\n"));
    QVERIFY(text.contains("anvil_acme_request_duration_seconds_count{endpoint=\"directory\"} 3\n"));
    QVERIFY(text.contains("anvil_acme_request_duration_seconds_sum{endpoint=\"directory\"} 9.0308\n"));
}

void TestAcmeMetrics::snapshotHoldsTheSameCounts()
{
    AcmeMetrics m;
    m.recordRequest(QStringLiteral("/acme/newOrder"), 201, 2000);
    m.recordRequest(QStringLiteral("/acme/newOrder"), 400, 2000);
    m.recordRequest(QStringLiteral("/acme/directory"), 200, 100);
    m.recordValidation(QStringLiteral("http-01"), QStringLiteral("valid"));
    const AcmeMetrics::Snapshot s = m.snapshot();
    QCOMPARE(s.endpoints.size(), 2);
    QCOMPARE(s.endpoints.at(0).name, QStringLiteral("directory"));
    QCOMPARE(s.endpoints.at(1).name, QStringLiteral("newOrder"));
    QCOMPARE(s.endpoints.at(1).requests, 2);
    QCOMPARE(s.endpoints.at(1).statuses.value(201), 1);
    QCOMPARE(s.endpoints.at(1).statuses.value(400), 1);
    // Both 2 ms requests are in the (1, 2.5] ms bucket: p50 is its middle, p99 near its top.
    QCOMPARE(s.endpoints.at(1).p50Seconds, 0.00175);
    QVERIFY(qAbs(s.endpoints.at(1).p99Seconds - 0.002485) < 1e-9);
    QCOMPARE(s.validations.value(qMakePair(QStringLiteral("http-01"), QStringLiteral("valid"))), 1);
}

void TestAcmeMetrics::quantileInterpolatesInItsBucket_data()
{
    QTest::addColumn<QList<qint64>>("buckets");
    QTest::addColumn<qint64>("count");
    QTest::addColumn<double>("q");
    QTest::addColumn<double>("expected");
    const QList<qint64> none(AcmeMetrics::latencyBuckets().size(), 0);
    QList<qint64> firstBucket(AcmeMetrics::latencyBuckets().size(), 4);
    QTest::newRow("empty") << none << qint64(0) << 0.5 << -1.0;
    QTest::newRow("first bucket starts at 0") << firstBucket << qint64(4) << 0.5 << 0.0005;
    QTest::newRow("all in +Inf: the largest finite bound") << none << qint64(3) << 0.5 << 5.0;
    QList<qint64> spread {0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2};
    QTest::newRow("second observation in (2.5, 5] s") << spread << qint64(2) << 0.99 << 2.5 + 2.5 * 0.98;
}

void TestAcmeMetrics::quantileInterpolatesInItsBucket()
{
    QFETCH(QList<qint64>, buckets);
    QFETCH(qint64, count);
    QFETCH(double, q);
    QFETCH(double, expected);
    QVERIFY(qAbs(AcmeMetrics::quantile(buckets, count, q) - expected) < 1e-9);
}

void TestAcmeMetrics::countsValidations()
{
    AcmeMetrics m;
    m.recordValidation(QStringLiteral("http-01"), QStringLiteral("valid"));
    m.recordValidation(QStringLiteral("http-01"), QStringLiteral("valid"));
    m.recordValidation(QStringLiteral("dns-01"), QStringLiteral("caa"));
    // The drafts' types (issue #8) are counted under their own names like any other.
    m.recordValidation(QStringLiteral("dns-account-01"), QStringLiteral("valid"));
    m.recordValidation(QStringLiteral("dns-persist-01"), QStringLiteral("malformed"));
    const QByteArray text = m.render({});
    QVERIFY(text.contains("anvil_acme_validations_total{type=\"http-01\",result=\"valid\"} 2\n"));
    QVERIFY(text.contains("anvil_acme_validations_total{type=\"dns-01\",result=\"caa\"} 1\n"));
    QVERIFY(text.contains("anvil_acme_validations_total{type=\"dns-account-01\",result=\"valid\"} 1\n"));
    QVERIFY(text.contains("anvil_acme_validations_total{type=\"dns-persist-01\",result=\"malformed\"} 1\n"));
}

void TestAcmeMetrics::gaugesComeFromTheDatabase()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    ConfigStore config(db, clock);
    PkiHarness pki(db, config, clock);
    QList<IssuedCertificate> issued;
    for (const QString &name : {QStringLiteral("a.example"), QStringLiteral("b.example")}) {
        IssuanceRequest r;
        r.csrDer = Csr::build(*PrivateKey::generate(QStringLiteral("EC:P-256")), {}, {name})->toDer();
        r.identifiers = {{QStringLiteral("dns"), name}};
        r.orderId = name; // an ACME order's certificate
        issued << *pki.issuance->issue(r);
    }
    QVERIFY(pki.issuance->revoke(issued.first().id, 1, clock.now()).isOk());
    AcmeMetrics::Gauges g = AcmeMetrics::readGauges(*db, clock.nowMs());
    QCOMPARE(g.certificatesIssued, 2);
    QCOMPARE(g.certificatesRevoked, 1);
    QCOMPARE(g.pendingApprovals, 0);
    g.nonceStoreSize = 7;
    const QByteArray text = AcmeMetrics().render(g);
    QVERIFY(text.contains("anvil_certificates_issued_total 2\n"));
    QVERIFY(text.contains("anvil_certificates_revoked_total 1\n"));
    QVERIFY(text.contains("anvil_approvals_pending 0\n"));
    QVERIFY(text.contains("anvil_nonce_store_size 7\n"));
}

void TestAcmeMetrics::servesOnlyGetMetrics_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("GET /metrics") << QByteArray("GET") << QStringLiteral("/metrics") << 200;
    QTest::newRow("POST /metrics") << QByteArray("POST") << QStringLiteral("/metrics") << 405;
    QTest::newRow("GET /acme/directory") << QByteArray("GET") << QStringLiteral("/acme/directory") << 404;
}

void TestAcmeMetrics::servesOnlyGetMetrics()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    AcmeMetrics m;
    AcmeRequest r;
    r.method = method;
    r.path = path;
    int scrapes = 0;
    AcmeResponse resp = m.handle(r, [&scrapes]() {
        ++scrapes;
        return AcmeMetrics::Gauges();
    });
    QCOMPARE(resp.status, status);
    QCOMPARE(scrapes, status == 200 ? 1 : 0);
    if (status == 200) {
        QCOMPARE(resp.header("Content-Type"), QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QVERIFY(resp.body.contains("anvil_certificates_issued_total"));
    }
}

QTEST_GUILESS_MAIN(TestAcmeMetrics)
#include "TestAcmeMetrics.moc"
