// SPDX-License-Identifier: GPL-3.0-or-later
// Seeds a temporary database the way a running CA fills one (a CA, aliases, accounts, orders,
// issued and revoked certificates, failed validations over two weeks) and writes a PNG of every
// console page (tests/scripts/screenshots.sh). `--interactive` shows the console instead, and
// `--bulk N` adds N more certificate rows to try the browser on a large table.
#include "core/acme/AcmeMetrics.h"
#include "core/admin/AdminService.h"
#include "core/admin/SetupService.h"
#include "core/approvals/ApprovalService.h"
#include "core/approvals/EabKeyService.h"
#include "core/config/ConfigStore.h"
#include "core/crypto/Crypto.h"
#include "core/crypto/Csr.h"
#include "core/crypto/MasterKey.h"
#include "core/crypto/PrivateKey.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/pki/ProfileRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/Database.h"
#include "core/storage/OrderRepository.h"
#include "core/util/Clock.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

constexpr qint64 kDay = 24LL * 3600 * 1000;

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool check(const VoidResult &r, const char *what)
{
    if (!r) {
        err() << what << ": " << r.error().toLogString() << Qt::endl;
    }
    return r.isOk();
}

QString hex(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (char &c : b) {
        c = char(QRandomGenerator::global()->bounded(256));
    }
    return QString::fromLatin1(b.toHex());
}

struct Seeder
{
    std::shared_ptr<Database> db;
    MockClock &clock;
    ConfigStore &config;
    IssuanceService &issuance;

