// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EabKeyCreatedDialog.h"
#include "ui/EabKeyDialog.h"
#include "ui/EabKeyModel.h"
#include "ui/EabKeysPage.h"

#include "core/crypto/PrivateKey.h"
#include "tests/ui/GovernanceUiFixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryFile>
#include <QTextBrowser>
#include <QToolButton>

class TestEabKeysPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<GovernanceUiFixture> f;
    std::unique_ptr<EabKeysPage> page;

    EabKeyDialog *openNewKeyDialog()
    {
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newEabKey")), Qt::LeftButton);
        EabKeyDialog *dialog = page->newKeyDialog();
        [&]() { QVERIFY(dialog && dialog->isVisible()); }();
        return dialog;
    }

    QPushButton *okButton(EabKeyDialog *dialog)
    {
        return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    }

    /** Accepts the dialog and waits for the key to be created; returns its identifier. */
    QString createThrough(EabKeyDialog *dialog)
    {
        QSignalSpy created(page.get(), &EabKeysPage::keyCreated);
        QSignalSpy loaded(page.get(), &EabKeysPage::keysLoaded);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        if (!created.wait() || (loaded.isEmpty() && !loaded.wait())) {
            return {};
        }
        return created.first().first().toString();
    }

private slots:
    void init()
    {
        f = std::make_unique<GovernanceUiFixture>([](AliasConfig &a) { a.requireExternalAccountBinding = true; });
        page = std::make_unique<EabKeysPage>(f->admin.get());
        new QAbstractItemModelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, page.get());
        page->show();
        QSignalSpy loaded(page.get(), &EabKeysPage::keysLoaded);
        page->activate();
        QVERIFY(loaded.wait());
        QCOMPARE(page->currentAlias(), QStringLiteral("main"));
    }

    void cleanup()
    {
        page.reset();
        f.reset();
    }

    void generatedKeyIsShownOnceAndBindsAnAccount()
    {
        EabKeyDialog *dialog = openNewKeyDialog();
        QVERIFY(dialog->findChild<QRadioButton *>(QStringLiteral("sourceGenerate"))->isChecked());
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("label")), QStringLiteral("team web"));
        QVERIFY(okButton(dialog)->isEnabled());
        const QString kid = createThrough(dialog);
        QVERIFY(!kid.isEmpty());

        EabKeyCreatedDialog *shown = page->createdDialog();
        QVERIFY(shown && shown->isVisible());
        QCOMPARE(shown->keyIdentifier(), kid);
        const QByteArray key = QByteArray::fromBase64(shown->macKey().toLatin1(), QByteArray::Base64UrlEncoding);
        QCOMPARE(key.size(), 32); // 256 bits
        // The service's default identifier: base64url(SHA-1(key)).
        QCOMPARE(kid, EabKeyService::defaultKeyIdentifier(key));
        const QString directory = page->directoryUrl();
        QVERIFY2(directory.endsWith(QLatin1String("/acme/main/directory")), qPrintable(directory));
        QVERIFY(shown->certbotCommand().contains(
            QStringLiteral("--server %1 --eab-kid=%2 --eab-hmac-key=%3").arg(directory, kid, shown->macKey())));
        QVERIFY(shown->legoCommand().contains(
            QStringLiteral("--server %1 --eab --kid=%2 --hmac=%3").arg(directory, kid, shown->macKey())));
        QTest::mouseClick(shown->findChild<QToolButton *>(QStringLiteral("copyMacKey")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), shown->macKey());
        QTest::mouseClick(shown->findChild<QToolButton *>(QStringLiteral("copyKeyIdentifier")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), kid);

        QCOMPARE(page->model()->rowCount(), 1);
        const EabKey listed = page->model()->keyAt(0);
        QCOMPARE(listed.label, QStringLiteral("team web"));
        QVERIFY(listed.encrypted); // 'Encrypt Key' is on by default
        QCOMPARE(page->model()->data(page->model()->index(0, int(EabKeyModel::Column::State))).toString(),
                 EabKeyModel::stateText(QStringLiteral("active")));

        // The key from the dialog registers an account with the engine, and the page lists it.
        TestClient client(f->h, QStringLiteral("/acme/main/directory"));
        QVERIFY(client.fetchDirectory());
        const QJsonObject binding
            = *JwsSigner::eab(kid, key, QStringLiteral("HS256"), client.url("newAccount"), client.key.publicJwk());
        AcmeResponse r = client.newAccount(
            {{QStringLiteral("termsOfServiceAgreed"), true}, {QStringLiteral("externalAccountBinding"), binding}});
        QCOMPARE(r.status, 201);
        QSignalSpy loaded(page.get(), &EabKeysPage::keysLoaded);
        page->refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(page->model()->keyAt(0).boundAccounts, 1);
        page->findChild<QTableView *>(QStringLiteral("eabKeys"))->selectRow(0);
        const QString accountId = client.accountUrl.section(QLatin1Char('/'), -1);
        QTRY_VERIFY(
            page->findChild<QTextBrowser *>(QStringLiteral("eabKeyDetails"))->toPlainText().contains(accountId));
    }

    void keyIdentifierIsCheckedAsTyped_data()
    {
        QTest::addColumn<QString>("kid");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty: the default") << QString() << true;
        QTest::newRow("base64url") << QStringLiteral("team-web_01") << true;
        QTest::newRow("space") << QStringLiteral("team web") << false;
        QTest::newRow("plus") << QStringLiteral("a+b") << false;
        QTest::newRow("256 characters") << QString(256, QLatin1Char('k')) << true;
    }

    void keyIdentifierIsCheckedAsTyped()
    {
        QFETCH(QString, kid);
        QFETCH(bool, accepted);
        EabKeyDialog *dialog = openNewKeyDialog();
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("keyIdentifier"));
        QTest::keyClicks(field, kid);
        QCOMPARE(okButton(dialog)->isEnabled(), accepted);
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("problem"))->isVisibleTo(dialog), !accepted);
        // The field itself stops at 256 characters.
        QTest::keyClicks(field, QStringLiteral("x"));
        QVERIFY(field->text().size() <= EabKeyService::kMaxKeyIdentifier);
        dialog->reject();
    }

    void pastedKeyWithOwnIdentifierIsStored_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<bool>("accepted");
        const QByteArray key(32, '\x42');
        QTest::newRow("base64url 32 bytes")
            << QString::fromLatin1(key.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
            << true;
        QTest::newRow("standard base64 with +/") << QStringLiteral("+/+/+/+/+/+/+/+/+/+/+/+/") << false;
        QTest::newRow("too short") << QStringLiteral("QUJD") << false;
    }

    void pastedKeyWithOwnIdentifierIsStored()
    {
        QFETCH(QString, pasted);
        QFETCH(bool, accepted);
        EabKeyDialog *dialog = openNewKeyDialog();
        dialog->findChild<QRadioButton *>(QStringLiteral("sourcePaste"))->click();
        QVERIFY(!okButton(dialog)->isEnabled()); // nothing pasted yet
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("pastedKey")), pasted);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("keyIdentifier")), QStringLiteral("pasted-1"));
        dialog->findChild<QCheckBox *>(QStringLiteral("singleUse"))->setChecked(true);
        QCOMPARE(okButton(dialog)->isEnabled(), accepted);
        if (!accepted) {
            dialog->reject();
            return;
        }
        QCOMPARE(createThrough(dialog), QStringLiteral("pasted-1"));
        Result<QByteArray> stored
            = f->admin->eabKeys().reveal(QStringLiteral("main"), QStringLiteral("pasted-1"), QStringLiteral("test"));
        QVERIFY(stored.isOk());
        QCOMPARE(*stored, *EabKeyService::keyFromBase64Url(pasted));
        QVERIFY(page->model()->keyAt(0).singleUse);
        QCOMPARE(page->createdDialog()->macKey(), pasted);
    }

    void uploadedPemKeyIsStored()
    {
        const QByteArray key(48, '\x17');
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("-----BEGIN PRIVATE KEY-----\n" + key.toBase64() + "\n-----END PRIVATE KEY-----\n");
        file.close();
        EabKeyDialog *dialog = openNewKeyDialog();
        dialog->setSource(EabKeyDialog::Source::File);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog->loadFile(file.fileName()));
        QVERIFY(okButton(dialog)->isEnabled());
        const QString kid = createThrough(dialog);
        QCOMPARE(kid, EabKeyService::defaultKeyIdentifier(key));
        QCOMPARE(*f->admin->eabKeys().reveal(QStringLiteral("main"), kid, QStringLiteral("test")), key);
    }

    void revokedKeyShowsRevokedAndBindsNoAccount()
    {
        NewSymmetricEabKey spec;
        spec.alias = QStringLiteral("main");
        spec.keyIdentifier = QStringLiteral("to-revoke");
        const CreatedEabKey created = *f->admin->eabKeys().createSymmetric(spec, QStringLiteral("test"));
        QSignalSpy loaded(page.get(), &EabKeysPage::keysLoaded);
        page->refresh();
        QVERIFY(loaded.wait());
        auto *table = page->findChild<QTableView *>(QStringLiteral("eabKeys"));
        table->selectRow(page->model()->rowOf(QStringLiteral("to-revoke")));
        auto *revoke = page->findChild<QPushButton *>(QStringLiteral("revokeEabKey"));
        QVERIFY(revoke->isEnabled());
        QSignalSpy done(page.get(), &EabKeysPage::actionFinished);
        page->revokeSelected(false);
        QVERIFY(done.wait());
        QCOMPARE(done.first().first().toBool(), true);
        QTRY_VERIFY(page->model()->rowCount() == 1 && page->model()->keyAt(0).isRevoked());
        QCOMPARE(page->model()->data(page->model()->index(0, int(EabKeyModel::Column::State))).toString(),
                 EabKeyModel::stateText(QStringLiteral("revoked")));
        QTRY_VERIFY(!revoke->isEnabled());

        TestClient client(f->h, QStringLiteral("/acme/main/directory"));
        QVERIFY(client.fetchDirectory());
        const QJsonObject binding
            = *JwsSigner::eab(QStringLiteral("to-revoke"), created.macKey, QStringLiteral("HS256"),
                              client.url("newAccount"), client.key.publicJwk());
        AcmeResponse r = client.newAccount(
            {{QStringLiteral("termsOfServiceAgreed"), true}, {QStringLiteral("externalAccountBinding"), binding}});
        QVERIFY(r.status >= 400);
    }

    void shownAgainOnlyWhenAskedAndAudited()
    {
        NewSymmetricEabKey spec;
        spec.alias = QStringLiteral("main");
        spec.keyIdentifier = QStringLiteral("ask-me");
        spec.encrypt = true;
        const CreatedEabKey created = *f->admin->eabKeys().createSymmetric(spec, QStringLiteral("test"));
        QSignalSpy loaded(page.get(), &EabKeysPage::keysLoaded);
        page->refresh();
        QVERIFY(loaded.wait());
        QVERIFY(!page->createdDialog());
        page->findChild<QTableView *>(QStringLiteral("eabKeys"))->selectRow(0);
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("revealEabKey"))->isEnabled());
        QSignalSpy done(page.get(), &EabKeysPage::actionFinished);
        page->revealSelected(false);
        QVERIFY(done.wait());
        QVERIFY(page->createdDialog());
        QCOMPARE(QByteArray::fromBase64(page->createdDialog()->macKey().toLatin1(), QByteArray::Base64UrlEncoding),
                 created.macKey);
        Result<Page<AuditRecord>> audit = f->admin->audit().list(QStringLiteral("eab.reveal"), nullptr, 10);
        QVERIFY(audit.isOk());
        QCOMPARE(audit->rows.size(), 1);
        QCOMPARE(audit->rows.first().actor, QStringLiteral("admin:test"));
        QVERIFY(!audit->rows.first().details.contains(page->createdDialog()->macKey()));
    }

    void asymmetricKeyFromPublicKeyFile()
    {
        Result<PrivateKey> signer = PrivateKey::generate(QStringLiteral("EC:P-256"));
        QVERIFY(signer.isOk());
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(signer->publicKeyDer());
        file.close();
        EabKeyDialog *dialog = openNewKeyDialog();
        dialog->findChild<QRadioButton *>(QStringLiteral("sourcePublicKey"))->click();
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("encrypt"))->isEnabled());
        QVERIFY(dialog->loadFile(file.fileName()));
        QVERIFY(dialog->isAsymmetric());
        QVERIFY(okButton(dialog)->isEnabled());
        const QString kid = createThrough(dialog);
        QVERIFY(!kid.isEmpty());
        QVERIFY(!page->createdDialog()); // nothing secret to show
        const EabKey key = page->model()->keyAt(page->model()->rowOf(kid));
        QCOMPARE(key.type, EabKey::Type::Asymmetric);
        QVERIFY(!key.fingerprint.isEmpty());
        QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("revealEabKey"))->isEnabled());
    }

    void aliasSelectorListsKeysOfThatAliasOnly()
    {
        f->h.addAlias(QStringLiteral("other"));
        NewSymmetricEabKey spec;
        spec.alias = QStringLiteral("other");
        spec.keyIdentifier = QStringLiteral("other-key");
        QVERIFY(f->admin->eabKeys().createSymmetric(spec, QStringLiteral("test")).isOk());
        QSignalSpy loaded(page.get(), &EabKeysPage::keysLoaded);
        page->refresh();
        QVERIFY(loaded.wait());
        QCOMPARE(page->model()->rowCount(), 0);
        loaded.clear();
        page->selectAlias(QStringLiteral("other"));
        QVERIFY(loaded.wait());
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->keyAt(0).keyIdentifier, QStringLiteral("other-key"));
        QVERIFY(page->directoryUrl().endsWith(QLatin1String("/acme/other/directory")));
    }
};

QTEST_MAIN(TestEabKeysPage)
#include "TestEabKeysPage.moc"
