// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Icons.h"

#include "ui/SvgIconEngine.h"

#include <QHash>

QIcon Icons::get(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        it = cache.insert(name, QIcon(new SvgIconEngine(QStringLiteral(":/icons/%1.svg").arg(name))));
    }
    return it.value();
}
