// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EabKeyCreatedDialog.h"

#include "core/approvals/EabKeyService.h"
#include "ui/Icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace {

QToolButton *copyButton(const QString &objectName, QWidget *parent, std::function<QString()> text)
{
    auto *b = new QToolButton(parent);
    b->setObjectName(objectName);
    b->setIcon(Icons::get(QStringLiteral("copy")));
    b->setAutoRaise(true);
    b->setToolTip(EabKeyCreatedDialog::tr("Copy"));
    QObject::connect(b, &QToolButton::clicked, b, [text]() { QApplication::clipboard()->setText(text()); });
    return b;
}

QPlainTextEdit *commandField(const QString &objectName, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setObjectName(objectName);
    e->setReadOnly(true);
    e->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    e->setFixedHeight(e->fontMetrics().lineSpacing() * 5 + 12);
    return e;
}

} // namespace

EabKeyCreatedDialog::EabKeyCreatedDialog(const QString &keyIdentifier, const QByteArray &macKey,
                                         const QString &directoryUrl, QWidget *parent)
    : QDialog(parent)
    , m_keyIdentifier(new QLineEdit(keyIdentifier, this))
    , m_macKey(new QLineEdit(
          QString::fromLatin1(macKey.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)), this))
    , m_certbot(commandField(QStringLiteral("certbotCommand"), this))
    , m_lego(commandField(QStringLiteral("legoCommand"), this))
{
    setObjectName(QStringLiteral("eabKeyCreatedDialog"));
    setWindowTitle(tr("EAB key created"));
    m_keyIdentifier->setObjectName(QStringLiteral("createdKeyIdentifier"));
    m_keyIdentifier->setReadOnly(true);
    m_macKey->setObjectName(QStringLiteral("createdMacKey"));
    m_macKey->setReadOnly(true);
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_keyIdentifier->setFont(fixed);
    m_macKey->setFont(fixed);
    m_certbot->setPlainText(certbotCommand(directoryUrl, keyIdentifier, m_macKey->text()));
    m_lego->setPlainText(legoCommand(directoryUrl, keyIdentifier, m_macKey->text()));

    auto *warning = new QLabel(tr("<b>Copy the key now.</b> It is shown this once; give it to the ACME client's "
                                  "operator over a trusted channel."),
                               this);
    warning->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    grid->addWidget(new QLabel(tr("Key identifier:"), this), 0, 0);
    grid->addWidget(m_keyIdentifier, 0, 1);
    grid->addWidget(copyButton(QStringLiteral("copyKeyIdentifier"), this, [this]() { return this->keyIdentifier(); }),
                    0, 2);
    grid->addWidget(new QLabel(tr("MAC key:"), this), 1, 0);
    grid->addWidget(m_macKey, 1, 1);
    grid->addWidget(copyButton(QStringLiteral("copyMacKey"), this, [this]() { return this->macKey(); }), 1, 2);
    grid->addWidget(new QLabel(tr("certbot:"), this), 2, 0, Qt::AlignTop);
    grid->addWidget(m_certbot, 2, 1);
    grid->addWidget(copyButton(QStringLiteral("copyCertbot"), this, [this]() { return this->certbotCommand(); }), 2, 2,
                    Qt::AlignTop);
    grid->addWidget(new QLabel(tr("lego:"), this), 3, 0, Qt::AlignTop);
    grid->addWidget(m_lego, 3, 1);
    grid->addWidget(copyButton(QStringLiteral("copyLego"), this, [this]() { return this->legoCommand(); }), 3, 2,
                    Qt::AlignTop);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(warning);
    layout->addLayout(grid);
    layout->addWidget(buttons);
    resize(860, sizeHint().height());
}

QString EabKeyCreatedDialog::keyIdentifier() const
{
    return m_keyIdentifier->text();
}

QString EabKeyCreatedDialog::macKey() const
{
    return m_macKey->text();
}

QString EabKeyCreatedDialog::certbotCommand() const
{
    return m_certbot->toPlainText();
}

QString EabKeyCreatedDialog::legoCommand() const
{
    return m_lego->toPlainText();
}

QString EabKeyCreatedDialog::certbotCommand(const QString &directoryUrl, const QString &keyIdentifier,
                                            const QString &key)
{
    return EabKeyService::certbotCommand(directoryUrl, keyIdentifier, key);
}

QString EabKeyCreatedDialog::legoCommand(const QString &directoryUrl, const QString &keyIdentifier, const QString &key)
{
    return EabKeyService::legoCommand(directoryUrl, keyIdentifier, key);
}
