// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/CaCatalog.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QWidget;

/** Asks for a new CA: a root, a root with an issuing CA, or a CA under an existing one. */
class CaCreateDialog : public QDialog
{
    Q_OBJECT

public:
    /** `issuers`: the CAs with a key a new CA may be issued by. */
    explicit CaCreateDialog(const QStringList &issuers, QWidget *parent = nullptr);

    CaCreateRequest request() const;

private:
    void updateKind();

    QComboBox *m_kind;
    QComboBox *m_issuer;
    QLineEdit *m_name;
    QLineEdit *m_subject;
    QComboBox *m_keyType;
    QLineEdit *m_validity;
    QWidget *m_issuingBox;
    QLineEdit *m_issuingName;
    QLineEdit *m_issuingSubject;
    QLineEdit *m_issuingValidity;
};
