// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jose/AccountKey.h"

#include "core/jose/JoseOpenSsl_p.h"
#include "core/jose/SignatureAlgorithm_p.h"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace JoseOpenSsl;

struct AccountKey::Data
{
    SharedPkey key;
    Jwk jwk;
};

namespace {

CoreError cryptoError(const QString &detail)
{
    return CoreError(CoreError::Code::Crypto, detail, takeErrors());
}

// Never prompts for a passphrase: encrypted keys are refused.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

int coordinateBytes(const QString &alg)
{
    if (alg == QLatin1String("ES256")) {
        return 32;
    }
    if (alg == QLatin1String("ES384")) {
        return 48;
    }
    return 66;
}

} // namespace

AccountKey::AccountKey() = default;

Result<AccountKey> AccountKey::generate(const QString &spec)
{
    EvpPkeyPtr key;
    if (spec == QLatin1String("EC:P-256") || spec == QLatin1String("EC:P-384") || spec == QLatin1String("EC:P-521")) {
        const QByteArray curve = spec.mid(3).toLatin1();
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", curve.constData()));
    } else if (spec == QLatin1String("Ed25519")) {
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    } else if (spec.startsWith(QLatin1String("RSA:"))) {
        bool ok = false;
        const int bits = spec.mid(4).toInt(&ok);
        if (!ok || bits < 2048 || bits > 8192 || bits % 8 != 0) {
            return CoreError(CoreError::Code::Unsupported, QStringLiteral("RSA key size must be 2048..8192 bits"));
        }
        key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits)));
    } else {
        return CoreError(CoreError::Code::Unsupported,
                         QStringLiteral("Unsupported key type; use EC:P-256, EC:P-384, EC:P-521, RSA:2048 or Ed25519"));
    }
    if (!key) {
        return cryptoError(QStringLiteral("Key generation failed"));
    }
    const QByteArray pem = [&key] {
        BioPtr bio(BIO_new(BIO_s_mem()));
        if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
            return QByteArray();
        }
        char *data = nullptr;
        const long len = BIO_get_mem_data(bio.get(), &data);
        return QByteArray(data, int(len));
    }();
    // One construction path, so that generated and loaded keys cannot differ.
    return fromPem(pem);
}

Result<AccountKey> AccountKey::fromPem(const QByteArray &pkcs8Pem)
{
    if (!pkcs8Pem.contains("-----BEGIN PRIVATE KEY-----")) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Account key is not an unencrypted PKCS#8 PEM"));
    }
    BioPtr bio(BIO_new_mem_buf(pkcs8Pem.constData(), int(pkcs8Pem.size())));
    EvpPkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr) : nullptr);
    if (!key) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("Account key PEM could not be read"), takeErrors());
    }
    Result<Jwk> jwk = Jwk::fromSpkiDer(spkiOf(key.get()));
    if (!jwk) {
        return jwk.error();
    }
    auto data = std::make_shared<Data>();
    data->key = share(std::move(key));
    data->jwk = *jwk;
    AccountKey out;
    out.d = std::move(data);
    return out;
}

bool AccountKey::isNull() const
{
    return !d;
}

QByteArray AccountKey::toPem() const
{
    if (!d) {
        return {};
    }
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8PrivateKey(bio.get(), d->key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        takeErrors();
        return {};
    }
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, int(len));
}

Jwk AccountKey::publicJwk() const
{
    return d ? d->jwk : Jwk();
}

QString AccountKey::alg() const
{
    return d ? d->jwk.algorithm() : QString();
}

Result<QByteArray> AccountKey::sign(const QByteArray &signingInput) const
{
    if (!d) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("Null account key"));
    }
    const QString alg = d->jwk.algorithm();
    QByteArray sig;
    if (alg == QLatin1String("RS256")) {
        sig = signData(d->key.get(), "SHA256", signingInput);
    } else if (alg == QLatin1String("EdDSA")) {
        sig = signData(d->key.get(), nullptr, signingInput);
    } else {
        const char *md = alg == QLatin1String("ES256") ? "SHA256" : alg == QLatin1String("ES384") ? "SHA384" : "SHA512";
        sig = ecdsaDerToRaw(signData(d->key.get(), md, signingInput), coordinateBytes(alg));
    }
    if (sig.isEmpty()) {
        return cryptoError(QStringLiteral("Signing failed"));
    }
    return sig;
}

Result<QByteArray> AccountKey::signWithAlgorithm(const QByteArray &data, const QString &signatureAlgorithm) const
{
    if (!d) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("Null account key"));
    }
    const SignatureAlgorithm *algorithm = findSignatureAlgorithm(signatureAlgorithm);
    if (!algorithm || !EVP_PKEY_is_a(d->key.get(), algorithm->keyType)) {
        return CoreError(CoreError::Code::Unsupported,
                         QStringLiteral("Signature algorithm does not fit the key or is not supported"));
    }
    const QByteArray sig = signData(d->key.get(), algorithm->digest, data);
    if (sig.isEmpty()) {
        return cryptoError(QStringLiteral("Signing failed"));
    }
    return sig;
}
