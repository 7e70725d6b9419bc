// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/config/ConfigStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMutexLocker>

namespace {

QString toText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

CoreError notFound(const QString &name)
{
    return CoreError(CoreError::Code::NotFound, QStringLiteral("No ACME alias named '%1'").arg(name));
}

} // namespace

ConfigStore::ConfigStore(std::shared_ptr<Database> db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
    , m_clock(clock)
    , m_audit(m_db, clock)
    , m_beacon(ChangeBeacon::beside(*m_db, QStringLiteral("config")))
{
    if (m_beacon && !m_beacon->isValid()) {
        qWarning("config: cannot open %s; changes by other processes are seen within the staleness window",
                 qPrintable(m_beacon->path()));
    }
}

void ConfigStore::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_snapshot.reset();
}

Result<qint64> ConfigStore::configVersion()
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT value FROM meta WHERE key = 'config_version'"));
    if (!q) {
        return q.error();
    }
    return q->next() ? q->value(0).toLongLong() : 0;
}

std::shared_ptr<const ConfigSnapshot> ConfigStore::snapshot()
{
    QMutexLocker lock(&m_mutex);
    const qint64 now = m_clock.nowMs();
    // The beacon is read before the stored version: a bump after this read changes what the next
    // call sees. An unreadable beacon sends every call to the stored version.
    qint64 beacon = -1;
    bool quiet = true;
    if (hasChangeBeacon()) {
        beacon = m_beacon->read();
        quiet = beacon >= 0 && beacon == m_beaconSeen;
    }
    if (m_snapshot && quiet && now - m_checkedAt < m_staleMs && now >= m_checkedAt) {
        return m_snapshot;
    }
    Result<qint64> version = configVersion();
    m_checkedAt = now;
    if (m_snapshot && version && *version == m_snapshot->version) {
        m_beaconSeen = beacon;
        return m_snapshot;
    }
    Result<std::shared_ptr<ConfigSnapshot>> loaded = load();
    if (!loaded) {
        // The beacon stays unseen: the next call tries again.
        qWarning("config: cannot load configuration: %s", qPrintable(loaded.error().toLogString()));
        return m_snapshot ? m_snapshot : std::make_shared<const ConfigSnapshot>();
    }
    m_snapshot = *loaded;
    m_beaconSeen = beacon;
    return m_snapshot;
}

Result<std::shared_ptr<ConfigSnapshot>> ConfigStore::load()
{
    auto snap = std::make_shared<ConfigSnapshot>();
    Result<qint64> version = configVersion();
    if (!version) {
        return version.error();
    }
    snap->version = *version;
    Result<GlobalSettings> s = settings();
    if (!s) {
        return s.error();
    }
    snap->settings = *s;
    Result<QList<AliasConfig>> all = aliases();
    if (!all) {
        return all.error();
    }
    for (const AliasConfig &a : *all) {
        snap->aliases.insert(a.name, a);
    }
    Result<QSqlQuery> tos = m_db->exec(QStringLiteral("SELECT alias, max(id) FROM tos_versions GROUP BY alias"));
    if (!tos) {
        return tos.error();
    }
    while (tos->next()) {
        snap->currentTosVersion.insert(tos->value(0).toString(), tos->value(1).toLongLong());
    }
    return snap;
}

VoidResult ConfigStore::bumpVersion()
{
    Result<QSqlQuery> upd = m_db->exec(QStringLiteral("UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS TEXT) "
                                                      "WHERE key = 'config_version'"));
    if (!upd) {
        return upd.error();
    }
    if (upd->numRowsAffected() == 0) {
        Result<QSqlQuery> ins
            = m_db->exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('config_version', '1')"));
        if (!ins) {
            return ins.error();
        }
    }
    return {};
}

VoidResult ConfigStore::changed(const std::function<VoidResult()> &work)
{
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        if (VoidResult w = work(); !w) {
            return w;
        }
        if (VoidResult b = bumpVersion(); !b) {
            return b;
        }
        // Once committed: this may be part of a caller's larger transaction.
        ChangeBeacon::bumpOnceCommitted(*m_db, m_beacon);
        return {};
    });
    if (r) {
        invalidate();
        emit configChanged();
    }
    return r;
}

Result<GlobalSettings> ConfigStore::settings()
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT key, value FROM settings"));
    if (!q) {
        return q.error();
    }
    QHash<QString, QString> map;
    while (q->next()) {
        map.insert(q->value(0).toString(), q->value(1).toString());
    }
    return GlobalSettings::fromMap(map);
}

