// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/AccountRepository.h"

namespace {

const char *const kColumns = "id, alias, key_thumbprint, jwk, status, contact, tos_agreed_url, tos_agreed_at, "
                             "eab_key_id, client_cert_subject, created_at, updated_at";

AccountRow fromQuery(const QSqlQuery &q)
{
    AccountRow r;
    r.id = q.value(0).toString();
    r.alias = q.value(1).toString();
    r.keyThumbprint = q.value(2).toString();
    r.jwk = q.value(3).toString();
    r.status = q.value(4).toString();
    r.contact = q.value(5).toString();
    r.tosAgreedUrl = q.value(6).toString();
    r.tosAgreedAt = q.value(7).toLongLong();
    r.eabKeyId = q.value(8).toString();
    r.clientCertSubject = q.value(9).toString();
    r.createdAt = q.value(10).toLongLong();
    r.updatedAt = q.value(11).toLongLong();
    return r;
}

VoidResult expectOneRow(const Result<QSqlQuery> &q, const QString &id)
{
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() != 1) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No account %1").arg(id));
    }
    return {};
}

} // namespace

AccountRepository::AccountRepository(std::shared_ptr<Database> db, const Clock *cacheClock)
    : m_db(std::move(db))
    , m_cache(m_db, QStringLiteral("accounts"), cacheClock)
{
}

VoidResult AccountRepository::announced(VoidResult result) const
{
    if (result) {
        m_cache.announceChange();
    }
    return result;
}

VoidResult AccountRepository::insert(const AccountRow &r)
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("INSERT INTO accounts (%1) VALUES (:id, :alias, :tp, :jwk, :status, :contact, :tosUrl, :tosAt, "
                       ":eab, :cc, :created, :updated)")
            .arg(QLatin1String(kColumns)),
        {{QStringLiteral("id"), r.id},
         {QStringLiteral("alias"), r.alias},
         {QStringLiteral("tp"), r.keyThumbprint},
         {QStringLiteral("jwk"), r.jwk},
         {QStringLiteral("status"), r.status},
         {QStringLiteral("contact"), r.contact},
         {QStringLiteral("tosUrl"), nullIfEmpty(r.tosAgreedUrl)},
         {QStringLiteral("tosAt"), nullIfZero(r.tosAgreedAt)},
         {QStringLiteral("eab"), nullIfEmpty(r.eabKeyId)},
         {QStringLiteral("cc"), nullIfEmpty(r.clientCertSubject)},
         {QStringLiteral("created"), r.createdAt},
         {QStringLiteral("updated"), r.updatedAt}});
    if (!q) {
        return q.error();
    }
    return {};
}

Result<std::optional<AccountRow>> AccountRepository::findById(const QString &id)
{
    BeaconCache<AccountRow>::Generation generation;
    if (std::optional<AccountRow> kept = m_cache.find(id, generation)) {
        return kept;
    }
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT %1 FROM accounts WHERE id = :id").arg(QLatin1String(kColumns)),
                     {{QStringLiteral("id"), id}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<AccountRow>(); // not kept: it may be created any moment
    }
    const AccountRow row = fromQuery(*q);
    m_cache.insert(id, row, generation);
    return std::optional<AccountRow>(row);
}

Result<std::optional<AccountRow>> AccountRepository::findByThumbprint(const QString &thumbprint)
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT %1 FROM accounts WHERE key_thumbprint = :tp").arg(QLatin1String(kColumns)),
                     {{QStringLiteral("tp"), thumbprint}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return std::optional<AccountRow>();
    }
    return std::optional<AccountRow>(fromQuery(*q));
}

VoidResult AccountRepository::updateContact(const QString &id, const QString &contactJson, qint64 now)
{
    return announced(expectOneRow(
        m_db->exec(QStringLiteral("UPDATE accounts SET contact = :c, updated_at = :t WHERE id = :id"),
                   {{QStringLiteral("c"), contactJson}, {QStringLiteral("t"), now}, {QStringLiteral("id"), id}}),
        id));
}

