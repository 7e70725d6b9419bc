// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DashboardPage.h"

#include "core/acme/AcmeMetrics.h"
#include "tests/ui/UiFixture.h"

#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>

/**
 * The dashboard's live server numbers come from the registry behind /metrics: what the page
 * shows is what a scrape of the same registry answers at that moment.
 */
class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    /** The value of one sample line of the exposition (`name{labels} value`), -1 when missing. */
    static double sample(const QByteArray &exposition, const QString &line)
    {
        const QRegularExpression re(QLatin1Char('^') + QRegularExpression::escape(line) + QStringLiteral(" (\\S+)$"),
                                    QRegularExpression::MultilineOption);
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(exposition));
        return m.hasMatch() ? m.captured(1).toDouble() : -1;
    }

private slots:
    void showsTheNumbersOfMetrics()
    {
        UiFixture f;
        AcmeMetrics metrics;
        qint64 nonces = 7;
        f.admin->setMetrics(&metrics, [&nonces]() { return nonces; });
        // newOrder: 3 created (2, 4 and 40 ms) and one refused (0.5 ms).
        metrics.recordRequest(QStringLiteral("/acme/newOrder"), 201, 2000);
        metrics.recordRequest(QStringLiteral("/acme/newOrder"), 201, 4000);
        metrics.recordRequest(QStringLiteral("/acme/web/newOrder"), 201, 40000);
        metrics.recordRequest(QStringLiteral("/acme/newOrder"), 400, 500);
        metrics.recordRequest(QStringLiteral("/acme/directory"), 200, 300);
        metrics.recordValidation(QStringLiteral("http-01"), QStringLiteral("valid"));
        metrics.recordValidation(QStringLiteral("http-01"), QStringLiteral("valid"));
        metrics.recordValidation(QStringLiteral("dns-01"), QStringLiteral("dns"));

        DashboardPage page(f.admin.get());
        QSignalSpy shown(&page, &DashboardPage::metricsShown);
        page.activate();
        QVERIFY(shown.wait());

        const QByteArray scrape = metrics.render(AcmeMetrics::readGauges(*f.db, f.clock.nowMs()));
        const QLocale locale;
        QCOMPARE(page.requestMetric(QStringLiteral("newOrder"), 1), QStringLiteral("4"));
        QCOMPARE(page.requestMetric(QStringLiteral("newOrder"), 2), QStringLiteral("201: 3, 400: 1"));
        QCOMPARE(sample(scrape, QStringLiteral("anvil_acme_requests_total{endpoint=\"newOrder\",status=\"201\"}")),
                 3.0);
        QCOMPARE(page.requestMetric(QStringLiteral("directory"), 1), QStringLiteral("1"));
        // p50 of {0.5, 2, 4, 40} ms from the histogram: rank 2 falls in the (1, 2.5] ms bucket.
        const QList<qint64> buckets {1, 2, 3, 3, 3, 4, 4, 4, 4, 4, 4, 4}; // cumulative, as /metrics lists them
        for (int i = 0; i < buckets.size(); ++i) {
            QCOMPARE(sample(scrape,
                            QStringLiteral("anvil_acme_request_duration_seconds_bucket{endpoint=\"newOrder\","
                                           "le=\"%1\"}")
                                .arg(QString::number(AcmeMetrics::latencyBuckets().at(i)))),
                     double(buckets.at(i)));
        }
        const double p50 = AcmeMetrics::quantile(buckets, 4, 0.5);
        QVERIFY(p50 > 0.001 && p50 <= 0.0025);
        QCOMPARE(page.requestMetric(QStringLiteral("newOrder"), 3), locale.toString(p50 * 1000, 'f', 2));
        QCOMPARE(page.validationMetric(QStringLiteral("http-01"), QStringLiteral("valid")), QStringLiteral("2"));
        QCOMPARE(page.validationMetric(QStringLiteral("dns-01"), QStringLiteral("dns")), QStringLiteral("1"));
        QCOMPARE(page.cardValue(QStringLiteral("requests")), QStringLiteral("5"));
        QCOMPARE(page.cardValue(QStringLiteral("nonces")), QStringLiteral("7"));
        QCOMPARE(page.cardValue(QStringLiteral("issuedTotal")),
                 locale.toString(qint64(sample(scrape, QStringLiteral("anvil_certificates_issued_total")))));

        // The numbers move with the server; a refresh (the page's timer, or F5) shows them.
        metrics.recordRequest(QStringLiteral("/acme/newOrder"), 201, 2000);
        nonces = 12;
        page.refresh();
        QVERIFY(shown.wait());
        QCOMPARE(page.requestMetric(QStringLiteral("newOrder"), 2), QStringLiteral("201: 4, 400: 1"));
        QCOMPARE(page.cardValue(QStringLiteral("nonces")), QStringLiteral("12"));
    }

    void saysSoWithoutAServer()
    {
        UiFixture f;
        DashboardPage page(f.admin.get());
        QSignalSpy shown(&page, &DashboardPage::metricsShown);
        page.activate();
        QVERIFY(shown.wait());
        QCOMPARE(page.cardValue(QStringLiteral("requests")), QStringLiteral("–"));
        QCOMPARE(page.requestMetric(QStringLiteral("newOrder"), 1), QString());
    }
};

QTEST_MAIN(TestDashboardPage)
#include "TestDashboardPage.moc"
