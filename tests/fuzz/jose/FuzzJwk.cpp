// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: Jwk::fromJson() on arbitrary JSON, and Jwk::fromSpkiDer() on the raw bytes.
// An accepted key must round-trip through its own JSON and SPKI.
#include "core/jose/Jwk.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024) {
        return 0;
    }
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) {
        const Result<Jwk> jwk = Jwk::fromJson(doc.object());
        if (jwk.isOk()) {
            const Result<Jwk> again = Jwk::fromJson(jwk->toJson());
            const Result<Jwk> viaSpki = Jwk::fromSpkiDer(jwk->spkiDer());
            if (!again.isOk() || *again != *jwk || !viaSpki.isOk() || *viaSpki != *jwk
                || again->thumbprint() != jwk->thumbprint()) {
                std::abort();
            }
            (void)jwk->verify(jwk->algorithm(), bytes, bytes.left(132));
        }
    }
    const Result<Jwk> spki = Jwk::fromSpkiDer(bytes);
    if (spki.isOk() && spki->spkiDer() != bytes) {
        std::abort();
    }
    return 0;
}
