// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MessageBar.h"

#include "ui/Icons.h"
#include "ui/Theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace {

QString iconName(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive:
        return QStringLiteral("positive");
    case MessageBar::Type::Information:
        return QStringLiteral("information");
    case MessageBar::Type::Warning:
        return QStringLiteral("warning");
    case MessageBar::Type::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("information");
}

QColor accent(MessageBar::Type type)
{
    switch (type) {
    case MessageBar::Type::Positive:
        return QColor(0x2e, 0x9d, 0x57);
    case MessageBar::Type::Information:
        return QColor(0x3a, 0x7b, 0xd5);
    case MessageBar::Type::Warning:
        return QColor(0xe0, 0xa1, 0x00);
    case MessageBar::Type::Error:
        return QColor(0xd6, 0x45, 0x45);
    }
    return QColor(0x3a, 0x7b, 0xd5);
}

} // namespace

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_autoHide(new QTimer(this))
{
    setObjectName(QStringLiteral("messageBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon->setFixedSize(20, 20);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_close->setIcon(Icons::get(QStringLiteral("close")));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::hideMessage);
    m_autoHide->setSingleShot(true);
    connect(m_autoHide, &QTimer::timeout, this, &MessageBar::hideMessage);
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

void MessageBar::showMessage(const QString &text, Type type)
{
    m_type = type;
    m_text->setText(text);
    m_icon->setPixmap(Icons::get(iconName(type)).pixmap(20, 20));
    applyColours();
    show();
    if (type == Type::Positive || type == Type::Information) {
        m_autoHide->start(6000);
    } else {
        m_autoHide->stop();
    }
}

void MessageBar::hideMessage()
{
    m_autoHide->stop();
    hide();
}

void MessageBar::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyColours();
    } else if (event->type() == QEvent::LanguageChange) {
        m_close->setToolTip(tr("Close"));
    }
}

void MessageBar::applyColours()
{
    if (m_applyingColours) {
        return; // setStyleSheet() can post a palette change of its own
    }
    m_applyingColours = true;
    // A tint of the accent over the window colour keeps the palette's text colour readable on
    // light and dark palettes alike.
    const QColor window = palette().color(QPalette::Window);
    const QColor a = accent(m_type);
    const qreal mix = Theme::isDark() ? 0.28 : 0.16;
    const QColor tint
        = QColor::fromRgbF(window.redF() * (1 - mix) + a.redF() * mix, window.greenF() * (1 - mix) + a.greenF() * mix,
                           window.blueF() * (1 - mix) + a.blueF() * mix);
    setStyleSheet(QStringLiteral("QFrame#messageBar { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(tint.name(), a.name()));
    m_applyingColours = false;
}
