// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/OrderRepository.h"

namespace {

const char *const kOrderColumns
    = "id, account_id, alias, status, identifiers, not_before, not_after, expires, error, "
      "certificate_id, profile, replaces, end_entity, created_at, updated_at, held_csr, approval_id";
const char *const kAuthzColumns = "id, account_id, alias, identifier_type, identifier_value, wildcard, status, "
                                  "expires, created_at, updated_at";
const char *const kChallengeColumns = "id, authz_id, type, token, status, validated_at, error, created_at, updated_at";

/** "a, b" qualified with a table alias: "t.a, t.b" (for joins). */
QString qualified(const char *columns, const char *alias)
{
    QStringList out;
    for (const QString &c : QString::fromLatin1(columns).split(QLatin1Char(','))) {
        out << QLatin1String(alias) + QLatin1Char('.') + c.trimmed();
    }
    return out.join(QLatin1String(", "));
}

/** Every row of a statement's result, each read by `from`, or the statement's error. */
template<typename From> auto rowsOf(Result<QSqlQuery> q, From from) -> Result<QList<decltype(from(*q))>>
{
    if (!q) {
        return q.error();
    }
    QList<decltype(from(*q))> rows;
    while (q->next()) {
        rows << from(*q);
    }
    return rows;
}

OrderRow orderFrom(const QSqlQuery &q)
{
    OrderRow r;
    r.id = q.value(0).toString();
    r.accountId = q.value(1).toString();
    r.alias = q.value(2).toString();
    r.status = q.value(3).toString();
    r.identifiers = q.value(4).toString();
    r.notBefore = q.value(5).toLongLong();
    r.notAfter = q.value(6).toLongLong();
    r.expires = q.value(7).toLongLong();
    r.error = q.value(8).toString();
    r.certificateId = q.value(9).toString();
    r.profile = q.value(10).toString();
    r.replaces = q.value(11).toString();
    r.endEntity = q.value(12).toString();
    r.createdAt = q.value(13).toLongLong();
    r.updatedAt = q.value(14).toLongLong();
    r.heldCsr = q.value(15).toString();
    r.approvalId = q.value(16).toString();
    return r;
}

/** kAuthzColumns from column `at` on (after kChallengeColumns in a join). */
AuthorizationRow authzFromColumn(const QSqlQuery &q, int at)
{
    AuthorizationRow r;
    r.id = q.value(at).toString();
    r.accountId = q.value(at + 1).toString();
    r.alias = q.value(at + 2).toString();
    r.identifierType = q.value(at + 3).toString();
    r.identifierValue = q.value(at + 4).toString();
    r.wildcard = q.value(at + 5).toInt() != 0;
    r.status = q.value(at + 6).toString();
    r.expires = q.value(at + 7).toLongLong();
    r.createdAt = q.value(at + 8).toLongLong();
    r.updatedAt = q.value(at + 9).toLongLong();
    return r;
}

AuthorizationRow authzFrom(const QSqlQuery &q)
{
    return authzFromColumn(q, 0);
}

/** kChallengeColumns from column `at` on (after kAuthzColumns in a join). */
ChallengeRow challengeFromColumn(const QSqlQuery &q, int at)
{
    ChallengeRow r;
    r.id = q.value(at).toString();
    r.authzId = q.value(at + 1).toString();
    r.type = q.value(at + 2).toString();
    r.token = q.value(at + 3).toString();
    r.status = q.value(at + 4).toString();
    r.validatedAt = q.value(at + 5).toLongLong();
    r.error = q.value(at + 6).toString();
    r.createdAt = q.value(at + 7).toLongLong();
    r.updatedAt = q.value(at + 8).toLongLong();
    return r;
}

ChallengeRow challengeFrom(const QSqlQuery &q)
{
    return challengeFromColumn(q, 0);
}

/** The number of columns in kAuthzColumns and kChallengeColumns. */
constexpr int kAuthzColumnCount = 10;
constexpr int kChallengeColumnCount = 9;

template<typename Row, typename F> Result<std::optional<Row>> one(Result<QSqlQuery> q, F from)
{
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<Row>();
    }
    return std::optional<Row>(from(*q));
}

Result<bool> changed(const Result<QSqlQuery> &q)
{
    if (!q) {
        return q.error();
    }
    return q->numRowsAffected() == 1;
}

} // namespace

OrderRepository::OrderRepository(std::shared_ptr<Database> db)
    : m_db(std::move(db))
{
}

