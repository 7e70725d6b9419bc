// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper: runs the real `openssl` command line as an independent second opinion on what
// core/crypto produces (and to make test material core/crypto did not write itself).

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QString>
#include <QStringList>

/** QVERIFY for a Result: evaluates `expr` once and prints the error (detail and internal detail) when it failed. */
#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &verifyOkResult = (expr);                                                                           \
        QVERIFY2(verifyOkResult.isOk(),                                                                                \
                 verifyOkResult.isOk() ? "" : qPrintable(verifyOkResult.error().toLogString()));                       \
    } while (false)

namespace OpenSslCli {

struct Output
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool ok() const { return exitCode == 0; }
};

inline Output run(const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.setProgram(QStringLiteral("openssl"));
    p.setArguments(args);
    p.start();
    if (!p.waitForStarted(10000)) {
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    Output o;
    o.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    o.out = p.readAllStandardOutput();
    o.err = p.readAllStandardError();
    return o;
}

/**
 * The start of `openssl req` arguments that make a self-signed certificate on a fresh unencrypted
 * EC P-256 key; add -keyout, -out, -subj, -days and any -addext, -CA/-CAkey.
 */
inline QStringList newP256Certificate()
{
    return {QStringLiteral("req"),   QStringLiteral("-x509"),    QStringLiteral("-newkey"),
            QStringLiteral("ec"),    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"),
            QStringLiteral("-nodes")};
}

/** Writes `data` to dir/name and returns the path. */
inline QString write(const QDir &dir, const QString &name, const QByteArray &data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(data);
    }
    return path;
}

inline QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace OpenSslCli
