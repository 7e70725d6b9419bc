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
    <message>
        <source>&apos;%1&apos; is not a name pattern. Write names like www.example.com or *.prod.example.com, addresses like 192.0.2.7 or 10.0.0.0/8, or * for every order.</source>
        <translation>&apos;%1&apos; är inget namnmönster. Skriv namn som www.example.com eller *.prod.example.com, adresser som 192.0.2.7 eller 10.0.0.0/8, eller * för varje order.</translation>
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
    <message>
        <source>Rate limits</source>
        <translation>Hastighetsgränser</translation>
    </message>
    <message>
        <source>Check CAA</source>
        <translation>Kontrollera CAA</translation>
    </message>
    <message>
        <source>Before an authorization becomes valid, check the CAA records of the identifier (RFC 8659), including the accounturi and validationmethods parameters (RFC 8657). Only active when CAA identities are set. Default: enabled.</source>
        <translation>Kontrollera identifierarens CAA-poster (RFC 8659), inklusive parametrarna accounturi och validationmethods (RFC 8657), innan en auktorisering blir giltig. Endast aktivt när CAA-identiteter är angivna. Standard: aktiverat.</translation>
    </message>
    <message>
        <source>New accounts per client address</source>
        <translation>Nya konton per klientadress</translation>
    </message>
    <message>
        <source>How many accounts one client IP address (IPv6: one /64 network) may create within the window below. 0 = unlimited.</source>
        <translation>Hur många konton en klients IP-adress (IPv6: ett /64-nät) får skapa inom tidsfönstret nedan. 0 = obegränsat.</translation>
    </message>
    <message>
        <source>New accounts window</source>
        <translation>Tidsfönster för nya konton</translation>
    </message>
    <message>
        <source>The time span the new accounts limit counts over, e.g. 3h (at most 30d).</source>
        <translation>Tidsperioden som gränsen för nya konton räknas över, t.ex. 3h (högst 30d).</translation>
    </message>
    <message>
        <source>New orders per account</source>
        <translation>Nya beställningar per konto</translation>
    </message>
    <message>
        <source>How many orders one account may create within the window below. 0 = unlimited.</source>
        <translation>Hur många beställningar ett konto får skapa inom tidsfönstret nedan. 0 = obegränsat.</translation>
    </message>
    <message>
        <source>New orders window</source>
        <translation>Tidsfönster för nya beställningar</translation>
    </message>
    <message>
        <source>The time span the new orders limit counts over, e.g. 3h (at most 30d).</source>
        <translation>Tidsperioden som gränsen för nya beställningar räknas över, t.ex. 3h (högst 30d).</translation>
    </message>
    <message>
        <source>Certificates per registered domain per week</source>
        <translation>Certifikat per registrerad domän och vecka</translation>
    </message>
    <message>
        <source>How many certificates may name a registered domain (e.g. example.co.uk, from the public suffix list) within 7 days. 0 = unlimited.</source>
        <translation>Hur många certifikat som får ange en registrerad domän (t.ex. example.co.uk, enligt Public Suffix List) inom 7 dagar. 0 = obegränsat.</translation>
    </message>
    <message>
        <source>Failed validations per account and identifier per hour</source>
        <translation>Misslyckade valideringar per konto och identifierare per timme</translation>
    </message>
    <message>
        <source>How many failed authorizations one account may have for one identifier within an hour before new orders for it are refused. 0 = unlimited.</source>
        <translation>Hur många misslyckade auktoriseringar ett konto får ha för en identifierare inom en timme innan nya beställningar för den avvisas. 0 = obegränsat.</translation>
    </message>
    <message>
        <source>Pending authorizations per account</source>
        <translation>Väntande auktoriseringar per konto</translation>
    </message>
    <message>
        <source>How many unfinished (pending) authorizations one account may hold at once. 0 = unlimited.</source>
        <translation>Hur många oavslutade (väntande) auktoriseringar ett konto får ha samtidigt. 0 = obegränsat.</translation>
    </message>
    <message>
        <source>dns-account-01 challenge</source>
        <translation>dns-account-01-utmaning</translation>
    </message>
    <message>
        <source>Also offer dns-account-01 (IETF draft draft-ietf-acme-dns-account-label-03) for DNS identifiers, whatever the challenge types above select. It is dns-01 at a name of the account&apos;s own, _&lt;label&gt;._acme-challenge.&lt;domain&gt; with the label derived from the account URL, so several ACME clients can validate one domain at once. It can prove wildcards. No client in Debian supports it yet. Default: disabled.</source>
        <translation>Erbjud även dns-account-01 (IETF-utkastet draft-ietf-acme-dns-account-label-03) för DNS-identifierare, oavsett vilka utmaningstyper som valts ovan. Det är dns-01 på ett namn som hör till kontot, _&lt;etikett&gt;._acme-challenge.&lt;domän&gt; där etiketten härleds från kontots URL, så att flera ACME-klienter kan validera samma domän samtidigt. Det kan bevisa jokertecken. Ingen klient i Debian stöder det ännu. Standard: av.</translation>
    </message>
    <message>
        <source>dns-persist-01 challenge</source>
        <translation>dns-persist-01-utmaning</translation>
    </message>
    <message>
        <source>Also offer dns-persist-01 (IETF draft draft-ietf-acme-dns-persist-02) for DNS identifiers: a persistent TXT record at _validation-persist.&lt;domain&gt; naming one of the CAA identities and the account&apos;s hashed account URI proves control for as long as it stays published (until its persistUntil, if any). Wildcards need policy=wildcard in the record. Needs 1 to 10 CAA identities, which the directory also publishes as issuerDomainNames. Default: disabled.</source>
        <translation>Erbjud även dns-persist-01 (IETF-utkastet draft-ietf-acme-dns-persist-02) för DNS-identifierare: en bestående TXT-post på _validation-persist.&lt;domän&gt; som nämner en av CAA-identiteterna och kontots hashade konto-URI bevisar kontroll så länge den är publicerad (till dess persistUntil, om den finns). Jokertecken kräver policy=wildcard i posten. Kräver 1 till 10 CAA-identiteter, som katalogen även publicerar som issuerDomainNames. Standard: av.</translation>
    </message>
    <message>
        <source>Refuse dns-01, dns-account-01 and dns-persist-01 answers that are not signed (insecure zones); bogus answers are always refused.</source>
        <translation>Avvisa svar för dns-01, dns-account-01 och dns-persist-01 som inte är signerade (osäkra zoner); felaktiga (bogus) svar avvisas alltid.</translation>
    </message>
    <message>
        <source>Renewal explanation URL</source>
        <translation>URL med förklaring om förnyelse</translation>
    </message>
    <message>
        <source>A page explaining why certificates should be renewed early, sent as explanationURL with renewal information (ARI, RFC 9773 section 4.2). Optional.</source>
        <translation>En sida som förklarar varför certifikat bör förnyas i förtid, skickas som explanationURL med förnyelseinformationen (ARI, RFC 9773 avsnitt 4.2). Valfri.</translation>
    </message>
    <message>
        <source>Require approval for orders of</source>
        <translation>Kräv godkännande för order på</translation>
    </message>
    <message>
        <source>Names whose orders wait for an admin&apos;s approval before their certificate is issued, separated by commas: exact names (www.example.com), *.example.com for every name below example.com (and the wildcard itself), IP addresses or ranges (10.0.0.0/8), or * for every order. The CSR is checked at finalization; the order then stays processing, the client polls it, and it is issued once approved, or becomes invalid when rejected or when the request expires. Empty: no order waits.</source>
        <translation>Namn vars order väntar på en administratörs godkännande innan certifikatet utfärdas, kommaseparerade: exakta namn (www.example.com), *.example.com för varje namn under example.com (och själva jokertecknet), IP-adresser eller intervall (10.0.0.0/8), eller * för varje order. CSR:en kontrolleras vid slutförandet; ordern förblir sedan under behandling, klienten frågar efter den och den utfärdas när den godkänts, eller blir ogiltig när den avvisas eller när begäran löper ut. Tomt: ingen order väntar.</translation>
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
    <name>AliasSelector</name>
    <message>
        <source>All aliases</source>
        <translation>Alla alias</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
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
    <name>ApprovalModel</name>
    <message>
        <source>Registration</source>
        <translation>Registrering</translation>
    </message>
    <message>
        <source>Key change</source>
        <translation>Nyckelbyte</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Avvisad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Slutförd</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Upphör %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>Nyckelns tumavtryck</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Begärd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Beslutad av</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approvals (%1)</source>
        <translation>Godkännanden (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Godkännanden</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alla begäranden</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Why, for the audit log (optional)</source>
        <translation>Motivering för granskningsloggen (valfritt)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Godkänn</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Avvisa</translation>
    </message>
    <message>
        <source>Reading the approval requests failed.</source>
        <translation>Det gick inte att läsa godkännandebegärandena.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), newest first</source>
        <translation>
            <numerusform>%n begäran, nyaste först</numerusform>
            <numerusform>%n begäranden, nyaste först</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n begäran väntar på beslut</numerusform>
            <numerusform>%n begäranden väntar på beslut</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 request %2 for alias %3 waits for approval.</source>
        <translation>Begäran %2 (%1) för aliaset %3 väntar på godkännande.</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) wait for approval.</source>
        <translation>
            <numerusform>%n ny begäran väntar på godkännande.</numerusform>
            <numerusform>%n nya begäranden väntar på godkännande.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anvil: approval requested</source>
        <translation>Anvil: godkännande begärt</translation>
    </message>
    <message>
        <source>Select a request to see what the client asked for.</source>
        <translation>Välj en begäran för att se vad klienten bad om.</translation>
    </message>
    <message>
        <source>%1 request %2</source>
        <translation>Begäran %2 (%1)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>Nyckelns tumavtryck</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Begärd</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutad</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>What the client sent</source>
        <translation>Vad klienten skickade</translation>
    </message>
    <message>
        <source>Approving request %1 failed.</source>
        <translation>Det gick inte att godkänna begäran %1.</translation>
    </message>
    <message>
        <source>Rejecting request %1 failed.</source>
        <translation>Det gick inte att avvisa begäran %1.</translation>
    </message>
    <message>
        <source>Request %1 approved: the client&apos;s next attempt succeeds.</source>
        <translation>Begäran %1 har godkänts: klientens nästa försök lyckas.</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Begäran %1 har avvisats.</translation>
    </message>
    <message>
        <source>(scroll down for more)</source>
        <translation>(rulla ned för fler)</translation>
    </message>
    <message>
        <source>No requests wait for a decision. Requests appear here when an alias requires approval for account registration or key change, or holds orders for names matching its order approval patterns.</source>
        <translation>Inga begäranden väntar på beslut. Begäranden visas här när ett alias kräver godkännande för kontoregistrering eller nyckelbyte, eller håller order för namn som matchar dess mönster för ordergodkännande.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <source>CSR subject</source>
        <translation>CSR-subjekt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Request %1 approved: the order&apos;s certificate is issued.</source>
        <translation>Begäran %1 godkänd: orderns certifikat utfärdas.</translation>
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
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Save the whole audit log, with its chain hashes, as CSV or JSON (readable by you only).</source>
        <translation>Spara hela granskningsloggen, med dess kedjehashar, som CSV eller JSON (endast läsbar för dig).</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportera granskningslogg</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit log failed.</source>
        <translation>Det gick inte att exportera granskningsloggen.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit record(s) saved to %1.</source>
        <translation>
            <numerusform>%n granskningspost sparad i %1.</numerusform>
            <numerusform>%n granskningsposter sparade i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaCreateDialog</name>
    <message>
        <source>Issuing CA</source>
        <translation>Utfärdande CA</translation>
    </message>
    <message>
        <source>New CA</source>
        <translation>Ny CA</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>Rot-CA</translation>
    </message>
    <message>
        <source>Root CA and an issuing CA under it</source>
        <translation>Rot-CA och en utfärdande CA under den</translation>
    </message>
    <message>
        <source>CA issued by an existing CA</source>
        <translation>CA utfärdad av en befintlig CA</translation>
    </message>
    <message>
        <source>e.g. Example Root CA</source>
        <translation>t.ex. Example Root CA</translation>
    </message>
    <message>
        <source>CN=&lt;name&gt; when empty</source>
        <translation>CN=&lt;namn&gt; om tomt</translation>
    </message>
    <message>
        <source>A duration such as &apos;10y&apos; or &apos;5y 6mo&apos;</source>
        <translation>En varaktighet som &apos;10y&apos; eller &apos;5y 6mo&apos;</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Utfärdad &amp;av:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Subject DN:</source>
        <translation>Subjekt-&amp;DN:</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>Nyc&amp;keltyp:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Giltighetstid:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;mn:</translation>
    </message>
    <message>
        <source>S&amp;ubject DN:</source>
        <translation>S&amp;ubjekt-DN:</translation>
    </message>
    <message>
        <source>Va&amp;lidity:</source>
        <translation>Gi&amp;ltighetstid:</translation>
    </message>
    <message>
        <source>The key is generated on this machine and stored only encrypted with the master key. RSA 4096 keys take a few seconds.</source>
        <translation>Nyckeln genereras på denna dator och lagras endast krypterad med huvudnyckeln. RSA 4096-nycklar tar några sekunder.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
