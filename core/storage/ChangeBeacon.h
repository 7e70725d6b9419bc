// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <memory>

class Database;

/**
 * A change counter in a small file beside a SQLite database, shared by every process that uses
 * the database on this machine. A writer bumps it after it commits a change of the kind the file
 * stands for; a reader that remembers the count it saw when it last looked at the database knows,
 * with one pread() instead of a SQL statement, whether it must look again.
 *
 * The count only grows (a bump reads and rewrites it under an exclusive flock()), so an unchanged
 * count means no bump happened in between. Readers take no lock: a read that races a bump may see
 * a mix of the two values, which either parses as the old count (as if read just before the
 * bump) or as something else, which the reader takes for a change. A writer that dies between its
 * commit and its bump leaves the change unsignalled: readers must still look at the database now
 * and then (ConfigStore: at most a second apart).
 */
class ChangeBeacon
{
public:
    /** Opens (creating it, owner-only) the counter file `path`. */
    explicit ChangeBeacon(const QString &path);
    ~ChangeBeacon();
    ChangeBeacon(const ChangeBeacon &) = delete;
    ChangeBeacon &operator=(const ChangeBeacon &) = delete;

    /**
     * The beacon `name` beside `db`'s file (`<file>-<name>`), or null where there is none to
     * share: PostgreSQL (several nodes), in-memory SQLite.
     */
    static std::shared_ptr<ChangeBeacon> beside(const Database &db, const QString &name);
    /**
     * A count in this process's memory, shared by everything here that uses `db` (this Database
     * object) under `name`: for a database no file can stand beside (PostgreSQL), where other
     * nodes and processes are not told and must find changes by looking again.
     */
    static std::shared_ptr<ChangeBeacon> inProcess(const Database &db, const QString &name);
    /**
     * Bumps `beacon` once what this thread wrote to `db` is committed (Database::afterCommit):
     * a reader told earlier could read the old rows and keep them as new. A failed bump is
     * logged; readers then see the change on their next periodic look.
     */
    static void bumpOnceCommitted(Database &db, const std::shared_ptr<ChangeBeacon> &beacon);

    bool isValid() const { return m_fd >= 0 || m_inProcess; }
    QString path() const { return m_path; }
    /** The current count (0 for a new file), or -1 when it cannot be read or parsed. */
    qint64 read() const;
    /** Adds one for every reader to see. False when the file cannot be locked or written. */
    bool bump();

private:
    static constexpr int Width = 20; // digits, then '\n'

    ChangeBeacon() = default; // inProcess()

    QString m_path;
    int m_fd = -1;
    bool m_inProcess = false;
    std::atomic<qint64> m_count {0}; // inProcess() beacons
};
