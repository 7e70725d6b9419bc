// SPDX-License-Identifier: GPL-3.0-or-later
// anvil-seed: fills an Anvil database with accounts, orders and certificates for browsing and
// load tests (tests/bench/README.md).
#include "app/AppEnvironment.h"
#include "tests/bench/Seeder.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

const char *const kUsage
    = "Usage: anvil-seed [--data-dir DIR | --database URL] --certificates N [--accounts M] [options]\n"
      "\n"
      "Fills an Anvil database (initialised with anvil --init) with M ACME accounts (real EC P-256\n"
      "JWKs) and N certificates, each with the valid order, authorizations and http-01 challenges\n"
      "that asked for it. Certificates are real DER signed by a CA of that database.\n"
      "\n"
      "  --data-dir DIR        the data directory (anvil.db and master.key), as for anvil\n"
      "  --database URL        a PostgreSQL URL (master.key still comes from --data-dir)\n"
      "  --certificates N      certificates (and orders) to add (required)\n"
      "  --accounts M          accounts to add (default 100)\n"
      "  --ca NAME             signing CA (default: ACME_EE's default CA, else an issuing CA)\n"
      "  --alias NAME          alias of the accounts and orders (default: the default alias)\n"
      "  --seed S              names, serials and choices follow from it (default 1)\n"
      "  --batch N             certificates per transaction (default 10000)\n"
      "  --revoked-every K     one certificate in K is revoked (default 20; 0: none)\n"
      "  --spread-days D       issuance spread over the last D days (default 120)\n"
      "  --validity-days V     certificate lifetime (default 90; older ones are expired)\n"
      "  --quiet               no progress lines\n";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anvil"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString dataDir;
    QString database;
    bool quiet = false;
    bool haveCount = false;
    Seeder::Options o;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&]() -> QString {
            if (i + 1 >= args.size()) {
                err << a << " needs a value\n";
                std::exit(2);
            }
            return args.at(++i);
        };
        auto number = [&]() -> qint64 {
            bool ok = false;
            const qint64 n = value().toLongLong(&ok);
            if (!ok || n < 0) {
                err << a << " needs a number >= 0\n";
                std::exit(2);
            }
            return n;
        };
        if (a == QLatin1String("--data-dir")) {
            dataDir = value();
        } else if (a == QLatin1String("--database")) {
            database = value();
        } else if (a == QLatin1String("--certificates")) {
            o.certificates = number();
            haveCount = true;
        } else if (a == QLatin1String("--accounts")) {
            o.accounts = number();
        } else if (a == QLatin1String("--ca")) {
            o.ca = value();
        } else if (a == QLatin1String("--alias")) {
            o.alias = value();
        } else if (a == QLatin1String("--seed")) {
            o.seed = quint64(number());
        } else if (a == QLatin1String("--batch")) {
            o.batch = int(qBound(qint64(1), number(), qint64(1000000)));
        } else if (a == QLatin1String("--revoked-every")) {
            o.revokedEvery = int(number());
        } else if (a == QLatin1String("--spread-days")) {
            o.spreadDays = int(qMax<qint64>(1, number()));
        } else if (a == QLatin1String("--validity-days")) {
            o.validityDays = int(qMax<qint64>(1, number()));
        } else if (a == QLatin1String("--quiet")) {
            quiet = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            out << kUsage;
            return 0;
        } else {
            err << "Unknown option " << a << "\n" << kUsage;
            return 2;
        }
    }
    if (!haveCount) {
        err << kUsage;
        return 2;
    }
    Result<std::unique_ptr<AppEnvironment>> env = AppEnvironment::open(AppEnvironment::resolvePaths(dataDir, database));
    if (!env) {
        err << "anvil-seed: " << env.error().toLogString() << "\n";
        return 1;
    }
    Seeder seeder(**env, o);
    Result<Seeder::Summary> s = seeder.run([&](qint64 done) {
        if (!quiet) {
            err << "certificates: " << done << " of " << o.certificates << "\n";
            err.flush();
        }
    });
    if (!s) {
        err << "anvil-seed: " << s.error().toLogString() << "\n";
        return 1;
    }
    // Counts first (the same for the same options), the time last.
    out << "ca: " << s->caName << "\n"
        << "alias: " << s->alias << "\n"
        << "accounts: " << s->accounts << "\n"
        << "orders: " << s->orders << "\n"
        << "certificates: " << s->certificates << "\n"
        << "revoked: " << s->revoked << "\n"
        << "expired: " << s->expired << "\n"
        << "seconds: " << QString::number(s->seconds, 'f', 1) << "\n";
    return 0;
}
