// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/crypto/MasterKey.h"

#include "core/crypto/Crypto.h"
#include "core/crypto/OpenSslPtr.h"

#include <QFile>
#include <QFileInfo>

#include <openssl/evp.h>

#include <unistd.h>

Result<MasterKey> MasterKey::fromBytes(const QByteArray &key)
{
    if (key.size() != KeySize) {
        return CoreError(CoreError::Code::Malformed,
                         QStringLiteral("The master key must be %1 bytes, not %2").arg(KeySize).arg(key.size()));
    }
    MasterKey k;
    k.m_key = key;
    return k;
}

MasterKey MasterKey::generate()
{
    MasterKey k;
    k.m_key = Crypto::randomBytes(KeySize);
    return k;
}

Result<MasterKey> MasterKey::loadOrCreate(const QString &path)
{
    QFile file(path);
    if (file.exists()) {
        const QFileDevice::Permissions perms = file.permissions();
        if (perms
            & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther)) {
            return CoreError(CoreError::Code::Io,
                             QStringLiteral("The master key file must be readable by its owner only (chmod 600)"),
                             path);
        }
        if (!file.open(QIODevice::ReadOnly)) {
            return CoreError(CoreError::Code::Io, QStringLiteral("Cannot read the master key file"),
                             path + QStringLiteral(": ") + file.errorString());
        }
        const QByteArray key = file.read(KeySize + 1);
        if (key.size() != KeySize) {
            return CoreError(CoreError::Code::Malformed,
                             QStringLiteral("The master key file must hold exactly %1 bytes").arg(KeySize), path);
        }
        return fromBytes(key);
    }
    // NewOnly + the permissions argument: created 0600 atomically, never briefly world-readable,
    // and never overwriting a key another node wrote in the meantime.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot create the master key file"),
                         path + QStringLiteral(": ") + file.errorString());
    }
    const MasterKey key = generate();
    if (file.write(key.m_key) != KeySize || !file.flush() || ::fsync(file.handle()) != 0) {
        file.close();
        file.remove();
        return CoreError(CoreError::Code::Io, QStringLiteral("Cannot write the master key file"), path);
    }
    return key;
}

Result<QByteArray> MasterKey::seal(const QByteArray &plaintext, const QByteArray &aad) const
{
    if (isNull()) {
        return CoreError(CoreError::Code::Internal, QStringLiteral("No master key"));
    }
    const QByteArray nonce = Crypto::randomBytes(NonceSize);
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    QByteArray out = nonce;
    out.resize(NonceSize + plaintext.size() + TagSize);
    auto *dst = reinterpret_cast<unsigned char *>(out.data()) + NonceSize;
    int len = 0;
    int total = 0;
    if (!ctx
        || EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(m_key.constData()),
                              reinterpret_cast<const unsigned char *>(nonce.constData()))
            != 1
        || EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
            != 1
        || EVP_EncryptUpdate(ctx.get(), dst, &len, reinterpret_cast<const unsigned char *>(plaintext.constData()),
                             int(plaintext.size()))
            != 1) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Encryption failed"), QStringLiteral("seal"));
    }
    total = len;
    if (EVP_EncryptFinal_ex(ctx.get(), dst + total, &len) != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, dst + total + len) != 1) {
        return OpenSsl::error(CoreError::Code::Crypto, QStringLiteral("Encryption failed"), QStringLiteral("seal"));
    }
    return out;
}

Result<QByteArray> MasterKey::open(const QByteArray &sealed, const QByteArray &aad) const
{
    const CoreError failed(CoreError::Code::Crypto, QStringLiteral("Cannot decrypt: wrong master key or damaged data"));
    if (isNull() || sealed.size() < NonceSize + TagSize) {
        return failed;
    }
    const int ctLen = int(sealed.size()) - NonceSize - TagSize;
    const auto *src = reinterpret_cast<const unsigned char *>(sealed.constData());
    QByteArray tag = sealed.right(TagSize);
    QByteArray out(ctLen, Qt::Uninitialized);
    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int len = 0;
    if (!ctx
        || EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr,
                              reinterpret_cast<const unsigned char *>(m_key.constData()), src)
            != 1
        || EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char *>(aad.constData()),
                             int(aad.size()))
            != 1
        || EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char *>(out.data()), &len, src + NonceSize, ctLen)
            != 1
        || EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) != 1
        || EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char *>(out.data()) + len, &len) != 1) {
        OpenSsl::takeErrors();
        return failed;
    }
    return out;
}
