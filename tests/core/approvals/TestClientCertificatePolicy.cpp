// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/approvals/ClientCertificatePolicy.h"

#include "core/crypto/CertificateBuilder.h"
#include "core/crypto/MasterKey.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "tests/support/TestDatabases.h"

#include <QTest>

class TestClientCertificatePolicy : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void trustedSubCaMustBeOnThePath();
};

void TestClientCertificatePolicy::rules_data()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

void TestClientCertificatePolicy::rules()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    MockClock clock;
    CaService cas(db, MasterKey::generate(), clock);
    ProfileRepository profiles(db, clock);
    IssuanceService issuance(db, cas, profiles, clock);
    ClientCertificatePolicy policy(db, cas, issuance, clock);
    QVERIFY(policy
                .setRule(QStringLiteral("main"), QStringLiteral("CN=robot"), ClientCertificateRule::Effect::Allow,
                         QStringLiteral("cli:root"))
                .isOk());
    QVERIFY(policy
                .setRule(QStringLiteral("main"), QString(64, QLatin1Char('A')), ClientCertificateRule::Effect::Deny,
                         QStringLiteral("cli:root"))
                .isOk());
    // Setting the opposite effect replaces the rule.
    QVERIFY(policy
                .setRule(QStringLiteral("main"), QStringLiteral("CN=robot"), ClientCertificateRule::Effect::Deny,
                         QStringLiteral("cli:root"))
                .isOk());
    QVERIFY(policy
                .setRule(QStringLiteral("other"), QStringLiteral("CN=robot"), ClientCertificateRule::Effect::Allow,
                         QStringLiteral("cli:root"))
                .isOk());
    Result<QList<ClientCertificateRule>> main = policy.rules(QStringLiteral("main"));
    QCOMPARE(main->size(), 2);
    for (const ClientCertificateRule &r : *main) {
        QCOMPARE(r.effect, ClientCertificateRule::Effect::Deny);
        if (r.match == ClientCertificateRule::Match::Fingerprint) {
            QCOMPARE(r.value, QString(64, QLatin1Char('a'))); // normalised to lowercase hex
        }
    }
    QCOMPARE(policy.rules(QString())->size(), 3);
    QVERIFY(policy.removeRule(QStringLiteral("main"), QStringLiteral("CN=robot"), QStringLiteral("cli:root")).isOk());
    QCOMPARE(policy.removeRule(QStringLiteral("main"), QStringLiteral("CN=robot"), QStringLiteral("cli:root"))
                 .error()
                 .code(),
             CoreError::Code::NotFound);
    QCOMPARE(policy.rules(QStringLiteral("main"))->size(), 1);
}

void TestClientCertificatePolicy::trustedSubCaMustBeOnThePath()
{
    std::shared_ptr<Database> db = TestDatabases::memory();
    MockClock clock;
    CaService cas(db, MasterKey::generate(), clock);
    ProfileRepository profiles(db, clock);
    IssuanceService issuance(db, cas, profiles, clock);
    ClientCertificatePolicy policy(db, cas, issuance, clock);
    const Duration years = Duration::fromMs(3650LL * 24 * 3600 * 1000);
    QVERIFY(cas.createRootAndIssuing(QStringLiteral("Root"), QStringLiteral("CN=Root"), QStringLiteral("A"),
                                     QStringLiteral("CN=A"), QStringLiteral("EC:P-256"), years, years)
                .isOk());
    QVERIFY(cas.createIssuing(cas.find(QStringLiteral("Root"))->id, QStringLiteral("B"), QStringLiteral("CN=B"),
                              QStringLiteral("EC:P-256"), years)
                .isOk());
    CertificateBuilder b;
    b.setSubjectDn(QStringLiteral("CN=client"));
    b.setPublicKey(PrivateKey::generate(QStringLiteral("EC:P-256"))->publicKeyDer());
    b.setValidity(clock.now().addSecs(-60), clock.now().addDays(1));
    const QByteArray der = cas.sign(cas.find(QStringLiteral("B"))->id, b)->toDer();
    QVERIFY(policy.check(QStringLiteral("main"), {QStringLiteral("B")}, der, {}).isOk());
    QVERIFY(policy.check(QStringLiteral("main"), {QStringLiteral("Root")}, der, {}).isOk());
    QCOMPARE(policy.check(QStringLiteral("main"), {QStringLiteral("A")}, der, {}).error().code(),
             CoreError::Code::Unauthorized);
    QCOMPARE(policy.check(QStringLiteral("main"), {QStringLiteral("missing")}, der, {}).error().code(),
             CoreError::Code::Unauthorized);
    QCOMPARE(policy.check(QStringLiteral("main"), {QStringLiteral("B")}, QByteArray(), {}).error().code(),
             CoreError::Code::Unauthorized);
}

QTEST_GUILESS_MAIN(TestClientCertificatePolicy)
#include "TestClientCertificatePolicy.moc"
