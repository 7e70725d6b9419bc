// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProtocolPage.h"
#include "ui_ProtocolPage.h"

#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "core/util/Duration.h"
#include "ui/ErrorMessages.h"
#include "ui/Icons.h"

#include <QEvent>
#include <QHostAddress>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

struct Loaded
{
    Result<GlobalSettings> settings;
    Result<QList<AliasConfig>> aliases;
};

QStringList splitNames(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts)) {
        out << part;
    }
    return out;
}

bool isHostName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}"
                       "[A-Za-z0-9])?)*$"));
    return re.match(name).hasMatch() || !QHostAddress(name).isNull();
}

} // namespace

ProtocolPage::ProtocolPage(AdminService *admin, QWidget *parent)
    : ConsolePage(parent)
    , m_ui(std::make_unique<Ui::ProtocolPage>())
    , m_admin(admin)
{
    m_ui->setupUi(this);
    QFont headingFont = m_ui->heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_ui->heading->setFont(headingFont);
    m_ui->saveButton->setIcon(Icons::get(QStringLiteral("save")));
    m_ui->revertButton->setIcon(Icons::get(QStringLiteral("revert")));

    connect(m_ui->acmeEnabled, &QCheckBox::toggled, this, &ProtocolPage::updateState);
    connect(m_ui->openApiEnabled, &QCheckBox::toggled, this, &ProtocolPage::updateState);
    connect(m_ui->defaultAlias, &QComboBox::currentIndexChanged, this, &ProtocolPage::updateState);
    connect(m_ui->nonceValidity, &QSpinBox::valueChanged, this, &ProtocolPage::updateState);
    connect(m_ui->hostnames, &QLineEdit::textChanged, this, &ProtocolPage::updateState);
    connect(m_ui->publicUrl, &QLineEdit::textChanged, this, &ProtocolPage::updateState);
    for (QSpinBox *port : {m_ui->tlsPort, m_ui->clientCertPort, m_ui->httpPort}) {
        connect(port, &QSpinBox::valueChanged, this, &ProtocolPage::updateState);
    }
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProtocolPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &ProtocolPage::revert);
    // Another page (aliases) or another admin changed the configuration: show it unless the
    // form holds unsaved edits.
    connect(m_admin->config(), &ConfigStore::configChanged, this, [this]() {
        if (isLoaded() && !isModified()) {
            refresh();
        }
    });
    updateState();
}

ProtocolPage::~ProtocolPage() = default;

QString ProtocolPage::title() const
{
    return tr("Protocol");
}

QIcon ProtocolPage::icon() const
{
    return Icons::get(QStringLiteral("protocol"));
}

void ProtocolPage::refresh()
{
    ConfigStore *config = m_admin->config();
    m_admin->executor()->run<std::shared_ptr<Loaded>>(
        this,
        [config]() {
            return std::make_shared<Loaded>(Loaded {config->settings(), config->aliases()});
        },
        [this](const std::shared_ptr<Loaded> &loaded) {
            if (!loaded->settings) {
                showError(ErrorMessages::describe(tr("Reading the protocol configuration failed."),
                                                  loaded->settings.error()));
                return;
            }
            QStringList names;
            if (loaded->aliases) {
                for (const AliasConfig &a : *loaded->aliases) {
                    names << a.name;
                }
            }
            showSettings(*loaded->settings, names);
        });
}

void ProtocolPage::showSettings(const GlobalSettings &settings, const QStringList &aliases)
{
    m_loading = true;
    m_stored = settings;
    m_aliases = aliases;
    m_ui->acmeEnabled->setChecked(settings.acmeEnabled);
    m_ui->openApiEnabled->setChecked(settings.openApiEnabled);
    m_ui->defaultAlias->clear();
    m_ui->defaultAlias->addItem(tr("(none)"), QString());
    for (const QString &name : aliases) {
        m_ui->defaultAlias->addItem(name, name);
    }
    if (!settings.defaultAlias.isEmpty() && !aliases.contains(settings.defaultAlias)) {
        // Keep a stored value we don't know, so saving doesn't silently change it.
        m_ui->defaultAlias->addItem(settings.defaultAlias, settings.defaultAlias);
    }
    m_ui->defaultAlias->setCurrentIndex(qMax(0, m_ui->defaultAlias->findData(settings.defaultAlias)));
    m_ui->nonceValidity->setValue(int(std::clamp<qint64>(settings.nonceValidityMs, 1000, 86400000)));
    m_ui->hostnames->setText(settings.serverHostnames.join(QStringLiteral(", ")));
    m_ui->tlsPort->setValue(settings.tlsPort);
    m_ui->clientCertPort->setValue(settings.clientCertPort);
    m_ui->httpPort->setValue(settings.httpPort);
    m_ui->publicUrl->setText(settings.publicHttpBaseUrl);
    m_loading = false;
    updateState();
}

