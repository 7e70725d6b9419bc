// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/Page.h"
#include "core/util/Ids.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class Clock;
class Database;

/** One ACME order as the orders browser lists it. */
struct OrderSummary
{
    OrderId id;
    AccountId accountId;
    QString alias;
    QString status; // pending | ready | processing | valid | invalid
    /** "dns:www.example.com", "ip:192.0.2.1", in the order the client asked for them. */
    QStringList identifiers;
    QString profile;
    /** The issued certificate, null until the order is valid. */
    CertificateId certificateId;
    /** The approval request its finalization waited for (its alias requires approval), or empty. */
    QString approvalId;
    /** Held: finalized, its CSR kept until an administrator decides on `approvalId`. */
    bool awaitingApproval = false;
    /** Still held although `approvalId` was decided ("approved" or "rejected"): the server issues
     *  or fails the order at its next pass over held orders, within seconds. Empty otherwise. */
    QString heldAfterDecision;
    QDateTime expires;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** What the orders browser asks for; empty fields don't filter. */
struct OrderFilter
{
    /** Part of an identifier, the order id or the account id. */
    QString text;
    QString status;
    QString alias;
};

/** A problem document as the console shows it (RFC 8555 §6.7), from the stored JSON. */
struct OrderProblem
{
    /** "urn:ietf:params:acme:error:connection"; empty when there is no problem. */
    QString type;
    QString detail;
    /** Subproblems, "identifier: detail" (RFC 8555 §6.7.1). */
    QStringList subproblems;

    bool isNull() const { return type.isEmpty() && detail.isEmpty(); }
};

struct ChallengeDetails
{
    ChallengeId id;
    QString type; // http-01 | dns-01 | tls-alpn-01
    QString status;
    QDateTime validatedAt;
    QDateTime updatedAt;
    OrderProblem error;
};

struct AuthorizationDetails
{
    AuthorizationId id;
    /** "dns:*.example.com" for a wildcard. */
    QString identifier;
    QString status;
    QDateTime expires;
    QList<ChallengeDetails> challenges;
};

/** The details pane of one order. */
struct OrderDetails
{
    OrderSummary summary;
    OrderProblem error;
    QDateTime notBefore;
    QDateTime notAfter;
    QString replaces;
    QString endEntity;
    /** The certificate's serial (hex) when one was issued. */
    QString certificateSerial;
    QList<AuthorizationDetails> authorizations;
};

/**
 * Read model of ACME orders for the console. Pages with keyset cursors on (created_at, id), newest
 * first, over the orders_created / orders_status_created indexes, so browsing a million orders
 * costs a page at a time. Call from the admin worker thread.
 */
class OrderCatalog
{
public:
    OrderCatalog(std::shared_ptr<Database> db, const Clock &clock);
    ~OrderCatalog();

    Result<Page<OrderSummary>> list(const OrderFilter &filter, const OrderSummary *after, int limit) const;
    Result<qint64> count(const OrderFilter &filter = {}) const;
    /** NotFound when there is no such order. */
    Result<OrderDetails> details(const OrderId &id) const;
    /** Parses a stored problem document; a null problem for empty or unreadable text. */
    static OrderProblem problemFrom(const QString &json);

private:
    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
};
