// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/MessageBar.h"

#include <QIcon>
#include <QWidget>

/**
 * One page of the console. The main window lists pages in its navigation, shows their messages in
 * its message bar, and tells a page when it is shown, so a page loads its data only when first
 * needed and refreshes on F5.
 */
class ConsolePage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    /** Stable, untranslated name: settings keys and screenshot file names ("aliases"). */
    virtual QString pageId() const = 0;
    /** Translated name for the navigation. */
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;

public slots:
    /** The page became visible; the first call loads its data. */
    virtual void activate()
    {
        if (!m_loaded) {
            m_loaded = true;
            refresh();
        }
    }
    /** Reloads the page's data (F5). */
    virtual void refresh() = 0;

signals:
    /** Something to tell the admin in the window's message bar. */
    void messageRequested(const QString &text, MessageBar::Type type);
    /** The navigation's text for this page changed (language change, a count badge). */
    void titleChanged();

protected:
    void showError(const QString &text) { emit messageRequested(text, MessageBar::Type::Error); }
    void showPositive(const QString &text) { emit messageRequested(text, MessageBar::Type::Positive); }
    bool isLoaded() const { return m_loaded; }

private:
    bool m_loaded = false;
};
