// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/DnsPersist01Validator.h"

#include "core/validation/ChallengeValidator.h"
#include "tests/support/dns/KnotFixture.h"

#include <QTest>

#include <memory>

namespace {

const QString kAccountUrl = QStringLiteral("https://ca.test:8442/acme/acct/ACCOUNT1");
const QString kOtherAccountUrl = QStringLiteral("https://ca.test:8442/acme/acct/ACCOUNT2");
const QString kPrefix = QStringLiteral("https://ca.test:8442/acme/account-hash/");
// RFC 7638 §3.1's thumbprint (the draft's example key) as the current key, and an earlier one.
const QString kThumbprint = QStringLiteral("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
const QString kOldThumbprint = QStringLiteral("9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI");
const qint64 kNowS = 1800000000; // 2027-01-15T08:00:00Z

enum Anchor {
    ZoneDs,
    WrongDs,
};

/** Replaces the placeholders of a record template for `domain`. */
QString expand(QString record, const QString &domain)
{
    record.replace(QLatin1String("{OURS}"),
                   DnsPersist01Validator::hashedAccountUri(kPrefix, domain, kThumbprint, kAccountUrl));
    record.replace(QLatin1String("{ANY-DOMAIN}"),
                   DnsPersist01Validator::hashedAccountUri(kPrefix, QStringLiteral("*"), kThumbprint, kAccountUrl));
    record.replace(QLatin1String("{OLD-KEY}"),
                   DnsPersist01Validator::hashedAccountUri(kPrefix, domain, kOldThumbprint, kAccountUrl));
    record.replace(QLatin1String("{OTHER-ACCOUNT}"),
                   DnsPersist01Validator::hashedAccountUri(kPrefix, domain, kThumbprint, kOtherAccountUrl));
    record.replace(QLatin1String("{OTHER-DOMAIN}"),
                   DnsPersist01Validator::hashedAccountUri(kPrefix, QStringLiteral("elsewhere.anvil.test"), kThumbprint,
                                                           kAccountUrl));
    record.replace(QLatin1String("{FUTURE}"), QString::number(kNowS + 3600));
    record.replace(QLatin1String("{PAST}"), QString::number(kNowS - 1));
    return record;
}

} // namespace

/**
 * dns-persist-01 (draft-ietf-acme-dns-persist-02): the hashed account URI's known answers, then
 * records at _validation-persist.<domain> in the Knot fixture's DNSSEC-signed zone.
 */
class TestDnsPersist01Validator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hashedAccountUri_data();
    void hashedAccountUri();
    void validate_data();
    void validate();

private:
    ValidationPolicy policy(Anchor anchor) const;

    std::unique_ptr<KnotFixture> m_dns;
};

void TestDnsPersist01Validator::initTestCase()
{
    ANVIL_START_KNOT(m_dns, true);
}

void TestDnsPersist01Validator::cleanupTestCase()
{
    m_dns.reset();
}

ValidationPolicy TestDnsPersist01Validator::policy(Anchor anchor) const
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

void TestDnsPersist01Validator::hashedAccountUri_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("uri");

    // draft-ietf-acme-dns-persist-02 §10.2, the test vector: key = RFC 7638's thumbprint,
    // account https://ca.example/acct/123, prefix https://ca.example/account-hash/.
    QTest::newRow("the draft's vector for example.com")
        << QStringLiteral("example.com")
        << QStringLiteral("https://ca.example/account-hash/sha-256/5SQm7n6tPh2-PlLbCKGnViTXX5z19SCN4cPGQHSk-kw");
    QTest::newRow("the draft's vector for the domain-independent form")
        << QStringLiteral("*")
        << QStringLiteral("https://ca.example/account-hash/sha-256/NpDnSwUthQK8zCgFdefYxAdAVPnygMLbs9US6oO-5ug");
}

void TestDnsPersist01Validator::hashedAccountUri()
{
    QFETCH(QString, domain);
    QFETCH(QString, uri);
    QCOMPARE(DnsPersist01Validator::hashedAccountUri(QStringLiteral("https://ca.example/account-hash/"), domain,
                                                     kThumbprint, QStringLiteral("https://ca.example/acct/123")),
             uri);
}

