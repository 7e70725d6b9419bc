// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/AliasConfig.h"
#include "ui/AliasFields.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QVBoxLayout;

/**
 * Edits every field of one ACME alias, grouped as the reference groups them, each with the
 * reference's help text as tooltip and inline hint. Every field is checked as it is typed; the
 * form is built from AliasFields, so a field added to AliasConfig shows up with one table row.
 */
class AliasEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AliasEditor(QWidget *parent = nullptr);

    /** Shows `config`; the form is unmodified afterwards. */
    void setAlias(const AliasConfig &config);
    /** The stored alias the form started from. */
    const AliasConfig &storedAlias() const { return m_stored; }
    /** The form as an AliasConfig, or the first problem (a Malformed error naming the field). */
    Result<AliasConfig> alias() const;

    bool isModified() const;
    bool isValid() const { return m_invalid.isEmpty(); }
    /** Translated problems by field name (empty when valid). */
    QHash<QString, QString> problems() const { return m_invalid; }
    /** The translated label of a field. */
    QString fieldLabel(const QString &field) const;

    /** The text form of one field as the form holds it (AliasConfig::field() format). */
    QString fieldText(const QString &field) const;
    void setFieldText(const QString &field, const QString &text);

signals:
    /** A field changed (typed, toggled): modified and validity may have changed. */
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row
    {
        AliasFields::Field info;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *hint = nullptr;
        QLabel *problem = nullptr;
    };

    void build();
    void retranslate();
    QWidget *createEditor(const AliasFields::Field &field);
    /** Translated problem with this field's text, empty when fine. */
    QString check(const Row &row) const;
    void validateAll();
    void updateDependencies();
    static QString shortHint(const QString &help);

    QVBoxLayout *m_layout;
    QList<Row> m_rows;
    QHash<AliasFields::Group, class QGroupBox *> m_groups;
    AliasConfig m_stored;
    QHash<QString, QString> m_invalid;
    bool m_filling = false;
};
