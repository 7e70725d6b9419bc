// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/pki/EndEntityProfile.h"
#include "ui/ProfilesPage.h"

#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

/**
 * End entity profiles: subject DN attributes, common name and e-mail rules, how many DNS names
 * and IP addresses, and which certificate profiles and CAs a request may use.
 */
class EndEntityProfilesPage : public ProfilesPage
{
    Q_OBJECT

public:
    explicit EndEntityProfilesPage(AdminService *admin, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("end-entity-profiles"); }
    QString title() const override;
    QIcon icon() const override;

    Result<EndEntityProfile> formProfile() const;
    QSpinBox *maxSanDnsBox() const { return m_maxSanDns; }
    QComboBox *defaultCaBox() const { return m_defaultCa; }
    QCheckBox *emailRequiredBox() const { return m_emailRequired; }

protected:
    void loadProfiles() override;
    void showProfile(int index) override;
    void saveForm(const QString &originalName) override;
    void removeProfile(const QString &name) override;
    QString kindText() const override;
    void retranslate() override;

private:
    QList<EndEntityProfile> m_profiles;
    QLabel *m_dnLabel;
    QLineEdit *m_dnAttributes;
    QCheckBox *m_cnRequired;
    QCheckBox *m_cnModifiable;
    QCheckBox *m_emailUsed;
    QCheckBox *m_emailRequired;
    QCheckBox *m_dnsAllowed;
    QLabel *m_maxDnsLabel;
    QSpinBox *m_maxSanDns;
    QCheckBox *m_ipAllowed;
    QLabel *m_maxIpLabel;
    QSpinBox *m_maxSanIp;
    QLabel *m_defaultCertLabel;
    QComboBox *m_defaultCertProfile;
    QLabel *m_certProfilesLabel;
    QLineEdit *m_certProfiles;
    QLabel *m_defaultCaLabel;
    QComboBox *m_defaultCa;
    QLabel *m_casLabel;
    QLineEdit *m_cas;
};
