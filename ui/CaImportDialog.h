// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;

/** Asks for a CA to import: a name, the certificate (bundle) file, the key file and its passphrase. */
class CaImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CaImportDialog(QWidget *parent = nullptr);

    QString name() const;
    QString certificateFile() const;
    QString keyFile() const;
    QByteArray passphrase() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_certificate;
    QLineEdit *m_key;
    QLineEdit *m_passphrase;
};
