// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AliasEditor.h"

#include "core/util/Duration.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace {

const QColor kProblemColour(0xd6, 0x45, 0x45);

QStringList splitList(const QString &text)
{
    return text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts);
}

} // namespace

AliasEditor::AliasEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    build();
    setAlias(AliasConfig::withDefaults(QString()));
}

QString AliasEditor::shortHint(const QString &help)
{
    // The first sentence inline; the whole text is the tooltip.
    const QString first = help.section(QLatin1Char('\n'), 0, 0);
    const int end = first.indexOf(QRegularExpression(QStringLiteral("(?<!e\\.g|i\\.e)[.!?](\\s|$)")));
    return end < 0 ? first : first.left(end + 1);
}

QWidget *AliasEditor::createEditor(const AliasFields::Field &field)
{
    QWidget *editor = nullptr;
    switch (field.kind) {
    case AliasFields::Kind::Bool: {
        auto *box = new QCheckBox(this);
        connect(box, &QCheckBox::toggled, this, [this]() {
            if (!m_filling) {
                validateAll();
                emit edited();
            }
        });
        editor = box;
        break;
    }
    case AliasFields::Kind::Number: {
        auto *spin = new QSpinBox(this);
        spin->setRange(field.minimum, field.maximum);
        connect(spin, &QSpinBox::valueChanged, this, [this]() {
            if (!m_filling) {
                validateAll();
                emit edited();
            }
        });
        editor = spin;
        break;
    }
    case AliasFields::Kind::NameScheme:
    case AliasFields::Kind::ChallengeTypes: {
        auto *combo = new QComboBox(this);
        const QStringList values = field.kind == AliasFields::Kind::NameScheme
            ? QStringList {QStringLiteral("DN"), QStringLiteral("RANDOM"), QStringLiteral("FIXED"),
                           QStringLiteral("USERNAME")}
            : QStringList {QStringLiteral("any"), QStringLiteral("http-01"), QStringLiteral("dns-01"),
                           QStringLiteral("tls-alpn-01")};
        for (const QString &v : values) {
            combo->addItem(v, v);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
            if (!m_filling) {
                validateAll();
                emit edited();
            }
        });
        editor = combo;
        break;
    }
    default: {
        auto *line = new QLineEdit(this);
        line->setClearButtonEnabled(field.kind != AliasFields::Kind::Duration);
        connect(line, &QLineEdit::textChanged, this, [this]() {
            if (!m_filling) {
                validateAll();
                emit edited();
            }
        });
        editor = line;
        break;
    }
    }
    editor->setObjectName(field.name);
    return editor;
}

void AliasEditor::build()
{
    // Label above its input and the reference's hint below: long labels and hints read as
    // sentences instead of being squeezed into a label column. A checkbox carries its label.
    QHash<AliasFields::Group, QVBoxLayout *> boxes;
    for (AliasFields::Group g : AliasFields::groups()) {
        auto *box = new QGroupBox(AliasFields::groupTitle(g), this);
        auto *layout = new QVBoxLayout(box);
        layout->setSpacing(12);
        m_layout->addWidget(box);
        m_groups.insert(g, box);
        boxes.insert(g, layout);
    }
    for (const AliasFields::Field &f : AliasFields::all()) {
        Row row;
        row.info = f;
        row.editor = createEditor(f);
        row.label = new QLabel(this);
        row.label->setBuddy(row.editor);
        row.label->setWordWrap(true);
        QFont labelFont = row.label->font();
        labelFont.setBold(true);
        row.label->setFont(labelFont);
        row.hint = new QLabel(this);
        row.hint->setWordWrap(true);
        row.hint->setForegroundRole(QPalette::PlaceholderText);
        QFont small = row.hint->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        row.hint->setFont(small);
        row.problem = new QLabel(this);
        row.problem->setObjectName(f.name + QStringLiteral("Problem"));
        row.problem->setWordWrap(true);
        QPalette p = row.problem->palette();
        p.setColor(QPalette::WindowText, kProblemColour);
        row.problem->setPalette(p);
        row.problem->hide();

        auto *block = new QVBoxLayout;
        block->setSpacing(3);
        const bool isCheck = f.kind == AliasFields::Kind::Bool;
        row.label->setVisible(!isCheck);
        block->addWidget(row.label);
        if (qobject_cast<QLineEdit *>(row.editor)) {
            block->addWidget(row.editor);
        } else {
            // Checkboxes, spin boxes and lists keep their natural width.
            auto *line = new QHBoxLayout;
            line->addWidget(row.editor);
            line->addStretch();
            block->addLayout(line);
        }
        block->addWidget(row.problem);
        block->addWidget(row.hint);
        if (isCheck) {
            // Hints line up with the checkbox text.
            const int indent = style()->pixelMetric(QStyle::PM_IndicatorWidth)
                + style()->pixelMetric(QStyle::PM_CheckBoxLabelSpacing);
            row.hint->setIndent(indent);
            row.problem->setIndent(indent);
        }
        boxes.value(f.group)->addLayout(block);
        m_rows << row;
    }
    m_layout->addStretch();
    retranslate();
}

