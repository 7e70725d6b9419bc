// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "core/storage/AccountRepository.h"
#include "core/storage/AuditLog.h"
#include "core/util/Clock.h"
#include "tests/support/TestDatabases.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/**
 * What a console test needs: a migrated in-memory database, a clock, the configuration store and
 * the admin services, with QSettings kept in a temporary folder so tests never touch the
 * developer's own console preferences.
 */
struct UiFixture
{
    UiFixture()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        QSettings::setDefaultFormat(QSettings::NativeFormat);
        QCoreApplication::setOrganizationName(QStringLiteral("anvil-tests"));
        QSettings().clear();
        db = TestDatabases::memory();
        config = std::make_unique<ConfigStore>(db, clock);
        admin = std::make_unique<AdminService>(db, config.get(), clock, QStringLiteral("admin:test"));
    }

    /** Inserts `n` accounts, one a minute apart, ids acct-0000... (newest = highest number). */
    void addAccounts(int n, const QString &alias = QStringLiteral("web"))
    {
        AccountRepository accounts(db);
        for (int i = 0; i < n; ++i) {
            AccountRow row;
            row.id = QStringLiteral("acct-%1").arg(i, 4, 10, QLatin1Char('0'));
            row.alias = alias;
            row.keyThumbprint = QStringLiteral("tp-%1").arg(i);
            row.jwk = QStringLiteral("{\"kty\":\"EC\",\"crv\":\"P-256\"}");
            row.status = QStringLiteral("valid");
            row.contact
                = QString::fromUtf8(QJsonDocument(QJsonArray {QStringLiteral("mailto:admin%1@example.com").arg(i)})
                                        .toJson(QJsonDocument::Compact));
            row.createdAt = clock.nowMs() + i * 60000;
            row.updatedAt = row.createdAt;
            QVERIFY(accounts.insert(row).isOk());
        }
    }

    void addAuditRecords(int n)
    {
        AuditLog log(db, clock);
        for (int i = 0; i < n; ++i) {
            QVERIFY(log.append(QStringLiteral("admin:test"), QStringLiteral("test.action"),
                               QStringLiteral("object-%1").arg(i), QStringLiteral("details %1").arg(i))
                        .isOk());
        }
    }

    QTemporaryDir settingsDir;
    MockClock clock;
    std::shared_ptr<Database> db;
    std::unique_ptr<ConfigStore> config;
    std::unique_ptr<AdminService> admin;
};