VoidResult OrderRepository::insertOrder(const OrderRow &r, const QStringList &authzIds)
{
    return m_db->transaction([&]() -> VoidResult {
        Result<QSqlQuery> q = m_db->exec(
            QStringLiteral("INSERT INTO orders (%1) VALUES (:id, :acct, :alias, :status, :ids, :nb, :na, :exp, :err, "
                           ":cert, :profile, :replaces, :ee, :created, :updated, :held, :approval)")
                .arg(QLatin1String(kOrderColumns)),
            {{QStringLiteral("id"), r.id},
             {QStringLiteral("acct"), r.accountId},
             {QStringLiteral("alias"), r.alias},
             {QStringLiteral("status"), r.status},
             {QStringLiteral("ids"), r.identifiers},
             {QStringLiteral("nb"), nullIfZero(r.notBefore)},
             {QStringLiteral("na"), nullIfZero(r.notAfter)},
             {QStringLiteral("exp"), r.expires},
             {QStringLiteral("err"), nullIfEmpty(r.error)},
             {QStringLiteral("cert"), nullIfEmpty(r.certificateId)},
             {QStringLiteral("profile"), nullIfEmpty(r.profile)},
             {QStringLiteral("replaces"), nullIfEmpty(r.replaces)},
             {QStringLiteral("ee"), nullIfEmpty(r.endEntity)},
             {QStringLiteral("created"), r.createdAt},
             {QStringLiteral("updated"), r.updatedAt},
             {QStringLiteral("held"), nullIfEmpty(r.heldCsr)},
             {QStringLiteral("approval"), nullIfEmpty(r.approvalId)}});
        if (!q) {
            return q.error();
        }
        for (int i = 0; i < authzIds.size(); ++i) {
            Result<QSqlQuery> link = m_db->exec(
                QStringLiteral("INSERT INTO order_authorizations (order_id, authz_id, position) VALUES (:o, :a, :p)"),
                {{QStringLiteral("o"), r.id}, {QStringLiteral("a"), authzIds[i]}, {QStringLiteral("p"), i}});
            if (!link) {
                return link.error();
            }
        }
        return {};
    });
}

Result<std::optional<OrderRow>> OrderRepository::findOrder(const QString &id)
{
    return one<OrderRow>(
        m_db->exec(QStringLiteral("SELECT %1 FROM orders WHERE id = :id").arg(QLatin1String(kOrderColumns)),
                   {{QStringLiteral("id"), id}}),
        orderFrom);
}

Result<QStringList> OrderRepository::orderAuthorizations(const QString &orderId)
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT authz_id FROM order_authorizations WHERE order_id = :o ORDER BY position"),
                     {{QStringLiteral("o"), orderId}});
    if (!q) {
        return q.error();
    }
    QStringList ids;
    while (q->next()) {
        ids << q->value(0).toString();
    }
    return ids;
}

Result<QList<AuthorizationRow>> OrderRepository::authorizationsOfOrder(const QString &orderId)
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM order_authorizations oa JOIN authorizations a ON a.id = oa.authz_id "
                         "WHERE oa.order_id = :o ORDER BY oa.position")
              .arg(qualified(kAuthzColumns, "a"));
    return rowsOf(m_db->exec(sql, {{QStringLiteral("o"), orderId}}), authzFrom);
}

Result<bool> OrderRepository::transitionOrder(const QString &id, const QString &from, const QString &to, qint64 now,
                                              const QString &errorJson)
{
    return changed(
        m_db->exec(QStringLiteral("UPDATE orders SET status = :to, updated_at = :t, error = COALESCE(:err, error) "
                                  "WHERE id = :id AND status = :from"),
                   {{QStringLiteral("to"), to},
                    {QStringLiteral("t"), now},
                    {QStringLiteral("err"), nullIfEmpty(errorJson)},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("from"), from}}));
}

Result<bool> OrderRepository::holdOrder(const QString &id, const QString &csrBase64Url, const QString &approvalId,
                                        qint64 now)
{
    return changed(m_db->exec(
        QStringLiteral("UPDATE orders SET status = 'processing', held_csr = :csr, approval_id = :a, updated_at = :t "
                       "WHERE id = :id AND status = 'ready'"),
        {{QStringLiteral("csr"), csrBase64Url},
         {QStringLiteral("a"), approvalId},
         {QStringLiteral("t"), now},
         {QStringLiteral("id"), id}}));
}

Result<QList<OrderRow>> OrderRepository::heldOrders(int limit)
{
    return rowsOf(
        m_db->exec(QStringLiteral("SELECT %1 FROM orders WHERE status = 'processing' AND approval_id IS NOT NULL "
                                  "ORDER BY updated_at LIMIT :l")
                       .arg(QLatin1String(kOrderColumns)),
                   {{QStringLiteral("l"), limit}}),
        orderFrom);
}

