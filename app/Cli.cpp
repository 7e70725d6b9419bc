// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Cli.h"

#include "app/AppEnvironment.h"
#include "app/GovernanceCommands.h"
#include "core/admin/AuditCatalog.h"
#include "core/admin/CaCatalog.h"
#include "core/admin/CertificateCatalog.h"
#include "core/crypto/X509Certificate.h"
#include "core/storage/AccountRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace {

QByteArray readFile(const QString &path, bool *ok)
{
    QFile f(path == QLatin1String("-") ? QString() : path);
    if (path == QLatin1String("-")) {
        *ok = f.open(stdin, QIODevice::ReadOnly);
    } else {
        *ok = f.open(QIODevice::ReadOnly);
    }
    return *ok ? f.readAll() : QByteArray();
}

/** Value of `--name VALUE` in args (removing both), or `fallback`. */
QString takeOption(QStringList &args, const QString &name, const QString &fallback = {})
{
    const int i = args.indexOf(name);
    if (i < 0 || i + 1 >= args.size()) {
        return fallback;
    }
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

QString dateText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

/** Sets one field of a profile's JSON from its text form, keeping the JSON type of the field. */
VoidResult setJsonField(QJsonObject &o, const QString &field, const QString &value)
{
    if (!o.contains(field)) {
        return CoreError(
            CoreError::Code::NotFound,
            QStringLiteral("Unknown field '%1'; fields: %2").arg(field, o.keys().join(QStringLiteral(", "))));
    }
    const QJsonValue current = o.value(field);
    if (current.isBool()) {
        const QString v = value.toLower();
        if (v != QLatin1String("true") && v != QLatin1String("false")) {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("%1: expected true or false").arg(field));
        }
        o.insert(field, v == QLatin1String("true"));
    } else if (current.isDouble()) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok) {
            return CoreError(CoreError::Code::Malformed, QStringLiteral("%1: expected a number").arg(field));
        }
        o.insert(field, n);
    } else if (current.isArray()) {
        QJsonArray a;
        const bool numeric = !current.toArray().isEmpty() && current.toArray().first().isDouble();
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (numeric) {
                bool ok = false;
                const int n = part.trimmed().toInt(&ok);
                if (!ok) {
                    return CoreError(CoreError::Code::Malformed,
                                     QStringLiteral("%1: '%2' is not a number").arg(field, part));
                }
                a.append(n);
            } else {
                a.append(part.trimmed());
            }
        }
        o.insert(field, a);
    } else {
        o.insert(field, value);
    }
    return {};
}

} // namespace

Cli::Cli(AppEnvironment &env, QTextStream &out, QTextStream &err)
    : m_env(env)
    , m_out(out)
    , m_err(err)
{
}

bool Cli::isCommand(const QString &command)
{
    static const QStringList commands {QStringLiteral("config"),  QStringLiteral("acme"),    QStringLiteral("alias"),
                                       QStringLiteral("ca"),      QStringLiteral("profile"), QStringLiteral("cert"),
                                       QStringLiteral("account"), QStringLiteral("audit"),   QStringLiteral("db"),
                                       QStringLiteral("status"),  QStringLiteral("help"),    QStringLiteral("backup"),
                                       QStringLiteral("restore")};
    return commands.contains(command) || isGovernanceCommand(command);
}

QString Cli::usage()
{
    return QStringLiteral(
        "Usage: anvil [server options]            start the console (or the headless server with --headless)\n"
        "       anvil COMMAND ...                 administer the database the server uses\n"
        "\n"
        "Server options:\n"
        "  --headless                 no console; serve ACME until stopped\n"
        "  --init                     first start: create the CA, profiles, an alias and the server certificate, then "
        "exit\n"
        "  --data-dir DIR             data directory (default: $ANVIL_DATA_DIR or ~/.local/share/anvil)\n"
        "  --database URL             sqlite:/path/file.db or postgresql://user:pass@host:port/db\n"
        "  --bind ADDRESS             listen address (default: all)\n"
        "  --tls-port N, --client-cert-port N, --http-port N   listener ports (default 8442, 8443, 8080; 0 = off)\n"
        "  --hostname NAME            a name or IP of this server (repeatable; default: localhost and this host)\n"
        "  --enable-acme              with --init: enable the ACME protocol at once\n"
        "  --ca-key-type SPEC         with --init: EC:P-256 (default), EC:P-384, RSA:2048..RSA:4096\n"
        "  --ca-subject DN            with --init: subject of the root CA\n"
        "  --import-ca-cert FILE --import-ca-key FILE [--import-ca-passphrase-file FILE]   with --init: import a CA\n"
        "  --workers N                HTTP worker threads (default: one more than the cores)\n"
        "  --metrics-port N           Prometheus metrics at http://127.0.0.1:N/metrics (default: off)\n"
        "  --metrics-bind ADDRESS     address of the metrics listener (default 127.0.0.1: admin-only)\n"
        "\n"
        "Commands:\n"
        "  status                                 what this node would serve\n"
        "  acme enable | disable                  turn the ACME protocol on or off\n"
        "  config get [KEY] | set KEY VALUE | export FILE | import FILE\n"
        "  alias list | fields | show NAME | add NAME [FIELD=VALUE ...] | set NAME FIELD VALUE\n"
        "        rename OLD NEW | clone FROM TO | remove NAME | default NAME\n"
        "  ca list | show NAME | create NAME --subject DN [--key-type SPEC] [--validity 10y] [--issuer CA]\n"
        "     import NAME --cert FILE --key FILE [--passphrase-file FILE] | renew-early NAME\n"
        "  profile list | show cert|ee NAME | set cert|ee NAME FIELD VALUE\n"
        "  cert list [FILTER] | show ID|SERIAL | revoke ID|SERIAL [--reason N] | renew-early ID|SERIAL\n"
        "       crl CA [FILE]\n"
        "  account list [FILTER] | deactivate ID\n"
        "  audit list [N] | verify | export [--format csv|json] [--since 7d|DATE] FILE\n"
        "  db migrate | check\n"
        "  backup FILE [--with-master-key]        consistent online copy (SQLite VACUUM INTO, PostgreSQL pg_dump)\n"
        "  restore FILE                           replace the database with a backup (stop the server first)\n");
}

