// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/Seeder.h"

#include "app/AppEnvironment.h"
#include "core/crypto/CertificateBuilder.h"
#include "core/jose/AccountKey.h"
#include "core/jose/Jwk.h"
#include "core/pki/CaService.h"
#include "core/pki/CertificateRepository.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/OrderRepository.h"
#include "core/util/RandomToken.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>

#include <iterator>
#include <optional>
#include <random>

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

const char *const kServices[]
    = {"www", "api",  "mail",    "vpn",    "db",    "cache", "auth",  "shop",    "intranet", "build",
       "git", "wiki", "monitor", "backup", "files", "ldap",  "proxy", "grafana", "jenkins"};
const char *const kSites[] = {"prod", "stage", "dev", "eu-west", "us-east", "lab", "office"};
const char *const kDomains[] = {"example.com", "example.org", "example.net", "corp.example", "internal.example"};
/** RFC 5280 §5.3.1 reasons an admin or a subscriber may give here. */
const int kReasons[] = {1, 4, 5, 0, 3, 9};

template<typename T, size_t N> const T &pick(const T (&list)[N], std::mt19937_64 &rng)
{
    return list[rng() % N];
}

QString hexId(std::mt19937_64 &rng)
{
    return QString::number(rng(), 16).rightJustified(16, QLatin1Char('0'))
        + QString::number(rng(), 16).rightJustified(16, QLatin1Char('0'));
}

/** 16 bytes, positive, first byte nonzero (as CertificateBuilder::randomSerial). */
QByteArray serial(std::mt19937_64 &rng)
{
    QByteArray s(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 8) {
        const quint64 r = rng();
        for (int b = 0; b < 8; ++b) {
            s[i + b] = char((r >> (8 * b)) & 0xff);
        }
    }
    s[0] = char((quint8(s[0]) & 0x7f) | 0x01);
    return s;
}

Result<CertificateAuthority> chooseCa(AppEnvironment &env, const QString &wanted)
{
    if (!wanted.isEmpty()) {
        return env.cas().find(wanted);
    }
    if (Result<EndEntityProfile> ee = env.profiles().endEntityProfile(QStringLiteral("ACME_EE"));
        ee && !ee->defaultCa.isEmpty()) {
        if (Result<CertificateAuthority> ca = env.cas().find(ee->defaultCa); ca && ca->hasKey) {
            return ca;
        }
    }
    Result<QList<CertificateAuthority>> all = env.cas().list();
    if (!all) {
        return all.error();
    }
    for (const CertificateAuthority &ca : *all) {
        if (ca.hasKey && !ca.isRoot()) {
            return ca;
        }
    }
    for (const CertificateAuthority &ca : *all) {
        if (ca.hasKey) {
            return ca;
        }
    }
    return CoreError(CoreError::Code::NotFound,
                     QStringLiteral("No CA with a key in this database: run anvil --init (or create one) first"));
}

} // namespace

Seeder::Seeder(AppEnvironment &env, const Options &options)
    : m_env(env)
    , m_options(options)
{
}

