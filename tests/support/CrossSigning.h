// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"
#include "tests/core/crypto/OpenSslCli.h"

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

/**
 * Test material for a CA's alternate chains (RFC 8555 §7.4.2), made with the openssl command line
 * from the CA's chain as Anvil serves it: another root ("CN=Other Root"), the CA's certificate
 * cross-signed by it (as a CA, and not), a self-signed certificate with the CA's name and another
 * key, and an unrelated root ("CN=Third Root"). `ok` says whether all were made.
 */
struct CrossMaterial
{
    QTemporaryDir dir;
    QByteArray caPem; // the CA's chain as CaService serves it
    QByteArray other;
    QByteArray cross;
    QByteArray crossNotCa;
    QByteArray sameNameOtherKey;
    QByteArray third;
    bool ok = false;

    QByteArray selfSigned(const QString &name, const QString &cn)
    {
        const QStringList args = OpenSslCli::newP256Certificate()
            + QStringList {QStringLiteral("-keyout"), dir.filePath(name + QStringLiteral(".key")),
                           QStringLiteral("-out"),    dir.filePath(name + QStringLiteral(".pem")),
                           QStringLiteral("-subj"),   cn,
                           QStringLiteral("-days"),   QStringLiteral("30"),
                           QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
                           QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
        return OpenSslCli::run(args).ok() ? OpenSslCli::read(dir.filePath(name + QStringLiteral(".pem")))
                                          : QByteArray();
    }

    QByteArray crossSign(const QString &caPem, bool asCa, const QString &out)
    {
        QStringList args {QStringLiteral("x509"),
                          QStringLiteral("-in"),
                          caPem,
                          QStringLiteral("-CA"),
                          dir.filePath(QStringLiteral("other.pem")),
                          QStringLiteral("-CAkey"),
                          dir.filePath(QStringLiteral("other.key")),
                          QStringLiteral("-set_serial"),
                          QStringLiteral("4660"),
                          QStringLiteral("-days"),
                          QStringLiteral("30"),
                          QStringLiteral("-out"),
                          dir.filePath(out)};
        // The input's extensions are kept (OpenSSL 3.0), its authority key id too: set both ids
        // and the CA flag anew.
        args << QStringLiteral("-extfile")
             << OpenSslCli::write(QDir(dir.path()), out + QStringLiteral(".cnf"),
                                  QByteArray("basicConstraints=critical,CA:") + (asCa ? "TRUE" : "FALSE")
                                      + "\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n");
        return OpenSslCli::run(args).ok() ? OpenSslCli::read(dir.filePath(out)) : QByteArray();
    }

    /** `caSubject` in openssl's form, "/CN=Root". */
    explicit CrossMaterial(const Result<QByteArray> &served, const QString &caSubject = QStringLiteral("/CN=Root"))
    {
        if (!served) {
            return;
        }
        caPem = *served;
        const QString caFile = OpenSslCli::write(QDir(dir.path()), QStringLiteral("ca.pem"), caPem);
        other = selfSigned(QStringLiteral("other"), QStringLiteral("/CN=Other Root"));
        cross = crossSign(caFile, true, QStringLiteral("cross.pem"));
        crossNotCa = crossSign(caFile, false, QStringLiteral("cross-not-ca.pem"));
        sameNameOtherKey = selfSigned(QStringLiteral("fake"), caSubject);
        third = selfSigned(QStringLiteral("third"), QStringLiteral("/CN=Third Root"));
        ok = !other.isEmpty() && !cross.isEmpty() && !crossNotCa.isEmpty() && !sameNameOtherKey.isEmpty()
            && !third.isEmpty();
    }
};
