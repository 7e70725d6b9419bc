// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QTimer;
class QToolButton;

/**
 * A bar above a page's content for the outcome of an action in plain words (KeePassXC's
 * MessageWidget, KDE's KMessageWidget): errors stay until closed, confirmations fade after a few
 * seconds. The text is selectable so an admin can copy it into a ticket.
 */
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Type {
        Positive,
        Information,
        Warning,
        Error,
    };

    explicit MessageBar(QWidget *parent = nullptr);

    Type type() const { return m_type; }
    QString text() const;

public slots:
    void showMessage(const QString &text, MessageBar::Type type);
    void showError(const QString &text) { showMessage(text, Type::Error); }
    void showPositive(const QString &text) { showMessage(text, Type::Positive); }
    void hideMessage();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColours();

    Type m_type = Type::Information;
    bool m_applyingColours = false;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_close;
    QTimer *m_autoHide;
};
