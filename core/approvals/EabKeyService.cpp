// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/approvals/EabKeyService.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/X509Certificate.h"
#include "core/jose/Base64Url.h"
#include "core/jose/EabVerifier.h"
#include "core/jose/Jwk.h"
#include "core/storage/AcmeRows.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace {

const QString kColumns = QStringLiteral(
    "k.id, k.alias, k.key_identifier, k.label, k.type, k.mac_algorithm, k.encrypted, k.public_key_pem, "
    "k.fingerprint, k.signature_algorithm, k.expires_at, k.single_use, k.revoked_at, k.used_at, k.created_at, "
    "(SELECT count(*) FROM accounts a WHERE a.alias = k.alias AND a.eab_key_id = k.key_identifier)");

QDateTime timeOrNull(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant msOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant();
}

EabKey fromQuery(const QSqlQuery &q)
{
    EabKey k;
    k.id = EabKeyId(q.value(0).toString());
    k.alias = q.value(1).toString();
    k.keyIdentifier = q.value(2).toString();
    k.label = q.value(3).toString();
    k.type = q.value(4).toString() == QLatin1String("asymmetric") ? EabKey::Type::Asymmetric : EabKey::Type::Symmetric;
    k.macAlgorithm = q.value(5).toString();
    k.encrypted = q.value(6).toLongLong() != 0;
    k.publicKeyPem = q.value(7).toString();
    k.fingerprint = q.value(8).toString();
    k.signatureAlgorithm = q.value(9).toString();
    k.expiresAt = timeOrNull(q.value(10));
    k.singleUse = q.value(11).toLongLong() != 0;
    k.revokedAt = timeOrNull(q.value(12));
    k.usedAt = timeOrNull(q.value(13));
    k.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(14).toLongLong(), Qt::UTC);
    k.boundAccounts = q.value(15).toLongLong();
    return k;
}

bool isBase64UrlText(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return re.match(s).hasMatch();
}

QByteArray sealAad(const EabKeyId &id)
{
    return "eab:" + id.value().toUtf8();
}

/** The base64 body of the first PEM block, or an empty array when `data` is no PEM. */
QByteArray pemBody(const QByteArray &data, QByteArray *label)
{
    const int begin = data.indexOf("-----BEGIN ");
    if (begin < 0) {
        return {};
    }
    const int labelEnd = data.indexOf("-----", begin + 11);
    const int bodyStart = data.indexOf('\n', labelEnd);
    const int end = data.indexOf("-----END ", begin);
    if (labelEnd < 0 || bodyStart < 0 || end < bodyStart) {
        return {};
    }
    if (label) {
        *label = data.mid(begin + 11, labelEnd - begin - 11);
    }
    QByteArray body = data.mid(bodyStart, end - bodyStart);
    body.replace('\r', "").replace('\n', "").replace(' ', "");
    return QByteArray::fromBase64(body);
}

QByteArray toPem(const QByteArray &der, const char *label)
{
    QByteArray out = QByteArray("-----BEGIN ") + label + "-----\n";
    const QByteArray b64 = der.toBase64();
    for (int i = 0; i < b64.size(); i += 64) {
        out += b64.mid(i, 64) + '\n';
    }
    return out + "-----END " + label + "-----\n";
}

QString defaultSignatureAlgorithm(const Jwk &key)
{
    if (key.keyType() == QLatin1String("RSA")) {
        return QStringLiteral("SHA256withRSA");
    }
    if (key.keyType() == QLatin1String("OKP")) {
        return QStringLiteral("Ed25519");
    }
    if (key.curve() == QLatin1String("P-384")) {
        return QStringLiteral("SHA384withECDSA");
    }
    if (key.curve() == QLatin1String("P-521")) {
        return QStringLiteral("SHA512withECDSA");
    }
    return QStringLiteral("SHA256withECDSA");
}

bool signatureAlgorithmFits(const QString &alg, const Jwk &key)
{
    static const QStringList rsa {QStringLiteral("SHA256withRSA"), QStringLiteral("SHA384withRSA"),
                                  QStringLiteral("SHA512withRSA")};
    static const QStringList ec {QStringLiteral("SHA256withECDSA"), QStringLiteral("SHA384withECDSA"),
                                 QStringLiteral("SHA512withECDSA")};
    if (key.keyType() == QLatin1String("RSA")) {
        return rsa.contains(alg);
    }
    if (key.keyType() == QLatin1String("EC")) {
        return ec.contains(alg);
    }
    return alg == QLatin1String("Ed25519");
}

