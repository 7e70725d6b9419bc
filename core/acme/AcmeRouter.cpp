// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/acme/AcmeRouter.h"

#include "core/config/AliasConfig.h"

#include <QUrlQuery>

namespace {

using Endpoint = AcmeRoute::Endpoint;

bool isId(const QString &s)
{
    if (s.isEmpty() || s.size() > 128) {
        return false;
    }
    for (QChar c : s) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-') && c != QLatin1Char('_')
            && c != QLatin1Char('.')) {
            return false;
        }
    }
    return true;
}

/** Parses the endpoint part (segments after /acme/ and an optional alias) against the route templates. */
bool parseEndpoint(const QStringList &s, AcmeRoute &r)
{
    for (const AcmeRoute::Template &t : AcmeRoute::templates()) {
        const QList<QStringView> parts = QStringView(t.path).split(QLatin1Char('/'));
        if (parts.size() != s.size()) {
            continue;
        }
        QStringList values;
        bool match = true;
        for (int i = 0; i < parts.size() && match; ++i) {
            if (parts[i].startsWith(QLatin1Char('{'))) {
                match = isId(s[i]);
                values << s[i];
            } else {
                match = parts[i] == s[i];
            }
        }
        if (match) {
            r.endpoint = t.endpoint;
            r.id = values.value(0);
            r.subId = values.value(1);
            return true;
        }
    }
    return false;
}

} // namespace

const QList<AcmeRoute::Template> &AcmeRoute::templates()
{
    static const QList<Template> all {
        {Endpoint::Directory, QStringLiteral("directory")},
        {Endpoint::NewNonce, QStringLiteral("newNonce")},
        {Endpoint::NewAccount, QStringLiteral("newAccount")},
        {Endpoint::NewOrder, QStringLiteral("newOrder")},
        {Endpoint::NewAuthz, QStringLiteral("newAuthz")},
        {Endpoint::RevokeCert, QStringLiteral("revokeCert")},
        {Endpoint::KeyChange, QStringLiteral("keyChange")},
        {Endpoint::OpenApi, QStringLiteral("openapi.json")},
        {Endpoint::Account, QStringLiteral("acct/{accountId}")},
        {Endpoint::AccountOrders, QStringLiteral("acct/{accountId}/orders")},
        {Endpoint::Order, QStringLiteral("order/{orderId}")},
        {Endpoint::Finalize, QStringLiteral("order/{orderId}/finalize")},
        {Endpoint::Authorization, QStringLiteral("authz/{authzId}")},
        {Endpoint::Challenge, QStringLiteral("chall/{challengeId}")},
        {Endpoint::Certificate, QStringLiteral("cert/{certificateId}")},
        {Endpoint::Certificate, QStringLiteral("cert/{certificateId}/{chain}")},
        {Endpoint::RenewalInfo, QStringLiteral("renewalInfo/{certID}")},
    };
    return all;
}

QList<QByteArray> AcmeRoute::methods(Endpoint e)
{
    switch (e) {
    case Endpoint::Unknown:
        return {};
    case Endpoint::Directory:
    case Endpoint::RenewalInfo: // RFC 9773 §4.1: an unauthenticated GET
    case Endpoint::OpenApi:
        return {"GET", "HEAD"};
    case Endpoint::NewNonce:
        return {"HEAD", "GET"}; // RFC 8555 §7.2
    case Endpoint::NewAccount:
    case Endpoint::NewOrder:
    case Endpoint::NewAuthz:
    case Endpoint::RevokeCert:
    case Endpoint::KeyChange:
    case Endpoint::Account:
    case Endpoint::AccountOrders:
    case Endpoint::Order:
    case Endpoint::Finalize:
    case Endpoint::Authorization:
    case Endpoint::Challenge:
    case Endpoint::Certificate:
        return {"POST"};
    }
    return {};
}

AcmeRoute AcmeRoute::parse(const QString &path, const QString &query)
{
    AcmeRoute r;
    static const QString prefix = QStringLiteral("/acme/");
    if (!path.startsWith(prefix)) {
        return r;
    }
    const QStringList segments = path.mid(prefix.size()).split(QLatin1Char('/'));
    if (segments.isEmpty() || segments.contains(QString())) {
        return r;
    }
    if (!parseEndpoint(segments, r)) {
        r = AcmeRoute();
        if (segments.size() >= 2 && AliasConfig::isValidName(segments[0]) && parseEndpoint(segments.mid(1), r)) {
            r.alias = segments[0];
            r.style = Style::Path;
        } else {
            return AcmeRoute();
        }
    }
    if (r.style == Style::Default && !query.isEmpty()) {
        const QString configurationId = QUrlQuery(query).queryItemValue(QStringLiteral("configurationId"));
        if (!configurationId.isEmpty()) {
            r.alias = configurationId;
            r.style = Style::Query;
        }
    }
    return r;
}

QString AcmeRoute::endpointName(Endpoint e)
{
    switch (e) {
    case Endpoint::Unknown:
        return QStringLiteral("unknown");
    case Endpoint::Directory:
        return QStringLiteral("directory");
    case Endpoint::NewNonce:
        return QStringLiteral("newNonce");
    case Endpoint::NewAccount:
        return QStringLiteral("newAccount");
    case Endpoint::NewOrder:
        return QStringLiteral("newOrder");
    case Endpoint::NewAuthz:
        return QStringLiteral("newAuthz");
    case Endpoint::RevokeCert:
        return QStringLiteral("revokeCert");
    case Endpoint::KeyChange:
        return QStringLiteral("keyChange");
    case Endpoint::Account:
        return QStringLiteral("account");
    case Endpoint::AccountOrders:
        return QStringLiteral("orders");
    case Endpoint::Order:
        return QStringLiteral("order");
    case Endpoint::Finalize:
        return QStringLiteral("finalize");
    case Endpoint::Authorization:
        return QStringLiteral("authz");
    case Endpoint::Challenge:
        return QStringLiteral("challenge");
    case Endpoint::Certificate:
        return QStringLiteral("cert");
    case Endpoint::RenewalInfo:
        return QStringLiteral("renewalInfo");
    case Endpoint::OpenApi:
        return QStringLiteral("openapi");
    }
    return QStringLiteral("unknown");
}

AcmeUrls::AcmeUrls(const QString &baseUrl, AcmeRoute::Style style, const QString &alias)
    : m_base(baseUrl)
    , m_style(style)
    , m_alias(alias)
{
}

QString AcmeUrls::make(const QString &rest) const
{
    switch (m_style) {
    case AcmeRoute::Style::Default:
        return m_base + QStringLiteral("/acme/") + rest;
    case AcmeRoute::Style::Query:
        return m_base + QStringLiteral("/acme/") + rest + QStringLiteral("?configurationId=") + m_alias;
    case AcmeRoute::Style::Path:
        return m_base + QStringLiteral("/acme/") + m_alias + QLatin1Char('/') + rest;
    }
    return {};
}

QString AcmeUrls::accountHashPrefix() const
{
    if (m_style == AcmeRoute::Style::Query) {
        return AcmeUrls(m_base, AcmeRoute::Style::Path, m_alias).accountHashPrefix();
    }
    return make(QStringLiteral("account-hash/"));
}

QString AcmeUrls::withParam(const QString &url, const QString &key, const QString &value) const
{
    return url + (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?')) + key + QLatin1Char('=')
        + value;
}
