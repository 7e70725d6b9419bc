// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/jose.

#include <QString>

namespace JoseUtil {

/**
 * \a value in double quotes for a client-visible detail, if it is short printable ASCII;
 * otherwise a placeholder. Attacker-chosen strings are echoed only in this bounded form.
 */
inline QString quoted(const QString &value)
{
    constexpr int maxLength = 40;
    bool printable = value.size() <= maxLength;
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e) {
            printable = false;
            break;
        }
    }
    if (!printable) {
        return QStringLiteral("(unprintable or too long)");
    }
    return QLatin1Char('"') + value + QLatin1Char('"');
}

} // namespace JoseUtil