    bool run(int certificates, qint64 bulk)
    {
        const QString actor = QStringLiteral("admin:alice");
        AliasConfig internal = AliasConfig::withDefaults(QStringLiteral("internal"));
        internal.requireExternalAccountBinding = true;
        internal.wildcardAllowed = true;
        internal.termsOfServiceUrl = QStringLiteral("https://ca.example.test/terms/v1");
        internal.orderValidity = Duration::fromSeconds(4 * 3600);
        if (!check(config.addAlias(internal, actor), "alias")) {
            return false;
        }
        if (!check(config.setSetting(QStringLiteral("acme.enabled"), QStringLiteral("true"), actor), "enable")) {
            return false;
        }

        AccountRepository accounts(db);
        OrderRepository orders(db);
        const QStringList hosts {QStringLiteral("www"),      QStringLiteral("mail"),   QStringLiteral("vpn"),
                                 QStringLiteral("git"),      QStringLiteral("wiki"),   QStringLiteral("api"),
                                 QStringLiteral("intranet"), QStringLiteral("grafana")};
        const QStringList domains {QStringLiteral("example.com"), QStringLiteral("example.org"),
                                   QStringLiteral("corp.example.net")};
        QStringList accountIds;
        for (int i = 0; i < 12; ++i) {
            AccountRow a;
            a.id = hex(8);
            a.alias = i % 3 == 0 ? QStringLiteral("internal") : QStringLiteral("default");
            a.keyThumbprint = hex(16);
            a.jwk
                = QStringLiteral("{\"crv\":\"P-256\",\"kty\":\"EC\",\"x\":\"%1\",\"y\":\"%2\"}").arg(hex(16), hex(16));
            a.status = i == 7 ? QStringLiteral("deactivated") : QStringLiteral("valid");
            a.contact = QString::fromUtf8(
                QJsonDocument(QJsonArray {QStringLiteral("mailto:ops%1@%2").arg(i).arg(domains.at(i % 3))})
                    .toJson(QJsonDocument::Compact));
            // Internal's first account still has the first version of its Terms of Service.
            a.tosAgreedUrl = i == 3 ? QStringLiteral("https://ca.example.test/terms/v1")
                                    : QStringLiteral("https://ca.example.test/terms/v2");
            if (a.alias == QLatin1String("internal")) {
                a.eabKeyId = i == 9 ? QStringLiteral("ci-runner") : QStringLiteral("team-web");
            }
            a.tosAgreedAt = clock.nowMs();
            a.createdAt = clock.nowMs() + i * 3600000;
            a.updatedAt = a.createdAt;
            if (!check(accounts.insert(a), "account")) {
                return false;
            }
            accountIds << a.id;
        }

        // Two weeks of work: certificates issued each day, some validations failing.
        for (int i = 0; i < certificates; ++i) {
            clock.advanceMs(14 * kDay / certificates);
            const QString name = hosts.at(i % hosts.size()) + QLatin1Char('.') + domains.at(i % domains.size());
            const QString account = accountIds.at(i % accountIds.size());
            OrderRow o;
            o.id = hex(10);
            o.accountId = account;
            o.alias = QStringLiteral("default");
            o.status = QStringLiteral("valid");
            o.identifiers = QStringLiteral("[{\"type\":\"dns\",\"value\":\"%1\"}]").arg(name);
            o.expires = clock.nowMs() + kDay;
            o.createdAt = clock.nowMs();
            o.updatedAt = o.createdAt;
            if (!check(orders.insertOrder(o, {}), "order")) {
                return false;
            }
            Result<PrivateKey> key = PrivateKey::generate(QStringLiteral("EC:P-256"));
            Result<Csr> csr = Csr::build(*key, {name}, {name, QStringLiteral("alt.") + name}, {});
            if (!csr) {
                return check(csr.error(), "csr");
            }
            IssuanceRequest request;
            request.csrDer = csr->toDer();
            request.identifiers
                = {{QStringLiteral("dns"), name}, {QStringLiteral("dns"), QStringLiteral("alt.") + name}};
            request.orderId = o.id;
            request.accountId = account;
            Result<IssuedCertificate> issued = issuance.issue(request);
            if (!issued) {
                return check(issued.error(), "issue");
            }
            if (i % 9 == 4) {
                if (!check(issuance.revoke(issued->id, i % 2 ? 1 : 4, clock.now()), "revoke")) {
                    return false;
                }
            }
            if (i % 4 == 1) {
                // A failed http-01 validation: an order that went invalid.
                AuthorizationRow az;
                az.id = hex(10);
                az.accountId = account;
                az.alias = QStringLiteral("default");
                az.identifierType = QStringLiteral("dns");
                az.identifierValue = QStringLiteral("old.") + name;
                az.status = QStringLiteral("invalid");
                az.expires = clock.nowMs() + kDay;
                az.createdAt = clock.nowMs();
                az.updatedAt = az.createdAt;
                ChallengeRow ch;
                ch.id = hex(10);
                ch.authzId = az.id;
                ch.type = QStringLiteral("http-01");
                ch.token = hex(16);
                ch.status = QStringLiteral("invalid");
                ch.error = QStringLiteral("{\"type\":\"urn:ietf:params:acme:error:connection\"}");
                ch.createdAt = az.createdAt;
                ch.updatedAt = az.createdAt;
                OrderRow failed = o;
                failed.id = hex(10);
                failed.status = QStringLiteral("invalid");
                if (!check(orders.insertAuthorization(az), "authz") || !check(orders.insertChallenge(ch), "challenge")
                    || !check(orders.insertOrder(failed, {az.id}), "failed order")) {
                    return false;
                }
            }
            if (i % 5 == 0) {
                OrderRow pending = o;
                pending.id = hex(10);
                pending.status = QStringLiteral("pending");
                if (!check(orders.insertOrder(pending, {}), "pending order")) {
                    return false;
                }
            }
        }
        if (!seedGovernance(accountIds)) {
            return false;
        }
        if (bulk > 0) {
            return addBulk(bulk);
        }
        return true;
    }