int Cli::fail(const QString &message)
{
    m_err << "anvil: " << message << Qt::endl;
    return 1;
}

int Cli::usageError(const QString &message)
{
    m_err << "anvil: " << message << "\n\n" << usage();
    m_err.flush();
    return 2;
}

QString Cli::actor() const
{
    const QString user = qEnvironmentVariable("SUDO_USER", qEnvironmentVariable("USER", QStringLiteral("unknown")));
    return QStringLiteral("cli:") + user;
}

int Cli::run(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString command = args.takeFirst();
    if (command == QLatin1String("help")) {
        m_out << usage() << governanceUsage();
        return 0;
    }
    if (command == QLatin1String("config")) {
        return config(args);
    }
    if (command == QLatin1String("acme")) {
        return acme(args);
    }
    if (command == QLatin1String("alias")) {
        return alias(args);
    }
    if (command == QLatin1String("ca")) {
        return ca(args);
    }
    if (command == QLatin1String("profile")) {
        return profile(args);
    }
    if (command == QLatin1String("cert")) {
        return cert(args);
    }
    if (command == QLatin1String("account")) {
        return account(args);
    }
    if (command == QLatin1String("audit")) {
        return audit(args);
    }
    if (command == QLatin1String("db")) {
        return db(args);
    }
    if (command == QLatin1String("status")) {
        return status(args);
    }
    if (isGovernanceCommand(command)) {
        return runGovernanceCommand(m_env, argsIn, m_out, m_err);
    }
    if (command == QLatin1String("backup")) {
        return backup(args);
    }
    if (command == QLatin1String("restore")) {
        return restore(args);
    }
    return usageError(QStringLiteral("unknown command '%1'").arg(command));
}

int Cli::status(const QStringList &)
{
    Result<GlobalSettings> s = m_env.config().settings();
    if (!s) {
        return fail(s.error().detail());
    }
    m_out << "database:      " << m_env.database()->redactedUrl() << "\n"
          << "schema:        version " << *m_env.database()->schemaVersion() << "\n"
          << "ACME:          " << (s->acmeEnabled ? "enabled" : "disabled") << "\n"
          << "default alias: " << (s->defaultAlias.isEmpty() ? QStringLiteral("(none)") : s->defaultAlias) << "\n"
          << "ports:         TLS " << s->tlsPort << ", client certificates " << s->clientCertPort << ", HTTP "
          << s->httpPort << "\n"
          << "hostnames:     " << s->serverHostnames.join(QStringLiteral(", ")) << "\n"
          << "CA bundle:     " << m_env.caBundleFile() << "\n";
    const QString host = s->serverHostnames.isEmpty() ? QStringLiteral("localhost") : s->serverHostnames.first();
    m_out << "directory:     https://"
          << (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host) << ":" << s->tlsPort
          << "/acme/directory" << Qt::endl;
    return 0;
}

int Cli::acme(const QStringList &a)
{
    if (a.size() != 1 || (a[0] != QLatin1String("enable") && a[0] != QLatin1String("disable"))) {
        return usageError(QStringLiteral("acme enable | disable"));
    }
    VoidResult r = m_env.config().setSetting(
        QStringLiteral("acme.enabled"),
        a[0] == QLatin1String("enable") ? QStringLiteral("true") : QStringLiteral("false"), actor());
    if (!r) {
        return fail(r.error().detail());
    }
    m_out << "ACME protocol " << (a[0] == QLatin1String("enable") ? "enabled" : "disabled") << Qt::endl;
    return 0;
}

