// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/DnsAccount01Validator.h"

#include "core/validation/ChallengeValidator.h"
#include "core/validation/Dns01Validator.h"
#include "core/validation/KeyAuthorizationDigest.h"
#include "tests/support/dns/KnotFixture.h"

#include <QTest>

#include <memory>

namespace {

const QString kKeyAuthorization
    = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA.9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI");
const QString kAccountUrl = QStringLiteral("https://ca.test:8442/acme/acct/ACCOUNT1");
const QString kOtherAccountUrl = QStringLiteral("https://ca.test:8442/acme/acct/ACCOUNT2");

enum Anchor {
    ZoneDs,
    WrongDs,
};

} // namespace

/**
 * dns-account-01 (draft-ietf-acme-dns-account-label-03) against the Knot fixture's DNSSEC-signed
 * zone: the TXT record must sit at the account's own label under _acme-challenge.
 */
class TestDnsAccount01Validator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void accountLabel_data();
    void accountLabel();
    void validate_data();
    void validate();

private:
    ValidationPolicy policy(Anchor anchor) const;

    std::unique_ptr<KnotFixture> m_dns;
};

void TestDnsAccount01Validator::initTestCase()
{
    ANVIL_START_KNOT(m_dns, true);
}

void TestDnsAccount01Validator::cleanupTestCase()
{
    m_dns.reset();
}

ValidationPolicy TestDnsAccount01Validator::policy(Anchor anchor) const
{
    ValidationPolicy p;
    p.dnsResolver = QStringLiteral("127.0.0.1");
    p.dnsPort = m_dns->port();
    p.timeoutMs = 5000;
    p.dnssecTrustAnchor = m_dns->trustAnchor();
    if (anchor == WrongDs) {
        p.dnssecTrustAnchor = m_dns->trustAnchorWithWrongDigest();
    }
    return p;
}

void TestDnsAccount01Validator::accountLabel_data()
{
    QTest::addColumn<QString>("accountUrl");
    QTest::addColumn<QString>("label");

    // "_" || lower(base32(SHA-256(account URL)[0:10])): 16 characters, no padding.
    QTest::newRow("the example account of Certify's documentation")
        << QStringLiteral("https://example.com/acme/acct/ExampleAccount") << QStringLiteral("_ujmmovf2vn55tgye");
    QTest::newRow("an Anvil account URL") << kAccountUrl << QStringLiteral("_kj5k5qosz24gtadd");
    QTest::newRow("another account gets another label") << kOtherAccountUrl << QStringLiteral("_5iapbznar674djfv");
}

void TestDnsAccount01Validator::accountLabel()
{
    QFETCH(QString, accountUrl);
    QFETCH(QString, label);
    QCOMPARE(DnsAccount01Validator::accountLabel(accountUrl), label);
    QCOMPARE(DnsAccount01Validator::challengeName(QStringLiteral("www.example.org"), accountUrl),
             label + QStringLiteral("._acme-challenge.www.example.org"));
}

