// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/validation/ChallengeTask.h"
#include "core/validation/DnsResolver.h"
#include "core/validation/ValidationOutcome.h"

#include <QHostAddress>

/**
 * The one entry point the engine calls (Boulder's VA.PerformValidation): checks one challenge
 * and returns the outcome. Blocking, bounded by task.policy.timeoutMs, safe to call from any
 * thread at once (it keeps no mutable state), so the engine runs it on a QThreadPool.
 *
 * validate() is virtual so engine tests can substitute a fake that answers without sockets.
 */
class ChallengeValidator
{
public:
    explicit ChallengeValidator(HostLookup hostLookup = defaultHostLookup());
    virtual ~ChallengeValidator() = default;

    /** Dispatches on task.type; an unknown type is a "malformed" outcome. */
    virtual ValidationOutcome validate(const ChallengeTask &task) const;

    /**
     * The SSRF guard on its own: a failed outcome ("rejectedIdentifier", or "serverInternal" for
     * malformed ranges) when the policy forbids connecting to address, else a valid one.
     */
    static ValidationOutcome checkAddress(const QHostAddress &address, const ValidationPolicy &policy);

    /** "http-01", "dns-01", "tls-alpn-01", "dns-account-01", "dns-persist-01". */
    static QStringList supportedTypes();

private:
    HostLookup m_hostLookup;
};
