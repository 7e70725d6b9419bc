// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/PrivateKey.h"

#include "core/crypto/OpenSslPtr.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <cstring>

namespace {

/** Passphrase callback: never prompts on a terminal; no passphrase means "fail". */
int passphraseCallback(char *buf, int size, int, void *userdata)
{
    const auto *passphrase = static_cast<const QByteArray *>(userdata);
    if (!passphrase || passphrase->isEmpty() || passphrase->size() > size) {
        return -1;
    }
    std::memcpy(buf, passphrase->constData(), size_t(passphrase->size()));
    return int(passphrase->size());
}

} // namespace

QString KeyInfo::toString() const
{
    if (!curve.isEmpty()) {
        return algorithm + QLatin1Char(' ') + curve;
    }
    if (algorithm == QLatin1String("RSA")) {
        return QStringLiteral("RSA %1").arg(bits);
    }
    return algorithm;
}

Result<PrivateKey> PrivateKey::generate(const QString &spec)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    EVP_PKEY *raw = nullptr;
    if (parts.size() == 2 && parts[0] == QLatin1String("EC")
        && (parts[1] == QLatin1String("P-256") || parts[1] == QLatin1String("P-384"))) {
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", parts[1] == QLatin1String("P-256") ? "P-256" : "P-384");
    } else if (parts.size() == 2 && parts[0] == QLatin1String("RSA")) {
        bool ok = false;
        const int bits = parts[1].toInt(&ok);
        if (!ok || bits < 2048 || bits > 4096 || bits % 1024 != 0) {
            return CoreError(CoreError::Code::Malformed,
                             QStringLiteral("Unsupported RSA key size '%1' (use 2048, 3072 or 4096)").arg(parts[1]));
        }
        raw = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    } else {
        return CoreError(
            CoreError::Code::Malformed,
            QStringLiteral("Unsupported key type '%1' (use EC:P-256, EC:P-384 or RSA:2048..4096)").arg(spec));
    }
    if (!raw) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Key generation failed"), spec);
    }
    PrivateKey key;
    key.m_key = std::shared_ptr<evp_pkey_st>(raw, EvpPkeyDeleter());
    return key;
}

Result<PrivateKey> PrivateKey::fromData(const QByteArray &pemOrDer, const QByteArray &passphrase)
{
    EvpPkeyPtr key;
    QByteArray pass = passphrase;
    if (OpenSsl::isPem(pemOrDer)) {
        BioPtr bio = OpenSsl::memBio(pemOrDer);
        key.reset(PEM_read_bio_PrivateKey(bio.get(), nullptr, passphraseCallback, &pass));
    } else {
        const auto *p = reinterpret_cast<const unsigned char *>(pemOrDer.constData());
        key.reset(d2i_AutoPrivateKey(nullptr, &p, long(pemOrDer.size())));
        if (!key && !passphrase.isEmpty()) {
            ERR_clear_error();
            BioPtr bio = OpenSsl::memBio(pemOrDer);
            key.reset(d2i_PKCS8PrivateKey_bio(bio.get(), nullptr, passphraseCallback, &pass));
        }
    }
    if (!key) {
        return OpenSsl::error(CoreError::Code::Malformed,
                              passphrase.isEmpty()
                                  ? QStringLiteral("Unreadable private key (is it encrypted? then give the passphrase)")
                                  : QStringLiteral("Unreadable private key or wrong passphrase"),
                              QStringLiteral("private key import"));
    }
    PrivateKey out;
    out.m_key = std::shared_ptr<evp_pkey_st>(key.release(), EvpPkeyDeleter());
    return out;
}

QByteArray PrivateKey::toPkcs8Der() const
{
    if (!m_key) {
        return {};
    }
    BioPtr bio = OpenSsl::newMemBio();
    if (i2d_PKCS8PrivateKey_bio(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        OpenSsl::takeErrors();
        return {};
    }
    return OpenSsl::bioContents(bio.get());
}

QByteArray PrivateKey::toPkcs8Pem() const
{
    if (!m_key) {
        return {};
    }
    BioPtr bio = OpenSsl::newMemBio();
    if (PEM_write_bio_PrivateKey(bio.get(), m_key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        OpenSsl::takeErrors();
        return {};
    }
    return OpenSsl::bioContents(bio.get());
}

Result<QByteArray> PrivateKey::toEncryptedPem(const QByteArray &passphrase) const
{
    if (!m_key || passphrase.isEmpty()) {
        return CoreError(CoreError::Code::Malformed, QStringLiteral("A key and a passphrase are required"));
    }
    BioPtr bio = OpenSsl::newMemBio();
    if (PEM_write_bio_PKCS8PrivateKey(bio.get(), m_key.get(), EVP_aes_256_cbc(), passphrase.constData(),
                                      int(passphrase.size()), nullptr, nullptr)
        != 1) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Key export failed"));
    }
    return OpenSsl::bioContents(bio.get());
}

KeyInfo PrivateKey::info() const
{
    return OpenSsl::keyInfo(m_key.get());
}

QString PrivateKey::spec() const
{
    const KeyInfo i = info();
    return i.algorithm + QLatin1Char(':') + (i.curve.isEmpty() ? QString::number(i.bits) : i.curve);
}

QByteArray PrivateKey::publicKeyDer() const
{
    return info().spkiDer;
}

bool PrivateKey::matchesPublicKey(const QByteArray &spkiDer) const
{
    Result<EvpPkeyPtr> pub = OpenSsl::publicKeyFromDer(spkiDer);
    if (!m_key || !pub) {
        return false;
    }
    return EVP_PKEY_eq(m_key.get(), pub->get()) == 1;
}
