<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccountModel</name>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
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
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Search account id, contact or key thumbprint</source>
        <translation>Konto-ID, Kontakt oder Schlüssel-Fingerabdruck suchen</translation>
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
        <translation>Konto &amp;deaktivieren…</translation>
    </message>
    <message>
        <source>Deactivate the selected account, as its holder could (RFC 8555 section 7.3.6). This cannot be undone.</source>
        <translation>Das ausgewählte Konto deaktivieren, wie es sein Inhaber könnte (RFC 8555 Abschnitt 7.3.6). Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>All aliases</source>
        <translation>Alle Aliase</translation>
    </message>
    <message>
        <source>Reading the accounts failed.</source>
        <translation>Die Konten konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) loaded</source>
        <translation>
            <numerusform>%n Konto geladen</numerusform>
            <numerusform>%n Konten geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 accounts shown; scroll down for more</source>
        <translation>%1 von %2 Konten angezeigt; für weitere nach unten scrollen</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n Konto</numerusform>
            <numerusform>%n Konten</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account to see its contacts, key and orders.</source>
        <translation>Wählen Sie ein Konto, um seine Kontakte, seinen Schlüssel und seine Bestellungen zu sehen.</translation>
    </message>
    <message>
        <source>Reading account %1 failed.</source>
        <translation>Konto %1 konnte nicht gelesen werden.</translation>
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
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Terms of Service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>nicht zugestimmt</translation>
    </message>
    <message>
        <source>%1, agreed %2</source>
        <translation>%1, zugestimmt am %2</translation>
    </message>
    <message>
        <source>External account binding</source>
        <translation>Externe Kontobindung</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>%1 (%2 valid)</source>
        <translation>%1 (%2 gültig)</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Public key (JWK)</source>
        <translation>Öffentlicher Schlüssel (JWK)</translation>
    </message>
    <message>
        <source>Deactivate account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>Deactivate account %1? Its holder can no longer use it, its pending authorizations are cancelled, and this cannot be undone.</source>
        <translation>Konto %1 deaktivieren? Sein Inhaber kann es nicht mehr verwenden, seine ausstehenden Autorisierungen werden aufgehoben, und dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Deactivating account %1 failed.</source>
        <translation>Konto %1 konnte nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>Account %1 deactivated.</source>
        <translation>Konto %1 wurde deaktiviert.</translation>
    </message>
