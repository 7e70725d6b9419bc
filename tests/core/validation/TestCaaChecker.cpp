// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/CaaChecker.h"

#include "core/validation/ChallengeValidator.h"
#include "core/validation/KeyAuthorizationDigest.h"
#include "tests/support/dns/KnotFixture.h"

#include <QTest>

#include <memory>

namespace {

using Property = CaaChecker::Property;

const QString kUs = QStringLiteral("ca.anvil.test");
const QString kAccount = QStringLiteral("https://ca.test:8442/acme/acct/ACCOUNT1");

Property issue(const QString &value, const QString &tag = QStringLiteral("issue"), bool critical = false)
{
    return Property {critical, tag, value};
}

} // namespace

class TestCaaChecker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void parsesRdata();
    void evaluate_data();
    void evaluate();
    void checkClimbsTheTree_data();
    void checkClimbsTheTree();
    void validatedChallengeIsRefusedByCaa();

private:
    ValidationPolicy policy() const;
    std::unique_ptr<KnotFixture> m_dns;
};

void TestCaaChecker::initTestCase()
{
    ANVIL_START_KNOT(m_dns, false); // without Knot, the DNS rows skip themselves
}

void TestCaaChecker::cleanupTestCase()
{
    m_dns.reset();
}

ValidationPolicy TestCaaChecker::policy() const
{
    ValidationPolicy p;
    p.dnsResolver = QStringLiteral("127.0.0.1");
    p.dnsPort = m_dns->port();
    p.dnssecTrustAnchor = m_dns->trustAnchor();
    p.timeoutMs = 5000;
    p.checkCaa = true;
    p.caaIdentities = {kUs};
    p.caaAccountUri = kAccount;
    return p;
}

void TestCaaChecker::parsesRdata()
{
    Property p;
    QVERIFY(CaaChecker::parse(QByteArray("\x00\x05issueca.anvil.test", 20), &p));
    QVERIFY(!p.critical);
    QCOMPARE(p.tag, QStringLiteral("issue"));
    QCOMPARE(p.value, kUs);
    QVERIFY(CaaChecker::parse(QByteArray("\x80\x03TBSx", 6), &p));
    QVERIFY(p.critical);
    QCOMPARE(p.tag, QStringLiteral("tbs"));
    QCOMPARE(CaaChecker::toText(p), QStringLiteral("128 tbs \"x\""));
    QVERIFY(!CaaChecker::parse(QByteArray("\x00", 1), &p));
    QVERIFY(!CaaChecker::parse(QByteArray("\x00\x00", 2), &p)); // empty tag
    QVERIFY(!CaaChecker::parse(QByteArray("\x00\x09issue", 7), &p)); // tag longer than the data
}