VoidResult OrderRepository::setOrderCertificate(const QString &id, const QString &certificateId,
                                                const QString &endEntity, qint64 now)
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("UPDATE orders SET status = 'valid', certificate_id = :c, end_entity = :ee, updated_at = :t, "
                       "held_csr = NULL "
                       "WHERE id = :id AND status = 'processing'"),
        {{QStringLiteral("c"), certificateId},
         {QStringLiteral("ee"), nullIfEmpty(endEntity)},
         {QStringLiteral("t"), now},
         {QStringLiteral("id"), id}});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() != 1) {
        return CoreError(CoreError::Code::Conflict, QStringLiteral("Order %1 is no longer processing").arg(id));
    }
    return {};
}

Result<QStringList> OrderRepository::accountOrderIds(const QString &accountId, int limit, int offset, bool *more)
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT id FROM orders WHERE account_id = :a "
                       "ORDER BY created_at DESC, id LIMIT :l OFFSET :o"),
        {{QStringLiteral("a"), accountId}, {QStringLiteral("l"), limit + 1}, {QStringLiteral("o"), offset}});
    if (!q) {
        return q.error();
    }
    QStringList ids;
    *more = false;
    while (q->next()) {
        if (ids.size() == limit) {
            *more = true;
            break;
        }
        ids << q->value(0).toString();
    }
    return ids;
}

Result<QList<OrderRow>> OrderRepository::ordersOfAuthorization(const QString &authzId)
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM order_authorizations oa JOIN orders o ON o.id = oa.order_id "
                         "WHERE oa.authz_id = :a")
              .arg(qualified(kOrderColumns, "o"));
    return rowsOf(m_db->exec(sql, {{QStringLiteral("a"), authzId}}), orderFrom);
}

Result<bool> OrderRepository::isReplaced(const QString &certId, const QString &exceptOrderId)
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT 1 FROM orders WHERE replaces = :r AND id <> :o "
                                                    "AND status IN ('processing', 'valid') LIMIT 1"),
                                     {{QStringLiteral("r"), certId}, {QStringLiteral("o"), exceptOrderId}});
    if (!q) {
        return q.error();
    }
    return q->next();
}

Result<QList<OrderRow>> OrderRepository::processingOrders(int limit)
{
    return rowsOf(
        m_db->exec(QStringLiteral("SELECT %1 FROM orders WHERE status = 'processing' ORDER BY updated_at LIMIT :l")
                       .arg(QLatin1String(kOrderColumns)),
                   {{QStringLiteral("l"), limit}}),
        orderFrom);
}

VoidResult OrderRepository::insertAuthorization(const AuthorizationRow &r)
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("INSERT INTO authorizations (%1) VALUES (:id, :acct, :alias, :type, :value, :wc, :status, :exp, "
                       ":created, :updated)")
            .arg(QLatin1String(kAuthzColumns)),
        {{QStringLiteral("id"), r.id},
         {QStringLiteral("acct"), r.accountId},
         {QStringLiteral("alias"), r.alias},
         {QStringLiteral("type"), r.identifierType},
         {QStringLiteral("value"), r.identifierValue},
         {QStringLiteral("wc"), r.wildcard ? 1 : 0},
         {QStringLiteral("status"), r.status},
         {QStringLiteral("exp"), r.expires},
         {QStringLiteral("created"), r.createdAt},
         {QStringLiteral("updated"), r.updatedAt}});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<std::optional<AuthorizationRow>> OrderRepository::findAuthorization(const QString &id)
{
    return one<AuthorizationRow>(
        m_db->exec(QStringLiteral("SELECT %1 FROM authorizations WHERE id = :id").arg(QLatin1String(kAuthzColumns)),
                   {{QStringLiteral("id"), id}}),
        authzFrom);
}

Result<bool> OrderRepository::transitionAuthorization(const QString &id, const QString &from, const QString &to,
                                                      qint64 now, qint64 expires)
{
    if (expires > 0) {
        return changed(
            m_db->exec(QStringLiteral("UPDATE authorizations SET status = :to, updated_at = :t, expires = :e "
                                      "WHERE id = :id AND status = :from"),
                       {{QStringLiteral("to"), to},
                        {QStringLiteral("t"), now},
                        {QStringLiteral("e"), expires},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("from"), from}}));
    }
    return changed(m_db->exec(QStringLiteral("UPDATE authorizations SET status = :to, updated_at = :t "
                                             "WHERE id = :id AND status = :from"),
                              {{QStringLiteral("to"), to},
                               {QStringLiteral("t"), now},
                               {QStringLiteral("id"), id},
                               {QStringLiteral("from"), from}}));
}

