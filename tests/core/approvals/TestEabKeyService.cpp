// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/approvals/EabKeyService.h"

#include "core/crypto/Crypto.h"
#include "core/jose/AccountKey.h"
#include "core/jose/Base64Url.h"
#include "tests/support/TestDatabases.h"

#include <QSqlQuery>
#include <QTest>

namespace {

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    for (const QString &b : TestDatabases::backends()) {
        QTest::newRow(qPrintable(b)) << b;
    }
}

} // namespace

class TestEabKeyService : public QObject
{
    Q_OBJECT

private slots:
    void clientCommandsJoinValuesToTheirOptions_data();
    void clientCommandsJoinValuesToTheirOptions();
    void generatedKeyAndIdentifier();
    void generatedKeyAndIdentifier_data() { addBackendRows(); }
    void encryptedKeyIsSealedAtRest();
    void encryptedKeyIsSealedAtRest_data() { addBackendRows(); }
    void revokeAndList();
    void revokeAndList_data() { addBackendRows(); }
    void singleUseIsClaimedOnce();
    void singleUseIsClaimedOnce_data() { addBackendRows(); }
    void asymmetricKey();
    void asymmetricKey_data() { addBackendRows(); }
    void keyInput_data();
    void keyInput();
    void keyIdentifierRules_data();
    void keyIdentifierRules();

private:
    MockClock m_clock;
};

void TestEabKeyService::generatedKeyAndIdentifier()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    EabKeyService service(db, MasterKey::generate(), m_clock);
    NewSymmetricEabKey spec;
    spec.alias = QStringLiteral("main");
    spec.label = QStringLiteral("team a");
    Result<CreatedEabKey> created = service.createSymmetric(spec, QStringLiteral("test"));
    QVERIFY(created.isOk());
    QCOMPARE(created->macKey.size(), 32);
    // Reference: the generated key identifier is base64url(SHA-1(key)).
    QCOMPARE(created->key.keyIdentifier, Base64Url::encodeToString(Crypto::sha1(created->macKey)));
    QCOMPARE(created->key.macAlgorithm, QStringLiteral("HS256"));
    Result<EabBindingMaterial> m = service.bindingMaterial(QStringLiteral("main"), created->key.keyIdentifier);
    QVERIFY(m.isOk());
    QCOMPARE(m->macKey, created->macKey);
    QCOMPARE(m->key.label, QStringLiteral("team a"));
    // Duplicate identifiers within an alias are refused; another alias may reuse it.
    spec.keyIdentifier = created->key.keyIdentifier;
    QCOMPARE(service.createSymmetric(spec, QStringLiteral("test")).error().code(), CoreError::Code::Conflict);
    spec.alias = QStringLiteral("other");
    QVERIFY(service.createSymmetric(spec, QStringLiteral("test")).isOk());
    // The audit log never holds the key.
    Result<QSqlQuery> q = db->exec(QStringLiteral("SELECT details FROM audit_log"));
    while (q->next()) {
        QVERIFY(!q->value(0).toString().contains(Base64Url::encodeToString(created->macKey)));
    }
}

void TestEabKeyService::encryptedKeyIsSealedAtRest()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    const MasterKey master = MasterKey::generate();
    EabKeyService service(db, master, m_clock);
    NewSymmetricEabKey spec;
    spec.alias = QStringLiteral("main");
    spec.encrypt = true;
    spec.key = QByteArray(24, 'k');
    spec.keyIdentifier = QStringLiteral("kid-1");
    Result<CreatedEabKey> created = service.createSymmetric(spec, QStringLiteral("test"));
    QVERIFY(created.isOk());
    Result<QSqlQuery> q = db->exec(QStringLiteral("SELECT key_material FROM eab_keys WHERE key_identifier = 'kid-1'"));
    QVERIFY(q && q->next());
    QVERIFY(!q->value(0).toByteArray().contains(spec.key));
    QCOMPARE(*service.reveal(QStringLiteral("main"), QStringLiteral("kid-1"), QStringLiteral("admin")), spec.key);
    // Another master key can't open it.
    EabKeyService wrong(db, MasterKey::generate(), m_clock);
    QCOMPARE(wrong.bindingMaterial(QStringLiteral("main"), QStringLiteral("kid-1")).error().code(),
             CoreError::Code::Internal);
}