</context>
<context>
    <name>CaImportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Import CA</source>
        <translation>Importera CA</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>endast för en krypterad nyckel</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)</source>
        <translation>Certifikat och nycklar (*.pem *.crt *.cer *.der *.key);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Certifikat:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-certifikat</translation>
    </message>
    <message>
        <source>&amp;Private key:</source>
        <translation>&amp;Privat nyckel:</translation>
    </message>
    <message>
        <source>CA private key</source>
        <translation>Privat CA-nyckel</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Lösen&amp;fras:</translation>
    </message>
    <message>
        <source>The certificate may be PEM or DER, or a PEM bundle with the CA first and its issuers after it. The key may be PEM or DER, encrypted or not.</source>
        <translation>Certifikatet kan vara PEM eller DER, eller en PEM-bunt med CA:n först och dess utfärdare efter. Nyckeln kan vara PEM eller DER, krypterad eller inte.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
</context>
<context>
    <name>CaModel</name>
    <message>
        <source>Chain only (no key)</source>
        <translation>Endast kedja (ingen nyckel)</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Utfärdande</translation>
    </message>
    <message>
        <source>Issuing (under %1)</source>
        <translation>Utfärdande (under %1)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Ännu inte giltig</translation>
    </message>
    <message>
        <source>Valid, renew early</source>
        <translation>Giltig, förnya i förtid</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next CRL number</source>
        <translation>Nästa CRL-nummer</translation>
    </message>
