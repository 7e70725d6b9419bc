// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("anvil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ANVIL_VERSION));
    QTextStream(stdout) << "anvil " << QCoreApplication::applicationVersion() << Qt::endl;
    return 0;
}