void TestEabKeyService::revokeAndList()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    EabKeyService service(db, MasterKey::generate(), m_clock);
    NewSymmetricEabKey spec;
    spec.alias = QStringLiteral("main");
    spec.keyIdentifier = QStringLiteral("k1");
    spec.expiresAt = m_clock.now().addDays(1);
    QVERIFY(service.createSymmetric(spec, QStringLiteral("test")).isOk());
    spec.keyIdentifier = QStringLiteral("k2");
    spec.expiresAt = QDateTime();
    QVERIFY(service.createSymmetric(spec, QStringLiteral("test")).isOk());
    QCOMPARE(service.list(QStringLiteral("main"))->size(), 2);
    QCOMPARE(service.list(QStringLiteral("none"))->size(), 0);
    QVERIFY(service.revoke(QStringLiteral("main"), QStringLiteral("k1"), QStringLiteral("test")).isOk());
    QCOMPARE(service.revoke(QStringLiteral("main"), QStringLiteral("k1"), QStringLiteral("test")).error().code(),
             CoreError::Code::Conflict);
    QCOMPARE(service.find(QStringLiteral("main"), QStringLiteral("k1"))->state(m_clock.now()),
             QStringLiteral("revoked"));
    QCOMPARE(service.find(QStringLiteral("main"), QStringLiteral("k2"))->state(m_clock.now()),
             QStringLiteral("active"));
    QCOMPARE(service.revoke(QStringLiteral("main"), QStringLiteral("k3"), QStringLiteral("test")).error().code(),
             CoreError::Code::NotFound);
    // Expiry in the past is refused.
    spec.keyIdentifier = QStringLiteral("k4");
    spec.expiresAt = m_clock.now().addSecs(-1);
    QCOMPARE(service.createSymmetric(spec, QStringLiteral("test")).error().code(), CoreError::Code::Malformed);
}

void TestEabKeyService::singleUseIsClaimedOnce()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    EabKeyService service(db, MasterKey::generate(), m_clock);
    NewSymmetricEabKey spec;
    spec.alias = QStringLiteral("main");
    spec.singleUse = true;
    const EabKey key = service.createSymmetric(spec, QStringLiteral("test"))->key;
    QVERIFY(service.markUsed(key).isOk());
    QCOMPARE(service.markUsed(key).error().code(), CoreError::Code::Conflict);
    QCOMPARE(service.find(QStringLiteral("main"), key.keyIdentifier)->state(m_clock.now()), QStringLiteral("used"));
    spec.singleUse = false;
    const EabKey multi = service.createSymmetric(spec, QStringLiteral("test"))->key;
    QVERIFY(service.markUsed(multi).isOk());
    QVERIFY(service.markUsed(multi).isOk());
}

void TestEabKeyService::asymmetricKey()
{
    QFETCH(QString, backend);
    std::shared_ptr<Database> db = TestDatabases::fresh(backend);
    QVERIFY(db);
    EabKeyService service(db, MasterKey::generate(), m_clock);
    const AccountKey binding = *AccountKey::generate(QStringLiteral("EC:P-384"));
    NewAsymmetricEabKey spec;
    spec.alias = QStringLiteral("main");
    spec.publicKeyOrCertificate = binding.publicJwk().spkiDer();
    Result<EabKey> key = service.createAsymmetric(spec, QStringLiteral("test"));
    QVERIFY(key.isOk());
    QCOMPARE(key->signatureAlgorithm, QStringLiteral("SHA384withECDSA"));
    QCOMPARE(key->fingerprint, Base64Url::encodeToString(Crypto::sha256(binding.publicJwk().spkiDer())));
    QCOMPARE(key->keyIdentifier, key->fingerprint);
    QVERIFY(key->publicKeyPem.startsWith(QLatin1String("-----BEGIN PUBLIC KEY-----")));
    QCOMPARE(service.bindingMaterial(QStringLiteral("main"), key->keyIdentifier)->publicKeyDer,
             binding.publicJwk().spkiDer());
    QCOMPARE(service.reveal(QStringLiteral("main"), key->keyIdentifier, QStringLiteral("t")).error().code(),
             CoreError::Code::Malformed);
    spec.signatureAlgorithm = QStringLiteral("SHA256withRSA");
    spec.keyIdentifier = QStringLiteral("other");
    QCOMPARE(service.createAsymmetric(spec, QStringLiteral("test")).error().code(), CoreError::Code::Malformed);
}