</context>
<context>
    <name>CasPage</name>
    <message>
        <source>CAs</source>
        <translation>CA:er</translation>
    </message>
    <message>
        <source>&amp;New CA…</source>
        <translation>&amp;Ny CA…</translation>
    </message>
    <message>
        <source>Create a root CA, a root and an issuing CA, or a CA under an existing one</source>
        <translation>Skapa en rot-CA, en rot-CA och en utfärdande CA, eller en CA under en befintlig</translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation>&amp;Importera CA…</translation>
    </message>
    <message>
        <source>Import a CA certificate and its private key (PEM or DER, encrypted or not)</source>
        <translation>Importera ett CA-certifikat och dess privata nyckel (PEM eller DER, krypterad eller inte)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>PEM and chain</source>
        <translation>PEM och kedja</translation>
    </message>
    <message>
        <source>CAs cannot be managed here: this console runs without the PKI services.</source>
        <translation>CA:er kan inte hanteras här: denna konsol körs utan PKI-tjänsterna.</translation>
    </message>
    <message>
        <source>Reading the CAs failed.</source>
        <translation>Det gick inte att läsa CA:erna.</translation>
    </message>
    <message>
        <source>Generating the key for %1…</source>
        <translation>Genererar nyckeln för %1…</translation>
    </message>
    <message>
        <source>Creating CA &apos;%1&apos; failed.</source>
        <translation>Det gick inte att skapa CA:n &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 har skapats.</translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read.</source>
        <translation>Certifikatfilen %1 kunde inte läsas.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation>Nyckelfilen %1 kunde inte läsas.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerar %1…</translation>
    </message>
    <message>
        <source>Importing CA &apos;%1&apos; failed.</source>
        <translation>Det gick inte att importera CA:n &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Imported CA %1 (%2).</source>
        <translation>CA:n %1 har importerats (%2).</translation>
    </message>
    <message>
        <source>Select a CA to see its certificate, chain and CRL number.</source>
        <translation>Välj en CA för att se dess certifikat, kedja och CRL-nummer.</translation>
    </message>
    <message>
        <source>Reading the CA failed.</source>
        <translation>Det gick inte att läsa CA:n.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>none: this CA cannot sign</source>
        <translation>ingen: denna CA kan inte signera</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Giltig från</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Nyckelanvändning</translation>
    </message>
    <message>
        <source>Next CRL number</source>
        <translation>Nästa CRL-nummer</translation>
    </message>
    <message>
        <source>Renew early since</source>
        <translation>Förnya i förtid sedan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Mark for early re&amp;newal…</source>
        <translation>Markera för tidig för&amp;nyelse…</translation>
    </message>
    <message>
        <source>Tell ACME clients (through renewal information, ARI) to renew every certificate this CA issued until now, e.g. after a key compromise</source>
        <translation>Be ACME-klienter (genom förnyelseinformation, ARI) att förnya varje certifikat som denna CA hittills utfärdat, t.ex. efter en nyckelkompromettering</translation>
    </message>
    <message>
        <source>Mark for early renewal</source>
        <translation>Markera för tidig förnyelse</translation>
    </message>
    <message>
        <source>Tell ACME clients to renew every certificate CA %1 issued until now? Clients that ask for renewal information (ARI) renew at once.</source>
        <translation>Be ACME-klienter att förnya varje certifikat som CA %1 hittills utfärdat? Klienter som frågar efter förnyelseinformation (ARI) förnyar genast.</translation>
    </message>
    <message>
        <source>Marking CA %1 for early renewal failed.</source>
        <translation>Det gick inte att markera CA %1 för tidig förnyelse.</translation>
    </message>
    <message>
        <source>The certificates CA %1 issued until now are marked for early renewal.</source>
        <translation>Certifikaten som CA %1 hittills utfärdat är markerade för tidig förnyelse.</translation>
    </message>
    <message>
        <source>Add &amp;chain…</source>
        <translation>Lägg till &amp;kedja…</translation>
    </message>
    <message>
        <source>Offer ACME clients another chain for this CA, to another root (for example through a cross-certificate): a PEM file with this CA&apos;s certificate first</source>
        <translation>Erbjud ACME-klienter en annan kedja för denna CA, till en annan rot (till exempel via ett korscertifikat): en PEM-fil med denna CA:s certifikat först</translation>
    </message>
    <message>
        <source>Remo&amp;ve chain…</source>
        <translation>Ta &amp;bort kedja…</translation>
    </message>
    <message>
        <source>Stop offering one of this CA&apos;s chains to another root</source>
        <translation>Sluta erbjuda en av denna CA:s kedjor till en annan rot</translation>
    </message>
    <message>
        <source>Chain to another root</source>
        <translation>Kedja till en annan rot</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-certifikat (*.pem *.crt *.cer);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Remove chain</source>
        <translation>Ta bort kedja</translation>
    </message>
    <message>
        <source>ACME clients will no longer be offered this CA&apos;s chain to:</source>
        <translation>ACME-klienter erbjuds inte längre denna CA:s kedja till:</translation>
    </message>
    <message>
        <source>The chain file %1 could not be read.</source>
        <translation>Kedjefilen %1 kunde inte läsas.</translation>
    </message>
    <message>
        <source>Adding a chain to CA %1 failed.</source>
        <translation>Det gick inte att lägga till en kedja för CA %1.</translation>
    </message>
    <message>
        <source>CA %1 now also offers its chain to %2.</source>
        <translation>CA %1 erbjuder nu även sin kedja till %2.</translation>
    </message>
    <message>
        <source>Removing the chain of CA %1 failed.</source>
        <translation>Det gick inte att ta bort kedjan för CA %1.</translation>
    </message>
    <message>
        <source>CA %1 no longer offers its chain to %2.</source>
        <translation>CA %1 erbjuder inte längre sin kedja till %2.</translation>
    </message>
    <message>
        <source>Alternate chains</source>
        <translation>Alternativa kedjor</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>till %1</translation>
    </message>
    <message>
        <source>Alternate chain to %1</source>
        <translation>Alternativ kedja till %1</translation>
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
    <name>CertificateProfilesPage</name>
    <message>
        <source>Certificate profiles</source>
        <translation>Certifikatprofiler</translation>
    </message>
    <message>
        <source>certificate profile</source>
        <translation>certifikatprofil</translation>
    </message>
    <message>
        <source>Key algorithms:</source>
        <translation>Nyckelalgoritmer:</translation>
    </message>
    <message>
        <source>EC curves:</source>
        <translation>EC-kurvor:</translation>
    </message>
    <message>
        <source>RSA key &amp;sizes:</source>
        <translation>RSA-nyckelst&amp;orlekar:</translation>
    </message>
    <message>
        <source>Bits, separated by commas: multiples of 1024 from 2048 to 8192</source>
        <translation>Bitar, kommaseparerade: multipler av 1024 från 2048 till 8192</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Giltighetstid:</translation>
    </message>
    <message>
        <source>How long certificates are valid, e.g. &apos;90d&apos; or &apos;1y&apos;</source>
        <translation>Hur länge certifikat är giltiga, t.ex. &apos;90d&apos; eller &apos;1y&apos;</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>Utökad nyckelanvändning:</translation>
    </message>
    <message>
        <source>Only one active certificate per end entity (a new one supersedes the others)</source>
        <translation>Endast ett aktivt certifikat per slutentitet (ett nytt ersätter de övriga)</translation>
    </message>
    <message>
        <source>Reading the certificate profiles failed.</source>
        <translation>Det gick inte att läsa certifikatprofilerna.</translation>
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
    <message>
        <source>Revoke &amp;all matching…</source>
        <translation>Återkalla &amp;alla som matchar…</translation>
    </message>
    <message>
        <source>Revoke every certificate that matches the search and the status filter, with one reason</source>
        <translation>Återkalla varje certifikat som matchar sökningen och statusfiltret, med ett och samma skäl</translation>
    </message>
    <message>
        <source>Mark for early re&amp;newal</source>
        <translation>Markera för tidig för&amp;nyelse</translation>
    </message>
    <message>
        <source>ACME clients that ask for renewal information (ARI) are told to renew this certificate now</source>
        <translation>ACME-klienter som frågar efter förnyelseinformation (ARI) ombeds förnya detta certifikat nu</translation>
    </message>
    <message>
        <source>%1 of more than %2 certificates shown; scroll down for more</source>
        <translation>%1 av fler än %2 certifikat visas; rulla ned för fler</translation>
    </message>
    <message>
        <source>Renew early since</source>
        <translation>Tidig förnyelse sedan</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n certificates…</source>
        <translation>
            <numerusform>&amp;Återkalla %n certifikat…</numerusform>
            <numerusform>&amp;Återkalla %n certifikat…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke certificates</source>
        <translation>Återkalla certifikat</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %n selected certificate(s)? Relying parties learn of it from the next CRL. This cannot be undone.

