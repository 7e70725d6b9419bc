// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/CoreError.h"

#include <QCoreApplication>
#include <QString>

/**
 * Turns a CoreError into a sentence for the message bar (STYLE.md §3, third kind). The sentence
 * comes from the error's code and is translated; the core's client-safe detail is added where it
 * helps an admin fix the input. The internal detail (SQL, OpenSSL, paths) is never shown.
 */
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)

public:
    /** `action` says what was being done, e.g. tr("Saving alias 'web' failed."). */
    static QString describe(const QString &action, const CoreError &error);
    /** The translated sentence for a code alone. */
    static QString forCode(CoreError::Code code);
    /** True when the core's detail is safe and useful to show for this code. */
    static bool showsDetail(CoreError::Code code);
};