void TestDnsPersist01Validator::validate_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("records"); // templates, see expand()
    QTest::addColumn<bool>("wildcard");
    QTest::addColumn<int>("anchor");
    QTest::addColumn<bool>("requireDnssec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problemType");
    QTest::addColumn<QString>("detailContains");
    QTest::addColumn<qint64>("validUntilMs");

    const QString ours = QStringLiteral("ca.anvil.test; accounturi={OURS}");
    const QString unauthorized = QStringLiteral("unauthorized");
    const QString malformed = QStringLiteral("malformed");
    auto row
        = [](const char *name, const QString &domain, const QStringList &records, bool valid,
             const QString &problem = {}, const QString &detail = {}, bool wildcard = false, qint64 validUntil = 0) {
              QTest::newRow(name) << domain << records << wildcard << int(ZoneDs) << true << valid << problem << detail
                                  << validUntil;
          };

    row("the account's record for this CA is valid", QStringLiteral("p-ok.anvil.test"), {ours}, true);
    row("the domain-independent hash is valid", QStringLiteral("p-any.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={ANY-DOMAIN}")}, true);
    row("a record made with an earlier key of the account is valid", QStringLiteral("p-oldkey.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OLD-KEY}")}, true);
    row("issuer names compare without case and trailing dot", QStringLiteral("p-case.anvil.test"),
        {QStringLiteral("CA.Anvil.Test.;accounturi={OURS}")}, true);
    row("unknown parameters are ignored", QStringLiteral("p-unknown.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OURS}; future-tag=anything")}, true);
    row("another CA's record beside ours is ignored", QStringLiteral("p-twoca.anvil.test"),
        {QStringLiteral("other-ca.example; accounturi=https://other.example/h/sha-256/x"), ours}, true);
    row("a persistUntil in the future is valid and bounds the validation", QStringLiteral("p-until.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OURS}; persistUntil={FUTURE}")}, true, {}, {}, false,
        (kNowS + 3600) * 1000);
    row("a wildcard with policy=wildcard is valid", QStringLiteral("p-wild.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OURS}; policy=wildcard")}, true, {}, {}, true);
    row("policy values compare without case", QStringLiteral("p-wildcase.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OURS}; policy=WildCard")}, true, {}, {}, true);

    row("a wildcard without policy=wildcard is unauthorized", QStringLiteral("p-nowild.anvil.test"), {ours}, false,
        unauthorized, QStringLiteral("has no policy=wildcard, which a wildcard certificate for *.p-nowild.anvil.test"),
        true);
    row("an unknown policy value does not extend to wildcards", QStringLiteral("p-otherpolicy.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OURS}; policy=subdomains")}, false, unauthorized,
        QStringLiteral("has no policy=wildcard"), true);
    row("another account's record is unauthorized", QStringLiteral("p-otheracct.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OTHER-ACCOUNT}")}, false, unauthorized,
        QStringLiteral("does not identify this account"));
    row("a record hashed for another domain is unauthorized", QStringLiteral("p-otherdomain.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OTHER-DOMAIN}")}, false, unauthorized,
        QStringLiteral("does not identify this account"));
    row("only another CA's record is unauthorized", QStringLiteral("p-otherca.anvil.test"),
        {QStringLiteral("other-ca.example; accounturi={OURS}")}, false, unauthorized,
        QStringLiteral("No TXT record at _validation-persist.p-otherca.anvil.test names an issuer domain name of "
                       "this CA (ca.anvil.test, ca2.anvil.test)"));
    row("no record is unauthorized", QStringLiteral("p-missing.anvil.test"), {}, false, unauthorized,
        QStringLiteral("No TXT record found at _validation-persist.p-missing.anvil.test"));
    row("an expired persistUntil is unauthorized", QStringLiteral("p-expired.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OURS}; persistUntil={PAST}")}, false, unauthorized,
        QStringLiteral("expired at 2027-01-15T07:59:59Z"));
    row("a persistUntil that is not a number is malformed", QStringLiteral("p-badtime.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OURS}; persistUntil=2027-01-01")}, false, malformed,
        QStringLiteral("is not a base-10 UNIX time"));
    row("a record without accounturi is malformed", QStringLiteral("p-noacct.anvil.test"),
        {QStringLiteral("ca.anvil.test; policy=wildcard")}, false, malformed,
        QStringLiteral("has no accounturi parameter"));
    row("a duplicate parameter is malformed", QStringLiteral("p-dup.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OURS}; AccountURI={OURS}")}, false, malformed,
        QStringLiteral("Duplicate parameter AccountURI"));
    row("a plain account URL (draft -01's form) is malformed", QStringLiteral("p-plain.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi=") + kAccountUrl}, false, malformed,
        QStringLiteral("is not a hashed account URI under https://ca.test:8442/acme/account-hash/"));
    row("another hash algorithm is malformed", QStringLiteral("p-sha512.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi=") + kPrefix
         + QStringLiteral("sha-512/5SQm7n6tPh2-PlLbCKGnViTXX5z19SCN4cPGQHSk-kw")},
        false, malformed, QStringLiteral("does not use the sha-256 hash algorithm"));
    row("a truncated hash is malformed", QStringLiteral("p-short.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi=") + kPrefix + QStringLiteral("sha-256/5SQm7n6tPh2")}, false,
        malformed, QStringLiteral("does not end in 43 characters of base64url"));
    row("a parameter without a value is malformed", QStringLiteral("p-novalue.anvil.test"),
        {QStringLiteral("ca.anvil.test; accounturi={OURS}; policy")}, false, malformed,
        QStringLiteral("Malformed parameter \"policy\""));

    QTest::newRow("a bogus answer is refused")
        << QStringLiteral("p-bogus.anvil.test") << QStringList {ours} << false << int(WrongDs) << false << false
        << QStringLiteral("dns") << QStringLiteral("DNSSEC validation failed for TXT _validation-persist.p-bogus")
        << qint64(0);
    QTest::newRow("an unsigned zone is refused when DNSSEC is required")
        << QStringLiteral("p.insecure.test") << QStringList {ours} << false << int(ZoneDs) << true << false
        << QStringLiteral("dns") << QStringLiteral("DNSSEC validation required but the answer is insecure")
        << qint64(0);
    QTest::newRow("an unsigned zone is accepted when DNSSEC is not required")
        << QStringLiteral("p-plain.insecure.test") << QStringList {ours} << false << int(ZoneDs) << false << true
        << QString() << QString() << qint64(0);
}

