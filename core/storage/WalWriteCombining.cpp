// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/WalWriteCombining.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <utility>
#include <vector>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace WalWriteCombining {
namespace {

constexpr int FrameHeaderSize = 24; // WAL_FRAME_HDRSIZE: a frame is this header, then one page
// The default VFS writes at most 2^17 - 1 bytes per call (it masks the length to 17 bits, as no
// page is larger than 64 KiB): longer runs go out in pieces of this size.
constexpr int MaxWrite = 0x1ffff;

sqlite3_vfs *g_base = nullptr; // the default VFS this one wraps
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;
std::atomic<quint64> g_walWrites {0};
std::atomic<quint64> g_walMappedReads {0};

// Address space reserved for each WAL file's mapping. The WAL stays near wal_autocheckpoint pages
// (1000, ~4 MiB); a read beyond this (a checkpoint held back for long) goes to the file instead.
constexpr size_t MappedWalBytes = size_t(256) << 20;

/**
 * One WAL file mapped read-only and shared, for every handle on that file in this process. The
 * mapping shows what is in the file, as a read(2) would (one page cache): frames another
 * connection or process wrote are there once written. Pages are touched only for frames SQLite
 * reads, which its locks keep in the file while it reads them (a WAL is truncated or restarted
 * only when no reader uses its frames).
 */
struct WalMapping
{
    int fd = -1;
    const char *bytes = nullptr;
    ~WalMapping()
    {
        if (bytes) {
            munmap(const_cast<char *>(bytes), MappedWalBytes);
        }
        if (fd >= 0) {
            ::close(fd);
        }
    }
};

std::mutex g_mappingsLock;
std::map<std::pair<dev_t, ino_t>, std::weak_ptr<WalMapping>> g_mappings; // by file, while any handle uses it

/** The mapping of the WAL file at `path`, shared with the other handles on that file; null when it can't be made. */
std::shared_ptr<WalMapping> mapWal(const char *path)
{
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return {};
    }
    struct stat st; // NOLINT(cppcoreguidelines-pro-type-member-init): fstat fills it
    if (fstat(fd, &st) != 0) {
        ::close(fd);
        return {};
    }
    const std::lock_guard<std::mutex> lock(g_mappingsLock);
    for (auto it = g_mappings.begin(); it != g_mappings.end();) {
        it = it->second.expired() ? g_mappings.erase(it) : std::next(it);
    }
    std::weak_ptr<WalMapping> &slot = g_mappings[{st.st_dev, st.st_ino}];
    if (std::shared_ptr<WalMapping> shared = slot.lock()) {
        ::close(fd);
        return shared;
    }
    void *bytes = mmap(nullptr, MappedWalBytes, PROT_READ, MAP_SHARED, fd, 0);
    if (bytes == MAP_FAILED) {
        ::close(fd);
        return {};
    }
    auto mapping = std::make_shared<WalMapping>();
    mapping->fd = fd;
    mapping->bytes = static_cast<const char *>(bytes);
    slot = mapping;
    return mapping;
}

struct File
{
    sqlite3_file base; // first: SQLite sees a File as an sqlite3_file
    sqlite3_file *real = nullptr; // the default VFS's file, in the same allocation after this one
    bool wal = false;
    bool commitPage = false; // the last frame header gathered was a commit frame's
    sqlite3_int64 gatheredAt = 0;
    std::vector<char> gathered; // contiguous bytes from gatheredAt, not written yet
    std::shared_ptr<WalMapping> mapping;
};

File *fileOf(sqlite3_file *f)
{
    return reinterpret_cast<File *>(f);
}

/**
 * Writes what has gathered (`all`), or only whole pieces of MaxWrite bytes and keeps the rest
 * gathered. After flush(f, true) the file holds everything SQLite asked to write.
 */
int flush(File *f, bool all = true)
{
    size_t done = 0;
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK && done < f->gathered.size() && (all || f->gathered.size() - done >= size_t(MaxWrite))) {
        const int n = int(std::min<size_t>(MaxWrite, f->gathered.size() - done));
        ++g_walWrites;
        rc = f->real->pMethods->xWrite(f->real, f->gathered.data() + done, n, f->gatheredAt + sqlite3_int64(done));
        done += size_t(n);
    }
    if (rc != SQLITE_OK || done == f->gathered.size()) {
        f->gathered.clear(); // a failed write fails the transaction: nothing of it is kept
        f->commitPage = false;
    } else if (done > 0) {
        f->gathered.erase(f->gathered.begin(), f->gathered.begin() + std::ptrdiff_t(done));
        f->gatheredAt += sqlite3_int64(done);
    }
    return rc;
}

bool isCommitFrameHeader(const void *data)
{
    // Bytes 4..7: for a commit frame, the database's size in pages after the commit; else zero.
    const auto *b = static_cast<const unsigned char *>(data);
    return (b[4] | b[5] | b[6] | b[7]) != 0;
}

