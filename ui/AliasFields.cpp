// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AliasFields.h"

// Help texts are the reference's "ACME Alias Configuration" table (seed 000), word for word where
// it documents the field; Anvil's additions are marked as such.

QList<AliasFields::Group> AliasFields::groups()
{
    return {Group::UsernameGeneration, Group::Profiles,          Group::Challenges, Group::TermsOfService, Group::Dns,
            Group::Validation,         Group::AccountManagement, Group::RateLimits};
}

QString AliasFields::groupTitle(Group group)
{
    switch (group) {
    case Group::UsernameGeneration:
        return tr("RA name generation");
    case Group::Profiles:
        return tr("End entity profile");
    case Group::Challenges:
        return tr("Authorizations and challenges");
    case Group::TermsOfService:
        return tr("Directory and Terms of Service");
    case Group::Dns:
        return tr("DNS");
    case Group::Validation:
        return tr("Challenge validation");
    case Group::AccountManagement:
        return tr("Account management");
    case Group::RateLimits:
        return tr("Rate limits");
    }
    return {};
}

QList<AliasFields::Field> AliasFields::all()
{
    const QString anvil = tr("Anvil extension.");
    auto ext = [&anvil](const QString &help) { return tr("%1 %2").arg(anvil, help); };
    return {
        {QStringLiteral("raNameScheme"), Group::UsernameGeneration, Kind::NameScheme, tr("RA name generation scheme"),
         tr("DN: Will take a part of the request DN, and use it as the username (use the list to choose which "
            "parts). Several DN attributes can be specified to have a fall-back. For example: UID;SN;CN. First, try "
            "UID. If it does not exist try SN, etc.\nRANDOM (default): Uses the generated 43 character long ACME "
            "order ID.\nFIXED: Enter the DN attributes manually as a semicolon-delimited String (e.g. CN;UID;SN).\n"
            "USERNAME: Use the entire request DN as username. It is possible to use a constant username, as long as "
            "no DN attribute is specified, i.e. myUser.\nEnable Batch generation in the end entity profile, if you "
            "don't use RANDOM usernames.")},
        {QStringLiteral("raNameSchemeParameters"), Group::UsernameGeneration, Kind::Text,
         tr("DN attributes or username"),
         tr("For DN and FIXED: the DN attributes to try, separated by semicolons, e.g. UID;SN;CN. For USERNAME: a "
            "constant username, or empty to use the entire request DN.")},
        {QStringLiteral("raNamePrefix"), Group::UsernameGeneration, Kind::Text, tr("RA name generation prefix"),
         tr("Specify a prefix to the generated username. '${RANDOM}' can be used to have 12 random chars as "
            "prefix.")},
        {QStringLiteral("raNamePostfix"), Group::UsernameGeneration, Kind::Text, tr("RA name generation postfix"),
         tr("Specify a postfix to the generated username. '${RANDOM}' can be used to have 12 random chars as "
            "postfix.")},
        {QStringLiteral("endEntityProfile"), Group::Profiles, Kind::Text, tr("End entity profile"),
         tr("The end entity profile to use for end entities enrolled using this alias. The CA signing the "
            "certificate is the default CA of this end entity profile, and the certificate profile used for the "
            "certificate is the default certificate profile of this end entity profile.")},
        {QStringLiteral("preAuthorizationAllowed"), Group::Challenges, Kind::Bool, tr("Pre-authorization allowed"),
         tr("Pre-authorization, as defined in section 7.4.1 of RFC 8555. The ACME client may authorize the "
            "certificates identifiers before order creation.")},
        {QStringLiteral("wildcardAllowed"), Group::Challenges, Kind::Bool, tr("Wildcard certificate issuance allowed"),
         tr("Whether this alias can be used to issue certificates with wildcard DNS names in their SANs. Refer to "
            "section 7.1.3 of RFC 8555.")},
        {QStringLiteral("wildcardWithHttp01Allowed"), Group::Challenges, Kind::Bool,
         tr("Wildcard certificate with http-01 challenge allowed"),
         tr("If disabled, no http-01 challenge for identifiers with a wildcard (i.e. *.primekey.com) is generated. "
            "Only active if 'Wildcard Certificate Issuance Allowed' is enabled. Default: enabled."),
         0, 0, QStringLiteral("wildcardAllowed")},
        {QStringLiteral("dnsChallengeTypes"), Group::Challenges, Kind::ChallengeTypes,
         tr("DNS identifier challenge types"),
         tr("Select Any type to create all challenge types. If only a certain challenge type is required, select "
            "for example the http-01 or dns-01 challenge only.")},
        {QStringLiteral("dnsAccount01Enabled"), Group::Challenges, Kind::Bool, tr("dns-account-01 challenge"),
         ext(tr("Also offer dns-account-01 (IETF draft draft-ietf-acme-dns-account-label-03) for DNS identifiers, "
                "whatever the challenge types above select. It is dns-01 at a name of the account's own, "
                "_<label>._acme-challenge.<domain> with the label derived from the account URL, so several ACME "
                "clients can validate one domain at once. It can prove wildcards. No client in Debian supports it "
                "yet. Default: disabled."))},
        {QStringLiteral("dnsPersist01Enabled"), Group::Challenges, Kind::Bool, tr("dns-persist-01 challenge"),
         ext(tr("Also offer dns-persist-01 (IETF draft draft-ietf-acme-dns-persist-02) for DNS identifiers: a "
                "persistent TXT record at _validation-persist.<domain> naming one of the CAA identities and the "
                "account's hashed account URI proves control for as long as it stays published (until its "
                "persistUntil, if any). Wildcards need policy=wildcard in the record. Needs 1 to 10 CAA "
                "identities, which the directory also publishes as issuerDomainNames. Default: disabled."))},
        {QStringLiteral("reuseValidAuthorizations"), Group::Challenges, Kind::Bool, tr("Reuse valid authorizations"),
         ext(tr("A new order for an identifier the account has already proven control of reuses that valid "
                "authorization until it expires (RFC 8555 section 7.1.3)."))},
        {QStringLiteral("authorizationValidity"), Group::Challenges, Kind::Duration, tr("Authorization validity"),
         ext(tr("How long a valid authorization can be reused, e.g. 30d. Format is human readable validity with "
                "second precision."))},
        {QStringLiteral("orderValidity"), Group::Challenges, Kind::Duration, tr("Order validity"),
         tr("The time span within the challenges for the orders identifiers have to be completed. Format is human "
            "readable validity with second precision, i.e. 10d 12h or 30s 30m 1h. The format string is normalized "
            "when the form data is stored. Default value is 1h.")},
        {QStringLiteral("siteUrl"), Group::TermsOfService, Kind::Url, tr("Site URL"),
         tr("URL to a website describing this CA. Optional. Refer to section 7.1.1 of RFC 8555.")},
        {QStringLiteral("termsOfServiceUrl"), Group::TermsOfService, Kind::Url, tr("Terms of Service URL"),
         tr("URL to your terms of service for ACME. Refer to section 7.1.1 of RFC 8555.")},
        {QStringLiteral("termsOfServiceChangeUrl"), Group::TermsOfService, Kind::Url,
         tr("Changes of Terms of Service URL"),
         tr("URL to advise how to handle changes of your terms of service for ACME. Refer to section 7.3.1 of RFC "
            "8555.")},
        {QStringLiteral("requireClientApprovalForTosChanges"), Group::TermsOfService, Kind::Bool,
         tr("Require client approval for Terms of Service changes"),
         tr("Specifies whether users must approve the new version if the Terms of Service URL is changed. Default: "
            "enabled.")},
        {QStringLiteral("agreeToNewTosAllowed"), Group::TermsOfService, Kind::Bool,
         tr("Agree to new Terms of Service allowed"),
         tr("Specifies whether users are allowed to agree to new Terms of Service after they have changed. ACME "
            "clients must request the updateAccount resource with termsOfServiceAgreed set to true. If not "
            "allowed, clients have to request a new account (including new keys). Only active if Require client "
            "approval for changes of Terms of Service is enabled. Default: enabled."),
         0, 0, QStringLiteral("requireClientApprovalForTosChanges")},
        {QStringLiteral("caaIdentities"), Group::TermsOfService, Kind::DomainList, tr("CAA identities"),
         ext(tr("Domain names that CAA records name to authorize this CA, separated by commas; published as "
                "meta.caaIdentities in the directory (RFC 8555 section 7.1.1) and used by the CAA check."))},
        {QStringLiteral("caaCheck"), Group::TermsOfService, Kind::Bool, tr("Check CAA"),
         ext(tr("Before an authorization becomes valid, check the CAA records of the identifier (RFC 8659), "
                "including the accounturi and validationmethods parameters (RFC 8657). Only active when CAA "
                "identities are set. Default: enabled."))},
        {QStringLiteral("dnsResolver"), Group::Dns, Kind::IpAddress, tr("DNS resolver"),
         tr("A specified DNS resolver, used when processing dns01 challenges. Leave empty to use the system's "
            "resolvers.")},
        {QStringLiteral("dnsPort"), Group::Dns, Kind::Number, tr("DNS port"), tr("Port used for DNS communications."),
         1, 65535},
        {QStringLiteral("dnssecTrustAnchor"), Group::Dns, Kind::Text, tr("DNSSEC trust anchor"),
         tr("The ICANN trust anchor, configurable should it ever change.")},
        {QStringLiteral("requireDnssec"), Group::Dns, Kind::Bool, tr("Require DNSSEC"),
         ext(tr("Refuse dns-01, dns-account-01 and dns-persist-01 answers that are not signed (insecure zones); "
                "bogus answers are always refused."))},
        {QStringLiteral("retryAfter"), Group::Validation, Kind::Number, tr("Retry after"),
         tr("Value used to indicate that client should try polling the authorization endpoint again after a while "
            "(in seconds). Default is 0 and this is used mainly for clients such as cert-manager which send "
            "post-as-get request while waiting for ACME server to prepare the challenge."),
         0, 86400},
        {QStringLiteral("renewalExplanationUrl"), Group::Validation, Kind::Url, tr("Renewal explanation URL"),
         ext(tr("A page explaining why certificates should be renewed early, sent as explanationURL with renewal "
                "information (ARI, RFC 9773 section 4.2). Optional."))},
        {QStringLiteral("authorizedRedirectPorts"), Group::Validation, Kind::PortList, tr("Authorized redirect ports"),
         tr("List of authorized ports for client side redirects for the http-01 challenge validation for DNS "
            "identifiers. Default is 22,25,80,443. Leave empty for no restrictions.")},
        {QStringLiteral("http01Port"), Group::Validation, Kind::Number, tr("http-01 port"),
         ext(tr("Port the http-01 challenge is fetched from. RFC 8555 requires 80; change it only on test "
                "networks.")),
         1, 65535},
        {QStringLiteral("tlsAlpn01Port"), Group::Validation, Kind::Number, tr("tls-alpn-01 port"),
         ext(tr("Port the tls-alpn-01 challenge connects to. RFC 8737 requires 443; change it only on test "
                "networks.")),
         1, 65535},
        {QStringLiteral("validationAllowRanges"), Group::Validation, Kind::AddressRanges,
         tr("Allowed validation address ranges"),
         ext(tr("Address ranges (CIDR, e.g. 10.0.0.0/8) that challenge targets must be in, separated by commas. "
                "Empty allows any address not denied below."))},
        {QStringLiteral("validationDenyRanges"), Group::Validation, Kind::AddressRanges,
         tr("Denied validation address ranges"),
         ext(tr("Address ranges (CIDR) that challenge targets may never be in, separated by commas."))},
        {QStringLiteral("requireApprovalForRegistration"), Group::AccountManagement, Kind::Bool,
         tr("Require approval for account registration"),
         tr("Approval profile to be applied for ACME account registration, see Approvals. Default: None.")},
        {QStringLiteral("requireApprovalForKeyChange"), Group::AccountManagement, Kind::Bool,
         tr("Require approval for account key change"),
         tr("Approval profile to be applied for ACME account key change, see Approvals. Default: None.")},
        {QStringLiteral("orderApprovalPatterns"), Group::AccountManagement, Kind::NamePatterns,
         tr("Require approval for orders of"),
         ext(tr("Names whose orders wait for an admin's approval before their certificate is issued, separated by "
                "commas: exact names (www.example.com), *.example.com for every name below example.com (and the "
                "wildcard itself), IP addresses or ranges (10.0.0.0/8), or * for every order. The CSR is checked "
                "at finalization; the order then stays processing, the client polls it, and it is issued once "
                "approved, or becomes invalid when rejected or when the request expires. Empty: no order waits."))},
        {QStringLiteral("approvalValidity"), Group::AccountManagement, Kind::Duration, tr("Approval validity"),
         ext(tr("How long an approval request waits for a decision before it expires, e.g. 7d."))},
        {QStringLiteral("requireClientCertificate"), Group::AccountManagement, Kind::Bool,
         tr("Require client certificate"),
         tr("The ACME client must authenticate using a valid client certificate and authorization to view, create "
            "and edit end entities as well as access the signing CA.")},
        {QStringLiteral("clientCertificateTrustedCas"), Group::AccountManagement, Kind::NameList,
         tr("Trusted client certificate CAs"),
         ext(tr("Names of the CAs a client certificate must chain to, separated by commas.")), 0, 0,
         QStringLiteral("requireClientCertificate")},
        {QStringLiteral("preferredRootCaSubjectDn"), Group::AccountManagement, Kind::Text,
         tr("Preferred root CA subject DN"),
         tr("If there are cross certificate chains present for the designated CA, then this setting may be used to "
            "mandate a single cross certificate chain for all clients requesting through this configuration. It has "
            "a default value of \"default\" and to remove any such restriction delete the value and save the "
            "configuration. When it has a default value, finalizeOrder contains the link to the chain with default "
            "CA certificate chain and link headers in cert response contains links to alternate chains as "
            "mentioned section 7.4.2 of RFC 8555. If a chain is mandated finalizeOrder contains the link to the "
            "chain with configured cross chain and cert response do not include any links for alternate "
            "certificate chains.")},
        {QStringLiteral("requireExternalAccountBinding"), Group::AccountManagement, Kind::Bool,
         tr("Require External Account Binding"),
         tr("External Account Binding (EAB), as defined in section 7.4.3 of RFC 8555.")},
        {QStringLiteral("rateLimitNewAccountsPerAddress"), Group::RateLimits, Kind::Number,
         tr("New accounts per client address"),
         ext(tr("How many accounts one client IP address (IPv6: one /64 network) may create within the window "
                "below. 0 = unlimited.")),
         0, 1000000000},
        {QStringLiteral("rateLimitNewAccountsWindow"), Group::RateLimits, Kind::Duration, tr("New accounts window"),
         ext(tr("The time span the new accounts limit counts over, e.g. 3h (at most 30d)."))},
        {QStringLiteral("rateLimitNewOrdersPerAccount"), Group::RateLimits, Kind::Number, tr("New orders per account"),
         ext(tr("How many orders one account may create within the window below. 0 = unlimited.")), 0, 1000000000},
        {QStringLiteral("rateLimitNewOrdersWindow"), Group::RateLimits, Kind::Duration, tr("New orders window"),
         ext(tr("The time span the new orders limit counts over, e.g. 3h (at most 30d)."))},
        {QStringLiteral("rateLimitCertificatesPerDomain"), Group::RateLimits, Kind::Number,
         tr("Certificates per registered domain per week"),
         ext(tr("How many certificates may name a registered domain (e.g. example.co.uk, from the public suffix "
                "list) within 7 days. 0 = unlimited.")),
         0, 1000000000},
        {QStringLiteral("rateLimitFailedValidations"), Group::RateLimits, Kind::Number,
         tr("Failed validations per account and identifier per hour"),
         ext(tr("How many failed authorizations one account may have for one identifier within an hour before "
                "new orders for it are refused. 0 = unlimited.")),
         0, 1000000000},
        {QStringLiteral("rateLimitPendingAuthorizations"), Group::RateLimits, Kind::Number,
         tr("Pending authorizations per account"),
         ext(tr("How many unfinished (pending) authorizations one account may hold at once. 0 = unlimited.")), 0,
         1000000000},
    };
}
