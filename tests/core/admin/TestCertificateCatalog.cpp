// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/CertificateCatalog.h"

#include "core/acme/PkiCertificates.h"
#include "core/admin/DashboardCatalog.h"
#include "core/config/ConfigStore.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Csr.h"
#include "core/crypto/MasterKey.h"
#include "core/crypto/PrivateKey.h"
#include "core/crypto/X509Certificate.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "tests/support/TestDatabases.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <functional>
#include <optional>

namespace {

const Duration k10y = Duration::fromMs(3650LL * 24 * 3600 * 1000);
const qint64 kDayMs = 24LL * 3600 * 1000;

} // namespace

class TestCertificateCatalog : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        explicit Fixture(const QString &backend = {})
            : db(backend.isEmpty() ? TestDatabases::memory() : TestDatabases::fresh(backend))
            , clock(QDateTime::currentSecsSinceEpoch() * 1000 - 60000)
            , cas(db, MasterKey::generate(), clock)
            , profiles(db, clock)
            , issuance(db, cas, profiles, clock)
            , catalog(db, clock)
        {
            ok = cas.createRootAndIssuing(QStringLiteral("Root"), QStringLiteral("CN=Test Root"),
                                          QStringLiteral("Issuing"), QStringLiteral("CN=Test Issuing"),
                                          QStringLiteral("EC:P-256"), k10y, k10y)
                     .isOk()
                && profiles.ensureDefaults(QStringLiteral("Issuing")).isOk();
            catalog.setPki(&cas, &issuance);
        }

        Result<IssuedCertificate> issue(const QString &name)
        {
            clock.advanceMs(1000);
            Result<Csr> csr = Csr::build(*PrivateKey::generate(QStringLiteral("EC:P-256")), {name}, {name}, {});
            IssuanceRequest r;
            r.csrDer = csr->toDer();
            r.identifiers = {{QStringLiteral("dns"), name}};
            r.orderId = Crypto::randomId(8);
            r.accountId = QStringLiteral("acct-1");
            return issuance.issue(r);
        }

        std::shared_ptr<Database> db;
        MockClock clock;
        CaService cas;
        ProfileRepository profiles;
        IssuanceService issuance;
        CertificateCatalog catalog;
        bool ok = false;
    };

