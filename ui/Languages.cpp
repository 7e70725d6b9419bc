// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/Languages.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

std::unique_ptr<QTranslator> s_console;
std::unique_ptr<QTranslator> s_qt;
QString s_current = QStringLiteral("en");

} // namespace

QList<Languages::Language> Languages::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("sv"), QStringLiteral("Svenska")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString Languages::apply(const QString &requested)
{
    QString code = requested;
    if (code.isEmpty()) {
        code = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    }
    bool known = false;
    for (const Language &l : available()) {
        known = known || l.code == code;
    }
    if (!known) {
        code = QStringLiteral("en");
    }
    for (std::unique_ptr<QTranslator> *t : {&s_console, &s_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    }
    // English too: its catalogue holds only the plural forms ("1 account", "2 accounts").
    s_console = std::make_unique<QTranslator>();
    if (s_console->load(QStringLiteral(":/i18n/anvil_%1.qm").arg(code))) {
        QCoreApplication::installTranslator(s_console.get());
    }
    if (code != QLatin1String("en")) {
        // Qt's own strings (standard buttons, context menus); Debian's qt6-translations-l10n.
        s_qt = std::make_unique<QTranslator>();
        if (s_qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(s_qt.get());
        }
    }
    QLocale::setDefault(QLocale(code));
    s_current = code;
    return code;
}

QString Languages::current()
{
    return s_current;
}
