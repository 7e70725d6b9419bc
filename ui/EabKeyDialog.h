// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/approvals/EabKeyService.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

/**
 * Asks for a new External Account Binding key of one alias: generated (256 bits), pasted as
 * base64url, uploaded as a PEM or DER file, or an asymmetric binding (a public key or X.509
 * certificate); with key identifier, label, expiry, single use and 'Encrypt Key'. Every entry is
 * checked as it is typed, with EabKeyService's own rules; OK stays off until all are valid.
 */
class EabKeyDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source {
        Generate,
        Paste,
        File,
        PublicKey,
    };

    EabKeyDialog(const QString &alias, const QDateTime &now, QWidget *parent = nullptr);

    Source source() const;
    void setSource(Source source);
    bool isAsymmetric() const { return source() == Source::PublicKey; }
    /** Reads a key (Source::File) or public key (Source::PublicKey) file; false when unreadable. */
    bool loadFile(const QString &path);
    /** The entries as EabKeyService takes them (valid only when isAcceptable()). */
    NewSymmetricEabKey symmetricSpec() const;
    NewAsymmetricEabKey asymmetricSpec() const;
    bool isAcceptable() const;
    /** Why OK is off, empty when it is on. */
    QString problem() const;

private:
    void validate();
    void browse();

    QString m_alias;
    QButtonGroup *m_sources;
    QLineEdit *m_pasted;
    QLineEdit *m_filePath;
    QLabel *m_fileState;
    QLabel *m_fileLabel;
    QPushButton *m_browse;
    QLineEdit *m_keyIdentifier;
    QLineEdit *m_label;
    QComboBox *m_algorithm;
    QCheckBox *m_expires;
    QDateTimeEdit *m_expiry;
    QCheckBox *m_singleUse;
    QCheckBox *m_encrypt;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    QByteArray m_fileData;
    QString m_problemText;
};
