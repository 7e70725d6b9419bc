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

/** Parses the endpoint part (segments after /acme/ and an optional alias). */
bool parseEndpoint(const QStringList &s, AcmeRoute &r)
{
    if (s.size() == 1) {
        static const QList<QPair<QString, Endpoint>> plain {
            {QStringLiteral("directory"), Endpoint::Directory},   {QStringLiteral("newNonce"), Endpoint::NewNonce},
            {QStringLiteral("newAccount"), Endpoint::NewAccount}, {QStringLiteral("newOrder"), Endpoint::NewOrder},
            {QStringLiteral("newAuthz"), Endpoint::NewAuthz},     {QStringLiteral("revokeCert"), Endpoint::RevokeCert},
            {QStringLiteral("keyChange"), Endpoint::KeyChange},
        };
        for (const auto &p : plain) {
            if (s[0] == p.first) {
                r.endpoint = p.second;
                return true;
            }
        }
        return false;
    }
    const QString &kind = s[0];
    if (!isId(s[1])) {
        return false;
    }
    r.id = s[1];
    if (s.size() == 2) {
        if (kind == QLatin1String("acct")) {
            r.endpoint = Endpoint::Account;
        } else if (kind == QLatin1String("order")) {
            r.endpoint = Endpoint::Order;
        } else if (kind == QLatin1String("authz")) {
            r.endpoint = Endpoint::Authorization;
        } else if (kind == QLatin1String("chall")) {
            r.endpoint = Endpoint::Challenge;
        } else if (kind == QLatin1String("cert")) {
            r.endpoint = Endpoint::Certificate;
        } else if (kind == QLatin1String("renewalInfo")) {
            r.endpoint = Endpoint::RenewalInfo;
        } else {
            return false;
        }
        return true;
    }
    if (s.size() == 3) {
        if (kind == QLatin1String("acct") && s[2] == QLatin1String("orders")) {
            r.endpoint = Endpoint::AccountOrders;
            return true;
        }
        if (kind == QLatin1String("order") && s[2] == QLatin1String("finalize")) {
            r.endpoint = Endpoint::Finalize;
            return true;
        }
        if (kind == QLatin1String("cert") && isId(s[2])) {
            r.endpoint = Endpoint::Certificate;
            r.subId = s[2];
            return true;
        }
    }
    return false;
}

} // namespace

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