CoreError notFound(const QString &alias, const QString &kid)
{
    return CoreError(CoreError::Code::NotFound,
                     QStringLiteral("Alias '%1' has no EAB key '%2'").arg(alias, kid.left(256)));
}

} // namespace

EabKeyService::EabKeyService(std::shared_ptr<Database> db, MasterKey masterKey, const Clock &clock)
    : m_db(std::move(db))
    , m_masterKey(std::move(masterKey))
    , m_clock(clock)
    , m_audit(m_db, clock)
{
}

QString EabKeyService::certbotCommand(const QString &directoryUrl, const QString &keyIdentifier, const QString &macKey)
{
    return QStringLiteral("certbot certonly --server %1 --eab-kid=%2 --eab-hmac-key=%3 "
                          "--agree-tos -m admin@example.com -d example.com")
        .arg(directoryUrl, keyIdentifier, macKey);
}

QString EabKeyService::legoCommand(const QString &directoryUrl, const QString &keyIdentifier, const QString &macKey)
{
    return QStringLiteral("lego --server %1 --eab --kid=%2 --hmac=%3 "
                          "--accept-tos --email admin@example.com --domains example.com --http run")
        .arg(directoryUrl, keyIdentifier, macKey);
}

Result<QByteArray> EabKeyService::keyFromBase64Url(const QString &text)
{
    if (text.isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("The EAB key must not be empty"));
    }
    if (text.size() > kMaxBase64UrlKey) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("The EAB key is longer than %1 base64url characters").arg(kMaxBase64UrlKey));
    }
    Result<QByteArray> key = Base64Url::decode(QStringView(text));
    if (!key) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("The EAB key is not base64url (RFC 4648 §5)"));
    }
    return key;
}

Result<QByteArray> EabKeyService::keyFromFile(const QByteArray &data)
{
    QByteArray key = pemBody(data, nullptr);
    if (key.isEmpty()) {
        key = data; // DER of a symmetric key, or a plain byte sequence (e.g. `openssl rand 192`)
    }
    if (key.isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("The EAB key file is empty"));
    }
    if (key.size() > kMaxKeyBytes) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("The EAB key file holds more than %1 bytes").arg(kMaxKeyBytes));
    }
    return key;
}

QString EabKeyService::defaultKeyIdentifier(const QByteArray &key)
{
    return Base64Url::encodeToString(Crypto::sha1(key));
}

VoidResult EabKeyService::checkKeyIdentifier(const QString &keyIdentifier)
{
    if (keyIdentifier.isEmpty() || keyIdentifier.size() > kMaxKeyIdentifier || !isBase64UrlText(keyIdentifier)) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("An EAB key identifier is 1 to %1 base64url characters ([A-Za-z0-9_-])")
                             .arg(kMaxKeyIdentifier));
    }
    return {};
}

Result<CreatedEabKey> EabKeyService::createSymmetric(const NewSymmetricEabKey &spec, const QString &actor)
{
    if (!EabVerifier::macAlgorithms().contains(spec.macAlgorithm)) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("The MAC algorithm must be one of %1")
                             .arg(EabVerifier::macAlgorithms().join(QStringLiteral(", "))));
    }
    const QByteArray secret = spec.key.isEmpty() ? Crypto::randomBytes(kGeneratedKeyBytes) : spec.key;
    // RFC 7518 §3.2 asks for a key as long as the hash; we insist on 128 bits at least.
    if (secret.size() < kMinKeyBytes || secret.size() > kMaxKeyBytes) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("An EAB MAC key has %1 to %2 bytes").arg(kMinKeyBytes).arg(kMaxKeyBytes));
    }
    if (spec.encrypt && m_masterKey.isNull()) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("No master key to encrypt the EAB key with"));
    }
    EabKey key;
    key.id = EabKeyId(Crypto::randomId(12));
    key.alias = spec.alias;
    key.keyIdentifier = spec.keyIdentifier.isEmpty() ? defaultKeyIdentifier(secret) : spec.keyIdentifier;
    key.label = spec.label;
    key.type = EabKey::Type::Symmetric;
    key.macAlgorithm = spec.macAlgorithm;
    key.encrypted = spec.encrypt;
    key.expiresAt = spec.expiresAt;
    key.singleUse = spec.singleUse;
    QByteArray material = secret;
    if (spec.encrypt) {
        Result<QByteArray> sealed = m_masterKey.seal(secret, sealAad(key.id));
        if (!sealed) {
            return sealed.error();
        }
        material = *sealed;
    }
    Result<EabKey> stored = insert(key, material, actor);
    if (!stored) {
        return stored.error();
    }
    return CreatedEabKey {*stored, secret};
}

