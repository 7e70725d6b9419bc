// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

/**
 * The console's own preferences in QSettings, behind typed keys (KeePassXC Config::ConfigKey).
 * Only how the console looks is kept here: nothing that affects issuance, and never a secret
 * (STYLE.md §5).
 */
class ConsoleSettings
{
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        CurrentPage,
        Language, // "" = the system's, "en", "sv", "de"
        Theme, // "system", "light", "dark"
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

    /** A view's header layout (column widths, order, sort), by a stable view name. */
    static QByteArray headerState(const QString &view);
    static void setHeaderState(const QString &view, const QByteArray &state);
    /** A splitter's layout, by a stable name. */
    static QByteArray splitterState(const QString &splitter);
    static void setSplitterState(const QString &splitter, const QByteArray &state);

private:
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
};