int Cli::config(const QStringList &a)
{
    if (a.isEmpty()) {
        return usageError(QStringLiteral("config get [KEY] | set KEY VALUE | export FILE | import FILE"));
    }
    const QString sub = a[0];
    if (sub == QLatin1String("get")) {
        Result<GlobalSettings> s = m_env.config().settings();
        if (!s) {
            return fail(s.error().detail());
        }
        const QHash<QString, QString> map = s->toMap();
        for (const QString &key : GlobalSettings::keys()) {
            if (a.size() < 2 || a[1] == key) {
                m_out << key << " = " << map.value(key) << "\n";
            }
        }
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("set") && a.size() == 3) {
        VoidResult r = m_env.config().setSetting(a[1], a[2], actor());
        return r ? 0 : fail(r.error().detail());
    }
    if (sub == QLatin1String("export") && a.size() == 2) {
        Result<QJsonObject> json = m_env.config().exportJson();
        if (!json) {
            return fail(json.error().detail());
        }
        const QByteArray data = QJsonDocument(*json).toJson(QJsonDocument::Indented);
        if (a[1] == QLatin1String("-")) {
            m_out << QString::fromUtf8(data);
            m_out.flush();
            return 0;
        }
        QFile f(a[1]);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
            return fail(QStringLiteral("cannot write %1").arg(a[1]));
        }
        return 0;
    }
    if (sub == QLatin1String("import") && a.size() == 2) {
        bool ok = false;
        const QByteArray data = readFile(a[1], &ok);
        if (!ok) {
            return fail(QStringLiteral("cannot read %1").arg(a[1]));
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
        if (!doc.isObject()) {
            return fail(QStringLiteral("%1 is not JSON: %2").arg(a[1], pe.errorString()));
        }
        VoidResult r = m_env.config().importJson(doc.object(), actor());
        return r ? 0 : fail(r.error().detail());
    }
    return usageError(QStringLiteral("config get [KEY] | set KEY VALUE | export FILE | import FILE"));
}

int Cli::alias(const QStringList &a)
{
    ConfigStore &store = m_env.config();
    const QString sub = a.value(0);
    if (sub == QLatin1String("list")) {
        Result<QList<AliasConfig>> all = store.aliases();
        if (!all) {
            return fail(all.error().detail());
        }
        const QString def = store.settings() ? store.settings()->defaultAlias : QString();
        for (const AliasConfig &c : *all) {
            m_out << (c.name == def ? "* " : "  ") << c.name << "  (end entity profile " << c.endEntityProfile << ")\n";
        }
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("fields")) {
        m_out << AliasConfig::fieldNames().join(QLatin1Char('\n')) << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("show") && a.size() == 2) {
        Result<AliasConfig> c = store.alias(a[1]);
        if (!c) {
            return fail(c.error().detail());
        }
        for (const QString &f : AliasConfig::fieldNames()) {
            m_out << f << " = " << c->field(f) << "\n";
        }
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("add") && a.size() >= 2) {
        AliasConfig c = AliasConfig::withDefaults(a[1]);
        for (const QString &assignment : a.mid(2)) {
            const int eq = assignment.indexOf(QLatin1Char('='));
            if (eq <= 0) {
                return usageError(QStringLiteral("expected FIELD=VALUE, got '%1'").arg(assignment));
            }
            if (VoidResult r = c.setField(assignment.left(eq), assignment.mid(eq + 1)); !r) {
                return fail(r.error().detail());
            }
        }
        VoidResult r = store.addAlias(c, actor());
        return r ? 0 : fail(r.error().detail());
    }
    if (sub == QLatin1String("set") && a.size() == 4) {
        VoidResult r = store.setAliasField(a[1], a[2], a[3], actor());
        return r ? 0 : fail(r.error().detail());
    }
    if (sub == QLatin1String("rename") && a.size() == 3) {
        VoidResult r = store.renameAlias(a[1], a[2], actor());
        return r ? 0 : fail(r.error().detail());
    }
    if (sub == QLatin1String("clone") && a.size() == 3) {
        VoidResult r = store.cloneAlias(a[1], a[2], actor());
        return r ? 0 : fail(r.error().detail());
    }
    if (sub == QLatin1String("remove") && a.size() == 2) {
        VoidResult r = store.removeAlias(a[1], actor());
        return r ? 0 : fail(r.error().detail());
    }
    if (sub == QLatin1String("default") && a.size() == 2) {
        VoidResult r = store.setDefaultAlias(a[1], actor());
        return r ? 0 : fail(r.error().detail());
    }
    return usageError(
        QStringLiteral("alias list | fields | show NAME | add NAME [FIELD=VALUE ...] | set NAME FIELD VALUE | "
                       "rename OLD NEW | clone FROM TO | remove NAME | default NAME"));
}

