// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/config/AliasConfig.h"
#include "core/config/GlobalSettings.h"
#include "core/storage/AuditLog.h"
#include "core/storage/ChangeBeacon.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QObject>

#include <memory>

/** An immutable view of all configuration at one version; the engine reads one per request. */
struct ConfigSnapshot
{
    qint64 version = 0;
    GlobalSettings settings;
    QHash<QString, AliasConfig> aliases;
    /** Id of the newest Terms of Service version per alias (0 when the alias has none). */
    QHash<QString, qint64> currentTosVersion;

    const AliasConfig *alias(const QString &name) const
    {
        auto it = aliases.constFind(name);
        return it == aliases.cend() ? nullptr : &it.value();
    }
};

struct TosVersion
{
    qint64 id = 0;
    QString alias;
    QString url;
    QString changesUrl;
    QDateTime created;
    qint64 agreedAccounts = 0;
};

/**
 * Reads and writes the configuration the server obeys: global settings and ACME aliases.
 * Every change bumps meta.config_version, so the engine on this node (at once) and on other
 * nodes (on its next check) picks it up without a restart. Every change is audited.
 */
class ConfigStore : public QObject
{
    Q_OBJECT

public:
    ConfigStore(std::shared_ptr<Database> db, const Clock &clock, QObject *parent = nullptr);

    /**
     * The current configuration; re-read when another process or node changed it. The stored
     * version is looked at most every `staleMs`; on a SQLite file, a change made by another process
     * on this machine ends the wait at once (see hasChangeBeacon()).
     */
    std::shared_ptr<const ConfigSnapshot> snapshot();
    void setStaleMs(qint64 ms) { m_staleMs = ms; }
    /**
     * True on a SQLite file: every change bumps a counter beside the database (ChangeBeacon), and
     * snapshot() reads it, one pread() per call, instead of the stored version.
     */
    bool hasChangeBeacon() const { return m_beacon && m_beacon->isValid(); }
    /** Forgets the cached snapshot (after a change made elsewhere). */
    void invalidate();

    Result<GlobalSettings> settings();
    VoidResult saveSettings(const GlobalSettings &settings, const QString &actor);
    VoidResult setSetting(const QString &key, const QString &value, const QString &actor);

    Result<QList<AliasConfig>> aliases();
    Result<AliasConfig> alias(const QString &name);
    /** Adds a new alias (the first one, or the only one left, becomes the default). */
    VoidResult addAlias(const AliasConfig &config, const QString &actor);
    VoidResult updateAlias(const AliasConfig &config, const QString &actor);
    VoidResult setAliasField(const QString &name, const QString &field, const QString &value, const QString &actor);
    VoidResult renameAlias(const QString &from, const QString &to, const QString &actor);
    VoidResult cloneAlias(const QString &from, const QString &to, const QString &actor);
    VoidResult removeAlias(const QString &name, const QString &actor);
    VoidResult setDefaultAlias(const QString &name, const QString &actor);

    Result<QList<TosVersion>> tosVersions(const QString &alias);

    /** Whole configuration as JSON (settings and aliases) for `anvil config export`. */
    Result<QJsonObject> exportJson();
    /** Replaces settings and aliases from exportJson()'s format, in one transaction. */
    VoidResult importJson(const QJsonObject &json, const QString &actor);

    Result<qint64> configVersion();

signals:
    /** Emitted on this node after a change committed. */
    void configChanged();

private:
    VoidResult bumpVersion();
    VoidResult writeAlias(const AliasConfig &config, bool insert);
    VoidResult recordTos(const QString &alias, const QString &url, const QString &changesUrl);
    VoidResult fixDefaultAlias();
    Result<std::shared_ptr<ConfigSnapshot>> load();
    VoidResult changed(const std::function<VoidResult()> &work);

    std::shared_ptr<Database> m_db;
    const Clock &m_clock;
    AuditLog m_audit;
    QMutex m_mutex;
    std::shared_ptr<const ConfigSnapshot> m_snapshot;
    std::shared_ptr<ChangeBeacon> m_beacon;
    qint64 m_beaconSeen = -1; // the beacon's count when the stored version was last read
    qint64 m_checkedAt = 0;
    qint64 m_staleMs = 1000;
};