Reason:</source>
        <translation>
            <numerusform>Återkalla det markerade certifikatet? Förlitande parter får veta det från nästa CRL. Detta kan inte ångras.

Skäl:</numerusform>
            <numerusform>Återkalla de %n markerade certifikaten? Förlitande parter får veta det från nästa CRL. Detta kan inte ångras.

Skäl:</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the certificates to revoke failed.</source>
        <translation>Det gick inte att räkna certifikaten som ska återkallas.</translation>
    </message>
    <message>
        <source>No certificate matches the search and the status filter.</source>
        <translation>Inget certifikat matchar sökningen och statusfiltret.</translation>
    </message>
    <message>
        <source>Revoke all %1 certificates that match the search and the status filter? Relying parties learn of it from the next CRL. This cannot be undone.

Reason:</source>
        <translation>Återkalla alla %1 certifikat som matchar sökningen och statusfiltret? Förlitande parter får veta det från nästa CRL. Detta kan inte ångras.

Skäl:</translation>
    </message>
    <message>
        <source>Really revoke %1 certificates with reason &quot;%2&quot;?</source>
        <translation>Verkligen återkalla %1 certifikat med skälet &quot;%2&quot;?</translation>
    </message>
    <message>
        <source>Revoking certificates…</source>
        <translation>Återkallar certifikat…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Revoking the certificates failed.</source>
        <translation>Det gick inte att återkalla certifikaten.</translation>
    </message>
    <message>
        <source>Revoking certificates… %1 of %2 done</source>
        <translation>Återkallar certifikat… %1 av %2 klara</translation>
    </message>
    <message>
        <source>%1 revoked, %2 already revoked, %3 failed.</source>
        <translation>%1 återkallade, %2 redan återkallade, %3 misslyckades.</translation>
    </message>
    <message>
        <source>Before it stopped: %1</source>
        <translation>Innan det avbröts: %1</translation>
    </message>
    <message>
        <source>Bulk revocation cancelled: %1</source>
        <translation>Massåterkallelse avbruten: %1</translation>
    </message>
    <message>
        <source>Bulk revocation finished: %1</source>
        <translation>Massåterkallelse klar: %1</translation>
    </message>
    <message>
        <source>Bulk revocation finished: %1 They are listed on the next CRL.</source>
        <translation>Massåterkallelse klar: %1 De listas på nästa CRL.</translation>
    </message>
    <message>
        <source>Marking certificate %1 for early renewal failed.</source>
        <translation>Det gick inte att markera certifikat %1 för tidig förnyelse.</translation>
    </message>
    <message>
        <source>Certificate %1 is marked for early renewal: ACME clients that ask for renewal information are told to renew it now.</source>
        <translation>Certifikat %1 är markerat för tidig förnyelse: ACME-klienter som frågar efter förnyelseinformation ombeds förnya det nu.</translation>
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
    <message>
        <source>Recent failed validations</source>
        <translation>Senaste misslyckade valideringar</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Utmaning</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Live server metrics</source>
        <translation>Serverns mätvärden i realtid</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Slutpunkt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Begäranden</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Per status</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50 (ms)</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99 (ms)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Validations</source>
        <translation>Valideringar</translation>
    </message>
    <message>
        <source>Requests served since start</source>
        <translation>Besvarade begäranden sedan start</translation>
    </message>
    <message>
        <source>Latency p99 (ms), all endpoints</source>
        <translation>Latens p99 (ms), alla slutpunkter</translation>
    </message>
    <message>
        <source>Certificates issued for ACME orders</source>
        <translation>Certifikat utfärdade för ACME-order</translation>
    </message>
    <message>
        <source>Certificates revoked</source>
        <translation>Återkallade certifikat</translation>
    </message>
    <message>
        <source>Unused nonces in the nonce store</source>
        <translation>Oanvända nonce-värden i nonce-lagret</translation>
    </message>
    <message>
        <source>The same numbers as the server&apos;s /metrics, since this console started it.</source>
        <translation>Samma siffror som serverns /metrics, sedan denna konsol startade den.</translation>
    </message>
    <message>
        <source>This console hosts no ACME server: there are no live numbers.</source>
        <translation>Denna konsol kör ingen ACME-server: det finns inga siffror i realtid.</translation>
    </message>
