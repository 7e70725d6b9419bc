// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/SqliteStatement.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>
#include <QTime>

#include <mutex>
#include <unordered_map>
#include <unordered_set>

#include <sqlite3.h>

namespace {

/** The statements open on each handle, so a connection can be closed without leaking them. */
struct Registry
{
    std::mutex mutex;
    std::unordered_map<sqlite3 *, std::unordered_set<SqliteStatement *>> open;
};

Registry &registry()
{
    static Registry r;
    return r;
}

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver || !db.isOpen()) {
        return nullptr;
    }
    const QVariant h = driver->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0) {
        return nullptr;
    }
    return *static_cast<sqlite3 *const *>(h.constData());
}

/** What QSQLITE binds as SQL NULL (QSqlResultPrivate::isVariantNull). */
bool isNullValue(const QVariant &v)
{
    if (v.isNull()) {
        return true;
    }
    switch (v.typeId()) {
    case QMetaType::QString:
        return static_cast<const QString *>(v.constData())->isNull();
    case QMetaType::QByteArray:
        return static_cast<const QByteArray *>(v.constData())->isNull();
    case QMetaType::QDateTime:
        return !static_cast<const QDateTime *>(v.constData())->isValid();
    case QMetaType::QDate:
        return static_cast<const QDate *>(v.constData())->isNull();
    case QMetaType::QTime:
        return !static_cast<const QTime *>(v.constData())->isValid();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt *stmt, int index, const QString &text, void (*lifetime)(void *))
{
    return sqlite3_bind_text16(stmt, index, text.utf16(), int(text.size() * sizeof(QChar)), lifetime);
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase &db, sqlite3 *handle)
    : QSqlResult(db.driver())
    , m_db(handle)
{
}

SqliteStatement::~SqliteStatement()
{
    finalize();
}

QSqlQuery SqliteStatement::prepare(const QSqlDatabase &db, const QString &sql, bool longLived)
{
    auto *statement = new SqliteStatement(db, handleOf(db));
    statement->setForwardOnly(true);
    statement->setQuery(sql);
    (void)statement->compile(sql, longLived);
    return QSqlQuery(statement); // owns it
}

SqliteStatement *SqliteStatement::of(const QSqlQuery &query)
{
    return dynamic_cast<SqliteStatement *>(const_cast<QSqlResult *>(query.result()));
}

void SqliteStatement::finalizeAll(const QSqlDatabase &db)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        return;
    }
    std::unordered_set<SqliteStatement *> statements;
    {
        std::lock_guard<std::mutex> lock(registry().mutex);
        auto it = registry().open.find(handle);
        if (it == registry().open.end()) {
            return;
        }
        statements = std::move(it->second);
        registry().open.erase(it);
    }
    for (SqliteStatement *s : statements) {
        // finalize(), less the registry (emptied above): the statement goes, the query stays inactive.
        sqlite3_finalize(s->m_stmt);
        s->m_stmt = nullptr;
        s->m_db = nullptr;
        s->m_rowWaiting = false;
        s->setAt(QSql::BeforeFirstRow);
        s->setActive(false);
    }
}