</context>
<context>
    <name>AliasEditor</name>
    <message>
        <source>Enter an http or https URL, e.g. https://ca.example.com/terms, or leave it empty.</source>
        <translation>Geben Sie eine http- oder https-URL ein, z. B. https://ca.example.com/terms, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Enter a duration such as 10d 12h, 30m or 1y 6mo (units y, mo, d, h, m, s).</source>
        <translation>Geben Sie eine Dauer wie 10d 12h, 30m oder 1y 6mo ein (Einheiten y, mo, d, h, m, s).</translation>
    </message>
    <message>
        <source>The duration must be at least 1s.</source>
        <translation>Die Dauer muss mindestens 1s betragen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a port. Enter port numbers from 1 to 65535 separated by commas, e.g. 22,25,80,443; leave it empty for no restriction.</source>
        <translation>&apos;%1&apos; ist kein Port. Geben Sie Portnummern von 1 bis 65535 durch Kommas getrennt ein, z. B. 22,25,80,443; leer lassen für keine Einschränkung.</translation>
    </message>
    <message>
        <source>Enter an IP address such as 192.0.2.53 or 2001:db8::53, or leave it empty.</source>
        <translation>Geben Sie eine IP-Adresse wie 192.0.2.53 oder 2001:db8::53 ein, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an address range. Write ranges like 10.0.0.0/8 or 2001:db8::/32.</source>
        <translation>&apos;%1&apos; ist kein Adressbereich. Schreiben Sie Bereiche wie 10.0.0.0/8 oder 2001:db8::/32.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name.</source>
        <translation>&apos;%1&apos; ist kein Domainname.</translation>
    </message>
    <message>
        <source>An end entity profile is required.</source>
        <translation>Ein Endentitätsprofil ist erforderlich.</translation>
    </message>
    <message>
        <source>A trust anchor is required; the ICANN root key is the default.</source>
        <translation>Ein Vertrauensanker ist erforderlich; der ICANN-Root-Schlüssel ist der Standard.</translation>
    </message>
    <message>
        <source>Name at least one DN attribute, e.g. CN or UID;SN;CN.</source>
        <translation>Geben Sie mindestens ein DN-Attribut an, z. B. CN oder UID;SN;CN.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>Dieser Wert ist ungültig.</translation>
    </message>
    <message>
        <source>%1 (stored as %2)</source>
        <translation>%1 (gespeichert als %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a name pattern. Write names like www.example.com or *.prod.example.com, addresses like 192.0.2.7 or 10.0.0.0/8, or * for every order.</source>
        <translation>&apos;%1&apos; ist kein Namensmuster. Schreiben Sie Namen wie www.example.com oder *.prod.example.com, Adressen wie 192.0.2.7 oder 10.0.0.0/8, oder * für jede Bestellung.</translation>
    </message>
</context>
<context>
    <name>AliasFields</name>
    <message>
        <source>RA name generation</source>
        <translation>RA-Namensgenerierung</translation>
    </message>
    <message>
        <source>End entity profile</source>
        <translation>Endentitätsprofil</translation>
    </message>
    <message>
        <source>Authorizations and challenges</source>
        <translation>Autorisierungen und Challenges</translation>
    </message>
    <message>
        <source>Directory and Terms of Service</source>
        <translation>Verzeichnis und Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <source>Challenge validation</source>
        <translation>Challenge-Validierung</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>Kontoverwaltung</translation>
    </message>
    <message>
        <source>Anvil extension.</source>
        <translation>Anvil-Erweiterung.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>RA name generation scheme</source>
        <translation>Schema der RA-Namensgenerierung</translation>
    </message>
    <message>
        <source>DN: Will take a part of the request DN, and use it as the username (use the list to choose which parts). Several DN attributes can be specified to have a fall-back. For example: UID;SN;CN. First, try UID. If it does not exist try SN, etc.
RANDOM (default): Uses the generated 43 character long ACME order ID.
FIXED: Enter the DN attributes manually as a semicolon-delimited String (e.g. CN;UID;SN).
USERNAME: Use the entire request DN as username. It is possible to use a constant username, as long as no DN attribute is specified, i.e. myUser.
Enable Batch generation in the end entity profile, if you don&apos;t use RANDOM usernames.</source>
        <translation>DN: Nimmt einen Teil des DN der Anfrage als Benutzernamen (wählen Sie die Teile in der Liste). Mehrere DN-Attribute können als Rückfall angegeben werden, zum Beispiel UID;SN;CN: zuerst UID, fehlt es, dann SN usw.
RANDOM (Standard): Verwendet die erzeugte, 43 Zeichen lange ACME-Bestell-ID.
FIXED: Geben Sie die DN-Attribute manuell als durch Semikolons getrennte Zeichenkette ein (z. B. CN;UID;SN).
USERNAME: Verwendet den gesamten DN der Anfrage als Benutzernamen. Ein fester Benutzername ist möglich, solange kein DN-Attribut angegeben ist, z. B. myUser.
Aktivieren Sie die Stapelerzeugung im Endentitätsprofil, wenn Sie keine RANDOM-Benutzernamen verwenden.</translation>
    </message>
    <message>
        <source>DN attributes or username</source>
        <translation>DN-Attribute oder Benutzername</translation>
    </message>
    <message>
        <source>For DN and FIXED: the DN attributes to try, separated by semicolons, e.g. UID;SN;CN. For USERNAME: a constant username, or empty to use the entire request DN.</source>
        <translation>Für DN und FIXED: die zu versuchenden DN-Attribute, durch Semikolons getrennt, z. B. UID;SN;CN. Für USERNAME: ein fester Benutzername, oder leer, um den gesamten DN der Anfrage zu verwenden.</translation>
    </message>
    <message>
        <source>RA name generation prefix</source>
        <translation>Präfix der RA-Namensgenerierung</translation>
    </message>
    <message>
        <source>Specify a prefix to the generated username. &apos;${RANDOM}&apos; can be used to have 12 random chars as prefix.</source>
        <translation>Geben Sie ein Präfix für den generierten Benutzernamen an. Mit &apos;${RANDOM}&apos; werden 12 zufällige Zeichen als Präfix verwendet.</translation>
    </message>
    <message>
        <source>RA name generation postfix</source>
        <translation>Suffix der RA-Namensgenerierung</translation>
    </message>
    <message>
        <source>Specify a postfix to the generated username. &apos;${RANDOM}&apos; can be used to have 12 random chars as postfix.</source>
        <translation>Geben Sie ein Suffix für den generierten Benutzernamen an. Mit &apos;${RANDOM}&apos; werden 12 zufällige Zeichen als Suffix verwendet.</translation>
    </message>
    <message>
        <source>The end entity profile to use for end entities enrolled using this alias. The CA signing the certificate is the default CA of this end entity profile, and the certificate profile used for the certificate is the default certificate profile of this end entity profile.</source>
        <translation>Das Endentitätsprofil für Endentitäten, die über diesen Alias registriert werden. Die CA, die das Zertifikat signiert, ist die Standard-CA dieses Profils, und das verwendete Zertifikatsprofil ist das Standard-Zertifikatsprofil dieses Profils.</translation>
    </message>
    <message>
        <source>Pre-authorization allowed</source>
        <translation>Vorab-Autorisierung erlaubt</translation>
    </message>
    <message>
        <source>Pre-authorization, as defined in section 7.4.1 of RFC 8555. The ACME client may authorize the certificates identifiers before order creation.</source>
        <translation>Vorab-Autorisierung gemäß Abschnitt 7.4.1 von RFC 8555. Der ACME-Client darf die Kennungen des Zertifikats vor dem Anlegen der Bestellung autorisieren.</translation>
    </message>
    <message>
        <source>Wildcard certificate issuance allowed</source>
        <translation>Ausstellung von Wildcard-Zertifikaten erlaubt</translation>
    </message>
    <message>
        <source>Whether this alias can be used to issue certificates with wildcard DNS names in their SANs. Refer to section 7.1.3 of RFC 8555.</source>
        <translation>Ob mit diesem Alias Zertifikate mit Wildcard-DNS-Namen in ihren SANs ausgestellt werden dürfen. Siehe Abschnitt 7.1.3 von RFC 8555.</translation>
    </message>
    <message>
        <source>Wildcard certificate with http-01 challenge allowed</source>
        <translation>Wildcard-Zertifikat mit http-01-Challenge erlaubt</translation>
    </message>
    <message>
        <source>If disabled, no http-01 challenge for identifiers with a wildcard (i.e. *.primekey.com) is generated. Only active if &apos;Wildcard Certificate Issuance Allowed&apos; is enabled. Default: enabled.</source>
        <translation>Wenn deaktiviert, wird für Kennungen mit Wildcard (z. B. *.primekey.com) keine http-01-Challenge erzeugt. Nur wirksam, wenn &apos;Ausstellung von Wildcard-Zertifikaten erlaubt&apos; aktiviert ist. Standard: aktiviert.</translation>
    </message>
    <message>
        <source>DNS identifier challenge types</source>
        <translation>Challenge-Typen für DNS-Kennungen</translation>
    </message>
    <message>
        <source>Select Any type to create all challenge types. If only a certain challenge type is required, select for example the http-01 or dns-01 challenge only.</source>
        <translation>Wählen Sie any, um alle Challenge-Typen zu erzeugen. Wird nur ein bestimmter Typ benötigt, wählen Sie zum Beispiel nur http-01 oder dns-01.</translation>
    </message>
    <message>
        <source>Reuse valid authorizations</source>
        <translation>Gültige Autorisierungen wiederverwenden</translation>
    </message>
    <message>
        <source>A new order for an identifier the account has already proven control of reuses that valid authorization until it expires (RFC 8555 section 7.1.3).</source>
        <translation>Eine neue Bestellung für eine Kennung, deren Kontrolle das Konto bereits nachgewiesen hat, verwendet diese gültige Autorisierung bis zu ihrem Ablauf wieder (RFC 8555 Abschnitt 7.1.3).</translation>
    </message>
    <message>
        <source>Authorization validity</source>
        <translation>Gültigkeit der Autorisierung</translation>
    </message>
    <message>
        <source>How long a valid authorization can be reused, e.g. 30d. Format is human readable validity with second precision.</source>
        <translation>Wie lange eine gültige Autorisierung wiederverwendet werden kann, z. B. 30d. Das Format ist eine lesbare Dauer mit Sekundengenauigkeit.</translation>
    </message>
    <message>
        <source>Order validity</source>
        <translation>Gültigkeit der Bestellung</translation>
    </message>
    <message>
        <source>The time span within the challenges for the orders identifiers have to be completed. Format is human readable validity with second precision, i.e. 10d 12h or 30s 30m 1h. The format string is normalized when the form data is stored. Default value is 1h.</source>
        <translation>Der Zeitraum, in dem die Challenges für die Kennungen der Bestellung abgeschlossen sein müssen. Das Format ist eine lesbare Dauer mit Sekundengenauigkeit, z. B. 10d 12h oder 30s 30m 1h. Die Angabe wird beim Speichern normalisiert. Standardwert ist 1h.</translation>
    </message>
    <message>
        <source>Site URL</source>
        <translation>Website-URL</translation>
    </message>
    <message>
        <source>URL to a website describing this CA. Optional. Refer to section 7.1.1 of RFC 8555.</source>
        <translation>URL einer Website, die diese CA beschreibt. Optional. Siehe Abschnitt 7.1.1 von RFC 8555.</translation>
    </message>
    <message>
        <source>Terms of Service URL</source>
        <translation>URL der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>URL to your terms of service for ACME. Refer to section 7.1.1 of RFC 8555.</source>
        <translation>URL Ihrer Nutzungsbedingungen für ACME. Siehe Abschnitt 7.1.1 von RFC 8555.</translation>
    </message>
    <message>
        <source>Changes of Terms of Service URL</source>
        <translation>URL zu Änderungen der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>URL to advise how to handle changes of your terms of service for ACME. Refer to section 7.3.1 of RFC 8555.</source>
        <translation>URL mit Hinweisen zum Umgang mit Änderungen Ihrer Nutzungsbedingungen für ACME. Siehe Abschnitt 7.3.1 von RFC 8555.</translation>
    </message>
    <message>
        <source>Require client approval for Terms of Service changes</source>
        <translation>Zustimmung des Clients bei geänderten Nutzungsbedingungen verlangen</translation>
    </message>
    <message>
        <source>Specifies whether users must approve the new version if the Terms of Service URL is changed. Default: enabled.</source>
        <translation>Legt fest, ob Benutzer der neuen Version zustimmen müssen, wenn sich die URL der Nutzungsbedingungen ändert. Standard: aktiviert.</translation>
    </message>
    <message>
        <source>Agree to new Terms of Service allowed</source>
        <translation>Zustimmung zu neuen Nutzungsbedingungen erlaubt</translation>
    </message>
    <message>
        <source>Specifies whether users are allowed to agree to new Terms of Service after they have changed. ACME clients must request the updateAccount resource with termsOfServiceAgreed set to true. If not allowed, clients have to request a new account (including new keys). Only active if Require client approval for changes of Terms of Service is enabled. Default: enabled.</source>
        <translation>Legt fest, ob Benutzer neuen Nutzungsbedingungen zustimmen dürfen, nachdem diese sich geändert haben. ACME-Clients müssen die Ressource updateAccount mit termsOfServiceAgreed auf true aufrufen. Ist es nicht erlaubt, müssen Clients ein neues Konto (mit neuen Schlüsseln) anfordern. Nur wirksam, wenn Zustimmung des Clients bei geänderten Nutzungsbedingungen verlangen aktiviert ist. Standard: aktiviert.</translation>
    </message>
    <message>
        <source>CAA identities</source>
        <translation>CAA-Identitäten</translation>
    </message>
    <message>
        <source>Domain names that CAA records name to authorize this CA, separated by commas; published as meta.caaIdentities in the directory (RFC 8555 section 7.1.1) and used by the CAA check.</source>
        <translation>Domainnamen, mit denen CAA-Einträge diese CA autorisieren, durch Kommas getrennt; im Verzeichnis als meta.caaIdentities veröffentlicht (RFC 8555 Abschnitt 7.1.1) und von der CAA-Prüfung verwendet.</translation>
    </message>
    <message>
        <source>DNS resolver</source>
        <translation>DNS-Resolver</translation>
    </message>
    <message>
        <source>A specified DNS resolver, used when processing dns01 challenges. Leave empty to use the system&apos;s resolvers.</source>
        <translation>Ein festgelegter DNS-Resolver für dns-01-Challenges. Leer lassen, um die Resolver des Systems zu verwenden.</translation>
    </message>
    <message>
        <source>DNS port</source>
        <translation>DNS-Port</translation>
    </message>
    <message>
        <source>Port used for DNS communications.</source>
        <translation>Port für die DNS-Kommunikation.</translation>
    </message>
    <message>
        <source>DNSSEC trust anchor</source>
        <translation>DNSSEC-Vertrauensanker</translation>
    </message>
    <message>
        <source>The ICANN trust anchor, configurable should it ever change.</source>
        <translation>Der ICANN-Vertrauensanker, konfigurierbar, falls er sich einmal ändert.</translation>
    </message>
    <message>
        <source>Require DNSSEC</source>
        <translation>DNSSEC verlangen</translation>
    </message>
    <message>
        <source>Retry after</source>
        <translation>Erneut versuchen nach</translation>
    </message>
    <message>
        <source>Value used to indicate that client should try polling the authorization endpoint again after a while (in seconds). Default is 0 and this is used mainly for clients such as cert-manager which send post-as-get request while waiting for ACME server to prepare the challenge.</source>
        <translation>Wert, der dem Client mitteilt, den Autorisierungs-Endpunkt nach einer Weile erneut abzufragen (in Sekunden). Standard ist 0; wird vor allem für Clients wie cert-manager verwendet, die POST-as-GET-Anfragen senden, während der ACME-Server die Challenge vorbereitet.</translation>
    </message>
    <message>
        <source>Authorized redirect ports</source>
        <translation>Erlaubte Weiterleitungsports</translation>
    </message>
    <message>
        <source>List of authorized ports for client side redirects for the http-01 challenge validation for DNS identifiers. Default is 22,25,80,443. Leave empty for no restrictions.</source>
        <translation>Liste der erlaubten Ports für Weiterleitungen bei der Validierung von http-01-Challenges für DNS-Kennungen. Standard ist 22,25,80,443. Leer lassen für keine Einschränkung.</translation>
    </message>
    <message>
        <source>http-01 port</source>
        <translation>http-01-Port</translation>
    </message>
    <message>
        <source>Port the http-01 challenge is fetched from. RFC 8555 requires 80; change it only on test networks.</source>
        <translation>Port, von dem die http-01-Challenge abgerufen wird. RFC 8555 verlangt 80; nur in Testnetzen ändern.</translation>
    </message>
    <message>
        <source>tls-alpn-01 port</source>
        <translation>tls-alpn-01-Port</translation>
    </message>
    <message>
        <source>Port the tls-alpn-01 challenge connects to. RFC 8737 requires 443; change it only on test networks.</source>
        <translation>Port, zu dem die tls-alpn-01-Challenge verbindet. RFC 8737 verlangt 443; nur in Testnetzen ändern.</translation>
    </message>
    <message>
        <source>Allowed validation address ranges</source>
        <translation>Erlaubte Adressbereiche für die Validierung</translation>
    </message>
    <message>
        <source>Address ranges (CIDR, e.g. 10.0.0.0/8) that challenge targets must be in, separated by commas. Empty allows any address not denied below.</source>
        <translation>Adressbereiche (CIDR, z. B. 10.0.0.0/8), in denen Challenge-Ziele liegen müssen, durch Kommas getrennt. Leer erlaubt jede Adresse, die unten nicht verboten ist.</translation>
    </message>
    <message>
        <source>Denied validation address ranges</source>
        <translation>Verbotene Adressbereiche für die Validierung</translation>
    </message>
    <message>
        <source>Address ranges (CIDR) that challenge targets may never be in, separated by commas.</source>
        <translation>Adressbereiche (CIDR), in denen Challenge-Ziele nie liegen dürfen, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Require approval for account registration</source>
        <translation>Genehmigung für Kontoregistrierung verlangen</translation>
    </message>
    <message>
        <source>Approval profile to be applied for ACME account registration, see Approvals. Default: None.</source>
        <translation>Genehmigungsprofil für die Registrierung von ACME-Konten, siehe Genehmigungen. Standard: keines.</translation>
    </message>
    <message>
        <source>Require approval for account key change</source>
        <translation>Genehmigung für Schlüsselwechsel verlangen</translation>
    </message>
    <message>
        <source>Approval profile to be applied for ACME account key change, see Approvals. Default: None.</source>
        <translation>Genehmigungsprofil für den Schlüsselwechsel von ACME-Konten, siehe Genehmigungen. Standard: keines.</translation>
    </message>
    <message>
        <source>Approval validity</source>
        <translation>Gültigkeit der Genehmigung</translation>
    </message>
    <message>
        <source>How long an approval request waits for a decision before it expires, e.g. 7d.</source>
        <translation>Wie lange eine Genehmigungsanfrage auf eine Entscheidung wartet, bevor sie abläuft, z. B. 7d.</translation>
    </message>
    <message>
        <source>Require client certificate</source>
        <translation>Client-Zertifikat verlangen</translation>
    </message>
    <message>
        <source>The ACME client must authenticate using a valid client certificate and authorization to view, create and edit end entities as well as access the signing CA.</source>
        <translation>Der ACME-Client muss sich mit einem gültigen Client-Zertifikat authentisieren und berechtigt sein, Endentitäten anzuzeigen, anzulegen und zu bearbeiten sowie auf die signierende CA zuzugreifen.</translation>
    </message>
    <message>
        <source>Trusted client certificate CAs</source>
        <translation>Vertrauenswürdige CAs für Client-Zertifikate</translation>
    </message>
    <message>
        <source>Names of the CAs a client certificate must chain to, separated by commas.</source>
        <translation>Namen der CAs, zu denen ein Client-Zertifikat eine Kette bilden muss, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Preferred root CA subject DN</source>
        <translation>Subjekt-DN der bevorzugten Stamm-CA</translation>
    </message>
    <message>
        <source>If there are cross certificate chains present for the designated CA, then this setting may be used to mandate a single cross certificate chain for all clients requesting through this configuration. It has a default value of &quot;default&quot; and to remove any such restriction delete the value and save the configuration. When it has a default value, finalizeOrder contains the link to the chain with default CA certificate chain and link headers in cert response contains links to alternate chains as mentioned section 7.4.2 of RFC 8555. If a chain is mandated finalizeOrder contains the link to the chain with configured cross chain and cert response do not include any links for alternate certificate chains.</source>
        <translation>Gibt es für die vorgesehene CA Cross-Zertifikatsketten, kann mit dieser Einstellung eine einzige Cross-Kette für alle Clients vorgeschrieben werden, die über diese Konfiguration anfragen. Der Standardwert ist &quot;default&quot;; um eine solche Einschränkung aufzuheben, löschen Sie den Wert und speichern die Konfiguration. Mit dem Standardwert enthält finalizeOrder den Link zur Kette mit der Standard-CA-Kette, und die Link-Header der Zertifikatsantwort enthalten Links zu alternativen Ketten gemäß Abschnitt 7.4.2 von RFC 8555. Ist eine Kette vorgeschrieben, enthält finalizeOrder den Link zur konfigurierten Cross-Kette, und die Zertifikatsantwort enthält keine Links zu alternativen Ketten.</translation>
    </message>
    <message>
        <source>Require External Account Binding</source>
        <translation>Externe Kontobindung verlangen</translation>
    </message>
    <message>
        <source>External Account Binding (EAB), as defined in section 7.4.3 of RFC 8555.</source>
        <translation>Externe Kontobindung (EAB) gemäß Abschnitt 7.4.3 von RFC 8555.</translation>
    </message>
    <message>
        <source>Rate limits</source>
        <translation>Ratenbegrenzungen</translation>
    </message>
    <message>
        <source>Check CAA</source>
        <translation>CAA prüfen</translation>
    </message>
    <message>
        <source>Before an authorization becomes valid, check the CAA records of the identifier (RFC 8659), including the accounturi and validationmethods parameters (RFC 8657). Only active when CAA identities are set. Default: enabled.</source>
        <translation>Bevor eine Autorisierung gültig wird, die CAA-Einträge des Bezeichners prüfen (RFC 8659), einschließlich der Parameter accounturi und validationmethods (RFC 8657). Nur aktiv, wenn CAA-Identitäten gesetzt sind. Standard: aktiviert.</translation>
    </message>
    <message>
        <source>New accounts per client address</source>
        <translation>Neue Konten pro Client-Adresse</translation>
    </message>
    <message>
        <source>How many accounts one client IP address (IPv6: one /64 network) may create within the window below. 0 = unlimited.</source>
        <translation>Wie viele Konten eine Client-IP-Adresse (IPv6: ein /64-Netz) innerhalb des unten angegebenen Zeitfensters anlegen darf. 0 = unbegrenzt.</translation>
    </message>
    <message>
        <source>New accounts window</source>
        <translation>Zeitfenster für neue Konten</translation>
    </message>
    <message>
        <source>The time span the new accounts limit counts over, e.g. 3h (at most 30d).</source>
        <translation>Der Zeitraum, über den das Limit für neue Konten zählt, z. B. 3h (höchstens 30d).</translation>
    </message>
    <message>
        <source>New orders per account</source>
        <translation>Neue Aufträge pro Konto</translation>
    </message>
    <message>
        <source>How many orders one account may create within the window below. 0 = unlimited.</source>
        <translation>Wie viele Aufträge ein Konto innerhalb des unten angegebenen Zeitfensters anlegen darf. 0 = unbegrenzt.</translation>
    </message>
    <message>
        <source>New orders window</source>
        <translation>Zeitfenster für neue Aufträge</translation>
    </message>
    <message>
        <source>The time span the new orders limit counts over, e.g. 3h (at most 30d).</source>
        <translation>Der Zeitraum, über den das Limit für neue Aufträge zählt, z. B. 3h (höchstens 30d).</translation>
    </message>
    <message>
        <source>Certificates per registered domain per week</source>
        <translation>Zertifikate pro registrierter Domain und Woche</translation>
    </message>
    <message>
        <source>How many certificates may name a registered domain (e.g. example.co.uk, from the public suffix list) within 7 days. 0 = unlimited.</source>
        <translation>Wie viele Zertifikate eine registrierte Domain (z. B. example.co.uk, gemäß Public Suffix List) innerhalb von 7 Tagen enthalten dürfen. 0 = unbegrenzt.</translation>
    </message>
    <message>
        <source>Failed validations per account and identifier per hour</source>
        <translation>Fehlgeschlagene Validierungen pro Konto und Bezeichner und Stunde</translation>
    </message>
    <message>
        <source>How many failed authorizations one account may have for one identifier within an hour before new orders for it are refused. 0 = unlimited.</source>
        <translation>Wie viele fehlgeschlagene Autorisierungen ein Konto für einen Bezeichner innerhalb einer Stunde haben darf, bevor neue Aufträge dafür abgelehnt werden. 0 = unbegrenzt.</translation>
    </message>
    <message>
        <source>Pending authorizations per account</source>
        <translation>Ausstehende Autorisierungen pro Konto</translation>
    </message>
    <message>
        <source>How many unfinished (pending) authorizations one account may hold at once. 0 = unlimited.</source>
        <translation>Wie viele unabgeschlossene (ausstehende) Autorisierungen ein Konto gleichzeitig haben darf. 0 = unbegrenzt.</translation>
    </message>
    <message>
        <source>dns-account-01 challenge</source>
        <translation>dns-account-01-Challenge</translation>
    </message>
    <message>
        <source>Also offer dns-account-01 (IETF draft draft-ietf-acme-dns-account-label-03) for DNS identifiers, whatever the challenge types above select. It is dns-01 at a name of the account&apos;s own, _&lt;label&gt;._acme-challenge.&lt;domain&gt; with the label derived from the account URL, so several ACME clients can validate one domain at once. It can prove wildcards. No client in Debian supports it yet. Default: disabled.</source>
        <translation>Zusätzlich dns-account-01 (IETF-Entwurf draft-ietf-acme-dns-account-label-03) für DNS-Bezeichner anbieten, unabhängig von den oben gewählten Challenge-Typen. Es ist dns-01 unter einem eigenen Namen des Kontos, _&lt;label&gt;._acme-challenge.&lt;domain&gt;, wobei das Label aus der Konto-URL abgeleitet wird, sodass mehrere ACME-Clients dieselbe Domain gleichzeitig validieren können. Es kann Wildcards nachweisen. Noch kein Client in Debian unterstützt es. Standard: deaktiviert.</translation>
    </message>
    <message>
        <source>dns-persist-01 challenge</source>
        <translation>dns-persist-01-Challenge</translation>
    </message>
    <message>
        <source>Also offer dns-persist-01 (IETF draft draft-ietf-acme-dns-persist-02) for DNS identifiers: a persistent TXT record at _validation-persist.&lt;domain&gt; naming one of the CAA identities and the account&apos;s hashed account URI proves control for as long as it stays published (until its persistUntil, if any). Wildcards need policy=wildcard in the record. Needs 1 to 10 CAA identities, which the directory also publishes as issuerDomainNames. Default: disabled.</source>
        <translation>Zusätzlich dns-persist-01 (IETF-Entwurf draft-ietf-acme-dns-persist-02) für DNS-Bezeichner anbieten: ein dauerhafter TXT-Eintrag unter _validation-persist.&lt;domain&gt;, der eine der CAA-Identitäten und die gehashte Konto-URI nennt, weist die Kontrolle nach, solange er veröffentlicht ist (bis zu seinem persistUntil, falls angegeben). Wildcards erfordern policy=wildcard im Eintrag. Benötigt 1 bis 10 CAA-Identitäten, die das Verzeichnis auch als issuerDomainNames veröffentlicht. Standard: deaktiviert.</translation>
    </message>
    <message>
        <source>Refuse dns-01, dns-account-01 and dns-persist-01 answers that are not signed (insecure zones); bogus answers are always refused.</source>
        <translation>Unsignierte Antworten für dns-01, dns-account-01 und dns-persist-01 ablehnen (unsichere Zonen); fehlerhafte (bogus) Antworten werden immer abgelehnt.</translation>
    </message>
    <message>
        <source>Renewal explanation URL</source>
        <translation>URL zur Erklärung der Erneuerung</translation>
    </message>
    <message>
        <source>A page explaining why certificates should be renewed early, sent as explanationURL with renewal information (ARI, RFC 9773 section 4.2). Optional.</source>
        <translation>Eine Seite, die erklärt, warum Zertifikate vorzeitig erneuert werden sollten, gesendet als explanationURL mit den Erneuerungsinformationen (ARI, RFC 9773 Abschnitt 4.2). Optional.</translation>
    </message>
    <message>
        <source>Require approval for orders of</source>
        <translation>Freigabe erforderlich für Bestellungen von</translation>
    </message>
    <message>
        <source>Names whose orders wait for an admin&apos;s approval before their certificate is issued, separated by commas: exact names (www.example.com), *.example.com for every name below example.com (and the wildcard itself), IP addresses or ranges (10.0.0.0/8), or * for every order. The CSR is checked at finalization; the order then stays processing, the client polls it, and it is issued once approved, or becomes invalid when rejected or when the request expires. Empty: no order waits.</source>
        <translation>Namen, deren Bestellungen vor der Ausstellung des Zertifikats auf die Freigabe eines Administrators warten, durch Kommas getrennt: exakte Namen (www.example.com), *.example.com für jeden Namen unterhalb von example.com (und die Wildcard selbst), IP-Adressen oder -Bereiche (10.0.0.0/8), oder * für jede Bestellung. Der CSR wird beim Abschluss geprüft; die Bestellung bleibt dann in Bearbeitung, der Client fragt sie ab, und sie wird nach der Freigabe ausgestellt oder wird ungültig, wenn sie abgelehnt wird oder die Anfrage abläuft. Leer: keine Bestellung wartet.</translation>
    </message>
</context>
<context>
    <name>AliasNameDialog</name>
    <message>
        <source>1 to 250 characters: letters A–Z and a–z, digits, &apos;-&apos; and &apos;_&apos;. Names are case-sensitive.</source>
        <translation>1 bis 250 Zeichen: Buchstaben A–Z und a–z, Ziffern, &apos;-&apos; und &apos;_&apos;. Groß- und Kleinschreibung wird unterschieden.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Only letters A–Z and a–z, digits, &apos;-&apos; and &apos;_&apos; are allowed, at most 250 of them.</source>
        <translation>Nur Buchstaben A–Z und a–z, Ziffern, &apos;-&apos; und &apos;_&apos; sind erlaubt, höchstens 250 davon.</translation>
    </message>
    <message>
        <source>An alias named &apos;%1&apos; already exists.</source>
        <translation>Ein Alias namens &apos;%1&apos; existiert bereits.</translation>
    </message>
</context>
<context>
    <name>AliasSelector</name>
    <message>
        <source>All aliases</source>
        <translation>Alle Aliase</translation>
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
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>ACME aliases</source>
        <translation>ACME-Aliase</translation>
    </message>
    <message>
        <source>Reading the ACME aliases failed.</source>
        <translation>Die ACME-Aliase konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The default alias: clients that name no alias use it.</source>
        <translation>Der Standard-Alias: Clients, die keinen Alias angeben, verwenden ihn.</translation>
    </message>
    <message>
        <source>with client authentication, port %1</source>
        <translation>mit Client-Authentisierung, Port %1</translation>
    </message>
    <message>
        <source>without client authentication, port %1</source>
        <translation>ohne Client-Authentisierung, Port %1</translation>
    </message>
    <message>
        <source>Path form, %1:</source>
        <translation>Pfadform, %1:</translation>
    </message>
    <message>
        <source>Query form, %1:</source>
        <translation>Abfrageform, %1:</translation>
    </message>
    <message>
        <source>Default alias, %1:</source>
        <translation>Standard-Alias, %1:</translation>
    </message>
    <message>
        <source>Reaches this alias only while it is the default alias.</source>
        <translation>Erreicht diesen Alias nur, solange er der Standard-Alias ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) need attention before this alias can be saved.</source>
        <translation>
            <numerusform>%n Feld muss korrigiert werden, bevor dieser Alias gespeichert werden kann.</numerusform>
            <numerusform>%n Felder müssen korrigiert werden, bevor dieser Alias gespeichert werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; has unsaved changes. Discard them?</source>
        <translation>Der Alias &apos;%1&apos; hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Add ACME alias</source>
        <translation>ACME-Alias hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new alias:</source>
        <translation>Name des neuen Alias:</translation>
    </message>
    <message>
        <source>Adding alias &apos;%1&apos; failed.</source>
        <translation>Der Alias &apos;%1&apos; konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; added. Review its settings and save them before clients use it.</source>
        <translation>Alias &apos;%1&apos; hinzugefügt. Prüfen und speichern Sie seine Einstellungen, bevor Clients ihn verwenden.</translation>
    </message>
    <message>
        <source>Rename ACME alias</source>
        <translation>ACME-Alias umbenennen</translation>
    </message>
    <message>
        <source>New name of alias &apos;%1&apos;:</source>
        <translation>Neuer Name des Alias &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Renaming alias &apos;%1&apos; failed.</source>
        <translation>Der Alias &apos;%1&apos; konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; renamed to &apos;%2&apos;. Clients must use the new directory URL.</source>
        <translation>Alias &apos;%1&apos; in &apos;%2&apos; umbenannt. Clients müssen die neue Verzeichnis-URL verwenden.</translation>
    </message>
    <message>
        <source>Clone ACME alias</source>
        <translation>ACME-Alias klonen</translation>
    </message>
    <message>
        <source>Name of the copy of alias &apos;%1&apos;:</source>
        <translation>Name der Kopie des Alias &apos;%1&apos;:</translation>
    </message>
    <message>
        <source>Cloning alias &apos;%1&apos; failed.</source>
        <translation>Der Alias &apos;%1&apos; konnte nicht geklont werden.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; cloned as &apos;%2&apos;.</source>
        <translation>Alias &apos;%1&apos; als &apos;%2&apos; geklont.</translation>
    </message>
    <message>
        <source>Delete ACME alias</source>
        <translation>ACME-Alias löschen</translation>
    </message>
    <message>
        <source>Delete alias &apos;%1&apos;? Clients using its directory URL will get errors.</source>
        <translation>Alias &apos;%1&apos; löschen? Clients, die seine Verzeichnis-URL verwenden, erhalten Fehler.</translation>
    </message>
    <message>
        <source>Deleting alias &apos;%1&apos; failed.</source>
        <translation>Der Alias &apos;%1&apos; konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; deleted.</source>
        <translation>Alias &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <source>Making &apos;%1&apos; the default alias failed.</source>
        <translation>&apos;%1&apos; konnte nicht zum Standard-Alias gemacht werden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now the default alias.</source>
        <translation>&apos;%1&apos; ist jetzt der Standard-Alias.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; can&apos;t be saved.</source>
        <translation>Der Alias &apos;%1&apos; kann nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saving alias &apos;%1&apos; failed.</source>
        <translation>Der Alias &apos;%1&apos; konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Alias &apos;%1&apos; saved. The server uses it from now on.</source>
        <translation>Alias &apos;%1&apos; gespeichert. Der Server verwendet ihn ab sofort.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a new alias with default settings</source>
        <translation>Einen neuen Alias mit Standardeinstellungen hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>&amp;Klonen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Set as de&amp;fault</source>
        <translation>Als Stan&amp;dard festlegen</translation>
    </message>
    <message>
        <source>Clients that name no alias in the URL use the default alias</source>
        <translation>Clients, die in der URL keinen Alias angeben, verwenden den Standard-Alias</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Directory URLs</source>
        <translation>Verzeichnis-URLs</translation>
    </message>
    <message>
        <source>There are no ACME aliases yet. Add one to let ACME clients request certificates.</source>
        <translation>Es gibt noch keine ACME-Aliase. Fügen Sie einen hinzu, damit ACME-Clients Zertifikate anfordern können.</translation>
    </message>
    <message>
        <source>%1 (default alias)</source>
        <translation>%1 (Standard-Alias)</translation>
    </message>