int Cli::ca(const QStringList &in)
{
    QStringList a = in;
    CaService &cas = m_env.cas();
    const QString sub = a.value(0);
    if (sub == QLatin1String("list")) {
        Result<QList<CertificateAuthority>> all = cas.list();
        if (!all) {
            return fail(all.error().detail());
        }
        for (const CertificateAuthority &c : *all) {
            m_out << c.name << "  " << c.subjectDn << "  " << c.keyType << "  until " << dateText(c.notAfter)
                  << (c.hasKey ? "" : "  (no key)") << "\n";
        }
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("show") && a.size() == 2) {
        Result<CertificateAuthority> c = cas.find(a[1]);
        if (!c) {
            return fail(c.error().detail());
        }
        Result<QByteArray> pem = cas.chainPem(c->id);
        if (!pem) {
            return fail(pem.error().detail());
        }
        m_out << QString::fromLatin1(*pem);
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("create") && a.size() >= 2) {
        const QString name = a[1];
        const QString subject = takeOption(a, QStringLiteral("--subject"), QStringLiteral("CN=") + name);
        const QString keyType = takeOption(a, QStringLiteral("--key-type"), QStringLiteral("EC:P-256"));
        const QString issuer = takeOption(a, QStringLiteral("--issuer"));
        Result<Duration> validity = Duration::parse(takeOption(a, QStringLiteral("--validity"), QStringLiteral("10y")));
        if (!validity) {
            return fail(validity.error().detail());
        }
        Result<CertificateAuthority> created = CoreError();
        if (issuer.isEmpty()) {
            created = cas.createRoot(name, subject, keyType, *validity);
        } else {
            Result<CertificateAuthority> parent = cas.find(issuer);
            if (!parent) {
                return fail(parent.error().detail());
            }
            created = cas.createIssuing(parent->id, name, subject, keyType, *validity);
        }
        if (!created) {
            return fail(created.error().detail());
        }
        (void)m_env.audit().append(actor(), QStringLiteral("ca.create"), name, subject);
        m_out << "created CA " << created->name << " (" << created->subjectDn << ")" << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("import") && a.size() >= 2) {
        const QString name = a[1];
        const QString certFile = takeOption(a, QStringLiteral("--cert"));
        const QString keyFile = takeOption(a, QStringLiteral("--key"));
        const QString passFile = takeOption(a, QStringLiteral("--passphrase-file"));
        if (certFile.isEmpty() || keyFile.isEmpty()) {
            return usageError(QStringLiteral("ca import NAME --cert FILE --key FILE [--passphrase-file FILE]"));
        }
        bool ok1 = false;
        bool ok2 = false;
        bool ok3 = true;
        const QByteArray cert = readFile(certFile, &ok1);
        const QByteArray key = readFile(keyFile, &ok2);
        const QByteArray pass = passFile.isEmpty() ? QByteArray() : readFile(passFile, &ok3).trimmed();
        if (!ok1 || !ok2 || !ok3) {
            return fail(QStringLiteral("cannot read the certificate, key or passphrase file"));
        }
        Result<CertificateAuthority> imported = cas.importCa(name, cert, key, pass);
        if (!imported) {
            return fail(imported.error().detail());
        }
        (void)m_env.audit().append(actor(), QStringLiteral("ca.import"), name, imported->subjectDn);
        m_out << "imported CA " << imported->name << " (" << imported->subjectDn << ")" << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("renew-early") && a.size() == 2) {
        Result<CertificateAuthority> c = cas.find(a[1]);
        if (!c) {
            return fail(c.error().detail());
        }
        CertificateCatalog catalog(m_env.database(), m_env.clock());
        catalog.setPki(&cas, &m_env.issuance());
        VoidResult r = catalog.markCaForEarlyRenewal(c->name, actor());
        if (r) {
            m_out << "certificates of CA " << c->name << " are due for renewal now (ARI)" << Qt::endl;
        }
        return r ? 0 : fail(r.error().detail());
    }
    if (sub == QLatin1String("chains") && a.size() == 2) {
        Result<CertificateAuthority> c = cas.find(a[1]);
        if (!c) {
            return fail(c.error().detail());
        }
        Result<QList<CaRepository::AlternateChain>> chains = cas.alternateChains(c->id);
        if (!chains) {
            return fail(chains.error().detail());
        }
        for (const CaRepository::AlternateChain &chain : *chains) {
            m_out << "# to " << chain.first << "\n" << QString::fromLatin1(chain.second);
        }
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("add-chain") && a.size() >= 2) {
        const QString file = takeOption(a, QStringLiteral("--file"));
        if (file.isEmpty() || a.size() != 2) {
            return usageError(QStringLiteral("ca add-chain NAME --file CHAIN.pem"));
        }
        Result<CertificateAuthority> c = cas.find(a[1]);
        if (!c) {
            return fail(c.error().detail());
        }
        bool ok = false;
        const QByteArray pem = readFile(file, &ok);
        if (!ok) {
            return fail(QStringLiteral("cannot read %1").arg(file));
        }
        CaCatalog catalog(m_env.database(), cas, m_env.clock());
        Result<QString> root = catalog.addAlternateChain(c->id, pem, actor());
        if (!root) {
            return fail(root.error().detail());
        }
        m_out << "CA " << c->name << " now also chains to " << *root << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("remove-chain") && a.size() >= 2) {
        const QString root = takeOption(a, QStringLiteral("--root"));
        if (root.isEmpty() || a.size() != 2) {
            return usageError(QStringLiteral("ca remove-chain NAME --root DN"));
        }
        Result<CertificateAuthority> c = cas.find(a[1]);
        if (!c) {
            return fail(c.error().detail());
        }
        CaCatalog catalog(m_env.database(), cas, m_env.clock());
        if (VoidResult r = catalog.removeAlternateChain(c->id, root, actor()); !r) {
            return fail(r.error().detail());
        }
        m_out << "CA " << c->name << " no longer offers its chain to " << root << Qt::endl;
        return 0;
    }
    return usageError(QStringLiteral("ca list | show NAME | create NAME ... | import NAME ... | renew-early NAME | "
                                     "chains NAME | add-chain NAME --file F | remove-chain NAME --root DN"));
}