</context>
<context>
    <name>EabKeyCreatedDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>EAB key created</source>
        <translation>EAB-nyckel skapad</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the key now.&lt;/b&gt; It is shown this once; give it to the ACME client&apos;s operator over a trusted channel.</source>
        <translation>&lt;b&gt;Kopiera nyckeln nu.&lt;/b&gt; Den visas bara denna gång; ge den till ACME-klientens operatör via en betrodd kanal.</translation>
    </message>
    <message>
        <source>Key identifier:</source>
        <translation>Nyckelidentifierare:</translation>
    </message>
    <message>
        <source>MAC key:</source>
        <translation>MAC-nyckel:</translation>
    </message>
    <message>
        <source>certbot:</source>
        <translation>certbot:</translation>
    </message>
    <message>
        <source>lego:</source>
        <translation>lego:</translation>
    </message>
</context>
<context>
    <name>EabKeyDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>Single use: binds one account only</source>
        <translation>Engångsbruk: binder endast ett konto</translation>
    </message>
    <message>
        <source>Encrypt Key: store the key encrypted with the master key</source>
        <translation>Kryptera nyckel: lagra nyckeln krypterad med huvudnyckeln</translation>
    </message>
    <message>
        <source>New EAB key for alias %1</source>
        <translation>Ny EAB-nyckel för aliaset %1</translation>
    </message>
    <message>
        <source>Generate a 256-bit MAC key</source>
        <translation>Generera en 256-bitars MAC-nyckel</translation>
    </message>
    <message>
        <source>Paste a base64url MAC key:</source>
        <translation>Klistra in en base64url-kodad MAC-nyckel:</translation>
    </message>
    <message>
        <source>Upload a MAC key from a PEM or DER file:</source>
        <translation>Ladda upp en MAC-nyckel från en PEM- eller DER-fil:</translation>
    </message>
    <message>
        <source>Asymmetric: upload a public key or X.509 certificate (PEM or DER):</source>
        <translation>Asymmetrisk: ladda upp en publik nyckel eller ett X.509-certifikat (PEM eller DER):</translation>
    </message>
    <message>
        <source>base64url, at most %1 characters</source>
        <translation>base64url, högst %1 tecken</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Default: derived from the key</source>
        <translation>Standard: härledd från nyckeln</translation>
    </message>
    <message>
        <source>The &apos;kid&apos; clients send: at most %1 characters of A–Z, a–z, 0–9, &apos;-&apos; and &apos;_&apos;. Empty: base64url of the key&apos;s SHA-1 (of the fingerprint for public keys).</source>
        <translation>Det &apos;kid&apos; som klienter skickar: högst %1 tecken av A–Z, a–z, 0–9, &apos;-&apos; och &apos;_&apos;. Tomt: base64url av nyckelns SHA-1 (av fingeravtrycket för publika nycklar).</translation>
    </message>
    <message>
        <source>Who or what the key is for</source>
        <translation>Vem eller vad nyckeln är avsedd för</translation>
    </message>
    <message>
        <source>Key identifier:</source>
        <translation>Nyckelidentifierare:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Etikett:</translation>
    </message>
    <message>
        <source>MAC algorithm:</source>
        <translation>MAC-algoritm:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Upphör:</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Skapa nyckel</translation>
    </message>
    <message>
        <source>Can&apos;t read this file (at most 64 KiB).</source>
        <translation>Kan inte läsa denna fil (högst 64 KiB).</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) read.</source>
        <translation>
            <numerusform>%n byte läst.</numerusform>
            <numerusform>%n byte lästa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Nyckelfil</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.der *.crt *.cer *.key *.bin);;All files (*)</source>
        <translation>Nycklar och certifikat (*.pem *.der *.crt *.cer *.key *.bin);;Alla filer (*)</translation>
    </message>
    <message>
        <source>The key identifier may only contain A–Z, a–z, 0–9, &apos;-&apos; and &apos;_&apos; (at most %1 characters).</source>
        <translation>Nyckelidentifieraren får endast innehålla A–Z, a–z, 0–9, &apos;-&apos; och &apos;_&apos; (högst %1 tecken).</translation>
    </message>
    <message>
        <source>Paste the key, base64url-encoded.</source>
        <translation>Klistra in nyckeln, base64url-kodad.</translation>
    </message>
    <message>
        <source>The pasted key is not base64url (A–Z, a–z, 0–9, &apos;-&apos;, &apos;_&apos;, at most %1 characters).</source>
        <translation>Den inklistrade nyckeln är inte base64url (A–Z, a–z, 0–9, &apos;-&apos;, &apos;_&apos;, högst %1 tecken).</translation>
    </message>
    <message>
        <source>The key is too short: at least %1 bytes.</source>
        <translation>Nyckeln är för kort: minst %1 byte.</translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation>Välj nyckelfilen.</translation>
    </message>
    <message>
        <source>Choose the public key or certificate file.</source>
        <translation>Välj filen med den publika nyckeln eller certifikatet.</translation>
    </message>
    <message>
        <source>The file holds no usable key (%1 to %2 bytes).</source>
        <translation>Filen innehåller ingen användbar nyckel (%1 till %2 byte).</translation>
    </message>
    <message>
        <source>The expiry must lie in the future.</source>
        <translation>Utgångstiden måste ligga i framtiden.</translation>
    </message>
