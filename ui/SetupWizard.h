// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/SetupService.h"

#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

/**
 * First start in the console (issue #2 §5): create or import a CA, name the server and its ports,
 * and enable ACME in one click. Runs the same SetupService as `anvil --headless --init`.
 */
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(SetupService &setup, QWidget *parent = nullptr);

    /** The options the pages describe (exposed for tests). */
    SetupService::Options options() const;
    /** Why the last accept() failed, in plain words; empty after success. */
    QString lastError() const { return m_error; }

    void accept() override;

private:
    QWizardPage *caPage();
    QWizardPage *serverPage();
    QWizardPage *acmePage();
    bool readFile(const QString &path, QByteArray *data);

    SetupService &m_setup;
    QString m_error;

    QRadioButton *m_create = nullptr;
    QRadioButton *m_import = nullptr;
    QLineEdit *m_rootSubject = nullptr;
    QCheckBox *m_withIssuing = nullptr;
    QComboBox *m_keyType = nullptr;
    QLineEdit *m_importCert = nullptr;
    QLineEdit *m_importKey = nullptr;
    QLineEdit *m_importPassphrase = nullptr;
    QLineEdit *m_hostnames = nullptr;
    QSpinBox *m_tlsPort = nullptr;
    QSpinBox *m_clientCertPort = nullptr;
    QSpinBox *m_httpPort = nullptr;
    QLineEdit *m_aliasName = nullptr;
    QCheckBox *m_enableAcme = nullptr;
    QLabel *m_status = nullptr;
};
