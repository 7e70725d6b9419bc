// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/GovernanceCommands.h"

#include "app/AppEnvironment.h"
#include "core/approvals/ApprovalService.h"
#include "core/approvals/ClientCertificatePolicy.h"
#include "core/approvals/EabKeyService.h"
#include "core/jose/Base64Url.h"

#include <QFile>

namespace {

QString actor()
{
    const QString user = qEnvironmentVariable("SUDO_USER", qEnvironmentVariable("USER", QStringLiteral("unknown")));
    return QStringLiteral("cli:") + user;
}

QString takeOption(QStringList &args, const QString &name, bool *present = nullptr)
{
    const int i = args.indexOf(name);
    if (present) {
        *present = i >= 0 && i + 1 < args.size();
    }
    if (i < 0 || i + 1 >= args.size()) {
        return {};
    }
    const QString v = args.at(i + 1);
    args.remove(i, 2);
    return v;
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(name) > 0;
}

QString dateText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

class Commands
{
public:
    Commands(AppEnvironment &env, QTextStream &out, QTextStream &err)
        : m_env(env)
        , m_out(out)
        , m_err(err)
    {
    }

    int run(QStringList args)
    {
        const QString command = args.takeFirst();
        if (command == QLatin1String("eab")) {
            return eab(args);
        }
        if (command == QLatin1String("approval")) {
            return approval(args);
        }
        return clientcert(args);
    }

private:
    int fail(const QString &message)
    {
        m_err << "anvil: " << message << Qt::endl;
        return 1;
    }
    int usage(const QString &line)
    {
        m_err << "anvil: usage: " << line << Qt::endl;
        return 2;
    }
    std::unique_ptr<EabKeyService> eabService()
    {
        Result<MasterKey> key = MasterKey::loadOrCreate(m_env.paths().masterKeyFile);
        return std::make_unique<EabKeyService>(m_env.database(), key ? *key : MasterKey(), m_env.clock());
    }
    QString directoryUrl(const QString &alias)
    {
        Result<GlobalSettings> s = m_env.config().settings();
        const QString host
            = !s || s->serverHostnames.isEmpty() ? QStringLiteral("localhost") : s->serverHostnames.first();
        const int port = s ? s->tlsPort : 8442;
        return QStringLiteral("https://%1:%2/acme/%3/directory").arg(host).arg(port).arg(alias);
    }

    int eab(QStringList a);
    int eabCreate(QStringList a);
    int approval(QStringList a);
    int clientcert(QStringList a);

