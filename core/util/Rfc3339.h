// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * RFC 3339 timestamps as ACME resources carry them (`expires`, `validated`, `notBefore`...).
 */
namespace Rfc3339 {

/**
 * `msSinceEpoch` in UTC to the second, "2026-11-25T02:16:24Z": what
 * `QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate)` gives (milliseconds dropped,
 * not rounded), without QDateTime's calendar and time-zone machinery: 0.05 µs a call instead of
 * 0.8 in a loop, and a flow writes about ten. Years outside 1–9999 go through QDateTime.
 */
QString fromMs(qint64 msSinceEpoch);

} // namespace Rfc3339
