// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/admin/AdminService.h"
#include "core/config/ConfigStore.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "tests/support/TestDatabases.h"

#include <QTest>

/** The governance services the console reaches through AdminService. */
class TestAdminService : public QObject
{
    Q_OBJECT

private slots:
    void encryptedEabKeyNeedsTheServersMasterKey()
    {
        std::shared_ptr<Database> db = TestDatabases::memory();
        MockClock clock;
        ConfigStore config(db, clock);
        QVERIFY(config.addAlias(AliasConfig::withDefaults(QStringLiteral("main")), QStringLiteral("test")).isOk());
        AdminService admin(db, &config, clock, QStringLiteral("admin:test"));
        NewSymmetricEabKey spec;
        spec.alias = QStringLiteral("main");
        spec.encrypt = true;

        // Without the master key, 'Encrypt Key' can't be honoured: refused, not stored in clear.
        QVERIFY(!admin.eabKeys().createSymmetric(spec, QStringLiteral("admin:test")).isOk());

        // With it, the server's own service (same master key) reads the key the console made.
        const MasterKey master = MasterKey::generate();
        admin.setMasterKey(master);
        Result<CreatedEabKey> created = admin.eabKeys().createSymmetric(spec, QStringLiteral("admin:test"));
        QVERIFY(created.isOk());
        QVERIFY(created->key.encrypted);
        EabKeyService server(db, master, clock);
        Result<EabBindingMaterial> material
            = server.bindingMaterial(QStringLiteral("main"), created->key.keyIdentifier);
        QVERIFY(material.isOk());
        QCOMPARE(material->macKey, created->macKey);
    }

    void approvalsAreTheSharedQueue()
    {
        std::shared_ptr<Database> db = TestDatabases::memory();
        MockClock clock;
        ConfigStore config(db, clock);
        AdminService admin(db, &config, clock, QStringLiteral("admin:test"));
        ApprovalService server(db, clock);
        Result<ApprovalOutcome> made
            = server.request(ApprovalRequest::Kind::Registration, QStringLiteral("main"), QStringLiteral("thumb"),
                             QString(), QStringLiteral("{}"), Duration::fromSeconds(3600));
        QVERIFY(made.isOk());
        Result<QList<ApprovalRequest>> pending = admin.approvals().list(true);
        QVERIFY(pending.isOk());
        QCOMPARE(pending->size(), 1);
        QVERIFY(admin.approvals().approve(made->request.id, admin.actor(), QStringLiteral("ok")).isOk());
        QCOMPARE(server.find(made->request.id)->status, ApprovalRequest::Status::Approved);
        QCOMPARE(server.find(made->request.id)->decidedBy, QStringLiteral("admin:test"));
    }
};

QTEST_MAIN(TestAdminService)
#include "TestAdminService.moc"