Result<Seeder::Summary> Seeder::run(const std::function<void(qint64)> &progress)
{
    QElapsedTimer timer;
    timer.start();
    Summary summary;
    std::shared_ptr<Database> db = m_env.database();
    Result<CertificateAuthority> ca = chooseCa(m_env, m_options.ca);
    if (!ca) {
        return ca.error();
    }
    summary.caName = ca->name;
    summary.alias = m_options.alias;
    if (summary.alias.isEmpty()) {
        Result<GlobalSettings> settings = m_env.config().settings();
        summary.alias
            = settings && !settings->defaultAlias.isEmpty() ? settings->defaultAlias : QStringLiteral("default");
    }
    if (m_options.accounts <= 0 && m_options.certificates > 0) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Certificates need at least one account"));
    }
    // A second run on the same database gets other serials and ids, yet the same shape.
    quint64 offset = 0;
    {
        // Finished at once: an open read would hold back every WAL checkpoint of the run.
        Result<QSqlQuery> existing = db->exec(QStringLiteral("SELECT count(*) FROM certificates"));
        offset = existing && existing->next() ? quint64(existing->value(0).toLongLong()) : 0;
    }
    std::mt19937_64 rng(m_options.seed ^ (offset * 0x9E3779B97F4A7C15ULL));
    std::mt19937_64 shape(m_options.seed); // names and choices: the same for every run with this seed

    const qint64 now = m_env.clock().nowMs() / 1000 * 1000;
    const qint64 start = now - m_options.spreadDays * kDayMs;

    // Ids are random, so every index takes inserts all over: a large page cache keeps SQLite's
    // b-trees in memory instead of reading them back for every row (no effect on PostgreSQL).
    if (db->isSqlite()) {
        (void)db->exec(QStringLiteral("PRAGMA cache_size = -524288")); // 512 MiB
    }

    // Accounts, with real keys (what the accounts browser shows and thumbprints are made of).
    QStringList accountIds;
    AccountRepository accounts(db);
    for (qint64 done = 0; done < m_options.accounts;) {
        const qint64 end = qMin(m_options.accounts, done + m_options.batch);
        Database::StatementScope scope(*db);
        VoidResult r = db->transaction([&]() -> VoidResult {
            for (qint64 j = done; j < end; ++j) {
                Result<AccountKey> key = AccountKey::generate(QStringLiteral("EC:P-256"));
                if (!key) {
                    return key.error();
                }
                const Jwk jwk = key->publicJwk();
                AccountRow row;
                row.id = hexId(rng).left(22);
                row.alias = summary.alias;
                row.keyThumbprint = jwk.thumbprint();
                row.jwk = QString::fromUtf8(QJsonDocument(jwk.toJson()).toJson(QJsonDocument::Compact));
                row.status = j % 50 == 49 ? QStringLiteral("deactivated") : QStringLiteral("valid");
                row.contact = QString::fromUtf8(
                    QJsonDocument(
                        QJsonArray {
                            QStringLiteral("mailto:pki-team%1@%2").arg(j).arg(QLatin1String(pick(kDomains, shape)))})
                        .toJson(QJsonDocument::Compact));
                row.createdAt = start - (m_options.accounts - j) * 60000;
                row.updatedAt = row.createdAt;
                if (VoidResult v = accounts.insert(row); !v) {
                    return v;
                }
                accountIds << row.id;
            }
            return {};
        });
        if (!r) {
            return r.error();
        }
        summary.accounts += end - done;
        done = end;
    }

    // Subject keys: a pool, as generating one per certificate would take longer than signing.
    QList<QByteArray> spkis;
    for (int k = 0; k < qMax(1, m_options.keyPool); ++k) {
        Result<PrivateKey> key = PrivateKey::generate(QStringLiteral("EC:P-256"));
        if (!key) {
            return key.error();
        }
        spkis << key->publicKeyDer();
    }

    // What each certificate will be, decided in order from the seeds; then signed on every core;
    // then stored in one transaction per batch.
    struct Identifier
    {
        QString type;
        QString value;
        QString authzId;
        QString challengeId;
        QString token;
    };
    struct Planned
    {
        CertificateBuilder builder;
        QList<Identifier> identifiers;
        QStringList dns;
        QStringList ips;
        qint64 created = 0;
        QDateTime notBefore;
        QDateTime notAfter;
        QString accountId;
        QString orderId;
        CertificateId certId;
        std::optional<Result<X509Certificate>> signedCert;
    };
    CertificateRepository certificates(db);
    OrderRepository orders(db);
    CaService &cas = m_env.cas();
    const CaId caId = ca->id;
    const int workers = qMax(1, QThread::idealThreadCount());
    // The same threads for every batch (each keeps its database connection for the CA lookup).
    QThreadPool pool;
    pool.setMaxThreadCount(workers);
    pool.setExpiryTimeout(-1);
    const qint64 step
        = m_options.certificates > 0 ? qMax<qint64>(1, m_options.spreadDays * kDayMs / m_options.certificates) : 1;
    for (qint64 done = 0; done < m_options.certificates;) {
        const qint64 end = qMin(m_options.certificates, done + m_options.batch);
        QList<Planned> plan(end - done);
        for (qint64 i = done; i < end; ++i) {
            Planned &p = plan[i - done];
            // Names: a service at a site of a domain, sometimes with a second name or an address.
            const QString domain = QLatin1String(pick(kDomains, shape));
            const QString host = QStringLiteral("%1%2.%3.%4")
                                     .arg(QLatin1String(pick(kServices, shape)))
                                     .arg(i)
                                     .arg(QLatin1String(pick(kSites, shape)), domain);
            p.dns = QStringList {host};
            const quint64 extra = shape() % 10;
            if (extra < 3) {
                p.dns << QStringLiteral("%1%2.%3").arg(QLatin1String(pick(kServices, shape))).arg(i).arg(domain);
            } else if (extra == 3) {
                p.ips << QStringLiteral("10.%1.%2.%3").arg((i >> 16) & 0xff).arg((i >> 8) & 0xff).arg(i & 0xff);
            }
            p.created = start + i * step;
            p.notBefore = QDateTime::fromMSecsSinceEpoch(p.created / 1000 * 1000, Qt::UTC);
            p.notAfter = p.notBefore.addDays(m_options.validityDays);
            p.accountId = accountIds.at(int(shape() % quint64(accountIds.size())));
            p.builder.setSubjectCommonNames({host});
            p.builder.setPublicKey(spkis.at(int(i % spkis.size())));
            p.builder.setValidity(p.notBefore, p.notAfter);
            p.builder.setSerial(serial(rng));
            p.builder.setDnsNames(p.dns);
            p.builder.setIpAddresses(p.ips);
            p.builder.setExtendedKeyUsages({QStringLiteral("serverAuth"), QStringLiteral("clientAuth")});
            // Ids in time order, as Anvil makes them (RandomToken::timeOrdered), from the seed.
            p.orderId = RandomToken::timePrefix(p.created - 30000) + (hexId(rng) + hexId(rng)).left(35); // 43
            p.certId = CertificateId(RandomToken::timePrefix(p.created) + hexId(rng).left(16));
            for (const QString &n : p.dns) {
                p.identifiers << Identifier {QStringLiteral("dns"), n, {}, {}, {}};
            }
            for (const QString &n : p.ips) {
                p.identifiers << Identifier {QStringLiteral("ip"), n, {}, {}, {}};
            }
            for (Identifier &id : p.identifiers) {
                id.authzId = RandomToken::timePrefix(p.created - 20000) + hexId(rng).left(16);
                id.challengeId = RandomToken::timePrefix(p.created - 20000) + hexId(rng).left(16);
                id.token = hexId(rng) + hexId(rng).left(11);
            }
        }

        // Signing is nearly all of the CPU: one thread per core, each on its own share.
        for (int w = 0; w < workers; ++w) {
            pool.start([&plan, &cas, caId, w, workers]() {
                for (qsizetype k = w; k < plan.size(); k += workers) {
                    plan[k].signedCert = cas.sign(caId, plan[k].builder);
                }
            });
        }
        pool.waitForDone();

        Database::StatementScope scope(*db);
        qint64 revoked = 0;
        qint64 expired = 0;
        VoidResult r = db->transaction([&]() -> VoidResult {
            for (qint64 i = done; i < end; ++i) {
                const Planned &p = plan.at(i - done);
                if (!*p.signedCert) {
                    return p.signedCert->error();
                }
                const X509Certificate &cert = **p.signedCert;
                // The order that asked for it: one valid authorization and http-01 challenge per name.
                QJsonArray identifiers;
                QStringList authzIds;
                for (const Identifier &id : p.identifiers) {
                    identifiers.append(
                        QJsonObject {{QStringLiteral("type"), id.type}, {QStringLiteral("value"), id.value}});
                    AuthorizationRow a;
                    a.id = id.authzId;
                    a.accountId = p.accountId;
                    a.alias = summary.alias;
                    a.identifierType = id.type;
                    a.identifierValue = id.value;
                    a.status = QStringLiteral("valid");
                    a.expires = p.created + 30 * kDayMs;
                    a.createdAt = p.created - 20000;
                    a.updatedAt = p.created - 10000;
                    if (VoidResult v = orders.insertAuthorization(a); !v) {
                        return v;
                    }
                    ChallengeRow c;
                    c.id = id.challengeId;
                    c.authzId = a.id;
                    c.type = QStringLiteral("http-01");
                    c.token = id.token;
                    c.status = QStringLiteral("valid");
                    c.validatedAt = p.created - 10000;
                    c.createdAt = a.createdAt;
                    c.updatedAt = c.validatedAt;
                    if (VoidResult v = orders.insertChallenge(c); !v) {
                        return v;
                    }
                    authzIds << a.id;
                }
                OrderRow o;
                o.id = p.orderId;
                o.accountId = p.accountId;
                o.alias = summary.alias;
                o.status = QStringLiteral("valid");
                o.identifiers = QString::fromUtf8(QJsonDocument(identifiers).toJson(QJsonDocument::Compact));
                o.expires = p.created + 7 * kDayMs;
                o.certificateId = p.certId.value();
                o.profile = QStringLiteral("ACME_TLS");
                o.createdAt = p.created - 30000;
                o.updatedAt = p.created;
                if (VoidResult v = orders.insertOrder(o, authzIds); !v) {
                    return v;
                }

                CertificateRecord record;
                record.id = p.certId;
                record.serialHex = cert.serialHex();
                record.caId = caId;
                record.orderId = p.orderId;
                record.accountId = p.accountId;
                record.certificateProfile = QStringLiteral("ACME_TLS");
                record.subjectDn = cert.subjectDn();
                record.dnsNames = p.dns;
                record.ipAddresses = p.ips;
                record.der = cert.toDer();
                record.notBefore = p.notBefore;
                record.notAfter = p.notAfter;
                record.createdAt = QDateTime::fromMSecsSinceEpoch(p.created, Qt::UTC);
                if (m_options.revokedEvery > 0 && i % m_options.revokedEvery == m_options.revokedEvery / 2) {
                    record.status = QStringLiteral("revoked");
                    record.revokedAt = QDateTime::fromMSecsSinceEpoch(qMin(now, p.created + kDayMs), Qt::UTC);
                    record.revocationReason = kReasons[(i / m_options.revokedEvery) % std::size(kReasons)];
                    ++revoked;
                } else if (p.notAfter.toMSecsSinceEpoch() < now) {
                    ++expired;
                }
                if (VoidResult v = certificates.insert(record); !v) {
                    return v;
                }
            }
            return {};
        });
        if (!r) {
            return r.error();
        }
        summary.certificates += end - done;
        summary.orders += end - done;
        summary.revoked += revoked;
        summary.expired += expired;
        done = end;
        if (progress) {
            progress(done);
        }
    }
    summary.seconds = double(timer.elapsed()) / 1000;
    return summary;
}