/** A whole frame in one write (SQLite 3.40 writes header and page apart; should a later one not). */
bool isWholeFrame(int amount, sqlite3_int64 offset)
{
    const int page = amount - FrameHeaderSize;
    return page >= 512 && page <= 65536 && (page & (page - 1)) == 0 && offset >= 32 && (offset - 32) % amount == 0;
}

int xClose(sqlite3_file *sf)
{
    File *f = fileOf(sf);
    const int flushed = flush(f);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    f->~File();
    return flushed != SQLITE_OK ? flushed : rc;
}

int xWrite(sqlite3_file *sf, const void *data, int amount, sqlite3_int64 offset)
{
    File *f = fileOf(sf);
    if (!f->wal) {
        return f->real->pMethods->xWrite(f->real, data, amount, offset);
    }
    if (!f->gathered.empty() && offset != f->gatheredAt + sqlite3_int64(f->gathered.size())) {
        if (const int rc = flush(f); rc != SQLITE_OK) {
            return rc;
        }
    }
    if (f->gathered.empty()) {
        f->gatheredAt = offset;
    }
    const auto *bytes = static_cast<const char *>(data);
    f->gathered.insert(f->gathered.end(), bytes, bytes + amount);
    if (amount == FrameHeaderSize) {
        f->commitPage = isCommitFrameHeader(data);
    } else if (f->commitPage || (isWholeFrame(amount, offset) && isCommitFrameHeader(data))) {
        // The commit frame's page: the transaction is complete, and SQLite publishes it in the WAL
        // index only after this call returns. Write it now, so that a failure fails the commit.
        return flush(f);
    }
    return flush(f, false); // whole pieces only, if any (a large transaction's early frames)
}

/** Writes what has gathered, then runs `call` on the default VFS's file; its result, or the write's error. */
template<typename Call> int afterFlush(sqlite3_file *sf, Call call)
{
    File *f = fileOf(sf);
    if (const int rc = flush(f); rc != SQLITE_OK) {
        return rc;
    }
    return call(f->real);
}

int xRead(sqlite3_file *sf, void *data, int amount, sqlite3_int64 offset)
{
    // A frame's page or header, SQLite's most frequent read (every connection rereads the pages
    // it needs once another has committed): copied from the mapping, without a system call. The
    // WAL header (offset 0, read while checking or recovering the WAL) and anything while this
    // handle has bytes gathered go to the file.
    File *f = fileOf(sf);
    if (f->mapping && f->gathered.empty() && offset >= 32 && amount > 0
        && quint64(offset) + quint64(amount) <= MappedWalBytes) {
        std::memcpy(data, f->mapping->bytes + offset, size_t(amount));
        g_walMappedReads.fetch_add(1, std::memory_order_relaxed); // a counter, not a synchronisation point
        return SQLITE_OK;
    }
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xRead(r, data, amount, offset); });
}
int xTruncate(sqlite3_file *sf, sqlite3_int64 size)
{
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xTruncate(r, size); });
}
int xSync(sqlite3_file *sf, int flags)
{
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xSync(r, flags); });
}
int xFileSize(sqlite3_file *sf, sqlite3_int64 *size)
{
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xFileSize(r, size); });
}
int xLock(sqlite3_file *sf, int level)
{
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xLock(r, level); });
}
int xUnlock(sqlite3_file *sf, int level)
{
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xUnlock(r, level); });
}
int xCheckReservedLock(sqlite3_file *sf, int *out)
{
    sqlite3_file *r = fileOf(sf)->real;
    return r->pMethods->xCheckReservedLock(r, out);
}
int xFileControl(sqlite3_file *sf, int op, void *arg)
{
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xFileControl(r, op, arg); });
}
int xSectorSize(sqlite3_file *sf)
{
    sqlite3_file *r = fileOf(sf)->real;
    return r->pMethods->xSectorSize(r);
}
int xDeviceCharacteristics(sqlite3_file *sf)
{
    sqlite3_file *r = fileOf(sf)->real;
    return r->pMethods->xDeviceCharacteristics(r);
}
int xShmMap(sqlite3_file *sf, int region, int size, int extend, void volatile **out)
{
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xShmMap(r, region, size, extend, out); });
}
int xShmLock(sqlite3_file *sf, int offset, int n, int flags)
{
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xShmLock(r, offset, n, flags); });
}
void xShmBarrier(sqlite3_file *sf)
{
    // Never holds anything here in practice: shared memory belongs to database files, not WALs.
    (void)afterFlush(sf, [](sqlite3_file *r) {
        r->pMethods->xShmBarrier(r);
        return SQLITE_OK;
    });
}
int xShmUnmap(sqlite3_file *sf, int deleteFlag)
{
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xShmUnmap(r, deleteFlag); });
}
int xFetch(sqlite3_file *sf, sqlite3_int64 offset, int amount, void **out)
{
    return afterFlush(sf, [&](sqlite3_file *r) { return r->pMethods->xFetch(r, offset, amount, out); });
}
int xUnfetch(sqlite3_file *sf, sqlite3_int64 offset, void *p)
{
    sqlite3_file *r = fileOf(sf)->real;
    return r->pMethods->xUnfetch(r, offset, p);
}

