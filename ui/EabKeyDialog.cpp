// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EabKeyDialog.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024;

} // namespace

EabKeyDialog::EabKeyDialog(const QString &alias, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_alias(alias)
    , m_sources(new QButtonGroup(this))
    , m_pasted(new QLineEdit(this))
    , m_filePath(new QLineEdit(this))
    , m_fileState(new QLabel(this))
    , m_fileLabel(new QLabel(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
    , m_keyIdentifier(new QLineEdit(this))
    , m_label(new QLineEdit(this))
    , m_algorithm(new QComboBox(this))
    , m_expires(new QCheckBox(tr("Expires"), this))
    , m_expiry(new QDateTimeEdit(this))
    , m_singleUse(new QCheckBox(tr("Single use: binds one account only"), this))
    , m_encrypt(new QCheckBox(tr("Encrypt Key: store the key encrypted with the master key"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New EAB key for alias %1").arg(alias));
    setObjectName(QStringLiteral("eabKeyDialog"));

    auto *sourceBox = new QVBoxLayout;
    const struct
    {
        Source source;
        QString text;
        QString name;
    } sources[] = {
        {Source::Generate, tr("Generate a 256-bit MAC key"), QStringLiteral("sourceGenerate")},
        {Source::Paste, tr("Paste a base64url MAC key:"), QStringLiteral("sourcePaste")},
        {Source::File, tr("Upload a MAC key from a PEM or DER file:"), QStringLiteral("sourceFile")},
        {Source::PublicKey, tr("Asymmetric: upload a public key or X.509 certificate (PEM or DER):"),
         QStringLiteral("sourcePublicKey")},
    };
    for (const auto &s : sources) {
        auto *radio = new QRadioButton(s.text, this);
        radio->setObjectName(s.name);
        m_sources->addButton(radio, int(s.source));
        sourceBox->addWidget(radio);
        if (s.source == Source::Paste) {
            m_pasted->setObjectName(QStringLiteral("pastedKey"));
            m_pasted->setMaxLength(EabKeyService::kMaxBase64UrlKey);
            m_pasted->setPlaceholderText(tr("base64url, at most %1 characters").arg(EabKeyService::kMaxBase64UrlKey));
            auto *row = new QHBoxLayout;
            row->setContentsMargins(24, 0, 0, 0);
            row->addWidget(m_pasted);
            sourceBox->addLayout(row);
        } else if (s.source == Source::File) {
            // One file field serves both uploads; it sits under the last radio button below.
        }
    }
    m_filePath->setObjectName(QStringLiteral("keyFile"));
    m_filePath->setReadOnly(true);
    m_browse->setObjectName(QStringLiteral("browseKeyFile"));
    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(24, 0, 0, 0);
    m_fileLabel->setText(tr("File:"));
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(m_browse);
    sourceBox->addLayout(fileRow);
    m_fileState->setContentsMargins(24, 0, 0, 0);
    m_fileState->hide();
    sourceBox->addWidget(m_fileState);

    m_keyIdentifier->setObjectName(QStringLiteral("keyIdentifier"));
    m_keyIdentifier->setMaxLength(EabKeyService::kMaxKeyIdentifier);
    m_keyIdentifier->setPlaceholderText(tr("Default: derived from the key"));
    m_keyIdentifier->setToolTip(tr("The 'kid' clients send: at most %1 characters of A–Z, a–z, 0–9, '-' and '_'. "
                                   "Empty: base64url of the key's SHA-1 (of the fingerprint for public keys).")
                                    .arg(EabKeyService::kMaxKeyIdentifier));
    m_label->setObjectName(QStringLiteral("label"));
    m_label->setPlaceholderText(tr("Who or what the key is for"));
    m_algorithm->setObjectName(QStringLiteral("macAlgorithm"));
    m_algorithm->addItems({QStringLiteral("HS256"), QStringLiteral("HS384"), QStringLiteral("HS512")});
    m_expires->setObjectName(QStringLiteral("expires"));
    m_expiry->setObjectName(QStringLiteral("expiry"));
    m_expiry->setCalendarPopup(true);
    m_expiry->setDateTime(now.toLocalTime().addDays(30));
    m_expiry->setMinimumDateTime(now.toLocalTime());
    m_expiry->setEnabled(false);
    m_singleUse->setObjectName(QStringLiteral("singleUse"));
    m_encrypt->setObjectName(QStringLiteral("encrypt"));
    m_encrypt->setChecked(true);

    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expires);
    expiryRow->addWidget(m_expiry, 1);

    auto *form = new QFormLayout;
    form->addRow(tr("Key identifier:"), m_keyIdentifier);
    form->addRow(tr("Label:"), m_label);
    form->addRow(tr("MAC algorithm:"), m_algorithm);
    form->addRow(tr("Expiry:"), expiryRow);
    form->addRow(QString(), m_singleUse);
    form->addRow(QString(), m_encrypt);

    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText, QColor(0xd6, 0x45, 0x45));
    m_problem->setPalette(problemPalette);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create key"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceBox);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_sources, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            validate();
        }
    });
    connect(m_pasted, &QLineEdit::textChanged, this, &EabKeyDialog::validate);
    connect(m_keyIdentifier, &QLineEdit::textChanged, this, &EabKeyDialog::validate);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    connect(m_expires, &QCheckBox::toggled, this, &EabKeyDialog::validate);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &EabKeyDialog::validate);
    connect(m_browse, &QPushButton::clicked, this, &EabKeyDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        if (isAcceptable()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setSource(Source::Generate);
    validate();
    resize(560, sizeHint().height());
}

EabKeyDialog::Source EabKeyDialog::source() const
{
    return static_cast<Source>(qMax(0, m_sources->checkedId()));
}

void EabKeyDialog::setSource(Source source)
{
    m_sources->button(int(source))->setChecked(true);
    validate();
}

bool EabKeyDialog::loadFile(const QString &path)
{
    QFile f(path);
    m_fileData.clear();
    m_filePath->setText(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > kMaxFileBytes) {
        m_fileState->setText(tr("Can't read this file (at most 64 KiB)."));
        m_fileState->show();
        validate();
        return false;
    }
    m_fileData = f.readAll();
    m_fileState->setText(tr("%n byte(s) read.", nullptr, int(m_fileData.size())));
    m_fileState->show();
    validate();
    return true;
}

void EabKeyDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Key file"), QString(),
                                                      tr("Keys and certificates (*.pem *.der *.crt *.cer *.key *.bin);;"
                                                         "All files (*)"));
    if (!path.isEmpty()) {
        if (source() != Source::PublicKey) {
            setSource(Source::File);
        }
        loadFile(path);
    }
}

