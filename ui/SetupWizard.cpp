// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SetupWizard.h"

#include "ui/ErrorMessages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox *portBox(int value)
{
    auto *box = new QSpinBox;
    box->setRange(0, 65535);
    box->setValue(value);
    return box;
}

} // namespace

SetupWizard::SetupWizard(SetupService &setup, QWidget *parent)
    : QWizard(parent)
    , m_setup(setup)
{
    setWindowTitle(tr("Set up Anvil"));
    setWizardStyle(QWizard::ModernStyle);
    addPage(caPage());
    addPage(serverPage());
    addPage(acmePage());
}

QWizardPage *SetupWizard::caPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Certificate authority"));
    page->setSubTitle(tr("Anvil signs ACME certificates with an issuing CA. Create a new root and issuing CA, or "
                         "import the CA your organisation already has."));
    const SetupService::Options defaults;
    m_create = new QRadioButton(tr("Create a new root CA and issuing CA"));
    m_create->setChecked(true);
    m_rootSubject = new QLineEdit(defaults.rootSubject);
    m_withIssuing = new QCheckBox(tr("Issue ACME certificates from an issuing CA below the root (recommended)"));
    m_withIssuing->setChecked(defaults.withIssuingCa);
    m_keyType = new QComboBox;
    m_keyType->addItem(tr("EC P-256"), QStringLiteral("EC:P-256"));
    m_keyType->addItem(tr("EC P-384"), QStringLiteral("EC:P-384"));
    m_keyType->addItem(tr("RSA 3072"), QStringLiteral("RSA:3072"));
    m_keyType->addItem(tr("RSA 4096"), QStringLiteral("RSA:4096"));
    m_import = new QRadioButton(tr("Import an existing CA (certificate and private key)"));
    m_importCert = new QLineEdit;
    m_importCert->setPlaceholderText(tr("PEM or DER certificate, or a PEM chain"));
    m_importKey = new QLineEdit;
    m_importKey->setPlaceholderText(tr("PEM or DER private key"));
    m_importPassphrase = new QLineEdit;
    m_importPassphrase->setEchoMode(QLineEdit::Password);
    m_importPassphrase->setPlaceholderText(tr("only for an encrypted key"));

    auto browse = [this](QLineEdit *target) {
        auto *button = new QPushButton(tr("Browse…"));
        connect(button, &QPushButton::clicked, this, [this, target]() {
            const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"));
            if (!file.isEmpty()) {
                target->setText(file);
            }
        });
        auto *row = new QHBoxLayout;
        row->addWidget(target);
        row->addWidget(button);
        return row;
    };

    auto *createForm = new QFormLayout;
    createForm->addRow(tr("Root CA subject:"), m_rootSubject);
    createForm->addRow(tr("Key type:"), m_keyType);
    createForm->addRow(QString(), m_withIssuing);
    auto *importForm = new QFormLayout;
    importForm->addRow(tr("Certificate:"), browse(m_importCert));
    importForm->addRow(tr("Private key:"), browse(m_importKey));
    importForm->addRow(tr("Passphrase:"), m_importPassphrase);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_create);
    layout->addLayout(createForm);
    layout->addSpacing(12);
    layout->addWidget(m_import);
    layout->addLayout(importForm);
    layout->addStretch();

    auto updateEnabled = [=]() {
        const bool create = m_create->isChecked();
        for (QWidget *w : {static_cast<QWidget *>(m_rootSubject), static_cast<QWidget *>(m_keyType),
                           static_cast<QWidget *>(m_withIssuing)}) {
            w->setEnabled(create);
        }
        for (QWidget *w : {m_importCert, m_importKey, m_importPassphrase}) {
            w->setEnabled(!create);
        }
    };
    connect(m_create, &QRadioButton::toggled, page, updateEnabled);
    updateEnabled();
    return page;
}

QWizardPage *SetupWizard::serverPage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("Server"));
    page->setSubTitle(tr("The names and addresses ACME clients use to reach this server go into its TLS "
                         "certificate. Port 8442 serves TLS, 8443 TLS with client certificates, 8080 plain "
                         "HTTP for CRLs; 0 turns a listener off."));
    m_hostnames = new QLineEdit(SetupService::defaultHostnames().join(QStringLiteral(", ")));
    m_tlsPort = portBox(8442);
    m_clientCertPort = portBox(8443);
    m_httpPort = portBox(8080);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Host names and IP addresses:"), m_hostnames);
    form->addRow(tr("TLS port:"), m_tlsPort);
    form->addRow(tr("Client-certificate TLS port:"), m_clientCertPort);
    form->addRow(tr("Plain HTTP port (CRLs):"), m_httpPort);
    return page;
}

QWizardPage *SetupWizard::acmePage()
{
    auto *page = new QWizardPage;
    page->setTitle(tr("ACME"));
    page->setSubTitle(tr("ACME clients use an alias: a configuration with its own directory URL, profiles and "
                         "rules. You can add more aliases later."));
    m_aliasName = new QLineEdit(QStringLiteral("default"));
    m_enableAcme = new QCheckBox(tr("Enable the ACME protocol now"));
    m_enableAcme->setChecked(true);
    m_status = new QLabel;
    m_status->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("First alias:"), m_aliasName);
    form->addRow(QString(), m_enableAcme);
    form->addRow(m_status);
    return page;
}

SetupService::Options SetupWizard::options() const
{
    SetupService::Options o;
    o.rootSubject = m_rootSubject->text().trimmed();
    o.withIssuingCa = m_withIssuing->isChecked();
    o.keySpec = m_keyType->currentData().toString();
    o.hostnames = m_hostnames->text().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
    o.tlsPort = m_tlsPort->value();
    o.clientCertPort = m_clientCertPort->value();
    o.httpPort = m_httpPort->value();
    o.aliasName = m_aliasName->text().trimmed();
    o.enableAcme = m_enableAcme->isChecked();
    return o;
}

bool SetupWizard::readFile(const QString &path, QByteArray *data)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read %1.").arg(path);
        return false;
    }
    *data = f.readAll();
    return true;
}

void SetupWizard::accept()
{
    m_error.clear();
    SetupService::Options o = options();
    if (m_import->isChecked()) {
        if (!readFile(m_importCert->text(), &o.importCertificates) || !readFile(m_importKey->text(), &o.importKey)) {
            m_status->setText(m_error);
            return;
        }
        o.importPassphrase = m_importPassphrase->text().toUtf8();
    }
    Result<SetupService::Outcome> done = m_setup.initialize(o, QStringLiteral("console:setup"));
    if (!done) {
        m_error = ErrorMessages::describe(tr("The setup failed."), done.error());
        m_status->setText(m_error);
        return;
    }
    QWizard::accept();
}