int Cli::profile(const QStringList &a)
{
    ProfileRepository &profiles = m_env.profiles();
    const QString sub = a.value(0);
    if (sub == QLatin1String("list")) {
        Result<QList<CertificateProfile>> certs = profiles.certificateProfiles();
        Result<QList<EndEntityProfile>> ees = profiles.endEntityProfiles();
        if (!certs || !ees) {
            return fail(QStringLiteral("cannot read profiles"));
        }
        for (const CertificateProfile &p : *certs) {
            m_out << "cert " << p.name << "\n";
        }
        for (const EndEntityProfile &p : *ees) {
            m_out << "ee   " << p.name << "\n";
        }
        m_out.flush();
        return 0;
    }
    if ((sub == QLatin1String("show") && a.size() == 3) || (sub == QLatin1String("set") && a.size() == 5)) {
        const bool isCert = a[1] == QLatin1String("cert");
        if (!isCert && a[1] != QLatin1String("ee")) {
            return usageError(QStringLiteral("profile kind is cert or ee"));
        }
        QJsonObject json;
        if (isCert) {
            Result<CertificateProfile> p = profiles.certificateProfile(a[2]);
            if (!p) {
                return fail(p.error().detail());
            }
            json = p->toJson();
        } else {
            Result<EndEntityProfile> p = profiles.endEntityProfile(a[2]);
            if (!p) {
                return fail(p.error().detail());
            }
            json = p->toJson();
        }
        if (sub == QLatin1String("show")) {
            m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
            m_out.flush();
            return 0;
        }
        if (VoidResult r = setJsonField(json, a[3], a[4]); !r) {
            return fail(r.error().detail());
        }
        VoidResult saved = CoreError();
        if (isCert) {
            Result<CertificateProfile> p = CertificateProfile::fromJson(a[2], json);
            if (!p) {
                return fail(p.error().detail());
            }
            saved = profiles.saveCertificateProfile(*p);
        } else {
            Result<EndEntityProfile> p = EndEntityProfile::fromJson(a[2], json);
            if (!p) {
                return fail(p.error().detail());
            }
            saved = profiles.saveEndEntityProfile(*p);
        }
        if (saved) {
            (void)m_env.audit().append(actor(), QStringLiteral("profile.set"), a[1] + QLatin1Char(':') + a[2],
                                       a[3] + QLatin1Char('=') + a[4]);
        }
        return saved ? 0 : fail(saved.error().detail());
    }
    return usageError(QStringLiteral("profile list | show cert|ee NAME | set cert|ee NAME FIELD VALUE"));
}