NewSymmetricEabKey EabKeyDialog::symmetricSpec() const
{
    NewSymmetricEabKey spec;
    spec.alias = m_alias;
    spec.keyIdentifier = m_keyIdentifier->text().trimmed();
    spec.label = m_label->text().trimmed();
    spec.macAlgorithm = m_algorithm->currentText();
    if (source() == Source::Paste) {
        if (Result<QByteArray> key = EabKeyService::keyFromBase64Url(m_pasted->text().trimmed())) {
            spec.key = *key;
        }
    } else if (source() == Source::File) {
        if (Result<QByteArray> key = EabKeyService::keyFromFile(m_fileData)) {
            spec.key = *key;
        }
    }
    if (m_expires->isChecked()) {
        spec.expiresAt = m_expiry->dateTime().toUTC();
    }
    spec.singleUse = m_singleUse->isChecked();
    spec.encrypt = m_encrypt->isChecked();
    return spec;
}

NewAsymmetricEabKey EabKeyDialog::asymmetricSpec() const
{
    NewAsymmetricEabKey spec;
    spec.alias = m_alias;
    spec.keyIdentifier = m_keyIdentifier->text().trimmed();
    spec.label = m_label->text().trimmed();
    spec.publicKeyOrCertificate = m_fileData;
    if (m_expires->isChecked()) {
        spec.expiresAt = m_expiry->dateTime().toUTC();
    }
    spec.singleUse = m_singleUse->isChecked();
    return spec;
}

bool EabKeyDialog::isAcceptable() const
{
    return m_problemText.isEmpty();
}

QString EabKeyDialog::problem() const
{
    return m_problemText;
}

void EabKeyDialog::validate()
{
    const Source s = source();
    m_pasted->setEnabled(s == Source::Paste);
    const bool usesFile = s == Source::File || s == Source::PublicKey;
    m_fileLabel->setEnabled(usesFile);
    m_filePath->setEnabled(usesFile);
    m_fileState->setEnabled(usesFile);
    m_algorithm->setEnabled(s != Source::PublicKey);
    m_encrypt->setEnabled(s != Source::PublicKey);

    QString problem;
    const QString kid = m_keyIdentifier->text().trimmed();
    if (!kid.isEmpty() && !EabKeyService::checkKeyIdentifier(kid)) {
        problem = tr("The key identifier may only contain A–Z, a–z, 0–9, '-' and '_' (at most %1 characters).")
                      .arg(EabKeyService::kMaxKeyIdentifier);
    } else if (s == Source::Paste) {
        const QString text = m_pasted->text().trimmed();
        Result<QByteArray> key = EabKeyService::keyFromBase64Url(text);
        if (text.isEmpty()) {
            problem = tr("Paste the key, base64url-encoded.");
        } else if (!key) {
            problem = tr("The pasted key is not base64url (A–Z, a–z, 0–9, '-', '_', at most %1 characters).")
                          .arg(EabKeyService::kMaxBase64UrlKey);
        } else if (key->size() < EabKeyService::kMinKeyBytes) {
            problem = tr("The key is too short: at least %1 bytes.").arg(EabKeyService::kMinKeyBytes);
        }
    } else if (s == Source::File || s == Source::PublicKey) {
        if (m_fileData.isEmpty()) {
            problem = s == Source::File ? tr("Choose the key file.") : tr("Choose the public key or certificate file.");
        } else if (s == Source::File) {
            Result<QByteArray> key = EabKeyService::keyFromFile(m_fileData);
            if (!key || key->size() < EabKeyService::kMinKeyBytes || key->size() > EabKeyService::kMaxKeyBytes) {
                problem = tr("The file holds no usable key (%1 to %2 bytes).")
                              .arg(EabKeyService::kMinKeyBytes)
                              .arg(EabKeyService::kMaxKeyBytes);
            }
        }
    }
    if (problem.isEmpty() && m_expires->isChecked() && m_expiry->dateTime() <= m_expiry->minimumDateTime()) {
        problem = tr("The expiry must lie in the future.");
    }
    m_problemText = problem;
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}
