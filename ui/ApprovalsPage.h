// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/approvals/ApprovalRequest.h"
#include "ui/BrowserPage.h"

#include <QSet>

class AdminService;
class AliasSelector;
class ApprovalModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QTimer;

/**
 * The reference's "Approvals": the queue of account registrations, key changes and (issue #8) held
 * orders waiting for an admin, and the decided ones; approve or reject with a comment (ApprovalService audits who and
 * when). It watches the queue even while hidden, so the navigation shows how many wait and the
 * window can tell the admin when a new one arrives.
 */
class ApprovalsPage : public BrowserPage
{
    Q_OBJECT

public:
    explicit ApprovalsPage(AdminService *admin, QWidget *parent = nullptr);

    QString pageId() const override { return QStringLiteral("approvals"); }
    /** "Approvals (N)" while N requests wait. */
    QString title() const override;
    QIcon icon() const override;

    ApprovalModel *model() const { return m_model; }
    /** Undecided, unexpired requests at the last check; -1 before the first. */
    int pendingCount() const { return m_pending; }
    /** How often the queue is checked for new requests (default 10 s). */
    void setPollInterval(int ms);
    bool showsDecided() const;
    void setShowDecided(bool all);

public slots:
    void refresh() override;
    /** Checks the queue for new requests (the timer's job; updates the count and notifies). */
    void poll();
    void selectRequest(const ApprovalId &id);
    /** Approves or rejects the selected pending request with the comment field's text. */
    void approveSelected();
    void rejectSelected();

signals:
    /** The queue shown in the table was reloaded. */
    void requestsLoaded();
    void pendingCountChanged(int count);
    /** New requests arrived since the last check: a desktop notification is due. */
    void notificationRequested(const QString &title, const QString &text);
    /** A decision finished; `ok` false when it failed. */
    void decisionFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    void decide(bool approve);
    void showDetails();
    void retranslate();
    void fillFilter();
    void updatePending(const QList<ApprovalRequest> &pending);
    void loadRequests();
    void requestsArrived();

    AdminService *m_admin;
    ApprovalModel *m_model;
    AliasSelector *m_alias;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QLabel *m_countLabel;
    QTableView *m_table;
    QTextBrowser *m_details;
    QLabel *m_commentLabel;
    QLineEdit *m_comment;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QTimer *m_poll;
    QSet<QString> m_seen;
    int m_pending = -1;
    bool m_deciding = false;
    /** Selected again once the reloaded list has it. */
    ApprovalId m_keepSelected;
};
