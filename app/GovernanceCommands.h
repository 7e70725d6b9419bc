// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

class AppEnvironment;

/**
 * Account governance on the command line (issue #4): `anvil eab`, `anvil approval` and
 * `anvil clientcert`. Thin calls into core/approvals; errors are the services' client-safe details.
 */
bool isGovernanceCommand(const QString &command);

/** Runs one command (args[0] is the command); returns the exit code (0 ok, 1 failed, 2 usage). */
int runGovernanceCommand(AppEnvironment &env, const QStringList &args, QTextStream &out, QTextStream &err);

/** The usage lines of these commands, for `anvil help`. */
QString governanceUsage();
