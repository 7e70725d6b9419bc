// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * The registered domain of a DNS name ("www.example.co.uk" → "example.co.uk"): the public suffix
 * plus one label, by the Public Suffix List (https://publicsuffix.org) that Debian's `publicsuffix`
 * package installs. Without the list, the last two labels.
 */
namespace RegisteredDomain {

/** The default list, /usr/share/publicsuffix/public_suffix_list.dat. */
QString defaultListPath();

/** The registered domain of `host` (lower-case, ACE form) under the default list, read once. */
QString of(const QString &host);

/** The same under the list in `listText` (for tests); an empty text means "no list". */
QString of(const QString &host, const QString &listText);

} // namespace RegisteredDomain
