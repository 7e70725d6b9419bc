// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CaImportDialog.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

QWidget *withBrowse(QLineEdit *edit, QWidget *parent, const QString &title, const QString &filter)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(CaImportDialog::tr("Browse…"), row);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, parent, title, filter]() {
        const QString file = QFileDialog::getOpenFileName(parent, title, edit->text(), filter);
        if (!file.isEmpty()) {
            edit->setText(file);
        }
    });
    return row;
}

} // namespace

CaImportDialog::CaImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_certificate(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_passphrase(new QLineEdit(this))
{
    setWindowTitle(tr("Import CA"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("only for an encrypted key"));
    const QString filter = tr("Certificates and keys (*.pem *.crt *.cer *.der *.key);;All files (*)");
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Certificate:"), withBrowse(m_certificate, this, tr("CA certificate"), filter));
    form->addRow(tr("&Private key:"), withBrowse(m_key, this, tr("CA private key"), filter));
    form->addRow(tr("Pass&phrase:"), m_passphrase);
    auto *hint = new QLabel(tr("The certificate may be PEM or DER, or a PEM bundle with the CA first and its "
                               "issuers after it. The key may be PEM or DER, encrypted or not."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString CaImportDialog::name() const
{
    return m_name->text().trimmed();
}

QString CaImportDialog::certificateFile() const
{
    return m_certificate->text().trimmed();
}

QString CaImportDialog::keyFile() const
{
    return m_key->text().trimmed();
}

QByteArray CaImportDialog::passphrase() const
{
    return m_passphrase->text().toUtf8();
}
