// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/ChallengeValidator.h"
#include "core/validation/Dns01Validator.h"
#include "core/validation/DnsResolver.h"
#include "core/validation/KeyAuthorizationDigest.h"
#include "tests/support/dns/KnotFixture.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QRunnable>
#include <QTest>
#include <QThreadPool>

#include <memory>

namespace {

const QString kKeyAuthorization
    = QStringLiteral("evaGxfADs6pSRb2LAv9IZf17Dt3juxGJ-PCt92wr-oA.9jg46WB3rR_AHD-EBXdN7cBkH1WOu0tA3M9fm21mqTI");

enum Anchor {
    ZoneDs,
    ZoneDnskey,
    WrongDs,
    Garbage,
};

} // namespace

class TestDns01Validator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void txtValue();
    void validate_data();
    void validate();
    void unreachableResolverIsBounded();
    void resolverReportsSecurity_data();
    void resolverReportsSecurity();
    void hostLookupThroughResolver();
    void concurrentValidationsOnAPool();

private:
    ValidationPolicy policy(Anchor anchor = ZoneDs) const;

    std::unique_ptr<KnotFixture> m_dns;
    QString m_dnskey;
};

void TestDns01Validator::initTestCase()
{
    ANVIL_START_KNOT(m_dns, true);
    QVERIFY(m_dns->trustAnchor().contains(QLatin1String(" DS ")));
    const Result<QString> dnskey = m_dns->dnskey();
    QVERIFY(dnskey);
    m_dnskey = dnskey.value();
}

void TestDns01Validator::cleanupTestCase()
{
    m_dns.reset();
}

ValidationPolicy TestDns01Validator::policy(Anchor anchor) const
{
    ValidationPolicy p;
    p.dnsResolver = QStringLiteral("127.0.0.1");
    p.dnsPort = m_dns->port();
    p.timeoutMs = 5000;
    switch (anchor) {
    case ZoneDs:
        p.dnssecTrustAnchor = m_dns->trustAnchor();
        break;
    case ZoneDnskey:
        p.dnssecTrustAnchor = m_dnskey;
        break;
    case WrongDs:
        p.dnssecTrustAnchor = m_dns->trustAnchorWithWrongDigest();
        break;
    case Garbage:
        p.dnssecTrustAnchor = QStringLiteral("anvil.test. DS not a ds record");
        break;
    }
    return p;
}

