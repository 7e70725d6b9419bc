// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/util/Result.h"

#include <QString>

#include <functional>

class AppEnvironment;

/**
 * Fills an Anvil database with ACME accounts (real EC P-256 JWKs) and, for each certificate, the
 * order that asked for it (one authorization, one valid http-01 challenge) and the certificate
 * itself: real DER signed by a CA of that database, with realistic subjects, SANs, serials and
 * validity, some expired and some revoked. Inserts go through the project's own repositories in
 * large transactions. Names, serials, which certificates are revoked and expired, and how many of
 * each, follow from `seed` alone; times are relative to now.
 */
class Seeder
{
public:
    struct Options
    {
        qint64 certificates = 0;
        qint64 accounts = 100;
        /** CA name or id; empty: the issuing CA of the default end entity profile, else any CA with a key. */
        QString ca;
        /** Empty: the default ACME alias (or "default"). */
        QString alias;
        quint64 seed = 1;
        /** Certificates per transaction. */
        int batch = 10000;
        /** One certificate in `revokedEvery` is revoked (0: none). */
        int revokedEvery = 20;
        /** Certificates are spread over this many days before now; those older than their validity are expired. */
        int spreadDays = 120;
        int validityDays = 90;
        /** Subject keys are drawn from a pool of this size (key generation would dominate otherwise). */
        int keyPool = 32;
    };

    struct Summary
    {
        qint64 accounts = 0;
        qint64 orders = 0;
        qint64 certificates = 0;
        qint64 revoked = 0;
        qint64 expired = 0;
        QString caName;
        QString alias;
        double seconds = 0;
    };

    Seeder(AppEnvironment &env, const Options &options);

    /** `progress(certificatesDone)` is called after each transaction. */
    Result<Summary> run(const std::function<void(qint64)> &progress = {});

private:
    AppEnvironment &m_env;
    Options m_options;
};