Result<std::optional<AuthorizationRow>>
OrderRepository::findReusableAuthorization(const QString &accountId, const QString &alias, const QString &type,
                                           const QString &value, bool wildcard, qint64 now)
{
    return one<AuthorizationRow>(
        m_db->exec(
            QStringLiteral("SELECT %1 FROM authorizations WHERE account_id = :a AND identifier_type = :t "
                           "AND identifier_value = :v AND status = 'valid' AND alias = :alias AND wildcard = :wc "
                           "AND expires > :now ORDER BY expires DESC LIMIT 1")
                .arg(QLatin1String(kAuthzColumns)),
            {{QStringLiteral("a"), accountId},
             {QStringLiteral("t"), type},
             {QStringLiteral("v"), value},
             {QStringLiteral("alias"), alias},
             {QStringLiteral("wc"), wildcard ? 1 : 0},
             {QStringLiteral("now"), now}}),
        authzFrom);
}

VoidResult OrderRepository::insertChallenge(const ChallengeRow &r)
{
    return insertChallenges({r});
}

VoidResult OrderRepository::insertChallenges(const QList<ChallengeRow> &rows)
{
    if (rows.isEmpty()) {
        return {};
    }
    // One statement for an authorization's challenges (one text per count, each prepared once).
    QString sql = QStringLiteral("INSERT INTO challenges (%1) VALUES ").arg(QLatin1String(kChallengeColumns));
    QVariantMap args;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const ChallengeRow &r = rows.at(i);
        const QString n = QString::number(i);
        sql += (i ? QStringLiteral(", ") : QString())
            + QStringLiteral("(:id%1, :authz%1, :type%1, :token%1, :status%1, :va%1, :err%1, :created%1, :updated%1)")
                  .arg(n);
        args.insert(QStringLiteral("id") + n, r.id);
        args.insert(QStringLiteral("authz") + n, r.authzId);
        args.insert(QStringLiteral("type") + n, r.type);
        args.insert(QStringLiteral("token") + n, r.token);
        args.insert(QStringLiteral("status") + n, r.status);
        args.insert(QStringLiteral("va") + n, nullIfZero(r.validatedAt));
        args.insert(QStringLiteral("err") + n, nullIfEmpty(r.error));
        args.insert(QStringLiteral("created") + n, r.createdAt);
        args.insert(QStringLiteral("updated") + n, r.updatedAt);
    }
    Result<QSqlQuery> q = m_db->exec(sql, args);
    if (!q) {
        return q.error();
    }
    return {};
}

Result<std::optional<ChallengeRow>> OrderRepository::findChallenge(const QString &id)
{
    return one<ChallengeRow>(
        m_db->exec(QStringLiteral("SELECT %1 FROM challenges WHERE id = :id").arg(QLatin1String(kChallengeColumns)),
                   {{QStringLiteral("id"), id}}),
        challengeFrom);
}