</context>
<context>
    <name>ApprovalModel</name>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Key change</source>
        <translation>Schlüsselwechsel</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Läuft ab %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
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
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <source>Approvals (%1)</source>
        <translation>Genehmigungen (%1)</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Alle Anfragen</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>Why, for the audit log (optional)</source>
        <translation>Begründung für das Audit-Log (optional)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>Reading the approval requests failed.</source>
        <translation>Die Genehmigungsanfragen konnten nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s), newest first</source>
        <translation>
            <numerusform>%n Anfrage, neueste zuerst</numerusform>
            <numerusform>%n Anfragen, neueste zuerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a decision</source>
        <translation>
            <numerusform>%n Anfrage wartet auf eine Entscheidung</numerusform>
            <numerusform>%n Anfragen warten auf eine Entscheidung</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 request %2 for alias %3 waits for approval.</source>
        <translation>Anfrage %2 (%1) für Alias %3 wartet auf Genehmigung.</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) wait for approval.</source>
        <translation>
            <numerusform>%n neue Anfrage wartet auf Genehmigung.</numerusform>
            <numerusform>%n neue Anfragen warten auf Genehmigung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anvil: approval requested</source>
        <translation>Anvil: Genehmigung angefordert</translation>
    </message>
    <message>
        <source>Select a request to see what the client asked for.</source>
        <translation>Wählen Sie eine Anfrage aus, um zu sehen, was der Client angefordert hat.</translation>
    </message>
    <message>
        <source>%1 request %2</source>
        <translation>Anfrage %2 (%1)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Key thumbprint</source>
        <translation>Schlüssel-Fingerabdruck</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>What the client sent</source>
        <translation>Was der Client gesendet hat</translation>
    </message>
    <message>
        <source>Approving request %1 failed.</source>
        <translation>Genehmigen der Anfrage %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Rejecting request %1 failed.</source>
        <translation>Ablehnen der Anfrage %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Request %1 approved: the client&apos;s next attempt succeeds.</source>
        <translation>Anfrage %1 genehmigt: Der nächste Versuch des Clients ist erfolgreich.</translation>
    </message>
    <message>
        <source>Request %1 rejected.</source>
        <translation>Anfrage %1 abgelehnt.</translation>
    </message>
    <message>
        <source>(scroll down for more)</source>
        <translation>(nach unten scrollen für mehr)</translation>
    </message>
    <message>
        <source>No requests wait for a decision. Requests appear here when an alias requires approval for account registration or key change, or holds orders for names matching its order approval patterns.</source>
        <translation>Keine Anfragen warten auf eine Entscheidung. Anfragen erscheinen hier, wenn ein Alias eine Freigabe für Kontoregistrierung oder Schlüsselwechsel verlangt oder Bestellungen für Namen zurückhält, die seinen Mustern für Bestellfreigaben entsprechen.</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>CSR subject</source>
        <translation>CSR-Subjekt</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Request %1 approved: the order&apos;s certificate is issued.</source>
        <translation>Anfrage %1 freigegeben: das Zertifikat der Bestellung wird ausgestellt.</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Search actor, action, object or details</source>
        <translation>Akteur, Aktion, Objekt oder Details suchen</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Recompute the hash chain of the whole audit log: an edited or removed record breaks it.</source>
        <translation>Die Hash-Kette des gesamten Prüfprotokolls neu berechnen: ein geänderter oder entfernter Eintrag bricht sie.</translation>
    </message>
    <message>
        <source>Reading the audit log failed.</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded</source>
        <translation>
            <numerusform>%n Eintrag geladen</numerusform>
            <numerusform>%n Einträge geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records loaded; the log holds %2</source>
        <translation>%1 Einträge geladen; das Protokoll enthält %2</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Verifying the audit log failed.</source>
        <translation>Das Prüfprotokoll konnte nicht geprüft werden.</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n record(s) checked.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Eintrag geprüft.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log has been tampered with: record %1 is missing.</source>
        <translation>Das Prüfprotokoll wurde manipuliert: Eintrag %1 fehlt.</translation>
    </message>
    <message>
        <source>The audit log has been tampered with: record %1 was altered, or the chain before it was.</source>
        <translation>Das Prüfprotokoll wurde manipuliert: Eintrag %1 oder die Kette davor wurde verändert.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the whole audit log, with its chain hashes, as CSV or JSON (readable by you only).</source>
        <translation>Das gesamte Audit-Log mit seinen Ketten-Hashes als CSV oder JSON speichern (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Audit-Log exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit log failed.</source>
        <translation>Export des Audit-Logs fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit record(s) saved to %1.</source>
        <translation>
            <numerusform>%n Audit-Eintrag in %1 gespeichert.</numerusform>
            <numerusform>%n Audit-Einträge in %1 gespeichert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaCreateDialog</name>
    <message>
        <source>Issuing CA</source>
        <translation>Ausstellende CA</translation>
    </message>
    <message>
        <source>New CA</source>
        <translation>Neue CA</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>Root-CA</translation>
    </message>
    <message>
        <source>Root CA and an issuing CA under it</source>
        <translation>Root-CA und eine darunterliegende ausstellende CA</translation>
    </message>
    <message>
        <source>CA issued by an existing CA</source>
        <translation>Von einer bestehenden CA ausgestellte CA</translation>
    </message>
    <message>
        <source>e.g. Example Root CA</source>
        <translation>z. B. Example Root CA</translation>
    </message>
    <message>
        <source>CN=&lt;name&gt; when empty</source>
        <translation>CN=&lt;Name&gt;, wenn leer</translation>
    </message>
    <message>
        <source>A duration such as &apos;10y&apos; or &apos;5y 6mo&apos;</source>
        <translation>Eine Dauer wie &apos;10y&apos; oder &apos;5y 6mo&apos;</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>Ausgestellt &amp;von:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Subject DN:</source>
        <translation>&amp;Subject-DN:</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>Schlüssel&amp;typ:</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>S&amp;ubject DN:</source>
        <translation>S&amp;ubject-DN:</translation>
    </message>
    <message>
        <source>Va&amp;lidity:</source>
        <translation>Gü&amp;ltigkeit:</translation>
    </message>
    <message>
        <source>The key is generated on this machine and stored only encrypted with the master key. RSA 4096 keys take a few seconds.</source>
        <translation>Der Schlüssel wird auf diesem Rechner erzeugt und nur mit dem Master-Schlüssel verschlüsselt gespeichert. RSA-4096-Schlüssel benötigen einige Sekunden.</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
</context>
<context>
    <name>CaImportDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Import CA</source>
        <translation>CA importieren</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>nur bei verschlüsseltem Schlüssel</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.der *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Certificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>&amp;Private key:</source>
        <translation>&amp;Privater Schlüssel:</translation>
    </message>
    <message>
        <source>CA private key</source>
        <translation>Privater Schlüssel der CA</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>The certificate may be PEM or DER, or a PEM bundle with the CA first and its issuers after it. The key may be PEM or DER, encrypted or not.</source>
        <translation>Das Zertifikat kann PEM oder DER sein oder ein PEM-Bundle mit der CA zuerst und ihren Ausstellern danach. Der Schlüssel kann PEM oder DER sein, verschlüsselt oder nicht.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>CaModel</name>
    <message>
        <source>Chain only (no key)</source>
        <translation>Nur Kette (kein Schlüssel)</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Root</translation>
    </message>
    <message>
        <source>Issuing</source>
        <translation>Ausstellend</translation>
    </message>
    <message>
        <source>Issuing (under %1)</source>
        <translation>Ausstellend (unter %1)</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <source>Valid, renew early</source>
        <translation>Gültig, vorzeitig erneuern</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next CRL number</source>
        <translation>Nächste CRL-Nummer</translation>
    </message>
</context>
<context>
    <name>CasPage</name>
    <message>
        <source>CAs</source>
        <translation>CAs</translation>
    </message>
    <message>
        <source>&amp;New CA…</source>
        <translation>&amp;Neue CA…</translation>
    </message>
    <message>
        <source>Create a root CA, a root and an issuing CA, or a CA under an existing one</source>
        <translation>Eine Root-CA, eine Root- und eine ausstellende CA oder eine CA unter einer bestehenden erstellen</translation>
    </message>
    <message>
        <source>&amp;Import CA…</source>
        <translation>CA &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a CA certificate and its private key (PEM or DER, encrypted or not)</source>
        <translation>Ein CA-Zertifikat und seinen privaten Schlüssel importieren (PEM oder DER, verschlüsselt oder nicht)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>PEM and chain</source>
        <translation>PEM und Kette</translation>
    </message>
    <message>
        <source>CAs cannot be managed here: this console runs without the PKI services.</source>
        <translation>CAs können hier nicht verwaltet werden: Diese Konsole läuft ohne die PKI-Dienste.</translation>
    </message>
    <message>
        <source>Reading the CAs failed.</source>
        <translation>Die CAs konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Generating the key for %1…</source>
        <translation>Schlüssel für %1 wird erzeugt…</translation>
    </message>
    <message>
        <source>Creating CA &apos;%1&apos; failed.</source>
        <translation>Erstellen der CA &apos;%1&apos; fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Created %1.</source>
        <translation>%1 erstellt.</translation>
    </message>
    <message>
        <source>The certificate file %1 could not be read.</source>
        <translation>Die Zertifikatsdatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The key file %1 could not be read.</source>
        <translation>Die Schlüsseldatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Importing CA &apos;%1&apos; failed.</source>
        <translation>Import der CA &apos;%1&apos; fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Imported CA %1 (%2).</source>
        <translation>CA %1 (%2) importiert.</translation>
    </message>
    <message>
        <source>Select a CA to see its certificate, chain and CRL number.</source>
        <translation>Wählen Sie eine CA aus, um ihr Zertifikat, ihre Kette und ihre CRL-Nummer zu sehen.</translation>
    </message>
    <message>
        <source>Reading the CA failed.</source>
        <translation>Die CA konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
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
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>none: this CA cannot sign</source>
        <translation>keiner: Diese CA kann nicht signieren</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <source>Next CRL number</source>
        <translation>Nächste CRL-Nummer</translation>
    </message>
    <message>
        <source>Renew early since</source>
        <translation>Vorzeitig erneuern seit</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Mark for early re&amp;newal…</source>
        <translation>Für vorzeitige Er&amp;neuerung markieren…</translation>
    </message>
    <message>
        <source>Tell ACME clients (through renewal information, ARI) to renew every certificate this CA issued until now, e.g. after a key compromise</source>
        <translation>ACME-Clients (über Erneuerungsinformationen, ARI) auffordern, jedes bisher von dieser CA ausgestellte Zertifikat zu erneuern, z. B. nach einer Schlüsselkompromittierung</translation>
    </message>
    <message>
        <source>Mark for early renewal</source>
        <translation>Für vorzeitige Erneuerung markieren</translation>
    </message>
    <message>
        <source>Tell ACME clients to renew every certificate CA %1 issued until now? Clients that ask for renewal information (ARI) renew at once.</source>
        <translation>ACME-Clients auffordern, jedes bisher von CA %1 ausgestellte Zertifikat zu erneuern? Clients, die Erneuerungsinformationen (ARI) abfragen, erneuern sofort.</translation>
    </message>
    <message>
        <source>Marking CA %1 for early renewal failed.</source>
        <translation>CA %1 konnte nicht für vorzeitige Erneuerung markiert werden.</translation>
    </message>
    <message>
        <source>The certificates CA %1 issued until now are marked for early renewal.</source>
        <translation>Die bisher von CA %1 ausgestellten Zertifikate sind für vorzeitige Erneuerung markiert.</translation>
    </message>
    <message>
        <source>Add &amp;chain…</source>
        <translation>&amp;Kette hinzufügen…</translation>
    </message>
    <message>
        <source>Offer ACME clients another chain for this CA, to another root (for example through a cross-certificate): a PEM file with this CA&apos;s certificate first</source>
        <translation>ACME-Clients eine weitere Kette dieser CA zu einer anderen Wurzel anbieten (zum Beispiel über ein Cross-Zertifikat): eine PEM-Datei mit dem Zertifikat dieser CA zuerst</translation>
    </message>
    <message>
        <source>Remo&amp;ve chain…</source>
        <translation>Kette ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Stop offering one of this CA&apos;s chains to another root</source>
        <translation>Eine der Ketten dieser CA zu einer anderen Wurzel nicht mehr anbieten</translation>
    </message>
    <message>
        <source>Chain to another root</source>
        <translation>Kette zu einer anderen Wurzel</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove chain</source>
        <translation>Kette entfernen</translation>
    </message>
    <message>
        <source>ACME clients will no longer be offered this CA&apos;s chain to:</source>
        <translation>ACME-Clients wird die Kette dieser CA nicht mehr angeboten zu:</translation>
    </message>
    <message>
        <source>The chain file %1 could not be read.</source>
        <translation>Die Kettendatei %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Adding a chain to CA %1 failed.</source>
        <translation>Das Hinzufügen einer Kette zur CA %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>CA %1 now also offers its chain to %2.</source>
        <translation>CA %1 bietet jetzt auch ihre Kette zu %2 an.</translation>
    </message>
    <message>
        <source>Removing the chain of CA %1 failed.</source>
        <translation>Das Entfernen der Kette der CA %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>CA %1 no longer offers its chain to %2.</source>
        <translation>CA %1 bietet ihre Kette zu %2 nicht mehr an.</translation>
    </message>
    <message>
        <source>Alternate chains</source>
        <translation>Alternative Ketten</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>zu %1</translation>
    </message>
    <message>
        <source>Alternate chain to %1</source>
        <translation>Alternative Kette zu %1</translation>
    </message>
</context>
<context>
    <name>CertificateModel</name>
    <message>
        <source>unspecified</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>key compromise</source>
        <translation>Schlüssel kompromittiert</translation>
    </message>
    <message>
        <source>CA compromise</source>
        <translation>CA kompromittiert</translation>
    </message>
    <message>
        <source>affiliation changed</source>
        <translation>Zugehörigkeit geändert</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>cessation of operation</source>
        <translation>Betrieb eingestellt</translation>
    </message>
    <message>
        <source>certificate hold</source>
        <translation>Zertifikat ausgesetzt</translation>
    </message>
    <message>
        <source>remove from CRL</source>
        <translation>aus CRL entfernen</translation>
    </message>
    <message>
        <source>privilege withdrawn</source>
        <translation>Berechtigung entzogen</translation>
    </message>
    <message>
        <source>AA compromise</source>
        <translation>AA kompromittiert</translation>
    </message>
    <message>
        <source>reason %1</source>
        <translation>Grund %1</translation>
    </message>
    <message>
        <source>Revoked (%1)</source>
        <translation>Widerrufen (%1)</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjekt</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
</context>
<context>
    <name>CertificateProfilesPage</name>
    <message>
        <source>Certificate profiles</source>
        <translation>Zertifikatsprofile</translation>
    </message>
    <message>
        <source>certificate profile</source>
        <translation>Zertifikatsprofil</translation>
    </message>
    <message>
        <source>Key algorithms:</source>
        <translation>Schlüsselalgorithmen:</translation>
    </message>
    <message>
        <source>EC curves:</source>
        <translation>EC-Kurven:</translation>
    </message>
    <message>
        <source>RSA key &amp;sizes:</source>
        <translation>RSA-Schlüssel&amp;längen:</translation>
    </message>
    <message>
        <source>Bits, separated by commas: multiples of 1024 from 2048 to 8192</source>
        <translation>Bits, durch Kommas getrennt: Vielfache von 1024 von 2048 bis 8192</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <source>How long certificates are valid, e.g. &apos;90d&apos; or &apos;1y&apos;</source>
        <translation>Wie lange Zertifikate gültig sind, z. B. &apos;90d&apos; oder &apos;1y&apos;</translation>
    </message>
    <message>
        <source>Extended key usage:</source>
        <translation>Erweiterte Schlüsselverwendung:</translation>
    </message>
    <message>
        <source>Only one active certificate per end entity (a new one supersedes the others)</source>
        <translation>Nur ein aktives Zertifikat pro Endentität (ein neues ersetzt die anderen)</translation>
    </message>
    <message>
        <source>Reading the certificate profiles failed.</source>
        <translation>Die Zertifikatsprofile konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Search serial, subject, DNS name or IP address</source>
        <translation>Seriennummer, Subjekt, DNS-Name oder IP-Adresse suchen</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <source>&amp;Copy PEM</source>
        <translation>PEM &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Export PEM…</source>
        <translation>PEM &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the certificate and its chain as a PEM file</source>
        <translation>Das Zertifikat und seine Kette als PEM-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the selected certificate with a reason; it appears on the next CRL</source>
        <translation>Das ausgewählte Zertifikat mit einem Grund widerrufen; es erscheint in der nächsten CRL</translation>
    </message>
    <message>
        <source>Reading the certificates failed.</source>
        <translation>Die Zertifikate konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate and its chain were copied as PEM.</source>
        <translation>Das Zertifikat und seine Kette wurden als PEM kopiert.</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) loaded</source>
        <translation>
            <numerusform>%n Zertifikat geladen</numerusform>
            <numerusform>%n Zertifikate geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 Zertifikate</translation>
    </message>
    <message>
        <source>%1 of %2 certificates shown; scroll down for more</source>
        <translation>%1 von %2 Zertifikaten angezeigt; für weitere nach unten scrollen</translation>
    </message>
    <message>
        <source>Select a certificate to see its names, validity, PEM and chain.</source>
        <translation>Wählen Sie ein Zertifikat, um Namen, Gültigkeit, PEM und Kette zu sehen.</translation>
    </message>
    <message>
        <source>Reading certificate %1 failed.</source>
        <translation>Zertifikat %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>Alternative Subjektnamen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
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
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>The issuing CA&apos;s chain is not available.</source>
        <translation>Die Kette der ausstellenden CA ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Revoke the certificate for %1 (serial %2)? Relying parties learn of it from the next CRL. This cannot be undone.

