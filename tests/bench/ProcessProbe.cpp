// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProcessProbe.h"

#include <QByteArray>
#include <QFile>
#include <QList>

#include <sys/resource.h>
#include <unistd.h>

namespace {

QByteArray readProc(qint64 pid, const char *name)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return f.readAll();
}

qint64 statusKiB(qint64 pid, const QByteArray &field)
{
    const QByteArray status = readProc(pid, "status");
    for (const QByteArray &line : status.split('\n')) {
        if (line.startsWith(field)) {
            return line.mid(field.size()).trimmed().split(' ').front().toLongLong();
        }
    }
    return -1;
}

} // namespace

namespace ProcessProbe {

double cpuSeconds(qint64 pid)
{
    const QByteArray stat = readProc(pid, "stat");
    // The command name may hold spaces and parentheses: fields are counted after the last ')'.
    const int close = int(stat.lastIndexOf(')'));
    if (close < 0) {
        return -1;
    }
    const QList<QByteArray> f = stat.mid(close + 2).split(' ');
    // Field 3 (state) is f[0]; utime is field 14, stime field 15 (proc(5)).
    if (f.size() < 13) {
        return -1;
    }
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return double(f[11].toLongLong() + f[12].toLongLong()) / ticks;
}

qint64 peakRssKiB(qint64 pid)
{
    return statusKiB(pid, "VmHWM:");
}

qint64 rssKiB(qint64 pid)
{
    return statusKiB(pid, "VmRSS:");
}

double selfCpuSeconds()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

qint64 selfPeakRssKiB()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

} // namespace ProcessProbe
