// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ConsoleSettings.h"

#include <QSettings>

QString ConsoleSettings::keyName(Key key)
{
    switch (key) {
    case Key::WindowGeometry:
        return QStringLiteral("window/geometry");
    case Key::WindowState:
        return QStringLiteral("window/state");
    case Key::CurrentPage:
        return QStringLiteral("window/currentPage");
    case Key::Language:
        return QStringLiteral("appearance/language");
    case Key::Theme:
        return QStringLiteral("appearance/theme");
    }
    return {};
}

QVariant ConsoleSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return QString();
    case Key::Theme:
        return QStringLiteral("system");
    case Key::CurrentPage:
        return QString();
    case Key::WindowGeometry:
    case Key::WindowState:
        return QByteArray();
    }
    return {};
}

QVariant ConsoleSettings::value(Key key)
{
    return QSettings().value(keyName(key), defaultValue(key));
}

void ConsoleSettings::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(keyName(key), value);
}

QByteArray ConsoleSettings::headerState(const QString &view)
{
    return QSettings().value(QStringLiteral("views/%1/header").arg(view)).toByteArray();
}

void ConsoleSettings::setHeaderState(const QString &view, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("views/%1/header").arg(view), state);
}

QByteArray ConsoleSettings::splitterState(const QString &splitter)
{
    return QSettings().value(QStringLiteral("splitters/%1").arg(splitter)).toByteArray();
}

void ConsoleSettings::setSplitterState(const QString &splitter, const QByteArray &state)
{
    QSettings().setValue(QStringLiteral("splitters/%1").arg(splitter), state);
}
