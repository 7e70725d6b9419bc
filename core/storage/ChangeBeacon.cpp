// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/ChangeBeacon.h"

#include "core/storage/Database.h"

#include <QFile>
#include <QHash>
#include <QMutex>

#include <cerrno>
#include <cstdio>
#include <limits>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

namespace {

/** Parses "<digits>\n" exactly as written by bump(); an empty file is 0; anything else -1. */
qint64 parseCount(const char *text, ssize_t size, int width)
{
    if (size == 0) {
        return 0;
    }
    if (size != width + 1 || text[width] != '\n') {
        return -1;
    }
    qint64 value = 0;
    for (int i = 0; i < width; ++i) {
        if (text[i] < '0' || text[i] > '9' || value > (std::numeric_limits<qint64>::max() - 9) / 10) {
            return -1;
        }
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

} // namespace

ChangeBeacon::ChangeBeacon(const QString &path)
    : m_path(path)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
}

std::shared_ptr<ChangeBeacon> ChangeBeacon::beside(const Database &db, const QString &name)
{
    if (!db.isSqlite() || db.sqliteFile().isEmpty()) {
        return nullptr;
    }
    return std::make_shared<ChangeBeacon>(db.sqliteFile() + QLatin1Char('-') + name);
}

std::shared_ptr<ChangeBeacon> ChangeBeacon::inProcess(const Database &db, const QString &name)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<ChangeBeacon>> beacons; // by database object and name
    const QString key = db.instanceId() + QLatin1Char('/') + name;
    QMutexLocker lock(&mutex);
    std::shared_ptr<ChangeBeacon> beacon = beacons.value(key).lock();
    if (!beacon) {
        beacons.removeIf([](const auto &entry) { return entry.value().expired(); }); // closed databases
        beacon.reset(new ChangeBeacon);
        beacon->m_inProcess = true;
        beacon->m_path = QStringLiteral("(in-process beacon %1 of %2)").arg(name, db.redactedUrl());
        beacons.insert(key, beacon);
    }
    return beacon;
}

void ChangeBeacon::bumpOnceCommitted(Database &db, const std::shared_ptr<ChangeBeacon> &beacon)
{
    if (!beacon || !beacon->isValid()) {
        return;
    }
    db.afterCommit([beacon]() {
        if (!beacon->bump()) {
            qWarning("storage: cannot update %s; other processes see this change within a second",
                     qPrintable(beacon->path()));
        }
    });
}

ChangeBeacon::~ChangeBeacon()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
}

qint64 ChangeBeacon::read() const
{
    if (m_inProcess) {
        return m_count.load();
    }
    if (m_fd < 0) {
        return -1;
    }
    char text[Width + 2];
    const ssize_t n = ::pread(m_fd, text, sizeof text, 0);
    if (n < 0) {
        return -1;
    }
    return parseCount(text, n, Width);
}

bool ChangeBeacon::bump()
{
    if (m_inProcess) {
        ++m_count;
        return true;
    }
    if (m_fd < 0) {
        return false;
    }
    int rc;
    do {
        rc = ::flock(m_fd, LOCK_EX);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        return false;
    }
    qint64 count = read();
    // A count bump() did not write (the file was damaged) starts again at 1.
    count = count < 0 ? 1 : count + 1;
    char text[Width + 2];
    std::snprintf(text, sizeof text, "%0*lld\n", Width, static_cast<long long>(count));
    const bool ok = ::pwrite(m_fd, text, Width + 1, 0) == Width + 1 && ::ftruncate(m_fd, Width + 1) == 0;
    ::flock(m_fd, LOCK_UN);
    return ok;
}
