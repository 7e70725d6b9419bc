// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/AcmeEngine.h"

#include "core/acme/AccountGovernance.h"
#include "core/acme/AcmeIdentifiers.h"
#include "core/acme/CertificateFacade.h"
#include "core/acme/NonceService.h"
#include "core/acme/OpenApiDocument.h"
#include "core/acme/ValidationScheduler.h"
#include "core/jose/Base64Url.h"
#include "core/jose/JwsVerifier.h"
#include "core/storage/AuditLog.h"
#include "core/util/RandomToken.h"
#include "core/util/Rfc3339.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <utility>

Q_LOGGING_CATEGORY(lcAcme, "anvil.acme")

namespace {

using Endpoint = AcmeRoute::Endpoint;

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString toText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

bool isPendingOrValid(const QString &s)
{
    return s == QLatin1String("pending") || s == QLatin1String("valid");
}

/** RFC 8555 §7.3: contact URLs; Anvil supports mailto: only. */
std::optional<AcmeProblem> checkContacts(const QJsonValue &value, QJsonArray *out)
{
    if (!value.isArray()) {
        return AcmeProblem::malformed(QStringLiteral("contact must be an array of URLs"));
    }
    const QJsonArray contacts = value.toArray();
    if (contacts.size() > 10) {
        return AcmeProblem(AcmeProblem::Type::InvalidContact, QStringLiteral("At most 10 contacts are allowed"));
    }
    static const QRegularExpression email(
        QStringLiteral("^[A-Za-z0-9.!#$&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    for (const QJsonValue &c : contacts) {
        if (!c.isString()) {
            return AcmeProblem::malformed(QStringLiteral("contact entries must be strings"));
        }
        const QString url = c.toString();
        if (!url.startsWith(QLatin1String("mailto:"))) {
            return AcmeProblem(
                AcmeProblem::Type::UnsupportedContact,
                QStringLiteral("Contact URL %1 is not supported: only mailto: URLs are").arg(url.left(100)));
        }
        const QString address = url.mid(7);
        if (address.contains(QLatin1Char('?')) || address.contains(QLatin1Char(',')) || !email.match(address).hasMatch()
            || address.size() > 254) {
            return AcmeProblem(AcmeProblem::Type::InvalidContact,
                               QStringLiteral("Contact %1 is not a valid e-mail address").arg(url.left(100)));
        }
        out->append(url);
    }
    return std::nullopt;
}

/** RFC 9773 §4.1: certID = base64url(AKI keyIdentifier) "." base64url(serial content octets). */
bool parseCertId(const QString &certId, QByteArray *authorityKeyId, QByteArray *serial)
{
    const QStringList parts = certId.split(QLatin1Char('.'));
    if (parts.size() != 2) {
        return false;
    }
    Result<QByteArray> aki = Base64Url::decode(QStringView(parts[0]));
    Result<QByteArray> sn = Base64Url::decode(QStringView(parts[1]));
    if (!aki || !sn || aki->isEmpty() || sn->isEmpty() || sn->size() > 21) {
        return false;
    }
    *authorityKeyId = *aki;
    *serial = *sn;
    return true;
}

/**
 * The suggested renewal window (RFC 9773 §4.2). By default the first half of the last third of
 * the validity: from 2/3 to 5/6 of the lifetime, so a client that renews late in the window still
 * has a sixth of the lifetime to retry. A revoked certificate, or one an admin marked for early
 * renewal (itself or its CA), gets a window that starts at the mark: clients renew at once.
 */
QPair<qint64, qint64> suggestedWindow(const CertificateFacade::CertificateInfo &c)
{
    const qint64 mark
        = c.revokedAt ? (c.renewEarlyAt ? qMin(c.revokedAt, c.renewEarlyAt) : c.revokedAt) : c.renewEarlyAt;
    if (mark) {
        return {mark, mark + 60 * 60 * 1000};
    }
    const qint64 lifetime = qMax<qint64>(c.notAfter - c.notBefore, 1000);
    return {c.notBefore + lifetime * 2 / 3, c.notBefore + lifetime * 5 / 6};
}

constexpr int kRenewalInfoRetryAfterSeconds = 6 * 60 * 60;

/** Issue #8: how soon a client should look again at an order waiting for an admin, unless the alias says. */
constexpr int kHeldOrderRetryAfterSeconds = 10;

/** Issuance errors that are the client's request (answered as problems), not the server's failure. */
std::optional<AcmeProblem> issuanceRefusal(const CoreError &e)
{
    const CoreError::Code c = e.code();
    if (c == CoreError::Code::BadCsr || c == CoreError::Code::InvalidProfile || c == CoreError::Code::Malformed
        || c == CoreError::Code::RejectedIdentifier || c == CoreError::Code::BadPublicKey) {
        return AcmeProblem(c == CoreError::Code::RejectedIdentifier ? AcmeProblem::Type::RejectedIdentifier
                                                                    : AcmeProblem::Type::BadCsr,
                           e.detail());
    }
    return std::nullopt;
}

CertificateFacade::OrderInfo orderInfoOf(const OrderRow &o)
{
    CertificateFacade::OrderInfo info;
    info.orderId = o.id;
    info.accountId = o.accountId;
    for (const QJsonValue &v : QJsonDocument::fromJson(o.identifiers.toUtf8()).array()) {
        info.identifiers << qMakePair(v[QStringLiteral("type")].toString(), v[QStringLiteral("value")].toString());
    }
    info.notBefore = o.notBefore;
    info.notAfter = o.notAfter;
    info.profile = o.profile;
    return info;
}

} // namespace

struct AcmeEngine::Context
{
    const AcmeRequest &req;
    AcmeRoute route;
    std::shared_ptr<const ConfigSnapshot> config;
    QString aliasName;
    const AliasConfig *alias = nullptr;
    AcmeUrls urls;
    std::optional<VerifiedJws> jws;
    std::optional<AccountRow> account;
    qint64 now = 0;
    QString replayNonce; // the answer's Replay-Nonce, once issued

    Context(const AcmeRequest &r, const AcmeRoute &rt)
        : req(r)
        , route(rt)
        , urls(r.baseUrl, rt.style, rt.alias)
    {
    }
};

/**
 * A challenge's answer waiting for its validation (AcmeResponse::whenSettled). The validation may
 * end before the server asks for the newer answer, or after: whichever comes second delivers it.
 */
struct AcmeEngine::ValidationHold
{
    std::mutex mutex;
    /** Renders the challenge as it ended; set before the validation starts. */
    std::function<AcmeResponse(const ChallengeRow &)> render;
    std::function<void(std::optional<AcmeResponse>)> deliver;
    bool ended = false;
    std::optional<AcmeResponse> answer; // what settle() left for wait(), once ended

    /** The validation ended: `newer` is the challenge now, or nothing when it could not be read. */
    void settle(std::optional<AcmeResponse> newer)
    {
        std::unique_lock<std::mutex> lock(mutex);
        if (!deliver) {
            ended = true;
            answer = std::move(newer);
            return;
        }
        std::function<void(std::optional<AcmeResponse>)> to = std::move(deliver);
        deliver = nullptr;
        lock.unlock();
        to(std::move(newer));
    }
    /** The server waits for the newer answer. */
    void wait(std::function<void(std::optional<AcmeResponse>)> to)
    {
        std::unique_lock<std::mutex> lock(mutex);
        if (!ended) {
            deliver = std::move(to);
            return;
        }
        std::optional<AcmeResponse> left = std::exchange(answer, std::nullopt);
        lock.unlock();
        to(std::move(left));
    }
};

AcmeEngine::AcmeEngine(const Dependencies &deps, QObject *parent)
    : QObject(parent)
    , m_deps(deps)
    , m_accounts(deps.db, deps.clock)
    , m_orders(deps.db)
    , m_limits(deps.db)
{
    if (m_deps.validation) {
        m_deps.validation->setCompletion(
            [this](const QString &id, const ValidationOutcome &outcome) { completeValidation(id, outcome); });
    }
}

AcmeEngine::~AcmeEngine() = default;

Result<Jwk> AcmeEngine::accountKey(const QString &jwkJson) const
{
    {
        QMutexLocker lock(&m_keyCacheMutex);
        auto it = m_keyCache.constFind(jwkJson);
        if (it != m_keyCache.cend()) {
            return *it;
        }
    }
    Result<Jwk> key = Jwk::fromJson(parseObject(jwkJson));
    if (key) {
        QMutexLocker lock(&m_keyCacheMutex);
        if (m_keyCache.size() >= 100000) {
            m_keyCache.clear(); // bounded; refilled by the accounts in use
        }
        m_keyCache.insert(jwkJson, *key);
    }
    return key;
}

AcmeResponse AcmeEngine::json(int status, const QJsonObject &body)
{
    AcmeResponse r;
    r.status = status;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.addHeader("Content-Type", "application/json");
    return r;
}

AcmeResponse AcmeEngine::problem(const AcmeProblem &p) const
{
    AcmeResponse r;
    r.status = p.httpStatus();
    r.body = QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact);
    r.addHeader("Content-Type", "application/problem+json");
    return r;
}

AcmeResponse AcmeEngine::internalError(const CoreError &e, const char *where) const
{
    const AcmeProblem p = AcmeProblem::fromCoreError(e);
    if (p.type() == AcmeProblem::Type::ServerInternal) {
        qCWarning(lcAcme) << where << e.toLogString();
    }
    return problem(p);
}

std::optional<AcmeResponse> AcmeEngine::rateLimited(const RateLimiter::Check &check, const char *where) const
{
    if (!check) {
        return internalError(check.error(), where);
    }
    if (!check->has_value()) {
        return std::nullopt;
    }
    AcmeResponse r = problem(AcmeProblem(AcmeProblem::Type::RateLimited, (*check)->detail));
    r.addHeader("Retry-After", QByteArray::number((*check)->retryAfterSeconds));
    return r;
}

AcmeResponse AcmeEngine::handle(const AcmeRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    // Reuse prepared statements for this request; they are finished when it ends.
    Database::StatementScope statements(*m_deps.db);
    Context ctx(request, AcmeRoute::parse(request.path, request.query));
    ctx.now = m_deps.clock->nowMs();
    AcmeResponse response = dispatch(ctx);
    const qsizetype ownHeaders = response.headers.size();

    // RFC 8555 §6.5: every response carries a fresh nonce (a badNonce one above all);
    // §7.1: Link rel="index" to the directory.
    if (ctx.route.endpoint != Endpoint::Unknown) {
        QString nonce = ctx.replayNonce; // stored with the request's own (authenticate), if it was signed
        if (nonce.isEmpty()) {
            nonce = ctx.config ? m_deps.nonces->issue(ctx.config->settings.nonceValidityMs) : m_deps.nonces->issue();
        }
        response.addHeader("Replay-Nonce", nonce.toLatin1());
        response.addHeader("Link", "<" + ctx.urls.directory().toUtf8() + ">;rel=\"index\"");
    }
    if (!response.header("Cache-Control").size()) {
        response.addHeader("Cache-Control", "no-store");
    }
    if (response.whenSettled) {
        // The newer answer takes this one's place: it carries the same nonce and links.
        const QList<QPair<QByteArray, QByteArray>> added = response.headers.mid(ownHeaders);
        response.whenSettled = [inner = std::move(response.whenSettled),
                                added](std::function<void(std::optional<AcmeResponse>)> deliver) {
            inner([added, deliver = std::move(deliver)](std::optional<AcmeResponse> answer) {
                if (answer) {
                    answer->headers += added;
                }
                deliver(std::move(answer));
            });
        };
    }
    if (request.method == "HEAD") {
        response.body.clear();
    }
    QString problemType;
    if (response.status >= 400) {
        problemType = QJsonDocument::fromJson(response.body).object().value(QStringLiteral("type")).toString();
    }
    emit requestHandled(QString::fromLatin1(request.method), request.path, ctx.aliasName,
                        ctx.account ? ctx.account->id : QString(), response.status, problemType,
                        timer.nsecsElapsed() / 1000);
    return response;
}