void AliasEditor::retranslate()
{
    const QList<AliasFields::Field> fields = AliasFields::all();
    for (Row &row : m_rows) {
        for (const AliasFields::Field &f : fields) {
            if (f.name == row.info.name) {
                row.info = f;
            }
        }
        row.label->setText(row.info.label);
        row.editor->setToolTip(row.info.help);
        row.label->setToolTip(row.info.help);
        row.editor->setWhatsThis(row.info.help);
        row.hint->setText(shortHint(row.info.help));
        row.hint->setToolTip(row.info.help);
        if (auto *box = qobject_cast<QCheckBox *>(row.editor)) {
            box->setText(row.info.label);
        }
    }
    for (auto it = m_groups.begin(); it != m_groups.end(); ++it) {
        it.value()->setTitle(AliasFields::groupTitle(it.key()));
    }
    validateAll();
}

QString AliasEditor::fieldText(const QString &field) const
{
    for (const Row &row : m_rows) {
        if (row.info.name != field) {
            continue;
        }
        if (auto *box = qobject_cast<QCheckBox *>(row.editor)) {
            return box->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
        }
        if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
            return QString::number(spin->value());
        }
        if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
            return combo->currentData().toString();
        }
        if (auto *line = qobject_cast<QLineEdit *>(row.editor)) {
            return line->text().trimmed();
        }
    }
    return {};
}

void AliasEditor::setFieldText(const QString &field, const QString &text)
{
    for (const Row &row : m_rows) {
        if (row.info.name != field) {
            continue;
        }
        if (auto *box = qobject_cast<QCheckBox *>(row.editor)) {
            box->setChecked(text == QLatin1String("true"));
        } else if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
            spin->setValue(text.toInt());
        } else if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
            combo->setCurrentIndex(qMax(0, combo->findData(text)));
        } else if (auto *line = qobject_cast<QLineEdit *>(row.editor)) {
            line->setText(text);
        }
    }
}

QString AliasEditor::fieldLabel(const QString &field) const
{
    for (const Row &row : m_rows) {
        if (row.info.name == field) {
            return row.info.label;
        }
    }
    return field;
}

void AliasEditor::setAlias(const AliasConfig &config)
{
    m_stored = config;
    m_filling = true;
    for (const Row &row : std::as_const(m_rows)) {
        setFieldText(row.info.name, config.field(row.info.name));
    }
    m_filling = false;
    validateAll();
}

