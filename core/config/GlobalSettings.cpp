// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/GlobalSettings.h"

#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

namespace {

const char *const kEnabled = "acme.enabled";
const char *const kDefaultAlias = "acme.defaultAlias";
const char *const kNonceValidity = "acme.nonceValidityMs";
const char *const kHostnames = "server.hostnames";
const char *const kTlsPort = "server.tlsPort";
const char *const kClientCertPort = "server.clientCertPort";
const char *const kHttpPort = "server.httpPort";
const char *const kPublicHttpBaseUrl = "server.publicHttpBaseUrl";
const char *const kOpenApi = "server.openApiEnabled";

CoreError bad(const QString &key, const QString &why)
{
    return CoreError(CoreError::Code::Malformed, QStringLiteral("%1: %2").arg(key, why));
}

Result<int> port(const QString &key, const QString &v)
{
    bool ok = false;
    const int p = v.toInt(&ok);
    if (!ok || p < 0 || p > 65535) {
        return bad(key, QStringLiteral("'%1' is not a port number").arg(v));
    }
    return p;
}

} // namespace

QStringList GlobalSettings::keys()
{
    return {QLatin1String(kEnabled),   QLatin1String(kDefaultAlias),      QLatin1String(kNonceValidity),
            QLatin1String(kHostnames), QLatin1String(kTlsPort),           QLatin1String(kClientCertPort),
            QLatin1String(kHttpPort),  QLatin1String(kPublicHttpBaseUrl), QLatin1String(kOpenApi)};
}

QHash<QString, QString> GlobalSettings::toMap() const
{
    return {
        {QLatin1String(kEnabled), acmeEnabled ? QStringLiteral("true") : QStringLiteral("false")},
        {QLatin1String(kDefaultAlias), defaultAlias},
        {QLatin1String(kNonceValidity), QString::number(nonceValidityMs)},
        {QLatin1String(kHostnames), serverHostnames.join(QLatin1Char(','))},
        {QLatin1String(kTlsPort), QString::number(tlsPort)},
        {QLatin1String(kClientCertPort), QString::number(clientCertPort)},
        {QLatin1String(kHttpPort), QString::number(httpPort)},
        {QLatin1String(kPublicHttpBaseUrl), publicHttpBaseUrl},
        {QLatin1String(kOpenApi), openApiEnabled ? QStringLiteral("true") : QStringLiteral("false")},
    };
}

VoidResult GlobalSettings::set(const QString &key, const QString &rawValue)
{
    const QString value = rawValue.trimmed();
    auto boolOf = [&](bool &out) -> VoidResult {
        const QString v = value.toLower();
        if (v == QLatin1String("true") || v == QLatin1String("1") || v == QLatin1String("on")) {
            out = true;
        } else if (v == QLatin1String("false") || v == QLatin1String("0") || v == QLatin1String("off")) {
            out = false;
        } else {
            return bad(key, QStringLiteral("expected true or false"));
        }
        return {};
    };
    if (key == QLatin1String(kEnabled)) {
        return boolOf(acmeEnabled);
    }
    if (key == QLatin1String(kOpenApi)) {
        return boolOf(openApiEnabled);
    }
    if (key == QLatin1String(kDefaultAlias)) {
        defaultAlias = value;
        return {};
    }
    if (key == QLatin1String(kNonceValidity)) {
        bool ok = false;
        const qint64 ms = value.toLongLong(&ok);
        if (!ok || ms < 1000 || ms > 7LL * 24 * 3600 * 1000) {
            return bad(key, QStringLiteral("expected milliseconds from 1000 to 604800000"));
        }
        nonceValidityMs = ms;
        return {};
    }
    if (key == QLatin1String(kHostnames)) {
        serverHostnames = value.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        return {};
    }
    if (key == QLatin1String(kPublicHttpBaseUrl)) {
        publicHttpBaseUrl = value;
        return {};
    }
    int *target = key == QLatin1String(kTlsPort) ? &tlsPort
        : key == QLatin1String(kClientCertPort)  ? &clientCertPort
        : key == QLatin1String(kHttpPort)        ? &httpPort
                                                 : nullptr;
    if (target) {
        Result<int> p = port(key, value);
        if (!p) {
            return p.error();
        }
        *target = *p;
        return {};
    }
    return CoreError(CoreError::Code::NotFound,
                     QStringLiteral("Unknown setting '%1'; known: %2").arg(key, keys().join(QStringLiteral(", "))));
}

Result<GlobalSettings> GlobalSettings::fromMap(const QHash<QString, QString> &map)
{
    GlobalSettings s;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!keys().contains(it.key())) {
            continue; // a setting of a newer version, or of a feature stored elsewhere
        }
        if (VoidResult r = s.set(it.key(), it.value()); !r) {
            return r.error();
        }
    }
    return s;
}

VoidResult GlobalSettings::validate() const
{
    if (!publicHttpBaseUrl.isEmpty()) {
        const QUrl u(publicHttpBaseUrl, QUrl::StrictMode);
        if (!u.isValid() || u.scheme() != QLatin1String("http") || u.host().isEmpty()) {
            return bad(QLatin1String(kPublicHttpBaseUrl), QStringLiteral("expected an http:// URL"));
        }
    }
    if (tlsPort != 0 && tlsPort == clientCertPort) {
        return bad(QLatin1String(kClientCertPort), QStringLiteral("must differ from the TLS port"));
    }
    return {};
}