VoidResult ConfigStore::saveSettings(const GlobalSettings &settings, const QString &actor)
{
    if (VoidResult v = settings.validate(); !v) {
        return v;
    }
    return changed([&]() -> VoidResult {
        Result<GlobalSettings> old = this->settings();
        if (!old) {
            return old.error();
        }
        if (!settings.defaultAlias.isEmpty()) {
            Result<QSqlQuery> exists = m_db->exec(QStringLiteral("SELECT 1 FROM aliases WHERE name = :n"),
                                                  {{QStringLiteral("n"), settings.defaultAlias}});
            if (!exists) {
                return exists.error();
            }
            if (!exists->next()) {
                return notFound(settings.defaultAlias);
            }
        }
        const QHash<QString, QString> before = old->toMap();
        const QHash<QString, QString> after = settings.toMap();
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (before.value(it.key()) == it.value() && !before.value(it.key()).isNull()) {
                continue;
            }
            Result<QSqlQuery> del
                = m_db->exec(QStringLiteral("DELETE FROM settings WHERE key = :k"), {{QStringLiteral("k"), it.key()}});
            if (!del) {
                return del.error();
            }
            Result<QSqlQuery> ins
                = m_db->exec(QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (:k, :v, :t)"),
                             {{QStringLiteral("k"), it.key()},
                              {QStringLiteral("v"), it.value()},
                              {QStringLiteral("t"), m_clock.nowMs()}});
            if (!ins) {
                return ins.error();
            }
            if (VoidResult a = m_audit.append(actor, QStringLiteral("settings.set"), it.key(), it.value()); !a) {
                return a;
            }
        }
        return {};
    });
}

VoidResult ConfigStore::setSetting(const QString &key, const QString &value, const QString &actor)
{
    Result<GlobalSettings> s = settings();
    if (!s) {
        return s.error();
    }
    GlobalSettings updated = *s;
    if (VoidResult r = updated.set(key, value); !r) {
        return r;
    }
    return saveSettings(updated, actor);
}

Result<QList<AliasConfig>> ConfigStore::aliases()
{
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT name, config FROM aliases ORDER BY name"));
    if (!q) {
        return q.error();
    }
    QList<AliasConfig> out;
    while (q->next()) {
        const QString name = q->value(0).toString();
        Result<AliasConfig> c
            = AliasConfig::fromJson(name, QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object());
        if (!c) {
            return CoreError(CoreError::Code::Storage, QStringLiteral("Stored alias '%1' is invalid").arg(name),
                             c.error().detail());
        }
        out << *c;
    }
    return out;
}

Result<AliasConfig> ConfigStore::alias(const QString &name)
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT config FROM aliases WHERE name = :n"), {{QStringLiteral("n"), name}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return notFound(name);
    }
    return AliasConfig::fromJson(name, QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
}

VoidResult ConfigStore::writeAlias(const AliasConfig &config, bool insert)
{
    const qint64 now = m_clock.nowMs();
    Result<QSqlQuery> q = insert
        ? m_db->exec(QStringLiteral("INSERT INTO aliases (name, config, created_at, updated_at) "
                                    "VALUES (:n, :c, :t, :t2)"),
                     {{QStringLiteral("n"), config.name},
                      {QStringLiteral("c"), toText(config.toJson())},
                      {QStringLiteral("t"), now},
                      {QStringLiteral("t2"), now}})
        : m_db->exec(QStringLiteral("UPDATE aliases SET config = :c, updated_at = :t WHERE name = :n"),
                     {{QStringLiteral("n"), config.name},
                      {QStringLiteral("c"), toText(config.toJson())},
                      {QStringLiteral("t"), now}});
    if (!q) {
        if (q.error().code() == CoreError::Code::Conflict) {
            return CoreError(CoreError::Code::Conflict, QStringLiteral("An alias named '%1' exists").arg(config.name));
        }
        return q.error();
    }
    if (!insert && q->numRowsAffected() == 0) {
        return notFound(config.name);
    }
    return {};
}

VoidResult ConfigStore::recordTos(const QString &alias, const QString &url, const QString &changesUrl)
{
    if (url.isEmpty()) {
        return {};
    }
    Result<QSqlQuery> last
        = m_db->exec(QStringLiteral("SELECT url FROM tos_versions WHERE alias = :a ORDER BY id DESC LIMIT 1"),
                     {{QStringLiteral("a"), alias}});
    if (!last) {
        return last.error();
    }
    if (last->next() && last->value(0).toString() == url) {
        return {};
    }
    Result<QSqlQuery> ins = m_db->exec(
        QStringLiteral("INSERT INTO tos_versions (alias, url, changes_url, created_at) VALUES (:a, :u, :c, :t)"),
        {{QStringLiteral("a"), alias},
         {QStringLiteral("u"), url},
         {QStringLiteral("c"), changesUrl},
         {QStringLiteral("t"), m_clock.nowMs()}});
    if (!ins) {
        return ins.error();
    }
    return {};
}