QString AliasEditor::check(const Row &row) const
{
    const QString text = fieldText(row.info.name);
    switch (row.info.kind) {
    case AliasFields::Kind::Url:
        if (!text.isEmpty()) {
            const QUrl url(text, QUrl::StrictMode);
            if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
                || url.host().isEmpty()) {
                return tr("Enter an http or https URL, e.g. https://ca.example.com/terms, or leave it empty.");
            }
        }
        break;
    case AliasFields::Kind::Duration: {
        Result<Duration> d = Duration::parse(text);
        if (!d) {
            return tr("Enter a duration such as 10d 12h, 30m or 1y 6mo (units y, mo, d, h, m, s).");
        }
        if (d->ms() < 1000) {
            return tr("The duration must be at least 1s.");
        }
        break;
    }
    case AliasFields::Kind::PortList:
        for (const QString &p : splitList(text)) {
            bool ok = false;
            const int port = p.toInt(&ok);
            if (!ok || port < 1 || port > 65535) {
                return tr("'%1' is not a port. Enter port numbers from 1 to 65535 separated by commas, e.g. "
                          "22,25,80,443; leave it empty for no restriction.")
                    .arg(p);
            }
        }
        break;
    case AliasFields::Kind::IpAddress:
        if (!text.isEmpty() && QHostAddress(text).isNull()) {
            return tr("Enter an IP address such as 192.0.2.53 or 2001:db8::53, or leave it empty.");
        }
        break;
    case AliasFields::Kind::AddressRanges:
        for (const QString &r : splitList(text)) {
            if (QHostAddress::parseSubnet(r).first.isNull()) {
                return tr("'%1' is not an address range. Write ranges like 10.0.0.0/8 or 2001:db8::/32.").arg(r);
            }
        }
        break;
    case AliasFields::Kind::DomainList: {
        static const QRegularExpression domain(QStringLiteral("^[A-Za-z0-9.-]{1,253}$"));
        for (const QString &d : splitList(text)) {
            if (!domain.match(d).hasMatch()) {
                return tr("'%1' is not a domain name.").arg(d);
            }
        }
        break;
    }
    case AliasFields::Kind::NamePatterns:
        for (const QString &p : splitList(text)) {
            if (!AliasConfig::isValidOrderApprovalPattern(p)) {
                return tr("'%1' is not a name pattern. Write names like www.example.com or *.prod.example.com, "
                          "addresses like 192.0.2.7 or 10.0.0.0/8, or * for every order.")
                    .arg(p);
            }
        }
        break;
    case AliasFields::Kind::Text:
        if (row.info.name == QLatin1String("endEntityProfile") && text.isEmpty()) {
            return tr("An end entity profile is required.");
        }
        if (row.info.name == QLatin1String("dnssecTrustAnchor") && text.isEmpty()) {
            return tr("A trust anchor is required; the ICANN root key is the default.");
        }
        if (row.info.name == QLatin1String("raNameSchemeParameters") && text.isEmpty()) {
            const QString scheme = fieldText(QStringLiteral("raNameScheme"));
            if (scheme == QLatin1String("DN") || scheme == QLatin1String("FIXED")) {
                return tr("Name at least one DN attribute, e.g. CN or UID;SN;CN.");
            }
        }
        break;
    default:
        break;
    }
    // Whatever the form checks, the core's own parser has the last word.
    AliasConfig scratch = m_stored;
    if (VoidResult r = scratch.setField(row.info.name, text); !r) {
        return tr("This value is not valid.");
    }
    return {};
}

void AliasEditor::validateAll()
{
    m_invalid.clear();
    for (const Row &row : std::as_const(m_rows)) {
        const QString problem = check(row);
        row.problem->setText(problem);
        row.problem->setVisible(!problem.isEmpty());
        if (!problem.isEmpty()) {
            m_invalid.insert(row.info.name, problem);
        }
        if (row.info.kind == AliasFields::Kind::Duration) {
            Result<Duration> d = Duration::parse(fieldText(row.info.name));
            row.hint->setText(d ? tr("%1 (stored as %2)").arg(shortHint(row.info.help), d->toString())
                                : shortHint(row.info.help));
        }
    }
    updateDependencies();
}

void AliasEditor::updateDependencies()
{
    for (const Row &row : std::as_const(m_rows)) {
        bool active = true;
        if (!row.info.dependsOn.isEmpty()) {
            active = fieldText(row.info.dependsOn) == QLatin1String("true");
        }
        if (row.info.name == QLatin1String("raNameSchemeParameters")) {
            active = fieldText(QStringLiteral("raNameScheme")) != QLatin1String("RANDOM");
        }
        row.editor->setEnabled(active);
        row.label->setEnabled(active);
    }
}

Result<AliasConfig> AliasEditor::alias() const
{
    AliasConfig config = m_stored;
    for (const Row &row : m_rows) {
        if (auto it = m_invalid.constFind(row.info.name); it != m_invalid.cend()) {
            return CoreError(CoreError::Code::Malformed, tr("%1: %2").arg(row.info.label, it.value()));
        }
        if (VoidResult r = config.setField(row.info.name, fieldText(row.info.name)); !r) {
            return r.error();
        }
    }
    if (VoidResult r = config.validate(); !r) {
        return r.error();
    }
    return config;
}

bool AliasEditor::isModified() const
{
    for (const Row &row : m_rows) {
        if (fieldText(row.info.name) != m_stored.field(row.info.name)) {
            return true;
        }
    }
    return false;
}

void AliasEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
}