    AppEnvironment &m_env;
    QTextStream &m_out;
    QTextStream &m_err;
};

const char *const kEabUsage
    = "eab list [ALIAS] | create ALIAS [options] | show ALIAS KID [--reveal] | revoke ALIAS KID | "
      "accounts ALIAS KID";

int Commands::eab(QStringList a)
{
    const QString sub = a.isEmpty() ? QString() : a.takeFirst();
    if (sub == QLatin1String("create")) {
        return eabCreate(a);
    }
    std::unique_ptr<EabKeyService> service = eabService();
    if (sub == QLatin1String("list") && a.size() <= 1) {
        Result<QList<EabKey>> keys = service->list(a.value(0));
        if (!keys) {
            return fail(keys.error().detail());
        }
        const QDateTime now = m_env.clock().now();
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(QStringLiteral("ALIAS"), -12)
                     .arg(QStringLiteral("KEY IDENTIFIER"), -44)
                     .arg(QStringLiteral("TYPE"), -10)
                     .arg(QStringLiteral("ALG"), -16)
                     .arg(QStringLiteral("STATE"), -8)
                     .arg(QStringLiteral("EXPIRES"), -21)
                     .arg(QStringLiteral("BOUND"), 5)
                     .arg(QStringLiteral("LABEL"));
        for (const EabKey &k : *keys) {
            m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                         .arg(k.alias, -12)
                         .arg(k.keyIdentifier, -44)
                         .arg(EabKey::typeName(k.type) + (k.singleUse ? QStringLiteral("/1x") : QString()), -10)
                         .arg(k.type == EabKey::Type::Symmetric ? k.macAlgorithm : k.signatureAlgorithm, -16)
                         .arg(k.state(now), -8)
                         .arg(dateText(k.expiresAt), -21)
                         .arg(k.boundAccounts, 5)
                         .arg(k.label);
        }
        return 0;
    }
    if (sub == QLatin1String("show") && (a.size() == 2 || a.size() == 3)) {
        const bool reveal = takeFlag(a, QStringLiteral("--reveal"));
        if (a.size() != 2) {
            return usage(QStringLiteral("eab show ALIAS KID [--reveal]"));
        }
        Result<EabKey> k = service->find(a[0], a[1]);
        if (!k) {
            return fail(k.error().detail());
        }
        m_out << "alias:          " << k->alias << "\n"
              << "key identifier: " << k->keyIdentifier << "\n"
              << "label:          " << k->label << "\n"
              << "type:           " << EabKey::typeName(k->type) << "\n";
        if (k->type == EabKey::Type::Symmetric) {
            m_out << "MAC algorithm:  " << k->macAlgorithm << "\n"
                  << "encrypted:      " << (k->encrypted ? "yes" : "no") << "\n";
        } else {
            m_out << "fingerprint:    " << k->fingerprint << "\n"
                  << "signature alg:  " << k->signatureAlgorithm << "\n"
                  << k->publicKeyPem;
        }
        m_out << "state:          " << k->state(m_env.clock().now()) << "\n"
              << "single use:     " << (k->singleUse ? "yes" : "no") << "\n"
              << "expires:        " << dateText(k->expiresAt) << "\n"
              << "revoked:        " << dateText(k->revokedAt) << "\n"
              << "first used:     " << dateText(k->usedAt) << "\n"
              << "created:        " << dateText(k->createdAt) << "\n"
              << "bound accounts: " << k->boundAccounts << "\n";
        if (reveal) {
            Result<QByteArray> secret = service->reveal(a[0], a[1], actor());
            if (!secret) {
                return fail(secret.error().detail());
            }
            m_out << "key (base64url): " << Base64Url::encodeToString(*secret) << "\n";
        }
        return 0;
    }
    if (sub == QLatin1String("revoke") && a.size() == 2) {
        if (VoidResult r = service->revoke(a[0], a[1], actor()); !r) {
            return fail(r.error().detail());
        }
        m_out << "revoked EAB key " << a[1] << " of alias " << a[0] << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("accounts") && a.size() == 2) {
        Result<QList<EabBoundAccount>> accounts = service->boundAccounts(a[0], a[1]);
        if (!accounts) {
            return fail(accounts.error().detail());
        }
        for (const EabBoundAccount &acct : *accounts) {
            m_out << QStringLiteral("%1 %2 %3\n")
                         .arg(acct.accountId, -16)
                         .arg(acct.status, -12)
                         .arg(dateText(acct.createdAt));
        }
        return 0;
    }
    return usage(QLatin1String(kEabUsage));
}

int Commands::eabCreate(QStringList a)
{
    const QString label = takeOption(a, QStringLiteral("--label"));
    const QString kid = takeOption(a, QStringLiteral("--kid"));
    bool hasAlg = false;
    const QString alg = takeOption(a, QStringLiteral("--alg"), &hasAlg);
    const QString expires = takeOption(a, QStringLiteral("--expires"));
    const QString keyFile = takeOption(a, QStringLiteral("--key-file"));
    const QString keyText = takeOption(a, QStringLiteral("--key"));
    const QString publicKeyFile = takeOption(a, QStringLiteral("--public-key-file"));
    const QString sigAlg = takeOption(a, QStringLiteral("--sig-alg"));
    const QString fingerprint = takeOption(a, QStringLiteral("--fingerprint"));
    const bool singleUse = takeFlag(a, QStringLiteral("--single-use"));
    const bool encrypt = takeFlag(a, QStringLiteral("--encrypt"));
    const bool keepCertificate = takeFlag(a, QStringLiteral("--use-certificate"));
    if (a.size() != 1 || (!keyFile.isEmpty() && !keyText.isEmpty())) {
        return usage(QStringLiteral("eab create ALIAS [--label L] [--kid K] [--alg HS256|HS384|HS512] [--expires 30d] "
                                    "[--single-use] [--encrypt] [--key-file F | --key B64URL]\n"
                                    "       eab create ALIAS --public-key-file F [--use-certificate] [--sig-alg A] "
                                    "[--fingerprint CF] [--kid K] [--label L] [--expires 30d] [--single-use]"));
    }
    const QString alias = a[0];
    if (Result<AliasConfig> cfg = m_env.config().alias(alias); !cfg) {
        return fail(cfg.error().detail());
    }
    QDateTime expiresAt;
    if (!expires.isEmpty()) {
        Result<Duration> d = Duration::parse(expires);
        if (!d) {
            return fail(QStringLiteral("--expires: ") + d.error().detail());
        }
        expiresAt = m_env.clock().now().addMSecs(d->ms());
    }
    std::unique_ptr<EabKeyService> service = eabService();
    if (!publicKeyFile.isEmpty()) {
        QFile f(publicKeyFile);
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read %1").arg(publicKeyFile));
        }
        NewAsymmetricEabKey spec;
        spec.alias = alias;
        spec.keyIdentifier = kid;
        spec.label = label;
        spec.publicKeyOrCertificate = f.readAll();
        spec.usePublicKey = !keepCertificate;
        spec.signatureAlgorithm = sigAlg;
        spec.fingerprint = fingerprint;
        spec.expiresAt = expiresAt;
        spec.singleUse = singleUse;
        Result<EabKey> k = service->createAsymmetric(spec, actor());
        if (!k) {
            return fail(k.error().detail());
        }
        m_out << "Key identifier:      " << k->keyIdentifier << "\n"
              << "Fingerprint (cf):    " << k->fingerprint << "\n"
              << "Signature algorithm: " << k->signatureAlgorithm << "\n"
              << "Directory:           " << directoryUrl(alias) << "\n";
        return 0;
    }
    NewSymmetricEabKey spec;
    spec.alias = alias;
    spec.keyIdentifier = kid;
    spec.label = label;
    if (hasAlg) {
        spec.macAlgorithm = alg;
    }
    spec.expiresAt = expiresAt;
    spec.singleUse = singleUse;
    spec.encrypt = encrypt;
    if (!keyFile.isEmpty()) {
        QFile f(keyFile);
        if (!f.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("cannot read %1").arg(keyFile));
        }
        Result<QByteArray> key = EabKeyService::keyFromFile(f.readAll());
        if (!key) {
            return fail(key.error().detail());
        }
        spec.key = *key;
    } else if (!keyText.isEmpty()) {
        Result<QByteArray> key = EabKeyService::keyFromBase64Url(keyText);
        if (!key) {
            return fail(key.error().detail());
        }
        spec.key = *key;
    }
    Result<CreatedEabKey> created = service->createSymmetric(spec, actor());
    if (!created) {
        return fail(created.error().detail());
    }
    const QString k = created->key.keyIdentifier;
    const QString secret = Base64Url::encodeToString(created->macKey);
    const QString dir = directoryUrl(alias);
    m_out << "Key identifier: " << k << "\n"
          << "MAC key:        " << secret << "\n"
          << "MAC algorithm:  " << created->key.macAlgorithm << "\n"
          << "Directory:      " << dir << "\n"
          << "(the MAC key is shown once; `anvil eab show " << alias << " " << k << " --reveal` shows it again)\n\n"
          << EabKeyService::certbotCommand(dir, k, secret) << "\n"
          << EabKeyService::legoCommand(dir, k, secret) << "\n";
    return 0;
}

