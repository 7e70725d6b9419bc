<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccountModel</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Search account id, contact or key thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate the selected account, as its holder could (RFC 8555 section 7.3.6). This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the accounts failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded</source>
        <translation>
            <numerusform>%n account loaded</numerusform>
            <numerusform>%n accounts loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounts shown; scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account to see its contacts, key and orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading account %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, agreed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External account binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (JWK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivate account %1? Its holder can no longer use it, its pending authorizations are cancelled, and this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating account %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <source>Enter an http or https URL, e.g. https://ca.example.com/terms, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a duration such as 10d 12h, 30m or 1y 6mo (units y, mo, d, h, m, s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be at least 1s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port. Enter port numbers from 1 to 65535 separated by commas, e.g. 22,25,80,443; leave it empty for no restriction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address such as 192.0.2.53 or 2001:db8::53, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address range. Write ranges like 10.0.0.0/8 or 2001:db8::/32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An end entity profile is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trust anchor is required; the ICANN root key is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one DN attribute, e.g. CN or UID;SN;CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (stored as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name pattern. Write names like www.example.com or *.prod.example.com, addresses like 192.0.2.7 or 10.0.0.0/8, or * for every order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasFields</name>
    <message>
        <source>RA name generation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End entity profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizations and challenges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory and Terms of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anvil extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA name generation scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DN: Will take a part of the request DN, and use it as the username (use the list to choose which parts). Several DN attributes can be specified to have a fall-back. For example: UID;SN;CN. First, try UID. If it does not exist try SN, etc.
RANDOM (default): Uses the generated 43 character long ACME order ID.
FIXED: Enter the DN attributes manually as a semicolon-delimited String (e.g. CN;UID;SN).
USERNAME: Use the entire request DN as username. It is possible to use a constant username, as long as no DN attribute is specified, i.e. myUser.
Enable Batch generation in the end entity profile, if you don&apos;t use RANDOM usernames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DN attributes or username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For DN and FIXED: the DN attributes to try, separated by semicolons, e.g. UID;SN;CN. For USERNAME: a constant username, or empty to use the entire request DN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA name generation prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify a prefix to the generated username. &apos;${RANDOM}&apos; can be used to have 12 random chars as prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA name generation postfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specify a postfix to the generated username. &apos;${RANDOM}&apos; can be used to have 12 random chars as postfix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end entity profile to use for end entities enrolled using this alias. The CA signing the certificate is the default CA of this end entity profile, and the certificate profile used for the certificate is the default certificate profile of this end entity profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-authorization allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-authorization, as defined in section 7.4.1 of RFC 8555. The ACME client may authorize the certificates identifiers before order creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard certificate issuance allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether this alias can be used to issue certificates with wildcard DNS names in their SANs. Refer to section 7.1.3 of RFC 8555.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wildcard certificate with http-01 challenge allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If disabled, no http-01 challenge for identifiers with a wildcard (i.e. *.primekey.com) is generated. Only active if &apos;Wildcard Certificate Issuance Allowed&apos; is enabled. Default: enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS identifier challenge types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select Any type to create all challenge types. If only a certain challenge type is required, select for example the http-01 or dns-01 challenge only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reuse valid authorizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new order for an identifier the account has already proven control of reuses that valid authorization until it expires (RFC 8555 section 7.1.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a valid authorization can be reused, e.g. 30d. Format is human readable validity with second precision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time span within the challenges for the orders identifiers have to be completed. Format is human readable validity with second precision, i.e. 10d 12h or 30s 30m 1h. The format string is normalized when the form data is stored. Default value is 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL to a website describing this CA. Optional. Refer to section 7.1.1 of RFC 8555.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL to your terms of service for ACME. Refer to section 7.1.1 of RFC 8555.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of Terms of Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL to advise how to handle changes of your terms of service for ACME. Refer to section 7.3.1 of RFC 8555.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require client approval for Terms of Service changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifies whether users must approve the new version if the Terms of Service URL is changed. Default: enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to new Terms of Service allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specifies whether users are allowed to agree to new Terms of Service after they have changed. ACME clients must request the updateAccount resource with termsOfServiceAgreed set to true. If not allowed, clients have to request a new account (including new keys). Only active if Require client approval for changes of Terms of Service is enabled. Default: enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain names that CAA records name to authorize this CA, separated by commas; published as meta.caaIdentities in the directory (RFC 8555 section 7.1.1) and used by the CAA check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A specified DNS resolver, used when processing dns01 challenges. Leave empty to use the system&apos;s resolvers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port used for DNS communications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC trust anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICANN trust anchor, configurable should it ever change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require DNSSEC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value used to indicate that client should try polling the authorization endpoint again after a while (in seconds). Default is 0 and this is used mainly for clients such as cert-manager which send post-as-get request while waiting for ACME server to prepare the challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized redirect ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of authorized ports for client side redirects for the http-01 challenge validation for DNS identifiers. Default is 22,25,80,443. Leave empty for no restrictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http-01 port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port the http-01 challenge is fetched from. RFC 8555 requires 80; change it only on test networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tls-alpn-01 port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port the tls-alpn-01 challenge connects to. RFC 8737 requires 443; change it only on test networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed validation address ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address ranges (CIDR, e.g. 10.0.0.0/8) that challenge targets must be in, separated by commas. Empty allows any address not denied below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied validation address ranges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address ranges (CIDR) that challenge targets may never be in, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require approval for account registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval profile to be applied for ACME account registration, see Approvals. Default: None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require approval for account key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval profile to be applied for ACME account key change, see Approvals. Default: None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long an approval request waits for a decision before it expires, e.g. 7d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME client must authenticate using a valid client certificate and authorization to view, create and edit end entities as well as access the signing CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted client certificate CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of the CAs a client certificate must chain to, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred root CA subject DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there are cross certificate chains present for the designated CA, then this setting may be used to mandate a single cross certificate chain for all clients requesting through this configuration. It has a default value of &quot;default&quot; and to remove any such restriction delete the value and save the configuration. When it has a default value, finalizeOrder contains the link to the chain with default CA certificate chain and link headers in cert response contains links to alternate chains as mentioned section 7.4.2 of RFC 8555. If a chain is mandated finalizeOrder contains the link to the chain with configured cross chain and cert response do not include any links for alternate certificate chains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require External Account Binding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External Account Binding (EAB), as defined in section 7.4.3 of RFC 8555.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check CAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an authorization becomes valid, check the CAA records of the identifier (RFC 8659), including the accounturi and validationmethods parameters (RFC 8657). Only active when CAA identities are set. Default: enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New accounts per client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many accounts one client IP address (IPv6: one /64 network) may create within the window below. 0 = unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New accounts window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time span the new accounts limit counts over, e.g. 3h (at most 30d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders per account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many orders one account may create within the window below. 0 = unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New orders window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time span the new orders limit counts over, e.g. 3h (at most 30d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates per registered domain per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many certificates may name a registered domain (e.g. example.co.uk, from the public suffix list) within 7 days. 0 = unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed validations per account and identifier per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many failed authorizations one account may have for one identifier within an hour before new orders for it are refused. 0 = unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending authorizations per account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many unfinished (pending) authorizations one account may hold at once. 0 = unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dns-account-01 challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also offer dns-account-01 (IETF draft draft-ietf-acme-dns-account-label-03) for DNS identifiers, whatever the challenge types above select. It is dns-01 at a name of the account&apos;s own, _&lt;label&gt;._acme-challenge.&lt;domain&gt; with the label derived from the account URL, so several ACME clients can validate one domain at once. It can prove wildcards. No client in Debian supports it yet. Default: disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dns-persist-01 challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also offer dns-persist-01 (IETF draft draft-ietf-acme-dns-persist-02) for DNS identifiers: a persistent TXT record at _validation-persist.&lt;domain&gt; naming one of the CAA identities and the account&apos;s hashed account URI proves control for as long as it stays published (until its persistUntil, if any). Wildcards need policy=wildcard in the record. Needs 1 to 10 CAA identities, which the directory also publishes as issuerDomainNames. Default: disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse dns-01, dns-account-01 and dns-persist-01 answers that are not signed (insecure zones); bogus answers are always refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal explanation URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page explaining why certificates should be renewed early, sent as explanationURL with renewal information (ARI, RFC 9773 section 4.2). Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require approval for orders of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names whose orders wait for an admin&apos;s approval before their certificate is issued, separated by commas: exact names (www.example.com), *.example.com for every name below example.com (and the wildcard itself), IP addresses or ranges (10.0.0.0/8), or * for every order. The CSR is checked at finalization; the order then stays processing, the client polls it, and it is issued once approved, or becomes invalid when rejected or when the request expires. Empty: no order waits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasNameDialog</name>
    <message>
        <source>1 to 250 characters: letters A–Z and a–z, digits, &apos;-&apos; and &apos;_&apos;. Names are case-sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only letters A–Z and a–z, digits, &apos;-&apos; and &apos;_&apos; are allowed, at most 250 of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias named &apos;%1&apos; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasSelector</name>
    <message>
        <source>All aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AliasesPage</name>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the ACME aliases failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default alias: clients that name no alias use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default alias)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with client authentication, port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without client authentication, port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path form, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query form, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default alias, %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches this alias only while it is the default alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before this alias can be saved.</source>
        <translation>
            <numerusform>%n field needs attention before this alias can be saved.</numerusform>
            <numerusform>%n fields need attention before this alias can be saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ACME alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding alias &apos;%1&apos; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; added. Review its settings and save them before clients use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename ACME alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of alias &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming alias &apos;%1&apos; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; renamed to &apos;%2&apos;. Clients must use the new directory URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone ACME alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy of alias &apos;%1&apos;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning alias &apos;%1&apos; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; cloned as &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete ACME alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete alias &apos;%1&apos;? Clients using its directory URL will get errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting alias &apos;%1&apos; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making &apos;%1&apos; the default alias failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the default alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; can&apos;t be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving alias &apos;%1&apos; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; saved. The server uses it from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new alias with default settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set as de&amp;fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients that name no alias in the URL use the default alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no ACME aliases yet. Add one to let ACME clients request certificates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalModel</name>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, for the audit log (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the approval requests failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), newest first</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a decision</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 request %2 for alias %3 waits for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) wait for approval.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anvil: approval requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see what the client asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 request %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the client sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approving request %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejecting request %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 approved: the client&apos;s next attempt succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(scroll down for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests wait for a decision. Requests appear here when an alias requires approval for account registration or key change, or holds orders for names matching its order approval patterns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1 approved: the order&apos;s certificate is issued.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search actor, action, object or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole audit log: an edited or removed record breaks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded</source>
        <translation>
            <numerusform>%n record loaded</numerusform>
            <numerusform>%n records loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records loaded; the log holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the audit log failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>The audit log is intact: %n record checked.</numerusform>
            <numerusform>The audit log is intact: %n records checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with: record %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log has been tampered with: record %1 was altered, or the chain before it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole audit log, with its chain hashes, as CSV or JSON (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the audit log failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n audit record(s) saved to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaCreateDialog</name>
    <message>
        <source>Issuing CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root CA and an issuing CA under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA issued by an existing CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Example Root CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CN=&lt;name&gt; when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A duration such as &apos;10y&apos; or &apos;5y 6mo&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject DN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va&amp;lidity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is generated on this machine and stored only encrypted with the master key. RSA 4096 keys take a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaImportDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate may be PEM or DER, or a PEM bundle with the CA first and its issuers after it. The key may be PEM or DER, encrypted or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaModel</name>
    <message>
        <source>Chain only (no key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing (under %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid, renew early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next CRL number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasPage</name>
    <message>
        <source>CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a root CA, a root and an issuing CA, or a CA under an existing one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CA certificate and its private key (PEM or DER, encrypted or not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM and chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAs cannot be managed here: this console runs without the PKI services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the CAs failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the key for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating CA &apos;%1&apos; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing CA &apos;%1&apos; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported CA %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a CA to see its certificate, chain and CRL number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the CA failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: this CA cannot sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next CRL number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew early since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark for early re&amp;newal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell ACME clients (through renewal information, ARI) to renew every certificate this CA issued until now, e.g. after a key compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark for early renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell ACME clients to renew every certificate CA %1 issued until now? Clients that ask for renewal information (ARI) renew at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking CA %1 for early renewal failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates CA %1 issued until now are marked for early renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer ACME clients another chain for this CA, to another root (for example through a cross-certificate): a PEM file with this CA&apos;s certificate first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop offering one of this CA&apos;s chains to another root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain to another root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME clients will no longer be offered this CA&apos;s chain to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain file %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a chain to CA %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA %1 now also offers its chain to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the chain of CA %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA %1 no longer offers its chain to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternate chain to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>unspecified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>affiliation changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cessation of operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove from CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privilege withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AA compromise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateProfilesPage</name>
    <message>
        <source>Certificate profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key algorithms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC curves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA key &amp;sizes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits, separated by commas: multiples of 1024 from 2048 to 8192</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long certificates are valid, e.g. &apos;90d&apos; or &apos;1y&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one active certificate per end entity (a new one supersedes the others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificate profiles failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Search serial, subject, DNS name or IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PEM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the certificate and its chain as a PEM file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected certificate with a reason; it appears on the next CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the certificates failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate and its chain were copied as PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) loaded</source>
        <translation>
            <numerusform>%n certificate loaded</numerusform>
            <numerusform>%n certificates loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 certificates shown; scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a certificate to see its names, validity, PEM and chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading certificate %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA&apos;s chain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the certificate for %1 (serial %2)? Relying parties learn of it from the next CRL. This cannot be undone.

Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking certificate %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 revoked; it is listed on the next CRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate and chain saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke &amp;all matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every certificate that matches the search and the status filter, with one reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark for early re&amp;newal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME clients that ask for renewal information (ARI) are told to renew this certificate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of more than %2 certificates shown; scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renew early since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n certificates…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %n selected certificate(s)? Relying parties learn of it from the next CRL. This cannot be undone.

Reason:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the certificates to revoke failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate matches the search and the status filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke all %1 certificates that match the search and the status filter? Relying parties learn of it from the next CRL. This cannot be undone.

Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really revoke %1 certificates with reason &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking certificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking the certificates failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking certificates… %1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 revoked, %2 already revoked, %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before it stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk revocation cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk revocation finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk revocation finished: %1 They are listed on the next CRL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking certificate %1 for early renewal failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is marked for early renewal: ACME clients that ask for renewal information are told to renew it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders waiting for validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the dashboard figures failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME accounts (%1 active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server is not running in this console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server is starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server is listening on port(s) %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME server stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The ACME protocol is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled (enable it on the Protocol page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its TLS certificate expires %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent failed validations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live server metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests served since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency p99 (ms), all endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates issued for ACME orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unused nonces in the nonce store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same numbers as the server&apos;s /metrics, since this console started it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console hosts no ACME server: there are no live numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EabKeyCreatedDialog</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAB key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the key now.&lt;/b&gt; It is shown this once; give it to the ACME client&apos;s operator over a trusted channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certbot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lego:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EabKeyDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single use: binds one account only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt Key: store the key encrypted with the master key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New EAB key for alias %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a 256-bit MAC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a base64url MAC key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a MAC key from a PEM or DER file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asymmetric: upload a public key or X.509 certificate (PEM or DER):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base64url, at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: derived from the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &apos;kid&apos; clients send: at most %1 characters of A–Z, a–z, 0–9, &apos;-&apos; and &apos;_&apos;. Empty: base64url of the key&apos;s SHA-1 (of the fingerprint for public keys).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who or what the key is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t read this file (at most 64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.der *.crt *.cer *.key *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key identifier may only contain A–Z, a–z, 0–9, &apos;-&apos; and &apos;_&apos; (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key, base64url-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted key is not base64url (A–Z, a–z, 0–9, &apos;-&apos;, &apos;_&apos;, at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is too short: at least %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the public key or certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds no usable key (%1 to %2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry must lie in the future.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EabKeyModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC key, encrypted at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key, fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EabKeysPage</name>
    <message>
        <source>EAB keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate, paste or upload a key for this alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked keys bind no new accounts; accounts already bound stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the MAC key again; the audit log records who asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alias requires External Account Binding: new accounts need one of its active keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alias does not require External Account Binding; clients may still bind their accounts with a key. Turn it on in the alias editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the aliases failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the EAB keys of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This alias has no EAB keys yet. Create one with New key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key to see the accounts it bound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC key (%1), encrypted at rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts bound with this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading them failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating an EAB key for %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAB key %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAB key created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show EAB key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the MAC key of %1? The audit log records that you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading EAB key %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAB key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke EAB key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke EAB key %1 of alias %2? It binds no new accounts afterwards; the %n account(s) it bound stay. This cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking EAB key %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EAB key %1 revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndEntityProfilesPage</name>
    <message>
        <source>End entity profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end entity profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject &amp;DN attributes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attributes an end entity&apos;s subject may carry, separated by commas: CN, O, OU, C…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common name taken from the request (otherwise fixed by the administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS names allowed in the subject alternative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum DNS &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses allowed in the subject alternative name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;IP addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;certificate profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available certificate &amp;profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by commas; empty allows only the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default C&amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available CA&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the end entity profiles failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The operation did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists; someone may have removed it. Refresh the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It conflicts with the current state, which may have been changed by someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate request is not acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not acceptable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was replayed or came too late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An identifier is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be read or written. Check that it is reachable and not full; details are in the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cryptographic operation failed; details are in the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An internal error occurred; details are in the server log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>%1: %2 issued, %3 failed validations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed validations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by path, method, alias, account, status or problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only requests answered with a status of 400 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold new requests back while you read; they appear when you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the last %2 requests shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) held while paused</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Anvil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Anvil %1&lt;/h3&gt;&lt;p&gt;An ACME certificate authority (RFC 8555) with this administration console.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anvil ACME Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Anvil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server running on port(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate expires %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can&apos;t write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderModel</name>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing: finalized, held until an administrator decides on approval request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, issuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected, closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval request %1 was approved: the server issues the certificate within seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval request %1 was rejected: the server marks the order invalid within seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Reading the orders failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search identifier, order id or account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the certificate issued for this order in the certificates browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 orders shown; scroll down for more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its identifiers, authorizations, challenges and errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading order %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held until an administrator decides on approval request %1 (Approvals page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided: approval request %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 &apos;%2&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the %1 &apos;%2&apos; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was saved; new certificates use it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the %1 &apos;%2&apos; failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Protocol configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable the ACME protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ACME protocol is disabled by default. While it is disabled, every ACME request is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default ACME configuration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration to use without alias specified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay &amp;nonce validity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defines the validity in milliseconds of a generated replay nonce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host names and IP addresses in the server&apos;s own TLS certificate, separated by commas. The first one is used in the directory URLs shown for each alias.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ca.example.com, 192.0.2.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the ACME service without client authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS port with &amp;client authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port of the ACME service that requires a client certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP port (CRL and OCSP):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public HTTP &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL under which CRLs and CA certificates are published, written into issued certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the protocol configuration failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public HTTP base URL must be an http:// URL, e.g. http://ca.example.com:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The three ports must differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a default ACME configuration: clients that name no alias use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the protocol configuration failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The ACME protocol is enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The ACME protocol is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serve an &amp;OpenAPI description of the ACME endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default. When on, every alias answers GET openapi.json beside its directory (e.g. /acme/openapi.json, /acme/NAME/openapi.json) with an OpenAPI 3 description of its endpoints, request bodies, problem documents and status codes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Console settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings only change how this console looks on this computer. They are not shared with other administrators or the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Anvil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anvil signs ACME certificates with an issuing CA. Create a new root and issuing CA, or import the CA your organisation already has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new root CA and issuing CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue ACME certificates from an issuing CA below the root (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an existing CA (certificate and private key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM or DER certificate, or a PEM chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM or DER private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root CA subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The names and addresses ACME clients use to reach this server go into its TLS certificate. Port 8442 serves TLS, 8443 TLS with client certificates, 8080 plain HTTP for CRLs; 0 turns a listener off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host names and IP addresses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client-certificate TLS port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP port (CRLs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACME clients use an alias: a configuration with its own directory URL, profiles and rules. You can add more aliases later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the ACME protocol now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First alias:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setup failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit in alias editor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of Service settings are part of the alias configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of Service URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes of Terms of Service URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require client approval for changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree to new Terms of Service allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the aliases failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: clients need not agree to anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: after a change, accounts must agree again before they go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: a change applies without the clients agreeing again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: an account agrees with an account update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no: an account must be created anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Terms of Service versions of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TosModel</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms of Service URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts agreed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
