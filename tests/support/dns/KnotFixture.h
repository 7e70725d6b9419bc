// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

/**
 * C++ handle on tests/support/dns/knot-fixture.sh (see its header for what the server serves):
 * a DNSSEC-signed zone on 127.0.0.1 at a free port, living in a temporary directory for the
 * lifetime of this object. Header-only so any test can include it.
 *
 *     KnotFixture dns;                       // "anvil.test." signed, "insecure.test." unsigned
 *     if (!KnotFixture::isInstalled() && !KnotFixture::isRequired()) QSKIP("knotd not installed");
 *     VoidResult started = dns.start();      // QVERIFY2(started, qPrintable(started.error().detail()))
 *     policy.dnsResolver = "127.0.0.1"; policy.dnsPort = dns.port();
 *     policy.dnssecTrustAnchor = dns.trustAnchor();
 *     dns.setTxt("_acme-challenge.www.anvil.test", value);
 */
class KnotFixture
{
public:
    explicit KnotFixture(const QString &zone = QStringLiteral("anvil.test."),
                         const QStringList &unsignedZones = {QStringLiteral("insecure.test.")})
        : m_zone(zone)
        , m_unsignedZones(unsignedZones)
    {
    }
    ~KnotFixture() { stop(); }
    KnotFixture(const KnotFixture &) = delete;
    KnotFixture &operator=(const KnotFixture &) = delete;

    static QString scriptPath() { return QStringLiteral(ANVIL_SOURCE_DIR "/tests/support/dns/knot-fixture.sh"); }