AcmeResponse AcmeEngine::dispatch(Context &ctx)
{
    if (ctx.route.endpoint == Endpoint::Unknown) {
        return problem(AcmeProblem::notFound(QStringLiteral("No ACME resource at %1").arg(ctx.req.path.left(200))));
    }
    ctx.config = m_deps.config->snapshot();
    ctx.aliasName = ctx.route.alias.isEmpty() ? ctx.config->settings.defaultAlias : ctx.route.alias;
    if (!ctx.config->settings.acmeEnabled) {
        // The reference's default: the protocol is off until an admin enables it.
        return problem(AcmeProblem(AcmeProblem::Type::Unauthorized,
                                   QStringLiteral("The ACME protocol is disabled on this server"), 403));
    }
    ctx.alias = ctx.config->alias(ctx.aliasName);
    if (!ctx.alias) {
        return problem(AcmeProblem::notFound(
            ctx.aliasName.isEmpty() ? QStringLiteral("No default ACME alias is configured")
                                    : QStringLiteral("No ACME alias named '%1'").arg(ctx.aliasName.left(250))));
    }

    // Client-certificate aliases answer only on the client-authenticating listener; the reference's
    // exceptions (directory, newAccount) need no certificate.
    if (m_deps.governance) {
        if (std::optional<AcmeProblem> p
            = m_deps.governance->checkClientCertificate(*ctx.alias, ctx.req, ctx.route.endpoint)) {
            return problem(*p);
        }
    } else if (ctx.alias->requireClientCertificate && !ctx.req.clientCertListener) {
        return problem(AcmeProblem::unauthorized(QStringLiteral("This ACME alias requires a client certificate")));
    }

    const QByteArray &method = ctx.req.method;
    const Endpoint e = ctx.route.endpoint;
    if (e == Endpoint::Directory) {
        if (method != "GET" && method != "HEAD" && method != "POST") {
            AcmeResponse r = problem(AcmeProblem(AcmeProblem::Type::MethodNotAllowed, QStringLiteral("Use GET"), 405));
            r.addHeader("Allow", "GET, HEAD");
            return r;
        }
        return directory(ctx);
    }
    if (e == Endpoint::NewNonce) {
        if (method != "GET" && method != "HEAD") {
            AcmeResponse r
                = problem(AcmeProblem(AcmeProblem::Type::MethodNotAllowed, QStringLiteral("Use HEAD or GET"), 405));
            r.addHeader("Allow", "GET, HEAD");
            return r;
        }
        return newNonce(ctx);
    }
    if (e == Endpoint::OpenApi) {
        // Issue #8: off unless an admin turns it on; then as public as the directory.
        if (!ctx.config->settings.openApiEnabled) {
            return problem(
                AcmeProblem::notFound(QStringLiteral("The OpenAPI description is not enabled on this server")));
        }
        if (method != "GET" && method != "HEAD") {
            AcmeResponse r = problem(AcmeProblem(AcmeProblem::Type::MethodNotAllowed, QStringLiteral("Use GET"), 405));
            r.addHeader("Allow", "GET, HEAD");
            return r;
        }
        return openApi(ctx);
    }
    if (e == Endpoint::RenewalInfo) {
        // RFC 9773 §4.1: an unauthenticated GET.
        if (method != "GET" && method != "HEAD") {
            AcmeResponse r = problem(AcmeProblem(AcmeProblem::Type::MethodNotAllowed, QStringLiteral("Use GET"), 405));
            r.addHeader("Allow", "GET, HEAD");
            return r;
        }
        return renewalInfo(ctx);
    }
    if (method != "POST") {
        AcmeResponse r = problem(AcmeProblem(AcmeProblem::Type::MethodNotAllowed,
                                             QStringLiteral("Use POST (POST-as-GET to fetch resources)"), 405));
        r.addHeader("Allow", "POST");
        return r;
    }
    if (ctx.req.body.size() > kMaxBodyBytes) {
        return problem(AcmeProblem(AcmeProblem::Type::PayloadTooLarge,
                                   QStringLiteral("Request body exceeds %1 bytes").arg(kMaxBodyBytes), 413));
    }
    const QByteArray contentType = ctx.req.header("content-type").split(';').first().trimmed().toLower();
    if (contentType != "application/jose+json") {
        return problem(AcmeProblem(AcmeProblem::Type::UnsupportedMediaType,
                                   QStringLiteral("Content-Type must be application/jose+json"), 415));
    }
    if (std::optional<AcmeProblem> p = authenticate(ctx)) {
        AcmeResponse r = problem(*p);
        if (p->type() == AcmeProblem::Type::UserActionRequired && !ctx.alias->termsOfServiceUrl.isEmpty()) {
            // RFC 8555 §7.3.3: changed terms are linked from the userActionRequired response.
            r.addHeader("Link", "<" + ctx.alias->termsOfServiceUrl.toUtf8() + ">;rel=\"terms-of-service\"");
        }
        return r;
    }
    switch (e) {
    case Endpoint::NewAccount:
        return newAccount(ctx);
    case Endpoint::Account:
        return account(ctx);
    case Endpoint::KeyChange:
        return keyChange(ctx);
    case Endpoint::AccountOrders:
        return accountOrders(ctx);
    case Endpoint::NewOrder:
        return newOrder(ctx);
    case Endpoint::NewAuthz:
        return newAuthz(ctx);
    case Endpoint::Order:
        return order(ctx);
    case Endpoint::Finalize:
        return finalize(ctx);
    case Endpoint::Authorization:
        return authorization(ctx);
    case Endpoint::Challenge:
        return challenge(ctx);
    case Endpoint::Certificate:
        return certificate(ctx);
    case Endpoint::RevokeCert:
        return revokeCert(ctx);
    case Endpoint::RenewalInfo:
    case Endpoint::OpenApi:
    case Endpoint::Unknown:
    case Endpoint::Directory:
    case Endpoint::NewNonce:
        break;
    }
    return problem(AcmeProblem::notFound(QStringLiteral("No such resource")));
}

std::optional<AcmeProblem> AcmeEngine::authenticate(Context &ctx)
{
    Result<JwsEnvelope> env = JwsVerifier::parse(ctx.req.body);
    if (!env) {
        AcmeProblem p = AcmeProblem::fromCoreError(env.error());
        if (p.type() == AcmeProblem::Type::BadSignatureAlgorithm) {
            p.setExtra(QStringLiteral("algorithms"), QJsonArray::fromStringList(JwsVerifier::supportedAlgorithms()));
        }
        return p;
    }
    const Endpoint e = ctx.route.endpoint;
    Jwk key;
    if (env->hasJwk()) {
        // RFC 8555 §6.2: jwk only for newAccount and revocation by the certificate key.
        if (e != Endpoint::NewAccount && e != Endpoint::RevokeCert) {
            return AcmeProblem::malformed(QStringLiteral("This request must be signed with an account key (kid)"));
        }
        key = *env->jwk();
    } else {
        if (e == Endpoint::NewAccount) {
            return AcmeProblem::malformed(QStringLiteral("newAccount must be signed with a jwk, not a kid"));
        }
        QString accountId;
        if (env->kid().startsWith(ctx.req.baseUrl)) {
            // Accept the kid in any of the alias's URL forms, as long as it names this server.
            const int at = env->kid().lastIndexOf(QLatin1String("/acct/"));
            if (at >= 0) {
                accountId = env->kid().mid(at + 6).section(QLatin1Char('?'), 0, 0);
            }
        }
        if (accountId.isEmpty() || accountId.contains(QLatin1Char('/'))) {
            return AcmeProblem(AcmeProblem::Type::AccountDoesNotExist,
                               QStringLiteral("kid %1 is not an account URL of this server").arg(env->kid().left(200)));
        }
        Result<std::optional<AccountRow>> acct = m_accounts.findById(accountId);
        if (!acct) {
            qCWarning(lcAcme) << "account lookup" << acct.error().toLogString();
            return AcmeProblem::serverInternal();
        }
        if (!acct->has_value() || (*acct)->alias != ctx.aliasName) {
            return AcmeProblem(AcmeProblem::Type::AccountDoesNotExist, QStringLiteral("No account %1").arg(accountId));
        }
        Result<Jwk> stored = accountKey((*acct)->jwk);
        if (!stored) {
            qCWarning(lcAcme) << "stored account key unreadable" << accountId;
            return AcmeProblem::serverInternal();
        }
        key = *stored;
        ctx.account = **acct;
    }
    Result<VerifiedJws> verified = JwsVerifier::verify(*env, key, ctx.req.url());
    if (!verified) {
        AcmeProblem p = AcmeProblem::fromCoreError(verified.error());
        if (p.type() == AcmeProblem::Type::BadSignatureAlgorithm) {
            p.setExtra(QStringLiteral("algorithms"), QJsonArray::fromStringList(JwsVerifier::supportedAlgorithms()));
        }
        return p;
    }
    // The nonce is consumed only for a request whose signature verified, so forgeries can't burn nonces.
    // The answer's nonce is stored in the same step (one statement on PostgreSQL instead of two).
    const NonceService::Exchange nonce = m_deps.nonces->exchange(env->nonce(), ctx.config->settings.nonceValidityMs);
    ctx.replayNonce = nonce.fresh;
    if (!nonce.accepted) {
        return AcmeProblem::badNonce(QStringLiteral("JWS has an invalid or expired anti-replay nonce"));
    }
    ctx.jws = *verified;
    if (ctx.account && ctx.account->status != QLatin1String("valid")) {
        return AcmeProblem::unauthorized(QStringLiteral("Account %1 is %2").arg(ctx.account->id, ctx.account->status));
    }
    if (ctx.account && m_deps.governance) {
        if (std::optional<AcmeProblem> p = m_deps.governance->checkTermsOfService(
                *ctx.alias, *ctx.config, *ctx.account, ctx.route.endpoint, *ctx.jws, ctx.urls)) {
            return p;
        }
    }
    return std::nullopt;
}

AcmeResponse AcmeEngine::directory(Context &ctx)
{
    const AcmeUrls &u = ctx.urls;
    QJsonObject meta;
    if (!ctx.alias->termsOfServiceUrl.isEmpty()) {
        meta.insert(QStringLiteral("termsOfService"), ctx.alias->termsOfServiceUrl);
    }
    if (!ctx.alias->siteUrl.isEmpty()) {
        meta.insert(QStringLiteral("website"), ctx.alias->siteUrl);
    }
    if (!ctx.alias->caaIdentities.isEmpty()) {
        meta.insert(QStringLiteral("caaIdentities"), QJsonArray::fromStringList(ctx.alias->caaIdentities));
    }
    meta.insert(QStringLiteral("externalAccountRequired"), ctx.alias->requireExternalAccountBinding);
    if (ctx.alias->challengeTypesFor(false).contains(QLatin1String("dns-persist-01"))) {
        // draft-ietf-acme-dns-persist-02 §3.2, §4.1: what a client needs to pre-provision a record.
        meta.insert(QStringLiteral("issuerDomainNames"), QJsonArray::fromStringList(ctx.alias->issuerDomainNames()));
        meta.insert(QStringLiteral("accountHashPrefix"), u.accountHashPrefix());
    }
    if (m_deps.certificates) {
        // draft-ietf-acme-profiles §3: {name: description} of the profiles newOrder may name.
        Result<QList<QPair<QString, QString>>> profiles = m_deps.certificates->selectableProfiles(*ctx.alias);
        if (!profiles) {
            return internalError(profiles.error(), "directory profiles");
        }
        QJsonObject map;
        for (const auto &p : std::as_const(*profiles)) {
            map.insert(p.first, p.second);
        }
        if (!map.isEmpty()) {
            meta.insert(QStringLiteral("profiles"), map);
        }
    }
    QJsonObject d {
        {QStringLiteral("newNonce"), u.newNonce()},   {QStringLiteral("newAccount"), u.newAccount()},
        {QStringLiteral("newOrder"), u.newOrder()},   {QStringLiteral("revokeCert"), u.revokeCert()},
        {QStringLiteral("keyChange"), u.keyChange()}, {QStringLiteral("meta"), meta},
    };
    if (ctx.alias->preAuthorizationAllowed) {
        d.insert(QStringLiteral("newAuthz"), u.newAuthz());
    }
    if (m_deps.certificates) {
        // RFC 9773 §4.1: clients append "/" + certID, which a ?configurationId= URL can't take;
        // such aliases advertise their path form.
        d.insert(QStringLiteral("renewalInfo"),
                 ctx.route.style == AcmeRoute::Style::Query
                     ? AcmeUrls(ctx.req.baseUrl, AcmeRoute::Style::Path, ctx.route.alias).renewalInfo()
                     : u.renewalInfo());
    }
    return json(200, d);
}