Result<EabKey> EabKeyService::createAsymmetric(const NewAsymmetricEabKey &spec, const QString &actor)
{
    const QByteArray &data = spec.publicKeyOrCertificate;
    if (data.isEmpty() || data.size() > kMaxPublicKeyPem * 2) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Upload a PEM or DER public key or certificate"));
    }
    QByteArray label;
    QByteArray der = pemBody(data, &label);
    if (der.isEmpty()) {
        der = data;
    }
    X509Certificate certificate;
    QByteArray spki;
    if (Result<X509Certificate> c = X509Certificate::fromDer(der); c) {
        certificate = *c;
        spki = certificate.publicKeyDer();
    } else if (label.isEmpty() || label == "PUBLIC KEY") {
        spki = der;
    } else {
        return CoreError(
            CoreError::Code::Malformed,
            QStringLiteral("'%1' is neither a certificate nor a public key").arg(QString::fromLatin1(label)));
    }
    Result<Jwk> publicKey = Jwk::fromSpkiDer(spki);
    if (!publicKey) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Unusable EAB public key: %1").arg(publicKey.error().detail()));
    }
    const bool keepCertificate = !certificate.isNull() && !spec.usePublicKey;
    const QByteArray storedDer = keepCertificate ? certificate.toDer() : spki;
    EabKey key;
    key.id = EabKeyId(Crypto::randomId(12));
    key.alias = spec.alias;
    key.label = spec.label;
    key.type = EabKey::Type::Asymmetric;
    key.publicKeyPem
        = QString::fromLatin1(keepCertificate ? toPem(storedDer, "CERTIFICATE") : toPem(spki, "PUBLIC KEY"));
    if (key.publicKeyPem.size() > kMaxPublicKeyPem) {
        return CoreError(
            CoreError::Code::Malformed,
            QStringLiteral("The PEM public key or certificate exceeds %1 characters").arg(kMaxPublicKeyPem));
    }
    key.signatureAlgorithm
        = spec.signatureAlgorithm.isEmpty() ? defaultSignatureAlgorithm(*publicKey) : spec.signatureAlgorithm;
    if (!signatureAlgorithmFits(key.signatureAlgorithm, *publicKey)) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("Signature algorithm %1 does not fit a %2 key")
                             .arg(key.signatureAlgorithm, publicKey->keyType()));
    }
    key.fingerprint
        = spec.fingerprint.isEmpty() ? Base64Url::encodeToString(Crypto::sha256(storedDer)) : spec.fingerprint;
    if (VoidResult f = checkKeyIdentifier(key.fingerprint); !f) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("The fingerprint is 1 to %1 base64url characters").arg(kMaxKeyIdentifier));
    }
    key.keyIdentifier = spec.keyIdentifier.isEmpty() ? key.fingerprint : spec.keyIdentifier;
    key.expiresAt = spec.expiresAt;
    key.singleUse = spec.singleUse;
    return insert(key, QByteArray(), actor);
}