void TestEabKeyService::keyInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("base64url");
    QTest::addColumn<QByteArray>("expected"); // empty: refused
    const QByteArray key = QByteArray::fromHex("00112233445566778899aabbccddeeff0011");
    QTest::newRow("pasted base64url") << Base64Url::encode(key) << true << key;
    QTest::newRow("pasted empty") << QByteArray() << true << QByteArray();
    QTest::newRow("pasted with padding") << QByteArray("AAE=") << true << QByteArray();
    QTest::newRow("pasted longer than 512") << QByteArray(513, 'A') << true << QByteArray();
    QTest::newRow("file raw bytes") << key << false << key;
    QTest::newRow("file PEM") << QByteArray("-----BEGIN AES KEY-----\n" + key.toBase64() + "\n-----END AES KEY-----\n")
                              << false << key;
    QTest::newRow("file empty") << QByteArray() << false << QByteArray();
}

void TestEabKeyService::keyInput()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, base64url);
    QFETCH(QByteArray, expected);
    Result<QByteArray> key
        = base64url ? EabKeyService::keyFromBase64Url(QString::fromLatin1(input)) : EabKeyService::keyFromFile(input);
    QCOMPARE(key.isOk(), !expected.isEmpty());
    if (key) {
        QCOMPARE(*key, expected);
    }
}

void TestEabKeyService::keyIdentifierRules_data()
{
    QTest::addColumn<QString>("kid");
    QTest::addColumn<bool>("ok");
    QTest::newRow("base64url") << "abc-DEF_123" << true;
    QTest::newRow("256 characters") << QString(256, QLatin1Char('a')) << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("257 characters") << QString(257, QLatin1Char('a')) << false;
    QTest::newRow("padding") << "abc=" << false;
    QTest::newRow("slash") << "a/b" << false;
}

void TestEabKeyService::keyIdentifierRules()
{
    QFETCH(QString, kid);
    QFETCH(bool, ok);
    QCOMPARE(EabKeyService::checkKeyIdentifier(kid).isOk(), ok);
}

void TestEabKeyService::clientCommandsJoinValuesToTheirOptions_data()
{
    QTest::addColumn<QString>("kid");
    QTest::addColumn<QString>("key");
    QTest::newRow("plain identifier and key") << QStringLiteral("kid-1") << QStringLiteral("0rYq0ETHikIpG_Rk");
    // base64url may begin with '-': certbot's argparse takes "--eab-hmac-key -kJZ" for a missing value.
    QTest::newRow("key beginning with '-'") << QStringLiteral("kid-1") << QStringLiteral("-kJZ77WBdUeE1gjV");
    QTest::newRow("identifier beginning with '-'") << QStringLiteral("-Vu41aUCL4y") << QStringLiteral("0rYq0ETHikIp");
}

void TestEabKeyService::clientCommandsJoinValuesToTheirOptions()
{
    QFETCH(QString, kid);
    QFETCH(QString, key);
    const QString dir = QStringLiteral("https://ca.example/acme/main/directory");
    const QStringList certbot = EabKeyService::certbotCommand(dir, kid, key).split(QLatin1Char(' '));
    const QStringList lego = EabKeyService::legoCommand(dir, kid, key).split(QLatin1Char(' '));
    QCOMPARE(certbot.first(), QStringLiteral("certbot"));
    QVERIFY(certbot.contains(QStringLiteral("--eab-kid=") + kid));
    QVERIFY(certbot.contains(QStringLiteral("--eab-hmac-key=") + key));
    QCOMPARE(lego.first(), QStringLiteral("lego"));
    QVERIFY(lego.contains(QStringLiteral("--kid=") + kid));
    QVERIFY(lego.contains(QStringLiteral("--hmac=") + key));
    for (const QStringList &line : {certbot, lego}) {
        QVERIFY(line.contains(dir));
        QVERIFY(!line.contains(key)); // never a word of its own, which a parser could take for an option
        QVERIFY(!line.contains(kid));
    }
}

QTEST_GUILESS_MAIN(TestEabKeyService)
#include "TestEabKeyService.moc"
