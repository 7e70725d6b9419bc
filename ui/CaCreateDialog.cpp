// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CaCreateDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

enum Kind {
    RootOnly,
    RootAndIssuing,
    UnderExisting,
};

} // namespace

CaCreateDialog::CaCreateDialog(const QStringList &issuers, QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_issuer(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_subject(new QLineEdit(this))
    , m_keyType(new QComboBox(this))
    , m_validity(new QLineEdit(QStringLiteral("10y"), this))
    , m_issuingBox(new QGroupBox(tr("Issuing CA"), this))
    , m_issuingName(new QLineEdit(this))
    , m_issuingSubject(new QLineEdit(this))
    , m_issuingValidity(new QLineEdit(QStringLiteral("5y"), this))
{
    setWindowTitle(tr("New CA"));
    m_kind->addItem(tr("Root CA"), RootOnly);
    m_kind->addItem(tr("Root CA and an issuing CA under it"), RootAndIssuing);
    if (!issuers.isEmpty()) {
        m_kind->addItem(tr("CA issued by an existing CA"), UnderExisting);
    }
    m_kind->setCurrentIndex(1);
    m_issuer->addItems(issuers);
    m_keyType->addItems(CaCatalog::keySpecs());
    m_name->setPlaceholderText(tr("e.g. Example Root CA"));
    m_subject->setPlaceholderText(tr("CN=<name> when empty"));
    m_validity->setToolTip(tr("A duration such as '10y' or '5y 6mo'"));
    m_issuingValidity->setToolTip(m_validity->toolTip());
    m_issuingSubject->setPlaceholderText(m_subject->placeholderText());

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Issued &by:"), m_issuer);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Subject DN:"), m_subject);
    form->addRow(tr("&Key type:"), m_keyType);
    form->addRow(tr("&Validity:"), m_validity);
    auto *issuingForm = new QFormLayout(m_issuingBox);
    issuingForm->addRow(tr("N&ame:"), m_issuingName);
    issuingForm->addRow(tr("S&ubject DN:"), m_issuingSubject);
    issuingForm->addRow(tr("Va&lidity:"), m_issuingValidity);

    auto *hint = new QLabel(tr("The key is generated on this machine and stored only encrypted with the master "
                               "key. RSA 4096 keys take a few seconds."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CaCreateDialog::updateKind);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issuingBox);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    updateKind();
}

void CaCreateDialog::updateKind()
{
    const int kind = m_kind->currentData().toInt();
    m_issuer->setEnabled(kind == UnderExisting);
    m_issuingBox->setVisible(kind == RootAndIssuing);
}

CaCreateRequest CaCreateDialog::request() const
{
    const int kind = m_kind->currentData().toInt();
    CaCreateRequest r;
    r.name = m_name->text().trimmed();
    r.subjectDn = m_subject->text().trimmed();
    r.keySpec = m_keyType->currentText();
    r.validity = m_validity->text().trimmed();
    if (kind == UnderExisting) {
        r.issuer = m_issuer->currentText();
    }
    r.withIssuing = kind == RootAndIssuing;
    if (r.withIssuing) {
        r.issuingName = m_issuingName->text().trimmed();
        r.issuingSubjectDn = m_issuingSubject->text().trimmed();
        r.issuingValidity = m_issuingValidity->text().trimmed();
    }
    return r;
}
