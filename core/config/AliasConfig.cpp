// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/AliasConfig.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

#include <functional>
#include <vector>

namespace {

/**
 * One row per field: its JSON/command-line name and how to read and write its text form.
 * toJson, fromJson, setField and field() all walk this table, so a new field is one row.
 */
struct FieldDef
{
    const char *name;
    std::function<QString(const AliasConfig &)> get;
    std::function<VoidResult(AliasConfig &, const QString &)> set;
    bool isJsonBool = false;
    bool isJsonInt = false;
};

CoreError invalid(const char *field, const QString &why)
{
    return CoreError(CoreError::Code::Malformed, QStringLiteral("%1: %2").arg(QLatin1String(field), why));
}

Result<bool> parseBool(const char *field, const QString &v)
{
    const QString s = v.trimmed().toLower();
    if (s == QLatin1String("true") || s == QLatin1String("1") || s == QLatin1String("yes")
        || s == QLatin1String("on")) {
        return true;
    }
    if (s == QLatin1String("false") || s == QLatin1String("0") || s == QLatin1String("no")
        || s == QLatin1String("off")) {
        return false;
    }
    return invalid(field, QStringLiteral("expected true or false, got '%1'").arg(v));
}

Result<int> parseInt(const char *field, const QString &v, int min, int max)
{
    bool ok = false;
    const int n = v.trimmed().toInt(&ok);
    if (!ok || n < min || n > max) {
        return invalid(field,
                       QStringLiteral("expected a whole number from %1 to %2, got '%3'").arg(min).arg(max).arg(v));
    }
    return n;
}

QStringList splitList(const QString &v)
{
    QStringList out;
    // Commas (or semicolons) separate entries; blanks may be part of one (a CA named "Anvil Issuing CA").
    for (const QString &part : v.split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty()) {
            out << part.trimmed();
        }
    }
    return out;
}

FieldDef boolField(const char *name, bool AliasConfig::*member)
{
    return {name,
            [member](const AliasConfig &c) { return c.*member ? QStringLiteral("true") : QStringLiteral("false"); },
            [name, member](AliasConfig &c, const QString &v) -> VoidResult {
                Result<bool> b = parseBool(name, v);
                if (!b) {
                    return b.error();
                }
                c.*member = *b;
                return {};
            },
            true, false};
}

FieldDef intField(const char *name, int AliasConfig::*member, int min, int max)
{
    return {name, [member](const AliasConfig &c) { return QString::number(c.*member); },
            [name, member, min, max](AliasConfig &c, const QString &v) -> VoidResult {
                Result<int> n = parseInt(name, v, min, max);
                if (!n) {
                    return n.error();
                }
                c.*member = *n;
                return {};
            },
            false, true};
}

FieldDef stringField(const char *name, QString AliasConfig::*member)
{
    return {name, [member](const AliasConfig &c) { return c.*member; },
            [member](AliasConfig &c, const QString &v) -> VoidResult {
                c.*member = v.trimmed();
                return {};
            }};
}

FieldDef listField(const char *name, QStringList AliasConfig::*member)
{
    return {name, [member](const AliasConfig &c) { return (c.*member).join(QLatin1Char(',')); },
            [member](AliasConfig &c, const QString &v) -> VoidResult {
                c.*member = splitList(v);
                return {};
            }};
}

FieldDef durationField(const char *name, Duration AliasConfig::*member)
{
    return {name, [member](const AliasConfig &c) { return (c.*member).toString(); },
            [name, member](AliasConfig &c, const QString &v) -> VoidResult {
                Result<Duration> d = Duration::parse(v);
                if (!d) {
                    return invalid(name, d.error().detail());
                }
                c.*member = *d;
                return {};
            }};
}

