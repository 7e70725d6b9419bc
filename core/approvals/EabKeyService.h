// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/approvals/EabKey.h"
#include "core/crypto/MasterKey.h"
#include "core/storage/AuditLog.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

/** What `anvil eab create` and the console ask for a MAC key. */
struct NewSymmetricEabKey
{
    QString alias;
    /** Empty: base64url SHA-1 of the key (the reference's default). */
    QString keyIdentifier;
    QString label;
    QString macAlgorithm = QStringLiteral("HS256");
    /** Empty: 256 random bits. */
    QByteArray key;
    QDateTime expiresAt;
    bool singleUse = false;
    /** 'Encrypt Key': seal the key with the master key at rest. */
    bool encrypt = false;
};

/** An asymmetric binding: a public key or X.509 certificate whose private half signs "aks". */
struct NewAsymmetricEabKey
{
    QString alias;
    /** Empty: the fingerprint. */
    QString keyIdentifier;
    QString label;
    /** PEM or DER public key (SPKI) or X.509 certificate. */
    QByteArray publicKeyOrCertificate;
    /** Reference 'Use public key': keep only the public key of an uploaded certificate. */
    bool usePublicKey = true;
    /** Empty: derived from the key type (SHA256withECDSA, SHA256withRSA, Ed25519). */
    QString signatureAlgorithm;
    /** Empty: base64url SHA-256 of the DER public key or certificate. */
    QString fingerprint;
    QDateTime expiresAt;
    bool singleUse = false;
};

/** An EAB key just created: the MAC key is shown this once (empty for asymmetric keys). */
struct CreatedEabKey
{
    EabKey key;
    QByteArray macKey;
};

/** An account an EAB key bound. */
struct EabBoundAccount
{
    QString accountId;
    QString status;
    QDateTime createdAt;
};

/** What the newAccount check needs of one key. Secret: never log it. */
struct EabBindingMaterial
{
    EabKey key;
    /** Symmetric: the MAC key in clear. */
    QByteArray macKey;
    /** Asymmetric: DER SPKI or DER certificate. */
    QByteArray publicKeyDer;
};

/**
 * Per-alias External Account Binding keys. MAC keys are stored sealed with the master key when
 * 'Encrypt Key' is chosen (AAD "eab:<id>", so a blob can't move between rows); they leave this class
 * only at creation, through reveal() (audited) and to the newAccount check. Nothing here logs a key.
 * Every change is audited. Calls join the caller's transaction, if any.
 */
class EabKeyService
{
public:
    static constexpr int kGeneratedKeyBytes = 32;
    static constexpr int kMinKeyBytes = 16;
    static constexpr int kMaxKeyBytes = 1024;
    static constexpr int kMaxKeyIdentifier = 256;
    static constexpr int kMaxBase64UrlKey = 512;
    static constexpr int kMaxPublicKeyPem = 4096;

    EabKeyService(std::shared_ptr<Database> db, MasterKey masterKey, const Clock &clock);

    /** A pasted key: non-empty strict base64url of at most 512 characters. */
    static Result<QByteArray> keyFromBase64Url(const QString &text);
    /** An uploaded key: PEM (the block's base64 body), or DER / a raw byte sequence as is. */
    static Result<QByteArray> keyFromFile(const QByteArray &data);
    /** base64url(SHA-1(key)), the reference's generated key identifier. */
    static QString defaultKeyIdentifier(const QByteArray &key);
    /**
     * Ready-made certbot and lego command lines for a key, as the console and `anvil eab create`
     * hand them out. Values are joined to their options with '=': base64url text may begin with
     * '-', and certbot's argument parser takes "--eab-hmac-key -x…" for a missing value.
     */
    static QString certbotCommand(const QString &directoryUrl, const QString &keyIdentifier, const QString &macKey);
    static QString legoCommand(const QString &directoryUrl, const QString &keyIdentifier, const QString &macKey);
    /** Non-empty, at most 256 characters, base64url alphabet. */
    static VoidResult checkKeyIdentifier(const QString &keyIdentifier);

    Result<CreatedEabKey> createSymmetric(const NewSymmetricEabKey &spec, const QString &actor);
    Result<EabKey> createAsymmetric(const NewAsymmetricEabKey &spec, const QString &actor);

    /** Keys of an alias (every alias when empty), newest first, with their bound-account counts. */
    Result<QList<EabKey>> list(const QString &alias);
    /** NotFound when the alias has no key of that identifier. */
    Result<EabKey> find(const QString &alias, const QString &keyIdentifier);
    /** The MAC key of a symmetric binding, for an admin who asks explicitly (audited as eab.reveal). */
    Result<QByteArray> reveal(const QString &alias, const QString &keyIdentifier, const QString &actor);
    /** Revoked keys bind no new accounts; accounts already bound stay. Conflict when already revoked. */
    VoidResult revoke(const QString &alias, const QString &keyIdentifier, const QString &actor);
    Result<QList<EabBoundAccount>> boundAccounts(const QString &alias, const QString &keyIdentifier);

    /** The key and its secret for verifying a binding. NotFound when unknown. */
    Result<EabBindingMaterial> bindingMaterial(const QString &alias, const QString &keyIdentifier);
    /**
     * Records that the key bound an account; run it inside the newAccount transaction. Conflict
     * when a single-use key has been used already (the UPDATE claims it, so two concurrent
     * registrations can't both win).
     */
    VoidResult markUsed(const EabKey &key);

private:
    Result<EabKey> insert(EabKey key, const QByteArray &material, const QString &actor);

    std::shared_ptr<Database> m_db;
    MasterKey m_masterKey;
    const Clock &m_clock;
    AuditLog m_audit;
};
