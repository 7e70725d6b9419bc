<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
<context>
    <name>AccountModel</name>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Inaktiverat</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Search account id, contact or key thumbprint</source>
        <translation>Sök konto-id, kontakt eller nyckelns tumavtryck</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>A&amp;lias:</source>
        <translation>A&amp;lias:</translation>
    </message>
    <message>
        <source>&amp;Deactivate account…</source>
        <translation>&amp;Inaktivera konto…</translation>
    </message>
    <message>
        <source>Deactivate the selected account, as its holder could (RFC 8555 section 7.3.6). This cannot be undone.</source>
        <translation>Inaktivera det valda kontot, som dess innehavare kan göra (RFC 8555 avsnitt 7.3.6). Det går inte att ångra.</translation>
    </message>
    <message>
        <source>All aliases</source>
        <translation>Alla alias</translation>
    </message>
    <message>
        <source>Reading the accounts failed.</source>
        <translation>Det gick inte att läsa kontona.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded</source>
        <translation>
            <numerusform>%n konto inläst</numerusform>
            <numerusform>%n konton inlästa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounts shown; scroll down for more</source>
        <translation>%1 av %2 konton visas; rulla ned för fler</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konto</numerusform>
            <numerusform>%n konton</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account to see its contacts, key and orders.</source>
        <translation>Välj ett konto för att se dess kontakter, nyckel och beställningar.</translation>
    </message>
    <message>
        <source>Reading account %1 failed.</source>
        <translation>Det gick inte att läsa konto %1.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>Nyckelns tumavtryck</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterat</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>Användarvillkor</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>inte godkända</translation>
    </message>
    <message>
        <source>%1, agreed %2</source>
        <translation>%1, godkända %2</translation>
    </message>
    <message>
        <source>External account binding</source>
        <translation>Extern kontobindning</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Klientcertifikat</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <source>%1 (%2 valid)</source>
        <translation>%1 (%2 giltiga)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Public key (JWK)</source>
        <translation>Publik nyckel (JWK)</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Inaktivera konto</translation>
    </message>
    <message>
        <source>Deactivate account %1? Its holder can no longer use it, its pending authorizations are cancelled, and this cannot be undone.</source>
        <translation>Inaktivera konto %1? Innehavaren kan inte längre använda det, dess väntande auktoriseringar avbryts och det går inte att ångra.</translation>
    </message>
    <message>
        <source>Deactivating account %1 failed.</source>
        <translation>Det gick inte att inaktivera konto %1.</translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation>Konto %1 har inaktiverats.</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <source>Enter an http or https URL, e.g. https://ca.example.com/terms, or leave it empty.</source>
        <translation>Ange en http- eller https-URL, t.ex. https://ca.example.com/terms, eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>Enter a duration such as 10d 12h, 30m or 1y 6mo (units y, mo, d, h, m, s).</source>
        <translation>Ange en varaktighet som 10d 12h, 30m eller 1y 6mo (enheter y, mo, d, h, m, s).</translation>
    </message>
    <message>
        <source>The duration must be at least 1s.</source>
        <translation>Varaktigheten måste vara minst 1s.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port. Enter port numbers from 1 to 65535 separated by commas, e.g. 22,25,80,443; leave it empty for no restriction.</source>
        <translation>&apos;%1&apos; är ingen port. Ange portnummer från 1 till 65535 åtskilda med kommatecken, t.ex. 22,25,80,443; lämna tomt för ingen begränsning.</translation>
    </message>
    <message>
        <source>Enter an IP address such as 192.0.2.53 or 2001:db8::53, or leave it empty.</source>
        <translation>Ange en IP-adress som 192.0.2.53 eller 2001:db8::53, eller lämna fältet tomt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address range. Write ranges like 10.0.0.0/8 or 2001:db8::/32.</source>
        <translation>&apos;%1&apos; är inget adressintervall. Skriv intervall som 10.0.0.0/8 eller 2001:db8::/32.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name.</source>
        <translation>&apos;%1&apos; är inget domännamn.</translation>
    </message>
    <message>
        <source>An end entity profile is required.</source>
        <translation>En slutentitetsprofil krävs.</translation>
    </message>
    <message>
        <source>A trust anchor is required; the ICANN root key is the default.</source>
        <translation>Ett förtroendeankare krävs; ICANN:s rotnyckel är standard.</translation>
    </message>
    <message>
        <source>Name at least one DN attribute, e.g. CN or UID;SN;CN.</source>
        <translation>Ange minst ett DN-attribut, t.ex. CN eller UID;SN;CN.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Värdet är inte giltigt.</translation>
    </message>
    <message>
        <source>%1 (stored as %2)</source>
        <translation>%1 (sparas som %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AliasFields</name>
    <message>
        <source>RA name generation</source>
        <translation>Generering av RA-namn</translation>
    </message>
    <message>
        <source>End entity profile</source>
        <translation>Slutentitetsprofil</translation>
    </message>
    <message>
        <source>Authorizations and challenges</source>
        <translation>Auktoriseringar och utmaningar</translation>
    </message>
    <message>
        <source>Directory and Terms of Service</source>
        <translation>Katalog och användarvillkor</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Challenge validation</source>
        <translation>Validering av utmaningar</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>Kontohantering</translation>
    </message>
    <message>
        <source>Anvil extension.</source>
        <translation>Anvil-tillägg.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>RA name generation scheme</source>
        <translation>Schema för generering av RA-namn</translation>
    </message>
    <message>
        <source>DN: Will take a part of the request DN, and use it as the username (use the list to choose which parts). Several DN attributes can be specified to have a fall-back. For example: UID;SN;CN. First, try UID. If it does not exist try SN, etc.
RANDOM (default): Uses the generated 43 character long ACME order ID.
FIXED: Enter the DN attributes manually as a semicolon-delimited String (e.g. CN;UID;SN).
USERNAME: Use the entire request DN as username. It is possible to use a constant username, as long as no DN attribute is specified, i.e. myUser.
Enable Batch generation in the end entity profile, if you don&apos;t use RANDOM usernames.</source>
        <translation>DN: Tar en del av begärans DN och använder den som användarnamn (välj delarna i listan). Flera DN-attribut kan anges som reserv, till exempel UID;SN;CN: först prövas UID, finns det inte prövas SN osv.
RANDOM (standard): Använder det genererade 43 tecken långa ACME-beställnings-id:t.
FIXED: Ange DN-attributen manuellt som en semikolonavgränsad sträng (t.ex. CN;UID;SN).
USERNAME: Använder hela begärans DN som användarnamn. Ett fast användarnamn går att använda så länge inget DN-attribut anges, t.ex. myUser.
Aktivera batchgenerering i slutentitetsprofilen om du inte använder RANDOM-användarnamn.</translation>
    </message>
    <message>
        <source>DN attributes or username</source>
        <translation>DN-attribut eller användarnamn</translation>
    </message>
    <message>
        <source>For DN and FIXED: the DN attributes to try, separated by semicolons, e.g. UID;SN;CN. For USERNAME: a constant username, or empty to use the entire request DN.</source>
        <translation>För DN och FIXED: DN-attributen som prövas, åtskilda med semikolon, t.ex. UID;SN;CN. För USERNAME: ett fast användarnamn, eller tomt för att använda hela begärans DN.</translation>
    </message>
    <message>
        <source>RA name generation prefix</source>
        <translation>Prefix för RA-namn</translation>
    </message>
    <message>
        <source>Specify a prefix to the generated username. &apos;${RANDOM}&apos; can be used to have 12 random chars as prefix.</source>
        <translation>Ange ett prefix till det genererade användarnamnet. &apos;${RANDOM}&apos; ger 12 slumpmässiga tecken som prefix.</translation>
    </message>
    <message>
        <source>RA name generation postfix</source>
        <translation>Suffix för RA-namn</translation>
    </message>
    <message>
        <source>Specify a postfix to the generated username. &apos;${RANDOM}&apos; can be used to have 12 random chars as postfix.</source>
        <translation>Ange ett suffix till det genererade användarnamnet. &apos;${RANDOM}&apos; ger 12 slumpmässiga tecken som suffix.</translation>
    </message>
    <message>
        <source>The end entity profile to use for end entities enrolled using this alias. The CA signing the certificate is the default CA of this end entity profile, and the certificate profile used for the certificate is the default certificate profile of this end entity profile.</source>
        <translation>Slutentitetsprofilen för slutentiteter som registreras via detta alias. CA:n som signerar certifikatet är profilens standard-CA, och certifikatprofilen som används är profilens standardcertifikatprofil.</translation>
    </message>
    <message>
        <source>Pre-authorization allowed</source>
        <translation>Förhandsauktorisering tillåten</translation>
    </message>
    <message>
        <source>Pre-authorization, as defined in section 7.4.1 of RFC 8555. The ACME client may authorize the certificates identifiers before order creation.</source>
        <translation>Förhandsauktorisering enligt avsnitt 7.4.1 i RFC 8555. ACME-klienten får auktorisera certifikatets identifierare innan beställningen skapas.</translation>
    </message>
    <message>
        <source>Wildcard certificate issuance allowed</source>
        <translation>Utfärdande av jokerteckencertifikat tillåtet</translation>
    </message>
    <message>
        <source>Whether this alias can be used to issue certificates with wildcard DNS names in their SANs. Refer to section 7.1.3 of RFC 8555.</source>
        <translation>Om detta alias får användas för att utfärda certifikat med DNS-namn med jokertecken i sina SAN. Se avsnitt 7.1.3 i RFC 8555.</translation>
    </message>
    <message>
        <source>Wildcard certificate with http-01 challenge allowed</source>
        <translation>Jokerteckencertifikat med http-01-utmaning tillåtet</translation>
    </message>
    <message>
        <source>If disabled, no http-01 challenge for identifiers with a wildcard (i.e. *.primekey.com) is generated. Only active if &apos;Wildcard Certificate Issuance Allowed&apos; is enabled. Default: enabled.</source>
        <translation>Om avaktiverat skapas ingen http-01-utmaning för identifierare med jokertecken (t.ex. *.primekey.com). Gäller bara om &apos;Utfärdande av jokerteckencertifikat tillåtet&apos; är aktiverat. Standard: aktiverat.</translation>
    </message>
    <message>
        <source>DNS identifier challenge types</source>
        <translation>Utmaningstyper för DNS-identifierare</translation>
    </message>
    <message>
        <source>Select Any type to create all challenge types. If only a certain challenge type is required, select for example the http-01 or dns-01 challenge only.</source>
        <translation>Välj any för att skapa alla utmaningstyper. Om bara en viss typ krävs, välj till exempel enbart http-01 eller dns-01.</translation>
    </message>
    <message>
        <source>Reuse valid authorizations</source>
        <translation>Återanvänd giltiga auktoriseringar</translation>
    </message>
    <message>
        <source>A new order for an identifier the account has already proven control of reuses that valid authorization until it expires (RFC 8555 section 7.1.3).</source>
        <translation>En ny beställning för en identifierare som kontot redan har bevisat kontroll över återanvänder den giltiga auktoriseringen tills den löper ut (RFC 8555 avsnitt 7.1.3).</translation>
    </message>
    <message>
        <source>Authorization validity</source>
        <translation>Auktoriseringens giltighetstid</translation>
    </message>
    <message>
        <source>How long a valid authorization can be reused, e.g. 30d. Format is human readable validity with second precision.</source>
        <translation>Hur länge en giltig auktorisering kan återanvändas, t.ex. 30d. Formatet är en läsbar tidsangivelse med sekundprecision.</translation>
    </message>
    <message>
        <source>Order validity</source>
        <translation>Beställningens giltighetstid</translation>
    </message>
    <message>
        <source>The time span within the challenges for the orders identifiers have to be completed. Format is human readable validity with second precision, i.e. 10d 12h or 30s 30m 1h. The format string is normalized when the form data is stored. Default value is 1h.</source>
        <translation>Tidsrymden inom vilken utmaningarna för beställningens identifierare måste slutföras. Formatet är en läsbar tidsangivelse med sekundprecision, t.ex. 10d 12h eller 30s 30m 1h. Angivelsen normaliseras när formuläret sparas. Standardvärdet är 1h.</translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation>Webbplatsens URL</translation>
    </message>
    <message>
        <source>URL to a website describing this CA. Optional. Refer to section 7.1.1 of RFC 8555.</source>
        <translation>URL till en webbplats som beskriver denna CA. Valfritt. Se avsnitt 7.1.1 i RFC 8555.</translation>
    </message>
    <message>
        <source>Terms of Service URL</source>
        <translation>URL till användarvillkor</translation>
    </message>
    <message>
        <source>URL to your terms of service for ACME. Refer to section 7.1.1 of RFC 8555.</source>
        <translation>URL till era användarvillkor för ACME. Se avsnitt 7.1.1 i RFC 8555.</translation>
    </message>
    <message>
        <source>Changes of Terms of Service URL</source>
        <translation>URL om ändrade användarvillkor</translation>
    </message>
    <message>
        <source>URL to advise how to handle changes of your terms of service for ACME. Refer to section 7.3.1 of RFC 8555.</source>
        <translation>URL som beskriver hur ändringar av era användarvillkor för ACME hanteras. Se avsnitt 7.3.1 i RFC 8555.</translation>
    </message>
    <message>
        <source>Require client approval for Terms of Service changes</source>
        <translation>Kräv klientens godkännande vid ändrade användarvillkor</translation>
    </message>
    <message>
        <source>Specifies whether users must approve the new version if the Terms of Service URL is changed. Default: enabled.</source>
        <translation>Anger om användare måste godkänna den nya versionen när URL:en till användarvillkoren ändras. Standard: aktiverat.</translation>
    </message>
    <message>
        <source>Agree to new Terms of Service allowed</source>
        <translation>Godkännande av nya användarvillkor tillåtet</translation>
    </message>
    <message>
        <source>Specifies whether users are allowed to agree to new Terms of Service after they have changed. ACME clients must request the updateAccount resource with termsOfServiceAgreed set to true. If not allowed, clients have to request a new account (including new keys). Only active if Require client approval for changes of Terms of Service is enabled. Default: enabled.</source>
        <translation>Anger om användare får godkänna nya användarvillkor efter att de har ändrats. ACME-klienter måste anropa resursen updateAccount med termsOfServiceAgreed satt till true. Om det inte är tillåtet måste klienter begära ett nytt konto (med nya nycklar). Gäller bara om Kräv klientens godkännande vid ändrade användarvillkor är aktiverat. Standard: aktiverat.</translation>
    </message>
    <message>
        <source>CAA identities</source>
        <translation>CAA-identiteter</translation>
    </message>
    <message>
        <source>Domain names that CAA records name to authorize this CA, separated by commas; published as meta.caaIdentities in the directory (RFC 8555 section 7.1.1) and used by the CAA check.</source>
        <translation>Domännamn som CAA-poster anger för att auktorisera denna CA, åtskilda med kommatecken; publiceras som meta.caaIdentities i katalogen (RFC 8555 avsnitt 7.1.1) och används av CAA-kontrollen.</translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation>DNS-resolver</translation>
    </message>
    <message>
        <source>A specified DNS resolver, used when processing dns01 challenges. Leave empty to use the system&apos;s resolvers.</source>
        <translation>En angiven DNS-resolver som används vid dns-01-utmaningar. Lämna tomt för att använda systemets resolvrar.</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>DNS-port</translation>
    </message>
    <message>
        <source>Port used for DNS communications.</source>
        <translation>Port som används för DNS-kommunikation.</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor</source>
        <translation>DNSSEC-förtroendeankare</translation>
    </message>
    <message>
        <source>The ICANN trust anchor, configurable should it ever change.</source>
        <translation>ICANN:s förtroendeankare, konfigurerbart om det någon gång ändras.</translation>
    </message>
    <message>
        <source>Require DNSSEC</source>
        <translation>Kräv DNSSEC</translation>
    </message>
    <message>
        <source>Refuse dns-01 answers that are not signed (insecure zones); bogus answers are always refused.</source>
        <translation>Avvisa dns-01-svar som inte är signerade (osäkra zoner); felaktiga svar avvisas alltid.</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Försök igen efter</translation>
    </message>
    <message>
        <source>Value used to indicate that client should try polling the authorization endpoint again after a while (in seconds). Default is 0 and this is used mainly for clients such as cert-manager which send post-as-get request while waiting for ACME server to prepare the challenge.</source>
        <translation>Värde som talar om att klienten bör fråga auktoriseringsslutpunkten igen efter en stund (i sekunder). Standard är 0; används främst för klienter som cert-manager, som skickar POST-as-GET-förfrågningar medan ACME-servern förbereder utmaningen.</translation>
    </message>
    <message>
        <source>Authorized redirect ports</source>
        <translation>Tillåtna omdirigeringsportar</translation>
    </message>
    <message>
        <source>List of authorized ports for client side redirects for the http-01 challenge validation for DNS identifiers. Default is 22,25,80,443. Leave empty for no restrictions.</source>
        <translation>Lista över tillåtna portar för omdirigeringar vid validering av http-01-utmaningar för DNS-identifierare. Standard är 22,25,80,443. Lämna tomt för ingen begränsning.</translation>
    </message>
    <message>
        <source>http-01 port</source>
        <translation>http-01-port</translation>
    </message>
    <message>
        <source>Port the http-01 challenge is fetched from. RFC 8555 requires 80; change it only on test networks.</source>
        <translation>Port som http-01-utmaningen hämtas från. RFC 8555 kräver 80; ändra den bara i testnät.</translation>
    </message>
    <message>
        <source>tls-alpn-01 port</source>
        <translation>tls-alpn-01-port</translation>
    </message>
    <message>
        <source>Port the tls-alpn-01 challenge connects to. RFC 8737 requires 443; change it only on test networks.</source>
        <translation>Port som tls-alpn-01-utmaningen ansluter till. RFC 8737 kräver 443; ändra den bara i testnät.</translation>
    </message>
    <message>
        <source>Allowed validation address ranges</source>
        <translation>Tillåtna adressintervall för validering</translation>
    </message>
    <message>
        <source>Address ranges (CIDR, e.g. 10.0.0.0/8) that challenge targets must be in, separated by commas. Empty allows any address not denied below.</source>
        <translation>Adressintervall (CIDR, t.ex. 10.0.0.0/8) som utmaningarnas mål måste ligga i, åtskilda med kommatecken. Tomt tillåter alla adresser som inte nekas nedan.</translation>
    </message>
    <message>
        <source>Denied validation address ranges</source>
        <translation>Nekade adressintervall för validering</translation>
    </message>
    <message>
        <source>Address ranges (CIDR) that challenge targets may never be in, separated by commas.</source>
        <translation>Adressintervall (CIDR) som utmaningarnas mål aldrig får ligga i, åtskilda med kommatecken.</translation>
    </message>
    <message>
        <source>Require approval for account registration</source>
        <translation>Kräv godkännande för kontoregistrering</translation>
    </message>
    <message>
        <source>Approval profile to be applied for ACME account registration, see Approvals. Default: None.</source>
        <translation>Godkännandeprofil för registrering av ACME-konton, se Godkännanden. Standard: ingen.</translation>
    </message>
    <message>
        <source>Require approval for account key change</source>
        <translation>Kräv godkännande för byte av kontonyckel</translation>
    </message>
    <message>
        <source>Approval profile to be applied for ACME account key change, see Approvals. Default: None.</source>
        <translation>Godkännandeprofil för byte av nyckel för ACME-konton, se Godkännanden. Standard: ingen.</translation>
    </message>
    <message>
        <source>Approval validity</source>
        <translation>Godkännandets giltighetstid</translation>
    </message>
    <message>
        <source>How long an approval request waits for a decision before it expires, e.g. 7d.</source>
        <translation>Hur länge en begäran om godkännande väntar på beslut innan den löper ut, t.ex. 7d.</translation>
    </message>
    <message>
        <source>Require client certificate</source>
        <translation>Kräv klientcertifikat</translation>
    </message>
    <message>
        <source>The ACME client must authenticate using a valid client certificate and authorization to view, create and edit end entities as well as access the signing CA.</source>
        <translation>ACME-klienten måste autentisera sig med ett giltigt klientcertifikat och ha behörighet att visa, skapa och ändra slutentiteter samt komma åt den signerande CA:n.</translation>
    </message>
    <message>
        <source>Trusted client certificate CAs</source>
        <translation>Betrodda CA:er för klientcertifikat</translation>
    </message>
    <message>
        <source>Names of the CAs a client certificate must chain to, separated by commas.</source>
        <translation>Namn på de CA:er som ett klientcertifikat måste kedja till, åtskilda med kommatecken.</translation>
    </message>
    <message>
        <source>Preferred root CA subject DN</source>
        <translation>Föredragen rot-CA:s subjekt-DN</translation>
    </message>
    <message>
        <source>If there are cross certificate chains present for the designated CA, then this setting may be used to mandate a single cross certificate chain for all clients requesting through this configuration. It has a default value of &quot;default&quot; and to remove any such restriction delete the value and save the configuration. When it has a default value, finalizeOrder contains the link to the chain with default CA certificate chain and link headers in cert response contains links to alternate chains as mentioned section 7.4.2 of RFC 8555. If a chain is mandated finalizeOrder contains the link to the chain with configured cross chain and cert response do not include any links for alternate certificate chains.</source>
        <translation>Om det finns korscertifierade kedjor för den angivna CA:n kan denna inställning användas för att föreskriva en enda korscertifikatkedja för alla klienter som begär via denna konfiguration. Standardvärdet är &quot;default&quot;; ta bort värdet och spara konfigurationen för att ta bort en sådan begränsning. Med standardvärdet innehåller finalizeOrder länken till kedjan med CA:ns standardkedja, och Link-huvudena i certifikatsvaret innehåller länkar till alternativa kedjor enligt avsnitt 7.4.2 i RFC 8555. Om en kedja föreskrivs innehåller finalizeOrder länken till den konfigurerade korskedjan och certifikatsvaret innehåller inga länkar till alternativa kedjor.</translation>
    </message>
    <message>
        <source>Require External Account Binding</source>
        <translation>Kräv extern kontobindning</translation>
    </message>
    <message>
        <source>External Account Binding (EAB), as defined in section 7.4.3 of RFC 8555.</source>
        <translation>Extern kontobindning (EAB) enligt avsnitt 7.4.3 i RFC 8555.</translation>
    </message>
</context>
<context>
    <name>AliasNameDialog</name>
    <message>
        <source>1 to 250 characters: letters A–Z and a–z, digits, &apos;-&apos; and &apos;_&apos;. Names are case-sensitive.</source>
        <translation>1 till 250 tecken: bokstäverna A–Z och a–z, siffror, &apos;-&apos; och &apos;_&apos;. Skiftläget har betydelse.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Ange ett namn.</translation>
    </message>
    <message>
        <source>Only letters A–Z and a–z, digits, &apos;-&apos; and &apos;_&apos; are allowed, at most 250 of them.</source>
        <translation>Endast bokstäverna A–Z och a–z, siffror, &apos;-&apos; och &apos;_&apos; är tillåtna, högst 250 tecken.</translation>
    </message>
    <message>
        <source>An alias named &apos;%1&apos; already exists.</source>
        <translation>Det finns redan ett alias med namnet &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>AliasesPage</name>
    <message>
        <source>Copied %1</source>
        <translation>Kopierade %1</translation>
    </message>
    <message>
        <source>ACME aliases</source>
        <translation>ACME-alias</translation>
    </message>
    <message>
        <source>Reading the ACME aliases failed.</source>
        <translation>Det gick inte att läsa ACME-aliasen.</translation>
    </message>
    <message>
        <source>The default alias: clients that name no alias use it.</source>
        <translation>Standardaliaset: klienter som inte anger något alias använder det.</translation>
    </message>
    <message>
        <source>with client authentication, port %1</source>
        <translation>med klientautentisering, port %1</translation>
    </message>
    <message>
        <source>without client authentication, port %1</source>
        <translation>utan klientautentisering, port %1</translation>
    </message>
    <message>
        <source>Path form, %1:</source>
        <translation>Sökvägsform, %1:</translation>
    </message>
    <message>
        <source>Query form, %1:</source>
        <translation>Frågeform, %1:</translation>
    </message>
    <message>
        <source>Default alias, %1:</source>
        <translation>Standardalias, %1:</translation>
    </message>
    <message>
        <source>Reaches this alias only while it is the default alias.</source>
        <translation>Når detta alias bara så länge det är standardalias.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before this alias can be saved.</source>
        <translation>
            <numerusform>%n fält måste rättas innan aliaset kan sparas.</numerusform>
            <numerusform>%n fält måste rättas innan aliaset kan sparas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; has unsaved changes. Discard them?</source>
        <translation>Aliaset &apos;%1&apos; har osparade ändringar. Vill du kasta dem?</translation>
    </message>
    <message>
        <source>Add ACME alias</source>
        <translation>Lägg till ACME-alias</translation>
    </message>
    <message>
        <source>Name of the new alias:</source>
        <translation>Namn på det nya aliaset:</translation>
    </message>
    <message>
        <source>Adding alias &apos;%1&apos; failed.</source>
        <translation>Det gick inte att lägga till aliaset &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; added. Review its settings and save them before clients use it.</source>
        <translation>Aliaset &apos;%1&apos; har lagts till. Granska och spara inställningarna innan klienter använder det.</translation>
    </message>
    <message>
        <source>Rename ACME alias</source>
        <translation>Byt namn på ACME-alias</translation>
    </message>
    <message>
        <source>New name of alias &apos;%1&apos;:</source>
        <translation>Nytt namn på aliaset &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Renaming alias &apos;%1&apos; failed.</source>
        <translation>Det gick inte att byta namn på aliaset &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; renamed to &apos;%2&apos;. Clients must use the new directory URL.</source>
        <translation>Aliaset &apos;%1&apos; heter nu &apos;%2&apos;. Klienter måste använda den nya katalog-URL:en.</translation>
    </message>
    <message>
        <source>Clone ACME alias</source>
        <translation>Klona ACME-alias</translation>
    </message>
    <message>
        <source>Name of the copy of alias &apos;%1&apos;:</source>
        <translation>Namn på kopian av aliaset &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Cloning alias &apos;%1&apos; failed.</source>
        <translation>Det gick inte att klona aliaset &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; cloned as &apos;%2&apos;.</source>
        <translation>Aliaset &apos;%1&apos; har klonats som &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Delete ACME alias</source>
        <translation>Ta bort ACME-alias</translation>
    </message>
    <message>
        <source>Delete alias &apos;%1&apos;? Clients using its directory URL will get errors.</source>
        <translation>Ta bort aliaset &apos;%1&apos;? Klienter som använder dess katalog-URL får fel.</translation>
    </message>
    <message>
        <source>Deleting alias &apos;%1&apos; failed.</source>
        <translation>Det gick inte att ta bort aliaset &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; deleted.</source>
        <translation>Aliaset &apos;%1&apos; har tagits bort.</translation>
    </message>
    <message>
        <source>Making &apos;%1&apos; the default alias failed.</source>
        <translation>Det gick inte att göra &apos;%1&apos; till standardalias.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the default alias.</source>
        <translation>&apos;%1&apos; är nu standardalias.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; can&apos;t be saved.</source>
        <translation>Aliaset &apos;%1&apos; kan inte sparas.</translation>
    </message>
    <message>
        <source>Saving alias &apos;%1&apos; failed.</source>
        <translation>Det gick inte att spara aliaset &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; saved. The server uses it from now on.</source>
        <translation>Aliaset &apos;%1&apos; har sparats. Servern använder det från och med nu.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Add a new alias with default settings</source>
        <translation>Lägg till ett nytt alias med standardinställningar</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Byt &amp;namn…</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Klona…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Set as de&amp;fault</source>
        <translation>Gör till stan&amp;dard</translation>
    </message>
    <message>
        <source>Clients that name no alias in the URL use the default alias</source>
        <translation>Klienter som inte anger något alias i URL:en använder standardaliaset</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Directory URLs</source>
        <translation>Katalog-URL:er</translation>
    </message>
    <message>
        <source>There are no ACME aliases yet. Add one to let ACME clients request certificates.</source>
        <translation>Det finns inga ACME-alias ännu. Lägg till ett så att ACME-klienter kan begära certifikat.</translation>
    </message>
    <message>
        <source>%1 (default alias)</source>
        <translation>%1 (standardalias)</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search actor, action, object or details</source>
        <translation>Sök aktör, åtgärd, objekt eller detaljer</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verifiera kedjan</translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole audit log: an edited or removed record breaks it.</source>
        <translation>Beräkna om hashkedjan för hela granskningsloggen: en ändrad eller borttagen post bryter den.</translation>
    </message>
    <message>
        <source>Reading the audit log failed.</source>
        <translation>Det gick inte att läsa granskningsloggen.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded</source>
        <translation>
            <numerusform>%n post inläst</numerusform>
            <numerusform>%n poster inlästa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records loaded; the log holds %2</source>
        <translation>%1 poster inlästa; loggen innehåller %2</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verifierar…</translation>
    </message>
    <message>
        <source>Verifying the audit log failed.</source>
        <translation>Det gick inte att verifiera granskningsloggen.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Granskningsloggen är intakt: %n post kontrollerad.</numerusform>
            <numerusform>Granskningsloggen är intakt: %n poster kontrollerade.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with: record %1 is missing.</source>
        <translation>Granskningsloggen har manipulerats: post %1 saknas.</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: record %1 was altered, or the chain before it was.</source>
        <translation>Granskningsloggen har manipulerats: post %1, eller kedjan före den, har ändrats.</translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>unspecified</source>
        <translation>ospecificerat</translation>
    </message>
    <message>
        <source>key compromise</source>
        <translation>nyckeln röjd</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA röjd</translation>
    </message>
    <message>
        <source>affiliation changed</source>
        <translation>tillhörighet ändrad</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersatt</translation>
    </message>
    <message>
        <source>cessation of operation</source>
        <translation>verksamheten upphört</translation>
    </message>
    <message>
        <source>certificate hold</source>
        <translation>spärrat tillfälligt</translation>
    </message>
    <message>
        <source>remove from CRL</source>
        <translation>ta bort från spärrlista</translation>
    </message>
    <message>
        <source>privilege withdrawn</source>
        <translation>behörighet återkallad</translation>
    </message>
    <message>
        <source>AA compromise</source>
        <translation>AA röjd</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>orsak %1</translation>
    </message>
    <message>
        <source>Revoked (%1)</source>
        <translation>Återkallat (%1)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallat</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgånget</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Search serial, subject, DNS name or IP address</source>
        <translation>Sök serienummer, subjekt, DNS-namn eller IP-adress</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kedja</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>&amp;Kopiera PEM</translation>
    </message>
    <message>
        <source>&amp;Export PEM…</source>
        <translation>&amp;Exportera PEM…</translation>
    </message>
    <message>
        <source>Save the certificate and its chain as a PEM file</source>
        <translation>Spara certifikatet och dess kedja som en PEM-fil</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate with a reason; it appears on the next CRL</source>
        <translation>Återkalla det valda certifikatet med en orsak; det hamnar på nästa spärrlista</translation>
    </message>
    <message>
        <source>Reading the certificates failed.</source>
        <translation>Det gick inte att läsa certifikaten.</translation>
    </message>
    <message>
        <source>The certificate and its chain were copied as PEM.</source>
        <translation>Certifikatet och dess kedja kopierades som PEM.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgånget</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallat</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) loaded</source>
        <translation>
            <numerusform>%n certifikat inläst</numerusform>
            <numerusform>%n certifikat inlästa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 certifikat</translation>
    </message>
    <message>
        <source>%1 of %2 certificates shown; scroll down for more</source>
        <translation>%1 av %2 certifikat visas; rulla ned för fler</translation>
    </message>
    <message>
        <source>Select a certificate to see its names, validity, PEM and chain.</source>
        <translation>Välj ett certifikat för att se dess namn, giltighet, PEM och kedja.</translation>
    </message>
    <message>
        <source>Reading certificate %1 failed.</source>
        <translation>Det gick inte att läsa certifikat %1.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternativa subjektnamn</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Giltigt från</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltigt till</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Utökad nyckelanvändning</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Beställning</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Utfärdat</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s chain is not available.</source>
        <translation>Den utfärdande CA:ns kedja är inte tillgänglig.</translation>
    </message>
    <message>
        <source>Revoke certificate</source>
        <translation>Återkalla certifikat</translation>
    </message>
    <message>
        <source>Revoke the certificate for %1 (serial %2)? Relying parties learn of it from the next CRL. This cannot be undone.