AcmeResponse AcmeEngine::openApi(Context &ctx)
{
    // Paths can't carry ?configurationId=, so such aliases are described in their path form.
    const AcmeUrls urls = ctx.route.style == AcmeRoute::Style::Query
        ? AcmeUrls(ctx.req.baseUrl, AcmeRoute::Style::Path, ctx.route.alias)
        : ctx.urls;
    const QString directory = urls.directory();
    const QString server = directory.left(directory.size() - int(qstrlen("/directory")));
    return json(200, OpenApiDocument::build(server, ctx.aliasName));
}

AcmeResponse AcmeEngine::newNonce(Context &ctx)
{
    AcmeResponse r;
    r.status = ctx.req.method == "HEAD" ? 200 : 204; // RFC 8555 §7.2
    r.addHeader("Cache-Control", "no-store");
    return r;
}

QJsonObject AcmeEngine::accountJson(const AccountRow &row, const Context &ctx) const
{
    QJsonObject o {{QStringLiteral("status"), row.status},
                   {QStringLiteral("contact"), QJsonDocument::fromJson(row.contact.toUtf8()).array()},
                   {QStringLiteral("orders"), ctx.urls.accountOrders(row.id)},
                   {QStringLiteral("key"), parseObject(row.jwk)},
                   {QStringLiteral("createdAt"), Rfc3339::fromMs(row.createdAt)}};
    if (!row.tosAgreedUrl.isEmpty()) {
        o.insert(QStringLiteral("termsOfServiceAgreed"), true);
    }
    return o;
}

AcmeResponse AcmeEngine::newAccount(Context &ctx)
{
    Result<QJsonObject> payload = ctx.jws->payloadObject();
    if (!payload) {
        return problem(AcmeProblem::fromCoreError(payload.error()));
    }
    const Jwk key = ctx.jws->key();
    const QString thumbprint = key.thumbprint();
    Result<std::optional<AccountRow>> existing = m_accounts.findByThumbprint(thumbprint);
    if (!existing) {
        return internalError(existing.error(), "newAccount lookup");
    }
    if (existing->has_value()) {
        // RFC 8555 §7.3.1: a known key answers 200 with the account's Location.
        const AccountRow &row = **existing;
        if (row.alias != ctx.aliasName) {
            return problem(AcmeProblem::malformed(QStringLiteral("This key is registered with another ACME alias")));
        }
        // §7.3.6: no request authorized by a deactivated (or revoked) account's key is accepted,
        // a lookup by that key included; Boulder and Pebble answer the same problem.
        if (row.status != QLatin1String("valid")) {
            return problem(AcmeProblem::unauthorized(
                QStringLiteral("An account with the provided public key exists but is %1").arg(row.status)));
        }
        AcmeResponse r = json(200, accountJson(row, ctx));
        r.addHeader("Location", ctx.urls.account(row.id).toUtf8());
        return r;
    }
    if (payload->value(QStringLiteral("onlyReturnExisting")).toBool()) {
        return problem(
            AcmeProblem(AcmeProblem::Type::AccountDoesNotExist, QStringLiteral("No account exists for this key")));
    }
    QJsonArray contacts;
    if (payload->contains(QStringLiteral("contact"))) {
        if (std::optional<AcmeProblem> p = checkContacts(payload->value(QStringLiteral("contact")), &contacts)) {
            return problem(*p);
        }
    }
    QString tosUrl;
    if (!ctx.alias->termsOfServiceUrl.isEmpty()) {
        if (payload->value(QStringLiteral("termsOfServiceAgreed")).toBool() != true) {
            return problem(AcmeProblem::malformed(
                QStringLiteral("You must agree to the terms of service at %1").arg(ctx.alias->termsOfServiceUrl)));
        }
        tosUrl = ctx.alias->termsOfServiceUrl;
    }
    AccountRow row;
    row.id = RandomToken::make(12);
    row.alias = ctx.aliasName;
    row.keyThumbprint = thumbprint;
    row.jwk = toText(key.toJson());
    row.status = QStringLiteral("valid");
    row.contact = toText(contacts);
    row.tosAgreedUrl = tosUrl;
    row.tosAgreedAt = tosUrl.isEmpty() ? 0 : ctx.now;
    row.createdAt = ctx.now;
    row.updatedAt = ctx.now;
    if (!ctx.req.clientCertificateDer.isEmpty() && m_deps.governance) {
        row.clientCertSubject = m_deps.governance->clientCertificateSubject(ctx.req);
    }
    std::optional<AcmeProblem> refused;
    std::optional<AcmeResponse> limited;
    VoidResult stored = m_deps.db->transaction([&]() -> VoidResult {
        // Checked and recorded in this one transaction, under the limit's lock: concurrent new
        // accounts from one address cannot all pass a limit they only reach together.
        if (VoidResult locked = m_limits.lockNewAccount(*ctx.alias, ctx.req.remoteAddress); !locked) {
            return locked;
        }
        if ((limited = rateLimited(m_limits.checkNewAccount(*ctx.alias, ctx.req.remoteAddress, ctx.now),
                                   "newAccount rate limit"))) {
            return CoreError(CoreError::Code::RateLimited, QStringLiteral("rate limited"));
        }
        if (m_deps.governance) {
            // EAB (RFC 8555 §7.3.4) and registration approval both decide inside the transaction,
            // so a single-use key can't bind two accounts.
            refused = m_deps.governance->admitNewAccount(*ctx.alias, *payload, key, ctx.urls.newAccount(), row);
            if (refused) {
                return {}; // commit what governance recorded (an approval request); it writes nothing else
            }
        } else if (ctx.alias->requireExternalAccountBinding) {
            refused = AcmeProblem(AcmeProblem::Type::ExternalAccountRequired,
                                  QStringLiteral("This ACME alias requires an external account binding"));
            return CoreError(CoreError::Code::Forbidden, QStringLiteral("refused"));
        }
        if (VoidResult inserted = m_accounts.insert(row); !inserted) {
            return inserted;
        }
        return m_limits.recordNewAccount(*ctx.alias, ctx.req.remoteAddress, ctx.now);
    });
    if (limited) {
        return *limited;
    }
    if (refused) {
        return problem(*refused);
    }
    if (!stored) {
        if (stored.error().code() == CoreError::Code::Conflict) {
            // Two requests for one new key raced: the other created it; answer as for a known key.
            Result<std::optional<AccountRow>> again = m_accounts.findByThumbprint(thumbprint);
            if (again && again->has_value()) {
                AcmeResponse r = json(200, accountJson(**again, ctx));
                r.addHeader("Location", ctx.urls.account((*again)->id).toUtf8());
                return r;
            }
        }
        return internalError(stored.error(), "newAccount insert");
    }
    ctx.account = row;
    AcmeResponse r = json(201, accountJson(row, ctx));
    r.addHeader("Location", ctx.urls.account(row.id).toUtf8());
    return r;
}

AcmeResponse AcmeEngine::account(Context &ctx)
{
    if (ctx.account->id != ctx.route.id) {
        return problem(AcmeProblem::unauthorized(
            QStringLiteral("The request is not signed by the key of account %1").arg(ctx.route.id)));
    }
    if (ctx.jws->isPostAsGet()) {
        return json(200, accountJson(*ctx.account, ctx));
    }
    Result<QJsonObject> payload = ctx.jws->payloadObject();
    if (!payload) {
        return problem(AcmeProblem::fromCoreError(payload.error()));
    }
    AccountRow &row = *ctx.account;
    if (payload->contains(QStringLiteral("status"))) {
        const QString status = payload->value(QStringLiteral("status")).toString();
        if (status != QLatin1String("deactivated")) {
            return problem(
                AcmeProblem::malformed(QStringLiteral("An account's status can only be set to deactivated")));
        }
    }
    QJsonArray contacts;
    const bool updateContacts = payload->contains(QStringLiteral("contact"));
    if (updateContacts) {
        if (std::optional<AcmeProblem> p = checkContacts(payload->value(QStringLiteral("contact")), &contacts)) {
            return problem(*p);
        }
    }
    const bool agreeTos = payload->value(QStringLiteral("termsOfServiceAgreed")).toBool();
    std::optional<AcmeProblem> refused;
    VoidResult r = m_deps.db->transaction([&]() -> VoidResult {
        if (updateContacts) {
            row.contact = toText(contacts);
            if (VoidResult u = m_accounts.updateContact(row.id, row.contact, ctx.now); !u) {
                return u;
            }
        }
        if (agreeTos && m_deps.governance) {
            refused = m_deps.governance->agreeToTermsOfService(*ctx.alias, row);
            if (refused) {
                return CoreError(CoreError::Code::Forbidden, QStringLiteral("refused"));
            }
        }
        if (payload->value(QStringLiteral("status")).toString() == QLatin1String("deactivated")) {
            // RFC 8555 §7.3.6: deactivation is final; pending authorizations go with it.
            row.status = QStringLiteral("deactivated");
            if (VoidResult u = m_accounts.updateStatus(row.id, row.status, ctx.now); !u) {
                return u;
            }
            Result<QSqlQuery> q
                = m_deps.db->exec(QStringLiteral("UPDATE authorizations SET status = 'deactivated', updated_at = :t "
                                                 "WHERE account_id = :a AND status IN ('pending', 'valid')"),
                                  {{QStringLiteral("t"), ctx.now}, {QStringLiteral("a"), row.id}});
            if (!q) {
                return q.error();
            }
        }
        return {};
    });
    if (refused) {
        return problem(*refused);
    }
    if (!r) {
        return internalError(r.error(), "account update");
    }
    return json(200, accountJson(row, ctx));
}