int Commands::approval(QStringList a)
{
    ApprovalService service(m_env.database(), m_env.clock());
    const QString sub = a.isEmpty() ? QString() : a.takeFirst();
    if (sub == QLatin1String("list")) {
        const bool pending = takeFlag(a, QStringLiteral("--pending"));
        Result<QList<ApprovalRequest>> list = service.list(pending);
        if (!list) {
            return fail(list.error().detail());
        }
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(QStringLiteral("ID"), -10)
                     .arg(QStringLiteral("KIND"), -13)
                     .arg(QStringLiteral("ALIAS"), -12)
                     .arg(QStringLiteral("STATUS"), -10)
                     .arg(QStringLiteral("CREATED"), -21)
                     .arg(QStringLiteral("EXPIRES"), -21)
                     .arg(QStringLiteral("DECIDED BY"));
        for (const ApprovalRequest &r : *list) {
            m_out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                         .arg(r.id.value(), -10)
                         .arg(ApprovalRequest::kindName(r.kind), -13)
                         .arg(r.alias, -12)
                         .arg(ApprovalRequest::statusName(r.status), -10)
                         .arg(dateText(r.createdAt), -21)
                         .arg(dateText(r.expiresAt), -21)
                         .arg(r.decidedBy);
        }
        return 0;
    }
    if (sub == QLatin1String("show") && a.size() == 1) {
        Result<ApprovalRequest> r = service.find(ApprovalId(a[0]));
        if (!r) {
            return fail(r.error().detail());
        }
        m_out << "id:         " << r->id.value() << "\n"
              << "kind:       " << ApprovalRequest::kindName(r->kind) << "\n"
              << "alias:      " << r->alias << "\n"
              << "status:     " << ApprovalRequest::statusName(r->status) << "\n"
              << "key:        " << r->keyThumbprint << "\n"
              << "account:    " << (r->accountId.isEmpty() ? QStringLiteral("-") : r->accountId) << "\n"
              << "order:      " << (r->orderId.isEmpty() ? QStringLiteral("-") : r->orderId) << "\n"
              << "request:    " << r->payload << "\n"
              << "created:    " << dateText(r->createdAt) << "\n"
              << "expires:    " << dateText(r->expiresAt) << "\n"
              << "decided:    " << dateText(r->decidedAt) << " " << r->decidedBy << "\n"
              << "comment:    " << r->comment << "\n";
        return 0;
    }
    if ((sub == QLatin1String("approve") || sub == QLatin1String("reject"))) {
        const QString comment = takeOption(a, QStringLiteral("--comment"));
        if (a.size() != 1) {
            return usage(QStringLiteral("approval approve|reject ID [--comment C]"));
        }
        const ApprovalId id(a[0]);
        VoidResult r = sub == QLatin1String("approve") ? service.approve(id, actor(), comment)
                                                       : service.reject(id, actor(), comment);
        if (!r) {
            return fail(r.error().detail());
        }
        m_out << (sub == QLatin1String("approve") ? "approved " : "rejected ") << id.value() << Qt::endl;
        return 0;
    }
    return usage(
        QStringLiteral("approval list [--pending] | show ID | approve ID [--comment C] | reject ID [--comment C]"));
}