void TestCaaChecker::evaluate_data()
{
    QTest::addColumn<QList<Property>>("records");
    QTest::addColumn<bool>("wildcard");
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("detailContains");

    const QString http = QStringLiteral("http-01");
    QTest::newRow("no issue property allows")
        << QList<Property> {issue(QStringLiteral("mailto:x@y"), QStringLiteral("iodef"))} << false << http << true
        << QString();
    QTest::newRow("issue naming us allows") << QList<Property> {issue(kUs)} << false << http << true << QString();
    QTest::newRow("identities compare case-insensitively")
        << QList<Property> {issue(QStringLiteral("CA.Anvil.Test"))} << false << http << true << QString();
    QTest::newRow("one of several naming us allows")
        << QList<Property> {issue(QStringLiteral("other.example")), issue(kUs)} << false << http << true << QString();
    QTest::newRow("issue naming another CA refuses, naming the record")
        << QList<Property> {issue(QStringLiteral("other.example"))} << false << http << false
        << QStringLiteral("0 issue \"other.example\"");
    QTest::newRow("empty issuer refuses everyone")
        << QList<Property> {issue(QStringLiteral(";"))} << false << http << false << QStringLiteral("0 issue \";\"");
    QTest::newRow("accounturi of this account allows")
        << QList<Property> {issue(kUs + QStringLiteral("; accounturi=") + kAccount)} << false << http << true
        << QString();
    QTest::newRow("accounturi of another account refuses")
        << QList<Property> {issue(kUs + QStringLiteral("; accounturi=https://ca.test:8442/acme/acct/OTHER"))} << false
        << http << false << QStringLiteral("accounturi=https://ca.test:8442/acme/acct/OTHER");
    QTest::newRow("validationmethods listing the challenge allows")
        << QList<Property> {issue(kUs + QStringLiteral("; validationmethods=dns-01,http-01"))} << false << http << true
        << QString();
    QTest::newRow("validationmethods without the challenge refuses")
        << QList<Property> {issue(kUs + QStringLiteral("; validationmethods=dns-01"))} << false << http << false
        << QStringLiteral("validationmethods=dns-01");
    QTest::newRow("issuewild governs wildcards")
        << QList<Property> {issue(kUs), issue(QStringLiteral(";"), QStringLiteral("issuewild"))} << true << http
        << false << QStringLiteral("0 issuewild \";\"");
    QTest::newRow("issuewild does not govern other names")
        << QList<Property> {issue(kUs), issue(QStringLiteral(";"), QStringLiteral("issuewild"))} << false << http
        << true << QString();
    QTest::newRow("without issuewild, issue governs wildcards")
        << QList<Property> {issue(QStringLiteral("other.example"))} << true << http << false
        << QStringLiteral("0 issue \"other.example\"");
    QTest::newRow("an unknown critical property refuses")
        << QList<Property> {issue(kUs), issue(QStringLiteral("x"), QStringLiteral("tbs"), true)} << false << http
        << false << QStringLiteral("unknown critical property 128 tbs \"x\"");
    QTest::newRow("an unknown non-critical property is ignored")
        << QList<Property> {issue(kUs), issue(QStringLiteral("x"), QStringLiteral("tbs"))} << false << http << true
        << QString();
}

void TestCaaChecker::evaluate()
{
    QFETCH(QList<Property>, records);
    QFETCH(bool, wildcard);
    QFETCH(QString, challenge);
    QFETCH(bool, allowed);
    QFETCH(QString, detailContains);
    const ValidationOutcome o
        = CaaChecker::evaluate(QStringLiteral("www.example.test"), records, wildcard, {kUs}, kAccount, challenge);
    QCOMPARE(o.valid, allowed);
    if (!allowed) {
        QCOMPARE(o.problemType, QStringLiteral("caa"));
        QVERIFY2(o.detail.contains(QLatin1String("CAA for www.example.test forbids issuance")), qPrintable(o.detail));
        QVERIFY2(o.detail.contains(detailContains), qPrintable(o.detail));
    }
}

