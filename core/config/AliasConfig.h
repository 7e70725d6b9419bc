// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Duration.h"
#include "core/util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/**
 * One ACME alias: the reference's "ACME Alias Configuration" table, field by field, plus what
 * Anvil adds (marked "Anvil:"). A copyable value type; stored as JSON in aliases.config.
 */
struct AliasConfig
{
    enum class NameScheme {
        Dn, // take DN attributes (fallback list, e.g. "UID;SN;CN")
        Random, // the 43-character ACME order id (reference default)
        Fixed, // DN attributes typed as a ;-separated string
        Username, // the whole request DN, or a constant when no DN attribute is given
    };
    enum class ChallengeTypes {
        Any,
        Http01,
        Dns01,
        TlsAlpn01,
    };

    QString name;

    // RA name generation
    NameScheme raNameScheme = NameScheme::Random;
    QString raNameSchemeParameters = QStringLiteral("CN"); // DN attribute list, or the constant for Username
    QString raNamePrefix; // '${RANDOM}' = 12 random characters
    QString raNamePostfix; // '${RANDOM}' = 12 random characters

    // Profiles: the end entity profile names the CA and certificate profile.
    QString endEntityProfile = QStringLiteral("ACME_EE");

    // Authorization and challenges
    bool preAuthorizationAllowed = false;
    bool wildcardAllowed = false;
    bool wildcardWithHttp01Allowed = true;
    ChallengeTypes dnsChallengeTypes = ChallengeTypes::Any;
    /**
     * Anvil: also offer dns-account-01 (draft-ietf-acme-dns-account-label-03) for DNS identifiers,
     * whatever dnsChallengeTypes selects. Off by default: the draft may still change.
     */
    bool dnsAccount01Enabled = false;
    /**
     * Anvil: also offer dns-persist-01 (draft-ietf-acme-dns-persist-02) for DNS identifiers. Its
     * issuer domain names are the caaIdentities (the draft requires them to be among those), so
     * it needs 1 to 10 of them. Off by default: the draft may still change.
     */
    bool dnsPersist01Enabled = false;
    bool reuseValidAuthorizations = true; // Anvil: reuse valid authorizations within their validity
    Duration authorizationValidity = Duration::fromMs(30LL * 24 * 3600 * 1000); // Anvil
    Duration orderValidity = Duration::fromMs(3600LL * 1000); // reference default 1h

    // Directory meta
    QString siteUrl;
    QString termsOfServiceUrl;
    QString termsOfServiceChangeUrl;
    bool requireClientApprovalForTosChanges = true;
    bool agreeToNewTosAllowed = true;
    QStringList caaIdentities; // Anvil: meta.caaIdentities and the CAA check
    /** Anvil: check CAA (RFC 8659, RFC 8657) before an authorization becomes valid. */
    bool caaCheck = true;
    /** Whether CAA is checked: the switch is on and the alias names its CAA identities. */
    bool checksCaa() const { return caaCheck && !caaIdentities.isEmpty(); }
    /**
     * dns-persist-01's issuer domain names: the caaIdentities in lower case without a trailing dot
     * (draft-ietf-acme-dns-persist-02 §3.1), duplicates dropped.
     */
    QStringList issuerDomainNames() const;

    // DNS (dns-01, and host name resolution for http-01 / tls-alpn-01)
    QString dnsResolver; // empty = the system's resolvers
    int dnsPort = 53;
    QString dnssecTrustAnchor = defaultTrustAnchor();
    bool requireDnssec = false; // Anvil: refuse insecure (unsigned) dns-01 answers

    int retryAfterSeconds = 0;
    /** Anvil: RFC 9773 §4.2 explanationURL in renewalInfo answers (empty = none). */
    QString renewalExplanationUrl;
    QList<int> authorizedRedirectPorts {22, 25, 80, 443}; // empty = no restriction
    int http01Port = 80; // Anvil: for test networks
    int tlsAlpn01Port = 443; // Anvil: for test networks
    QStringList validationAllowRanges; // Anvil: CIDRs challenge targets may be in (empty = any)
    QStringList validationDenyRanges; // Anvil: CIDRs challenge targets may never be in

    // Account governance
    bool requireApprovalForRegistration = false;
    bool requireApprovalForKeyChange = false;
    /**
     * Anvil (issue #8): finalization of an order naming any identifier that matches one of these
     * waits for an admin's approval. Entries: an exact DNS name, "*.example.com" (every name below
     * example.com, and the wildcard itself), an IP address or CIDR range, or "*" (every order).
     * Empty = no order is held.
     */
    QStringList orderApprovalPatterns;
    Duration approvalValidity = Duration::fromMs(7LL * 24 * 3600 * 1000); // Anvil
    bool requireClientCertificate = false;
    QStringList clientCertificateTrustedCas; // Anvil: CA names a client certificate must chain to
    QString preferredRootCaSubjectDn = QStringLiteral("default");
    bool requireExternalAccountBinding = false;

    // Anvil: rate limits (issue #7), 0 = unlimited; all off by default (README "Rate limits").
    int rateLimitNewAccountsPerAddress = 0; // new accounts per client address (IPv6: per /64) per window
    Duration rateLimitNewAccountsWindow = Duration::fromMs(3LL * 3600 * 1000);
    int rateLimitNewOrdersPerAccount = 0; // new orders per account per window
    Duration rateLimitNewOrdersWindow = Duration::fromMs(3LL * 3600 * 1000);
    int rateLimitCertificatesPerDomain = 0; // certificates per registered domain per week
    int rateLimitFailedValidations = 0; // failed validations per account and identifier per hour
    int rateLimitPendingAuthorizations = 0; // pending authorizations per account

    /** Defaults for a new alias of that name. */
    static AliasConfig withDefaults(const QString &name);
    /** The ICANN root KSK-2017 DS record. */
    static QString defaultTrustAnchor();

    /** 1 to 250 of [A-Za-z0-9_-], case-sensitive (reference). */
    static bool isValidName(const QString &name);

    /** Checks every field; the detail names the field and the rule. */
    VoidResult validate() const;

    QJsonObject toJson() const;
    static Result<AliasConfig> fromJson(const QString &name, const QJsonObject &json);

    /** Sets one field from its text form (command line: `anvil alias set NAME FIELD VALUE`). */
    VoidResult setField(const QString &field, const QString &value);
    /** Every field name setField() knows, in display order. */
    static QStringList fieldNames();
    /** The text form of one field, as setField() reads it. */
    QString field(const QString &field) const;

    static QString schemeName(NameScheme s);
    static QString challengeTypesName(ChallengeTypes t);
    /**
     * Issue #8: whether the identifier (type "dns" or "ip"; a wildcard as "*.example.com") matches
     * an entry of orderApprovalPatterns, so that its order waits for approval.
     */
    bool requiresOrderApproval(const QString &type, const QString &value) const;
    /** Whether `pattern` is a valid orderApprovalPatterns entry. */
    static bool isValidOrderApprovalPattern(const QString &pattern);

    /**
     * Challenge types offered for a DNS identifier under this alias (wildcards drop http-01 when not
     * allowed, and tls-alpn-01), then dns-account-01 and dns-persist-01 when switched on: both can
     * prove a wildcard (dns-persist-01 only through a record with policy=wildcard).
     */
    QStringList challengeTypesFor(bool wildcard) const;
};