void TestDns01Validator::txtValue()
{
    // RFC 8555 §8.4 example shape: 43 characters of unpadded base64url.
    const QString value = KeyAuthorizationDigest::dnsTxtValue(kKeyAuthorization);
    QCOMPARE(value.size(), 43);
    QVERIFY(!value.contains(QLatin1Char('=')) && !value.contains(QLatin1Char('+'))
            && !value.contains(QLatin1Char('/')));
    QCOMPARE(KeyAuthorizationDigest::sha256(QStringLiteral("abc")).toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestDns01Validator::validate_data()
{
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QStringList>("txt"); // records put at _acme-challenge.<domain> first; "{OK}" = right value
    QTest::addColumn<int>("anchor");
    QTest::addColumn<bool>("requireDnssec");
    QTest::addColumn<QString>("identifierType");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problemType");
    QTest::addColumn<QString>("detailContains");

    const QString ok = QStringLiteral("{OK}");
    const QString dns = QStringLiteral("dns");
    QTest::newRow("right TXT in a signed zone is valid and secure")
        << QStringLiteral("secure.anvil.test") << QStringList {ok} << int(ZoneDs) << true << dns << true << QString()
        << QString();
    QTest::newRow("a DNSKEY trust anchor works too")
        << QStringLiteral("dnskey.anvil.test") << QStringList {ok} << int(ZoneDnskey) << true << dns << true
        << QString() << QString();
    QTest::newRow("one matching record among several is enough")
        << QStringLiteral("several.anvil.test") << QStringList {QStringLiteral("stale-value"), ok} << int(ZoneDs)
        << true << dns << true << QString() << QString();
    QTest::newRow("a wrong TXT is an incorrect response")
        << QStringLiteral("wrong.anvil.test") << QStringList {QStringLiteral("not-the-digest")} << int(ZoneDs) << true
        << dns << false << QStringLiteral("incorrectResponse")
        << QStringLiteral("Incorrect TXT record \"not-the-digest\" found at _acme-challenge.wrong.anvil.test");
    QTest::newRow("a missing record is unauthorized")
        << QStringLiteral("missing.anvil.test") << QStringList() << int(ZoneDs) << true << dns << false
        << QStringLiteral("unauthorized")
        << QStringLiteral("No TXT record found at _acme-challenge.missing.anvil.test");
    QTest::newRow("a bogus answer is refused naming why")
        << QStringLiteral("bogus.anvil.test") << QStringList {ok} << int(WrongDs) << false << dns << false << dns
        << QStringLiteral("DNSSEC validation failed for TXT _acme-challenge.bogus.anvil.test: ");
    QTest::newRow("an unsigned zone is refused when DNSSEC is required")
        << QStringLiteral("www.insecure.test") << QStringList {ok} << int(ZoneDs) << true << dns << false << dns
        << QStringLiteral("DNSSEC validation required but the answer is insecure");
    QTest::newRow("an unsigned zone is accepted when DNSSEC is not required")
        << QStringLiteral("plain.insecure.test") << QStringList {ok} << int(ZoneDs) << false << dns << true << QString()
        << QString();
    QTest::newRow("an IP identifier is rejected (RFC 8738 section 7)")
        << QStringLiteral("127.0.0.1") << QStringList() << int(ZoneDs) << false << QStringLiteral("ip") << false
        << QStringLiteral("rejectedIdentifier") << QStringLiteral("RFC 8738");
    QTest::newRow("an unusable trust anchor is a server error")
        << QStringLiteral("garbage.anvil.test") << QStringList {ok} << int(Garbage) << false << dns << false
        << QStringLiteral("serverInternal") << QStringLiteral("DNS resolver configuration");
}

void TestDns01Validator::validate()
{
    QFETCH(QString, domain);
    QFETCH(QStringList, txt);
    QFETCH(int, anchor);
    QFETCH(bool, requireDnssec);
    QFETCH(QString, identifierType);
    QFETCH(bool, valid);
    QFETCH(QString, problemType);
    QFETCH(QString, detailContains);

    const QString name = Dns01Validator::challengeName(domain);
    for (int i = 0; i < txt.size(); ++i) {
        const QString value
            = txt.at(i) == QLatin1String("{OK}") ? KeyAuthorizationDigest::dnsTxtValue(kKeyAuthorization) : txt.at(i);
        const VoidResult set = i == 0 ? m_dns->setTxt(name, value) : m_dns->addTxt(name, value);
        QVERIFY2(set, qPrintable(set.isOk() ? QString() : set.error().detail()));
    }

    ChallengeTask task;
    task.type = QStringLiteral("dns-01");
    task.identifierType = identifierType;
    task.identifierValue = domain;
    task.token = kKeyAuthorization.section(QLatin1Char('.'), 0, 0);
    task.keyAuthorization = kKeyAuthorization;
    task.policy = policy(static_cast<Anchor>(anchor));
    task.policy.requireDnssec = requireDnssec;

    const ValidationOutcome outcome = ChallengeValidator().validate(task);
    QVERIFY2(outcome.valid == valid, qPrintable(outcome.problemType + QLatin1Char(' ') + outcome.detail));
    QCOMPARE(outcome.problemType, problemType);
    QVERIFY2(outcome.detail.contains(detailContains), qPrintable(outcome.detail));
    if (anchor == WrongDs) {
        // The reason comes from the validator, not a generic text.
        QVERIFY2(outcome.detail.size() > detailContains.size() + 10, qPrintable(outcome.detail));
    }
}

void TestDns01Validator::unreachableResolverIsBounded()
{
    // A UDP port nobody answers on: the lookup must end by the deadline, as a dns problem.
    QUdpSocket silent;
    QVERIFY(silent.bind(QHostAddress::LocalHost, 0));
    ValidationPolicy p = policy();
    p.dnsPort = silent.localPort();
    p.timeoutMs = 1500;
    ChallengeTask task;
    task.type = QStringLiteral("dns-01");
    task.identifierType = QStringLiteral("dns");
    task.identifierValue = QStringLiteral("www.anvil.test");
    task.token = QStringLiteral("token");
    task.keyAuthorization = kKeyAuthorization;
    task.policy = p;
    QElapsedTimer elapsed;
    elapsed.start();
    const ValidationOutcome outcome = Dns01Validator().validate(task);
    QVERIFY(!outcome.valid);
    QCOMPARE(outcome.problemType, QStringLiteral("dns"));
    QVERIFY2(outcome.detail.contains(QLatin1String("Timeout after 1.5s")), qPrintable(outcome.detail));
    QVERIFY2(elapsed.elapsed() < 2500, qPrintable(QString::number(elapsed.elapsed())));
}

void TestDns01Validator::resolverReportsSecurity_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("anchor");
    QTest::addColumn<int>("security");
    QTest::addColumn<bool>("hasData");

    QTest::newRow("A in the signed zone is secure")
        << QStringLiteral("www.anvil.test") << int(DnsResolver::RecordType::A) << int(ZoneDs)
        << int(DnsResolver::Security::Secure) << true;
    QTest::newRow("proven absence is secure") << QStringLiteral("www.anvil.test") << int(DnsResolver::RecordType::Txt)
                                              << int(ZoneDs) << int(DnsResolver::Security::Secure) << false;
    QTest::newRow("a zone outside every anchor is insecure")
        << QStringLiteral("host.insecure.test") << int(DnsResolver::RecordType::A) << int(ZoneDs)
        << int(DnsResolver::Security::Insecure) << true;
    QTest::newRow("a wrong anchor makes the zone bogus")
        << QStringLiteral("www.anvil.test") << int(DnsResolver::RecordType::A) << int(WrongDs)
        << int(DnsResolver::Security::Bogus) << false;
}

void TestDns01Validator::resolverReportsSecurity()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    QFETCH(int, anchor);
    QFETCH(int, security);
    QFETCH(bool, hasData);

    DnsResolver resolver(policy(static_cast<Anchor>(anchor)));
    const Result<DnsResolver::Answer> answer
        = resolver.lookup(name, static_cast<DnsResolver::RecordType>(type), ValidationDeadline(5000));
    QVERIFY2(answer, qPrintable(answer.isOk() ? QString() : answer.error().detail()));
    QCOMPARE(int(answer->security), security);
    QCOMPARE(answer->hasData(), hasData);
    if (security == int(DnsResolver::Security::Bogus)) {
        QVERIFY(!answer->whyBogus.isEmpty());
    }
}

