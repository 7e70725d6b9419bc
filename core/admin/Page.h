// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

/**
 * One page of a console list: at most `limit` rows and whether more follow. The next page is
 * asked for with the last row as the cursor (keyset paging), so a deep page costs what the
 * first one does, also over a million rows.
 */
template<typename Row> struct Page
{
    QList<Row> rows;
    bool more = false;
};