int Commands::clientcert(QStringList a)
{
    ClientCertificatePolicy policy(m_env.database(), m_env.cas(), m_env.issuance(), m_env.clock());
    const QString sub = a.isEmpty() ? QString() : a.takeFirst();
    if (sub == QLatin1String("list") && a.size() <= 1) {
        Result<QList<ClientCertificateRule>> rules = policy.rules(a.value(0));
        if (!rules) {
            return fail(rules.error().detail());
        }
        for (const ClientCertificateRule &r : *rules) {
            m_out << QStringLiteral("%1 %2 %3 %4 (%5, %6)\n")
                         .arg(r.alias, -12)
                         .arg(ClientCertificateRule::effectName(r.effect), -5)
                         .arg(ClientCertificateRule::matchName(r.match), -11)
                         .arg(r.value, dateText(r.createdAt), r.createdBy);
        }
        return 0;
    }
    if ((sub == QLatin1String("allow") || sub == QLatin1String("deny") || sub == QLatin1String("remove"))
        && a.size() == 2) {
        if (Result<AliasConfig> cfg = m_env.config().alias(a[0]); !cfg) {
            return fail(cfg.error().detail());
        }
        VoidResult r = sub == QLatin1String("remove")
            ? policy.removeRule(a[0], a[1], actor())
            : policy.setRule(a[0], a[1],
                             sub == QLatin1String("allow") ? ClientCertificateRule::Effect::Allow
                                                           : ClientCertificateRule::Effect::Deny,
                             actor());
        if (!r) {
            return fail(r.error().detail());
        }
        m_out << sub << " " << a[0] << " " << a[1] << Qt::endl;
        return 0;
    }
    return usage(QStringLiteral("clientcert allow|deny|remove ALIAS SUBJECT-DN|SHA256-FINGERPRINT | list [ALIAS]"));
}

} // namespace

bool isGovernanceCommand(const QString &command)
{
    return command == QLatin1String("eab") || command == QLatin1String("approval")
        || command == QLatin1String("clientcert");
}

int runGovernanceCommand(AppEnvironment &env, const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Commands(env, out, err).run(args);
}

QString governanceUsage()
{
    return QStringLiteral(
        "  eab list [ALIAS] | show ALIAS KID [--reveal] | revoke ALIAS KID | accounts ALIAS KID\n"
        "      create ALIAS [--label L] [--kid K] [--alg HS256|HS384|HS512] [--expires 30d] [--single-use]\n"
        "             [--encrypt] [--key-file F | --key B64URL]\n"
        "      create ALIAS --public-key-file F [--use-certificate] [--sig-alg A] [--fingerprint CF] ...\n"
        "  approval list [--pending] | show ID | approve ID [--comment C] | reject ID [--comment C]\n"
        "  clientcert allow|deny|remove ALIAS SUBJECT-DN|SHA256-FINGERPRINT | list [ALIAS]\n");
}
