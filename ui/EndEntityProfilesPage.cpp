// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EndEntityProfilesPage.h"

#include "core/admin/AdminService.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

#include <optional>

namespace {

/** What the page loads in one job: the profiles and the names its choices offer. */
struct EndEntityLoad
{
    std::optional<CoreError> error;
    QList<EndEntityProfile> profiles;
    QStringList certificateProfiles;
    QStringList cas;
};

QStringList listOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("\\s*,\\s*"));
    QStringList out = text.trimmed().split(separators, Qt::SkipEmptyParts);
    out.removeDuplicates();
    return out;
}

void setChoices(QComboBox *box, const QStringList &choices)
{
    const QString current = box->currentText();
    const QSignalBlocker block(box);
    box->clear();
    box->addItems(choices);
    box->setCurrentText(current);
}

} // namespace

EndEntityProfilesPage::EndEntityProfilesPage(AdminService *admin, QWidget *parent)
    : ProfilesPage(admin, parent)
    , m_dnLabel(new QLabel(this))
    , m_dnAttributes(new QLineEdit(this))
    , m_cnRequired(new QCheckBox(this))
    , m_cnModifiable(new QCheckBox(this))
    , m_emailUsed(new QCheckBox(this))
    , m_emailRequired(new QCheckBox(this))
    , m_dnsAllowed(new QCheckBox(this))
    , m_maxDnsLabel(new QLabel(this))
    , m_maxSanDns(new QSpinBox(this))
    , m_ipAllowed(new QCheckBox(this))
    , m_maxIpLabel(new QLabel(this))
    , m_maxSanIp(new QSpinBox(this))
    , m_defaultCertLabel(new QLabel(this))
    , m_defaultCertProfile(new QComboBox(this))
    , m_certProfilesLabel(new QLabel(this))
    , m_certProfiles(new QLineEdit(this))
    , m_defaultCaLabel(new QLabel(this))
    , m_defaultCa(new QComboBox(this))
    , m_casLabel(new QLabel(this))
    , m_cas(new QLineEdit(this))
{
    // Out-of-range counts go to the core's validation, not silently clamped here.
    m_maxSanDns->setRange(-1000000, 1000000);
    m_maxSanIp->setRange(-1000000, 1000000);
    for (QComboBox *box : {m_defaultCertProfile, m_defaultCa}) {
        box->setEditable(true);
        box->setMinimumContentsLength(24);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    }
    m_maxSanDns->setObjectName(QStringLiteral("maxSanDns"));
    m_defaultCa->setObjectName(QStringLiteral("defaultCa"));
    m_dnLabel->setBuddy(m_dnAttributes);
    m_maxDnsLabel->setBuddy(m_maxSanDns);
    m_maxIpLabel->setBuddy(m_maxSanIp);
    m_defaultCertLabel->setBuddy(m_defaultCertProfile);
    m_certProfilesLabel->setBuddy(m_certProfiles);
    m_defaultCaLabel->setBuddy(m_defaultCa);
    m_casLabel->setBuddy(m_cas);
    form()->addRow(m_dnLabel, m_dnAttributes);
    form()->addRow(QString(), m_cnRequired);
    form()->addRow(QString(), m_cnModifiable);
    form()->addRow(QString(), m_emailUsed);
    form()->addRow(QString(), m_emailRequired);
    form()->addRow(QString(), m_dnsAllowed);
    form()->addRow(m_maxDnsLabel, m_maxSanDns);
    form()->addRow(QString(), m_ipAllowed);
    form()->addRow(m_maxIpLabel, m_maxSanIp);
    form()->addRow(m_defaultCertLabel, m_defaultCertProfile);
    form()->addRow(m_certProfilesLabel, m_certProfiles);
    form()->addRow(m_defaultCaLabel, m_defaultCa);
    form()->addRow(m_casLabel, m_cas);
    connect(m_dnsAllowed, &QCheckBox::toggled, m_maxSanDns, &QWidget::setEnabled);
    connect(m_ipAllowed, &QCheckBox::toggled, m_maxSanIp, &QWidget::setEnabled);
    connect(m_emailUsed, &QCheckBox::toggled, m_emailRequired, &QWidget::setEnabled);
    retranslate();
}

QString EndEntityProfilesPage::title() const
{
    return tr("End entity profiles");
}

QIcon EndEntityProfilesPage::icon() const
{
    return Icons::get(QStringLiteral("endentities"));
}

QString EndEntityProfilesPage::kindText() const
{
    return tr("end entity profile");
}

void EndEntityProfilesPage::retranslate()
{
    ProfilesPage::retranslate();
    m_dnLabel->setText(tr("Subject &DN attributes:"));
    m_dnAttributes->setToolTip(tr("Attributes an end entity's subject may carry, separated by commas: CN, O, OU, C…"));
    m_cnRequired->setText(tr("Common name required"));
    m_cnModifiable->setText(tr("Common name taken from the request (otherwise fixed by the administrator)"));
    m_emailUsed->setText(tr("E-mail address used"));
    m_emailRequired->setText(tr("E-mail address required"));
    m_dnsAllowed->setText(tr("DNS names allowed in the subject alternative name"));
    m_maxDnsLabel->setText(tr("Maximum DNS &names:"));
    m_ipAllowed->setText(tr("IP addresses allowed in the subject alternative name"));
    m_maxIpLabel->setText(tr("Maximum &IP addresses:"));
    m_defaultCertLabel->setText(tr("Default &certificate profile:"));
    m_certProfilesLabel->setText(tr("Available certificate &profiles:"));
    m_certProfiles->setToolTip(tr("Separated by commas; empty allows only the default"));
    m_defaultCaLabel->setText(tr("Default C&A:"));
    m_casLabel->setText(tr("Available CA&s:"));
    m_cas->setToolTip(m_certProfiles->toolTip());
}