AcmeResponse AcmeEngine::keyChange(Context &ctx)
{
    // RFC 8555 §7.3.5: the payload is a JWS signed by the new key.
    Result<QJsonObject> innerJson = ctx.jws->payloadObject();
    if (!innerJson) {
        return problem(AcmeProblem::fromCoreError(innerJson.error()));
    }
    Result<JwsEnvelope> inner = JwsVerifier::parseKeyChangeInner(*innerJson);
    if (!inner) {
        AcmeProblem p = AcmeProblem::fromCoreError(inner.error());
        return problem(AcmeProblem(p.type(), QStringLiteral("Inner JWS: ") + p.detail()));
    }
    if (!inner->hasJwk()) {
        return problem(AcmeProblem::malformed(QStringLiteral("Inner JWS must carry the new key as jwk")));
    }
    const Jwk newKey = *inner->jwk();
    Result<VerifiedJws> verified = JwsVerifier::verify(*inner, newKey, ctx.req.url());
    if (!verified) {
        AcmeProblem p = AcmeProblem::fromCoreError(verified.error());
        return problem(AcmeProblem(p.type(), QStringLiteral("Inner JWS: ") + p.detail()));
    }
    Result<QJsonObject> payload = verified->payloadObject();
    if (!payload) {
        return problem(AcmeProblem::fromCoreError(payload.error()));
    }
    if (payload->value(QStringLiteral("account")).toString() != ctx.jws->kid()) {
        return problem(AcmeProblem::malformed(QStringLiteral("Inner JWS account does not match the outer kid")));
    }
    Result<Jwk> oldKey = Jwk::fromJson(payload->value(QStringLiteral("oldKey")).toObject());
    if (!oldKey || !(*oldKey == ctx.jws->key())) {
        return problem(AcmeProblem::malformed(QStringLiteral("oldKey does not match the account's current key")));
    }
    const QString thumbprint = newKey.thumbprint();
    Result<std::optional<AccountRow>> holder = m_accounts.findByThumbprint(thumbprint);
    if (!holder) {
        return internalError(holder.error(), "keyChange lookup");
    }
    if (holder->has_value()) {
        AcmeResponse r = problem(AcmeProblem(AcmeProblem::Type::Malformed,
                                             QStringLiteral("The new key is already in use by an account"), 409));
        r.addHeader("Location", ctx.urls.account((*holder)->id).toUtf8());
        return r;
    }
    AccountRow &row = *ctx.account;
    std::optional<AcmeProblem> refused;
    VoidResult r = m_deps.db->transaction([&]() -> VoidResult {
        if (m_deps.governance) {
            refused = m_deps.governance->admitKeyChange(*ctx.alias, row, newKey);
            if (refused) {
                return {}; // commit the approval request governance recorded
            }
        }
        return m_accounts.updateKey(row.id, thumbprint, toText(newKey.toJson()), ctx.now);
    });
    if (refused) {
        return problem(*refused);
    }
    if (!r) {
        if (r.error().code() == CoreError::Code::Conflict) {
            return problem(
                AcmeProblem(AcmeProblem::Type::Malformed, QStringLiteral("The new key is already in use"), 409));
        }
        return internalError(r.error(), "keyChange");
    }
    row.jwk = toText(newKey.toJson());
    row.keyThumbprint = thumbprint;
    return json(200, accountJson(row, ctx));
}

AcmeResponse AcmeEngine::accountOrders(Context &ctx)
{
    if (ctx.account->id != ctx.route.id) {
        return problem(AcmeProblem::unauthorized(QStringLiteral("Orders of another account")));
    }
    const int page = qMax(0, QUrlQuery(ctx.req.query).queryItemValue(QStringLiteral("cursor")).toInt());
    bool more = false;
    Result<QStringList> ids = m_orders.accountOrderIds(ctx.account->id, kOrdersPageSize, page * kOrdersPageSize, &more);
    if (!ids) {
        return internalError(ids.error(), "orders list");
    }
    QJsonArray urls;
    for (const QString &id : *ids) {
        urls.append(ctx.urls.order(id));
    }
    AcmeResponse r = json(200, QJsonObject {{QStringLiteral("orders"), urls}});
    if (more) {
        // RFC 8555 §7.1.2.1: further pages through Link rel="next".
        const QString next = ctx.urls.withParam(ctx.urls.accountOrders(ctx.account->id), QStringLiteral("cursor"),
                                                QString::number(page + 1));
        r.addHeader("Link", "<" + next.toUtf8() + ">;rel=\"next\"");
    }
    return r;
}

ChallengeTask AcmeEngine::taskFor(const ChallengeRow &challenge, const AuthorizationRow &authz,
                                  const AccountRow &account, const AliasConfig &alias, const QString &accountUrl,
                                  const QString &accountHashPrefix, const QStringList &previousThumbprints) const
{
    ChallengeTask t;
    t.type = challenge.type;
    t.identifierType = authz.identifierType;
    t.identifierValue = authz.identifierValue;
    t.token = challenge.token;
    Result<Jwk> key = accountKey(account.jwk);
    t.keyAuthorization = challenge.token + QLatin1Char('.') + (key ? key->thumbprint() : QString());
    t.policy.dnsResolver = alias.dnsResolver;
    t.policy.dnsPort = alias.dnsPort;
    t.policy.dnssecTrustAnchor = alias.dnssecTrustAnchor;
    t.policy.requireDnssec = alias.requireDnssec;
    t.policy.http01Port = alias.http01Port;
    t.policy.tlsAlpn01Port = alias.tlsAlpn01Port;
    t.policy.authorizedRedirectPorts = alias.authorizedRedirectPorts;
    t.policy.allowRanges = alias.validationAllowRanges;
    t.policy.denyRanges = alias.validationDenyRanges;
    t.wildcard = authz.wildcard;
    t.policy.checkCaa = alias.checksCaa();
    t.policy.caaIdentities = alias.caaIdentities;
    t.policy.caaAccountUri = accountUrl;
    t.accountUrl = accountUrl;
    if (challenge.type == QLatin1String("dns-persist-01")) {
        // draft-ietf-acme-dns-persist-02 §4.2: the current key first, then earlier ones newest first.
        t.accountKeyThumbprints << account.keyThumbprint;
        for (const QString &tp : previousThumbprints) {
            if (!t.accountKeyThumbprints.contains(tp)) {
                t.accountKeyThumbprints << tp;
            }
        }
        t.issuerDomainNames = alias.issuerDomainNames();
        t.accountHashPrefix = accountHashPrefix;
        t.nowMs = m_deps.clock->nowMs();
    }
    return t;
}

Result<QString> AcmeEngine::createAuthorization(const Context &ctx, const QString &accountId, const QString &type,
                                                const QString &value, bool wildcard, qint64 expires)
{
    AuthorizationRow a;
    a.id = RandomToken::timeOrdered(ctx.now, 12); // 24 characters
    a.accountId = accountId;
    a.alias = ctx.aliasName;
    a.identifierType = type;
    a.identifierValue = value;
    a.wildcard = wildcard;
    a.status = QStringLiteral("pending");
    a.expires = expires;
    a.createdAt = ctx.now;
    a.updatedAt = ctx.now;
    if (VoidResult r = m_orders.insertAuthorization(a); !r) {
        return r.error();
    }
    QStringList types = ctx.alias->challengeTypesFor(wildcard);
    if (type == QLatin1String("ip")) {
        // RFC 8738 §7: no dns-01 for IP identifiers; the drafts define their TXT challenges for dns only.
        for (const char *dnsOnly : {"dns-01", "dns-account-01", "dns-persist-01"}) {
            types.removeAll(QLatin1String(dnsOnly));
        }
    }
    if (types.isEmpty()) {
        return CoreError(CoreError::Code::RejectedIdentifier,
                         QStringLiteral("No challenge type of this ACME alias can validate %1").arg(value));
    }
    QList<ChallengeRow> challenges;
    for (const QString &t : std::as_const(types)) {
        ChallengeRow c;
        c.id = RandomToken::timeOrdered(ctx.now, 12);
        c.authzId = a.id;
        c.type = t;
        c.token = RandomToken::make(32);
        c.status = QStringLiteral("pending");
        c.createdAt = ctx.now;
        c.updatedAt = ctx.now;
        challenges << c;
    }
    if (VoidResult r = m_orders.insertChallenges(challenges); !r) {
        return r.error();
    }
    return a.id;
}

AcmeResponse AcmeEngine::newOrder(Context &ctx)
{
    Result<QJsonObject> payload = ctx.jws->payloadObject();
    if (!payload) {
        return problem(AcmeProblem::fromCoreError(payload.error()));
    }
    Result<QList<AcmeIdentifier>> identifiers
        = AcmeIdentifiers::parseList(payload->value(QStringLiteral("identifiers")), ctx.alias->wildcardAllowed);
    if (!identifiers) {
        return problem(AcmeIdentifiers::problemFor(identifiers.error()));
    }
    qint64 notBefore = 0;
    qint64 notAfter = 0;
    for (const auto &[field, target] : {std::pair {"notBefore", &notBefore}, std::pair {"notAfter", &notAfter}}) {
        const QJsonValue v = payload->value(QLatin1String(field));
        if (v.isUndefined() || v.isNull()) {
            continue;
        }
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
        if (!v.isString() || !t.isValid()) {
            return problem(
                AcmeProblem::malformed(QStringLiteral("%1 must be an RFC 3339 date").arg(QLatin1String(field))));
        }
        *target = t.toMSecsSinceEpoch();
    }
    if (notBefore && notAfter && notAfter <= notBefore) {
        return problem(AcmeProblem::malformed(QStringLiteral("notAfter must be later than notBefore")));
    }
    const QJsonValue replaces = payload->value(QStringLiteral("replaces"));
    if (!replaces.isUndefined()) {
        QList<QPair<QString, QString>> ids;
        for (const AcmeIdentifier &id : std::as_const(*identifiers)) {
            ids << qMakePair(id.type, id.displayValue());
        }
        if (std::optional<AcmeProblem> p = checkReplaces(ctx, replaces.toString(), ids, QString())) {
            return problem(*p);
        }
    }
    const QJsonValue profileValue = payload->value(QStringLiteral("profile"));
    if (!profileValue.isUndefined() && !profileValue.isString()) {
        return problem(AcmeProblem::malformed(QStringLiteral("profile must be a string")));
    }
    const QString profile = profileValue.toString();
    if (m_deps.certificates) {
        if (VoidResult check = m_deps.certificates->checkOrderRequest(*ctx.alias, notBefore, notAfter, profile);
            !check) {
            if (check.error().code() == CoreError::Code::InvalidProfile) {
                return problem(AcmeProblem(AcmeProblem::Type::InvalidProfile, check.error().detail()));
            }
            return problem(AcmeProblem::fromCoreError(check.error()));
        }
    }

    OrderRow o;
    o.id = RandomToken::timeOrdered(ctx.now, 26); // 43 characters, as long as the reference's RANDOM end entity name
    o.accountId = ctx.account->id;
    o.alias = ctx.aliasName;
    o.identifiers = toText(AcmeIdentifiers::toJson(*identifiers));
    o.notBefore = notBefore;
    o.notAfter = notAfter;
    o.expires = ctx.now + ctx.alias->orderValidity.ms();
    o.profile = profile;
    o.replaces = payload->value(QStringLiteral("replaces")).toString();
    o.createdAt = ctx.now;
    o.updatedAt = ctx.now;

    bool allValid = true;
    QStringList authzIds;
    std::optional<AcmeResponse> limited;
    VoidResult r = m_deps.db->transaction([&]() -> VoidResult {
        // The account's limits are checked where the order is written, under the account's lock.
        if (VoidResult locked = m_limits.lockAccount(*ctx.alias, ctx.account->id); !locked) {
            return locked;
        }
        if ((limited = rateLimited(m_limits.checkNewOrder(*ctx.alias, ctx.account->id, *identifiers, ctx.now),
                                   "newOrder limits"))) {
            return CoreError(CoreError::Code::RateLimited, QStringLiteral("rate limited"));
        }
        for (const AcmeIdentifier &id : std::as_const(*identifiers)) {
            if (ctx.alias->reuseValidAuthorizations) {
                Result<std::optional<AuthorizationRow>> reuse = m_orders.findReusableAuthorization(
                    ctx.account->id, ctx.aliasName, id.type, id.value, id.wildcard, ctx.now);
                if (!reuse) {
                    return reuse.error();
                }
                if (reuse->has_value()) {
                    authzIds << (*reuse)->id;
                    continue;
                }
            }
            allValid = false;
            Result<QString> authzId
                = createAuthorization(ctx, ctx.account->id, id.type, id.value, id.wildcard, o.expires);
            if (!authzId) {
                return authzId.error();
            }
            authzIds << *authzId;
        }
        o.status = allValid ? QStringLiteral("ready") : QStringLiteral("pending");
        return m_orders.insertOrder(o, authzIds);
    });
    if (limited) {
        return *limited;
    }
    if (!r) {
        return internalError(r.error(), "newOrder");
    }
    Result<QJsonObject> body = orderJson(o, ctx, &authzIds); // the order as just written: no read back
    if (!body) {
        return internalError(body.error(), "newOrder render");
    }
    AcmeResponse resp = json(201, *body);
    resp.addHeader("Location", ctx.urls.order(o.id).toUtf8());
    return resp;
}

