// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

/**
 * Shows a new symmetric EAB key the one time it is shown: the key identifier and MAC key (both
 * with copy buttons) and ready command lines for certbot and lego against the alias's directory.
 * The key lives only in this dialog's fields and the clipboard; it is never logged.
 */
class EabKeyCreatedDialog : public QDialog
{
    Q_OBJECT

public:
    EabKeyCreatedDialog(const QString &keyIdentifier, const QByteArray &macKey, const QString &directoryUrl,
                        QWidget *parent = nullptr);

    QString keyIdentifier() const;
    /** base64url, as clients take it. */
    QString macKey() const;
    QString certbotCommand() const;
    QString legoCommand() const;

    static QString certbotCommand(const QString &directoryUrl, const QString &keyIdentifier, const QString &key);
    static QString legoCommand(const QString &directoryUrl, const QString &keyIdentifier, const QString &key);

private:
    QLineEdit *m_keyIdentifier;
    QLineEdit *m_macKey;
    QPlainTextEdit *m_certbot;
    QPlainTextEdit *m_lego;
};