Result<EabKey> EabKeyService::insert(EabKey key, const QByteArray &material, const QString &actor)
{
    if (VoidResult k = checkKeyIdentifier(key.keyIdentifier); !k) {
        return k.error();
    }
    if (key.alias.isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("An EAB key belongs to an alias"));
    }
    key.createdAt = m_clock.now();
    if (key.expiresAt.isValid() && key.expiresAt <= key.createdAt) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("The expiry lies in the past"));
    }
    VoidResult r = m_db->transaction([&]() -> VoidResult {
        Result<QSqlQuery> q = m_db->exec(
            QStringLiteral("INSERT INTO eab_keys (id, alias, key_identifier, label, type, mac_algorithm, key_material, "
                           "encrypted, public_key_pem, fingerprint, signature_algorithm, expires_at, single_use, "
                           "created_at) VALUES (:id, :alias, :kid, :label, :type, :mac, :material, :enc, :pem, :cf, "
                           ":sig, :exp, :single, :t)"),
            {{QStringLiteral("id"), key.id.value()},
             {QStringLiteral("alias"), key.alias},
             {QStringLiteral("kid"), key.keyIdentifier},
             {QStringLiteral("label"), key.label},
             {QStringLiteral("type"), EabKey::typeName(key.type)},
             {QStringLiteral("mac"), nullIfEmpty(key.macAlgorithm)},
             {QStringLiteral("material"), material.isEmpty() ? QVariant() : QVariant(material)},
             {QStringLiteral("enc"), key.encrypted ? 1 : 0},
             {QStringLiteral("pem"), nullIfEmpty(key.publicKeyPem)},
             {QStringLiteral("cf"), nullIfEmpty(key.fingerprint)},
             {QStringLiteral("sig"), nullIfEmpty(key.signatureAlgorithm)},
             {QStringLiteral("exp"), msOrNull(key.expiresAt)},
             {QStringLiteral("single"), key.singleUse ? 1 : 0},
             {QStringLiteral("t"), key.createdAt.toMSecsSinceEpoch()}});
        if (!q) {
            if (q.error().code() == CoreError::Code::Conflict) {
                return CoreError(
                    CoreError::Code::Conflict,
                    QStringLiteral("Alias '%1' already has an EAB key '%2'").arg(key.alias, key.keyIdentifier));
            }
            return q.error();
        }
        // Never the key itself (STYLE.md: audit details hold no secret).
        return m_audit.append(
            actor, QStringLiteral("eab.create"), key.alias + QLatin1Char('/') + key.keyIdentifier,
            QStringLiteral("type=%1 alg=%2 encrypted=%3 singleUse=%4 expires=%5 label=%6")
                .arg(EabKey::typeName(key.type),
                     key.type == EabKey::Type::Symmetric ? key.macAlgorithm : key.signatureAlgorithm,
                     key.encrypted ? QStringLiteral("yes") : QStringLiteral("no"),
                     key.singleUse ? QStringLiteral("yes") : QStringLiteral("no"),
                     key.expiresAt.isValid() ? key.expiresAt.toString(Qt::ISODate) : QStringLiteral("never"),
                     key.label));
    });
    if (!r) {
        return r.error();
    }
    return key;
}

Result<QList<EabKey>> EabKeyService::list(const QString &alias)
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT ") + kColumns
                         + QStringLiteral(" FROM eab_keys k WHERE (:all = 1 OR k.alias = :alias) "
                                          "ORDER BY k.created_at DESC, k.key_identifier"),
                     {{QStringLiteral("all"), alias.isEmpty() ? 1 : 0}, {QStringLiteral("alias"), alias}});
    if (!q) {
        return q.error();
    }
    QList<EabKey> out;
    while (q->next()) {
        out << fromQuery(*q);
    }
    return out;
}

Result<EabKey> EabKeyService::find(const QString &alias, const QString &keyIdentifier)
{
    Result<QSqlQuery> q
        = m_db->exec(QStringLiteral("SELECT ") + kColumns
                         + QStringLiteral(" FROM eab_keys k WHERE k.alias = :alias AND k.key_identifier = :kid"),
                     {{QStringLiteral("alias"), alias}, {QStringLiteral("kid"), keyIdentifier}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return notFound(alias, keyIdentifier);
    }
    return fromQuery(*q);
}

Result<EabBindingMaterial> EabKeyService::bindingMaterial(const QString &alias, const QString &keyIdentifier)
{
    Result<EabKey> key = find(alias, keyIdentifier);
    if (!key) {
        return key.error();
    }
    EabBindingMaterial m;
    m.key = *key;
    if (key->type == EabKey::Type::Asymmetric) {
        QByteArray label;
        m.publicKeyDer = pemBody(key->publicKeyPem.toLatin1(), &label);
        if (m.publicKeyDer.isEmpty()) {
            return CoreError(CoreError::Code::Internal, QStringLiteral("EAB key unreadable"),
                             QStringLiteral("eab_keys %1: public_key_pem is no PEM").arg(key->id.value()));
        }
        return m;
    }
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT key_material FROM eab_keys WHERE id = :id"),
                                     {{QStringLiteral("id"), key->id.value()}});
    if (!q) {
        return q.error();
    }
    if (!q->next()) {
        return notFound(alias, keyIdentifier);
    }
    const QByteArray stored = q->value(0).toByteArray();
    if (!key->encrypted) {
        m.macKey = stored;
        return m;
    }
    Result<QByteArray> opened = m_masterKey.open(stored, sealAad(key->id));
    if (!opened) {
        return CoreError(
            CoreError::Code::Internal, QStringLiteral("EAB key unreadable"),
            QStringLiteral("eab_keys %1: cannot open the sealed key (wrong master key?)").arg(key->id.value()));
    }
    m.macKey = *opened;
    return m;
}