AcmeResponse AcmeEngine::newAuthz(Context &ctx)
{
    if (!ctx.alias->preAuthorizationAllowed) {
        return problem(AcmeProblem::notFound(QStringLiteral("Pre-authorization is not allowed by this ACME alias")));
    }
    Result<QJsonObject> payload = ctx.jws->payloadObject();
    if (!payload) {
        return problem(AcmeProblem::fromCoreError(payload.error()));
    }
    Result<QList<AcmeIdentifier>> ids
        = AcmeIdentifiers::parseList(QJsonArray {payload->value(QStringLiteral("identifier"))}, false);
    if (!ids) {
        return problem(AcmeIdentifiers::problemFor(ids.error()));
    }
    Result<QString> id = QString();
    std::optional<AcmeResponse> limited;
    VoidResult r = m_deps.db->transaction([&]() -> VoidResult {
        if (VoidResult locked = m_limits.lockAccount(*ctx.alias, ctx.account->id); !locked) {
            return locked;
        }
        if ((limited = rateLimited(m_limits.checkNewAuthorization(*ctx.alias, ctx.account->id, ids->first(), ctx.now),
                                   "newAuthz limits"))) {
            return CoreError(CoreError::Code::RateLimited, QStringLiteral("rate limited"));
        }
        id = createAuthorization(ctx, ctx.account->id, ids->first().type, ids->first().value, false,
                                 ctx.now + ctx.alias->orderValidity.ms());
        return id ? VoidResult() : VoidResult(id.error());
    });
    if (limited) {
        return *limited;
    }
    if (!r) {
        return internalError(r.error(), "newAuthz");
    }
    Result<std::optional<AuthorizationRow>> row = m_orders.findAuthorization(*id);
    if (!row || !row->has_value()) {
        return internalError(row ? CoreError(CoreError::Code::Internal, QStringLiteral("authz vanished")) : row.error(),
                             "newAuthz read");
    }
    AuthorizationRow created = **row;
    Result<QJsonObject> body = authorizationJson(created, ctx);
    if (!body) {
        return internalError(body.error(), "newAuthz render");
    }
    AcmeResponse resp = json(201, *body);
    resp.addHeader("Location", ctx.urls.authorization(*id).toUtf8());
    return resp;
}

VoidResult AcmeEngine::refreshAuthorizationStatus(AuthorizationRow &a)
{
    const qint64 now = m_deps.clock->nowMs();
    if (isPendingOrValid(a.status) && a.expires <= now) {
        Result<bool> moved = m_orders.transitionAuthorization(a.id, a.status, QStringLiteral("expired"), now);
        if (!moved) {
            return moved.error();
        }
        a.status = QStringLiteral("expired");
    }
    return {};
}

VoidResult AcmeEngine::refreshOrderStatus(OrderRow &o)
{
    if (o.isHeld()) {
        return settleHeldOrder(o);
    }
    const qint64 now = m_deps.clock->nowMs();
    if (o.status != QLatin1String("pending") && o.status != QLatin1String("ready")) {
        return {};
    }
    QString next = o.status;
    QString error;
    if (o.expires <= now) {
        next = QStringLiteral("invalid");
        error = toText(AcmeProblem::malformed(QStringLiteral("The order expired before it was finalized")).toJson());
    } else if (o.status == QLatin1String("pending")) {
        Result<QList<AuthorizationRow>> authzs = m_orders.authorizationsOfOrder(o.id);
        if (!authzs) {
            return authzs.error();
        }
        bool allValid = true;
        for (AuthorizationRow row : *authzs) {
            if (VoidResult r = refreshAuthorizationStatus(row); !r) {
                return r;
            }
            if (row.status == QLatin1String("pending")) {
                allValid = false;
            } else if (row.status != QLatin1String("valid")) {
                // RFC 8555 §7.1.6: an order is invalid once any of its authorizations is.
                next = QStringLiteral("invalid");
                error = toText(
                    AcmeProblem(AcmeProblem::Type::Unauthorized,
                                QStringLiteral("Authorization for %1 is %2").arg(row.identifierValue, row.status))
                        .toJson());
                allValid = false;
                break;
            }
        }
        if (next == o.status && allValid) {
            next = QStringLiteral("ready");
        }
    }
    if (next != o.status) {
        Result<bool> moved = m_orders.transitionOrder(o.id, o.status, next, now, error);
        if (!moved) {
            return moved.error();
        }
        if (*moved) {
            o.status = next;
            if (!error.isEmpty()) {
                o.error = error;
            }
        } else {
            // Another request moved it first; read what it wrote.
            Result<std::optional<OrderRow>> again = m_orders.findOrder(o.id);
            if (again && again->has_value()) {
                o = **again;
            }
        }
    }
    return {};
}

Result<QJsonObject> AcmeEngine::orderJson(OrderRow &o, const Context &ctx, const QStringList *knownAuthzIds)
{
    Result<QStringList> authzIds = knownAuthzIds ? *knownAuthzIds : QStringList();
    if (!knownAuthzIds) {
        if (VoidResult r = refreshOrderStatus(o); !r) {
            return r.error();
        }
        authzIds = m_orders.orderAuthorizations(o.id);
        if (!authzIds) {
            return authzIds.error();
        }
    }
    QJsonArray authzUrls;
    for (const QString &id : *authzIds) {
        authzUrls.append(ctx.urls.authorization(id));
    }
    QJsonObject j {{QStringLiteral("status"), o.status},
                   {QStringLiteral("expires"), Rfc3339::fromMs(o.expires)},
                   {QStringLiteral("identifiers"), QJsonDocument::fromJson(o.identifiers.toUtf8()).array()},
                   {QStringLiteral("authorizations"), authzUrls},
                   {QStringLiteral("finalize"), ctx.urls.finalize(o.id)}};
    if (o.notBefore) {
        j.insert(QStringLiteral("notBefore"), Rfc3339::fromMs(o.notBefore));
    }
    if (o.notAfter) {
        j.insert(QStringLiteral("notAfter"), Rfc3339::fromMs(o.notAfter));
    }
    if (!o.profile.isEmpty()) {
        j.insert(QStringLiteral("profile"), o.profile);
    }
    if (!o.replaces.isEmpty()) {
        j.insert(QStringLiteral("replaces"), o.replaces);
    }
    if (!o.certificateId.isEmpty() && o.status == QLatin1String("valid")) {
        j.insert(QStringLiteral("certificate"), ctx.urls.certificate(o.certificateId));
    }
    if (!o.error.isEmpty() && o.status == QLatin1String("invalid")) {
        j.insert(QStringLiteral("error"), parseObject(o.error));
    }
    return j;
}

AcmeResponse AcmeEngine::order(Context &ctx)
{
    Result<std::optional<OrderRow>> o = m_orders.findOrder(ctx.route.id);
    if (!o) {
        return internalError(o.error(), "order read");
    }
    if (!o->has_value() || (*o)->accountId != ctx.account->id) {
        return problem(AcmeProblem::notFound(QStringLiteral("No order %1 for this account").arg(ctx.route.id)));
    }
    OrderRow row = **o;
    Result<QJsonObject> body = orderJson(row, ctx);
    if (!body) {
        return internalError(body.error(), "order render");
    }
    AcmeResponse r = json(200, *body);
    if (row.isHeld()) {
        r.addHeader("Retry-After", QByteArray::number(heldRetryAfterSeconds(*ctx.alias)));
    } else if (row.status == QLatin1String("processing")
               || (row.status == QLatin1String("pending") && ctx.alias->retryAfterSeconds > 0)) {
        r.addHeader("Retry-After", QByteArray::number(qMax(1, ctx.alias->retryAfterSeconds)));
    }
    return r;
}

AcmeResponse AcmeEngine::finalize(Context &ctx)
{
    Result<std::optional<OrderRow>> found = m_orders.findOrder(ctx.route.id);
    if (!found) {
        return internalError(found.error(), "finalize read");
    }
    if (!found->has_value() || (*found)->accountId != ctx.account->id) {
        return problem(AcmeProblem::notFound(QStringLiteral("No order %1 for this account").arg(ctx.route.id)));
    }
    OrderRow o = **found;
    if (VoidResult r = refreshOrderStatus(o); !r) {
        return internalError(r.error(), "finalize refresh");
    }
    if (o.status != QLatin1String("ready")) {
        return problem(AcmeProblem(AcmeProblem::Type::OrderNotReady,
                                   QStringLiteral("Order is %1, not ready for finalization").arg(o.status)));
    }
    if (!m_deps.certificates) {
        return internalError(CoreError(CoreError::Code::Internal, QStringLiteral("no certificate service")),
                             "finalize");
    }
    Result<QJsonObject> payload = ctx.jws->payloadObject();
    if (!payload) {
        return problem(AcmeProblem::fromCoreError(payload.error()));
    }
    Result<QByteArray> csr = Base64Url::decode(payload->value(QStringLiteral("csr")).toString().toLatin1());
    if (!csr || csr->isEmpty()) {
        return problem(
            AcmeProblem(AcmeProblem::Type::BadCsr, QStringLiteral("csr must be a base64url-encoded DER CSR")));
    }
    const CertificateFacade::OrderInfo info = orderInfoOf(o);
    if (!o.replaces.isEmpty()) {
        // Two orders may name one certificate; the first to be finalized replaces it.
        if (std::optional<AcmeProblem> p = checkReplaces(ctx, o.replaces, info.identifiers, o.id)) {
            return problem(*p);
        }
    }
    Result<QList<AcmeIdentifier>> orderIds
        = AcmeIdentifiers::parseList(QJsonDocument::fromJson(o.identifiers.toUtf8()).array(), true);
    if (!orderIds) {
        return internalError(orderIds.error(), "finalize identifiers");
    }
    for (const AcmeIdentifier &id : std::as_const(*orderIds)) {
        if (ctx.alias->requiresOrderApproval(id.type, id.displayValue())) {
            // Not queued when the domain is over its limit already; the issuance on approval records it.
            if (auto limited = rateLimited(m_limits.checkIssuance(*ctx.alias, *orderIds, ctx.now), "finalize limits")) {
                return *limited;
            }
            return holdForApproval(ctx, o, info, *csr);
        }
    }

    // The CSR is checked and the certificate signed before the write transaction, which then only
    // stores it: on SQLite every writer waits for the one in its transaction, and parsing, checking
    // and signing were a fifth of the time writers held the lock. A limit already reached is
    // refused before anything is signed; a certificate signed for an order that another request
    // finalized first, or whose transaction fails, is dropped without anyone having seen it.
    if (auto limited = rateLimited(m_limits.checkIssuance(*ctx.alias, *orderIds, ctx.now), "finalize limits")) {
        return *limited;
    }
    Result<std::shared_ptr<const CertificateFacade::Signed>> signedCertificate
        = m_deps.certificates->sign(*ctx.alias, info, *csr);
    if (!signedCertificate) {
        if (std::optional<AcmeProblem> p = issuanceRefusal(signedCertificate.error())) {
            return problem(*p);
        }
        return internalError(signedCertificate.error(), "finalize sign");
    }

    // One transaction: ready → processing → certificate stored → valid. A crash anywhere leaves
    // the order ready (nothing committed) and no certificate stored.
    // The certificate limit is checked and recorded in it too, under its domains' locks.
    std::optional<AcmeProblem> refused;
    std::optional<AcmeResponse> limited;
    VoidResult r = m_deps.db->transaction([&]() -> VoidResult {
        if (VoidResult locked = m_limits.lockIssuance(*ctx.alias, *orderIds); !locked) {
            return locked;
        }
        if ((limited = rateLimited(m_limits.checkIssuance(*ctx.alias, *orderIds, ctx.now), "finalize limits"))) {
            return CoreError(CoreError::Code::RateLimited, QStringLiteral("rate limited"));
        }
        Result<bool> moved
            = m_orders.transitionOrder(o.id, QStringLiteral("ready"), QStringLiteral("processing"), ctx.now);
        if (!moved) {
            return moved.error();
        }
        if (!*moved) {
            refused = AcmeProblem(AcmeProblem::Type::OrderNotReady, QStringLiteral("Order is already being finalized"));
            return CoreError(CoreError::Code::Conflict, QStringLiteral("race"));
        }
        Result<CertificateFacade::Issued> issued = m_deps.certificates->store(**signedCertificate);
        if (!issued) {
            return issued.error();
        }
        o.certificateId = issued->certificateId;
        o.endEntity = issued->endEntity;
        if (VoidResult stored = m_orders.setOrderCertificate(o.id, issued->certificateId, issued->endEntity, ctx.now);
            !stored) {
            return stored;
        }
        return m_limits.recordIssuance(*ctx.alias, *orderIds, ctx.now);
    });
    if (limited) {
        return *limited;
    }
    if (refused) {
        return problem(*refused);
    }
    if (!r) {
        return internalError(r.error(), "finalize");
    }
    o.status = QStringLiteral("valid");
    Result<QJsonObject> body = orderJson(o, ctx);
    if (!body) {
        return internalError(body.error(), "finalize render");
    }
    AcmeResponse resp = json(200, *body);
    resp.addHeader("Location", ctx.urls.order(o.id).toUtf8());
    return resp;
}

