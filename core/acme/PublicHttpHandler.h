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
 * The plain-HTTP resources beside ACME: GET /crl/NAME.crl (DER CRL of a CA) and GET /ca/NAME.pem
 * (its chain). A CRL is re-signed when a certificate of that CA was revoked since the last one or
 * when it is older than an hour, so polling clients don't bump the CRL number.
 */
class PublicHttpHandler
{
public:
    PublicHttpHandler(std::shared_ptr<Database> db, CaService &cas, IssuanceService &issuance, const Clock &clock);

    /** True when the path is one of ours. */
    static bool handles(const QString &path);
    AcmeResponse handle(const AcmeRequest &request);

private:
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
};
