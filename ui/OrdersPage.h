// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/OrderCatalog.h"
#include "ui/BrowserPage.h"

class AdminService;
class OrderModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

/**
 * Browses ACME orders (search by identifier, order or account id; filter by status and alias)
 * with a details pane: identifiers, authorizations and their challenges with their errors, the
 * certificate and the account. Pages from SQL, so it stays responsive with a million orders.
 */
class OrdersPage : public BrowserPage
{
    Q_OBJECT

public:
    explicit OrdersPage(AdminService *admin, QWidget *parent = nullptr);
    ~OrdersPage() override;

    QString pageId() const override { return QStringLiteral("orders"); }
    QString title() const override;
    QIcon icon() const override;

    OrderModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /** The details pane's text (tests). */
    QString detailsText() const;

public slots:
    void refresh() override;
    /** Filters on `text`, `status` ("" for any) and `alias` ("" for all), as the admin would. */
    void setFilter(const QString &text, const QString &status = {}, const QString &alias = {});

signals:
    void detailsShown(const QString &orderId);
    /** The admin followed the certificate link of an order. */
    void certificateRequested(const CertificateId &id);

protected:
    void changeEvent(QEvent *event) override;
    void applySearch() override;

private:
    void retranslate();
    void fillStatusFilter();
    void loadAliases();
    void updateCount();
    void showDetails();
    void renderDetails(const OrderDetails &details);

    AdminService *m_admin;
    OrderModel *m_model;
    QLineEdit *m_search;
    QLabel *m_statusLabel;
    QComboBox *m_statusFilter;
    QLabel *m_aliasLabel;
    QComboBox *m_aliasFilter;
    QSplitter *m_splitter;
    QTableView *m_table;
    QTextBrowser *m_details;
    QPushButton *m_certificateButton;
    QLabel *m_countLabel;
    qint64 m_total = -1;
    CertificateId m_certificate;
};
