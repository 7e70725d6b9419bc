// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/AppEnvironment.h"
#include "core/acme/AcmeEngine.h"
#include "core/acme/AcmeMetrics.h"
#include "core/acme/NonceService.h"
#include "core/acme/ValidationScheduler.h"
#include "core/http/AcmeHttpServer.h"
#include "core/validation/ChallengeValidator.h"

#include <QHostAddress>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class PkiCertificates;
class PublicHttpHandler;

/**
 * The embedded server: the ACME engine behind the TLS listener (8442), the client-certificate
 * listener (8443) and the plain HTTP listener for CRLs (8080), all from one database.
 */
class ServerRuntime : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QHostAddress bindAddress = QHostAddress::Any;
        int tlsPort = -1; // -1: the stored setting
        int clientCertPort = -1; // -1: the stored setting; 0 disables
        int httpPort = -1; // -1: the stored setting; 0 disables
        int workers = 0; // 0: one more than the cores
        int http01Port = 0; // > 0: overrides every alias's http-01 port (test networks)
        int metricsPort = 0; // > 0: Prometheus /metrics on this port (admin-only: see metricsAddress)
        QHostAddress metricsAddress = QHostAddress::LocalHost;
    };

    ServerRuntime(AppEnvironment &env, const Options &options, QObject *parent = nullptr);
    ~ServerRuntime() override;

    VoidResult start();
    void stop();

    AcmeEngine &engine() { return *m_engine; }
    AcmeHttpServer &http() { return *m_http; }
    /** The registry behind /metrics (the console's dashboard shows the same numbers). */
    const AcmeMetrics &metrics() const { return m_metrics; }
    /** Unused nonces held by this node's nonce store. */
    qint64 nonceStoreSize() const { return m_nonces->storeSize(); }
    quint16 tlsPort() const;
    /** The default alias's directory URL on the TLS listener. */
    QString directoryUrl() const;

private:
    /**
     * A validation still 'processing' after this long was lost with the node that ran it (one
     * validation is bounded by its policy's timeout, 10 s by default, plus DNS and CAA lookups).
     */
    static constexpr qint64 kStaleValidationMs = 60000;

    AcmeResponse route(const AcmeRequest &request);
    AcmeResponse routeNow(const AcmeRequest &request);
    /** Runs `work` on m_maintenance unless the previous round flagged by `busy` is still running. */
    void runMaintenance(std::atomic_bool &busy, const std::function<void()> &work);

    AppEnvironment &m_env;
    Options m_options;
    std::unique_ptr<NonceService> m_nonces;
    std::unique_ptr<ChallengeValidator> m_validator;
    std::unique_ptr<ValidationScheduler> m_validation;
    std::unique_ptr<PkiCertificates> m_certificates;
    std::unique_ptr<PublicHttpHandler> m_public;
    std::unique_ptr<AcmeEngine> m_engine;
    std::unique_ptr<AcmeHttpServer> m_http;
    AcmeMetrics m_metrics;
    std::unique_ptr<AcmeHttpServer> m_metricsHttp;
    QTimer m_resumeTimer;
    QThreadPool m_maintenance; // the timers' database work, off the GUI thread
    std::atomic_bool m_resuming {false};
    std::atomic_bool m_settling {false};
    /** Issue #8: settles orders held for approval once an admin decided (any process may decide). */
    QTimer m_settleHeld;
    int m_tlsIndex = -1;
    QString m_host;
};