const std::vector<FieldDef> &fields()
{
    static const std::vector<FieldDef> all {
        {"raNameScheme", [](const AliasConfig &c) { return AliasConfig::schemeName(c.raNameScheme); },
         [](AliasConfig &c, const QString &v) -> VoidResult {
             const QString s = v.trimmed().toUpper();
             if (s == QLatin1String("DN")) {
                 c.raNameScheme = AliasConfig::NameScheme::Dn;
             } else if (s == QLatin1String("RANDOM")) {
                 c.raNameScheme = AliasConfig::NameScheme::Random;
             } else if (s == QLatin1String("FIXED")) {
                 c.raNameScheme = AliasConfig::NameScheme::Fixed;
             } else if (s == QLatin1String("USERNAME")) {
                 c.raNameScheme = AliasConfig::NameScheme::Username;
             } else {
                 return invalid("raNameScheme",
                                QStringLiteral("expected DN, RANDOM, FIXED or USERNAME, got '%1'").arg(v));
             }
             return {};
         }},
        stringField("raNameSchemeParameters", &AliasConfig::raNameSchemeParameters),
        stringField("raNamePrefix", &AliasConfig::raNamePrefix),
        stringField("raNamePostfix", &AliasConfig::raNamePostfix),
        stringField("endEntityProfile", &AliasConfig::endEntityProfile),
        boolField("preAuthorizationAllowed", &AliasConfig::preAuthorizationAllowed),
        boolField("wildcardAllowed", &AliasConfig::wildcardAllowed),
        boolField("wildcardWithHttp01Allowed", &AliasConfig::wildcardWithHttp01Allowed),
        {"dnsChallengeTypes", [](const AliasConfig &c) { return AliasConfig::challengeTypesName(c.dnsChallengeTypes); },
         [](AliasConfig &c, const QString &v) -> VoidResult {
             const QString s = v.trimmed().toLower();
             if (s == QLatin1String("any")) {
                 c.dnsChallengeTypes = AliasConfig::ChallengeTypes::Any;
             } else if (s == QLatin1String("http-01")) {
                 c.dnsChallengeTypes = AliasConfig::ChallengeTypes::Http01;
             } else if (s == QLatin1String("dns-01")) {
                 c.dnsChallengeTypes = AliasConfig::ChallengeTypes::Dns01;
             } else if (s == QLatin1String("tls-alpn-01")) {
                 c.dnsChallengeTypes = AliasConfig::ChallengeTypes::TlsAlpn01;
             } else {
                 return invalid("dnsChallengeTypes",
                                QStringLiteral("expected any, http-01, dns-01 or tls-alpn-01, got '%1'").arg(v));
             }
             return {};
         }},
        boolField("dnsAccount01Enabled", &AliasConfig::dnsAccount01Enabled),
        boolField("dnsPersist01Enabled", &AliasConfig::dnsPersist01Enabled),
        boolField("reuseValidAuthorizations", &AliasConfig::reuseValidAuthorizations),
        durationField("authorizationValidity", &AliasConfig::authorizationValidity),
        durationField("orderValidity", &AliasConfig::orderValidity),
        stringField("siteUrl", &AliasConfig::siteUrl),
        stringField("termsOfServiceUrl", &AliasConfig::termsOfServiceUrl),
        stringField("termsOfServiceChangeUrl", &AliasConfig::termsOfServiceChangeUrl),
        boolField("requireClientApprovalForTosChanges", &AliasConfig::requireClientApprovalForTosChanges),
        boolField("agreeToNewTosAllowed", &AliasConfig::agreeToNewTosAllowed),
        listField("caaIdentities", &AliasConfig::caaIdentities),
        boolField("caaCheck", &AliasConfig::caaCheck),
        stringField("dnsResolver", &AliasConfig::dnsResolver),
        intField("dnsPort", &AliasConfig::dnsPort, 1, 65535),
        stringField("dnssecTrustAnchor", &AliasConfig::dnssecTrustAnchor),
        boolField("requireDnssec", &AliasConfig::requireDnssec),
        intField("retryAfter", &AliasConfig::retryAfterSeconds, 0, 86400),
        stringField("renewalExplanationUrl", &AliasConfig::renewalExplanationUrl),
        {"authorizedRedirectPorts",
         [](const AliasConfig &c) {
             QStringList s;
             for (int p : c.authorizedRedirectPorts) {
                 s << QString::number(p);
             }
             return s.join(QLatin1Char(','));
         },
         [](AliasConfig &c, const QString &v) -> VoidResult {
             QList<int> ports;
             for (const QString &p : splitList(v)) {
                 Result<int> n = parseInt("authorizedRedirectPorts", p, 1, 65535);
                 if (!n) {
                     return n.error();
                 }
                 ports << *n;
             }
             c.authorizedRedirectPorts = ports;
             return {};
         }},
        intField("http01Port", &AliasConfig::http01Port, 1, 65535),
        intField("tlsAlpn01Port", &AliasConfig::tlsAlpn01Port, 1, 65535),
        listField("validationAllowRanges", &AliasConfig::validationAllowRanges),
        listField("validationDenyRanges", &AliasConfig::validationDenyRanges),
        boolField("requireApprovalForRegistration", &AliasConfig::requireApprovalForRegistration),
        boolField("requireApprovalForKeyChange", &AliasConfig::requireApprovalForKeyChange),
        listField("orderApprovalPatterns", &AliasConfig::orderApprovalPatterns),
        durationField("approvalValidity", &AliasConfig::approvalValidity),
        boolField("requireClientCertificate", &AliasConfig::requireClientCertificate),
        listField("clientCertificateTrustedCas", &AliasConfig::clientCertificateTrustedCas),
        stringField("preferredRootCaSubjectDn", &AliasConfig::preferredRootCaSubjectDn),
        boolField("requireExternalAccountBinding", &AliasConfig::requireExternalAccountBinding),
        intField("rateLimitNewAccountsPerAddress", &AliasConfig::rateLimitNewAccountsPerAddress, 0, 1000000000),
        durationField("rateLimitNewAccountsWindow", &AliasConfig::rateLimitNewAccountsWindow),
        intField("rateLimitNewOrdersPerAccount", &AliasConfig::rateLimitNewOrdersPerAccount, 0, 1000000000),
        durationField("rateLimitNewOrdersWindow", &AliasConfig::rateLimitNewOrdersWindow),
        intField("rateLimitCertificatesPerDomain", &AliasConfig::rateLimitCertificatesPerDomain, 0, 1000000000),
        intField("rateLimitFailedValidations", &AliasConfig::rateLimitFailedValidations, 0, 1000000000),
        intField("rateLimitPendingAuthorizations", &AliasConfig::rateLimitPendingAuthorizations, 0, 1000000000),
    };
    return all;
}

