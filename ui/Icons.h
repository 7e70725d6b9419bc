// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

/** The console's icons by name: Icons::get("accounts") reads :/icons/accounts.svg. */
namespace Icons {

QIcon get(const QString &name);

} // namespace Icons