GlobalSettings ProtocolPage::formSettings() const
{
    GlobalSettings s = m_stored;
    s.acmeEnabled = m_ui->acmeEnabled->isChecked();
    s.openApiEnabled = m_ui->openApiEnabled->isChecked();
    s.defaultAlias = m_ui->defaultAlias->currentData().toString();
    s.nonceValidityMs = m_ui->nonceValidity->value();
    s.serverHostnames = splitNames(m_ui->hostnames->text());
    s.tlsPort = m_ui->tlsPort->value();
    s.clientCertPort = m_ui->clientCertPort->value();
    s.httpPort = m_ui->httpPort->value();
    s.publicHttpBaseUrl = m_ui->publicUrl->text().trimmed();
    return s;
}

bool ProtocolPage::isModified() const
{
    return formSettings().toMap() != m_stored.toMap();
}

QString ProtocolPage::validationProblem() const
{
    const GlobalSettings s = formSettings();
    for (const QString &name : s.serverHostnames) {
        if (!isHostName(name)) {
            return tr("'%1' is neither a host name nor an IP address.").arg(name);
        }
    }
    if (!s.publicHttpBaseUrl.isEmpty()) {
        const QUrl url(s.publicHttpBaseUrl, QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty()) {
            return tr("The public HTTP base URL must be an http:// URL, e.g. http://ca.example.com:8080.");
        }
    }
    if (s.tlsPort == s.clientCertPort || s.tlsPort == s.httpPort || s.clientCertPort == s.httpPort) {
        return tr("The three ports must differ.");
    }
    if (s.acmeEnabled && s.defaultAlias.isEmpty() && !m_aliases.isEmpty()) {
        return tr("Choose a default ACME configuration: clients that name no alias use it.");
    }
    if (VoidResult r = s.validate(); !r) {
        return ErrorMessages::describe(tr("The settings are not valid."), r.error());
    }
    return {};
}

void ProtocolPage::updateState()
{
    if (m_loading) {
        return;
    }
    m_ui->nonceValidityHint->setText(tr("= %1").arg(Duration::fromMs(m_ui->nonceValidity->value()).toString()));
    const QString problem = validationProblem();
    m_ui->validationMessage->setText(problem);
    m_ui->validationMessage->setVisible(!problem.isEmpty());
    QPalette p = m_ui->validationMessage->palette();
    p.setColor(QPalette::WindowText, QColor(0xd6, 0x45, 0x45));
    m_ui->validationMessage->setPalette(p);
    const bool modified = isModified();
    m_ui->saveButton->setEnabled(modified && problem.isEmpty());
    m_ui->revertButton->setEnabled(modified);
}

void ProtocolPage::save()
{
    if (const QString problem = validationProblem(); !problem.isEmpty()) {
        showError(problem);
        emit saveFinished(false);
        return;
    }
    const GlobalSettings settings = formSettings();
    ConfigStore *config = m_admin->config();
    const QString actor = m_admin->actor();
    m_ui->saveButton->setEnabled(false);
    m_admin->executor()->run<VoidResult>(
        this, [config, settings, actor]() { return config->saveSettings(settings, actor); },
        [this, settings](const VoidResult &r) {
            if (!r) {
                showError(ErrorMessages::describe(tr("Saving the protocol configuration failed."), r.error()));
                updateState();
                emit saveFinished(false);
                return;
            }
            showSettings(settings, m_aliases);
            showPositive(settings.acmeEnabled ? tr("Saved. The ACME protocol is enabled.")
                                              : tr("Saved. The ACME protocol is disabled."));
            emit saveFinished(true);
        });
}

void ProtocolPage::revert()
{
    showSettings(m_stored, m_aliases);
}

void ProtocolPage::changeEvent(QEvent *event)
{
    ConsolePage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        if (m_ui->defaultAlias->count() > 0) {
            m_ui->defaultAlias->setItemText(0, tr("(none)"));
        }
        updateState();
        emit titleChanged();
    }
}
