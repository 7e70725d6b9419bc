// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

class AppEnvironment;

/**
 * The command-line admin interface (issue #2 §6): what the console edits, the command line can
 * edit, for scripts and headless nodes. Each command is a thin call into a core service; errors
 * are the services' client-safe details.
 */
class Cli
{
public:
    Cli(AppEnvironment &env, QTextStream &out, QTextStream &err);

    /** True when `command` is an admin command (not a server option). */
    static bool isCommand(const QString &command);
    static QString usage();

    /** Runs one command; returns the process exit code (0 ok, 1 failed, 2 usage). */
    int run(const QStringList &args);

private:
    int config(const QStringList &a);
    int acme(const QStringList &a);
    int alias(const QStringList &a);
    int ca(const QStringList &a);
    int profile(const QStringList &a);
    int cert(const QStringList &a);
    int account(const QStringList &a);
    int audit(const QStringList &a);
    int db(const QStringList &a);
    int status(const QStringList &a);
    int backup(const QStringList &a);
    int restore(const QStringList &a);

    int fail(const QString &message);
    int usageError(const QString &message);
    QString actor() const;

    AppEnvironment &m_env;
    QTextStream &m_out;
    QTextStream &m_err;
};