Result<QByteArray> EabKeyService::reveal(const QString &alias, const QString &keyIdentifier, const QString &actor)
{
    Result<EabBindingMaterial> m = bindingMaterial(alias, keyIdentifier);
    if (!m) {
        return m.error();
    }
    if (m->key.type != EabKey::Type::Symmetric) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("An asymmetric EAB key has no secret to show"));
    }
    if (VoidResult a = m_audit.append(actor, QStringLiteral("eab.reveal"), alias + QLatin1Char('/') + keyIdentifier);
        !a) {
        return a.error();
    }
    return m->macKey;
}

VoidResult EabKeyService::revoke(const QString &alias, const QString &keyIdentifier, const QString &actor)
{
    return m_db->transaction([&]() -> VoidResult {
        Result<EabKey> key = find(alias, keyIdentifier);
        if (!key) {
            return key.error();
        }
        if (key->isRevoked()) {
            return CoreError(CoreError::Code::Conflict,
                             QStringLiteral("EAB key '%1' is already revoked").arg(keyIdentifier));
        }
        Result<QSqlQuery> q
            = m_db->exec(QStringLiteral("UPDATE eab_keys SET revoked_at = :t WHERE id = :id"),
                         {{QStringLiteral("t"), m_clock.nowMs()}, {QStringLiteral("id"), key->id.value()}});
        if (!q) {
            return q.error();
        }
        return m_audit.append(actor, QStringLiteral("eab.revoke"), alias + QLatin1Char('/') + keyIdentifier,
                              QStringLiteral("bound accounts: %1").arg(key->boundAccounts));
    });
}

Result<QList<EabBoundAccount>> EabKeyService::boundAccounts(const QString &alias, const QString &keyIdentifier)
{
    Result<EabKey> key = find(alias, keyIdentifier);
    if (!key) {
        return key.error();
    }
    Result<QSqlQuery> q = m_db->exec(QStringLiteral("SELECT id, status, created_at FROM accounts "
                                                    "WHERE alias = :alias AND eab_key_id = :kid ORDER BY created_at"),
                                     {{QStringLiteral("alias"), alias}, {QStringLiteral("kid"), keyIdentifier}});
    if (!q) {
        return q.error();
    }
    QList<EabBoundAccount> out;
    while (q->next()) {
        out << EabBoundAccount {q->value(0).toString(), q->value(1).toString(),
                                QDateTime::fromMSecsSinceEpoch(q->value(2).toLongLong(), Qt::UTC)};
    }
    return out;
}

VoidResult EabKeyService::markUsed(const EabKey &key)
{
    const QString sql = key.singleUse
        ? QStringLiteral("UPDATE eab_keys SET used_at = :t WHERE id = :id AND used_at IS NULL")
        : QStringLiteral("UPDATE eab_keys SET used_at = COALESCE(used_at, :t) WHERE id = :id");
    Result<QSqlQuery> q
        = m_db->exec(sql, {{QStringLiteral("t"), m_clock.nowMs()}, {QStringLiteral("id"), key.id.value()}});
    if (!q) {
        return q.error();
    }
    if (q->numRowsAffected() != 1) {
        return CoreError(CoreError::Code::Conflict, QStringLiteral("The single-use EAB key has been used already"));
    }
    return {};
}
