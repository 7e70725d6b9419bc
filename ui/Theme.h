// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPalette>
#include <QString>

/**
 * Light and dark palettes for the console. Both are Fusion palettes with enough contrast for
 * text, links, disabled text and the message bar colours; "system" keeps the platform's.
 */
namespace Theme {

/** "system", "light" or "dark"; anything else is "system". */
void apply(const QString &name);
QPalette lightPalette();
QPalette darkPalette();
/** True when the application's current palette is dark (window darker than its text). */
bool isDark();

} // namespace Theme
