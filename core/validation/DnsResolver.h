// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "core/validation/ValidationDeadline.h"
#include "core/validation/ValidationPolicy.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

/**
 * A validating stub resolver (libunbound) configured from one alias's policy: forwards to
 * policy.dnsResolver@dnsPort (or the system's resolvers) and validates DNSSEC from the policy's
 * trust anchor (or the ICANN root KSK), so each answer is secure, insecure or bogus.
 *
 * One instance per validation, used by one thread at a time. Deliberately no cache shared
 * between validations: a client that fixes its TXT record and retries must not be answered from
 * a negative answer cached a minute ago, and no state crosses threads. Every lookup ends by the
 * deadline (the asynchronous API is polled, and cancelled when time runs out).
 */
class DnsResolver
{
public:
    enum class RecordType {
        A = 1,
        Txt = 16,
        Aaaa = 28,
        Caa = 257,
    };
    enum class Security {
        Secure, // DNSSEC chain validated from the trust anchor
        Insecure, // provably unsigned (or outside every trust anchor)
        Bogus, // signatures present but failed validation: never to be trusted
    };

    /** One answer. NXDOMAIN and "no records of that type" are answers, not errors. */
    struct Answer
    {
        QString name;
        RecordType type = RecordType::A;
        Security security = Security::Insecure;
        /** libunbound's why_bogus text when security is Bogus. */
        QString whyBogus;
        bool nxDomain = false;
        int rcode = 0;
        /** Raw RDATA of each record of the answer (after CNAMEs). */
        QList<QByteArray> rdata;

        bool hasData() const { return !rdata.isEmpty(); }
        /** TXT: each record's character-strings concatenated (RFC 8555 §8.4 compares whole records). */
        QList<QByteArray> txtRecords() const;
        /** A/AAAA: the addresses. */
        QList<QHostAddress> addresses() const;
    };

    explicit DnsResolver(const ValidationPolicy &policy);
    ~DnsResolver();
    DnsResolver(const DnsResolver &) = delete;
    DnsResolver &operator=(const DnsResolver &) = delete;

    /**
     * Looks up one RRset. Fails (CoreError::Io, detail names name, type and cause) on timeout or a
     * resolver failure (SERVFAIL, REFUSED); fails with Internal when the policy's resolver or
     * trust anchor cannot be used. A bogus answer is returned, not failed, so callers can say why.
     */
    Result<Answer> lookup(const QString &name, RecordType type, const ValidationDeadline &deadline);

    /**
     * A and AAAA at once, for connecting to a host. IPv6 addresses first (Boulder does the same).
     * Fails when either answer is bogus, when both lookups fail, or when there is no address.
     */
    Result<QList<QHostAddress>> resolveHost(const QString &host, const ValidationDeadline &deadline);

    static QString typeName(RecordType type);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/**
 * How validators find the addresses of a host name. The default asks a DnsResolver built from
 * the policy; tests substitute a table.
 */
using HostLookup = std::function<Result<QList<QHostAddress>>(const QString &host, const ValidationPolicy &policy,
                                                             const ValidationDeadline &deadline)>;

/** The HostLookup every validator uses unless told otherwise. */
HostLookup defaultHostLookup();
