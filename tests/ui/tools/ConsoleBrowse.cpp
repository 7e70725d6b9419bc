// SPDX-License-Identifier: GPL-3.0-or-later
// Measures the certificates browser on a real (seeded) database, as an admin uses it: the first
// page, a search, and scrolling down to a deep row, each timed from the action to the rows on
// screen, with the longest stall of the GUI thread meanwhile (tests/bench/README.md, anvil-seed).
// Usage: anvil-console-browse --data-dir D [--database URL] [--search TEXT]... [--row N]
#include "app/AppEnvironment.h"
#include "core/admin/AdminService.h"
#include "ui/CertificateModel.h"
#include "ui/CertificatesPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

namespace {

/** The longest time the GUI thread did not get to run a 5 ms timer: what an admin feels as a freeze. */
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this]() { m_worst = qMax(m_worst, m_clock.restart()); });
    }
    void start()
    {
        m_worst = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        m_timer.stop();
        return m_worst;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs) {
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    QString dataDir;
    QString database;
    QStringList searches;
    int deepRow = 10000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--data-dir")) {
            dataDir = args.at(i + 1);
        } else if (args.at(i) == QLatin1String("--database")) {
            database = args.at(i + 1);
        } else if (args.at(i) == QLatin1String("--search")) {
            searches << args.at(i + 1);
        } else if (args.at(i) == QLatin1String("--row")) {
            deepRow = args.at(i + 1).toInt();
        }
    }
    if (searches.isEmpty()) {
        searches << QStringLiteral("api17.") << QStringLiteral("wiki") << QStringLiteral("no-such-name");
    }
    Result<std::unique_ptr<AppEnvironment>> env = AppEnvironment::open(AppEnvironment::resolvePaths(dataDir, database));
    if (!env) {
        out << "open: " << env.error().toLogString() << Qt::endl;
        return 1;
    }
    AdminService admin((*env)->database(), &(*env)->config(), (*env)->clock(), QStringLiteral("admin:measure"));
    admin.setPki(&(*env)->cas(), &(*env)->issuance());
    CertificatesPage page(&admin);
    page.resize(1200, 800);
    page.show();
    auto *table = page.findChild<QTableView *>(QStringLiteral("table"));
    auto *search = page.findChild<QLineEdit *>(QStringLiteral("search"));
    auto *count = page.findChild<QLabel *>(QStringLiteral("countLabel"));
    StallProbe probe;
    QElapsedTimer t;
    auto report = [&](const QString &what, qint64 ms, qint64 countMs) {
        out << what << ": " << ms << " ms to the rows";
        if (countMs >= 0) {
            out << ", " << countMs << " ms to the count";
        }
        out << ", longest GUI stall " << probe.stop() << " ms; " << count->text() << Qt::endl;
    };
    auto counted = [&]() { return !count->text().isEmpty() && !count->text().contains(QLatin1String("loaded")); };

    // 1. The first page, as when the admin opens the page.
    probe.start();
    t.start();
    page.activate();
    {
        QSignalSpy loaded(page.model(), &CertificateModel::pageLoaded);
        waitFor([&]() { return !loaded.isEmpty(); }, 600000);
    }
    const qint64 first = t.elapsed();
    waitFor(counted, 600000);
    report(QStringLiteral("first page"), first, t.elapsed());

    // 2. Searches, timed from the moment the filter applies (the 300 ms typing delay left out).
    for (const QString &text : searches) {
        probe.start();
        {
            const QSignalBlocker quiet(search); // timed from the filter, without the typing delay
            search->setText(text);
        }
        QSignalSpy loaded(page.model(), &CertificateModel::pageLoaded);
        t.start();
        page.refresh();
        waitFor([&]() { return !loaded.isEmpty(); }, 600000);
        const qint64 rows = t.elapsed();
        waitFor(counted, 600000);
        report(QStringLiteral("search '%1' (%2 rows)").arg(text).arg(page.model()->rowCount()), rows, t.elapsed());
    }

    // 3. Scroll to a deep row the way the view does: fetchMore as the end comes into view.
    {
        const QSignalBlocker quiet(search);
        search->clear();
    }
    {
        QSignalSpy loaded(page.model(), &CertificateModel::pageLoaded);
        page.refresh();
        waitFor([&]() { return !loaded.isEmpty(); }, 600000);
        waitFor(counted, 600000);
    }
    probe.start();
    t.start();
    waitFor(
        [&]() {
            table->verticalScrollBar()->setValue(table->verticalScrollBar()->maximum());
            return page.model()->rowCount() > deepRow
                || (!page.model()->canFetchMore({}) && !page.model()->isLoading());
        },
        600000);
    table->scrollTo(page.model()->index(qMin(deepRow, page.model()->rowCount() - 1), 0));
    QCoreApplication::processEvents();
    report(QStringLiteral("scroll to row %1").arg(deepRow), t.elapsed(), -1);
    return 0;
}