void TestDns01Validator::hostLookupThroughResolver()
{
    const Result<QList<QHostAddress>> found
        = defaultHostLookup()(QStringLiteral("anything.anvil.test"), policy(), ValidationDeadline(5000));
    QVERIFY2(found, qPrintable(found.isOk() ? QString() : found.error().detail()));
    QCOMPARE(found.value(), QList<QHostAddress> {QHostAddress(QStringLiteral("127.0.0.1"))});

    const Result<QList<QHostAddress>> bogus
        = defaultHostLookup()(QStringLiteral("www.anvil.test"), policy(WrongDs), ValidationDeadline(5000));
    QVERIFY(!bogus);
    QVERIFY2(bogus.error().detail().contains(QLatin1String("DNSSEC validation")), qPrintable(bogus.error().detail()));
}

void TestDns01Validator::concurrentValidationsOnAPool()
{
    // The engine runs validators on QThreadPool workers: one resolver context each, no sharing.
    const QString domain = QStringLiteral("pool.anvil.test");
    const VoidResult set
        = m_dns->setTxt(Dns01Validator::challengeName(domain), KeyAuthorizationDigest::dnsTxtValue(kKeyAuthorization));
    QVERIFY(set);
    ChallengeTask task;
    task.type = QStringLiteral("dns-01");
    task.identifierType = QStringLiteral("dns");
    task.identifierValue = domain;
    task.token = QStringLiteral("token");
    task.keyAuthorization = kKeyAuthorization;
    task.policy = policy();
    task.policy.requireDnssec = true;

    QThreadPool pool;
    pool.setMaxThreadCount(8);
    QMutex mutex;
    QStringList failures;
    const ChallengeValidator validator;
    for (int i = 0; i < 16; ++i) {
        pool.start(QRunnable::create([&] {
            const ValidationOutcome outcome = validator.validate(task);
            if (!outcome.valid) {
                QMutexLocker lock(&mutex);
                failures.append(outcome.detail);
            }
        }));
    }
    QVERIFY(pool.waitForDone(30000));
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestDns01Validator)
#include "TestDns01Validator.moc"