bool SqliteStatement::compile(const QString &sql, bool longLived)
{
    finalize();
    if (!m_db) {
        setLastError(QSqlError(QStringLiteral("Driver not loaded"), QString(), QSqlError::ConnectionError));
        return false;
    }
    const void *tail = nullptr;
    const int rc = sqlite3_prepare16_v3(m_db, sql.utf16(), int((sql.size() + 1) * sizeof(QChar)),
                                        longLived ? SQLITE_PREPARE_PERSISTENT : 0, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        fail(rc, QStringLiteral("Unable to execute statement"), QSqlError::StatementError);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    if (!m_stmt) { // only white space or comments: SQLite prepares nothing
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"), QStringLiteral("empty statement"),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        return false;
    }
    if (tail && !QString(static_cast<const QChar *>(tail)).trimmed().isEmpty()) {
        setLastError(QSqlError(QStringLiteral("Unable to execute multiple statements at a time"), QString(),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    const int count = sqlite3_bind_parameter_count(m_stmt);
    m_parameters.clear();
    m_parameters.reserve(count);
    for (int i = 1; i <= count; ++i) {
        const char *name = sqlite3_bind_parameter_name(m_stmt, i);
        // Named (":id") parameters only: a positional "?" has no name and can never be given a value.
        m_parameters.append(name ? QString::fromUtf8(name + 1) : QString());
    }
    {
        std::lock_guard<std::mutex> lock(registry().mutex);
        registry().open[m_db].insert(this);
    }
    return true;
}

void SqliteStatement::finalize()
{
    if (!m_stmt) {
        return;
    }
    {
        std::lock_guard<std::mutex> lock(registry().mutex);
        auto it = registry().open.find(m_db);
        if (it != registry().open.end()) {
            it->second.erase(this);
            if (it->second.empty()) {
                registry().open.erase(it);
            }
        }
    }
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

void SqliteStatement::fail(int rc, const QString &what, QSqlError::ErrorType type)
{
    const QString text = m_db ? QString(static_cast<const QChar *>(sqlite3_errmsg16(m_db))) : QString();
    setLastError(QSqlError(what, text, type, QString::number(rc)));
}

void SqliteStatement::bind(const QVariantMap &args)
{
    m_args = args;
    if (!m_stmt) {
        return;
    }
    sqlite3_reset(m_stmt);
    for (int i = 0; i < m_parameters.size(); ++i) {
        const auto found = m_args.constFind(m_parameters.at(i));
        if (found == m_args.constEnd()) {
            sqlite3_bind_null(m_stmt, i + 1); // as QSQLITE binds a named parameter given no value
            continue;
        }
        const QVariant &value = found.value();
        const int index = i + 1;
        // A null QString is a value here ("" for TEXT NOT NULL columns, as Database::exec promises);
        // otherwise exactly QSQLITE's conversions.
        if (value.typeId() == QMetaType::QString) {
            const QString *text = static_cast<const QString *>(value.constData());
            if (text->isNull()) {
                sqlite3_bind_text16(m_stmt, index, u"", 0, SQLITE_STATIC);
            } else {
                bindText(m_stmt, index, *text, SQLITE_STATIC); // m_args keeps it alive
            }
            continue;
        }
        if (isNullValue(value)) {
            sqlite3_bind_null(m_stmt, index);
            continue;
        }
        switch (value.typeId()) {
        case QMetaType::QByteArray: {
            const QByteArray *bytes = static_cast<const QByteArray *>(value.constData());
            sqlite3_bind_blob(m_stmt, index, bytes->constData(), int(bytes->size()), SQLITE_STATIC);
            break;
        }
        case QMetaType::Int:
        case QMetaType::Bool:
            sqlite3_bind_int(m_stmt, index, value.toInt());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_stmt, index, value.toDouble());
            break;
        case QMetaType::UInt:
        case QMetaType::LongLong:
            sqlite3_bind_int64(m_stmt, index, value.toLongLong());
            break;
        case QMetaType::QDateTime:
            bindText(m_stmt, index, value.toDateTime().toString(Qt::ISODateWithMs), SQLITE_TRANSIENT);
            break;
        case QMetaType::QTime:
            bindText(m_stmt, index, value.toTime().toString(u"hh:mm:ss.zzz"), SQLITE_TRANSIENT);
            break;
        default:
            bindText(m_stmt, index, value.toString(), SQLITE_TRANSIENT);
            break;
        }
    }
}

bool SqliteStatement::exec()
{
    m_rowWaiting = false;
    m_rowsAffected = -1;
    setAt(QSql::BeforeFirstRow);
    setSelect(false);
    setActive(false);
    if (!m_stmt) {
        if (!lastError().isValid()) {
            setLastError(
                QSqlError(QStringLiteral("Unable to execute statement"), QString(), QSqlError::StatementError));
        }
        return false;
    }
    setLastError(QSqlError());
    sqlite3_reset(m_stmt); // runs from the start, even when a result was left unfinished (bindings stay)
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_rowWaiting = true;
    } else if (rc == SQLITE_DONE) {
        m_rowsAffected = int(sqlite3_changes(m_db));
        m_lastInsertId = sqlite3_last_insert_rowid(m_db);
        sqlite3_reset(m_stmt);
        setAt(QSql::AfterLastRow); // no row to fetch, as QSQLITE leaves it
    } else {
        fail(rc, QStringLiteral("Unable to fetch row"), QSqlError::ConnectionError);
        sqlite3_reset(m_stmt);
        return false;
    }
    setSelect(sqlite3_column_count(m_stmt) > 0);
    setActive(true);
    return true;
}

bool SqliteStatement::reset(const QString &sql)
{
    return prepare(sql) && exec();
}

bool SqliteStatement::prepare(const QString &sql)
{
    setQuery(sql);
    m_args.clear();
    return compile(sql, false);
}

bool SqliteStatement::step()
{
    if (!m_stmt) {
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc != SQLITE_DONE) {
        fail(rc, QStringLiteral("Unable to fetch row"), QSqlError::ConnectionError);
    }
    sqlite3_reset(m_stmt);
    return false;
}

bool SqliteStatement::fetchFirst()
{
    if (at() != QSql::BeforeFirstRow || !m_rowWaiting) {
        return false;
    }
    m_rowWaiting = false;
    setAt(0);
    return true;
}

bool SqliteStatement::fetchNext()
{
    if (at() == QSql::BeforeFirstRow) {
        return fetchFirst();
    }
    if (at() < 0 || !step()) {
        setAt(QSql::AfterLastRow);
        return false;
    }
    setAt(at() + 1);
    return true;
}

bool SqliteStatement::fetch(int row)
{
    // Forward only, one row at a time (all QSqlQuery::next() asks).
    if (row == 0 && at() == QSql::BeforeFirstRow) {
        return fetchFirst();
    }
    if (row == at() + 1) {
        return fetchNext();
    }
    return false;
}

bool SqliteStatement::fetchLast()
{
    return false;
}

QVariant SqliteStatement::data(int column)
{
    if (!m_stmt || at() < 0 || column < 0 || column >= sqlite3_column_count(m_stmt)) {
        return QVariant();
    }
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_stmt, column)),
                          sqlite3_column_bytes(m_stmt, column));
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_stmt, column));
    case SQLITE_FLOAT:
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return sqlite3_column_int(m_stmt, column);
        case QSql::LowPrecisionInt64:
            return qint64(sqlite3_column_int64(m_stmt, column));
        default:
            return sqlite3_column_double(m_stmt, column);
        }
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default: {
        const void *text = sqlite3_column_text16(m_stmt, column); // before the size: it may convert
        return QString(static_cast<const QChar *>(text), sqlite3_column_bytes16(m_stmt, column) / int(sizeof(QChar)));
    }
    }
}

bool SqliteStatement::isNull(int column)
{
    return !m_stmt || at() < 0 || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int SqliteStatement::size()
{
    return -1; // SQLite cannot tell before the last row
}

int SqliteStatement::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqliteStatement::lastInsertId() const
{
    return isActive() && m_lastInsertId != 0 ? QVariant(m_lastInsertId) : QVariant();
}

QSqlRecord SqliteStatement::record() const
{
    QSqlRecord r;
    if (!m_stmt || !isActive() || !isSelect()) {
        return r;
    }
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        r.append(QSqlField(QString(static_cast<const QChar *>(sqlite3_column_name16(m_stmt, i)))));
    }
    return r;
}

void SqliteStatement::detachFromResultSet()
{
    m_rowWaiting = false;
    if (m_stmt) {
        sqlite3_reset(m_stmt);
    }
}

QVariant SqliteStatement::handle() const
{
    return QVariant::fromValue(static_cast<void *>(m_stmt));
}