</context>
<context>
    <name>EabKeyModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Använd</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>MAC key, encrypted at rest</source>
        <translation>MAC-nyckel, krypterad i vila</translation>
    </message>
    <message>
        <source>MAC key</source>
        <translation>MAC-nyckel</translation>
    </message>
    <message>
        <source>Public key, fingerprint %1</source>
        <translation>Publik nyckel, fingeravtryck %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>Nyckelidentifierare</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritm</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>Engångsbruk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konton</translation>
    </message>
</context>
<context>
    <name>EabKeysPage</name>
    <message>
        <source>EAB keys</source>
        <translation>EAB-nycklar</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Ny nyckel…</translation>
    </message>
    <message>
        <source>Generate, paste or upload a key for this alias</source>
        <translation>Generera, klistra in eller ladda upp en nyckel för detta alias</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Åter&amp;kalla…</translation>
    </message>
    <message>
        <source>Revoked keys bind no new accounts; accounts already bound stay</source>
        <translation>Återkallade nycklar binder inga nya konton; redan bundna konton finns kvar</translation>
    </message>
    <message>
        <source>&amp;Show key…</source>
        <translation>&amp;Visa nyckel…</translation>
    </message>
    <message>
        <source>Shows the MAC key again; the audit log records who asked</source>
        <translation>Visar MAC-nyckeln igen; granskningsloggen registrerar vem som begärde det</translation>
    </message>
    <message>
        <source>This alias requires External Account Binding: new accounts need one of its active keys.</source>
        <translation>Detta alias kräver External Account Binding: nya konton behöver en av dess aktiva nycklar.</translation>
    </message>
    <message>
        <source>This alias does not require External Account Binding; clients may still bind their accounts with a key. Turn it on in the alias editor.</source>
        <translation>Detta alias kräver inte External Account Binding; klienter kan ändå binda sina konton med en nyckel. Aktivera det i aliasredigeraren.</translation>
    </message>
    <message>
        <source>Directory: %1</source>
        <translation>Katalog: %1</translation>
    </message>
    <message>
        <source>Reading the aliases failed.</source>
        <translation>Det gick inte att läsa aliasen.</translation>
    </message>
    <message>
        <source>Reading the EAB keys of %1 failed.</source>
        <translation>Det gick inte att läsa EAB-nycklarna för %1.</translation>
    </message>
    <message>
        <source>This alias has no EAB keys yet. Create one with New key.</source>
        <translation>Detta alias har inga EAB-nycklar än. Skapa en med Ny nyckel.</translation>
    </message>
    <message>
        <source>Select a key to see the accounts it bound.</source>
        <translation>Välj en nyckel för att se de konton den har bundit.</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>Nyckelidentifierare</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>MAC key (%1), encrypted at rest</source>
        <translation>MAC-nyckel (%1), krypterad i vila</translation>
    </message>
    <message>
        <source>MAC key (%1)</source>
        <translation>MAC-nyckel (%1)</translation>
    </message>
    <message>
        <source>Public key (%1)</source>
        <translation>Publik nyckel (%1)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tillstånd</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>Engångsbruk</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>First used</source>
        <translation>Först använd</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <source>Accounts bound with this key</source>
        <translation>Konton bundna med denna nyckel</translation>
    </message>
    <message>
        <source>Reading them failed.</source>
        <translation>Det gick inte att läsa dem.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>inga än</translation>
    </message>
    <message>
        <source>Creating an EAB key for %1 failed.</source>
        <translation>Det gick inte att skapa en EAB-nyckel för %1.</translation>
    </message>
    <message>
        <source>EAB key %1 created.</source>
        <translation>EAB-nyckeln %1 har skapats.</translation>
    </message>
    <message>
        <source>EAB key created</source>
        <translation>EAB-nyckel skapad</translation>
    </message>
    <message>
        <source>Show EAB key</source>
        <translation>Visa EAB-nyckel</translation>
    </message>
    <message>
        <source>Show the MAC key of %1? The audit log records that you asked.</source>
        <translation>Visa MAC-nyckeln för %1? Granskningsloggen registrerar att du begärde det.</translation>
    </message>
    <message>
        <source>Reading EAB key %1 failed.</source>
        <translation>Det gick inte att läsa EAB-nyckeln %1.</translation>
    </message>
    <message>
        <source>EAB key %1</source>
        <translation>EAB-nyckel %1</translation>
    </message>
    <message>
        <source>Revoke EAB key</source>
        <translation>Återkalla EAB-nyckel</translation>
    </message>
    <message numerus="yes">
        <source>Revoke EAB key %1 of alias %2? It binds no new accounts afterwards; the %n account(s) it bound stay. This cannot be undone.</source>
        <translation>
            <numerusform>Återkalla EAB-nyckeln %1 för aliaset %2? Den binder därefter inga nya konton; det %n konto den har bundit finns kvar. Detta kan inte ångras.</numerusform>
            <numerusform>Återkalla EAB-nyckeln %1 för aliaset %2? Den binder därefter inga nya konton; de %n konton den har bundit finns kvar. Detta kan inte ångras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking EAB key %1 failed.</source>
        <translation>Det gick inte att återkalla EAB-nyckeln %1.</translation>
    </message>
    <message>
        <source>EAB key %1 revoked.</source>
        <translation>EAB-nyckeln %1 har återkallats.</translation>
    </message>