int Cli::account(const QStringList &a)
{
    AccountRepository accounts(m_env.database());
    const QString sub = a.value(0);
    if (sub == QLatin1String("list")) {
        Result<AccountRepository::Page> page = accounts.list(a.value(1), 1000, 0);
        if (!page) {
            return fail(page.error().detail());
        }
        for (const AccountRow &r : page->rows) {
            m_out << r.id << "  " << r.alias << "  " << r.status << "  " << r.contact << "  "
                  << dateText(QDateTime::fromMSecsSinceEpoch(r.createdAt, Qt::UTC)) << "\n";
        }
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("deactivate") && a.size() == 2) {
        // An admin's deactivation is RFC 8555's server-initiated "revoked".
        VoidResult r = m_env.database()->transaction([&]() -> VoidResult {
            if (VoidResult u = accounts.updateStatus(a[1], QStringLiteral("revoked"), m_env.clock().nowMs()); !u) {
                return u;
            }
            return m_env.audit().append(actor(), QStringLiteral("account.deactivate"), a[1]);
        });
        return r ? 0 : fail(r.error().detail());
    }
    return usageError(QStringLiteral("account list [FILTER] | deactivate ID"));
}

int Cli::audit(const QStringList &a)
{
    const QString sub = a.value(0);
    if (sub == QLatin1String("verify")) {
        Result<qint64> n = m_env.audit().verify();
        if (!n) {
            return fail(n.error().detail());
        }
        m_out << "audit log intact: " << *n << " records" << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("list")) {
        Result<QList<AuditEntry>> entries = m_env.audit().recent(a.size() > 1 ? a[1].toInt() : 50);
        if (!entries) {
            return fail(entries.error().detail());
        }
        for (const AuditEntry &e : *entries) {
            m_out << e.seq << "  " << dateText(e.time) << "  " << e.actor << "  " << e.action << "  " << e.object
                  << "  " << e.details << "\n";
        }
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("export")) {
        QStringList rest = a.mid(1);
        const QString format = takeOption(rest, QStringLiteral("--format"), QStringLiteral("csv")).toLower();
        const QString sinceText = takeOption(rest, QStringLiteral("--since"));
        if (rest.size() != 1 || (format != QLatin1String("csv") && format != QLatin1String("json"))) {
            return usageError(QStringLiteral("audit export [--format csv|json] [--since 7d|DATE] FILE"));
        }
        QDateTime since;
        if (!sinceText.isEmpty()) {
            // A duration back from now ("7d", "12h"), or an ISO 8601 date or time (UTC unless it says).
            if (Result<Duration> back = Duration::parse(sinceText)) {
                since = QDateTime::fromMSecsSinceEpoch(m_env.clock().nowMs() - back->ms(), Qt::UTC);
            } else if (const QDate day = QDate::fromString(sinceText, Qt::ISODate); day.isValid()) {
                since = day.startOfDay(Qt::UTC);
            } else {
                since = QDateTime::fromString(sinceText, Qt::ISODateWithMs);
                if (since.isValid() && since.timeSpec() == Qt::LocalTime) {
                    since.setTimeSpec(Qt::UTC);
                }
            }
            if (!since.isValid()) {
                return usageError(QStringLiteral("--since takes a duration (7d) or a date (2026-11-01)"));
            }
        }
        Result<qint64> written
            = AuditCatalog(m_env.database())
                  .exportTo(rest[0], format == QLatin1String("json") ? AuditExportFormat::Json : AuditExportFormat::Csv,
                            since);
        if (!written) {
            return fail(written.error().detail());
        }
        (void)m_env.audit().append(actor(), QStringLiteral("audit.export"), rest[0],
                                   QStringLiteral("%1 records").arg(*written));
        m_out << *written << " audit records written to " << rest[0] << Qt::endl;
        return 0;
    }
    return usageError(QStringLiteral("audit list [N] | verify | export [--format csv|json] [--since 7d|DATE] FILE"));
}

int Cli::db(const QStringList &a)
{
    if (a.value(0) == QLatin1String("migrate")) {
        VoidResult r = m_env.database()->migrate();
        if (!r) {
            return fail(r.error().detail());
        }
        m_out << "schema at version " << *m_env.database()->schemaVersion() << Qt::endl;
        return 0;
    }
    if (a.value(0) == QLatin1String("check")) {
        Result<QString> r = m_env.database()->integrityCheck();
        if (!r) {
            return fail(r.error().detail());
        }
        m_out << *r << Qt::endl;
        return *r == QLatin1String("ok") ? 0 : 1;
    }
    return usageError(QStringLiteral("db migrate | check"));
}

