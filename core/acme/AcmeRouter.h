// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * The reference's three URL forms for an alias, and every resource URL kept in the form its
 * directory was fetched in:
 *   /acme/directory                       the default alias        → /acme/newOrder
 *   /acme/directory?configurationId=NAME  alias NAME, query form   → /acme/newOrder?configurationId=NAME
 *   /acme/NAME/directory                  alias NAME, path form    → /acme/NAME/newOrder
 * An alias named like an endpoint keyword (e.g. "acct") is reachable through the query form only.
 */
struct AcmeRoute
{
    enum class Endpoint {
        Unknown,
        Directory,
        NewNonce,
        NewAccount,
        NewOrder,
        NewAuthz,
        RevokeCert,
        KeyChange,
        Account,
        AccountOrders,
        Order,
        Finalize,
        Authorization,
        Challenge,
        Certificate,
        RenewalInfo,
        OpenApi, // issue #8: the OpenAPI description of the alias's endpoints (when enabled)
    };
    enum class Style {
        Default,
        Query,
        Path,
    };

    Endpoint endpoint = Endpoint::Unknown;
    Style style = Style::Default;
    QString alias; // named in the URL; empty = the default alias
    QString id;
    QString subId;

    /**
     * One resource path below an alias's base URL, e.g. "order/{id}/finalize": literal segments
     * and placeholders in braces (the first fills `id`, the second `subId`). parse() matches
     * these and nothing else, and the OpenAPI description lists them: the one list of routes.
     */
    struct Template
    {
        Endpoint endpoint;
        QString path;
    };
    static const QList<Template> &templates();
    /** The HTTP methods an endpoint answers (RFC 8555 §6.3: POST, or POST-as-GET, unless noted). */
    static QList<QByteArray> methods(Endpoint e);

    /** Parses a path under /acme/ and its raw query. Endpoint::Unknown when it names nothing. */
    static AcmeRoute parse(const QString &path, const QString &query);
    static QString endpointName(Endpoint e);
};

/** Builds resource URLs in one alias URL style. */
class AcmeUrls
{
public:
    AcmeUrls(const QString &baseUrl, AcmeRoute::Style style, const QString &alias);

    QString directory() const { return make(QStringLiteral("directory")); }
    QString newNonce() const { return make(QStringLiteral("newNonce")); }
    QString newAccount() const { return make(QStringLiteral("newAccount")); }
    QString newOrder() const { return make(QStringLiteral("newOrder")); }
    QString newAuthz() const { return make(QStringLiteral("newAuthz")); }
    QString revokeCert() const { return make(QStringLiteral("revokeCert")); }
    QString keyChange() const { return make(QStringLiteral("keyChange")); }
    QString renewalInfo() const { return make(QStringLiteral("renewalInfo")); }
    QString account(const QString &id) const { return make(QStringLiteral("acct/") + id); }
    QString accountOrders(const QString &id) const
    {
        return make(QStringLiteral("acct/") + id + QStringLiteral("/orders"));
    }
    QString order(const QString &id) const { return make(QStringLiteral("order/") + id); }
    QString finalize(const QString &id) const
    {
        return make(QStringLiteral("order/") + id + QStringLiteral("/finalize"));
    }
    QString authorization(const QString &id) const { return make(QStringLiteral("authz/") + id); }
    QString challenge(const QString &id) const { return make(QStringLiteral("chall/") + id); }
    QString certificate(const QString &id) const { return make(QStringLiteral("cert/") + id); }
    QString certificateChain(const QString &id, int index) const
    {
        return make(QStringLiteral("cert/") + id + QLatin1Char('/') + QString::number(index));
    }
    /** Appends a query parameter in the right way for this style (paging). */
    /**
     * dns-persist-01's accountHashPrefix (draft-ietf-acme-dns-persist-02 §4.1), under which hashed
     * account URIs are named: ".../acme/account-hash/" (".../acme/NAME/account-hash/" for an alias),
     * always in path form since clients append "sha-256/<hash>". A name, not a resource.
     */
    QString accountHashPrefix() const;
    QString withParam(const QString &url, const QString &key, const QString &value) const;

    QString baseUrl() const { return m_base; }

private:
    QString make(const QString &rest) const;

    QString m_base;
    AcmeRoute::Style m_style;
    QString m_alias;
};
