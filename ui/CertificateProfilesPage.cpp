// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CertificateProfilesPage.h"

#include "core/admin/AdminService.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <optional>

namespace {

const QStringList kAlgorithms {QStringLiteral("EC"), QStringLiteral("RSA")};
const QStringList kCurves {QStringLiteral("P-256"), QStringLiteral("P-384"), QStringLiteral("P-521")};

QWidget *row(QWidget *parent, QHBoxLayout **layout)
{
    auto *w = new QWidget(parent);
    *layout = new QHBoxLayout(w);
    (*layout)->setContentsMargins(0, 0, 0, 0);
    return w;
}

} // namespace

CertificateProfilesPage::CertificateProfilesPage(AdminService *admin, QWidget *parent)
    : ProfilesPage(admin, parent)
    , m_algorithmsLabel(new QLabel(this))
    , m_curvesLabel(new QLabel(this))
    , m_rsaLabel(new QLabel(this))
    , m_validityLabel(new QLabel(this))
    , m_ekuLabel(new QLabel(this))
    , m_rsaBits(new QLineEdit(this))
    , m_validity(new QLineEdit(this))
    , m_singleActive(new QCheckBox(this))
{
    QHBoxLayout *l = nullptr;
    QWidget *algorithms = row(this, &l);
    for (const QString &a : kAlgorithms) {
        addCheck(a, l);
    }
    l->addStretch(1);
    form()->addRow(m_algorithmsLabel, algorithms);
    QWidget *curves = row(this, &l);
    for (const QString &c : kCurves) {
        addCheck(c, l);
    }
    l->addStretch(1);
    form()->addRow(m_curvesLabel, curves);
    m_rsaLabel->setBuddy(m_rsaBits);
    form()->addRow(m_rsaLabel, m_rsaBits);
    m_validityLabel->setBuddy(m_validity);
    form()->addRow(m_validityLabel, m_validity);
    auto *ekus = new QWidget(this);
    auto *ekuLayout = new QVBoxLayout(ekus);
    ekuLayout->setContentsMargins(0, 0, 0, 0);
    for (const QString &e : ProfileCatalog::knownExtendedKeyUsages()) {
        addCheck(e, ekuLayout);
    }
    form()->addRow(m_ekuLabel, ekus);
    form()->addRow(QString(), m_singleActive);
    m_rsaBits->setObjectName(QStringLiteral("rsaBits"));
    m_validity->setObjectName(QStringLiteral("validity"));
    retranslate();
}

QCheckBox *CertificateProfilesPage::addCheck(const QString &value, QLayout *into)
{
    auto *box = new QCheckBox(value, this);
    box->setObjectName(value);
    into->addWidget(box);
    m_checks.insert(value, box);
    return box;
}

QString CertificateProfilesPage::title() const
{
    return tr("Certificate profiles");
}

QIcon CertificateProfilesPage::icon() const
{
    return Icons::get(QStringLiteral("profiles"));
}

QString CertificateProfilesPage::kindText() const
{
    return tr("certificate profile");
}

void CertificateProfilesPage::retranslate()
{
    ProfilesPage::retranslate();
    m_algorithmsLabel->setText(tr("Key algorithms:"));
    m_curvesLabel->setText(tr("EC curves:"));
    m_rsaLabel->setText(tr("RSA key &sizes:"));
    m_rsaBits->setToolTip(tr("Bits, separated by commas: multiples of 1024 from 2048 to 8192"));
    m_validityLabel->setText(tr("&Validity:"));
    m_validity->setToolTip(tr("How long certificates are valid, e.g. '90d' or '1y'"));
    m_ekuLabel->setText(tr("Extended key usage:"));
    m_singleActive->setText(tr("Only one active certificate per end entity (a new one supersedes the others)"));
}

void CertificateProfilesPage::loadProfiles()
{
    ProfileCatalog *catalog = &m_admin->profiles();
    m_admin->executor()->run<Result<QList<CertificateProfile>>>(
        this, [catalog]() { return catalog->certificateProfiles(); },
        [this](const Result<QList<CertificateProfile>> &profiles) {
            if (!profiles) {
                showError(ErrorMessages::describe(tr("Reading the certificate profiles failed."), profiles.error()));
                return;
            }
            m_profiles = *profiles;
            QStringList names;
            for (const CertificateProfile &p : m_profiles) {
                names << p.name;
            }
            profilesLoaded(names);
        });
}

void CertificateProfilesPage::showProfile(int index)
{
    const CertificateProfile p = index >= 0 && index < m_profiles.size() ? m_profiles.at(index) : CertificateProfile();
    nameEdit()->setText(p.name);
    for (auto it = m_checks.cbegin(); it != m_checks.cend(); ++it) {
        it.value()->setChecked(p.keyAlgorithms.contains(it.key()) || p.ecCurves.contains(it.key())
                               || p.extendedKeyUsage.contains(it.key()));
    }
    QStringList bits;
    for (int b : p.rsaBits) {
        bits << QString::number(b);
    }
    m_rsaBits->setText(bits.join(QStringLiteral(", ")));
    m_validity->setText(p.validity.toString());
    m_singleActive->setChecked(p.singleActiveCertificate);
}

Result<CertificateProfile> CertificateProfilesPage::formProfile() const
{
    auto checked = [this](const QStringList &values) {
        QStringList out;
        for (const QString &v : values) {
            if (m_checks.value(v)->isChecked()) {
                out << v;
            }
        }
        return out;
    };
    QJsonArray bits;
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &b : m_rsaBits->text().split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = b.toInt(&ok);
        if (!ok) {
            return CoreError(CoreError::Code::InvalidProfile,
                             QStringLiteral("RSA key size '%1' is not a number of bits").arg(b));
        }
        bits.append(n);
    }
    const QJsonObject json {
        {QStringLiteral("keyAlgorithms"), QJsonArray::fromStringList(checked(kAlgorithms))},
        {QStringLiteral("ecCurves"), QJsonArray::fromStringList(checked(kCurves))},
        {QStringLiteral("rsaBits"), bits},
        {QStringLiteral("validity"), m_validity->text().trimmed()},
        {QStringLiteral("extendedKeyUsage"),
         QJsonArray::fromStringList(checked(ProfileCatalog::knownExtendedKeyUsages()))},
        {QStringLiteral("singleActiveCertificate"), m_singleActive->isChecked()},
    };
    // The same parser and rules as `anvil profile set` and the stored JSON.
    return CertificateProfile::fromJson(nameEdit()->text().trimmed(), json);
}

void CertificateProfilesPage::saveForm(const QString &originalName)
{
    Result<CertificateProfile> p = formProfile();
    if (!p) {
        const CoreError e = p.error();
        saved(nameEdit()->text().trimmed(), &e);
        return;
    }
    ProfileCatalog *catalog = &m_admin->profiles();
    const CertificateProfile profile = *p;
    const QString actor = m_admin->actor();
    runSave<CertificateProfile>(profile.name, [catalog, profile, originalName, actor]() {
        return catalog->saveCertificateProfile(profile, originalName, actor);
    });
}

void CertificateProfilesPage::removeProfile(const QString &name)
{
    ProfileCatalog *catalog = &m_admin->profiles();
    const QString actor = m_admin->actor();
    runRemove(name, [catalog, name, actor]() { return catalog->removeCertificateProfile(name, actor); });
}
