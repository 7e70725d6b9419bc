// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pki/CertificateProfile.h"
#include "ui/ProfilesPage.h"

#include <QList>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;

/**
 * Certificate profiles: allowed subject key algorithms, curves and RSA sizes, validity, extended
 * key usages and whether a new certificate supersedes the end entity's earlier ones.
 */
class CertificateProfilesPage : public ProfilesPage
{
    Q_OBJECT

public:
    explicit CertificateProfilesPage(AdminService *admin, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("certificate-profiles"); }
    QString title() const override;
    QIcon icon() const override;

    /** The profile the form describes, validated as the core validates it. */
    Result<CertificateProfile> formProfile() const;
    QLineEdit *validityEdit() const { return m_validity; }
    QLineEdit *rsaBitsEdit() const { return m_rsaBits; }
    QCheckBox *checkBox(const QString &value) const { return m_checks.value(value); }

protected:
    void loadProfiles() override;
    void showProfile(int index) override;
    void saveForm(const QString &originalName) override;
    void removeProfile(const QString &name) override;
    QString kindText() const override;
    void retranslate() override;

private:
    QCheckBox *addCheck(const QString &value, QLayout *into);

    QList<CertificateProfile> m_profiles;
    QMap<QString, QCheckBox *> m_checks;
    QLabel *m_algorithmsLabel;
    QLabel *m_curvesLabel;
    QLabel *m_rsaLabel;
    QLabel *m_validityLabel;
    QLabel *m_ekuLabel;
    QLineEdit *m_rsaBits;
    QLineEdit *m_validity;
    QCheckBox *m_singleActive;
};