    /** EAB keys, Terms of Service versions and approval requests of the 'internal' alias. */
    bool seedGovernance(const QStringList &accountIds)
    {
        const QString actor = QStringLiteral("admin:alice");
        const QString alias = QStringLiteral("internal");
        // The terms changed, keys were made and requests came in over the last two days.
        clock.advanceMs(-2 * kDay);
        Result<AliasConfig> internal = config.alias(alias);
        if (!internal) {
            return check(internal.error(), "alias");
        }
        internal->termsOfServiceUrl = QStringLiteral("https://ca.example.test/terms/v2");
        internal->termsOfServiceChangeUrl = QStringLiteral("https://ca.example.test/terms/changes-v2");
        internal->requireApprovalForRegistration = true;
        if (!check(config.updateAlias(*internal, actor), "terms v2")) {
            return false;
        }

        EabKeyService eab(db, MasterKey::generate(), clock);
        struct KeySpec
        {
            const char *kid;
            const char *label;
            bool singleUse;
            int expiresInDays;
        } keys[] = {
            {"old-partner", "Old partner", false, 0},
            {"ci-runner", "CI runner", true, 0},
            {"partner-acme", "Partner ACME, Q4", false, 60},
            {"team-web", "Web team", false, 0},
        };
        for (const KeySpec &k : keys) {
            NewSymmetricEabKey spec;
            spec.alias = alias;
            spec.keyIdentifier = QString::fromLatin1(k.kid);
            spec.label = QString::fromLatin1(k.label);
            spec.singleUse = k.singleUse;
            spec.encrypt = true;
            if (k.expiresInDays > 0) {
                spec.expiresAt = clock.now().addDays(k.expiresInDays);
            }
            Result<CreatedEabKey> created = eab.createSymmetric(spec, actor);
            if (!created) {
                return check(created.error(), "eab key");
            }
            if (k.singleUse && !check(eab.markUsed(created->key), "eab used")) {
                return false;
            }
            clock.advanceMs(4 * 3600000);
        }
        if (!check(eab.revoke(alias, QStringLiteral("old-partner"), actor), "eab revoke")) {
            return false;
        }

        ApprovalService approvals(db, clock);
        const QString payload = QStringLiteral("{\"contact\":[\"mailto:%1\"],\"termsOfServiceAgreed\":true}");
        const struct
        {
            ApprovalRequest::Kind kind;
            const char *contact;
            int decision; // 0 pending, 1 approve, 2 reject
        } requests[] = {
            {ApprovalRequest::Kind::Registration, "ops@example.org", 1},
            {ApprovalRequest::Kind::Registration, "unknown@example.net", 2},
            {ApprovalRequest::Kind::KeyChange, "ops3@example.com", 0},
            {ApprovalRequest::Kind::Registration, "build@corp.example.net", 0},
        };
        for (const auto &r : requests) {
            clock.advanceMs(3 * 3600000);
            const QString account = r.kind == ApprovalRequest::Kind::KeyChange ? accountIds.first() : QString();
            Result<ApprovalOutcome> made
                = approvals.request(r.kind, alias, hex(16), account, payload.arg(QString::fromLatin1(r.contact)),
                                    Duration::fromSeconds(7 * 24 * 3600));
            if (!made) {
                return check(made.error(), "approval");
            }
            if (r.decision == 1
                && !check(approvals.approve(made->request.id, actor, QStringLiteral("known team")), "approve")) {
                return false;
            }
            if (r.decision == 2
                && !check(approvals.reject(made->request.id, QStringLiteral("admin:bob"),
                                           QStringLiteral("unknown requester")),
                          "reject")) {
                return false;
            }
        }
        return true;
    }