void TestDnsAccount01Validator::validate_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("recordAt"); // "account", "other-account" or "dns-01": where the TXT goes
    QTest::addColumn<QString>("value"); // "{OK}" = the key authorization digest
    QTest::addColumn<QString>("identifierType");
    QTest::addColumn<bool>("wildcard");
    QTest::addColumn<int>("anchor");
    QTest::addColumn<bool>("requireDnssec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problemType");
    QTest::addColumn<QString>("detailContains");

    const QString ok = QStringLiteral("{OK}");
    const QString dns = QStringLiteral("dns");
    const QString account = QStringLiteral("account");
    QTest::newRow("the digest at the account's label in a signed zone is valid")
        << QStringLiteral("acct-ok.anvil.test") << account << ok << dns << false << int(ZoneDs) << true << true
        << QString() << QString();
    QTest::newRow("a wildcard authorization is proven at its base domain")
        << QStringLiteral("acct-wild.anvil.test") << account << ok << dns << true << int(ZoneDs) << true << true
        << QString() << QString();
    QTest::newRow("the dns-01 name does not count")
        << QStringLiteral("acct-dns01.anvil.test") << QStringLiteral("dns-01") << ok << dns << false << int(ZoneDs)
        << true << false << QStringLiteral("unauthorized")
        << QStringLiteral("No TXT record found at _kj5k5qosz24gtadd._acme-challenge.acct-dns01.anvil.test");
    QTest::newRow("another account's label does not count")
        << QStringLiteral("acct-other.anvil.test") << QStringLiteral("other-account") << ok << dns << false
        << int(ZoneDs) << true << false << QStringLiteral("unauthorized")
        << QStringLiteral("No TXT record found at _kj5k5qosz24gtadd._acme-challenge.acct-other.anvil.test");
    QTest::newRow("a wrong value at the account's label is an incorrect response")
        << QStringLiteral("acct-wrong.anvil.test") << account << QStringLiteral("stale-digest") << dns << false
        << int(ZoneDs) << true << false << QStringLiteral("incorrectResponse")
        << QStringLiteral("Incorrect TXT record \"stale-digest\" found at "
                          "_kj5k5qosz24gtadd._acme-challenge.acct-wrong.anvil.test");
    QTest::newRow("no record at all is unauthorized")
        << QStringLiteral("acct-missing.anvil.test") << QString() << ok << dns << false << int(ZoneDs) << true << false
        << QStringLiteral("unauthorized") << QStringLiteral("No TXT record found at _kj5k5qosz24gtadd");
    QTest::newRow("a bogus answer is refused")
        << QStringLiteral("acct-bogus.anvil.test") << account << ok << dns << false << int(WrongDs) << false << false
        << dns << QStringLiteral("DNSSEC validation failed for TXT _kj5k5qosz24gtadd._acme-challenge.");
    QTest::newRow("an unsigned zone is refused when DNSSEC is required")
        << QStringLiteral("acct.insecure.test") << account << ok << dns << false << int(ZoneDs) << true << false << dns
        << QStringLiteral("DNSSEC validation required but the answer is insecure");
    QTest::newRow("an unsigned zone is accepted when DNSSEC is not required")
        << QStringLiteral("acct-plain.insecure.test") << account << ok << dns << false << int(ZoneDs) << false << true
        << QString() << QString();
    QTest::newRow("an IP identifier is rejected")
        << QStringLiteral("127.0.0.1") << QString() << ok << QStringLiteral("ip") << false << int(ZoneDs) << false
        << false << QStringLiteral("rejectedIdentifier")
        << QStringLiteral("dns-account-01 cannot validate IP identifiers");
}

void TestDnsAccount01Validator::validate()
{
    QFETCH(QString, domain);
    QFETCH(QString, recordAt);
    QFETCH(QString, value);
    QFETCH(QString, identifierType);
    QFETCH(bool, wildcard);
    QFETCH(int, anchor);
    QFETCH(bool, requireDnssec);
    QFETCH(bool, valid);
    QFETCH(QString, problemType);
    QFETCH(QString, detailContains);

    if (!recordAt.isEmpty()) {
        const QString name = recordAt == QLatin1String("account")
            ? DnsAccount01Validator::challengeName(domain, kAccountUrl)
            : recordAt == QLatin1String("other-account")
            ? DnsAccount01Validator::challengeName(domain, kOtherAccountUrl)
            : Dns01Validator::challengeName(domain);
        const QString text
            = value == QLatin1String("{OK}") ? KeyAuthorizationDigest::dnsTxtValue(kKeyAuthorization) : value;
        const VoidResult set = m_dns->setTxt(name, text);
        QVERIFY2(set, qPrintable(set.isOk() ? QString() : set.error().detail()));
    }

    ChallengeTask task;
    task.type = QStringLiteral("dns-account-01");
    task.identifierType = identifierType;
    task.identifierValue = domain;
    task.wildcard = wildcard;
    task.token = kKeyAuthorization.section(QLatin1Char('.'), 0, 0);
    task.keyAuthorization = kKeyAuthorization;
    task.accountUrl = kAccountUrl;
    task.policy = policy(static_cast<Anchor>(anchor));
    task.policy.requireDnssec = requireDnssec;

    // Through the dispatcher the engine calls, so the type is wired too.
    const ValidationOutcome outcome = ChallengeValidator().validate(task);
    QVERIFY2(outcome.valid == valid, qPrintable(outcome.problemType + QLatin1Char(' ') + outcome.detail));
    QCOMPARE(outcome.problemType, problemType);
    QVERIFY2(outcome.detail.contains(detailContains), qPrintable(outcome.detail));
}

QTEST_GUILESS_MAIN(TestDnsAccount01Validator)
#include "TestDnsAccount01Validator.moc"