Reason:</source>
        <translation>Das Zertifikat für %1 (Seriennummer %2) widerrufen? Vertrauende Parteien erfahren es aus der nächsten CRL. Dies kann nicht rückgängig gemacht werden.

Grund:</translation>
    </message>
    <message>
        <source>Revoking certificate %1 failed.</source>
        <translation>Zertifikat %1 konnte nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>Certificate %1 revoked; it is listed on the next CRL.</source>
        <translation>Zertifikat %1 widerrufen; es steht in der nächsten CRL.</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>Zertifikat exportieren</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The certificate could not be written to %1.</source>
        <translation>Das Zertifikat konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Certificate and chain saved to %1.</source>
        <translation>Zertifikat und Kette in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Revoke &amp;all matching…</source>
        <translation>&amp;Alle Treffer widerrufen…</translation>
    </message>
    <message>
        <source>Revoke every certificate that matches the search and the status filter, with one reason</source>
        <translation>Jedes Zertifikat, das der Suche und dem Statusfilter entspricht, mit einem gemeinsamen Grund widerrufen</translation>
    </message>
    <message>
        <source>Mark for early re&amp;newal</source>
        <translation>Für vorzeitige Er&amp;neuerung markieren</translation>
    </message>
    <message>
        <source>ACME clients that ask for renewal information (ARI) are told to renew this certificate now</source>
        <translation>ACME-Clients, die Erneuerungsinformationen (ARI) abfragen, werden aufgefordert, dieses Zertifikat jetzt zu erneuern</translation>
    </message>
    <message>
        <source>%1 of more than %2 certificates shown; scroll down for more</source>
        <translation>%1 von mehr als %2 Zertifikaten angezeigt; nach unten scrollen für mehr</translation>
    </message>
    <message>
        <source>Renew early since</source>
        <translation>Vorzeitige Erneuerung seit</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n certificates…</source>
        <translation>
            <numerusform>%n Zertifikat &amp;widerrufen…</numerusform>
            <numerusform>%n Zertifikate &amp;widerrufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke certificates</source>
        <translation>Zertifikate widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke the %n selected certificate(s)? Relying parties learn of it from the next CRL. This cannot be undone.

