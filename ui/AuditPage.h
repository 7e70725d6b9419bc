// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/AuditCatalog.h"
#include "ui/BrowserPage.h"

#include <memory>

class AdminService;
class AuditModel;

namespace Ui {
class AuditPage;
}

/** The audit log of admin and server actions (issue #7), with a check of its hash chain. */
class AuditPage : public BrowserPage
{
    Q_OBJECT

public:
    explicit AuditPage(AdminService *admin, QWidget *parent = nullptr);
    ~AuditPage() override;

    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override;
    QIcon icon() const override;

    AuditModel *model() const { return m_model; }

public slots:
    void refresh() override;
    void verifyChain();
    /** Asks for a file, then exports (see exportTo). */
    void exportLog();
    /** Exports the whole log to `file`: JSON when it ends in .json, CSV otherwise. */
    void exportTo(const QString &file);

signals:
    void verifyFinished(bool intact);
    void exportFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateCount();
    void showDetails();

    std::unique_ptr<Ui::AuditPage> m_ui;
    AdminService *m_admin;
    AuditModel *m_model;
    qint64 m_total = -1;
};