VoidResult AccountRepository::updateStatus(const QString &id, const QString &status, qint64 now)
{
    return announced(expectOneRow(
        m_db->exec(QStringLiteral("UPDATE accounts SET status = :s, updated_at = :t WHERE id = :id"),
                   {{QStringLiteral("s"), status}, {QStringLiteral("t"), now}, {QStringLiteral("id"), id}}),
        id));
}

VoidResult AccountRepository::updateKey(const QString &id, const QString &thumbprint, const QString &jwk, qint64 now)
{
    Result<std::optional<AccountRow>> current = findById(id);
    if (!current) {
        return current.error();
    }
    if (!current->has_value()) {
        return CoreError(CoreError::Code::NotFound, QStringLiteral("No account %1").arg(id));
    }
    // draft-ietf-acme-dns-persist-02 §4.2: dns-persist-01 records made with a retired key still count.
    Result<QSqlQuery> kept = m_db->exec(
        QStringLiteral("INSERT INTO account_key_history (account_id, thumbprint, retired_at) VALUES (:id, :tp, :t) "
                       "ON CONFLICT (account_id, thumbprint) DO UPDATE SET retired_at = excluded.retired_at"),
        {{QStringLiteral("id"), id}, {QStringLiteral("tp"), (*current)->keyThumbprint}, {QStringLiteral("t"), now}});
    if (!kept) {
        return kept.error();
    }
    return announced(expectOneRow(
        m_db->exec(
            QStringLiteral("UPDATE accounts SET key_thumbprint = :tp, jwk = :jwk, updated_at = :t WHERE id = :id"),
            {{QStringLiteral("tp"), thumbprint},
             {QStringLiteral("jwk"), jwk},
             {QStringLiteral("t"), now},
             {QStringLiteral("id"), id}}),
        id));
}

Result<QStringList> AccountRepository::previousKeyThumbprints(const QString &id)
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT thumbprint FROM account_key_history WHERE account_id = :id "
                                                    "ORDER BY retired_at DESC, thumbprint"),
                                     {{QStringLiteral("id"), id}});
    if (!q) {
        return q.error();
    }
    QStringList thumbprints;
    while (q->next()) {
        thumbprints << q->value(0).toString();
    }
    return thumbprints;
}

VoidResult AccountRepository::updateTermsOfService(const QString &id, const QString &url, qint64 now)
{
    return announced(expectOneRow(
        m_db->exec(QStringLiteral("UPDATE accounts SET tos_agreed_url = :u, tos_agreed_at = :t, updated_at = :t2 "
                                  "WHERE id = :id"),
                   {{QStringLiteral("u"), url},
                    {QStringLiteral("t"), now},
                    {QStringLiteral("t2"), now},
                    {QStringLiteral("id"), id}}),
        id));
}

Result<AccountRepository::Page> AccountRepository::list(const QString &filter, int limit, int offset)
{
    const QString like = QLatin1Char('%') + filter + QLatin1Char('%');
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral(
            "SELECT %1 FROM accounts WHERE (:f = '' OR id LIKE :l1 OR contact LIKE :l2 OR key_thumbprint LIKE :l3 "
            "OR alias = :f2 OR status = :f3) ORDER BY created_at DESC, id LIMIT :lim OFFSET :off")
            .arg(QLatin1String(kColumns)),
        {{QStringLiteral("f"), filter},
         {QStringLiteral("f2"), filter},
         {QStringLiteral("f3"), filter},
         {QStringLiteral("l1"), like},
         {QStringLiteral("l2"), like},
         {QStringLiteral("l3"), like},
         {QStringLiteral("lim"), limit + 1},
         {QStringLiteral("off"), offset}});
    if (!q) {
        return q.error();
    }
    Page page;
    while (q->next()) {
        if (page.rows.size() == limit) {
            page.more = true;
            break;
        }
        page.rows << fromQuery(*q);
    }
    return page;
}

Result<qint64> AccountRepository::count()
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT count(*) FROM accounts"));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}