    /** knotd, knotc, keymgr and kdig can be found. */
    static bool isInstalled()
    {
        const QStringList paths {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"),
                                 QStringLiteral("/usr/local/sbin")};
        for (const char *tool : {"knotd", "knotc", "keymgr", "kdig"}) {
            const QString name = QString::fromLatin1(tool);
            if (QStandardPaths::findExecutable(name).isEmpty()
                && QStandardPaths::findExecutable(name, paths).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** Under CI (CI set and not "false"/"0") a missing knotd fails the test instead of skipping it. */
    static bool isRequired()
    {
        const QString ci = qEnvironmentVariable("CI");
        return !ci.isEmpty() && ci != QLatin1String("false") && ci != QLatin1String("0");
    }

    /** Starts knotd on a free port; retries with another port if that one was taken meanwhile. */
    VoidResult start()
    {
        if (!m_dir.isValid()) {
            return CoreError(CoreError::Code::Io, QStringLiteral("cannot create a temporary directory"));
        }
        QString lastError;
        for (int attempt = 0; attempt < 5; ++attempt) {
            const quint16 port = freePort();
            if (port == 0) {
                continue;
            }
            QStringList args {QStringLiteral("start"), m_dir.path(), QString::number(port), m_zone};
            args += m_unsignedZones;
            Result<QString> started = run(args, 60000);
            if (started) {
                m_port = port;
                m_running = true;
                Result<QString> anchor = run({QStringLiteral("ds"), m_dir.path()});
                if (!anchor) {
                    return anchor.error();
                }
                m_trustAnchor = anchor->trimmed();
                return {};
            }
            lastError = started.error().detail();
            if (!lastError.contains(QLatin1String("address already in use"))) {
                break;
            }
        }
        return CoreError(CoreError::Code::Io, lastError);
    }

    void stop()
    {
        if (m_running) {
            (void)run({QStringLiteral("stop"), m_dir.path()});
            m_running = false;
        }
    }

    quint16 port() const { return m_port; }
    QString zone() const { return m_zone; }
    QString dir() const { return m_dir.path(); }
    /** The zone's DS record, for ValidationPolicy::dnssecTrustAnchor / ub_ctx_add_ta. */
    QString trustAnchor() const { return m_trustAnchor; }
    /** The DS record with the same key tag and algorithm but another digest: the DNSKEY the zone
     *  serves no longer matches it, so every signed answer is bogus. */
    QString trustAnchorWithWrongDigest() const
    {
        QStringList fields = m_trustAnchor.split(QLatin1Char(' '));
        QString &digest = fields.last();
        digest = (digest.startsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0')) + digest.mid(1);
        return fields.join(QLatin1Char(' '));
    }
    /** The zone's DNSKEY record (the other trust anchor form). */
    Result<QString> dnskey() const
    {
        Result<QString> out = run({QStringLiteral("dnskey"), m_dir.path()});
        return out ? Result<QString>(out->trimmed()) : out;
    }
    /** "hmac-sha256:NAME:SECRET" for RFC 2136 updates (nsupdate -y, lego, certbot). */
    Result<QString> tsig() const
    {
        Result<QString> out = run({QStringLiteral("tsig"), m_dir.path()});
        return out ? Result<QString>(out->trimmed()) : out;
    }

    /** Replaces every TXT at name by value; returns once the server serves it signed. */
    VoidResult setTxt(const QString &name, const QString &value) const
    {
        return toVoid(run({QStringLiteral("set-txt"), m_dir.path(), name, value}));
    }
    /** Adds value next to name's other TXT records. */
    VoidResult addTxt(const QString &name, const QString &value) const
    {
        return toVoid(run({QStringLiteral("add-txt"), m_dir.path(), name, value}));
    }
    /** Removes value, or every TXT at name when value is empty. */
    VoidResult deleteTxt(const QString &name, const QString &value = {}) const
    {
        QStringList args {QStringLiteral("del-txt"), m_dir.path(), name};
        if (!value.isEmpty()) {
            args.append(value);
        }
        return toVoid(run(args));
    }

    /** Runs the script; stdout on success, stderr as the error detail otherwise. */
    static Result<QString> run(const QStringList &args, int timeoutMs = 30000)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(QStringLiteral("bash"), QStringList {scriptPath()} + args);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(1000);
            return CoreError(CoreError::Code::Io,
                             QStringLiteral("knot-fixture.sh %1 did not finish").arg(args.join(QLatin1Char(' '))));
        }
        const QString out = QString::fromLocal8Bit(process.readAllStandardOutput());
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            return CoreError(CoreError::Code::Io,
                             QStringLiteral("knot-fixture.sh %1 failed: %2")
                                 .arg(args.value(0), QString::fromLocal8Bit(process.readAllStandardError())));
        }
        return out;
    }

private:
    static VoidResult toVoid(const Result<QString> &result)
    {
        if (!result) {
            return result.error();
        }
        return {};
    }

    // A port free for both UDP and TCP on 127.0.0.1 (DNS needs both).
    static quint16 freePort()
    {
        for (int i = 0; i < 20; ++i) {
            QUdpSocket udp;
            if (!udp.bind(QHostAddress::LocalHost, 0)) {
                continue;
            }
            const quint16 port = udp.localPort();
            QTcpServer tcp;
            if (tcp.listen(QHostAddress::LocalHost, port)) {
                return port;
            }
        }
        return 0;
    }

    QString m_zone;
    QStringList m_unsignedZones;
    QTemporaryDir m_dir {QDir::tempPath() + QStringLiteral("/anvil-knot-XXXXXX")};
    quint16 m_port = 0;
    bool m_running = false;
    QString m_trustAnchor;
};

/**
 * For a test's initTestCase(): starts `fixture` (a std::unique_ptr<KnotFixture>). Without Knot
 * installed the test fails under CI (KnotFixture::isRequired()); elsewhere it is skipped whole,
 * or, with `whole` false, `fixture` stays empty and the rows that need DNS skip themselves.
 */
#define ANVIL_START_KNOT(fixture, whole)                                                                               \
    do {                                                                                                               \
        if (!KnotFixture::isInstalled()) {                                                                             \
            if (KnotFixture::isRequired()) {                                                                           \
                QFAIL("knotd/knot-dnsutils are not installed, and CI requires this test");                             \
            }                                                                                                          \
            if (whole) {                                                                                               \
                QSKIP("knotd is not installed (apt-get install knot knot-dnsutils)");                                  \
            }                                                                                                          \
            return;                                                                                                    \
        }                                                                                                              \
        (fixture) = std::make_unique<KnotFixture>();                                                                   \
        const VoidResult knotStarted = (fixture)->start();                                                             \
        QVERIFY2(knotStarted, qPrintable(knotStarted.isOk() ? QString() : knotStarted.error().detail()));              \
    } while (false)