int AcmeEngine::heldRetryAfterSeconds(const AliasConfig &alias)
{
    return alias.retryAfterSeconds > 0 ? alias.retryAfterSeconds : kHeldOrderRetryAfterSeconds;
}

AcmeResponse AcmeEngine::holdForApproval(Context &ctx, OrderRow &o, const CertificateFacade::OrderInfo &info,
                                         const QByteArray &csr)
{
    if (!m_deps.governance) {
        return internalError(CoreError(CoreError::Code::Internal, QStringLiteral("no approval service")),
                             "finalize hold");
    }
    // The CSR is checked now, as issuance would: the client learns of a bad one at once, and admins
    // decide only on requests that would be issued.
    Result<QString> subject = m_deps.certificates->checkCsr(*ctx.alias, info, csr);
    if (!subject) {
        if (std::optional<AcmeProblem> p = issuanceRefusal(subject.error())) {
            return problem(*p);
        }
        return internalError(subject.error(), "finalize check");
    }
    QJsonObject summary {{QStringLiteral("order"), o.id},
                         {QStringLiteral("account"), o.accountId},
                         {QStringLiteral("identifiers"), QJsonDocument::fromJson(o.identifiers.toUtf8()).array()},
                         {QStringLiteral("csrSubject"), *subject}};
    if (!o.profile.isEmpty()) {
        summary.insert(QStringLiteral("profile"), o.profile);
    }
    // One transaction: the approval request and ready → processing with the CSR; a crash leaves
    // the order ready with no request.
    std::optional<AcmeProblem> refused;
    VoidResult r = m_deps.db->transaction([&]() -> VoidResult {
        Result<ApprovalRequest> approval
            = m_deps.governance->requestOrderApproval(*ctx.alias, *ctx.account, o.id, toText(summary));
        if (!approval) {
            return approval.error();
        }
        const QString csrText = Base64Url::encodeToString(csr);
        Result<bool> moved = m_orders.holdOrder(o.id, csrText, approval->id.value(), ctx.now);
        if (!moved) {
            return moved.error();
        }
        if (!*moved) {
            refused = AcmeProblem(AcmeProblem::Type::OrderNotReady, QStringLiteral("Order is already being finalized"));
            return CoreError(CoreError::Code::Conflict, QStringLiteral("race"));
        }
        o.status = QStringLiteral("processing");
        o.approvalId = approval->id.value();
        o.heldCsr = csrText;
        return {};
    });
    if (refused) {
        return problem(*refused);
    }
    if (!r) {
        return internalError(r.error(), "finalize hold");
    }
    qCInfo(lcAcme) << "order" << o.id << "held for approval" << o.approvalId;
    Result<QJsonObject> body = orderJson(o, ctx);
    if (!body) {
        return internalError(body.error(), "finalize render");
    }
    // RFC 8555 §7.4: 'processing' with Retry-After; the client polls the order URL.
    AcmeResponse resp = json(200, *body);
    resp.addHeader("Location", ctx.urls.order(o.id).toUtf8());
    resp.addHeader("Retry-After", QByteArray::number(heldRetryAfterSeconds(*ctx.alias)));
    return resp;
}

VoidResult AcmeEngine::reloadOrder(OrderRow &o)
{
    Result<std::optional<OrderRow>> again = m_orders.findOrder(o.id);
    if (!again) {
        return again.error();
    }
    if (again->has_value()) {
        o = **again;
    }
    return {};
}

VoidResult AcmeEngine::failHeldOrder(OrderRow &o, const AcmeProblem &why)
{
    const QString error = toText(why.toJson());
    Result<bool> moved = m_orders.transitionOrder(o.id, QStringLiteral("processing"), QStringLiteral("invalid"),
                                                  m_deps.clock->nowMs(), error);
    if (!moved) {
        return moved.error();
    }
    if (!*moved) {
        return reloadOrder(o); // settled by another request meanwhile
    }
    o.status = QStringLiteral("invalid");
    o.error = error;
    return {};
}

VoidResult AcmeEngine::settleHeldOrder(OrderRow &o)
{
    if (!m_deps.governance) {
        return {}; // nothing can decide it here; it stays held
    }
    Result<ApprovalRequest> approval = m_deps.governance->orderApproval(o.approvalId);
    if (!approval) {
        return approval.error();
    }
    switch (approval->status) {
    case ApprovalRequest::Status::Pending:
        return {};
    case ApprovalRequest::Status::Rejected: {
        QString detail = QStringLiteral("An administrator rejected the finalization of this order (RequestID=%1)")
                             .arg(o.approvalId);
        if (!approval->comment.isEmpty()) {
            detail += QStringLiteral(": ") + approval->comment.left(500);
        }
        return failHeldOrder(o, AcmeProblem::unauthorized(detail));
    }
    case ApprovalRequest::Status::Expired: {
        VoidResult failed
            = failHeldOrder(o,
                            AcmeProblem::unauthorized(
                                QStringLiteral("The approval request for this order expired undecided (RequestID=%1)")
                                    .arg(o.approvalId)));
        if (failed && o.status == QLatin1String("invalid")) {
            // Not an admin's decision, so ApprovalService did not audit it: the outcome is audited here.
            return AuditLog(m_deps.db, *m_deps.clock)
                .append(QStringLiteral("system"), QStringLiteral("approval.expire"), o.approvalId,
                        QStringLiteral("kind=order alias=%1 order=%2").arg(o.alias, o.id));
        }
        return failed;
    }
    case ApprovalRequest::Status::Approved:
        return issueHeldOrder(o);
    case ApprovalRequest::Status::Completed:
        // Completion commits with the certificate: another request has just issued it.
        return reloadOrder(o);
    }
    return {};
}

VoidResult AcmeEngine::issueHeldOrder(OrderRow &o)
{
    const std::shared_ptr<const ConfigSnapshot> config = m_deps.config->snapshot();
    const AliasConfig *alias = config->alias(o.alias);
    if (!alias || !m_deps.certificates) {
        qCWarning(lcAcme) << "approved order" << o.id << "cannot be issued: alias" << o.alias << "is gone";
        return {}; // stays approved and held until the alias is back
    }
    Result<QByteArray> csr = Base64Url::decode(o.heldCsr.toLatin1());
    if (!csr || csr->isEmpty()) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("Certificate issuance failed"),
                         QStringLiteral("held order %1 has no CSR").arg(o.id));
    }
    Result<QList<AcmeIdentifier>> orderIds
        = AcmeIdentifiers::parseList(QJsonDocument::fromJson(o.identifiers.toUtf8()).array(), true);
    if (!orderIds) {
        return orderIds.error();
    }
    const CertificateFacade::OrderInfo info = orderInfoOf(o);
    const qint64 now = m_deps.clock->nowMs();
    // One transaction: approval approved → completed, certificate stored, order valid. The claim
    // comes first, so of two requests settling the order at once the second stops before signing;
    // a crash leaves the approval approved and the order held, to be issued on the next look.
    bool claimedElsewhere = false;
    std::optional<AcmeProblem> refused;
    CertificateFacade::Issued done;
    VoidResult r = m_deps.db->transaction([&]() -> VoidResult {
        if (VoidResult claimed = m_deps.governance->completeOrderApproval(o.approvalId); !claimed) {
            claimedElsewhere = claimed.error().code() == CoreError::Code::Conflict;
            return claimed;
        }
        // The admin's approval stands over the limit, but the issuance is recorded under its
        // domains' locks, so that a finalize checking the same domains meanwhile counts it.
        if (VoidResult locked = m_limits.lockIssuance(*alias, *orderIds); !locked) {
            return locked;
        }
        Result<CertificateFacade::Issued> issued = m_deps.certificates->issue(*alias, info, *csr);
        if (!issued) {
            refused = issuanceRefusal(issued.error());
            return issued.error();
        }
        done = *issued;
        if (VoidResult stored = m_orders.setOrderCertificate(o.id, issued->certificateId, issued->endEntity, now);
            !stored) {
            return stored;
        }
        return m_limits.recordIssuance(*alias, *orderIds, now);
    });
    if (claimedElsewhere) {
        return reloadOrder(o);
    }
    if (refused) {
        // It passed at finalize, but no longer does (a profile or the CA changed meanwhile): the
        // approval is used up and the order fails with the reason.
        return m_deps.db->transaction([&]() -> VoidResult {
            if (VoidResult claimed = m_deps.governance->completeOrderApproval(o.approvalId); !claimed) {
                return claimed.error().code() == CoreError::Code::Conflict ? reloadOrder(o) : claimed;
            }
            return failHeldOrder(o, *refused);
        });
    }
    if (!r) {
        return r;
    }
    o.status = QStringLiteral("valid");
    o.certificateId = done.certificateId;
    o.endEntity = done.endEntity;
    o.heldCsr.clear();
    return {};
}

VoidResult AcmeEngine::settleHeldOrders()
{
    Result<QList<OrderRow>> held = m_orders.heldOrders(1000);
    if (!held) {
        return held.error();
    }
    for (OrderRow o : std::as_const(*held)) {
        if (VoidResult r = settleHeldOrder(o); !r) {
            qCWarning(lcAcme) << "settling held order" << o.id << r.error().toLogString();
        }
    }
    return {};
}

Result<QJsonObject> AcmeEngine::authorizationJson(AuthorizationRow &a, const Context &ctx,
                                                  const QList<ChallengeRow> *knownChallenges)
{
    if (VoidResult r = refreshAuthorizationStatus(a); !r) {
        return r.error();
    }
    Result<QList<ChallengeRow>> challenges = knownChallenges ? *knownChallenges : m_orders.challengesOf(a.id);
    if (!challenges) {
        return challenges.error();
    }
    QJsonArray cs;
    for (const ChallengeRow &c : *challenges) {
        // RFC 8555 §7.1.4: a valid authorization lists only the challenge that validated it.
        if (a.status == QLatin1String("valid") && c.status != QLatin1String("valid")) {
            continue;
        }
        cs.append(challengeJson(c, ctx));
    }
    QJsonObject j {
        {QStringLiteral("identifier"),
         QJsonObject {{QStringLiteral("type"), a.identifierType}, {QStringLiteral("value"), a.identifierValue}}},
        {QStringLiteral("status"), a.status},
        {QStringLiteral("expires"), Rfc3339::fromMs(a.expires)},
        {QStringLiteral("challenges"), cs}};
    if (a.wildcard) {
        j.insert(QStringLiteral("wildcard"), true);
    }
    return j;
}