Reason:</source>
        <translation>
            <numerusform>Das ausgewählte Zertifikat widerrufen? Vertrauende Parteien erfahren es aus der nächsten CRL. Dies kann nicht rückgängig gemacht werden.

Grund:</numerusform>
            <numerusform>Die %n ausgewählten Zertifikate widerrufen? Vertrauende Parteien erfahren es aus der nächsten CRL. Dies kann nicht rückgängig gemacht werden.

Grund:</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting the certificates to revoke failed.</source>
        <translation>Die zu widerrufenden Zertifikate konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>No certificate matches the search and the status filter.</source>
        <translation>Kein Zertifikat entspricht der Suche und dem Statusfilter.</translation>
    </message>
    <message>
        <source>Revoke all %1 certificates that match the search and the status filter? Relying parties learn of it from the next CRL. This cannot be undone.

Reason:</source>
        <translation>Alle %1 Zertifikate widerrufen, die der Suche und dem Statusfilter entsprechen? Vertrauende Parteien erfahren es aus der nächsten CRL. Dies kann nicht rückgängig gemacht werden.

Grund:</translation>
    </message>
    <message>
        <source>Really revoke %1 certificates with reason &quot;%2&quot;?</source>
        <translation>Wirklich %1 Zertifikate mit dem Grund „%2“ widerrufen?</translation>
    </message>
    <message>
        <source>Revoking certificates…</source>
        <translation>Zertifikate werden widerrufen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Revoking the certificates failed.</source>
        <translation>Die Zertifikate konnten nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>Revoking certificates… %1 of %2 done</source>
        <translation>Zertifikate werden widerrufen… %1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 revoked, %2 already revoked, %3 failed.</source>
        <translation>%1 widerrufen, %2 bereits widerrufen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Before it stopped: %1</source>
        <translation>Vor dem Abbruch: %1</translation>
    </message>
    <message>
        <source>Bulk revocation cancelled: %1</source>
        <translation>Massenwiderruf abgebrochen: %1</translation>
    </message>
    <message>
        <source>Bulk revocation finished: %1</source>
        <translation>Massenwiderruf abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Bulk revocation finished: %1 They are listed on the next CRL.</source>
        <translation>Massenwiderruf abgeschlossen: %1 Sie stehen in der nächsten CRL.</translation>
    </message>
    <message>
        <source>Marking certificate %1 for early renewal failed.</source>
        <translation>Zertifikat %1 konnte nicht für vorzeitige Erneuerung markiert werden.</translation>
    </message>
    <message>
        <source>Certificate %1 is marked for early renewal: ACME clients that ask for renewal information are told to renew it now.</source>
        <translation>Zertifikat %1 ist für vorzeitige Erneuerung markiert: ACME-Clients, die Erneuerungsinformationen abfragen, werden aufgefordert, es jetzt zu erneuern.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>The last 14 days</source>
        <translation>Die letzten 14 Tage</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivitäten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>ACME accounts</source>
        <translation>ACME-Konten</translation>
    </message>
    <message>
        <source>Orders waiting for validation</source>
        <translation>Bestellungen, die auf Validierung warten</translation>
    </message>
    <message>
        <source>Orders completed</source>
        <translation>Abgeschlossene Bestellungen</translation>
    </message>
    <message>
        <source>Orders failed</source>
        <translation>Fehlgeschlagene Bestellungen</translation>
    </message>
    <message>
        <source>Valid certificates</source>
        <translation>Gültige Zertifikate</translation>
    </message>
    <message>
        <source>Issued today</source>
        <translation>Heute ausgestellt</translation>
    </message>
    <message>
        <source>Revoked today</source>
        <translation>Heute widerrufen</translation>
    </message>
    <message>
        <source>Expiring within 30 days</source>
        <translation>Laufen in 30 Tagen ab</translation>
    </message>
    <message>
        <source>Approvals pending</source>
        <translation>Ausstehende Genehmigungen</translation>
    </message>
    <message>
        <source>Certificate authorities</source>
        <translation>Zertifizierungsstellen</translation>
    </message>
    <message>
        <source>Reading the dashboard figures failed.</source>
        <translation>Die Zahlen der Übersicht konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>ACME accounts (%1 active)</source>
        <translation>ACME-Konten (%1 aktiv)</translation>
    </message>
    <message>
        <source>The ACME server is not running in this console.</source>
        <translation>Der ACME-Server läuft nicht in dieser Konsole.</translation>
    </message>
    <message>
        <source>The ACME server is starting.</source>
        <translation>Der ACME-Server startet.</translation>
    </message>
    <message>
        <source>The ACME server is listening on port(s) %1.</source>
        <translation>Der ACME-Server lauscht auf Port(s) %1.</translation>
    </message>
    <message>
        <source>The ACME server stopped: %1</source>
        <translation>Der ACME-Server wurde angehalten: %1</translation>
    </message>
    <message>
        <source>%1 The ACME protocol is %2.</source>
        <translation>%1 Das ACME-Protokoll ist %2.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled (enable it on the Protocol page)</source>
        <translation>deaktiviert (aktivieren Sie es auf der Seite Protokoll)</translation>
    </message>
    <message>
        <source>Its TLS certificate expires %1.</source>
        <translation>Sein TLS-Zertifikat läuft am %1 ab.</translation>
    </message>
    <message>
        <source>Recent failed validations</source>
        <translation>Letzte fehlgeschlagene Validierungen</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Challenge</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Live server metrics</source>
        <translation>Live-Messwerte des Servers</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Nach Status</translation>
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
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Validations</source>
        <translation>Validierungen</translation>
    </message>
    <message>
        <source>Requests served since start</source>
        <translation>Beantwortete Anfragen seit dem Start</translation>
    </message>
    <message>
        <source>Latency p99 (ms), all endpoints</source>
        <translation>Latenz p99 (ms), alle Endpunkte</translation>
    </message>
    <message>
        <source>Certificates issued for ACME orders</source>
        <translation>Für ACME-Bestellungen ausgestellte Zertifikate</translation>
    </message>
    <message>
        <source>Certificates revoked</source>
        <translation>Widerrufene Zertifikate</translation>
    </message>
    <message>
        <source>Unused nonces in the nonce store</source>
        <translation>Unbenutzte Nonces im Nonce-Speicher</translation>
    </message>
    <message>
        <source>The same numbers as the server&apos;s /metrics, since this console started it.</source>
        <translation>Dieselben Zahlen wie /metrics des Servers, seit diese Konsole ihn gestartet hat.</translation>
    </message>
    <message>
        <source>This console hosts no ACME server: there are no live numbers.</source>
        <translation>Diese Konsole betreibt keinen ACME-Server: Es gibt keine Live-Zahlen.</translation>
    </message>
