// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: URL and alias routing (AcmeRoute::parse) and identifier parsing on arbitrary
// paths, queries and identifier values. A route that parses must rebuild to a URL that parses back
// to the same endpoint and alias.
#include "core/acme/AcmeIdentifiers.h"
#include "core/acme/AcmeRouter.h"

#include <QJsonDocument>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray raw(reinterpret_cast<const char *>(data), qsizetype(size));
    const int split = raw.indexOf('?');
    const QString path = QString::fromUtf8(split < 0 ? raw : raw.left(split));
    const QString query = split < 0 ? QString() : QString::fromUtf8(raw.mid(split + 1));
    const AcmeRoute route = AcmeRoute::parse(path, query);
    if (route.endpoint == AcmeRoute::Endpoint::Directory) {
        const AcmeUrls urls(QStringLiteral("https://h"), route.style, route.alias);
        const QString rebuilt = urls.directory().mid(9);
        const int q = rebuilt.indexOf(QLatin1Char('?'));
        const AcmeRoute again
            = AcmeRoute::parse(q < 0 ? rebuilt : rebuilt.left(q), q < 0 ? QString() : rebuilt.mid(q + 1));
        if (again.endpoint != route.endpoint || again.alias != route.alias) {
            std::abort();
        }
    }
    (void)AcmeIdentifiers::parse(QStringLiteral("dns"), QString::fromUtf8(raw), true);
    (void)AcmeIdentifiers::parse(QStringLiteral("ip"), QString::fromUtf8(raw), false);
    (void)AcmeIdentifiers::parseList(QJsonDocument::fromJson(raw).array(), true);
    return 0;
}
