// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

/** CPU time and memory of a process, from /proc (Linux) or getrusage for this process. */
namespace ProcessProbe {

/** utime + stime of \a pid (all its threads) in seconds; negative when unreadable. */
double cpuSeconds(qint64 pid);
/** VmHWM (peak resident set) of \a pid in KiB; negative when unreadable. */
qint64 peakRssKiB(qint64 pid);
/** VmRSS of \a pid in KiB; negative when unreadable. */
qint64 rssKiB(qint64 pid);
/** user + system CPU of this process in seconds (getrusage). */
double selfCpuSeconds();
/** Peak resident set of this process in KiB (getrusage). */
qint64 selfPeakRssKiB();

} // namespace ProcessProbe
