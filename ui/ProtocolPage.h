// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/GlobalSettings.h"
#include "ui/ConsolePage.h"

#include <memory>

class AdminService;

namespace Ui {
class ProtocolPage;
}

/**
 * The reference's "Protocol Configuration" and "Global Fields": enable or disable ACME, the
 * default alias and the replay nonce validity, plus the server settings every node shares.
 * Saved through ConfigStore, which audits the change; the running server picks it up at once.
 */
class ProtocolPage : public ConsolePage
{
    Q_OBJECT

public:
    explicit ProtocolPage(AdminService *admin, QWidget *parent = nullptr);
    ~ProtocolPage() override;

    QString pageId() const override { return QStringLiteral("protocol"); }
    QString title() const override;
    QIcon icon() const override;

    /** True while the form differs from what is stored. */
    bool isModified() const;
    /** The form's problem in plain words, empty when it can be saved. */
    QString validationProblem() const;

public slots:
    void refresh() override;
    void save();
    void revert();

signals:
    /** A save completed (ok or not); tests wait for it. */
    void saveFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSettings(const GlobalSettings &settings, const QStringList &aliases);
    GlobalSettings formSettings() const;
    void updateState();

    std::unique_ptr<Ui::ProtocolPage> m_ui;
    AdminService *m_admin;
    GlobalSettings m_stored;
    QStringList m_aliases;
    bool m_loading = false;
};
