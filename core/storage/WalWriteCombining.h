// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/**
 * A SQLite VFS over the default one ("unix") that writes each transaction's WAL frames with one
 * system call instead of two per page.
 *
 * SQLite appends a frame to the WAL as two writes: its 24-byte header, then the page. Under load
 * that was 80 `pwrite` calls per ACME flow, all made while the writer holds the database's write
 * lock. Here the WAL's contiguous writes are gathered in memory and written together:
 *
 * - at once when the page of a commit frame (the header's "database size after commit" is not
 *   zero) has been added, inside that same write call, so a failed write fails the commit as
 *   before and SQLite rolls it back; SQLite publishes a commit in the WAL index only after that;
 * - before any other operation on the file (read, sync, truncate, size, locks, close, shared
 *   memory), so nothing on disk is ever older than what SQLite believes it wrote;
 * - when a write does not continue the gathered bytes, and in pieces of just under 128 KiB (the
 *   most the default VFS writes in one call) while a large transaction gathers more.
 *
 * It also reads the WAL's frames from a shared read-only mapping of the file instead of one
 * `pread` each: every commit by another connection resets a connection's page cache, so each
 * transaction rereads the pages it needs, ~140 reads per ACME flow, most from the WAL.
 *
 * Every other file (the database, journals) and every other VFS method goes straight to the
 * default VFS, so locking, the format on disk and other processes (the sqlite3 shell, a second
 * Anvil) see exactly what they would without it.
 */
namespace WalWriteCombining {

/** Registers the VFS as SQLite's default. Call before the first connection opens; idempotent. */
bool install();

/** Write calls that reached the WAL files through this VFS so far (for tests and benchmarks). */
quint64 walWrites();

/** WAL reads served from the mapping so far, without a system call (for tests and benchmarks). */
quint64 walMappedReads();

} // namespace WalWriteCombining