Reason:</source>
        <translation>Återkalla certifikatet för %1 (serienummer %2)? Förlitande parter får veta det via nästa spärrlista. Det går inte att ångra.

Orsak:</translation>
    </message>
    <message>
        <source>Revoking certificate %1 failed.</source>
        <translation>Det gick inte att återkalla certifikat %1.</translation>
    </message>
    <message>
        <source>Certificate %1 revoked; it is listed on the next CRL.</source>
        <translation>Certifikat %1 har återkallats; det listas på nästa spärrlista.</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Exportera certifikat</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-filer (*.pem *.crt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The certificate could not be written to %1.</source>
        <translation>Certifikatet kunde inte skrivas till %1.</translation>
    </message>
    <message>
        <source>Certificate and chain saved to %1.</source>
        <translation>Certifikat och kedja sparade i %1.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>The last 14 days</source>
        <translation>De senaste 14 dagarna</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Senaste aktivitet</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>ACME accounts</source>
        <translation>ACME-konton</translation>
    </message>
    <message>
        <source>Orders waiting for validation</source>
        <translation>Beställningar som väntar på validering</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>Slutförda beställningar</translation>
    </message>
    <message>
        <source>Orders failed</source>
        <translation>Misslyckade beställningar</translation>
    </message>
    <message>
        <source>Valid certificates</source>
        <translation>Giltiga certifikat</translation>
    </message>
    <message>
        <source>Issued today</source>
        <translation>Utfärdade i dag</translation>
    </message>
    <message>
        <source>Revoked today</source>
        <translation>Återkallade i dag</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Upphör inom 30 dagar</translation>
    </message>
    <message>
        <source>Approvals pending</source>
        <translation>Väntande godkännanden</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Certifikatutfärdare</translation>
    </message>
    <message>
        <source>Reading the dashboard figures failed.</source>
        <translation>Det gick inte att läsa översiktens siffror.</translation>
    </message>
    <message>
        <source>ACME accounts (%1 active)</source>
        <translation>ACME-konton (%1 aktiva)</translation>
    </message>
    <message>
        <source>The ACME server is not running in this console.</source>
        <translation>ACME-servern körs inte i denna konsol.</translation>
    </message>
    <message>
        <source>The ACME server is starting.</source>
        <translation>ACME-servern startar.</translation>
    </message>
    <message>
        <source>The ACME server is listening on port(s) %1.</source>
        <translation>ACME-servern lyssnar på port %1.</translation>
    </message>
    <message>
        <source>The ACME server stopped: %1</source>
        <translation>ACME-servern stoppades: %1</translation>
    </message>
    <message>
        <source>%1 The ACME protocol is %2.</source>
        <translation>%1 ACME-protokollet är %2.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiverat</translation>
    </message>
    <message>
        <source>disabled (enable it on the Protocol page)</source>
        <translation>avaktiverat (aktivera det på sidan Protokoll)</translation>
    </message>
    <message>
        <source>Its TLS certificate expires %1.</source>
        <translation>Dess TLS-certifikat löper ut %1.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The operation did not complete.</source>
        <translation>Åtgärden slutfördes inte.</translation>
    </message>
    <message>
        <source>It no longer exists; someone may have removed it. Refresh the page.</source>
        <translation>Det finns inte längre; någon kan ha tagit bort det. Uppdatera sidan.</translation>
    </message>
    <message>
        <source>It conflicts with the current state, which may have been changed by someone else.</source>
        <translation>Det står i konflikt med det aktuella läget, som någon annan kan ha ändrat.</translation>
    </message>
    <message>
        <source>A value is not valid.</source>
        <translation>Ett värde är inte giltigt.</translation>
    </message>
    <message>
        <source>This is not allowed.</source>
        <translation>Det är inte tillåtet.</translation>
    </message>
    <message>
        <source>Too many requests; try again shortly.</source>
        <translation>För många förfrågningar; försök igen om en stund.</translation>
    </message>
    <message>
        <source>The certificate request is not acceptable.</source>
        <translation>Certifikatbegäran kan inte godtas.</translation>
    </message>
    <message>
        <source>The signature algorithm is not supported.</source>
        <translation>Signaturalgoritmen stöds inte.</translation>
    </message>
    <message>
        <source>The public key is not acceptable.</source>
        <translation>Den publika nyckeln kan inte godtas.</translation>
    </message>
    <message>
        <source>The request was replayed or came too late.</source>
        <translation>Begäran upprepades eller kom för sent.</translation>
    </message>
    <message>
        <source>The profile is not valid.</source>
        <translation>Profilen är inte giltig.</translation>
    </message>
    <message>
        <source>An identifier is not allowed.</source>
        <translation>En identifierare är inte tillåten.</translation>
    </message>
    <message>
        <source>This is not supported.</source>
        <translation>Det stöds inte.</translation>
    </message>
    <message>
        <source>The database could not be read or written. Check that it is reachable and not full; details are in the server log.</source>
        <translation>Databasen kunde inte läsas eller skrivas. Kontrollera att den går att nå och inte är full; detaljer finns i serverloggen.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed; details are in the server log.</source>
        <translation>En kryptografisk åtgärd misslyckades; detaljer finns i serverloggen.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>En fil kunde inte läsas eller skrivas.</translation>
    </message>
    <message>
        <source>An internal error occurred; details are in the server log.</source>
        <translation>Ett internt fel inträffade; detaljer finns i serverloggen.</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <source>%1: %2 issued, %3 failed validations</source>
        <translation>%1: %2 utfärdade, %3 misslyckade valideringar</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Utfärdade certifikat</translation>
    </message>
    <message>
        <source>Failed validations</source>
        <translation>Misslyckade valideringar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Anvil</source>
        <translation>Om Anvil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Anvil %1&lt;/h3&gt;&lt;p&gt;An ACME certificate authority (RFC 8555) with this administration console.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Anvil %1&lt;/h3&gt;&lt;p&gt;En ACME-certifikatutfärdare (RFC 8555) med denna administrationskonsol.&lt;/p&gt;&lt;p&gt;Licensierad under GNU GPL, version 3 eller senare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Anvil ACME Console</source>
        <translation>Anvil ACME-konsol</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;vsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Anvil</source>
        <translation>&amp;Om Anvil</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Databas</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Server not running</source>
        <translation>Servern körs inte</translation>
    </message>
    <message>
        <source>Server starting…</source>
        <translation>Servern startar…</translation>
    </message>
    <message>
        <source>Server running on port(s) %1</source>
        <translation>Servern körs på port %1</translation>
    </message>
    <message>
        <source>Server stopped: %1</source>
        <translation>Servern stoppad: %1</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate expires %1.</source>
        <translation>Serverns TLS-certifikat löper ut %1.</translation>
    </message>
    <message>
        <source>ACME state unknown</source>
        <translation>ACME-läge okänt</translation>
    </message>
    <message>
        <source>ACME enabled</source>
        <translation>ACME aktiverat</translation>
    </message>
    <message>
        <source>ACME disabled</source>
        <translation>ACME avaktiverat</translation>
    </message>
    <message>
        <source>Can&apos;t create the folder %1.</source>
        <translation>Det går inte att skapa mappen %1.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1.</source>
        <translation>Det går inte att skriva %1.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ProtocolPage</name>
    <message>
        <source>Protocol configuration</source>
        <translation>Protokollkonfiguration</translation>
    </message>
    <message>
        <source>ACME</source>
        <translation>ACME</translation>
    </message>
    <message>
        <source>&amp;Enable the ACME protocol</source>
        <translation>&amp;Aktivera ACME-protokollet</translation>
    </message>
    <message>
        <source>The ACME protocol is disabled by default. While it is disabled, every ACME request is refused.</source>
        <translation>ACME-protokollet är avaktiverat som standard. Så länge det är avaktiverat avvisas alla ACME-förfrågningar.</translation>
    </message>
    <message>
        <source>&amp;Default ACME configuration:</source>
        <translation>&amp;Standardkonfiguration för ACME:</translation>
    </message>
    <message>
        <source>The configuration to use without alias specified.</source>
        <translation>Konfigurationen som används när inget alias anges.</translation>
    </message>
    <message>
        <source>Replay &amp;nonce validity:</source>
        <translation>Giltighetstid för replay-&amp;nonce:</translation>
    </message>
    <message>
        <source>Defines the validity in milliseconds of a generated replay nonce.</source>
        <translation>Anger giltighetstiden i millisekunder för en genererad replay-nonce.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server &amp;names:</source>
        <translation>Server&amp;namn:</translation>
    </message>
    <message>
        <source>Host names and IP addresses in the server&apos;s own TLS certificate, separated by commas. The first one is used in the directory URLs shown for each alias.</source>
        <translation>Värdnamn och IP-adresser i serverns eget TLS-certifikat, åtskilda med kommatecken. Det första används i katalog-URL:erna som visas för varje alias.</translation>
    </message>
    <message>
        <source>ca.example.com, 192.0.2.10</source>
        <translation>ca.example.com, 192.0.2.10</translation>
    </message>
    <message>
        <source>HTTPS &amp;port:</source>
        <translation>HTTPS-&amp;port:</translation>
    </message>
    <message>
        <source>Port of the ACME service without client authentication.</source>
        <translation>Port för ACME-tjänsten utan klientautentisering.</translation>
    </message>
    <message>
        <source>HTTPS port with &amp;client authentication:</source>
        <translation>HTTPS-port med &amp;klientautentisering:</translation>
    </message>
    <message>
        <source>Port of the ACME service that requires a client certificate.</source>
        <translation>Port för ACME-tjänsten som kräver klientcertifikat.</translation>
    </message>
    <message>
        <source>HTTP port (CRL and OCSP):</source>
        <translation>HTTP-port (CRL och OCSP):</translation>
    </message>
    <message>
        <source>Public HTTP &amp;base URL:</source>
        <translation>Publik HTTP-&amp;bas-URL:</translation>
    </message>
    <message>
        <source>Base URL under which CRLs and CA certificates are published, written into issued certificates.</source>
        <translation>Bas-URL där spärrlistor och CA-certifikat publiceras; skrivs in i utfärdade certifikat.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Reading the protocol configuration failed.</source>
        <translation>Det gick inte att läsa protokollkonfigurationen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an IP address.</source>
        <translation>&apos;%1&apos; är varken ett värdnamn eller en IP-adress.</translation>
    </message>
    <message>
        <source>The public HTTP base URL must be an http:// URL, e.g. http://ca.example.com:8080.</source>
        <translation>Den publika HTTP-bas-URL:en måste vara en http://-URL, t.ex. http://ca.example.com:8080.</translation>
    </message>
    <message>
        <source>The three ports must differ.</source>
        <translation>De tre portarna måste vara olika.</translation>
    </message>
    <message>
        <source>Choose a default ACME configuration: clients that name no alias use it.</source>
        <translation>Välj en standardkonfiguration för ACME: klienter som inte anger något alias använder den.</translation>
    </message>
    <message>
        <source>The settings are not valid.</source>
        <translation>Inställningarna är inte giltiga.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Saving the protocol configuration failed.</source>
        <translation>Det gick inte att spara protokollkonfigurationen.</translation>
    </message>
    <message>
        <source>Saved. The ACME protocol is enabled.</source>
        <translation>Sparat. ACME-protokollet är aktiverat.</translation>
    </message>
    <message>
        <source>Saved. The ACME protocol is disabled.</source>
        <translation>Sparat. ACME-protokollet är avaktiverat.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Console settings</source>
        <translation>Konsolinställningar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Utseende:</translation>
    </message>
    <message>
        <source>These settings only change how this console looks on this computer. They are not shared with other administrators or the server.</source>
        <translation>Dessa inställningar ändrar bara hur konsolen ser ut på den här datorn. De delas inte med andra administratörer eller servern.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemets språk</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Ljust</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Mörkt</translation>
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
        <translation type="unfinished">Server</translation>
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
        <translation type="unfinished">ACME</translation>
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
</TS>