void TestCaaChecker::checkClimbsTheTree_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("wildcard");
    QTest::addColumn<QString>("challenge");
    QTest::addColumn<QString>("account");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("detailContains");

    const QString http = QStringLiteral("http-01");
    QTest::newRow("no CAA up to the root allows")
        << QStringLiteral("www.anvil.test") << false << http << kAccount << true << QString();
    QTest::newRow("CAA naming us allows")
        << QStringLiteral("caa-ours.anvil.test") << false << http << kAccount << true << QString();
    QTest::newRow("a parent's CAA governs (tree climbing)")
        << QStringLiteral("www.sub.caa-other.anvil.test") << false << http << kAccount << false
        << QStringLiteral("CAA for caa-other.anvil.test forbids issuance: the record 0 issue \"other-ca.example\"");
    QTest::newRow("issue \";\" refuses") << QStringLiteral("caa-nobody.anvil.test") << false << http << kAccount
                                         << false << QStringLiteral("0 issue \";\"");
    QTest::newRow("accounturi of this account")
        << QStringLiteral("caa-acct.anvil.test") << false << http << kAccount << true << QString();
    QTest::newRow("accounturi of another account")
        << QStringLiteral("caa-acct.anvil.test") << false << http
        << QStringLiteral("https://ca.test:8442/acme/acct/ACCOUNT2") << false << QStringLiteral("accounturi=");
    QTest::newRow("validationmethods allows dns-01") << QStringLiteral("caa-method.anvil.test") << false
                                                     << QStringLiteral("dns-01") << kAccount << true << QString();
    QTest::newRow("validationmethods refuses http-01")
        << QStringLiteral("caa-method.anvil.test") << false << http << kAccount << false
        << QStringLiteral("validationmethods=dns-01");
    QTest::newRow("issuewild refuses the wildcard") << QStringLiteral("caa-wild.anvil.test") << true << http << kAccount
                                                    << false << QStringLiteral("0 issuewild \";\"");
    QTest::newRow("issue allows the plain name beside issuewild")
        << QStringLiteral("caa-wild.anvil.test") << false << http << kAccount << true << QString();
    QTest::newRow("unknown critical tag refuses") << QStringLiteral("caa-crit.anvil.test") << false << http << kAccount
                                                  << false << QStringLiteral("128 tbs \"unknown\"");
    QTest::newRow("iodef alone allows") << QStringLiteral("caa-iodef.anvil.test") << false << http << kAccount << true
                                        << QString();
    QTest::newRow("unsigned zones count too") << QStringLiteral("caa-other.insecure.test") << false << http << kAccount
                                              << false << QStringLiteral("other-ca.example");
}

void TestCaaChecker::checkClimbsTheTree()
{
    if (!m_dns) {
        QSKIP("knotd is not installed (apt-get install knot knot-dnsutils)");
    }
    QFETCH(QString, name);
    QFETCH(bool, wildcard);
    QFETCH(QString, challenge);
    QFETCH(QString, account);
    QFETCH(bool, allowed);
    QFETCH(QString, detailContains);
    ChallengeTask t;
    t.type = challenge;
    t.identifierType = QStringLiteral("dns");
    t.identifierValue = name;
    t.wildcard = wildcard;
    t.policy = policy();
    t.policy.caaAccountUri = account;
    const ValidationOutcome o = CaaChecker::check(t);
    QVERIFY2(o.valid == allowed, qPrintable(o.detail));
    if (!allowed) {
        QCOMPARE(o.problemType, QStringLiteral("caa"));
        QVERIFY2(o.detail.contains(detailContains), qPrintable(o.detail));
    }
}

void TestCaaChecker::validatedChallengeIsRefusedByCaa()
{
    if (!m_dns) {
        QSKIP("knotd is not installed (apt-get install knot knot-dnsutils)");
    }
    // A dns-01 challenge that proves control still fails when CAA names another CA; with the
    // check switched off (or no CAA identities) it passes.
    const QString token = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA");
    const QString keyAuthorization = token + QStringLiteral(".9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI");
    QVERIFY(m_dns->setTxt(QStringLiteral("_acme-challenge.caa-other.anvil.test"),
                          KeyAuthorizationDigest::dnsTxtValue(keyAuthorization)));
    ChallengeTask t;
    t.type = QStringLiteral("dns-01");
    t.identifierType = QStringLiteral("dns");
    t.identifierValue = QStringLiteral("caa-other.anvil.test");
    t.token = token;
    t.keyAuthorization = keyAuthorization;
    t.policy = policy();
    const ValidationOutcome refused = ChallengeValidator().validate(t);
    QVERIFY(!refused.valid);
    QCOMPARE(refused.problemType, QStringLiteral("caa"));
    QVERIFY2(refused.detail.contains(QLatin1String("other-ca.example")), qPrintable(refused.detail));
    t.policy.checkCaa = false;
    const ValidationOutcome passed = ChallengeValidator().validate(t);
    QVERIFY2(passed.valid, qPrintable(passed.detail));
}

QTEST_GUILESS_MAIN(TestCaaChecker)
#include "TestCaaChecker.moc"
