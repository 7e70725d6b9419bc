// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/ChangeBeacon.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QString>

#include <memory>
#include <optional>

/** How late another node on PostgreSQL may see a change of a BeaconCache's rows. */
enum class CrossNodeStaleness {
    None, // keep nothing there (accounts: a key change or deactivation holds everywhere at once)
    UpToMaxAge, // configuration an administrator changes now and then
};

/**
 * Rows kept in memory behind a ChangeBeacon (`<database>-<name>` beside a SQLite file), for a
 * repository whose rows every request reads and few requests change. Every process that changes
 * such a row calls announceChange() in the transaction that changes it; the beacon is bumped once
 * that commits, and a lookup that finds the beacon moved drops everything and reads again.
 * Entries also expire after `maxAgeMs`, so a change whose writer died before its bump is seen
 * that late at worst.
 *
 * PostgreSQL has no file for several nodes to share. There a cache keeps rows only when its
 * owner accepts that another node's change is seen up to `maxAgeMs` late, as ConfigStore does
 * (CrossNodeStaleness::UpToMaxAge: profiles, CAs); announcements then reach this process only
 * (ChangeBeacon::inProcess), so a change made here is still seen at once here.
 *
 * Nothing is served from memory inside a transaction (a writer must read its own changes), in
 * in-memory SQLite (no beacon), or while the beacon cannot be read. Thread-safe.
 */
template<typename T> class BeaconCache
{
public:
    /** Without a clock nothing is kept: the cache only announces its owner's changes. */
    BeaconCache(const std::shared_ptr<Database> &db, const QString &name, const Clock *clock,
                CrossNodeStaleness staleness = CrossNodeStaleness::None, qint64 maxAgeMs = 1000)
        : m_db(db)
        , m_clock(clock)
        , m_maxAgeMs(maxAgeMs)
        , m_beacon(beaconFor(*db, name, staleness))
    {
    }

    /** What a lookup must hand back to insert(): the beacon's count then, or -1 (do not keep). */
    using Generation = qint64;

    /** The kept row, if any; `generation` is set for a later insert(). */
    std::optional<T> find(const QString &key, Generation &generation) const
    {
        QMutexLocker lock(&m_mutex);
        generation = current();
        if (generation < 0) {
            return std::nullopt;
        }
        auto it = m_rows.constFind(key);
        return it == m_rows.cend() ? std::nullopt : std::optional<T>(*it);
    }

    /** Keeps a row read from the database after find() gave `generation` (unless it moved since). */
    void insert(const QString &key, const T &row, Generation generation) const
    {
        if (generation < 0) {
            return;
        }
        QMutexLocker lock(&m_mutex);
        if (generation == m_generation) {
            m_rows.insert(key, row);
        }
    }

    /** Tells every process (this one too) that rows changed, once the caller's transaction commits. */
    void announceChange() const { ChangeBeacon::bumpOnceCommitted(*m_db, m_beacon); }

private:
    static std::shared_ptr<ChangeBeacon> beaconFor(const Database &db, const QString &name,
                                                   CrossNodeStaleness staleness)
    {
        if (db.dialect() == Database::Dialect::Postgres) {
            return staleness == CrossNodeStaleness::UpToMaxAge ? ChangeBeacon::inProcess(db, name) : nullptr;
        }
        return ChangeBeacon::beside(db, name);
    }

    /** The beacon's count while rows may be served, else -1; drops stale rows. m_mutex held. */
    Generation current() const
    {
        if (!m_clock || !m_beacon || !m_beacon->isValid() || m_db->inTransaction()) {
            return -1;
        }
        const qint64 count = m_beacon->read();
        if (count < 0) {
            return -1;
        }
        const qint64 now = m_clock->nowMs();
        if (count != m_generation || now - m_since >= m_maxAgeMs || now < m_since) {
            m_rows.clear();
            m_generation = count;
            m_since = now;
        }
        return count;
    }

    std::shared_ptr<Database> m_db;
    const Clock *m_clock;
    const qint64 m_maxAgeMs;
    std::shared_ptr<ChangeBeacon> m_beacon;
    mutable QMutex m_mutex;
    mutable QHash<QString, T> m_rows;
    mutable Generation m_generation = -1;
    mutable qint64 m_since = 0;
};