QJsonObject AcmeEngine::challengeJson(const ChallengeRow &c, const Context &ctx) const
{
    return challengeJson(c, ctx.urls,
                         c.type == QLatin1String("dns-persist-01") ? ctx.alias->issuerDomainNames() : QStringList());
}

QJsonObject AcmeEngine::challengeJson(const ChallengeRow &c, const AcmeUrls &urls, const QStringList &issuerDomainNames)
{
    // "processing" is internal bookkeeping shown as RFC 8555's processing state.
    QJsonObject j {{QStringLiteral("type"), c.type},
                   {QStringLiteral("url"), urls.challenge(c.id)},
                   {QStringLiteral("status"), c.status}};
    if (c.type == QLatin1String("dns-persist-01")) {
        // draft-ietf-acme-dns-persist-02 §3.1: no token (the record does not depend on the
        // challenge); the issuer domain names one of which the record must name.
        j.insert(QStringLiteral("issuerDomainNames"), QJsonArray::fromStringList(issuerDomainNames));
    } else {
        j.insert(QStringLiteral("token"), c.token);
    }
    if (c.validatedAt) {
        j.insert(QStringLiteral("validated"), Rfc3339::fromMs(c.validatedAt));
    }
    if (!c.error.isEmpty()) {
        j.insert(QStringLiteral("error"), parseObject(c.error));
    }
    return j;
}

AcmeResponse AcmeEngine::authorization(Context &ctx)
{
    Result<std::optional<OrderRepository::AuthorizationWithChallenges>> a
        = m_orders.findAuthorizationWithChallenges(ctx.route.id);
    if (!a) {
        return internalError(a.error(), "authz read");
    }
    if (!a->has_value() || (*a)->authorization.accountId != ctx.account->id) {
        return problem(AcmeProblem::notFound(QStringLiteral("No authorization %1 for this account").arg(ctx.route.id)));
    }
    AuthorizationRow row = (*a)->authorization;
    const QList<ChallengeRow> challenges = (*a)->challenges;
    if (!ctx.jws->isPostAsGet()) {
        Result<QJsonObject> payload = ctx.jws->payloadObject();
        if (!payload) {
            return problem(AcmeProblem::fromCoreError(payload.error()));
        }
        if (payload->value(QStringLiteral("status")).toString() != QLatin1String("deactivated")) {
            return problem(AcmeProblem::malformed(QStringLiteral("An authorization can only be set to deactivated")));
        }
        // RFC 8555 §7.5.2: pending or valid → deactivated.
        if (!isPendingOrValid(row.status)) {
            return problem(
                AcmeProblem::malformed(QStringLiteral("Authorization is %1 and can't be deactivated").arg(row.status)));
        }
        Result<bool> moved
            = m_orders.transitionAuthorization(row.id, row.status, QStringLiteral("deactivated"), ctx.now);
        if (!moved) {
            return internalError(moved.error(), "authz deactivate");
        }
        row.status = QStringLiteral("deactivated");
    }
    Result<QJsonObject> body = authorizationJson(row, ctx, &challenges);
    if (!body) {
        return internalError(body.error(), "authz render");
    }
    AcmeResponse r = json(200, *body);
    if (row.status == QLatin1String("pending") && ctx.alias->retryAfterSeconds > 0) {
        r.addHeader("Retry-After", QByteArray::number(ctx.alias->retryAfterSeconds));
    }
    return r;
}

AcmeResponse AcmeEngine::challenge(Context &ctx)
{
    Result<std::optional<OrderRepository::ChallengeWithAuthorization>> c
        = m_orders.findChallengeWithAuthorization(ctx.route.id);
    if (!c) {
        return internalError(c.error(), "challenge read");
    }
    if (!c->has_value()) {
        return problem(AcmeProblem::notFound(QStringLiteral("No challenge %1").arg(ctx.route.id)));
    }
    ChallengeRow row = (*c)->challenge;
    const std::optional<AuthorizationRow> &found = (*c)->authorization;
    if (!found || found->accountId != ctx.account->id) {
        return problem(AcmeProblem::notFound(QStringLiteral("No challenge %1 for this account").arg(ctx.route.id)));
    }
    AuthorizationRow authz = *found;
    if (VoidResult r = refreshAuthorizationStatus(authz); !r) {
        return internalError(r.error(), "challenge authz refresh");
    }
    const QByteArray up = "<" + ctx.urls.authorization(authz.id).toUtf8() + ">;rel=\"up\"";
    std::shared_ptr<ValidationHold> hold;
    // Any JSON object (RFC 8555 §7.5.1: "{}") asks the server to validate; POST-as-GET only reads.
    if (!ctx.jws->isPostAsGet()) {
        Result<QJsonObject> payload = ctx.jws->payloadObject();
        if (!payload) {
            return problem(AcmeProblem::fromCoreError(payload.error()));
        }
        if (row.status == QLatin1String("pending")) {
            if (authz.status != QLatin1String("pending")) {
                return problem(AcmeProblem::malformed(QStringLiteral("Authorization is %1").arg(authz.status)));
            }
            // Read before the challenge moves on, so a failed read leaves it pending.
            QStringList previousThumbprints;
            if (row.type == QLatin1String("dns-persist-01")) {
                Result<QStringList> previous = m_accounts.previousKeyThumbprints(ctx.account->id);
                if (!previous) {
                    return internalError(previous.error(), "challenge key history");
                }
                previousThumbprints = *previous;
            }
            const QString accountUrl = ctx.urls.account(ctx.account->id);
            const QString hashPrefix = ctx.urls.accountHashPrefix();
            Result<bool> moved = m_orders.startChallenge(row.id, ctx.now, accountUrl, hashPrefix);
            if (!moved) {
                return internalError(moved.error(), "challenge start");
            }
            if (*moved) {
                row.status = QStringLiteral("processing");
            }
            if (*moved && m_deps.validation) {
                const ChallengeTask task
                    = taskFor(row, authz, *ctx.account, *ctx.alias, accountUrl, hashPrefix, previousThumbprints);
                if (m_deps.validation->runsInline()) {
                    // Tests: the validation is over when schedule() returns; answer with its result.
                    m_deps.validation->schedule(row.id, task);
                    Result<std::optional<ChallengeRow>> again = m_orders.findChallenge(row.id);
                    if (again && again->has_value()) {
                        row = **again;
                    }
                } else {
                    // On the pool the answer is "processing" (RFC 8555 §7.5.1) with Retry-After, but
                    // it waits a little for the validation: most take milliseconds, and then the
                    // client learns the outcome without polling.
                    hold = std::make_shared<ValidationHold>();
                    const AcmeUrls urls = ctx.urls;
                    const QStringList issuers
                        = row.type == QLatin1String("dns-persist-01") ? ctx.alias->issuerDomainNames() : QStringList();
                    hold->render = [urls, issuers, up](const ChallengeRow &ended) {
                        AcmeResponse out = json(200, challengeJson(ended, urls, issuers));
                        out.addHeader("Link", up);
                        return out;
                    };
                    {
                        std::lock_guard<std::mutex> lock(m_holdsMutex);
                        m_holds.insert(row.id, hold);
                    }
                    m_deps.validation->schedule(row.id, task);
                }
            }
        }
    }
    AcmeResponse r = json(200, challengeJson(row, ctx));
    r.addHeader("Link", up);
    if (row.status == QLatin1String("processing")) {
        r.addHeader("Retry-After", QByteArray::number(qMax(1, ctx.alias->retryAfterSeconds)));
    }
    if (hold) {
        r.whenSettled
            = [hold](std::function<void(std::optional<AcmeResponse>)> deliver) { hold->wait(std::move(deliver)); };
        r.settleWithinMs = kSettleChallengeMs;
    }
    return r;
}

void AcmeEngine::completeValidation(const QString &challengeId, const ValidationOutcome &outcome)
{
    Database::StatementScope statements(*m_deps.db);
    // The commit joins the server's group flush instead of holding this validation thread in one
    // of its own; whoever waits for the outcome learns it once the flush has it on disk.
    std::optional<Database::DeferredDurability> deferred;
    deferred.emplace(*m_deps.db);
    const qint64 now = m_deps.clock->nowMs();
    std::optional<ChallengeRow> ended; // as this transaction leaves it
    VoidResult r = m_deps.db->transaction([&]() -> VoidResult {
        Result<std::optional<OrderRepository::ChallengeWithAuthorization>> c
            = m_orders.findChallengeWithAuthorization(challengeId);
        if (!c) {
            return c.error();
        }
        if (!c->has_value() || (*c)->challenge.status != QLatin1String("processing") || !(*c)->authorization) {
            return {};
        }
        const AuthorizationRow authz = *(*c)->authorization;
        QString error;
        if (!outcome.valid) {
            const QString type = QStringLiteral("urn:ietf:params:acme:error:")
                + (outcome.problemType.isEmpty() ? QStringLiteral("unauthorized") : outcome.problemType);
            QJsonObject p {
                {QStringLiteral("type"), type},
                {QStringLiteral("detail"), outcome.detail},
                {QStringLiteral("status"), outcome.problemType == QLatin1String("serverInternal") ? 500 : 400}};
            error = toText(p);
        }
        const QString to = outcome.valid ? QStringLiteral("valid") : QStringLiteral("invalid");
        Result<bool> moved = m_orders.transitionChallenge(challengeId, QStringLiteral("processing"), to, now, error);
        if (!moved) {
            return moved.error();
        }
        if (*moved) {
            // What transitionChallenge() wrote.
            ended = (*c)->challenge;
            ended->status = to;
            ended->updatedAt = now;
            if (!error.isEmpty()) {
                ended->error = error;
            }
            if (outcome.valid) {
                ended->validatedAt = now;
            }
        }
        if (authz.status == QLatin1String("pending")) {
            qint64 expires = 0; // an invalid authorization keeps its expiry
            if (outcome.valid) {
                // A valid authorization lives for the alias's authorization validity.
                const auto snap = m_deps.config->snapshot();
                const AliasConfig *alias = snap->alias(authz.alias);
                const qint64 validity = alias ? alias->authorizationValidity.ms() : 30LL * 24 * 3600 * 1000;
                expires = now + validity;
                if (outcome.validUntilMs > 0) {
                    // draft-ietf-acme-dns-persist-02 §4.1: not later than the record's persistUntil.
                    expires = qMin(expires, outcome.validUntilMs);
                }
            }
            Result<bool> authzMoved
                = m_orders.transitionAuthorization(authz.id, QStringLiteral("pending"), to, now, expires);
            if (!authzMoved) {
                return authzMoved.error();
            }
        }
        Result<QList<OrderRow>> orders = m_orders.ordersOfAuthorization(authz.id);
        if (!orders) {
            return orders.error();
        }
        for (OrderRow row : *orders) {
            if (VoidResult s = refreshOrderStatus(row); !s) {
                return s;
            }
        }
        return {};
    });
    const quint64 ticket = deferred->ticket();
    deferred.reset(); // ended: the flusher need not wait for this thread
    if (!r) {
        qCWarning(lcAcme) << "recording validation of" << challengeId << "failed:" << r.error().toLogString();
    }
    std::shared_ptr<ValidationHold> hold;
    {
        std::lock_guard<std::mutex> lock(m_holdsMutex);
        hold = m_holds.take(challengeId);
    }
    if (!r) {
        ended.reset();
    }
    // Always asked, hold or not: the flusher syncs only commits someone waits for.
    m_deps.db->whenDurable(ticket, [hold, ended](bool durable) {
        if (hold) {
            // Committed and on disk: only now may the answer tell it.
            std::optional<AcmeResponse> answer;
            if (durable && ended) {
                answer = hold->render(*ended);
            }
            hold->settle(std::move(answer));
        }
    });
}