void EndEntityProfilesPage::loadProfiles()
{
    ProfileCatalog *profiles = &m_admin->profiles();
    CaCatalog *cas = m_admin->caCatalog();
    m_admin->executor()->run<EndEntityLoad>(
        this,
        [profiles, cas]() {
            EndEntityLoad load;
            Result<QList<EndEntityProfile>> ees = profiles->endEntityProfiles();
            if (!ees) {
                load.error = ees.error();
                return load;
            }
            load.profiles = *ees;
            if (Result<QList<CertificateProfile>> certs = profiles->certificateProfiles(); certs) {
                for (const CertificateProfile &c : *certs) {
                    load.certificateProfiles << c.name;
                }
            }
            if (cas) {
                if (Result<QList<CaSummary>> all = cas->list(); all) {
                    for (const CaSummary &c : *all) {
                        if (c.hasKey) {
                            load.cas << c.name;
                        }
                    }
                }
            }
            return load;
        },
        [this](const EndEntityLoad &load) {
            if (load.error) {
                showError(ErrorMessages::describe(tr("Reading the end entity profiles failed."), *load.error));
                return;
            }
            m_profiles = load.profiles;
            setChoices(m_defaultCertProfile, load.certificateProfiles);
            setChoices(m_defaultCa, load.cas);
            QStringList names;
            for (const EndEntityProfile &p : m_profiles) {
                names << p.name;
            }
            profilesLoaded(names);
        });
}

void EndEntityProfilesPage::showProfile(int index)
{
    const EndEntityProfile p = index >= 0 && index < m_profiles.size() ? m_profiles.at(index) : EndEntityProfile();
    nameEdit()->setText(p.name);
    m_dnAttributes->setText(p.subjectDnAttributes.join(QStringLiteral(", ")));
    m_cnRequired->setChecked(p.commonNameRequired);
    m_cnModifiable->setChecked(p.commonNameModifiable);
    m_emailUsed->setChecked(p.emailUsed);
    m_emailRequired->setChecked(p.emailRequired);
    m_emailRequired->setEnabled(p.emailUsed);
    m_dnsAllowed->setChecked(p.sanDnsAllowed);
    m_maxSanDns->setValue(p.maxSanDns);
    m_maxSanDns->setEnabled(p.sanDnsAllowed);
    m_ipAllowed->setChecked(p.sanIpAllowed);
    m_maxSanIp->setValue(p.maxSanIp);
    m_maxSanIp->setEnabled(p.sanIpAllowed);
    m_defaultCertProfile->setCurrentText(p.defaultCertificateProfile);
    m_certProfiles->setText(p.availableCertificateProfiles.join(QStringLiteral(", ")));
    m_defaultCa->setCurrentText(p.defaultCa);
    m_cas->setText(p.availableCas.join(QStringLiteral(", ")));
}

Result<EndEntityProfile> EndEntityProfilesPage::formProfile() const
{
    const QJsonObject json {
        {QStringLiteral("subjectDnAttributes"), QJsonArray::fromStringList(listOf(m_dnAttributes->text()))},
        {QStringLiteral("commonNameRequired"), m_cnRequired->isChecked()},
        {QStringLiteral("commonNameModifiable"), m_cnModifiable->isChecked()},
        {QStringLiteral("emailUsed"), m_emailUsed->isChecked()},
        {QStringLiteral("emailRequired"), m_emailRequired->isChecked()},
        {QStringLiteral("sanDnsAllowed"), m_dnsAllowed->isChecked()},
        {QStringLiteral("maxSanDns"), m_maxSanDns->value()},
        {QStringLiteral("sanIpAllowed"), m_ipAllowed->isChecked()},
        {QStringLiteral("maxSanIp"), m_maxSanIp->value()},
        {QStringLiteral("defaultCertificateProfile"), m_defaultCertProfile->currentText().trimmed()},
        {QStringLiteral("availableCertificateProfiles"), QJsonArray::fromStringList(listOf(m_certProfiles->text()))},
        {QStringLiteral("defaultCa"), m_defaultCa->currentText().trimmed()},
        {QStringLiteral("availableCas"), QJsonArray::fromStringList(listOf(m_cas->text()))},
    };
    // The same parser and rules as `anvil profile set` and the stored JSON.
    return EndEntityProfile::fromJson(nameEdit()->text().trimmed(), json);
}

void EndEntityProfilesPage::saveForm(const QString &originalName)
{
    Result<EndEntityProfile> p = formProfile();
    if (!p) {
        const CoreError e = p.error();
        saved(nameEdit()->text().trimmed(), &e);
        return;
    }
    ProfileCatalog *catalog = &m_admin->profiles();
    const EndEntityProfile profile = *p;
    const QString actor = m_admin->actor();
    runSave<EndEntityProfile>(profile.name, [catalog, profile, originalName, actor]() {
        return catalog->saveEndEntityProfile(profile, originalName, actor);
    });
}

void EndEntityProfilesPage::removeProfile(const QString &name)
{
    ProfileCatalog *catalog = &m_admin->profiles();
    const QString actor = m_admin->actor();
    runRemove(name, [catalog, name, actor]() { return catalog->removeEndEntityProfile(name, actor); });
}