int Cli::cert(const QStringList &in)
{
    QStringList a = in;
    IssuanceService &issuance = m_env.issuance();
    const QString sub = a.value(0);
    auto find = [&](const QString &idOrSerial) -> Result<CertificateRecord> {
        Result<CertificateRecord> r = issuance.findById(CertificateId(idOrSerial));
        if (r) {
            return r;
        }
        return issuance.findBySerial(idOrSerial.toLower().remove(QLatin1Char(':')));
    };
    if (sub == QLatin1String("list")) {
        const QString filter = a.value(1);
        const QString like = QLatin1Char('%') + filter + QLatin1Char('%');
        Result<QSqlQuery> ids = m_env.database()->exec(
            QStringLiteral("SELECT id FROM certificates WHERE (:f = '' OR sans LIKE :like OR serial = :f2 "
                           "OR subject_dn LIKE :like2 OR account_id = :f3) ORDER BY created_at DESC LIMIT 200"),
            {{QStringLiteral("f"), filter},
             {QStringLiteral("f2"), filter},
             {QStringLiteral("f3"), filter},
             {QStringLiteral("like"), like},
             {QStringLiteral("like2"), like}});
        if (!ids) {
            return fail(ids.error().detail());
        }
        Result<QList<CertificateRecord>> rows = QList<CertificateRecord>();
        while (ids->next()) {
            Result<CertificateRecord> r = issuance.findById(CertificateId(ids->value(0).toString()));
            if (r) {
                rows->append(*r);
            }
        }
        for (const CertificateRecord &r : *rows) {
            m_out << r.id.value() << "  " << r.serialHex << "  " << r.status << "  "
                  << (r.dnsNames + r.ipAddresses).join(QLatin1Char(',')) << "  until " << dateText(r.notAfter) << "\n";
        }
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("show") && a.size() == 2) {
        Result<CertificateRecord> r = find(a[1]);
        if (!r) {
            return fail(QStringLiteral("no certificate with id or serial %1").arg(a[1]));
        }
        m_out << "id:       " << r->id.value() << "\nserial:   " << r->serialHex << "\nsubject:  " << r->subjectDn
              << "\nnames:    " << (r->dnsNames + r->ipAddresses).join(QStringLiteral(", "))
              << "\nvalidity: " << dateText(r->notBefore) << " .. " << dateText(r->notAfter)
              << "\nstatus:   " << r->status;
        if (r->isRevoked()) {
            m_out << " (reason " << r->revocationReason << ")";
        }
        m_out << "\n" << QString::fromLatin1(X509Certificate::toPemBundle({*X509Certificate::fromDer(r->der)}));
        m_out.flush();
        return 0;
    }
    if (sub == QLatin1String("revoke") && a.size() >= 2) {
        bool ok = false;
        const int reason = takeOption(a, QStringLiteral("--reason"), QStringLiteral("0")).toInt(&ok);
        if (!ok) {
            return usageError(QStringLiteral("--reason takes an RFC 5280 reason code"));
        }
        Result<CertificateRecord> r = find(a[1]);
        if (!r) {
            return fail(QStringLiteral("no certificate with id or serial %1").arg(a[1]));
        }
        VoidResult done = m_env.database()->transaction([&]() -> VoidResult {
            if (VoidResult v = issuance.revoke(r->id, reason, m_env.clock().now()); !v) {
                return v;
            }
            return m_env.audit().append(actor(), QStringLiteral("certificate.revoke"), r->serialHex,
                                        QStringLiteral("reason %1").arg(reason));
        });
        if (!done) {
            return fail(done.error().detail());
        }
        m_out << "revoked " << r->serialHex << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("renew-early") && a.size() == 2) {
        Result<CertificateRecord> r = find(a[1]);
        if (!r) {
            return fail(QStringLiteral("no certificate with id or serial %1").arg(a[1]));
        }
        CertificateCatalog catalog(m_env.database(), m_env.clock());
        catalog.setPki(&m_env.cas(), &issuance);
        if (VoidResult v = catalog.markForEarlyRenewal(r->id, actor()); !v) {
            return fail(v.error().detail());
        }
        m_out << "certificate " << r->serialHex << " is due for renewal now (ARI)" << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("crl") && a.size() >= 2) {
        Result<CertificateAuthority> ca = m_env.cas().find(a[1]);
        if (!ca) {
            return fail(ca.error().detail());
        }
        Result<QByteArray> pem = issuance.crlPem(ca->id);
        if (!pem) {
            return fail(pem.error().detail());
        }
        if (a.size() >= 3) {
            QFile f(a[2]);
            if (!f.open(QIODevice::WriteOnly) || f.write(*pem) != pem->size()) {
                return fail(QStringLiteral("cannot write %1").arg(a[2]));
            }
        } else {
            m_out << QString::fromLatin1(*pem);
            m_out.flush();
        }
        return 0;
    }
    return usageError(
        QStringLiteral("cert list [FILTER] | show ID|SERIAL | revoke ID|SERIAL [--reason N] | renew-early ID|SERIAL | "
                       "crl CA [FILE]"));
}