const FieldDef *findField(const QString &name)
{
    for (const FieldDef &f : fields()) {
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0) {
            return &f;
        }
    }
    return nullptr;
}

bool isHttpUrl(const QString &s)
{
    const QUrl u(s, QUrl::StrictMode);
    return u.isValid() && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"))
        && !u.host().isEmpty();
}

bool isCidr(const QString &s)
{
    const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(s);
    return !subnet.first.isNull();
}

/** A DNS name of letter-digit-hyphen (and underscore) labels, no empty label, no trailing dot. */
bool isDnsName(const QString &s)
{
    static const QRegularExpression name(QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?"
                                                        "(?:\\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?)*$"));
    return name.match(s).hasMatch();
}

} // namespace

AliasConfig AliasConfig::withDefaults(const QString &name)
{
    AliasConfig c;
    c.name = name;
    return c;
}

QString AliasConfig::defaultTrustAnchor()
{
    return QStringLiteral(". IN DS 20326 8 2 E06D44B80B8F1D39A95C0B0D7C65D08458E880409BBC683457104237C7F8EC8D");
}

bool AliasConfig::isValidName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]{1,250}$"));
    return re.match(name).hasMatch();
}

QString AliasConfig::schemeName(NameScheme s)
{
    switch (s) {
    case NameScheme::Dn:
        return QStringLiteral("DN");
    case NameScheme::Random:
        return QStringLiteral("RANDOM");
    case NameScheme::Fixed:
        return QStringLiteral("FIXED");
    case NameScheme::Username:
        return QStringLiteral("USERNAME");
    }
    return QStringLiteral("RANDOM");
}

QString AliasConfig::challengeTypesName(ChallengeTypes t)
{
    switch (t) {
    case ChallengeTypes::Any:
        return QStringLiteral("any");
    case ChallengeTypes::Http01:
        return QStringLiteral("http-01");
    case ChallengeTypes::Dns01:
        return QStringLiteral("dns-01");
    case ChallengeTypes::TlsAlpn01:
        return QStringLiteral("tls-alpn-01");
    }
    return QStringLiteral("any");
}

