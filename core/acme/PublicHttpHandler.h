// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/acme/AcmeRequest.h"
#include "core/acme/AcmeResponse.h"
#include "core/pki/CaService.h"
#include "core/pki/IssuanceService.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QMutex>

#include <memory>

/**
 * The plain-HTTP resources beside ACME: GET /crl/NAME.crl (DER CRL of a CA), GET /ca/NAME.pem
 * (its chain), GET /ca/NAME.der (its certificate, the AIA caIssuers target) and the OCSP
 * responder (RFC 6960): POST /ocsp and GET /ocsp/{base64 request} (Appendix A.1). A CRL is
 * re-signed when a certificate of that CA was revoked since the last one or when it is older than
 * an hour, so polling clients don't bump the CRL number.
 *
 * OCSP answers come from the database (one indexed lookup by serial per request) and are signed
 * by the CA's delegated responder (CaService::ocspSigner). A signed single answer is reused while
 * the certificate's status is unchanged and it is less than an hour old, so a revocation shows at
 * once and signing is rare. Answers are valid for a day (nextUpdate).
 */
class PublicHttpHandler
{
public:
    PublicHttpHandler(std::shared_ptr<Database> db, CaService &cas, IssuanceService &issuance, const Clock &clock);

    /** True when the path is one of ours. */
    static bool handles(const QString &path);
    AcmeResponse handle(const AcmeRequest &request);

    static constexpr qint64 kOcspReuseMs = 3600 * 1000;
    static constexpr qint64 kOcspValidityMs = 24 * 3600 * 1000;

private:
    AcmeResponse ocsp(const AcmeRequest &request);
    /** The CAs (id, certificate) that can sign, re-read at most once a minute. */
    QList<QPair<CaId, X509Certificate>> signingCas();

    struct CachedOcsp
    {
        QString status; // good | revoked | unknown: a changed status is never served from here
        QByteArray der;
        qint64 createdMs = 0;
    };

    struct CachedCrl
    {
        QByteArray der;
        qint64 revokedCount = -1;
        qint64 createdMs = 0;
    };

    std::shared_ptr<Database> m_db;
    CaService &m_cas;
    IssuanceService &m_issuance;
    const Clock &m_clock;
    QMutex m_mutex;
    QHash<QString, CachedCrl> m_crls;
    QMutex m_ocspMutex;
    QHash<QByteArray, CachedOcsp> m_ocsp; // by CertID DER
    QList<QPair<CaId, X509Certificate>> m_signingCas;
    qint64 m_casReadMs = -1;
};