Result<std::optional<OrderRepository::ChallengeWithAuthorization>>
OrderRepository::findChallengeWithAuthorization(const QString &id)
{
    static const QString sql = QStringLiteral("SELECT %1, %2 FROM challenges c "
                                              "LEFT JOIN authorizations a ON a.id = c.authz_id "
                                              "WHERE c.id = :id")
                                   .arg(qualified(kChallengeColumns, "c"), qualified(kAuthzColumns, "a"));
    Result<QSqlQuery> q = m_db->exec(sql, {{QStringLiteral("id"), id}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<ChallengeWithAuthorization>();
    }
    ChallengeWithAuthorization out;
    out.challenge = challengeFrom(*q);
    if (!q->value(kChallengeColumnCount).isNull()) { // LEFT JOIN: a challenge whose authorization is gone
        out.authorization = authzFromColumn(*q, kChallengeColumnCount);
    }
    return std::optional<ChallengeWithAuthorization>(std::move(out));
}

Result<std::optional<OrderRepository::AuthorizationWithChallenges>>
OrderRepository::findAuthorizationWithChallenges(const QString &id)
{
    static const QString sql = QStringLiteral("SELECT %1, %2 FROM authorizations a "
                                              "LEFT JOIN challenges c ON c.authz_id = a.id "
                                              "WHERE a.id = :id ORDER BY c.type")
                                   .arg(qualified(kAuthzColumns, "a"), qualified(kChallengeColumns, "c"));
    Result<QSqlQuery> q = m_db->exec(sql, {{QStringLiteral("id"), id}});
    if (!q) {
        return q.error();
    }
    std::optional<AuthorizationWithChallenges> out;
    while (q->next()) {
        if (!out) {
            out.emplace();
            out->authorization = authzFrom(*q);
        }
        if (!q->value(kAuthzColumnCount).isNull()) { // LEFT JOIN: an authorization without challenges
            out->challenges << challengeFromColumn(*q, kAuthzColumnCount);
        }
    }
    return out;
}

Result<QList<ChallengeRow>> OrderRepository::challengesOf(const QString &authzId)
{
    return rowsOf(m_db->exec(QStringLiteral("SELECT %1 FROM challenges WHERE authz_id = :a ORDER BY type")
                                 .arg(QLatin1String(kChallengeColumns)),
                             {{QStringLiteral("a"), authzId}}),
                  challengeFrom);
}

Result<bool> OrderRepository::transitionChallenge(const QString &id, const QString &from, const QString &to, qint64 now,
                                                  const QString &errorJson)
{
    return changed(
        m_db->exec(QStringLiteral("UPDATE challenges SET status = :to, updated_at = :t, error = COALESCE(:err, error), "
                                  "validated_at = CASE WHEN :to2 = 'valid' THEN :t2 ELSE validated_at END "
                                  "WHERE id = :id AND status = :from"),
                   {{QStringLiteral("to"), to},
                    {QStringLiteral("to2"), to},
                    {QStringLiteral("t"), now},
                    {QStringLiteral("t2"), now},
                    {QStringLiteral("err"), nullIfEmpty(errorJson)},
                    {QStringLiteral("id"), id},
                    {QStringLiteral("from"), from}}));
}

Result<bool> OrderRepository::startChallenge(const QString &id, qint64 now, const QString &accountUrl,
                                             const QString &accountHashPrefix)
{
    return changed(m_db->exec(QStringLiteral("UPDATE challenges SET status = 'processing', updated_at = :t, "
                                             "account_url = :u, account_hash_prefix = :p "
                                             "WHERE id = :id AND status = 'pending'"),
                              {{QStringLiteral("t"), now},
                               {QStringLiteral("u"), nullIfEmpty(accountUrl)},
                               {QStringLiteral("p"), nullIfEmpty(accountHashPrefix)},
                               {QStringLiteral("id"), id}}));
}

Result<QList<OrderRepository::StaleValidation>> OrderRepository::claimStaleValidations(qint64 before, qint64 now,
                                                                                       int limit)
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT %1, account_url, account_hash_prefix FROM challenges "
                                                    "WHERE status = 'processing' AND updated_at < :b "
                                                    "ORDER BY updated_at LIMIT :l")
                                         .arg(QLatin1String(kChallengeColumns)),
                                     {{QStringLiteral("b"), before}, {QStringLiteral("l"), limit}});
    if (!q) {
        return q.error();
    }
    QList<StaleValidation> candidates;
    while (q->next()) {
        StaleValidation v;
        v.challenge = challengeFrom(*q);
        v.accountUrl = q->value(9).toString();
        v.accountHashPrefix = q->value(10).toString();
        candidates << v;
    }
    q->finish();
    QList<StaleValidation> claimed;
    for (StaleValidation &v : candidates) {
        Result<bool> took
            = changed(m_db->exec(QStringLiteral("UPDATE challenges SET updated_at = :t "
                                                "WHERE id = :id AND status = 'processing' AND updated_at = :old"),
                                 {{QStringLiteral("t"), now},
                                  {QStringLiteral("id"), v.challenge.id},
                                  {QStringLiteral("old"), v.challenge.updatedAt}}));
        if (!took) {
            return took.error();
        }
        if (*took) {
            v.challenge.updatedAt = now;
            claimed << v;
        }
    }
    return claimed;
}

Result<OrderRepository::Counts> OrderRepository::orderCounts()
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT status, count(*) FROM orders GROUP BY status"));
    if (!q) {
        return q.error();
    }
    Counts c;
    while (q->next()) {
        const QString s = q->value(0).toString();
        const qint64 n = q->value(1).toLongLong();
        if (s == QLatin1String("pending")) {
            c.pending = n;
        } else if (s == QLatin1String("ready")) {
            c.ready = n;
        } else if (s == QLatin1String("processing")) {
            c.processing = n;
        } else if (s == QLatin1String("valid")) {
            c.valid = n;
        } else if (s == QLatin1String("invalid")) {
            c.invalid = n;
        }
    }
    return c;
}