bool AliasConfig::isValidOrderApprovalPattern(const QString &pattern)
{
    if (pattern == QLatin1String("*")) {
        return true;
    }
    if (pattern.startsWith(QLatin1String("*."))) {
        return isDnsName(pattern.mid(2));
    }
    if (!QHostAddress(pattern).isNull() || (pattern.contains(QLatin1Char('/')) && isCidr(pattern))) {
        return true;
    }
    return isDnsName(pattern);
}

bool AliasConfig::requiresOrderApproval(const QString &type, const QString &value) const
{
    const bool isIp = type == QLatin1String("ip");
    const QString name = value.toLower();
    const QHostAddress address = isIp ? QHostAddress(value) : QHostAddress();
    for (const QString &entry : orderApprovalPatterns) {
        const QString p = entry.toLower();
        if (p == QLatin1String("*")) {
            return true;
        }
        if (isIp) {
            if (address.isNull()) {
                continue;
            }
            if (p.contains(QLatin1Char('/'))) {
                const QPair<QHostAddress, int> subnet = QHostAddress::parseSubnet(p);
                if (!subnet.first.isNull() && address.isInSubnet(subnet)) {
                    return true;
                }
            } else if (const QHostAddress exact(p); !exact.isNull() && exact.isEqual(address)) {
                return true;
            }
            continue;
        }
        if (p.startsWith(QLatin1String("*."))) {
            // Every name below the domain (any depth), and the wildcard "*.domain" itself.
            if (name.endsWith(p.mid(1))) {
                return true;
            }
        } else if (name == p) {
            return true;
        }
    }
    return false;
}

QStringList AliasConfig::challengeTypesFor(bool wildcard) const
{
    QStringList types;
    switch (dnsChallengeTypes) {
    case ChallengeTypes::Any:
        types = {QStringLiteral("http-01"), QStringLiteral("dns-01"), QStringLiteral("tls-alpn-01")};
        break;
    case ChallengeTypes::Http01:
        types = {QStringLiteral("http-01")};
        break;
    case ChallengeTypes::Dns01:
        types = {QStringLiteral("dns-01")};
        break;
    case ChallengeTypes::TlsAlpn01:
        types = {QStringLiteral("tls-alpn-01")};
        break;
    }
    if (wildcard) {
        // RFC 8555 §7.1.3 / RFC 8737 §3: tls-alpn-01 can't prove a wildcard; http-01 only when the alias allows.
        types.removeAll(QStringLiteral("tls-alpn-01"));
        if (!wildcardWithHttp01Allowed) {
            types.removeAll(QStringLiteral("http-01"));
        }
    }
    if (dnsAccount01Enabled) {
        types << QStringLiteral("dns-account-01");
    }
    if (dnsPersist01Enabled && !issuerDomainNames().isEmpty()) {
        types << QStringLiteral("dns-persist-01");
    }
    return types;
}

QStringList AliasConfig::issuerDomainNames() const
{
    QStringList names;
    for (const QString &id : caaIdentities) {
        QString n = id.trimmed().toLower();
        if (n.endsWith(QLatin1Char('.'))) {
            n.chop(1);
        }
        if (!n.isEmpty() && !names.contains(n)) {
            names << n;
        }
    }
    return names;
}