int Cli::backup(const QStringList &in)
{
    QStringList a = in;
    const bool withKey = a.removeAll(QStringLiteral("--with-master-key")) > 0;
    if (a.size() != 1) {
        return usageError(QStringLiteral("backup FILE [--with-master-key]"));
    }
    const QString target = QFileInfo(a[0]).absoluteFilePath();
    if (QFile::exists(target)) {
        return fail(QStringLiteral("%1 exists; choose a new file").arg(target));
    }
    std::shared_ptr<Database> db = m_env.database();
    if (db->isSqlite()) {
        // VACUUM INTO writes a consistent snapshot while writers go on (SQLite >= 3.27).
        Result<QSqlQuery> q = db->exec(QStringLiteral("VACUUM INTO :file"), {{QStringLiteral("file"), target}});
        if (!q) {
            return fail(QStringLiteral("backup failed: %1").arg(q.error().internalDetail()));
        }
    } else {
        const QUrl url(db->url());
        QProcess dump;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), url.password());
        dump.setProcessEnvironment(env);
        dump.setStandardOutputFile(target);
        dump.start(QStringLiteral("pg_dump"),
                   {QStringLiteral("--format=custom"), QStringLiteral("--no-owner"), QStringLiteral("-h"), url.host(),
                    QStringLiteral("-p"), QString::number(url.port(5432)), QStringLiteral("-U"), url.userName(),
                    url.path().mid(1)});
        if (!dump.waitForFinished(-1) || dump.exitCode() != 0) {
            QFile::remove(target);
            return fail(QStringLiteral("pg_dump failed: %1").arg(QString::fromLocal8Bit(dump.readAllStandardError())));
        }
    }
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (withKey) {
        QFile key(m_env.paths().masterKeyFile);
        if (!key.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read the master key"));
        }
        if (VoidResult w = AppEnvironment::writePrivateFile(target + QStringLiteral(".master.key"), key.readAll());
            !w) {
            return fail(w.error().detail());
        }
    }
    (void)m_env.audit().append(actor(), QStringLiteral("backup.create"), target);
    m_out << "backup written to " << target << (withKey ? " (master key beside it, .master.key)" : "") << "\n";
    if (!withKey) {
        m_out << "note: CA keys in the backup are sealed with " << m_env.paths().masterKeyFile
              << "; back that file up separately"
              << "\n";
    }
    m_out.flush();
    return 0;
}

int Cli::restore(const QStringList &a)
{
    if (a.size() != 1) {
        return usageError(QStringLiteral("restore FILE"));
    }
    const QString source = QFileInfo(a[0]).absoluteFilePath();
    if (!QFile::exists(source)) {
        return fail(QStringLiteral("%1 does not exist").arg(source));
    }
    std::shared_ptr<Database> db = m_env.database();
    if (db->isSqlite()) {
        // Check the backup before touching anything: it must open, be intact and not be newer.
        {
            Result<std::shared_ptr<Database>> b = Database::open(QStringLiteral("sqlite:") + source);
            if (!b) {
                return fail(QStringLiteral("%1 is not an Anvil database").arg(source));
            }
            Result<QString> check = (*b)->integrityCheck();
            Result<int> version = (*b)->schemaVersion();
            if (!check || *check != QLatin1String("ok") || !version || *version < 1
                || *version > Database::latestVersion()) {
                return fail(QStringLiteral("%1 is damaged or not an Anvil database of a known version").arg(source));
            }
        }
        const QString live = db->sqliteFile();
        db->releaseThreadConnection();
        const QString staged = live + QStringLiteral(".restore");
        QFile::remove(staged);
        if (!QFile::copy(source, staged)) {
            return fail(QStringLiteral("cannot copy %1").arg(source));
        }
        QFile::setPermissions(staged, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QFile::remove(live + QStringLiteral("-wal"));
        QFile::remove(live + QStringLiteral("-shm"));
        if (::rename(QFile::encodeName(staged).constData(), QFile::encodeName(live).constData()) != 0) {
            return fail(QStringLiteral("cannot replace %1").arg(live));
        }
        Result<std::shared_ptr<Database>> reopened = Database::open(db->url());
        if (!reopened || !(*reopened)->migrate()) {
            return fail(QStringLiteral("the restored database does not open"));
        }
        AuditLog audit(*reopened, m_env.clock());
        (void)audit.append(actor(), QStringLiteral("backup.restore"), source);
    } else {
        const QUrl url(db->url());
        QProcess restore;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), url.password());
        restore.setProcessEnvironment(env);
        restore.start(QStringLiteral("pg_restore"),
                      {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
                       QStringLiteral("-h"), url.host(), QStringLiteral("-p"), QString::number(url.port(5432)),
                       QStringLiteral("-U"), url.userName(), QStringLiteral("-d"), url.path().mid(1), source});
        if (!restore.waitForFinished(-1) || restore.exitCode() != 0) {
            return fail(
                QStringLiteral("pg_restore failed: %1").arg(QString::fromLocal8Bit(restore.readAllStandardError())));
        }
        (void)m_env.audit().append(actor(), QStringLiteral("backup.restore"), source);
    }
    m_out << "restored from " << source << Qt::endl;
    return 0;
}