AcmeResponse AcmeEngine::certificate(Context &ctx)
{
    if (!m_deps.certificates) {
        return internalError(CoreError(CoreError::Code::Internal, QStringLiteral("no certificate service")), "cert");
    }
    Result<std::optional<CertificateFacade::CertificateInfo>> info = m_deps.certificates->findById(ctx.route.id);
    if (!info) {
        return internalError(info.error(), "cert read");
    }
    if (!info->has_value() || (*info)->accountId != ctx.account->id) {
        return problem(AcmeProblem::notFound(QStringLiteral("No certificate %1 for this account").arg(ctx.route.id)));
    }
    Result<QList<QByteArray>> chains = m_deps.certificates->chains(**info, *ctx.alias);
    if (!chains) {
        return internalError(chains.error(), "cert chains");
    }
    int index = 0;
    if (!ctx.route.subId.isEmpty()) {
        bool ok = false;
        index = ctx.route.subId.toInt(&ok);
        if (!ok || index < 0 || index >= chains->size()) {
            return problem(AcmeProblem::notFound(QStringLiteral("No such certificate chain")));
        }
    }
    AcmeResponse r;
    r.status = 200;
    r.body = chains->at(index);
    r.addHeader("Content-Type", "application/pem-certificate-chain");
    // RFC 8555 §7.4.2: the other chains as Link rel="alternate".
    for (int i = 0; i < chains->size(); ++i) {
        if (i != index) {
            r.addHeader("Link", "<" + ctx.urls.certificateChain(ctx.route.id, i).toUtf8() + ">;rel=\"alternate\"");
        }
    }
    return r;
}

AcmeResponse AcmeEngine::revokeCert(Context &ctx)
{
    if (!m_deps.certificates) {
        return internalError(CoreError(CoreError::Code::Internal, QStringLiteral("no certificate service")), "revoke");
    }
    Result<QJsonObject> payload = ctx.jws->payloadObject();
    if (!payload) {
        return problem(AcmeProblem::fromCoreError(payload.error()));
    }
    Result<QByteArray> der = Base64Url::decode(payload->value(QStringLiteral("certificate")).toString().toLatin1());
    if (!der || der->isEmpty()) {
        return problem(AcmeProblem::malformed(QStringLiteral("certificate must be base64url-encoded DER")));
    }
    int reason = 0;
    if (payload->contains(QStringLiteral("reason"))) {
        const QJsonValue v = payload->value(QStringLiteral("reason"));
        reason = v.toInt(-1);
        // RFC 8555 §7.6 with RFC 5280 codes; 2 (cACompromise), 6 (certificateHold), 7 (unused) and
        // 8 (removeFromCRL) are not a subscriber's to choose.
        static const QList<int> allowed {0, 1, 3, 4, 5, 9};
        if (!v.isDouble() || !allowed.contains(reason)) {
            return problem(
                AcmeProblem(AcmeProblem::Type::BadRevocationReason,
                            QStringLiteral("Revocation reason %1 is not allowed; use one of 0, 1, 3, 4, 5, 9")
                                .arg(v.toVariant().toString())));
        }
    }
    Result<std::optional<CertificateFacade::CertificateInfo>> info = m_deps.certificates->findByDer(*der);
    if (!info) {
        return internalError(info.error(), "revoke lookup");
    }
    if (!info->has_value()) {
        return problem(AcmeProblem::notFound(QStringLiteral("This server did not issue that certificate")));
    }
    const CertificateFacade::CertificateInfo &cert = **info;
    QString actor;
    if (ctx.account) {
        if (cert.accountId != ctx.account->id) {
            return problem(AcmeProblem::unauthorized(QStringLiteral("The account does not own this certificate")));
        }
        actor = QStringLiteral("acme:") + ctx.account->id;
    } else {
        // Signed with the certificate's own key (RFC 8555 §7.6).
        Result<QByteArray> spki = m_deps.certificates->publicKeyDer(cert.der);
        if (!spki || *spki != ctx.jws->key().spkiDer()) {
            return problem(AcmeProblem::unauthorized(QStringLiteral("The JWS key is not the certificate's key")));
        }
        actor = QStringLiteral("acme:certificate-key");
    }
    if (cert.status == QLatin1String("revoked")) {
        return problem(
            AcmeProblem(AcmeProblem::Type::AlreadyRevoked, QStringLiteral("Certificate is already revoked")));
    }
    VoidResult r = m_deps.certificates->revoke(cert.id, reason, actor);
    if (!r) {
        if (r.error().code() == CoreError::Code::Conflict) {
            return problem(
                AcmeProblem(AcmeProblem::Type::AlreadyRevoked, QStringLiteral("Certificate is already revoked")));
        }
        return internalError(r.error(), "revoke");
    }
    AcmeResponse resp;
    resp.status = 200;
    return resp;
}

AcmeResponse AcmeEngine::renewalInfo(Context &ctx)
{
    if (!m_deps.certificates) {
        return problem(AcmeProblem::notFound(QStringLiteral("Renewal information is not available")));
    }
    QByteArray aki;
    QByteArray serial;
    if (!parseCertId(ctx.route.id, &aki, &serial)) {
        return problem(AcmeProblem::malformed(
            QStringLiteral("%1 is not a certID: base64url(keyIdentifier) \".\" base64url(serial)").arg(ctx.route.id)));
    }
    Result<std::optional<CertificateFacade::CertificateInfo>> cert = m_deps.certificates->findByCertId(aki, serial);
    if (!cert) {
        return internalError(cert.error(), "renewalInfo lookup");
    }
    if (!cert->has_value()) {
        return problem(AcmeProblem::notFound(QStringLiteral("No certificate %1 was issued here").arg(ctx.route.id)));
    }
    const QPair<qint64, qint64> window = suggestedWindow(**cert);
    QJsonObject info {{QStringLiteral("suggestedWindow"),
                       QJsonObject {{QStringLiteral("start"), Rfc3339::fromMs(window.first)},
                                    {QStringLiteral("end"), Rfc3339::fromMs(window.second)}}}};
    if (!ctx.alias->renewalExplanationUrl.isEmpty()) {
        // RFC 9773 §4.2: a page that may explain why the window is where it is.
        info.insert(QStringLiteral("explanationURL"), ctx.alias->renewalExplanationUrl);
    }
    AcmeResponse r = json(200, info);
    // RFC 9773 §4.3: clients poll again after Retry-After.
    r.addHeader("Retry-After", QByteArray::number(kRenewalInfoRetryAfterSeconds));
    return r;
}

std::optional<AcmeProblem> AcmeEngine::checkReplaces(const Context &ctx, const QString &certId,
                                                     const QList<QPair<QString, QString>> &identifiers,
                                                     const QString &orderId)
{
    // RFC 9773 §5: the replaced certificate belongs to this account, shares an identifier with
    // the order and has not been replaced by another finalized order (alreadyReplaced).
    QByteArray aki;
    QByteArray serial;
    if (!parseCertId(certId, &aki, &serial)) {
        return AcmeProblem::malformed(QStringLiteral("replaces must be a certID"));
    }
    if (!m_deps.certificates) {
        return AcmeProblem::serverInternal();
    }
    Result<std::optional<CertificateFacade::CertificateInfo>> cert = m_deps.certificates->findByCertId(aki, serial);
    if (!cert) {
        qCWarning(lcAcme) << "replaces lookup" << cert.error().toLogString();
        return AcmeProblem::serverInternal();
    }
    if (!cert->has_value() || (*cert)->accountId != ctx.account->id) {
        return AcmeProblem::malformed(
            QStringLiteral("replaces names no certificate of this account: %1").arg(certId.left(100)));
    }
    bool shared = false;
    for (const auto &id : identifiers) {
        const QStringList &names = id.first == QLatin1String("ip") ? (*cert)->ipAddresses : (*cert)->dnsNames;
        if (names.contains(id.second, Qt::CaseInsensitive)) {
            shared = true;
            break;
        }
    }
    if (!shared) {
        return AcmeProblem::malformed(
            QStringLiteral("The certificate named by replaces shares no identifier with this order"));
    }
    Result<bool> replaced = m_orders.isReplaced(certId, orderId);
    if (!replaced) {
        qCWarning(lcAcme) << "replaces check" << replaced.error().toLogString();
        return AcmeProblem::serverInternal();
    }
    if (*replaced) {
        return AcmeProblem(AcmeProblem::Type::AlreadyReplaced,
                           QStringLiteral("Certificate %1 has already been replaced").arg(certId.left(100)));
    }
    return std::nullopt;
}

VoidResult AcmeEngine::recoverInterruptedOrders()
{
    // Finalization commits in one transaction, so 'processing' survives a crash only when a
    // future change splits it; keep recovery anyway: the order goes back to ready, or to valid
    // when its certificate is stored. Orders held for approval (issue #8) are 'processing' by
    // design: they stay so until their approval is decided (settleHeldOrder), never ready.
    Result<QList<OrderRow>> stuck = m_orders.processingOrders(10000);
    if (!stuck) {
        return stuck.error();
    }
    const qint64 now = m_deps.clock->nowMs();
    for (const OrderRow &o : *stuck) {
        Result<QSqlQuery> cert
            = m_deps.db->exec(QStringLiteral("SELECT id, end_entity FROM certificates WHERE order_id = :o"),
                              {{QStringLiteral("o"), o.id}});
        if (!cert) {
            return cert.error();
        }
        if (cert->next()) {
            if (VoidResult r
                = m_orders.setOrderCertificate(o.id, cert->value(0).toString(), cert->value(1).toString(), now);
                !r) {
                return r;
            }
        } else if (o.isHeld()) {
            continue;
        } else {
            Result<bool> moved
                = m_orders.transitionOrder(o.id, QStringLiteral("processing"), QStringLiteral("ready"), now);
            if (!moved) {
                return moved.error();
            }
        }
    }
    return {};
}

Result<int> AcmeEngine::resumeStaleValidations(qint64 staleAfterMs)
{
    if (!m_deps.validation) {
        return 0;
    }
    const qint64 now = m_deps.clock->nowMs();
    Result<QList<OrderRepository::StaleValidation>> stale
        = m_orders.claimStaleValidations(now - staleAfterMs, now, 1000);
    if (!stale) {
        return stale.error();
    }
    const auto snap = m_deps.config->snapshot();
    int resumed = 0;
    for (const OrderRepository::StaleValidation &v : *stale) {
        Result<std::optional<AuthorizationRow>> authz = m_orders.findAuthorization(v.challenge.authzId);
        if (!authz) {
            return authz.error();
        }
        std::optional<AccountRow> account;
        if (authz->has_value()) {
            Result<std::optional<AccountRow>> a = m_accounts.findById((*authz)->accountId);
            if (!a) {
                return a.error();
            }
            account = *a;
        }
        const AliasConfig *alias = authz->has_value() ? snap->alias((*authz)->alias) : nullptr;
        if (!account || !alias) {
            // The alias or account went away while the validation was lost: it can't run again.
            completeValidation(v.challenge.id,
                               ValidationOutcome::failure(QStringLiteral("serverInternal"),
                                                          QStringLiteral("The validation was interrupted and its "
                                                                         "alias or account no longer exists")));
            continue;
        }
        QStringList previousThumbprints;
        if (v.challenge.type == QLatin1String("dns-persist-01")) {
            Result<QStringList> previous = m_accounts.previousKeyThumbprints(account->id);
            if (!previous) {
                return previous.error();
            }
            previousThumbprints = *previous;
        }
        qCInfo(lcAcme) << "resuming interrupted validation of challenge" << v.challenge.id;
        m_deps.validation->schedule(
            v.challenge.id,
            taskFor(v.challenge, **authz, *account, *alias, v.accountUrl, v.accountHashPrefix, previousThumbprints));
        ++resumed;
    }
    return resumed;
}