VoidResult AliasConfig::validate() const
{
    if (!isValidName(name)) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Alias name must be 1 to 250 characters of A-Z, a-z, 0-9, '-' and '_'"));
    }
    if (endEntityProfile.trimmed().isEmpty()) {
        return invalid("endEntityProfile", QStringLiteral("an end entity profile is required"));
    }
    if ((raNameScheme == NameScheme::Dn || raNameScheme == NameScheme::Fixed)
        && raNameSchemeParameters.trimmed().isEmpty()) {
        return invalid("raNameSchemeParameters", QStringLiteral("name at least one DN attribute, e.g. CN;UID"));
    }
    for (const auto &[field, url] : {std::pair {"siteUrl", siteUrl}, std::pair {"termsOfServiceUrl", termsOfServiceUrl},
                                     std::pair {"termsOfServiceChangeUrl", termsOfServiceChangeUrl},
                                     std::pair {"renewalExplanationUrl", renewalExplanationUrl}}) {
        if (!url.isEmpty() && !isHttpUrl(url)) {
            return invalid(field, QStringLiteral("'%1' is not an http or https URL").arg(url));
        }
    }
    if (!dnsResolver.isEmpty() && QHostAddress(dnsResolver).isNull()) {
        return invalid("dnsResolver", QStringLiteral("'%1' is not an IP address").arg(dnsResolver));
    }
    if (orderValidity.ms() < 1000) {
        return invalid("orderValidity", QStringLiteral("must be at least 1s"));
    }
    if (authorizationValidity.ms() < 1000) {
        return invalid("authorizationValidity", QStringLiteral("must be at least 1s"));
    }
    for (const auto &[field, window] : {std::pair {"rateLimitNewAccountsWindow", rateLimitNewAccountsWindow},
                                        std::pair {"rateLimitNewOrdersWindow", rateLimitNewOrdersWindow}}) {
        // Rate limit events are kept for 31 days, so a longer window could not be counted.
        if (window.ms() < 1000 || window.ms() > 30LL * 24 * 3600 * 1000) {
            return invalid(field, QStringLiteral("must be from 1s to 30d"));
        }
    }
    for (const QString &r : validationAllowRanges + validationDenyRanges) {
        if (!isCidr(r)) {
            return invalid("validationAllowRanges",
                           QStringLiteral("'%1' is not an address range like 10.0.0.0/8").arg(r));
        }
    }
    for (const QString &p : orderApprovalPatterns) {
        if (!isValidOrderApprovalPattern(p)) {
            return invalid("orderApprovalPatterns",
                           QStringLiteral("'%1' is not a DNS name, *.domain, IP address, address range or *").arg(p));
        }
    }
    for (const QString &id : caaIdentities) {
        static const QRegularExpression domain(QStringLiteral("^[A-Za-z0-9.-]{1,253}$"));
        if (!domain.match(id).hasMatch()) {
            return invalid("caaIdentities", QStringLiteral("'%1' is not a domain name").arg(id));
        }
    }
    if (dnsPersist01Enabled) {
        // draft-ietf-acme-dns-persist-02 §3.1/§3.2: 1 to 10 issuer domain names, all among caaIdentities.
        const int count = static_cast<int>(issuerDomainNames().size());
        if (count < 1 || count > 10) {
            return invalid("dnsPersist01Enabled",
                           QStringLiteral("dns-persist-01 needs 1 to 10 caaIdentities (its issuer domain names), "
                                          "not %1")
                               .arg(count));
        }
    }
    return {};
}

QJsonObject AliasConfig::toJson() const
{
    QJsonObject o;
    for (const FieldDef &f : fields()) {
        const QString text = f.get(*this);
        if (f.isJsonBool) {
            o.insert(QLatin1String(f.name), text == QLatin1String("true"));
        } else if (f.isJsonInt) {
            o.insert(QLatin1String(f.name), text.toInt());
        } else {
            o.insert(QLatin1String(f.name), text);
        }
    }
    return o;
}

Result<AliasConfig> AliasConfig::fromJson(const QString &name, const QJsonObject &json)
{
    AliasConfig c = withDefaults(name);
    for (const FieldDef &f : fields()) {
        const QJsonValue v = json.value(QLatin1String(f.name));
        if (v.isUndefined() || v.isNull()) {
            continue; // fields added in later versions keep their defaults
        }
        QString text;
        if (v.isBool()) {
            text = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        } else if (v.isDouble()) {
            text = QString::number(v.toInteger());
        } else {
            text = v.toString();
        }
        if (VoidResult r = f.set(c, text); !r) {
            return r.error();
        }
    }
    return c;
}

VoidResult AliasConfig::setField(const QString &field, const QString &value)
{
    const FieldDef *f = findField(field);
    if (!f) {
        return CoreError(CoreError::Code::NotFound,
                         QStringLiteral("Unknown alias field '%1'; known fields: %2")
                             .arg(field, fieldNames().join(QStringLiteral(", "))));
    }
    return f->set(*this, value);
}

QString AliasConfig::field(const QString &field) const
{
    const FieldDef *f = findField(field);
    return f ? f->get(*this) : QString();
}

QStringList AliasConfig::fieldNames()
{
    QStringList names;
    for (const FieldDef &f : fields()) {
        names << QLatin1String(f.name);
    }
    return names;
}