VoidResult ConfigStore::fixDefaultAlias()
{
    // Reference: adding or removing an alias that leaves exactly one makes it the default.
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT name FROM aliases"));
    if (!q) {
        return q.error();
    }
    QStringList names;
    while (q->next()) {
        names << q->value(0).toString();
    }
    Result<GlobalSettings> s = settings();
    if (!s) {
        return s.error();
    }
    QString wanted = s->defaultAlias;
    if (names.size() == 1) {
        wanted = names.first();
    } else if (!names.contains(wanted)) {
        wanted.clear();
    }
    if (wanted == s->defaultAlias) {
        return {};
    }
    Result<QSqlQuery> del = m_db->exec(QStringLiteral("DELETE FROM settings WHERE key = 'acme.defaultAlias'"));
    if (!del) {
        return del.error();
    }
    Result<QSqlQuery> ins = m_db->exec(
        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('acme.defaultAlias', :v, :t)"),
        {{QStringLiteral("v"), wanted}, {QStringLiteral("t"), m_clock.nowMs()}});
    if (!ins) {
        return ins.error();
    }
    return {};
}

VoidResult ConfigStore::addAlias(const AliasConfig &config, const QString &actor)
{
    if (VoidResult v = config.validate(); !v) {
        return v;
    }
    return changed([&]() -> VoidResult {
        if (VoidResult w = writeAlias(config, true); !w) {
            return w;
        }
        if (VoidResult t = recordTos(config.name, config.termsOfServiceUrl, config.termsOfServiceChangeUrl); !t) {
            return t;
        }
        if (VoidResult d = fixDefaultAlias(); !d) {
            return d;
        }
        return m_audit.append(actor, QStringLiteral("alias.add"), config.name);
    });
}

VoidResult ConfigStore::updateAlias(const AliasConfig &config, const QString &actor)
{
    if (VoidResult v = config.validate(); !v) {
        return v;
    }
    return changed([&]() -> VoidResult {
        if (VoidResult w = writeAlias(config, false); !w) {
            return w;
        }
        if (VoidResult t = recordTos(config.name, config.termsOfServiceUrl, config.termsOfServiceChangeUrl); !t) {
            return t;
        }
        return m_audit.append(actor, QStringLiteral("alias.update"), config.name, toText(config.toJson()));
    });
}

VoidResult ConfigStore::setAliasField(const QString &name, const QString &field, const QString &value,
                                      const QString &actor)
{
    Result<AliasConfig> c = alias(name);
    if (!c) {
        return c.error();
    }
    AliasConfig updated = *c;
    if (VoidResult r = updated.setField(field, value); !r) {
        return r;
    }
    return updateAlias(updated, actor);
}

VoidResult ConfigStore::renameAlias(const QString &from, const QString &to, const QString &actor)
{
    Result<AliasConfig> c = alias(from);
    if (!c) {
        return c.error();
    }
    AliasConfig renamed = *c;
    renamed.name = to;
    if (VoidResult v = renamed.validate(); !v) {
        return v;
    }
    return changed([&]() -> VoidResult {
        if (VoidResult w = writeAlias(renamed, true); !w) {
            return w;
        }
        for (const char *table :
             {"tos_versions", "eab_keys", "accounts", "orders", "authorizations", "approval_requests"}) {
            Result<QSqlQuery> u
                = m_db->exec(QStringLiteral("UPDATE %1 SET alias = :to WHERE alias = :from").arg(QLatin1String(table)),
                             {{QStringLiteral("to"), to}, {QStringLiteral("from"), from}});
            if (!u) {
                return u.error();
            }
        }
        Result<QSqlQuery> del
            = m_db->exec(QStringLiteral("DELETE FROM aliases WHERE name = :n"), {{QStringLiteral("n"), from}});
        if (!del) {
            return del.error();
        }
        Result<QSqlQuery> def
            = m_db->exec(QStringLiteral("UPDATE settings SET value = :to WHERE key = 'acme.defaultAlias' "
                                        "AND value = :from"),
                         {{QStringLiteral("to"), to}, {QStringLiteral("from"), from}});
        if (!def) {
            return def.error();
        }
        return m_audit.append(actor, QStringLiteral("alias.rename"), from, to);
    });
}

