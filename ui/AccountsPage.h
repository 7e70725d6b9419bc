// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/AccountCatalog.h"
#include "ui/BrowserPage.h"

#include <memory>

class AccountModel;
class AdminService;

namespace Ui {
class AccountsPage;
}

/** Browses ACME accounts (search, filter by status and alias), shows one in detail, deactivates it. */
class AccountsPage : public BrowserPage
{
    Q_OBJECT

public:
    explicit AccountsPage(AdminService *admin, QWidget *parent = nullptr);
    ~AccountsPage() override;

    QString pageId() const override { return QStringLiteral("accounts"); }
    QString title() const override;
    QIcon icon() const override;

    AccountModel *model() const { return m_model; }

public slots:
    void refresh() override;
    /** Deactivates the selected account after asking (`confirm` false: tests). */
    void deactivateSelected(bool confirm = true);

signals:
    void detailsShown(const QString &accountId);
    void deactivateFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;
    void applySearch() override { applyFilter(); }

private:
    void applyFilter();
    void loadAliases();
    void updateCount();
    void showDetails();
    void renderDetails(const AccountDetails &details);
    void fillStatusFilter();

    std::unique_ptr<Ui::AccountsPage> m_ui;
    AdminService *m_admin;
    AccountModel *m_model;
    qint64 m_total = -1;
};