private slots:
    void pagesSearchesAndCounts()
    {
        Fixture f;
        QVERIFY(f.ok);
        QStringList serials;
        for (int i = 0; i < 7; ++i) {
            Result<IssuedCertificate> c = f.issue(QStringLiteral("host%1.example.com").arg(i));
            QVERIFY(c.isOk());
            serials << c->serialHex;
        }
        Result<Page<CertificateSummary>> first = f.catalog.list({}, nullptr, 4);
        QVERIFY(first.isOk());
        QCOMPARE(first->rows.size(), 4);
        QVERIFY(first->more);
        QCOMPARE(first->rows.first().names, QStringList {QStringLiteral("host6.example.com")});
        QCOMPARE(first->rows.first().caName, QStringLiteral("Issuing"));
        Result<Page<CertificateSummary>> rest = f.catalog.list({}, &first->rows.constLast(), 4);
        QCOMPARE(rest->rows.size(), 3);
        QVERIFY(!rest->more);

        Result<Page<CertificateSummary>> byName = f.catalog.list({QStringLiteral("host3."), {}}, nullptr, 10);
        QCOMPARE(byName->rows.size(), 1);
        Result<Page<CertificateSummary>> bySerial = f.catalog.list({serials.at(2).left(10).toUpper(), {}}, nullptr, 10);
        QCOMPARE(bySerial->rows.size(), 1);
        QCOMPARE(bySerial->rows.first().serialHex, serials.at(2));
        QCOMPARE(*f.catalog.count(), 7);
        // A capped count stops at the cap (the console's text searches), not below it.
        QCOMPARE(*f.catalog.count({QStringLiteral("example.com"), {}}, 3), 3);
        QCOMPARE(*f.catalog.count({QStringLiteral("example.com"), {}}, 100), 7);
        QCOMPARE(*f.catalog.count({QStringLiteral("host3."), {}}, 100), 1);
    }

    void pagesCertificatesCreatedInTheSameMillisecond()
    {
        Fixture f;
        QVERIFY(f.ok);
        QStringList all;
        QStringList revoked;
        for (int i = 0; i < 5; ++i) {
            Result<IssuedCertificate> c = f.issue(QStringLiteral("same%1.example.com").arg(i));
            QVERIFY(c.isOk());
            all << c->id.value();
            if (i % 2 == 0) {
                QVERIFY(f.catalog.revoke(c->id, 1, QStringLiteral("admin:test")).isOk());
                revoked << c->id.value();
            }
        }
        QVERIFY(f.db->exec(QStringLiteral("UPDATE certificates SET created_at = 1700000000000")).isOk());
        QStringList valid = all;
        for (const QString &id : revoked) {
            valid.removeAll(id);
        }
        for (const auto &[status, ids] : {std::pair {QString(), all}, std::pair {QStringLiteral("valid"), valid},
                                          std::pair {QStringLiteral("revoked"), revoked}}) {
            QStringList expected = ids;
            std::sort(expected.begin(), expected.end(), std::greater<>());
            QStringList seen;
            std::optional<CertificateSummary> cursor;
            for (int pages = 0; pages < 10; ++pages) {
                Result<Page<CertificateSummary>> page = f.catalog.list({{}, status}, cursor ? &*cursor : nullptr, 2);
                QVERIFY(page.isOk());
                for (const CertificateSummary &c : page->rows) {
                    seen << c.id.value();
                }
                if (!page->more) {
                    break;
                }
                cursor = page->rows.constLast();
            }
            QCOMPARE(seen, expected); // the id breaks the tie: no certificate twice, none left out
        }
    }

    void detailsCarryPemAndChain()
    {
        Fixture f;
        Result<IssuedCertificate> c = f.issue(QStringLiteral("www.example.com"));
        QVERIFY(c.isOk());
        Result<CertificateDetails> d = f.catalog.details(c->id);
        QVERIFY(d.isOk());
        QVERIFY(d->pem.startsWith("-----BEGIN CERTIFICATE-----"));
        QCOMPARE(d->pem.count("BEGIN CERTIFICATE"), 1);
        QCOMPARE(d->chainPem.count("BEGIN CERTIFICATE"), 2); // issuing CA, then root
        QCOMPARE(d->issuerDn, QStringLiteral("CN=Test Issuing"));
        QVERIFY(d->keyType.startsWith(QStringLiteral("EC")));
        QCOMPARE(f.catalog.details(CertificateId(QStringLiteral("nope"))).error().code(), CoreError::Code::NotFound);
    }

    void revokeAuditsAndFilters()
    {
        Fixture f;
        Result<IssuedCertificate> a = f.issue(QStringLiteral("a.example.com"));
        Result<IssuedCertificate> b = f.issue(QStringLiteral("b.example.com"));
        QVERIFY(a.isOk() && b.isOk());
        Result<CertificateSummary> r = f.catalog.revoke(a->id, 1, QStringLiteral("admin:test"));
        QVERIFY(r.isOk());
        QCOMPARE(r->status, QStringLiteral("revoked"));
        QCOMPARE(r->revocationReason, 1);
        QCOMPARE(f.catalog.revoke(a->id, 1, QStringLiteral("admin:test")).error().code(), CoreError::Code::Conflict);
        QCOMPARE(f.catalog.revoke(b->id, 2, QStringLiteral("admin:test")).error().code(), CoreError::Code::Malformed);

        Result<QList<AuditEntry>> audit = AuditLog(f.db, f.clock).recent(1);
        QCOMPARE(audit->first().action, QStringLiteral("certificate.revoke"));
        QCOMPARE(audit->first().object, a->id.value());

        QCOMPARE(*f.catalog.count({{}, QStringLiteral("revoked")}), 1);
        QCOMPARE(*f.catalog.count({{}, QStringLiteral("valid")}), 1);
        QCOMPARE(*f.catalog.count({{}, QStringLiteral("expired")}), 0);
        f.clock.advanceMs(400 * kDayMs);
        QCOMPARE(*f.catalog.count({{}, QStringLiteral("expired")}), 1);
    }

    void earlyRenewalMarksReachRenewalInfo()
    {
        Fixture f;
        Result<IssuedCertificate> a = f.issue(QStringLiteral("a.example.com"));
        Result<IssuedCertificate> b = f.issue(QStringLiteral("b.example.com"));
        QVERIFY(a.isOk() && b.isOk());
        ConfigStore config(f.db, f.clock);
        PkiCertificates facade(f.db, config, f.cas, f.profiles, f.issuance, f.clock);
        auto markOf = [&](const IssuedCertificate &c) -> qint64 {
            const X509Certificate x = *X509Certificate::fromDer(c.der);
            Result<std::optional<CertificateFacade::CertificateInfo>> info
                = facade.findByCertId(x.authorityKeyId(), QByteArray::fromHex(c.serialHex.toLatin1()));
            return info && info->has_value() ? (*info)->renewEarlyAt : -1;
        };
        QCOMPARE(markOf(*a), 0);
        f.clock.advanceMs(5000);
        QVERIFY(f.catalog.markForEarlyRenewal(a->id, QStringLiteral("admin:test")).isOk());
        QCOMPARE(markOf(*a), f.clock.nowMs());
        QCOMPARE(markOf(*b), 0);
        QCOMPARE(AuditLog(f.db, f.clock).recent(1)->first().action, QStringLiteral("certificate.renewEarly"));
        QCOMPARE(
            f.catalog.markForEarlyRenewal(CertificateId(QStringLiteral("nope")), QStringLiteral("a")).error().code(),
            CoreError::Code::NotFound);

        f.clock.advanceMs(5000);
        QVERIFY(f.catalog.markCaForEarlyRenewal(QStringLiteral("Issuing"), QStringLiteral("admin:test")).isOk());
        QCOMPARE(markOf(*b), f.clock.nowMs());
        QCOMPARE(AuditLog(f.db, f.clock).recent(1)->first().action, QStringLiteral("ca.renewEarly"));
        // A certificate issued after the CA-wide mark is not concerned by it.
        Result<IssuedCertificate> c = f.issue(QStringLiteral("c.example.com"));
        QVERIFY(c.isOk());
        QCOMPARE(markOf(*c), 0);
        QCOMPARE(f.catalog.markCaForEarlyRenewal(QStringLiteral("nope"), QStringLiteral("a")).error().code(),
                 CoreError::Code::NotFound);
    }

    void bulkRevocationGoesInResumableBatches_data()
    {
        QTest::addColumn<QString>("backend");
        for (const QString &b : TestDatabases::backends()) {
            QTest::newRow(qPrintable(b)) << b;
        }
    }

    void bulkRevocationGoesInResumableBatches()
    {
        QFETCH(QString, backend);
        Fixture f(backend);
        QVERIFY(f.ok);
        QList<IssuedCertificate> issued;
        for (int i = 0; i < 7; ++i) {
            Result<IssuedCertificate> c = f.issue(QStringLiteral("bulk%1.example.com").arg(i));
            QVERIFY(c.isOk());
            issued << *c;
        }
        QVERIFY(f.catalog.revoke(issued.at(2).id, 4, QStringLiteral("admin:other")).isOk());
        auto auditCount = [&f]() {
            Result<QSqlQuery> q = f.db->exec(QStringLiteral("SELECT count(*) FROM audit_log"));
            return TestDatabases::firstValue(q, -1).toLongLong();
        };
        const qint64 auditBefore = auditCount();

        // The chosen ones, three a batch: one already revoked, one that does not exist.
        BulkRevocation job;
        job.ids = {issued.at(0).id, issued.at(1).id, issued.at(2).id, CertificateId(QStringLiteral("gone")),
                   issued.at(3).id};
        job.reason = 1;
        job.actor = QStringLiteral("admin:test");
        Result<BulkRevocationProgress> first = f.catalog.revokeBatch(job, {}, 3);
        QVERIFY(first.isOk());
        QVERIFY(!first->finished);
        QCOMPARE(first->revoked, 2);
        QCOMPARE(first->alreadyRevoked, 1);
        QCOMPARE(first->nextIndex, 3);
        Result<BulkRevocationProgress> second = f.catalog.revokeBatch(job, *first, 3);
        QVERIFY(second.isOk());
        QVERIFY(second->finished);
        QCOMPARE(second->revoked, 3);
        QCOMPARE(second->alreadyRevoked, 1);
        QCOMPARE(second->failed, 1);
        // Each revocation audited, with the reason; a finished job does nothing more.
        QCOMPARE(auditCount(), auditBefore + 3);
        QCOMPARE(AuditLog(f.db, f.clock).recent(1)->first().action, QStringLiteral("certificate.revoke"));
        QCOMPARE(f.catalog.revokeBatch(job, *second, 3)->revoked, 3);
        QCOMPARE(f.catalog.find(issued.at(3).id)->revocationReason, 1);
        QCOMPARE(f.catalog.find(issued.at(2).id)->revocationReason, 4); // not revoked twice

        // Everything matching a filter, two a batch: the keyset cursor resumes where the last
        // batch stopped, and what became revoked meanwhile is not skipped or counted twice.
        BulkRevocation all;
        all.filter = CertificateFilter {QStringLiteral("bulk"), {}};
        all.reason = 5;
        all.actor = QStringLiteral("admin:test");
        BulkRevocationProgress p;
        int batches = 0;
        while (!p.finished) {
            Result<BulkRevocationProgress> next = f.catalog.revokeBatch(all, p, 2);
            QVERIFY(next.isOk());
            p = *next;
            QVERIFY(++batches <= 4);
            if (batches == 1) {
                // A client revokes one the job has not reached yet.
                QVERIFY(f.catalog.revoke(issued.at(4).id, 0, QStringLiteral("client")).isOk());
            }
        }
        QCOMPARE(p.revoked, 2); // 5 and 6 (newest first)
        QCOMPARE(p.alreadyRevoked, 5);
        QCOMPARE(p.failed, 0);
        QCOMPARE(*f.catalog.count({{}, QStringLiteral("revoked")}), 7);
        QCOMPARE(f.catalog.find(issued.at(6).id)->revocationReason, 5);

        // Refused up front: a reason revoke() refuses.
        all.reason = 2;
        QCOMPARE(f.catalog.revokeBatch(all, {}, 2).error().code(), CoreError::Code::Malformed);
    }

    void readOnlyWithoutPki()
    {
        const MockClock clock;
        CertificateCatalog catalog(TestDatabases::memory(), clock);
        QVERIFY(!catalog.canRevoke());
        QCOMPARE(catalog.revoke(CertificateId(QStringLiteral("x")), 1, QStringLiteral("a")).error().code(),
                 CoreError::Code::Unsupported);
        QCOMPARE(catalog.revokeBatch({}, {}, 10).error().code(), CoreError::Code::Unsupported);
        QVERIFY(CertificateCatalog::revocationReasons().contains(1));
        QVERIFY(!CertificateCatalog::revocationReasons().contains(2));
    }

    void dashboardCountsToday()
    {
        Fixture f;
        QVERIFY(f.issue(QStringLiteral("a.example.com")).isOk());
        Result<IssuedCertificate> b = f.issue(QStringLiteral("b.example.com"));
        QVERIFY(f.catalog.revoke(b->id, 4, QStringLiteral("admin:test")).isOk());
        Result<DashboardOverview> o = DashboardCatalog(f.db, f.clock).overview(7);
        QVERIFY(o.isOk());
        QCOMPARE(o->certificatesValid, 1);
        QCOMPARE(o->certificatesRevoked, 1);
        QCOMPARE(o->cas, 2);
        QCOMPARE(o->history.size(), 7);
        QCOMPARE(o->history.constLast().date, f.clock.now().date());
        qint64 issued = 0;
        for (const DashboardOverview::Day &d : o->history) {
            issued += d.issued;
        }
        QCOMPARE(issued, 2);
        QVERIFY(!o->recentActivity.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificateCatalog)
#include "TestCertificateCatalog.moc"