</context>
<context>
    <name>EndEntityProfilesPage</name>
    <message>
        <source>End entity profiles</source>
        <translation>Slutentitetsprofiler</translation>
    </message>
    <message>
        <source>end entity profile</source>
        <translation>slutentitetsprofil</translation>
    </message>
    <message>
        <source>Subject &amp;DN attributes:</source>
        <translation>Attribut i subjekt-&amp;DN:</translation>
    </message>
    <message>
        <source>Attributes an end entity&apos;s subject may carry, separated by commas: CN, O, OU, C…</source>
        <translation>Attribut som en slutentitets subjekt får innehålla, kommaseparerade: CN, O, OU, C…</translation>
    </message>
    <message>
        <source>Common name required</source>
        <translation>Common name krävs</translation>
    </message>
    <message>
        <source>Common name taken from the request (otherwise fixed by the administrator)</source>
        <translation>Common name hämtas från begäran (annars fastställt av administratören)</translation>
    </message>
    <message>
        <source>E-mail address used</source>
        <translation>E-postadress används</translation>
    </message>
    <message>
        <source>E-mail address required</source>
        <translation>E-postadress krävs</translation>
    </message>
    <message>
        <source>DNS names allowed in the subject alternative name</source>
        <translation>DNS-namn tillåtna i subject alternative name</translation>
    </message>
    <message>
        <source>Maximum DNS &amp;names:</source>
        <translation>Max antal DNS-&amp;namn:</translation>
    </message>
    <message>
        <source>IP addresses allowed in the subject alternative name</source>
        <translation>IP-adresser tillåtna i subject alternative name</translation>
    </message>
    <message>
        <source>Maximum &amp;IP addresses:</source>
        <translation>Max antal &amp;IP-adresser:</translation>
    </message>
    <message>
        <source>Default &amp;certificate profile:</source>
        <translation>Standard&amp;certifikatprofil:</translation>
    </message>
    <message>
        <source>Available certificate &amp;profiles:</source>
        <translation>Tillgängliga certifikat&amp;profiler:</translation>
    </message>
    <message>
        <source>Separated by commas; empty allows only the default</source>
        <translation>Kommaseparerade; tomt tillåter endast standardvärdet</translation>
    </message>
    <message>
        <source>Default C&amp;A:</source>
        <translation>Standard-C&amp;A:</translation>
    </message>
    <message>
        <source>Available CA&amp;s:</source>
        <translation>&amp;Tillgängliga CA:</translation>
    </message>
    <message>
        <source>Reading the end entity profiles failed.</source>
        <translation>Det gick inte att läsa slutentitetsprofilerna.</translation>
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
    <name>LogPage</name>
    <message>
        <source>Request log</source>
        <translation>Begärandelogg</translation>
    </message>
    <message>
        <source>Filter by path, method, alias, account, status or problem</source>
        <translation>Filtrera på sökväg, metod, alias, konto, status eller problem</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Endast &amp;fel</translation>
    </message>
    <message>
        <source>Show only requests answered with a status of 400 or more</source>
        <translation>Visa endast begäranden som besvarats med status 400 eller högre</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Återuppta</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Hold new requests back while you read; they appear when you resume</source>
        <translation>Håll tillbaka nya begäranden medan du läser; de visas när du återupptar</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Rensa</translation>
    </message>
    <message>
        <source>%1 of the last %2 requests shown</source>
        <translation>%1 av de senaste %2 begärandena visas</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) held while paused</source>
        <translation>
            <numerusform>%n begäran tillbakahållen under paus</numerusform>
            <numerusform>%n begäranden tillbakahållna under paus</numerusform>
        </translation>
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
    <name>OrderModel</name>
    <message>
        <source>Pending</source>
        <translation>Väntande</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Bearbetas</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ogiltig</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Inaktiverad</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Utgången</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifierare</translation>
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
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <source>Processing: finalized, held until an administrator decides on approval request %1</source>
        <translation>Bearbetas: slutförd, väntar tills en administratör beslutar om godkännandebegäran %1</translation>
    </message>
    <message>
        <source>Approved, issuing</source>
        <translation>Godkänd, utfärdas</translation>
    </message>
    <message>
        <source>Rejected, closing</source>
        <translation>Avslagen, avslutas</translation>
    </message>
    <message>
        <source>Approval request %1 was approved: the server issues the certificate within seconds</source>
        <translation>Godkännandebegäran %1 godkändes: servern utfärdar certifikatet inom några sekunder</translation>
    </message>
    <message>
        <source>Approval request %1 was rejected: the server marks the order invalid within seconds</source>
        <translation>Godkännandebegäran %1 avslogs: servern markerar beställningen som ogiltig inom några sekunder</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Reading the orders failed.</source>
        <translation>Det gick inte att läsa beställningarna.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Beställningar</translation>
    </message>
    <message>
        <source>Search identifier, order id or account id</source>
        <translation>Sök identifierare, beställnings-id eller konto-id</translation>
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
        <source>Show &amp;certificate</source>
        <translation>Visa &amp;certifikat</translation>
    </message>
    <message>
        <source>Open the certificate issued for this order in the certificates browser</source>
        <translation>Öppna certifikatet som utfärdats för denna beställning i certifikatvyn</translation>
    </message>
    <message>
        <source>All aliases</source>
        <translation>Alla alias</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alla</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded</source>
        <translation>
            <numerusform>%n beställning inläst</numerusform>
            <numerusform>%n beställningar inlästa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 beställningar</translation>
    </message>
    <message>
        <source>%1 of %2 orders shown; scroll down for more</source>
        <translation>%1 av %2 beställningar visas; rulla ned för fler</translation>
    </message>
    <message>
        <source>Select an order to see its identifiers, authorizations, challenges and errors.</source>
        <translation>Välj en beställning för att se dess identifierare, auktoriseringar, utmaningar och fel.</translation>
    </message>
    <message>
        <source>Reading order %1 failed.</source>
        <translation>Det gick inte att läsa beställningen %1.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Beställning %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifierare</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certifikat</translation>
    </message>
    <message>
        <source>Requested validity</source>
        <translation>Begärd giltighetstid</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersätter</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Upphör</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Auktoriseringar</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>upphör %1</translation>
    </message>
    <message>
        <source>validated %1</source>
        <translation>validerad %1</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Godkännande</translation>
    </message>
    <message>
        <source>Held until an administrator decides on approval request %1 (Approvals page)</source>
        <translation>Väntar tills en administratör beslutar om godkännandebegäran %1 (sidan Godkännanden)</translation>
    </message>
    <message>
        <source>Decided: approval request %1</source>
        <translation>Beslutad: godkännandebegäran %1</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>&amp;New</source>
        <translation>N&amp;y</translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation>&amp;Klona</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
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
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 kopia</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Ta bort profil</translation>
    </message>
    <message>
        <source>Delete the %1 &apos;%2&apos;?</source>
        <translation>Ta bort %1 &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>Saving the %1 &apos;%2&apos; failed.</source>
        <translation>Det gick inte att spara %1 &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was saved; new certificates use it at once.</source>
        <translation>%1 &apos;%2&apos; har sparats; nya certifikat använder den direkt.</translation>
    </message>
    <message>
        <source>Deleting the %1 &apos;%2&apos; failed.</source>
        <translation>Det gick inte att ta bort %1 &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was deleted.</source>
        <translation>%1 &apos;%2&apos; har tagits bort.</translation>
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
    <message>
        <source>Serve an &amp;OpenAPI description of the ACME endpoints</source>
        <translation>Tillhandahåll en &amp;OpenAPI-beskrivning av ACME-slutpunkterna</translation>
    </message>
    <message>
        <source>Off by default. When on, every alias answers GET openapi.json beside its directory (e.g. /acme/openapi.json, /acme/NAME/openapi.json) with an OpenAPI 3 description of its endpoints, request bodies, problem documents and status codes.</source>
        <translation>Av som standard. När det är på svarar varje alias på GET openapi.json bredvid sin katalog (t.ex. /acme/openapi.json, /acme/NAMN/openapi.json) med en OpenAPI 3-beskrivning av sina slutpunkter, begärandekroppar, problemdokument och statuskoder.</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Sökväg</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latens</translation>
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
        <translation>Konfigurera Anvil</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certifikatutfärdare</translation>
    </message>
    <message>
        <source>Anvil signs ACME certificates with an issuing CA. Create a new root and issuing CA, or import the CA your organisation already has.</source>
        <translation>Anvil signerar ACME-certifikat med en utfärdande CA. Skapa en ny rot-CA och utfärdande CA, eller importera den CA som din organisation redan har.</translation>
    </message>
    <message>
        <source>Create a new root CA and issuing CA</source>
        <translation>Skapa en ny rot-CA och utfärdande CA</translation>
    </message>
    <message>
        <source>Issue ACME certificates from an issuing CA below the root (recommended)</source>
        <translation>Utfärda ACME-certifikat från en utfärdande CA under roten (rekommenderas)</translation>
    </message>
    <message>
        <source>EC P-256</source>
        <translation>EC P-256</translation>
    </message>
    <message>
        <source>EC P-384</source>
        <translation>EC P-384</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>RSA 4096</source>
        <translation>RSA 4096</translation>
    </message>
    <message>
        <source>Import an existing CA (certificate and private key)</source>
        <translation>Importera en befintlig CA (certifikat och privat nyckel)</translation>
    </message>
    <message>
        <source>PEM or DER certificate, or a PEM chain</source>
        <translation>PEM- eller DER-certifikat, eller en PEM-kedja</translation>
    </message>
    <message>
        <source>PEM or DER private key</source>
        <translation>Privat nyckel i PEM eller DER</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>endast för en krypterad nyckel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Välj en fil</translation>
    </message>
    <message>
        <source>Root CA subject:</source>
        <translation>Subjekt för rot-CA:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Nyckeltyp:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certifikat:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privat nyckel:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Lösenfras:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The names and addresses ACME clients use to reach this server go into its TLS certificate. Port 8442 serves TLS, 8443 TLS with client certificates, 8080 plain HTTP for CRLs; 0 turns a listener off.</source>
        <translation>De namn och adresser som ACME-klienter använder för att nå denna server läggs in i dess TLS-certifikat. Port 8442 betjänar TLS, 8443 TLS med klientcertifikat, 8080 okrypterad HTTP för CRL:er; 0 stänger av en lyssnare.</translation>
    </message>
    <message>
        <source>Host names and IP addresses:</source>
        <translation>Värdnamn och IP-adresser:</translation>
    </message>
    <message>
        <source>TLS port:</source>
        <translation>TLS-port:</translation>
    </message>
    <message>
        <source>Client-certificate TLS port:</source>
        <translation>TLS-port för klientcertifikat:</translation>
    </message>
    <message>
        <source>Plain HTTP port (CRLs):</source>
        <translation>Okrypterad HTTP-port (CRL:er):</translation>
    </message>
    <message>
        <source>ACME</source>
        <translation>ACME</translation>
    </message>
    <message>
        <source>ACME clients use an alias: a configuration with its own directory URL, profiles and rules. You can add more aliases later.</source>
        <translation>ACME-klienter använder ett alias: en konfiguration med egen katalog-URL, egna profiler och regler. Du kan lägga till fler alias senare.</translation>
    </message>
    <message>
        <source>Enable the ACME protocol now</source>
        <translation>Aktivera ACME-protokollet nu</translation>
    </message>
    <message>
        <source>First alias:</source>
        <translation>Första alias:</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Kan inte läsa %1.</translation>
    </message>
    <message>
        <source>The setup failed.</source>
        <translation>Konfigurationen misslyckades.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of Service</source>
        <translation>Användarvillkor</translation>
    </message>
    <message>
        <source>&amp;Edit in alias editor…</source>
        <translation>&amp;Redigera i aliasredigeraren…</translation>
    </message>
    <message>
        <source>Terms of Service settings are part of the alias configuration</source>
        <translation>Inställningar för användarvillkor ingår i aliaskonfigurationen</translation>
    </message>
    <message>
        <source>Current settings</source>
        <translation>Aktuella inställningar</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versioner, nyaste först</translation>
    </message>
    <message>
        <source>Terms of Service URL:</source>
        <translation>URL för användarvillkor:</translation>
    </message>
    <message>
        <source>Changes of Terms of Service URL:</source>
        <translation>URL för ändringar i användarvillkor:</translation>
    </message>
    <message>
        <source>Require client approval for changes:</source>
        <translation>Kräv klientgodkännande vid ändringar:</translation>
    </message>
    <message>
        <source>Agree to new Terms of Service allowed:</source>
        <translation>Godkännande av nya användarvillkor tillåtet:</translation>
    </message>
    <message>
        <source>Reading the aliases failed.</source>
        <translation>Det gick inte att läsa aliasen.</translation>
    </message>
    <message>
        <source>none: clients need not agree to anything</source>
        <translation>inga: klienter behöver inte godkänna något</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>yes: after a change, accounts must agree again before they go on</source>
        <translation>ja: efter en ändring måste konton godkänna igen innan de kan fortsätta</translation>
    </message>
    <message>
        <source>no: a change applies without the clients agreeing again</source>
        <translation>nej: en ändring gäller utan att klienterna godkänner igen</translation>
    </message>
    <message>
        <source>yes: an account agrees with an account update</source>
        <translation>ja: ett konto godkänner via en kontouppdatering</translation>
    </message>
    <message>
        <source>no: an account must be created anew</source>
        <translation>nej: ett konto måste skapas på nytt</translation>
    </message>
    <message>
        <source>Reading the Terms of Service versions of %1 failed.</source>
        <translation>Det gick inte att läsa versionerna av användarvillkoren för %1.</translation>
    </message>
</context>
<context>
    <name>TosModel</name>
    <message>
        <source>(none)</source>
        <translation>(inga)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Terms of Service URL</source>
        <translation>URL för användarvillkor</translation>
    </message>
    <message>
        <source>Changes URL</source>
        <translation>URL för ändringar</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Från</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Accounts agreed</source>
        <translation>Konton som godkänt</translation>
    </message>
</context>
</TS>