void TestDnsPersist01Validator::validate()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, records);
    QFETCH(bool, wildcard);
    QFETCH(int, anchor);
    QFETCH(bool, requireDnssec);
    QFETCH(bool, valid);
    QFETCH(QString, problemType);
    QFETCH(QString, detailContains);
    QFETCH(qint64, validUntilMs);

    const QString name = DnsPersist01Validator::validationName(domain);
    for (int i = 0; i < records.size(); ++i) {
        const QString value = expand(records.at(i), domain);
        const VoidResult set = i == 0 ? m_dns->setTxt(name, value) : m_dns->addTxt(name, value);
        QVERIFY2(set, qPrintable(set.isOk() ? QString() : set.error().detail()));
    }

    ChallengeTask task;
    task.type = QStringLiteral("dns-persist-01");
    task.identifierType = QStringLiteral("dns");
    task.identifierValue = domain;
    task.wildcard = wildcard;
    task.token = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA");
    task.accountUrl = kAccountUrl;
    task.accountKeyThumbprints = {kThumbprint, kOldThumbprint};
    task.issuerDomainNames = {QStringLiteral("ca.anvil.test"), QStringLiteral("ca2.anvil.test")};
    task.accountHashPrefix = kPrefix;
    task.nowMs = kNowS * 1000;
    task.policy = policy(static_cast<Anchor>(anchor));
    task.policy.requireDnssec = requireDnssec;

    const ValidationOutcome outcome = ChallengeValidator().validate(task);
    QVERIFY2(outcome.valid == valid, qPrintable(outcome.problemType + QLatin1Char(' ') + outcome.detail));
    QCOMPARE(outcome.problemType, problemType);
    QVERIFY2(outcome.detail.contains(detailContains), qPrintable(outcome.detail));
    QCOMPARE(outcome.validUntilMs, validUntilMs);
}

QTEST_GUILESS_MAIN(TestDnsPersist01Validator)
#include "TestDnsPersist01Validator.moc"