</context>
<context>
    <name>EabKeyCreatedDialog</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>EAB key created</source>
        <translation>EAB-Schlüssel erstellt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Copy the key now.&lt;/b&gt; It is shown this once; give it to the ACME client&apos;s operator over a trusted channel.</source>
        <translation>&lt;b&gt;Kopieren Sie den Schlüssel jetzt.&lt;/b&gt; Er wird nur dieses eine Mal angezeigt; geben Sie ihn über einen vertrauenswürdigen Kanal an den Betreiber des ACME-Clients weiter.</translation>
    </message>
    <message>
        <source>Key identifier:</source>
        <translation>Schlüsselkennung:</translation>
    </message>
    <message>
        <source>MAC key:</source>
        <translation>MAC-Schlüssel:</translation>
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
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Single use: binds one account only</source>
        <translation>Einmalig: bindet nur ein Konto</translation>
    </message>
    <message>
        <source>Encrypt Key: store the key encrypted with the master key</source>
        <translation>Schlüssel verschlüsseln: den Schlüssel mit dem Master-Schlüssel verschlüsselt speichern</translation>
    </message>
    <message>
        <source>New EAB key for alias %1</source>
        <translation>Neuer EAB-Schlüssel für Alias %1</translation>
    </message>
    <message>
        <source>Generate a 256-bit MAC key</source>
        <translation>Einen 256-Bit-MAC-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>Paste a base64url MAC key:</source>
        <translation>Einen base64url-MAC-Schlüssel einfügen:</translation>
    </message>
    <message>
        <source>Upload a MAC key from a PEM or DER file:</source>
        <translation>Einen MAC-Schlüssel aus einer PEM- oder DER-Datei hochladen:</translation>
    </message>
    <message>
        <source>Asymmetric: upload a public key or X.509 certificate (PEM or DER):</source>
        <translation>Asymmetrisch: einen öffentlichen Schlüssel oder ein X.509-Zertifikat hochladen (PEM oder DER):</translation>
    </message>
    <message>
        <source>base64url, at most %1 characters</source>
        <translation>base64url, höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Default: derived from the key</source>
        <translation>Standard: aus dem Schlüssel abgeleitet</translation>
    </message>
    <message>
        <source>The &apos;kid&apos; clients send: at most %1 characters of A–Z, a–z, 0–9, &apos;-&apos; and &apos;_&apos;. Empty: base64url of the key&apos;s SHA-1 (of the fingerprint for public keys).</source>
        <translation>Die &apos;kid&apos;, die Clients senden: höchstens %1 Zeichen aus A–Z, a–z, 0–9, &apos;-&apos; und &apos;_&apos;. Leer: base64url des SHA-1 des Schlüssels (bei öffentlichen Schlüsseln des Fingerabdrucks).</translation>
    </message>
    <message>
        <source>Who or what the key is for</source>
        <translation>Für wen oder was der Schlüssel ist</translation>
    </message>
    <message>
        <source>Key identifier:</source>
        <translation>Schlüsselkennung:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Bezeichnung:</translation>
    </message>
    <message>
        <source>MAC algorithm:</source>
        <translation>MAC-Algorithmus:</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Can&apos;t read this file (at most 64 KiB).</source>
        <translation>Diese Datei kann nicht gelesen werden (höchstens 64 KiB).</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s) read.</source>
        <translation>
            <numerusform>%n Byte gelesen.</numerusform>
            <numerusform>%n Bytes gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Keys and certificates (*.pem *.der *.crt *.cer *.key *.bin);;All files (*)</source>
        <translation>Schlüssel und Zertifikate (*.pem *.der *.crt *.cer *.key *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The key identifier may only contain A–Z, a–z, 0–9, &apos;-&apos; and &apos;_&apos; (at most %1 characters).</source>
        <translation>Die Schlüsselkennung darf nur A–Z, a–z, 0–9, &apos;-&apos; und &apos;_&apos; enthalten (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Paste the key, base64url-encoded.</source>
        <translation>Fügen Sie den Schlüssel base64url-kodiert ein.</translation>
    </message>
    <message>
        <source>The pasted key is not base64url (A–Z, a–z, 0–9, &apos;-&apos;, &apos;_&apos;, at most %1 characters).</source>
        <translation>Der eingefügte Schlüssel ist kein base64url (A–Z, a–z, 0–9, &apos;-&apos;, &apos;_&apos;, höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The key is too short: at least %1 bytes.</source>
        <translation>Der Schlüssel ist zu kurz: mindestens %1 Bytes.</translation>
    </message>
    <message>
        <source>Choose the key file.</source>
        <translation>Wählen Sie die Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Choose the public key or certificate file.</source>
        <translation>Wählen Sie die Datei mit dem öffentlichen Schlüssel oder Zertifikat.</translation>
    </message>
    <message>
        <source>The file holds no usable key (%1 to %2 bytes).</source>
        <translation>Die Datei enthält keinen verwendbaren Schlüssel (%1 bis %2 Bytes).</translation>
    </message>
    <message>
        <source>The expiry must lie in the future.</source>
        <translation>Der Ablauf muss in der Zukunft liegen.</translation>
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
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verwendet</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>MAC key, encrypted at rest</source>
        <translation>MAC-Schlüssel, verschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>MAC key</source>
        <translation>MAC-Schlüssel</translation>
    </message>
    <message>
        <source>Public key, fingerprint %1</source>
        <translation>Öffentlicher Schlüssel, Fingerabdruck %1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>Schlüsselkennung</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>EabKeysPage</name>
    <message>
        <source>EAB keys</source>
        <translation>EAB-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <source>Generate, paste or upload a key for this alias</source>
        <translation>Einen Schlüssel für diesen Alias erzeugen, einfügen oder hochladen</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <source>Revoked keys bind no new accounts; accounts already bound stay</source>
        <translation>Widerrufene Schlüssel binden keine neuen Konten; bereits gebundene Konten bleiben bestehen</translation>
    </message>
    <message>
        <source>&amp;Show key…</source>
        <translation>Schlüssel &amp;anzeigen…</translation>
    </message>
    <message>
        <source>Shows the MAC key again; the audit log records who asked</source>
        <translation>Zeigt den MAC-Schlüssel erneut an; das Audit-Log protokolliert, wer ihn abgerufen hat</translation>
    </message>
    <message>
        <source>This alias requires External Account Binding: new accounts need one of its active keys.</source>
        <translation>Dieser Alias erfordert External Account Binding: Neue Konten benötigen einen seiner aktiven Schlüssel.</translation>
    </message>
    <message>
        <source>This alias does not require External Account Binding; clients may still bind their accounts with a key. Turn it on in the alias editor.</source>
        <translation>Dieser Alias erfordert kein External Account Binding; Clients können ihre Konten dennoch mit einem Schlüssel binden. Aktivieren Sie es im Alias-Editor.</translation>
    </message>
    <message>
        <source>Directory: %1</source>
        <translation>Verzeichnis: %1</translation>
    </message>
    <message>
        <source>Reading the aliases failed.</source>
        <translation>Lesen der Aliase fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Reading the EAB keys of %1 failed.</source>
        <translation>Lesen der EAB-Schlüssel von %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>This alias has no EAB keys yet. Create one with New key.</source>
        <translation>Dieser Alias hat noch keine EAB-Schlüssel. Erstellen Sie einen mit „Neuer Schlüssel“.</translation>
    </message>
    <message>
        <source>Select a key to see the accounts it bound.</source>
        <translation>Wählen Sie einen Schlüssel, um die damit gebundenen Konten zu sehen.</translation>
    </message>
    <message>
        <source>Key identifier</source>
        <translation>Schlüsselkennung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>MAC key (%1), encrypted at rest</source>
        <translation>MAC-Schlüssel (%1), verschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>MAC key (%1)</source>
        <translation>MAC-Schlüssel (%1)</translation>
    </message>
    <message>
        <source>Public key (%1)</source>
        <translation>Öffentlicher Schlüssel (%1)</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Single use</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>First used</source>
        <translation>Erstmals verwendet</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Accounts bound with this key</source>
        <translation>Mit diesem Schlüssel gebundene Konten</translation>
    </message>
    <message>
        <source>Reading them failed.</source>
        <translation>Lesen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Creating an EAB key for %1 failed.</source>
        <translation>Erstellen eines EAB-Schlüssels für %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>EAB key %1 created.</source>
        <translation>EAB-Schlüssel %1 erstellt.</translation>
    </message>
    <message>
        <source>EAB key created</source>
        <translation>EAB-Schlüssel erstellt</translation>
    </message>
    <message>
        <source>Show EAB key</source>
        <translation>EAB-Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Show the MAC key of %1? The audit log records that you asked.</source>
        <translation>MAC-Schlüssel von %1 anzeigen? Das Audit-Log protokolliert diesen Abruf.</translation>
    </message>
    <message>
        <source>Reading EAB key %1 failed.</source>
        <translation>Lesen des EAB-Schlüssels %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>EAB key %1</source>
        <translation>EAB-Schlüssel %1</translation>
    </message>
    <message>
        <source>Revoke EAB key</source>
        <translation>EAB-Schlüssel widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke EAB key %1 of alias %2? It binds no new accounts afterwards; the %n account(s) it bound stay. This cannot be undone.</source>
        <translation>
            <numerusform>EAB-Schlüssel %1 von Alias %2 widerrufen? Er bindet danach keine neuen Konten mehr; das %n damit gebundene Konto bleibt bestehen. Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>EAB-Schlüssel %1 von Alias %2 widerrufen? Er bindet danach keine neuen Konten mehr; die %n damit gebundenen Konten bleiben bestehen. Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking EAB key %1 failed.</source>
        <translation>Widerrufen des EAB-Schlüssels %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>EAB key %1 revoked.</source>
        <translation>EAB-Schlüssel %1 widerrufen.</translation>
    </message>
</context>
<context>
    <name>EndEntityProfilesPage</name>
    <message>
        <source>End entity profiles</source>
        <translation>Endentitätsprofile</translation>
    </message>
    <message>
        <source>end entity profile</source>
        <translation>Endentitätsprofil</translation>
    </message>
    <message>
        <source>Subject &amp;DN attributes:</source>
        <translation>Subject-&amp;DN-Attribute:</translation>
    </message>
    <message>
        <source>Attributes an end entity&apos;s subject may carry, separated by commas: CN, O, OU, C…</source>
        <translation>Im Subject einer Endentität erlaubte Attribute, durch Kommas getrennt: CN, O, OU, C…</translation>
    </message>
    <message>
        <source>Common name required</source>
        <translation>Common Name erforderlich</translation>
    </message>
    <message>
        <source>Common name taken from the request (otherwise fixed by the administrator)</source>
        <translation>Common Name aus der Anfrage übernommen (sonst vom Administrator festgelegt)</translation>
    </message>
    <message>
        <source>E-mail address used</source>
        <translation>E-Mail-Adresse verwendet</translation>
    </message>
    <message>
        <source>E-mail address required</source>
        <translation>E-Mail-Adresse erforderlich</translation>
    </message>
    <message>
        <source>DNS names allowed in the subject alternative name</source>
        <translation>DNS-Namen im Subject Alternative Name erlaubt</translation>
    </message>
    <message>
        <source>Maximum DNS &amp;names:</source>
        <translation>Maximale Anzahl DNS-&amp;Namen:</translation>
    </message>
    <message>
        <source>IP addresses allowed in the subject alternative name</source>
        <translation>IP-Adressen im Subject Alternative Name erlaubt</translation>
    </message>
    <message>
        <source>Maximum &amp;IP addresses:</source>
        <translation>Maximale Anzahl &amp;IP-Adressen:</translation>
    </message>
    <message>
        <source>Default &amp;certificate profile:</source>
        <translation>Standard-&amp;Zertifikatprofil:</translation>
    </message>
    <message>
        <source>Available certificate &amp;profiles:</source>
        <translation>Verfügbare Zertifikat&amp;profile:</translation>
    </message>
    <message>
        <source>Separated by commas; empty allows only the default</source>
        <translation>Durch Kommas getrennt; leer erlaubt nur den Standard</translation>
    </message>
    <message>
        <source>Default C&amp;A:</source>
        <translation>Standard-C&amp;A:</translation>
    </message>
    <message>
        <source>Available CA&amp;s:</source>
        <translation>Verfügbare CA&amp;s:</translation>
    </message>
    <message>
        <source>Reading the end entity profiles failed.</source>
        <translation>Lesen der Endentitätsprofile fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>The operation did not complete.</source>
        <translation>Der Vorgang wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>It no longer exists; someone may have removed it. Refresh the page.</source>
        <translation>Es existiert nicht mehr; jemand hat es möglicherweise entfernt. Aktualisieren Sie die Seite.</translation>
    </message>
    <message>
        <source>It conflicts with the current state, which may have been changed by someone else.</source>
        <translation>Es steht im Widerspruch zum aktuellen Zustand, den möglicherweise jemand anderes geändert hat.</translation>
    </message>
    <message>
        <source>A value is not valid.</source>
        <translation>Ein Wert ist ungültig.</translation>
    </message>
    <message>
        <source>This is not allowed.</source>
        <translation>Das ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Too many requests; try again shortly.</source>
        <translation>Zu viele Anfragen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The certificate request is not acceptable.</source>
        <translation>Die Zertifikatsanforderung ist nicht annehmbar.</translation>
    </message>
    <message>
        <source>The signature algorithm is not supported.</source>
        <translation>Der Signaturalgorithmus wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The public key is not acceptable.</source>
        <translation>Der öffentliche Schlüssel ist nicht annehmbar.</translation>
    </message>
    <message>
        <source>The request was replayed or came too late.</source>
        <translation>Die Anfrage wurde wiederholt oder kam zu spät.</translation>
    </message>
    <message>
        <source>The profile is not valid.</source>
        <translation>Das Profil ist ungültig.</translation>
    </message>
    <message>
        <source>An identifier is not allowed.</source>
        <translation>Eine Kennung ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>This is not supported.</source>
        <translation>Das wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The database could not be read or written. Check that it is reachable and not full; details are in the server log.</source>
        <translation>Die Datenbank konnte nicht gelesen oder geschrieben werden. Prüfen Sie, ob sie erreichbar und nicht voll ist; Einzelheiten stehen im Serverprotokoll.</translation>
    </message>
    <message>
        <source>A cryptographic operation failed; details are in the server log.</source>
        <translation>Ein kryptografischer Vorgang ist fehlgeschlagen; Einzelheiten stehen im Serverprotokoll.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>An internal error occurred; details are in the server log.</source>
        <translation>Ein interner Fehler ist aufgetreten; Einzelheiten stehen im Serverprotokoll.</translation>
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
        <translation>%1: %2 ausgestellt, %3 fehlgeschlagene Validierungen</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Ausgestellte Zertifikate</translation>
    </message>
    <message>
        <source>Failed validations</source>
        <translation>Fehlgeschlagene Validierungen</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Request log</source>
        <translation>Anfrageprotokoll</translation>
    </message>
    <message>
        <source>Filter by path, method, alias, account, status or problem</source>
        <translation>Nach Pfad, Methode, Alias, Konto, Status oder Problem filtern</translation>
    </message>
    <message>
        <source>&amp;Errors only</source>
        <translation>Nur &amp;Fehler</translation>
    </message>
    <message>
        <source>Show only requests answered with a status of 400 or more</source>
        <translation>Nur Anfragen anzeigen, die mit Status 400 oder höher beantwortet wurden</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Hold new requests back while you read; they appear when you resume</source>
        <translation>Neue Anfragen beim Lesen zurückhalten; sie erscheinen beim Fortsetzen</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>%1 of the last %2 requests shown</source>
        <translation>%1 der letzten %2 Anfragen angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) held while paused</source>
        <translation>
            <numerusform>%n Anfrage während der Pause zurückgehalten</numerusform>
            <numerusform>%n Anfragen während der Pause zurückgehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>About Anvil</source>
        <translation>Über Anvil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Anvil %1&lt;/h3&gt;&lt;p&gt;An ACME certificate authority (RFC 8555) with this administration console.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Anvil %1&lt;/h3&gt;&lt;p&gt;Eine ACME-Zertifizierungsstelle (RFC 8555) mit dieser Verwaltungskonsole.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Anvil ACME Console</source>
        <translation>Anvil ACME-Konsole</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Anvil</source>
        <translation>&amp;Über Anvil</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Server not running</source>
        <translation>Server läuft nicht</translation>
    </message>
    <message>
        <source>Server starting…</source>
        <translation>Server startet…</translation>
    </message>
    <message>
        <source>Server running on port(s) %1</source>
        <translation>Server läuft auf Port(s) %1</translation>
    </message>
    <message>
        <source>Server stopped: %1</source>
        <translation>Server angehalten: %1</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate expires %1.</source>
        <translation>Das TLS-Zertifikat des Servers läuft am %1 ab.</translation>
    </message>
    <message>
        <source>ACME state unknown</source>
        <translation>ACME-Status unbekannt</translation>
    </message>
    <message>
        <source>ACME enabled</source>
        <translation>ACME aktiviert</translation>
    </message>
    <message>
        <source>ACME disabled</source>
        <translation>ACME deaktiviert</translation>
    </message>
    <message>
        <source>Can&apos;t create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Can&apos;t write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>OrderModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Bezeichner</translation>
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
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Genehmigung</translation>
    </message>
    <message>
        <source>Processing: finalized, held until an administrator decides on approval request %1</source>
        <translation>In Bearbeitung: abgeschlossen, zurückgehalten, bis ein Administrator über die Genehmigungsanfrage %1 entscheidet</translation>
    </message>
    <message>
        <source>Approved, issuing</source>
        <translation>Genehmigt, wird ausgestellt</translation>
    </message>
    <message>
        <source>Rejected, closing</source>
        <translation>Abgelehnt, wird geschlossen</translation>
    </message>
    <message>
        <source>Approval request %1 was approved: the server issues the certificate within seconds</source>
        <translation>Genehmigungsanfrage %1 wurde genehmigt: der Server stellt das Zertifikat innerhalb von Sekunden aus</translation>
    </message>
    <message>
        <source>Approval request %1 was rejected: the server marks the order invalid within seconds</source>
        <translation>Genehmigungsanfrage %1 wurde abgelehnt: der Server markiert die Bestellung innerhalb von Sekunden als ungültig</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <source>Reading the orders failed.</source>
        <translation>Lesen der Aufträge fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Search identifier, order id or account id</source>
        <translation>Bezeichner, Auftrags-ID oder Konto-ID suchen</translation>
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
        <translation>&amp;Zertifikat anzeigen</translation>
    </message>
    <message>
        <source>Open the certificate issued for this order in the certificates browser</source>
        <translation>Das für diesen Auftrag ausgestellte Zertifikat im Zertifikatsbrowser öffnen</translation>
    </message>
    <message>
        <source>All aliases</source>
        <translation>Alle Aliase</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded</source>
        <translation>
            <numerusform>%n Auftrag geladen</numerusform>
            <numerusform>%n Aufträge geladen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 Aufträge</translation>
    </message>
    <message>
        <source>%1 of %2 orders shown; scroll down for more</source>
        <translation>%1 von %2 Aufträgen angezeigt; für weitere nach unten scrollen</translation>
    </message>
    <message>
        <source>Select an order to see its identifiers, authorizations, challenges and errors.</source>
        <translation>Wählen Sie einen Auftrag, um Bezeichner, Autorisierungen, Challenges und Fehler zu sehen.</translation>
    </message>
    <message>
        <source>Reading order %1 failed.</source>
        <translation>Lesen von Auftrag %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Auftrag %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Bezeichner</translation>
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
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Requested validity</source>
        <translation>Angeforderte Gültigkeit</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Authorizations</source>
        <translation>Autorisierungen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>Ablauf %1</translation>
    </message>
    <message>
        <source>validated %1</source>
        <translation>validiert %1</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Genehmigung</translation>
    </message>
    <message>
        <source>Held until an administrator decides on approval request %1 (Approvals page)</source>
        <translation>Zurückgehalten, bis ein Administrator über die Genehmigungsanfrage %1 entscheidet (Seite Genehmigungen)</translation>
    </message>
    <message>
        <source>Decided: approval request %1</source>
        <translation>Entschieden: Genehmigungsanfrage %1</translation>
    </message>
</context>
<context>
    <name>ProfilesPage</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>C&amp;lone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the %1 &apos;%2&apos;?</source>
        <translation>%1 &apos;%2&apos; löschen?</translation>
    </message>
    <message>
        <source>Saving the %1 &apos;%2&apos; failed.</source>
        <translation>Speichern von %1 &apos;%2&apos; fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was saved; new certificates use it at once.</source>
        <translation>%1 &apos;%2&apos; wurde gespeichert; neue Zertifikate verwenden es sofort.</translation>
    </message>
    <message>
        <source>Deleting the %1 &apos;%2&apos; failed.</source>
        <translation>Löschen von %1 &apos;%2&apos; fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; was deleted.</source>
        <translation>%1 &apos;%2&apos; wurde gelöscht.</translation>
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
        <translation>ACME-Protokoll &amp;aktivieren</translation>
    </message>
    <message>
        <source>The ACME protocol is disabled by default. While it is disabled, every ACME request is refused.</source>
        <translation>Das ACME-Protokoll ist standardmäßig deaktiviert. Solange es deaktiviert ist, wird jede ACME-Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>&amp;Default ACME configuration:</source>
        <translation>&amp;Standard-ACME-Konfiguration:</translation>
    </message>
    <message>
        <source>The configuration to use without alias specified.</source>
        <translation>Die Konfiguration, die ohne angegebenen Alias verwendet wird.</translation>
    </message>
    <message>
        <source>Replay &amp;nonce validity:</source>
        <translation>Gültigkeit der Replay-&amp;Nonce:</translation>
    </message>
    <message>
        <source>Defines the validity in milliseconds of a generated replay nonce.</source>
        <translation>Legt die Gültigkeit einer erzeugten Replay-Nonce in Millisekunden fest.</translation>
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
        <translation>Server&amp;namen:</translation>
    </message>
    <message>
        <source>Host names and IP addresses in the server&apos;s own TLS certificate, separated by commas. The first one is used in the directory URLs shown for each alias.</source>
        <translation>Hostnamen und IP-Adressen im eigenen TLS-Zertifikat des Servers, durch Kommas getrennt. Der erste wird in den Verzeichnis-URLs jedes Alias verwendet.</translation>
    </message>
    <message>
        <source>ca.example.com, 192.0.2.10</source>
        <translation>ca.example.com, 192.0.2.10</translation>
    </message>
    <message>
        <source>HTTPS &amp;port:</source>
        <translation>HTTPS-&amp;Port:</translation>
    </message>
    <message>
        <source>Port of the ACME service without client authentication.</source>
        <translation>Port des ACME-Dienstes ohne Client-Authentisierung.</translation>
    </message>
    <message>
        <source>HTTPS port with &amp;client authentication:</source>
        <translation>HTTPS-Port mit &amp;Client-Authentisierung:</translation>
    </message>
    <message>
        <source>Port of the ACME service that requires a client certificate.</source>
        <translation>Port des ACME-Dienstes, der ein Client-Zertifikat verlangt.</translation>
    </message>
    <message>
        <source>HTTP port (CRL and OCSP):</source>
        <translation>HTTP-Port (CRL und OCSP):</translation>
    </message>
    <message>
        <source>Public HTTP &amp;base URL:</source>
        <translation>Öffentliche HTTP-&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>Base URL under which CRLs and CA certificates are published, written into issued certificates.</source>
        <translation>Basis-URL, unter der CRLs und CA-Zertifikate veröffentlicht werden; wird in ausgestellte Zertifikate geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Reading the protocol configuration failed.</source>
        <translation>Die Protokollkonfiguration konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a host name nor an IP address.</source>
        <translation>&apos;%1&apos; ist weder ein Hostname noch eine IP-Adresse.</translation>
    </message>
    <message>
        <source>The public HTTP base URL must be an http:// URL, e.g. http://ca.example.com:8080.</source>
        <translation>Die öffentliche HTTP-Basis-URL muss eine http://-URL sein, z. B. http://ca.example.com:8080.</translation>
    </message>
    <message>
        <source>The three ports must differ.</source>
        <translation>Die drei Ports müssen sich unterscheiden.</translation>
    </message>
    <message>
        <source>Choose a default ACME configuration: clients that name no alias use it.</source>
        <translation>Wählen Sie eine Standard-ACME-Konfiguration: Clients, die keinen Alias angeben, verwenden sie.</translation>
    </message>
    <message>
        <source>The settings are not valid.</source>
        <translation>Die Einstellungen sind ungültig.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>Saving the protocol configuration failed.</source>
        <translation>Die Protokollkonfiguration konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved. The ACME protocol is enabled.</source>
        <translation>Gespeichert. Das ACME-Protokoll ist aktiviert.</translation>
    </message>
    <message>
        <source>Saved. The ACME protocol is disabled.</source>
        <translation>Gespeichert. Das ACME-Protokoll ist deaktiviert.</translation>
    </message>
    <message>
        <source>Serve an &amp;OpenAPI description of the ACME endpoints</source>
        <translation>Eine &amp;OpenAPI-Beschreibung der ACME-Endpunkte bereitstellen</translation>
    </message>
    <message>
        <source>Off by default. When on, every alias answers GET openapi.json beside its directory (e.g. /acme/openapi.json, /acme/NAME/openapi.json) with an OpenAPI 3 description of its endpoints, request bodies, problem documents and status codes.</source>
        <translation>Standardmäßig aus. Wenn aktiviert, beantwortet jeder Alias GET openapi.json neben seinem Verzeichnis (z. B. /acme/openapi.json, /acme/NAME/openapi.json) mit einer OpenAPI-3-Beschreibung seiner Endpunkte, Anfragekörper, Problemdokumente und Statuscodes.</translation>
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
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
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
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Console settings</source>
        <translation>Konsoleneinstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>These settings only change how this console looks on this computer. They are not shared with other administrators or the server.</source>
        <translation>Diese Einstellungen ändern nur das Aussehen dieser Konsole auf diesem Computer. Sie werden nicht mit anderen Administratoren oder dem Server geteilt.</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Set up Anvil</source>
        <translation>Anvil einrichten</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>Anvil signs ACME certificates with an issuing CA. Create a new root and issuing CA, or import the CA your organisation already has.</source>
        <translation>Anvil signiert ACME-Zertifikate mit einer ausstellenden CA. Erstellen Sie eine neue Root- und ausstellende CA oder importieren Sie die bereits vorhandene CA Ihrer Organisation.</translation>
    </message>
    <message>
        <source>Create a new root CA and issuing CA</source>
        <translation>Neue Root-CA und ausstellende CA erstellen</translation>
    </message>
    <message>
        <source>Issue ACME certificates from an issuing CA below the root (recommended)</source>
        <translation>ACME-Zertifikate von einer ausstellenden CA unterhalb der Root ausstellen (empfohlen)</translation>
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
        <translation>Vorhandene CA importieren (Zertifikat und privater Schlüssel)</translation>
    </message>
    <message>
        <source>PEM or DER certificate, or a PEM chain</source>
        <translation>PEM- oder DER-Zertifikat oder eine PEM-Kette</translation>
    </message>
    <message>
        <source>PEM or DER private key</source>
        <translation>Privater Schlüssel als PEM oder DER</translation>
    </message>
    <message>
        <source>only for an encrypted key</source>
        <translation>nur bei verschlüsseltem Schlüssel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei auswählen</translation>
    </message>
    <message>
        <source>Root CA subject:</source>
        <translation>Subject der Root-CA:</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Zertifikat:</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>The names and addresses ACME clients use to reach this server go into its TLS certificate. Port 8442 serves TLS, 8443 TLS with client certificates, 8080 plain HTTP for CRLs; 0 turns a listener off.</source>
        <translation>Die Namen und Adressen, über die ACME-Clients diesen Server erreichen, werden in sein TLS-Zertifikat aufgenommen. Port 8442 bedient TLS, 8443 TLS mit Client-Zertifikaten, 8080 unverschlüsseltes HTTP für CRLs; 0 deaktiviert einen Listener.</translation>
    </message>
    <message>
        <source>Host names and IP addresses:</source>
        <translation>Hostnamen und IP-Adressen:</translation>
    </message>
    <message>
        <source>TLS port:</source>
        <translation>TLS-Port:</translation>
    </message>
    <message>
        <source>Client-certificate TLS port:</source>
        <translation>TLS-Port mit Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Plain HTTP port (CRLs):</source>
        <translation>Unverschlüsselter HTTP-Port (CRLs):</translation>
    </message>
    <message>
        <source>ACME</source>
        <translation>ACME</translation>
    </message>
    <message>
        <source>ACME clients use an alias: a configuration with its own directory URL, profiles and rules. You can add more aliases later.</source>
        <translation>ACME-Clients verwenden einen Alias: eine Konfiguration mit eigener Verzeichnis-URL, eigenen Profilen und Regeln. Weitere Aliase können Sie später hinzufügen.</translation>
    </message>
    <message>
        <source>Enable the ACME protocol now</source>
        <translation>ACME-Protokoll jetzt aktivieren</translation>
    </message>
    <message>
        <source>First alias:</source>
        <translation>Erster Alias:</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The setup failed.</source>
        <translation>Die Einrichtung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>TermsPage</name>
    <message>
        <source>Terms of Service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>&amp;Edit in alias editor…</source>
        <translation>Im Alias-Editor &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Terms of Service settings are part of the alias configuration</source>
        <translation>Die Einstellungen der Nutzungsbedingungen sind Teil der Alias-Konfiguration</translation>
    </message>
    <message>
        <source>Current settings</source>
        <translation>Aktuelle Einstellungen</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Versionen, neueste zuerst</translation>
    </message>
    <message>
        <source>Terms of Service URL:</source>
        <translation>URL der Nutzungsbedingungen:</translation>
    </message>
    <message>
        <source>Changes of Terms of Service URL:</source>
        <translation>Änderungen der Nutzungsbedingungen-URL:</translation>
    </message>
    <message>
        <source>Require client approval for changes:</source>
        <translation>Zustimmung der Clients bei Änderungen erforderlich:</translation>
    </message>
    <message>
        <source>Agree to new Terms of Service allowed:</source>
        <translation>Zustimmung zu neuen Nutzungsbedingungen erlaubt:</translation>
    </message>
    <message>
        <source>Reading the aliases failed.</source>
        <translation>Lesen der Aliase fehlgeschlagen.</translation>
    </message>
    <message>
        <source>none: clients need not agree to anything</source>
        <translation>keine: Clients müssen keiner Bedingung zustimmen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes: after a change, accounts must agree again before they go on</source>
        <translation>ja: nach einer Änderung müssen Konten erneut zustimmen, bevor sie fortfahren</translation>
    </message>
    <message>
        <source>no: a change applies without the clients agreeing again</source>
        <translation>nein: eine Änderung gilt, ohne dass die Clients erneut zustimmen</translation>
    </message>
    <message>
        <source>yes: an account agrees with an account update</source>
        <translation>ja: ein Konto stimmt per Konto-Update zu</translation>
    </message>
    <message>
        <source>no: an account must be created anew</source>
        <translation>nein: ein Konto muss neu erstellt werden</translation>
    </message>
    <message>
        <source>Reading the Terms of Service versions of %1 failed.</source>
        <translation>Lesen der Versionen der Nutzungsbedingungen von %1 fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>TosModel</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>Terms of Service URL</source>
        <translation>URL der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Changes URL</source>
        <translation>URL der Änderungen</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Accounts agreed</source>
        <translation>Konten zugestimmt</translation>
    </message>
</context>
</TS>