VoidResult ConfigStore::cloneAlias(const QString &from, const QString &to, const QString &actor)
{
    Result<AliasConfig> c = alias(from);
    if (!c) {
        return c.error();
    }
    AliasConfig clone = *c;
    clone.name = to;
    return addAlias(clone, actor);
}

VoidResult ConfigStore::removeAlias(const QString &name, const QString &actor)
{
    return changed([&]() -> VoidResult {
        Result<QSqlQuery> del
            = m_db->exec(QStringLiteral("DELETE FROM aliases WHERE name = :n"), {{QStringLiteral("n"), name}});
        if (!del) {
            return del.error();
        }
        if (del->numRowsAffected() == 0) {
            return notFound(name);
        }
        if (VoidResult d = fixDefaultAlias(); !d) {
            return d;
        }
        return m_audit.append(actor, QStringLiteral("alias.remove"), name);
    });
}

VoidResult ConfigStore::setDefaultAlias(const QString &name, const QString &actor)
{
    return setSetting(QStringLiteral("acme.defaultAlias"), name, actor);
}

Result<QList<TosVersion>> ConfigStore::tosVersions(const QString &alias)
{
    Result<QSqlQuery> q = m_db->exec(
        QStringLiteral("SELECT t.id, t.url, t.changes_url, t.created_at, "
                       "(SELECT count(*) FROM accounts a WHERE a.alias = t.alias AND a.tos_agreed_url = t.url) "
                       "FROM tos_versions t WHERE t.alias = :a ORDER BY t.id DESC"),
        {{QStringLiteral("a"), alias}});
    if (!q) {
        return q.error();
    }
    QList<TosVersion> out;
    while (q->next()) {
        TosVersion v;
        v.id = q->value(0).toLongLong();
        v.alias = alias;
        v.url = q->value(1).toString();
        v.changesUrl = q->value(2).toString();
        v.created = QDateTime::fromMSecsSinceEpoch(q->value(3).toLongLong(), Qt::UTC);
        v.agreedAccounts = q->value(4).toLongLong();
        out << v;
    }
    return out;
}

Result<QJsonObject> ConfigStore::exportJson()
{
    Result<GlobalSettings> s = settings();
    if (!s) {
        return s.error();
    }
    Result<QList<AliasConfig>> all = aliases();
    if (!all) {
        return all.error();
    }
    QJsonObject settingsJson;
    const QHash<QString, QString> map = s->toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        settingsJson.insert(it.key(), it.value());
    }
    QJsonObject aliasesJson;
    for (const AliasConfig &a : *all) {
        aliasesJson.insert(a.name, a.toJson());
    }
    return QJsonObject {{QStringLiteral("format"), QStringLiteral("anvil-config-1")},
                        {QStringLiteral("settings"), settingsJson},
                        {QStringLiteral("aliases"), aliasesJson}};
}

VoidResult ConfigStore::importJson(const QJsonObject &json, const QString &actor)
{
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("anvil-config-1")) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Not an Anvil configuration export (format anvil-config-1)"));
    }
    QHash<QString, QString> map;
    const QJsonObject settingsJson = json.value(QStringLiteral("settings")).toObject();
    for (auto it = settingsJson.begin(); it != settingsJson.end(); ++it) {
        map.insert(it.key(), it.value().toString());
    }
    Result<GlobalSettings> settings = GlobalSettings::fromMap(map);
    if (!settings) {
        return settings.error();
    }
    QList<AliasConfig> imported;
    const QJsonObject aliasesJson = json.value(QStringLiteral("aliases")).toObject();
    for (auto it = aliasesJson.begin(); it != aliasesJson.end(); ++it) {
        Result<AliasConfig> c = AliasConfig::fromJson(it.key(), it.value().toObject());
        if (!c) {
            return c.error();
        }
        if (VoidResult v = c->validate(); !v) {
            return v;
        }
        imported << *c;
    }
    return changed([&]() -> VoidResult {
        for (const AliasConfig &a : std::as_const(imported)) {
            Result<QSqlQuery> exists
                = m_db->exec(QStringLiteral("SELECT 1 FROM aliases WHERE name = :n"), {{QStringLiteral("n"), a.name}});
            if (!exists) {
                return exists.error();
            }
            if (VoidResult w = writeAlias(a, !exists->next()); !w) {
                return w;
            }
            if (VoidResult t = recordTos(a.name, a.termsOfServiceUrl, a.termsOfServiceChangeUrl); !t) {
                return t;
            }
        }
        if (VoidResult s = saveSettings(*settings, actor); !s) {
            return s;
        }
        return m_audit.append(actor, QStringLiteral("config.import"), QString(),
                              QStringLiteral("%1 aliases").arg(imported.size()));
    });
}