constexpr size_t realOffset()
{
    return (sizeof(File) + alignof(std::max_align_t) - 1) / alignof(std::max_align_t) * alignof(std::max_align_t);
}

int xOpen(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *sf, int flags, int *outFlags)
{
    File *f = new (sf) File;
    f->real = reinterpret_cast<sqlite3_file *>(reinterpret_cast<char *>(sf) + realOffset());
    f->wal = (flags & SQLITE_OPEN_WAL) != 0;
    const int rc = g_base->xOpen(g_base, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK || !f->real->pMethods) {
        // SQLite calls xClose only when pMethods is set; the default VFS cleaned up its part.
        f->~File();
        sf->pMethods = nullptr;
        return rc != SQLITE_OK ? rc : SQLITE_CANTOPEN;
    }
    // Only the methods the default VFS's file has (same iVersion), each passed through.
    const sqlite3_io_methods *real = f->real->pMethods;
    static std::once_flag once;
    std::call_once(once, [real]() {
        g_methods = sqlite3_io_methods {real->iVersion,
                                        xClose,
                                        xRead,
                                        xWrite,
                                        xTruncate,
                                        xSync,
                                        xFileSize,
                                        xLock,
                                        xUnlock,
                                        xCheckReservedLock,
                                        xFileControl,
                                        xSectorSize,
                                        xDeviceCharacteristics,
                                        xShmMap,
                                        xShmLock,
                                        xShmBarrier,
                                        xShmUnmap,
                                        xFetch,
                                        xUnfetch};
    });
    if (real->iVersion != g_methods.iVersion) {
        // Another kind of file than the first (cannot happen with the unix VFS): no gathering.
        f->wal = false;
    }
    if (f->wal && name) {
        f->mapping = mapWal(name); // none: every read goes to the file
    }
    sf->pMethods = &g_methods;
    return SQLITE_OK;
}

// The rest is the default VFS's, called with its own object.
int xDelete(sqlite3_vfs *, const char *name, int syncDir)
{
    return g_base->xDelete(g_base, name, syncDir);
}
int xAccess(sqlite3_vfs *, const char *name, int flags, int *out)
{
    return g_base->xAccess(g_base, name, flags, out);
}
int xFullPathname(sqlite3_vfs *, const char *name, int n, char *out)
{
    return g_base->xFullPathname(g_base, name, n, out);
}
void *xDlOpen(sqlite3_vfs *, const char *name)
{
    return g_base->xDlOpen(g_base, name);
}
void xDlError(sqlite3_vfs *, int n, char *out)
{
    g_base->xDlError(g_base, n, out);
}
void (*xDlSym(sqlite3_vfs *, void *handle, const char *symbol))(void)
{
    return g_base->xDlSym(g_base, handle, symbol);
}
void xDlClose(sqlite3_vfs *, void *handle)
{
    g_base->xDlClose(g_base, handle);
}
int xRandomness(sqlite3_vfs *, int n, char *out)
{
    return g_base->xRandomness(g_base, n, out);
}
int xSleep(sqlite3_vfs *, int micros)
{
    return g_base->xSleep(g_base, micros);
}
int xCurrentTime(sqlite3_vfs *, double *out)
{
    return g_base->xCurrentTime(g_base, out);
}
int xGetLastError(sqlite3_vfs *, int n, char *out)
{
    return g_base->xGetLastError ? g_base->xGetLastError(g_base, n, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs *, sqlite3_int64 *out)
{
    return g_base->xCurrentTimeInt64(g_base, out);
}

} // namespace

bool install()
{
    static const bool installed = []() {
        if (sqlite3_initialize() != SQLITE_OK) {
            return false;
        }
        g_base = sqlite3_vfs_find(nullptr);
        if (!g_base || g_base->iVersion < 2 || std::strcmp(g_base->zName, "unix") != 0) {
            return false; // only over the default unix VFS, whose files this was written against
        }
        std::memset(&g_vfs, 0, sizeof g_vfs);
        g_vfs.iVersion = 2;
        g_vfs.szOsFile = int(realOffset()) + g_base->szOsFile;
        g_vfs.mxPathname = g_base->mxPathname;
        g_vfs.zName = "anvil-wal-gather";
        g_vfs.xOpen = xOpen;
        g_vfs.xDelete = xDelete;
        g_vfs.xAccess = xAccess;
        g_vfs.xFullPathname = xFullPathname;
        g_vfs.xDlOpen = xDlOpen;
        g_vfs.xDlError = xDlError;
        g_vfs.xDlSym = xDlSym;
        g_vfs.xDlClose = xDlClose;
        g_vfs.xRandomness = xRandomness;
        g_vfs.xSleep = xSleep;
        g_vfs.xCurrentTime = xCurrentTime;
        g_vfs.xGetLastError = xGetLastError;
        g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
        return sqlite3_vfs_register(&g_vfs, 1) == SQLITE_OK;
    }();
    return installed;
}

quint64 walWrites()
{
    return g_walWrites.load();
}

quint64 walMappedReads()
{
    return g_walMappedReads.load();
}

} // namespace WalWriteCombining