    /** Copies of one issued certificate under fresh ids and serials, for a large table. */
    bool addBulk(qint64 n)
    {
        err() << "adding " << n << " certificate rows..." << Qt::endl;
        Result<QSqlQuery> sample
            = db->exec(QStringLiteral("SELECT ca_id, der, subject_dn, sans FROM certificates LIMIT 1"));
        if (!sample || !sample->next()) {
            return false;
        }
        const QString ca = sample->value(0).toString();
        const QByteArray der = sample->value(1).toByteArray();
        const qint64 start = clock.nowMs() - 400 * kDay;
        constexpr qint64 kBatch = 20000;
        for (qint64 done = 0; done < n; done += kBatch) {
            VoidResult r = db->transaction([&]() -> VoidResult {
                for (qint64 i = done; i < qMin(n, done + kBatch); ++i) {
                    const QString name = QStringLiteral("host%1.bulk.example.com").arg(i);
                    const qint64 created = start + i * (400 * kDay / n);
                    Result<QSqlQuery> q = db->exec(
                        QStringLiteral(
                            "INSERT INTO certificates (id, serial, ca_id, cert_profile, subject_dn, sans, der, "
                            "not_before, not_after, status, created_at) VALUES (:id, :serial, :ca, 'ACME_TLS', "
                            ":subject, :sans, :der, :nb, :na, :status, :created)"),
                        {{QStringLiteral("id"), hex(12)},
                         {QStringLiteral("serial"), hex(16)},
                         {QStringLiteral("ca"), ca},
                         {QStringLiteral("subject"), QStringLiteral("CN=") + name},
                         {QStringLiteral("sans"), QStringLiteral("[{\"type\":\"dns\",\"value\":\"%1\"}]").arg(name)},
                         {QStringLiteral("der"), der},
                         {QStringLiteral("nb"), created},
                         {QStringLiteral("na"), created + 90 * kDay},
                         {QStringLiteral("status"), i % 97 == 0 ? QStringLiteral("revoked") : QStringLiteral("valid")},
                         {QStringLiteral("created"), created}});
                    if (!q) {
                        return q.error();
                    }
                }
                return {};
            });
            if (!check(r, "bulk")) {
                return false;
            }
        }
        return true;
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("anvil-screenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("anvil-console-shots"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Seeds a database and screenshots every console page."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("out"), QStringLiteral("Write PNGs to DIR."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("database"), QStringLiteral("SQLite file to create (default: temporary)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("certificates"), QStringLiteral("Certificates to issue (default 60)."),
                      QStringLiteral("N"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("bulk"), QStringLiteral("Extra certificate rows to add."), QStringLiteral("N"),
                      QStringLiteral("0")});
    parser.addOption({QStringLiteral("theme"), QStringLiteral("light or dark (default light)."),
                      QStringLiteral("THEME"), QStringLiteral("light")});
    parser.addOption({QStringLiteral("interactive"), QStringLiteral("Show the console instead of screenshots.")});
    parser.process(app);

    // Console preferences of this tool stay in a temporary folder.
    QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings().setValue(QStringLiteral("appearance/theme"), parser.value(QStringLiteral("theme")));
    QSettings().setValue(QStringLiteral("appearance/language"), QStringLiteral("en"));

    if (VoidResult self = Crypto::selfTest(); !self) {
        return check(self, "self-test") ? 0 : 1;
    }
    QTemporaryDir dataDir;
    const QString file = parser.isSet(QStringLiteral("database")) ? parser.value(QStringLiteral("database"))
                                                                  : dataDir.filePath(QStringLiteral("anvil.db"));
    Result<std::shared_ptr<Database>> opened = Database::open(QStringLiteral("sqlite:") + file);
    if (!opened || !check((*opened)->migrate(), "migrate")) {
        err() << "cannot open " << file << Qt::endl;
        return 1;
    }
    std::shared_ptr<Database> db = *opened;
    // Two weeks of history that ends half an hour ago.
    MockClock clock(QDateTime::currentMSecsSinceEpoch() - 14 * kDay - 1800000);
    ConfigStore config(db, clock);
    CaService cas(db, MasterKey::generate(), clock);
    ProfileRepository profiles(db, clock);
    IssuanceService issuance(db, cas, profiles, clock);
    SetupService setup(config, cas, profiles);
    SetupService::Options options;
    options.hostnames = {QStringLiteral("ca.example.test")};
    options.aliasName = QStringLiteral("default");
    if (Result<SetupService::Outcome> o = setup.initialize(options, QStringLiteral("admin:alice")); !o) {
        return check(o.error(), "setup") ? 0 : 1;
    }
    Seeder seeder {db, clock, config, issuance};
    if (!seeder.run(parser.value(QStringLiteral("certificates")).toInt(),
                    parser.value(QStringLiteral("bulk")).toLongLong())) {
        return 1;
    }
    clock.setMs(QDateTime::currentMSecsSinceEpoch());

    AdminService admin(db, &config, clock, QStringLiteral("admin:alice"));
    admin.setPki(&cas, &issuance);
    ServerState state;
    state.status = ServerState::Status::Running;
    state.ports = {8442, 8443, 8080};
    state.tlsCertificateExpiry = clock.now().addDays(89);
    admin.setServerState(state);
    // The dashboard's live numbers: this tool runs no server, so its registry gets the requests
    // and validations a short busy spell would have recorded (the real one is ServerRuntime's).
    AcmeMetrics metrics;
    const struct
    {
        const char *path;
        int status;
        int count;
        qint64 micros;
    } traffic[] = {{"/acme/directory", 200, 120, 400},       {"/acme/newNonce", 200, 90, 150},
                   {"/acme/newAccount", 201, 12, 4000},      {"/acme/newOrder", 201, 75, 6000},
                   {"/acme/newOrder", 400, 4, 900},          {"/acme/authz/x", 200, 150, 2500},
                   {"/acme/chall/x", 200, 75, 3000},         {"/acme/order/x/finalize", 200, 60, 18000},
                   {"/acme/order/x/finalize", 403, 2, 2000}, {"/acme/cert/x", 200, 60, 1500},
                   {"/acme/revokeCert", 200, 3, 5000}};
    for (const auto &t : traffic) {
        for (int i = 0; i < t.count; ++i) {
            metrics.recordRequest(QLatin1String(t.path), t.status, t.micros + (i % 7) * t.micros / 5);
        }
    }
    for (int i = 0; i < 70; ++i) {
        metrics.recordValidation(QStringLiteral("http-01"), QStringLiteral("valid"));
    }
    for (int i = 0; i < 5; ++i) {
        metrics.recordValidation(QStringLiteral("dns-01"), i < 3 ? QStringLiteral("valid") : QStringLiteral("dns"));
    }
    metrics.recordValidation(QStringLiteral("http-01"), QStringLiteral("connection"));
    admin.setMetrics(&metrics, []() { return qint64(37); });

    MainWindow window(&admin);
    window.resize(1280, 820);
    window.show();
    // The live request log shows what the embedded server answered; this tool runs no server, so a
    // client's typical exchange stands in for it.
    const QStringList paths {QStringLiteral("/acme/default/directory"),      QStringLiteral("/acme/default/new-nonce"),
                             QStringLiteral("/acme/default/new-order"),      QStringLiteral("/acme/default/authz/Xk2"),
                             QStringLiteral("/acme/default/chall/Xk2-http"), QStringLiteral("/acme/default/order/9Q"),
                             QStringLiteral("/acme/default/finalize/9Q"),    QStringLiteral("/acme/default/cert/c7")};
    for (int i = 0; i < 120; ++i) {
        RequestLogEntry e;
        e.time = clock.now().addMSecs(-(120 - i) * 850);
        e.path = paths.at(i % paths.size());
        e.method = i % paths.size() < 2 ? QStringLiteral("GET") : QStringLiteral("POST");
        e.alias = QStringLiteral("default");
        e.account = i % paths.size() < 2 ? QString() : QStringLiteral("acct-%1").arg(i / paths.size() % 5);
        e.status = i % paths.size() == 2 ? 201 : 200;
        if (i % 17 == 5) {
            e.status = 400;
            e.problemType = QStringLiteral("urn:ietf:params:acme:error:badNonce");
        } else if (i % 29 == 11) {
            e.status = 403;
            e.problemType = QStringLiteral("urn:ietf:params:acme:error:unauthorized");
        }
        e.latencyMicros = 400 + (i * 7919) % 9000;
        admin.requestLog()->record(e);
    }
    admin.requestLog()->flush();
    if (parser.isSet(QStringLiteral("interactive"))) {
        return app.exec();
    }
    QString error;
    const QString out = parser.value(QStringLiteral("out"));
    const QStringList files = window.saveScreenshots(out.isEmpty() ? QStringLiteral(".") : out, &error);
    if (!error.isEmpty()) {
        err() << error << Qt::endl;
        return 1;
    }
    for (const QString &f : files) {
        QTextStream(stdout) << f << Qt::endl;
    }
    return 0;
}
