// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/**
 * The console's languages: English (the source), Swedish and German. Switching installs the
 * console's and Qt's own translations; every widget then gets QEvent::LanguageChange and
 * retranslates itself, so no restart is needed.
 */
namespace Languages {

struct Language
{
    QString code; // "en", "sv", "de"
    QString nativeName; // shown untranslated, so a user can always find their own
};

QList<Language> available();
/** "" picks the system's language when the console has it, else English. Returns the code used. */
QString apply(const QString &code);
/** The code in use ("en" when nothing was applied). */
QString current();

} // namespace Languages
