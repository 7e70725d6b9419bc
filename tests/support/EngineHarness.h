// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Header-only: the engine test harness is compiled into each test that links anvil_acme.

#include "core/acme/AcmeEngine.h"
#include "core/acme/NonceService.h"
#include "core/acme/ValidationScheduler.h"
#include "core/config/ConfigStore.h"
#include "core/jose/AccountKey.h"
#include "core/jose/JwsSigner.h"
#include "core/jose/KeyAuthorization.h"
#include "tests/support/TestDatabases.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <memory>

/**
 * An engine on in-memory SQLite with a MockClock and an inline fake validator (STYLE.md §8:
 * engine tests use no sockets), plus a minimal ACME client that signs real JWS.
 */
struct EngineHarness
{
    std::shared_ptr<Database> db;
    MockClock clock;
    std::unique_ptr<ConfigStore> config;
    std::unique_ptr<NonceService> nonces;
    std::unique_ptr<ValidationScheduler> validation;
    std::unique_ptr<AcmeEngine> engine;
    std::function<ValidationOutcome(const ChallengeTask &)> validator
        = [](const ChallengeTask &) { return ValidationOutcome::success({QStringLiteral("127.0.0.1")}); };
    QString base = QStringLiteral("https://ca.test:8442");
    QString remoteAddress = QStringLiteral("127.0.0.1"); // the client address requests come from

    explicit EngineHarness(CertificateFacade *certificates = nullptr, AccountGovernance *governance = nullptr,
                           std::shared_ptr<Database> database = nullptr)
    {
        db = database ? database : TestDatabases::memory();
        config = std::make_unique<ConfigStore>(db, clock);
        nonces = std::make_unique<NonceService>(std::make_unique<MemoryNonceStore>(), clock,
                                                [this]() { return config->snapshot()->settings.nonceValidityMs; });
        validation = std::make_unique<ValidationScheduler>([this](const ChallengeTask &t) { return validator(t); },
                                                           ValidationScheduler::Mode::Inline);
        engine = engineWith(validation.get(), certificates, governance);
    }

    /** An engine on this harness's database, configuration, nonces and clock, validating with `validation`. */
    std::unique_ptr<AcmeEngine> engineWith(ValidationScheduler *validation, CertificateFacade *certificates = nullptr,
                                           AccountGovernance *governance = nullptr)
    {
        AcmeEngine::Dependencies deps;
        deps.db = db;
        deps.config = config.get();
        deps.nonces = nonces.get();
        deps.clock = &clock;
        deps.validation = validation;
        deps.certificates = certificates;
        deps.governance = governance;
        return std::make_unique<AcmeEngine>(deps);
    }

    void addAlias(const QString &name, const std::function<void(AliasConfig &)> &edit = {})
    {
        AliasConfig a = AliasConfig::withDefaults(name);
        if (edit) {
            edit(a);
        }
        VoidResult r = config->addAlias(a, QStringLiteral("test"));
        Q_ASSERT(r.isOk());
    }
    void enable(bool on = true)
    {
        VoidResult r
            = config->setSetting(QStringLiteral("acme.enabled"), on ? QStringLiteral("true") : QStringLiteral("false"),
                                 QStringLiteral("test"));
        Q_ASSERT(r.isOk());
    }

    AcmeResponse request(const QByteArray &method, const QString &url, const QByteArray &body = {},
                         const QByteArray &contentType = "application/jose+json")
    {
        AcmeRequest req;
        req.method = method;
        req.baseUrl = base;
        QString rest = url.startsWith(base) ? url.mid(base.size()) : url;
        const int q = rest.indexOf(QLatin1Char('?'));
        req.path = q < 0 ? rest : rest.left(q);
        req.query = q < 0 ? QString() : rest.mid(q + 1);
        if (!body.isEmpty() || method == "POST") {
            req.headers.append({"content-type", contentType});
        }
        req.body = body;
        req.remoteAddress = remoteAddress;
        return engine->handle(req);
    }

    QString freshNonce()
    {
        return QString::fromLatin1(request("HEAD", base + QStringLiteral("/acme/newNonce")).header("Replay-Nonce"));
    }

    static QJsonObject body(const AcmeResponse &r) { return QJsonDocument::fromJson(r.body).object(); }
};

/** A minimal ACME client over the harness: one account key, nonce reuse like real clients. */
struct TestClient
{
    EngineHarness &h;
    AccountKey key;
    QString directoryUrl;
    QJsonObject directory;
    QString accountUrl;
    QString nonce;

    TestClient(EngineHarness &harness, const QString &directoryPath = QStringLiteral("/acme/directory"),
               const QString &keySpec = QStringLiteral("EC:P-256"))
        : h(harness)
        , key(*AccountKey::generate(keySpec))
        , directoryUrl(harness.base + directoryPath)
    {
    }

    bool fetchDirectory()
    {
        AcmeResponse r = h.request("GET", directoryUrl);
        directory = EngineHarness::body(r);
        return r.status == 200;
    }
    QString url(const char *name) const { return directory.value(QLatin1String(name)).toString(); }

    AcmeResponse post(const QString &url, const QByteArray &payload, bool useJwk = false)
    {
        if (nonce.isEmpty()) {
            nonce = h.freshNonce();
        }
        const QJsonObject header = useJwk || accountUrl.isEmpty() ? JwsSigner::jwkHeader(key, nonce, url)
                                                                  : JwsSigner::kidHeader(accountUrl, nonce, url);
        Result<QByteArray> body = JwsSigner::sign(key, header, payload);
        Q_ASSERT(body.isOk());
        AcmeResponse r = h.request("POST", url, *body);
        nonce = QString::fromLatin1(r.header("Replay-Nonce"));
        return r;
    }
    AcmeResponse post(const QString &url, const QJsonObject &payload, bool useJwk = false)
    {
        return post(url, QJsonDocument(payload).toJson(QJsonDocument::Compact), useJwk);
    }
    AcmeResponse postAsGet(const QString &url) { return post(url, QByteArray()); }

    AcmeResponse newAccount(const QJsonObject &payload = {{QStringLiteral("termsOfServiceAgreed"), true}})
    {
        if (directory.isEmpty()) {
            fetchDirectory();
        }
        AcmeResponse r = post(url("newAccount"), payload, true);
        if (r.status == 200 || r.status == 201) {
            accountUrl = QString::fromLatin1(r.header("Location"));
        }
        return r;
    }
    AcmeResponse newOrder(const QStringList &dnsNames)
    {
        QJsonArray ids;
        for (const QString &n : dnsNames) {
            ids.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("dns")}, {QStringLiteral("value"), n}});
        }
        return post(url("newOrder"), QJsonObject {{QStringLiteral("identifiers"), ids}});
    }
    QString keyAuthorization(const QString &token) const { return ::keyAuthorization(token, key.publicJwk()); }
};
